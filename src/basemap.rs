//! The offline basemap: Natural Earth 1:10m for regional views, GSHHG full resolution when
//! zoomed in, rendered into Web-Mercator raster tiles with tiny-skia.
//!
//! No UI crate is imported here: the desktop app wraps [`render_tile`] in a walkers tile source,
//! and exports can render the same tiles headless. The data is compiled in from
//! `assets/basemap.bin` (built by `scripts/build_basemap.py`).

use crate::core::mercator::lonlat_from_mercator;
use std::sync::OnceLock;

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Stroke, Transform};

/// The lon/lat box the basemap data covers (min lon, min lat, max lon, max lat): the layers in
/// `../shared/data/basemap` are clipped to it. Outside it the map is drawn as "no data".
pub const EXTENT: [f64; 4] = [3.0, 49.0, 42.0, 71.0];

/// The credit the map must show for this basemap (in English; [`credits`] in a language).
pub const CREDITS: &str = "Made with Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)";

/// The basemap's credit in `lang`: "Made with" translated, the names and the licence as they are.
pub fn credits(lang: &str) -> String {
    crate::i18n::message(lang, "basemap-credits", None)
}

/// From this zoom on, land and lakes come from GSHHG full resolution.
pub const DETAIL_FROM_ZOOM: u8 = 8;

const ASSET: &[u8] = include_bytes!("../assets/basemap.bin");

/// One feature: its bounding box (degrees) and its rings or lines (lon, lat in degrees).
pub struct Feature {
    pub bbox: [f64; 4],
    pub parts: Vec<Vec<[f32; 2]>>,
}

pub struct Layer {
    pub name: String,
    pub polygons: bool,
    pub features: Vec<Feature>,
}

pub struct Basemap {
    pub layers: Vec<Layer>,
}

#[derive(Debug, thiserror::Error)]
#[error("basemap asset is damaged at byte {0}")]
pub struct DecodeError(usize);

struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], DecodeError> {
        let slice = self.bytes.get(self.pos..self.pos + n).ok_or(DecodeError(self.pos))?;
        self.pos += n;
        Ok(slice)
    }
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| DecodeError(self.pos))?))
    }
    fn i32(&mut self) -> Result<i32, DecodeError> {
        Ok(self.u32()? as i32)
    }
    fn varint(&mut self) -> Result<i64, DecodeError> {
        let mut value: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            value |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 63 {
                return Err(DecodeError(self.pos));
            }
        }
        Ok((value >> 1) as i64 ^ -((value & 1) as i64))
    }
}

impl Basemap {
    /// Decodes the compact asset format.
    pub fn decode(bytes: &[u8]) -> Result<Basemap, DecodeError> {
        let mut c = Cursor { bytes, pos: 0 };
        if c.take(10)? != b"SEBASEMAP1" {
            return Err(DecodeError(0));
        }
        let layer_count = c.u32()?;
        let mut layers = Vec::new();
        for _ in 0..layer_count {
            let len = c.u8()? as usize;
            let name = String::from_utf8_lossy(c.take(len)?).into_owned();
            let polygons = c.u8()? == 0;
            let count = c.u32()? as usize;
            let mut features = Vec::with_capacity(count);
            for _ in 0..count {
                let mut bbox = [0.0; 4];
                for b in &mut bbox {
                    *b = f64::from(c.i32()?) / 1e6;
                }
                let part_count = c.u32()? as usize;
                let mut parts = Vec::with_capacity(part_count);
                for _ in 0..part_count {
                    let n = c.u32()? as usize;
                    let mut ring = Vec::with_capacity(n);
                    let (mut x, mut y) = (0i64, 0i64);
                    for _ in 0..n {
                        x += c.varint()?;
                        y += c.varint()?;
                        ring.push([(x as f64 / 1e6) as f32, (y as f64 / 1e6) as f32]);
                    }
                    parts.push(ring);
                }
                features.push(Feature { bbox, parts });
            }
            layers.push(Layer { name, polygons, features });
        }
        Ok(Basemap { layers })
    }

    /// The basemap compiled into the app.
    pub fn builtin() -> &'static Basemap {
        static MAP: OnceLock<Basemap> = OnceLock::new();
        MAP.get_or_init(|| Basemap::decode(ASSET).expect("the shipped basemap asset decodes"))
    }

    pub fn layer(&self, name: &str) -> Option<&Layer> {
        self.layers.iter().find(|l| l.name == name)
    }
}

/// Colours of the basemap: calm, so that firms and exchanges stand out.
pub struct Palette {
    /// Outside the area the basemap covers ([`EXTENT`]): no data, not sea.
    pub no_data: Color,
    pub sea: Color,
    pub land: Color,
    pub lake: Color,
    pub river: Color,
    pub border: Color,
    pub coast: Color,
}

impl Palette {
    pub fn light() -> Self {
        Palette {
            no_data: Color::from_rgba8(226, 226, 224, 255),
            sea: Color::from_rgba8(196, 218, 232, 255),
            land: Color::from_rgba8(244, 241, 232, 255),
            lake: Color::from_rgba8(196, 218, 232, 255),
            river: Color::from_rgba8(150, 185, 210, 255),
            border: Color::from_rgba8(150, 130, 160, 255),
            coast: Color::from_rgba8(150, 175, 195, 255),
        }
    }

    pub fn dark() -> Self {
        Palette {
            no_data: Color::from_rgba8(58, 58, 58, 255),
            sea: Color::from_rgba8(22, 32, 44, 255),
            land: Color::from_rgba8(48, 50, 54, 255),
            lake: Color::from_rgba8(22, 32, 44, 255),
            river: Color::from_rgba8(44, 70, 96, 255),
            border: Color::from_rgba8(120, 110, 130, 255),
            coast: Color::from_rgba8(60, 80, 100, 255),
        }
    }
}

/// Web-Mercator pixel position of a lon/lat on the world bitmap of `zoom` (256 px tiles).
pub fn world_pixel_from_lonlat(lon: f64, lat: f64, zoom: u8, tile_size: u32) -> (f64, f64) {
    world_pixel(lon, lat, f64::from(tile_size) * 2f64.powi(i32::from(zoom)))
}

/// Web-Mercator pixel position of a lon/lat on a world bitmap `n` pixels wide.
pub fn world_pixel(lon: f64, lat: f64, n: f64) -> (f64, f64) {
    let [x, y] = crate::core::mercator::mercator_from_lonlat(lon, lat);
    (x * n, y * n)
}

/// The lon/lat box a tile covers: (min lon, min lat, max lon, max lat).
pub fn tile_bounds(x: u32, y: u32, zoom: u8) -> [f64; 4] {
    let n = 2f64.powi(i32::from(zoom));
    let (min_lon, min_lat) = lonlat_from_mercator([f64::from(x) / n, f64::from(y + 1) / n]);
    let (max_lon, max_lat) = lonlat_from_mercator([f64::from(x + 1) / n, f64::from(y) / n]);
    [min_lon, min_lat, max_lon, max_lat]
}

/// Renders one tile of the basemap.
pub fn render_tile(map: &Basemap, x: u32, y: u32, zoom: u8, size: u32, palette: &Palette) -> Pixmap {
    let world = f64::from(size) * 2f64.powi(i32::from(zoom));
    let origin = (f64::from(x) * f64::from(size), f64::from(y) * f64::from(size));
    render_area(map, world, origin, size, size, zoom, palette)
}

/// Renders a `width` x `height` area of the Web-Mercator world bitmap that is `world` pixels
/// wide, whose top-left corner is at `origin` on that bitmap; `zoom` picks the detail level.
pub fn render_area(
    map: &Basemap,
    world: f64,
    origin: (f64, f64),
    width: u32,
    height: u32,
    zoom: u8,
    palette: &Palette,
) -> Pixmap {
    let mut pixmap = Pixmap::new(width.max(1), height.max(1)).expect("size is positive");
    pixmap.fill(palette.no_data);
    // Sea inside the covered box; what lies outside it is not known to be sea.
    let (x0, y1) = world_pixel(EXTENT[0], EXTENT[1], world);
    let (x1, y0) = world_pixel(EXTENT[2], EXTENT[3], world);
    if let Some(covered) = tiny_skia::Rect::from_ltrb(
        (x0 - origin.0) as f32,
        (y0 - origin.1) as f32,
        (x1 - origin.0) as f32,
        (y1 - origin.1) as f32,
    ) {
        let mut sea = Paint::default();
        sea.set_color(palette.sea);
        pixmap.fill_rect(covered, &sea, Transform::identity(), None);
    }
    let lon_of = |px: f64| lonlat_from_mercator([px / world, 0.5]).0;
    let lat_of = |py: f64| lonlat_from_mercator([0.5, py / world]).1;
    let (origin_x, origin_y) = origin;
    let bounds =
        [lon_of(origin_x), lat_of(origin_y + f64::from(height)), lon_of(origin_x + f64::from(width)), lat_of(origin_y)];
    // A margin so that strokes crossing the edge are drawn on both tiles.
    let margin = (bounds[2] - bounds[0]) * 0.02;
    let visible = |b: &[f64; 4]| {
        b[0] <= bounds[2] + margin
            && b[2] >= bounds[0] - margin
            && b[1] <= bounds[3] + margin
            && b[3] >= bounds[1] - margin
    };
    let to_pixel = |p: &[f32; 2]| {
        let (px, py) = world_pixel(f64::from(p[0]), f64::from(p[1]), world);
        ((px - origin_x) as f32, (py - origin_y) as f32)
    };
    let path_of = |feature: &Feature, close: bool| {
        let mut pb = PathBuilder::new();
        for part in &feature.parts {
            let mut points = part.iter().map(to_pixel);
            let Some((x0, y0)) = points.next() else { continue };
            pb.move_to(x0, y0);
            let mut last = (x0, y0);
            for (px, py) in points {
                // Skip sub-pixel steps: full-resolution coastlines have far more points than pixels.
                if (px - last.0).abs() + (py - last.1).abs() >= 0.35 {
                    pb.line_to(px, py);
                    last = (px, py);
                }
            }
            if close {
                pb.close();
            }
        }
        pb.finish()
    };
    let paint = |color: Color| {
        let mut p = Paint::default();
        p.set_color(color);
        p.anti_alias = true;
        p
    };

    let (land, lakes) =
        if zoom >= DETAIL_FROM_ZOOM { ("land_gshhg_f", "lakes_gshhg_f") } else { ("land_ne10m", "lakes_ne10m") };
    let coast_width = if zoom >= DETAIL_FROM_ZOOM { 0.8 } else { 0.6 };
    for (layer, fill) in [(land, palette.land), (lakes, palette.lake)] {
        let Some(layer) = map.layer(layer) else { continue };
        for feature in layer.features.iter().filter(|f| visible(&f.bbox)) {
            if let Some(path) = path_of(feature, true) {
                pixmap.fill_path(&path, &paint(fill), FillRule::EvenOdd, Transform::identity(), None);
                let stroke = Stroke { width: coast_width, ..Stroke::default() };
                pixmap.stroke_path(&path, &paint(palette.coast), &stroke, Transform::identity(), None);
            }
        }
    }
    let lines = [
        ("rivers_ne10m", palette.river, if zoom >= 7 { 1.4 } else { 0.8 }, 5u8),
        ("borders_ne10m", palette.border, if zoom >= 7 { 1.6 } else { 1.0 }, 0u8),
    ];
    for (layer, color, width, min_zoom) in lines {
        if zoom < min_zoom {
            continue;
        }
        let Some(layer) = map.layer(layer) else { continue };
        let mut stroke = Stroke { width, ..Stroke::default() };
        if layer.name.starts_with("borders") {
            stroke.dash = tiny_skia::StrokeDash::new(vec![6.0, 3.0], 0.0);
        }
        for feature in layer.features.iter().filter(|f| visible(&f.bbox)) {
            if let Some(path) = path_of(feature, false) {
                pixmap.stroke_path(&path, &paint(color), &stroke, Transform::identity(), None);
            }
        }
    }
    pixmap
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(p: &Pixmap, x: u32, y: u32) -> [u8; 3] {
        let c = p.pixel(x, y).expect("inside the tile");
        [c.red(), c.green(), c.blue()]
    }

    /// The colour the built-in basemap gives a position at a zoom level.
    fn colour_at(palette: &Palette, zoom: u8, lat: f64, lon: f64) -> [u8; 3] {
        let (px, py) = world_pixel_from_lonlat(lon, lat, zoom, 256);
        let (tx, ty) = ((px / 256.0) as u32, (py / 256.0) as u32);
        let tile = render_tile(Basemap::builtin(), tx, ty, zoom, 256, palette);
        pixel(&tile, (px - f64::from(tx) * 256.0) as u32, (py - f64::from(ty) * 256.0) as u32)
    }

    #[test]
    fn the_asset_holds_every_layer() {
        let map = Basemap::builtin();
        for name in ["land_ne10m", "lakes_ne10m", "land_gshhg_f", "lakes_gshhg_f", "borders_ne10m", "rivers_ne10m"] {
            let layer = map.layer(name).unwrap_or_else(|| panic!("{name}"));
            assert!(!layer.features.is_empty(), "{name}");
        }
        assert_eq!(map.layer("land_gshhg_f").unwrap().features.len(), 39_372);
    }

    #[test]
    fn kalundborg_fjord_is_sea_and_asnaes_is_land_when_zoomed_in() {
        let palette = Palette::light();
        let at = |lat: f64, lon: f64| colour_at(&palette, 12, lat, lon);
        let land = [244, 241, 232];
        let sea = [196, 218, 232];
        assert_eq!(at(55.6565, 11.0780), land, "the Asnæs power station site is on land");
        assert_eq!(at(55.6700, 11.0700), sea, "Kalundborg Fjord north of Asnæs is water");
        assert_eq!(at(55.5000, 10.9000), sea, "the Great Belt is water");
    }

    #[test]
    fn the_whole_region_is_covered_poland_to_the_barents_sea() {
        let palette = Palette::light();
        let rgb = |c: Color| {
            let c = c.to_color_u8();
            [c.red(), c.green(), c.blue()]
        };
        let at = |lat: f64, lon: f64| colour_at(&palette, 6, lat, lon);
        assert_eq!(at(51.76, 19.46), rgb(palette.land), "Łódź, central Poland, is land");
        assert_eq!(at(70.5, 36.0), rgb(palette.sea), "the Barents Sea north of the Kola peninsula is sea");
        assert_eq!(at(72.5, 30.0), rgb(palette.no_data), "north of 71 N: no data, not sea");
        assert_eq!(at(60.0, 44.0), rgb(palette.no_data), "east of 42 E: no data");
    }

    #[test]
    fn tile_bounds_and_pixels_agree() {
        let b = tile_bounds(0, 0, 0);
        assert!((b[0] + 180.0).abs() < 1e-9 && (b[3] - 85.0511287798).abs() < 1e-6);
        let (x, y) = world_pixel_from_lonlat(0.0, 0.0, 1, 256);
        assert_eq!((x, y), (256.0, 256.0));
    }
}
