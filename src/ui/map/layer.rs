//! The project drawn over the basemap, as a walkers plugin: the cached scene (towns, exchange
//! lines, firms and labels, see [`super::scene`]), the best candidates over it, picking under the
//! pointer ([`super::pick`]) and dragging a firm.

use egui::{Pos2, Response, Shape, Stroke, Ui};
use walkers::{MapMemory, Plugin, Projector};

use crate::core::generate::Town;
use crate::core::matching::Candidate;
use crate::core::model::*;

use super::pick;
use super::scene::{Scene, SceneCache, SceneKey};
use super::screen::*;
pub use super::symbols::{SECTORS, colors, kind_color, sector};

/// Which layers are shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layers {
    pub firms: bool,
    pub labels: bool,
    pub exchanges: bool,
    pub candidates: bool,
    pub towns: bool,
    /// Candidates drawn: the best N by score.
    pub top_candidates: usize,
}

impl Default for Layers {
    fn default() -> Self {
        Self { firms: true, labels: true, exchanges: true, candidates: true, towns: true, top_candidates: 25 }
    }
}

/// What the pointer can pick on the map.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    Firm(FirmId),
    Exchange(ExchangeId),
    Candidate(FlowId, FlowId),
}

/// What the layer reports back to the app after a frame.
#[derive(Default)]
pub struct MapEvents {
    pub clicked: Option<Pick>,
    pub clicked_empty: Option<LatLon>,
    pub hovered: Option<Pick>,
    pub cursor: Option<LatLon>,
    /// A firm dragged to a new position (released this frame).
    pub dropped: Option<(FirmId, LatLon)>,
    pub meters_per_pixel: f64,
    /// The last frame's view: screen centre, its unit-Mercator position and the world size in
    /// points, to place any position on screen.
    pub view: Option<(Pos2, [f64; 2], f64)>,
}

impl MapEvents {
    /// Where a position was on screen in the last frame.
    pub fn on_screen(&self, p: LatLon) -> Option<Pos2> {
        let (origin, center, world) = self.view?;
        Some(Screen { origin, center, world }.at(unit_mercator(p)))
    }
}

pub use super::index::MapIndex;

pub struct ProjectLayer<'a> {
    pub data: &'a ProjectData,
    pub index: &'a MapIndex,
    /// What is shown changes with it (see [`crate::ui::state::AppState::data_version`]).
    pub version: u64,
    pub candidates: &'a [Candidate],
    pub selected: Option<&'a Pick>,
    pub layers: Layers,
    pub towns: &'a [Town],
    /// Projector text sizes for labels.
    pub large_text: bool,
    /// The timeline's year: only what existed then is drawn.
    pub year: Option<i32>,
    /// Firm being dragged, with its current position.
    pub dragging: &'a mut Option<(FirmId, LatLon)>,
    pub allow_drag: bool,
    pub events: &'a mut MapEvents,
    pub dark: bool,
    /// The shapes of the last frame, reused while the scene stays the same.
    pub cache: &'a mut SceneCache,
    pub disc: egui::TextureId,
}

impl Plugin for ProjectLayer<'_> {
    fn run(self: Box<Self>, ui: &mut Ui, response: &Response, projector: &Projector, _memory: &MapMemory) {
        let painter = ui.painter().with_clip_rect(response.rect);
        let clip = response.rect.expand(40.0);
        // The lon/lat box in view (with a margin), so that only what is visible is touched.
        let corner = |p: Pos2| {
            let q = projector.unproject(p.to_vec2());
            [q.x(), q.y()]
        };
        let (a, b) = (corner(clip.left_top()), corner(clip.right_bottom()));
        let view = ([a[0].min(b[0]), a[1].min(b[1])], [a[0].max(b[0]), a[1].max(b[1])]);
        let screen = Screen::new(projector, response.rect);
        let key = SceneKey {
            version: self.version,
            rect: response.rect,
            center: screen.center,
            world: screen.world,
            year: self.year,
            layers: self.layers,
            selected: self.selected.cloned(),
            dragging: self.dragging.clone(),
            dark: self.dark,
            large_text: self.large_text,
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        let scene = Scene {
            data: self.data,
            index: self.index,
            towns: self.towns,
            key: &key,
            screen: &screen,
            view,
            clip,
            zoom: projector.zoom(),
            disc: self.disc,
        };
        self.cache.refresh(key.clone(), |below, above| scene.build(&painter, below, above));
        painter.extend(self.cache.below.iter().cloned());

        let pointer = response.hover_pos().or_else(|| response.interact_pointer_pos());
        let mut hovered = pointer.and_then(|p| pick::pick(&scene, projector, p, false));
        // Candidates: thin dotted purple lines, the best N (drawn each frame: they change with
        // every matching run, and there are few).
        if self.layers.candidates {
            for c in self.candidates.iter().take(self.layers.top_candidates) {
                let at = |id: &FirmId| self.index.firm(id).and_then(|i| scene.firm_at(i));
                let (Some(a), Some(b)) = (at(&c.supply_firm_id), at(&c.demand_firm_id)) else { continue };
                let pick = Pick::Candidate(c.supply_flow_id, c.demand_flow_id);
                let selected = self.selected == Some(&pick);
                let width = if selected { 4.0 } else { 2.0 };
                painter.extend(Shape::dotted_line(&[a, b], colors::PURPLE, 6.0, width / 1.5));
                if selected {
                    painter.line_segment([a, b], Stroke::new(2.0, colors::PURPLE));
                }
                if let Some(p) = pointer {
                    let d = distance_to_segment(p, a, b);
                    if d <= 4.0 && hovered.as_ref().is_none_or(|(best, _)| d < *best) {
                        hovered = Some((d, pick));
                    }
                }
            }
        }
        painter.extend(self.cache.above.iter().cloned());

        self.events.view = Some((screen.origin, screen.center, screen.world));
        self.events.hovered = hovered.map(|(_, pick)| pick);
        self.events.cursor = pointer.map(|p| {
            let position = projector.unproject(p.to_vec2());
            LatLon::new(position.y(), position.x())
        });
        let center = projector.unproject(response.rect.center().to_vec2());
        self.events.meters_per_pixel = 1.0 / f64::from(projector.scale_pixel_per_meter(center));

        // Dragging a firm moves it; the edit is made when it is released.
        if self.allow_drag
            && let Some(p) = pointer
        {
            // The firm under the point where the drag began (the pointer has moved on by then).
            let pressed = if response.drag_started() { ui.input(|i| i.pointer.press_origin()) } else { None }
                .and_then(|origin| pick::firm_at(&scene, projector, origin));
            if let Some(id) = pressed {
                let position = projector.unproject(p.to_vec2());
                *self.dragging = Some((id, LatLon::new(position.y(), position.x())));
            } else if response.dragged()
                && let Some((_, at)) = self.dragging.as_mut()
            {
                let position = projector.unproject(p.to_vec2());
                *at = LatLon::new(position.y(), position.x());
            }
        }
        if response.drag_stopped()
            && let Some(dropped) = self.dragging.take()
        {
            self.events.dropped = Some(dropped);
        }
        if response.clicked() {
            match self.events.hovered.clone() {
                Some(pick) => self.events.clicked = Some(pick),
                None => self.events.clicked_empty = self.events.cursor,
            }
        }
    }
}
