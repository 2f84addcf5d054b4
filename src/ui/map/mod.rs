//! The map pane: the basemap (built-in, MBTiles or online), the project drawn over it, and the
//! overlays (controls, legend, scale bar, credits, timeline). It owns the map's own state
//! (position, tiles, pointer, a firm being dragged) and sends commands for everything else.

pub mod index;
pub mod layer;
mod overlay;
mod pick;
mod scene;
mod screen;
pub mod symbols;
pub mod tiles;
mod timeline;

use std::path::PathBuf;

use walkers::{Map, MapMemory, lon_lat};

use super::command::Command;
use super::dock::Pane;
use super::state::{AppContext, Pointer};
use crate::core::generate::{Town, towns};
use crate::core::history::Edit;
use crate::core::model::*;
use crate::t;
use layer::{MapEvents, Pick, ProjectLayer};
use tiles::{BasemapTiles, MbTilesTiles};

/// Which basemap is under the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Basemap {
    /// The built-in offline basemap (Natural Earth, GSHHG).
    #[default]
    BuiltIn,
    /// OpenStreetMap tiles, fetched only once the user turns them on; kept in a disk cache.
    Online,
    /// A user's MBTiles raster file.
    MbTiles(PathBuf),
}

pub struct MapPanel {
    pub memory: MapMemory,
    tiles: BasemapTiles,
    pub mbtiles: Option<MbTilesTiles>,
    /// None: no request is ever made.
    pub online: Option<walkers::HttpTiles>,
    towns: Vec<Town>,
    /// What the desk map reported in its last frame.
    pub events: MapEvents,
    dragging: Option<(FirmId, LatLon)>,
    /// Size of the desk map in the last frame (points), to export the view as seen.
    pub size: egui::Vec2,
    timeline: timeline::Timeline,
    /// The last scene of the desk map and of the projector's.
    scenes: [scene::SceneCache; 2],
    disc: screen::DiscTexture,
}

impl MapPanel {
    pub fn new(ctx: &egui::Context, dark: bool) -> Self {
        let mut memory = MapMemory::default();
        memory.set_zoom(MapView::BALTIC.zoom).ok();
        Self {
            memory,
            tiles: BasemapTiles::new(ctx, dark),
            mbtiles: None,
            online: None,
            towns: towns().to_vec(),
            events: MapEvents::default(),
            dragging: None,
            size: egui::vec2(1600.0, 1000.0),
            timeline: timeline::Timeline::default(),
            scenes: Default::default(),
            disc: screen::DiscTexture::new(ctx),
        }
    }

    pub fn center_on(&mut self, p: LatLon) {
        self.memory.center_at(lon_lat(p.lon, p.lat));
    }

    pub fn center_on_view(&mut self, view: MapView) {
        self.memory.center_at(lon_lat(view.lon, view.lat));
        self.memory.set_zoom(view.zoom).ok();
    }

    /// Frames the map on all firms.
    pub fn zoom_to(&mut self, data: &ProjectData) {
        if data.firms.is_empty() {
            return self.center_on_view(data.meta.view);
        }
        let (mut lat0, mut lat1, mut lon0, mut lon1) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
        for f in &data.firms {
            lat0 = lat0.min(f.location.lat);
            lat1 = lat1.max(f.location.lat);
            lon0 = lon0.min(f.location.lon);
            lon1 = lon1.max(f.location.lon);
        }
        self.memory.center_at(lon_lat((lon0 + lon1) / 2.0, (lat0 + lat1) / 2.0));
        let span = (lon1 - lon0).max((lat1 - lat0) * 1.8).max(0.01);
        self.memory.set_zoom((360.0 / span).log2().clamp(3.0, 16.0)).ok();
    }

    /// The map as the desk shows it now, framed for [`crate::map_image`] (which expects the
    /// zoom of a 1600 x 1000 window).
    pub fn current_view(&self) -> MapView {
        let centre = self.memory.detached().unwrap_or(lon_lat(MapView::BALTIC.lon, MapView::BALTIC.lat));
        let (w, h) = (f64::from(self.size.x.max(1.0)), f64::from(self.size.y.max(1.0)));
        MapView { lat: centre.y(), lon: centre.x(), zoom: self.memory.zoom() + (1600.0 / w).min(1000.0 / h).log2() }
    }

    /// Tiles still being drawn or read (a screenshot waits for none).
    pub fn pending_tiles(&mut self) -> usize {
        self.tiles.pending() + self.mbtiles.as_mut().map_or(0, MbTilesTiles::pending)
    }

    pub fn set_basemap(&mut self, ctx: &egui::Context, basemap: Basemap) -> Result<(), String> {
        match basemap {
            Basemap::BuiltIn => {
                self.mbtiles = None;
                self.online = None;
            }
            Basemap::Online => {
                if self.online.is_none() {
                    let cache = super::recent::online_tile_cache();
                    self.online = Some(tiles::online_tiles(ctx, walkers::sources::OpenStreetMap, cache));
                }
                self.mbtiles = None;
            }
            Basemap::MbTiles(path) => {
                let source =
                    crate::mbtiles::MbTiles::open(&path).map_err(|e| t!("ui-choose-mbtiles", error = e.to_string()))?;
                self.mbtiles = Some(MbTilesTiles::new(ctx, source));
                self.online = None;
            }
        }
        Ok(())
    }

    /// What the status bar says about the basemap just chosen.
    pub fn basemap_note(&self) -> Option<String> {
        if self.online.is_some() {
            let cache =
                super::recent::online_tile_cache().map_or(t!("ui-no-cache-folder"), |c| c.display().to_string());
            return Some(t!("ui-online-tiles-on", cache = cache));
        }
        self.mbtiles.as_ref().map(|m| t!("ui-basemap-named", name = m.source.name.clone()))
    }

    pub fn basemap(&self) -> Basemap {
        match (&self.online, &self.mbtiles) {
            (Some(_), _) => Basemap::Online,
            (None, Some(m)) => Basemap::MbTiles(m.source.path.clone()),
            (None, None) => Basemap::BuiltIn,
        }
    }

    /// Where the desk map's last scene draws firm symbols (those drawn one by one, as in a park;
    /// a region's thousands are one mesh): a test sees the map follow an edit.
    pub fn drawn_firms(&self) -> Vec<egui::Pos2> {
        let circles = self.scenes[0].above.iter().filter_map(|s| match s {
            egui::Shape::Circle(c) if c.fill != egui::Color32::TRANSPARENT => Some(c.center),
            _ => None,
        });
        let mut centres: Vec<egui::Pos2> = circles.collect();
        centres.dedup();
        centres
    }

    /// Where a firm was drawn in the last frame.
    pub fn firm_on_screen(&self, firm: &Firm) -> Option<egui::Pos2> {
        self.events.on_screen(firm.location)
    }

    /// The map with its overlays; `salt` keeps the ids of a second map (the projector) apart.
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, salt: &'static str) {
        ui.push_id(salt, |ui| self.map_ui(ctx, ui, salt));
    }

    fn map_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, salt: &'static str) {
        let state = ctx.state;
        let rect = ui.available_rect_before_wrap();
        if salt == "desk" {
            self.size = rect.size();
        }
        self.tiles.begin_frame();
        let empty = ProjectData::default();
        let empty_index;
        let (data, index) = match (&state.presenting, &state.project) {
            (Some(view), _) => (view.data.as_ref(), &view.index),
            (None, Some(p)) => (p.session.data(), &p.index),
            (None, None) => {
                empty_index = index::MapIndex::new(&empty);
                (&empty, &empty_index)
            }
        };
        let mut events = MapEvents::default();
        let layer = ProjectLayer {
            data,
            index,
            version: state.data_version(),
            candidates: &state.candidates,
            selected: state.selection.as_ref(),
            layers: state.layers,
            towns: &self.towns,
            year: state.eval_year(),
            dragging: &mut self.dragging,
            allow_drag: state.move_firms && state.presenting.is_none(),
            large_text: projecting(ctx, salt),
            events: &mut events,
            dark: ui.visuals().dark_mode,
            cache: &mut self.scenes[usize::from(salt == "projector")],
            disc: self.disc.id(),
        };
        // The built-in basemap is always underneath: where an online tile was never fetched (no
        // network) or an MBTiles file has no tile, it shows through.
        let my_position = lon_lat(MapView::BALTIC.lon, MapView::BALTIC.lat);
        let mut map = Map::new(Some(&mut self.tiles), &mut self.memory, my_position);
        let chosen: Option<&mut dyn walkers::Tiles> = match (self.online.as_mut(), self.mbtiles.as_mut()) {
            (Some(o), _) => Some(o),
            (None, Some(m)) => Some(m),
            (None, None) => None,
        };
        if let Some(chosen) = chosen {
            map = map.with_layer(chosen, 1.0);
        }
        let mut map = map.with_plugin(layer);
        if state.move_firms {
            map = map.drag_pan_buttons(egui::DragPanButtons::SECONDARY | egui::DragPanButtons::MIDDLE);
        }
        let response = ui.add(map);
        // No tooltip in screenshots: the pointer of a headless display sits anywhere.
        if let Some(hovered) = events.hovered.as_ref().filter(|_| state.launch.screenshot.is_none()) {
            response.clone().on_hover_text(describe(ctx, data, index, hovered));
        }
        if let Some(pick) = events.clicked.clone() {
            let pane = match &pick {
                Pick::Firm(_) => Some(Pane::Firms),
                Pick::Exchange(_) => Some(Pane::Exchanges),
                Pick::Candidate(..) => None,
            };
            ctx.send(Command::Select(Some(pick)));
            if let Some(pane) = pane {
                ctx.send(Command::Show(pane));
            }
        }
        if let Some((id, at)) = events.dropped.take()
            && let Some(firm) = state.project.as_ref().and_then(|p| p.session.firm(&id))
        {
            ctx.send(Command::Apply(Edit::UpdateFirm {
                before: firm.clone(),
                after: Firm { location: at, ..firm.clone() },
            }));
        }
        if salt == "desk" {
            let pointer = Pointer { cursor: events.cursor, clicked_empty: events.clicked_empty };
            if pointer.cursor != state.pointer.cursor || pointer.clicked_empty != state.pointer.clicked_empty {
                ctx.send(Command::Pointer(pointer));
            }
        }
        let meters_per_pixel = events.meters_per_pixel;
        if salt == "desk" {
            self.events = events;
        }
        overlay::show(self, ctx, ui, rect, salt, meters_per_pixel);
        self.timeline.ui(ctx, ui, rect, salt);
    }
}

/// Whether the map drawn with `salt` is the one a room looks at (projector sizes).
pub fn projecting(ctx: &AppContext<'_>, salt: &str) -> bool {
    salt == "projector" || (ctx.state.presenting.is_some() && !ctx.state.presenter_view)
}

/// The tooltip of what is under the pointer (on the projector, of the presented project).
fn describe(ctx: &AppContext<'_>, data: &ProjectData, index: &index::MapIndex, pick: &Pick) -> String {
    use crate::i18n::shown as n;
    match pick {
        // From the map index: no scan of the project per frame while the pointer rests.
        Pick::Firm(id) => index.firm(id).and_then(|i| Some((data.firms.get(i)?, index.flow_count(i)))).map_or_else(
            String::new,
            |(f, flows)| {
                format!(
                    "{}\n{}\n{:.5}, {:.5}",
                    f.name,
                    t!("ui-hover-firm", nace = f.nace.clone(), flows = flows),
                    f.location.lat,
                    f.location.lon
                )
            },
        ),
        Pick::Exchange(id) => data.exchanges.iter().find(|e| &e.id == id).map_or_else(String::new, |e| {
            let q = e
                .quantity
                .map_or(t!("ui-quantity-unknown"), |q| t!("ui-per-year", quantity = n(q), unit = e.unit.to_string()));
            let years = match (e.start_year, e.end_year) {
                (Some(s), Some(t)) => format!("{s}-{t}"),
                (Some(s), None) => t!("ui-since-year", year = s.to_string()),
                _ => t!("ui-years-unknown"),
            };
            format!(
                "{} -> {}: {}\n{q}, {years}, {}",
                e.from,
                e.to,
                ctx.state.material_name(&e.material),
                crate::ui::words::status(e.status)
            )
        }),
        Pick::Candidate(s, d) => {
            ctx.state.candidates.iter().find(|c| c.supply_flow_id == *s && c.demand_flow_id == *d).map_or_else(
                String::new,
                |c| {
                    t!(
                        "ui-hover-candidate",
                        from = c.supply_firm.clone(),
                        to = c.demand_firm.clone(),
                        material = ctx.state.material_name(&c.supply_material),
                        quantity = n(c.quantity),
                        unit = c.unit.to_string(),
                        km = crate::i18n::ui_number(c.transport_km, 1),
                        co2 = n(c.co2_avoided_t),
                        benefit = n(c.net_benefit)
                    )
                },
            )
        }
    }
}
