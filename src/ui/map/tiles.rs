//! The offline basemap as a walkers tile source: tiles are rendered by worker threads (newest
//! request first, so that zooming never waits for tiles it has left behind), uploaded as
//! textures on the UI thread and cached. While a tile renders, a coarser cached tile stands in.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};

use egui::{ColorImage, Rect, TextureHandle, TextureOptions, pos2, vec2};
use walkers::sources::Attribution;
use walkers::{Tile, TileId, TilePiece, Tiles};

use crate::basemap::{self, Basemap, Palette};

const TILE_SIZE: u32 = 256;
const CACHE_LIMIT: usize = 768;

/// Requests waiting for a worker, newest last.
#[derive(Default)]
struct Queue {
    stack: Mutex<Vec<TileId>>,
    ready: Condvar,
}

impl Queue {
    /// The newest request, waiting for one if there is none.
    fn next(&self) -> TileId {
        let mut stack = self.stack.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(tile) = stack.pop() {
                return tile;
            }
            stack = self.ready.wait(stack).unwrap_or_else(|e| e.into_inner());
        }
    }
}

pub struct BasemapTiles {
    ctx: egui::Context,
    cache: HashMap<TileId, (TextureHandle, u64)>,
    requested: HashSet<TileId>,
    queue: Arc<Queue>,
    done: Receiver<(TileId, ColorImage)>,
    frame: u64,
}

impl BasemapTiles {
    pub fn new(ctx: &egui::Context, dark: bool) -> Self {
        let queue = Arc::new(Queue::default());
        let (sender, done) = channel();
        for worker in 0..2 {
            let queue = Arc::clone(&queue);
            let sender: Sender<(TileId, ColorImage)> = sender.clone();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new().name(format!("basemap-{worker}")).spawn(move || {
                let palette = if dark { Palette::dark() } else { Palette::light() };
                loop {
                    let tile = queue.next();
                    let pixmap =
                        basemap::render_tile(Basemap::builtin(), tile.x, tile.y, tile.zoom, TILE_SIZE, &palette);
                    let image = ColorImage::from_rgba_premultiplied([TILE_SIZE as usize; 2], pixmap.data());
                    if sender.send((tile, image)).is_err() {
                        return; // the map is gone
                    }
                    ctx.request_repaint();
                }
            });
            if let Err(e) = spawned {
                eprintln!("warning: could not start a basemap worker: {e}");
            }
        }
        Self { ctx: ctx.clone(), cache: HashMap::new(), requested: HashSet::new(), queue, done, frame: 0 }
    }

    /// Tiles asked for and not rendered yet.
    pub fn pending(&mut self) -> usize {
        self.receive();
        self.requested.len()
    }

    fn receive(&mut self) {
        while let Ok((tile, image)) = self.done.try_recv() {
            let name = format!("basemap-{}-{}-{}", tile.zoom, tile.x, tile.y);
            let handle = self.ctx.load_texture(name, image, TextureOptions::LINEAR);
            self.cache.insert(tile, (handle, self.frame));
            self.requested.remove(&tile);
        }
        if self.cache.len() > CACHE_LIMIT {
            let mut by_age: Vec<(TileId, u64)> = self.cache.iter().map(|(t, (_, used))| (*t, *used)).collect();
            by_age.sort_by_key(|(_, used)| *used);
            for (tile, _) in by_age.into_iter().take(self.cache.len() - CACHE_LIMIT) {
                self.cache.remove(&tile);
            }
        }
    }

    fn request(&mut self, tile: TileId) {
        if self.requested.insert(tile) {
            let mut stack = self.queue.stack.lock().unwrap_or_else(|e| e.into_inner());
            stack.push(tile);
            self.queue.ready.notify_one();
        }
    }

    /// Forgets requests the map no longer shows (called once per frame before drawing).
    pub fn begin_frame(&mut self) {
        self.frame += 1;
        let mut stack = self.queue.stack.lock().unwrap_or_else(|e| e.into_inner());
        // Keep only the newest requests; older ones are re-requested if still visible.
        if stack.len() > 64 {
            let excess = stack.len() - 64;
            let stale: Vec<TileId> = stack.drain(..excess).collect();
            for tile in stale {
                self.requested.remove(&tile);
            }
        }
    }
}

impl Tiles for BasemapTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.receive();
        let frame = self.frame;
        if let Some((handle, used)) = self.cache.get_mut(&tile_id) {
            *used = frame;
            return Some(TilePiece::new(
                Tile::Raster(handle.clone()),
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
            ));
        }
        self.request(tile_id);
        // A coarser tile stands in, stretched, until this one is ready.
        for up in 1..=4u8 {
            let Some(zoom) = tile_id.zoom.checked_sub(up) else { break };
            let scale = 1u32 << up;
            let parent = TileId { x: tile_id.x / scale, y: tile_id.y / scale, zoom };
            if let Some((handle, _)) = self.cache.get(&parent) {
                let size = 1.0 / scale as f32;
                let min = pos2((tile_id.x % scale) as f32 * size, (tile_id.y % scale) as f32 * size);
                return Some(TilePiece::new(Tile::Raster(handle.clone()), Rect::from_min_size(min, vec2(size, size))));
            }
        }
        None
    }

    fn attribution(&self) -> Attribution {
        Attribution { text: basemap::CREDITS, url: "", logo_light: None, logo_dark: None }
    }

    fn tile_size(&self) -> u32 {
        TILE_SIZE
    }
}

/// A user's MBTiles raster file as a walkers tile source. Tiles are read and decoded by a worker
/// thread with its own connection to the file (newest request first), so the map never waits
/// for a file; they are uploaded as textures on the UI thread and cached (a tile the file lacks
/// is remembered as missing).
pub struct MbTilesTiles {
    ctx: egui::Context,
    pub source: crate::mbtiles::MbTiles,
    cache: HashMap<TileId, Option<TextureHandle>>,
    requested: HashSet<TileId>,
    queue: Arc<Queue>,
    done: Receiver<(TileId, Option<ColorImage>)>,
}

impl MbTilesTiles {
    pub fn new(ctx: &egui::Context, source: crate::mbtiles::MbTiles) -> Self {
        let queue = Arc::new(Queue::default());
        let (sender, done) = channel::<(TileId, Option<ColorImage>)>();
        let path = source.path.clone();
        let worker_queue = Arc::clone(&queue);
        let worker_ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("mbtiles".into()).spawn(move || {
            let Ok(file) = crate::mbtiles::MbTiles::open(&path) else { return };
            loop {
                let tile = worker_queue.next();
                let image = file.tile(tile.zoom, tile.x, tile.y).and_then(|bytes| {
                    match crate::mbtiles::decode_tile(&bytes) {
                        Ok((width, height, rgba)) => {
                            Some(ColorImage::from_rgba_unmultiplied([width as usize, height as usize], &rgba))
                        }
                        Err(e) => {
                            // Drawn as missing (a coarser tile stands in); said once per tile.
                            eprintln!("warning: {}: tile {}/{}/{}: {e}", path.display(), tile.zoom, tile.x, tile.y);
                            None
                        }
                    }
                });
                if sender.send((tile, image)).is_err() {
                    return; // the map is gone
                }
                worker_ctx.request_repaint();
            }
        });
        if let Err(e) = spawned {
            eprintln!("warning: could not start the MBTiles reader: {e}");
        }
        Self { ctx: ctx.clone(), source, cache: HashMap::new(), requested: HashSet::new(), queue, done }
    }

    fn receive(&mut self) {
        while let Ok((tile, image)) = self.done.try_recv() {
            let handle = image.map(|image| {
                let name = format!("mbtiles-{}-{}-{}", tile.zoom, tile.x, tile.y);
                self.ctx.load_texture(name, image, TextureOptions::LINEAR)
            });
            if self.cache.len() > CACHE_LIMIT {
                self.cache.clear();
            }
            self.cache.insert(tile, handle);
            self.requested.remove(&tile);
        }
    }

    /// The tile's texture if it is loaded; asks the worker for it otherwise.
    fn texture(&mut self, tile: TileId) -> Option<TextureHandle> {
        match self.cache.get(&tile) {
            Some(cached) => cached.clone(),
            None => {
                if tile.zoom <= self.source.max_zoom && self.requested.insert(tile) {
                    let mut stack = self.queue.stack.lock().unwrap_or_else(|e| e.into_inner());
                    stack.push(tile);
                    self.queue.ready.notify_one();
                }
                None
            }
        }
    }

    /// Tiles asked for and not read yet.
    pub fn pending(&mut self) -> usize {
        self.receive();
        self.requested.len()
    }
}

impl Tiles for MbTilesTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.receive();
        let full = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        if let Some(handle) = self.texture(tile_id) {
            return Some(TilePiece::new(Tile::Raster(handle), full));
        }
        // Beyond the file's zoom levels (or where a tile is missing), a coarser tile is stretched.
        let deepest = tile_id.zoom.saturating_sub(self.source.max_zoom);
        for up in deepest.max(1)..=deepest.max(1) + 4 {
            let Some(zoom) = tile_id.zoom.checked_sub(up) else { break };
            let scale = 1u32 << up;
            let parent = TileId { x: tile_id.x / scale, y: tile_id.y / scale, zoom };
            if let Some(handle) = self.texture(parent) {
                let size = 1.0 / scale as f32;
                let min = pos2((tile_id.x % scale) as f32 * size, (tile_id.y % scale) as f32 * size);
                return Some(TilePiece::new(Tile::Raster(handle), Rect::from_min_size(min, vec2(size, size))));
            }
        }
        None
    }

    fn attribution(&self) -> Attribution {
        Attribution { text: "MBTiles", url: "", logo_light: None, logo_dark: None }
    }

    fn tile_size(&self) -> u32 {
        TILE_SIZE
    }
}

/// A tile server given by a URL template with `{z}`, `{x}` and `{y}` (for a local tile server,
/// or tests).
pub struct UrlTemplate {
    pub template: String,
    pub attribution: &'static str,
}

impl walkers::sources::TileSource for UrlTemplate {
    fn tile_url(&self, tile: TileId) -> String {
        self.template
            .replace("{z}", &tile.zoom.to_string())
            .replace("{x}", &tile.x.to_string())
            .replace("{y}", &tile.y.to_string())
    }

    fn attribution(&self) -> Attribution {
        Attribution { text: self.attribution, url: "", logo_light: None, logo_dark: None }
    }
}

/// Online tiles through walkers' HTTP source with its disk cache in `cache`: tiles fetched once
/// are served from the disk (without a request) for as long as the server's cache headers allow,
/// so areas viewed stay available offline; where none is cached the built-in basemap shows.
pub fn online_tiles(
    ctx: &egui::Context,
    source: impl walkers::sources::TileSource + Send + Sync + 'static,
    cache: Option<std::path::PathBuf>,
) -> walkers::HttpTiles {
    let options = walkers::HttpOptions { cache, ..walkers::HttpOptions::default() };
    walkers::HttpTiles::with_options(source, options, ctx.clone())
}
