//! The project drawn over the basemap: exchanges as lines (width by quantity, colour by material
//! kind, style by status), candidates, firms as symbols (colour by sector, size by throughput)
//! with labels that do not overlap, town names, and picking under the pointer.

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Shape, Stroke, Ui, Vec2};
use walkers::{MapMemory, Plugin, Projector};

use crate::core::generate::Town;
use crate::core::matching::Candidate;
use crate::core::model::*;

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
}

impl Plugin for ProjectLayer<'_> {
    fn run(self: Box<Self>, ui: &mut Ui, response: &Response, projector: &Projector, _memory: &MapMemory) {
        let painter = ui.painter().with_clip_rect(response.rect);
        let data = self.data;
        let clip = response.rect.expand(40.0);
        let text_color = if self.dark { Color32::from_gray(235) } else { Color32::from_gray(20) };
        let halo = if self.dark { Color32::from_black_alpha(200) } else { Color32::from_white_alpha(220) };
        let location = |id: &FirmId| -> Option<LatLon> {
            if let Some((dragged, at)) = self.dragging.as_ref()
                && dragged == id
            {
                return Some(*at);
            }
            self.index.firm(id).and_then(|i| data.firms.get(i)).map(|f| f.location)
        };
        let pointer = response.hover_pos().or_else(|| response.interact_pointer_pos());
        // The firm under the point where a drag began (the pointer has moved on by then).
        let mut pressed: Option<(f32, FirmId)> = None;
        let mut hovered: Option<(f32, Pick)> = None;
        let mut consider = |d: f32, pick: Pick, radius: f32| {
            if d <= radius && hovered.as_ref().is_none_or(|(best, _)| d < *best) {
                hovered = Some((d, pick));
            }
        };

        // Towns first, under everything else, biggest first, without overlaps.
        let mut taken: Vec<Rect> = Vec::new();
        let zoom = projector.zoom();
        // Town names help at regional zooms; in a park, the firms are the names that matter.
        if self.layers.towns && zoom < 12.0 {
            let min_population = match zoom {
                z if z < 5.0 => 500_000,
                z if z < 6.0 => 150_000,
                z if z < 7.0 => 50_000,
                z if z < 8.0 => 20_000,
                _ => 0,
            };
            let font = FontId::proportional(if zoom >= 10.0 { 13.0 } else { 12.0 });
            let visible = self
                .towns
                .iter()
                .filter(|t| t.population >= min_population)
                .map(|t| (t, pos(projector, t.location)))
                .filter(|(_, p)| clip.contains(*p))
                .take(300);
            for (town, p) in visible {
                let galley = painter.layout_no_wrap(town.name.clone(), font.clone(), Color32::from_gray(100));
                let rect = Rect::from_center_size(p + Vec2::new(0.0, -9.0), galley.size()).expand(2.0);
                if taken.iter().any(|r| r.intersects(rect)) {
                    continue;
                }
                painter.circle_filled(p, 2.0, Color32::from_gray(120));
                painter.galley(rect.min + Vec2::splat(2.0), galley, Color32::from_gray(100));
                taken.push(rect);
            }
        }

        // Exchanges.
        // The lon/lat box in view (with a margin), so that only what is visible is touched.
        let corner = |p: Pos2| {
            let q = projector.unproject(p.to_vec2());
            [q.x(), q.y()]
        };
        let (a, b) = (corner(clip.left_top()), corner(clip.right_bottom()));
        let (view_min, view_max) = ([a[0].min(b[0]), a[1].min(b[1])], [a[0].max(b[0]), a[1].max(b[1])]);
        let screen = Screen::new(projector, response.rect);
        if self.layers.exchanges {
            let max_q = self.index.max_exchange;
            let mut visible: Vec<usize> = self.index.exchanges_in(view_min, view_max);
            if let Some((id, _)) = self.dragging.as_ref() {
                // Lines of a dragged firm follow it even where their stored box is out of view.
                visible.extend(
                    data.exchanges.iter().enumerate().filter(|(_, e)| &e.from == id || &e.to == id).map(|(i, _)| i),
                );
                visible.sort_unstable();
                visible.dedup();
            }
            // Many lines in view: one mesh of plain quads instead of thousands of shapes.
            let batch = visible.len() > BATCH_FROM;
            let mut mesh = egui::Mesh::default();
            let dragged = self.dragging.as_ref().and_then(|(id, at)| Some((self.index.firm(id)?, *at)));
            let at_index = |i: usize| match dragged {
                Some((d, at)) if d == i => Some(screen.at(unit_mercator(at))),
                _ => self.index.mercator.get(i).map(|m| screen.at(*m)),
            };
            for (ex, ends) in
                visible.into_iter().filter_map(|i| Some((data.exchanges.get(i)?, self.index.exchange_ends.get(i)?)))
            {
                let Some((from, to, kind)) = *ends else { continue };
                if self.year.is_some_and(|y| !ex.active_in(y)) {
                    continue;
                }
                let (Some(a), Some(b)) = (at_index(from), at_index(to)) else { continue };
                if !clip.intersects(Rect::from_two_pos(a, b)) {
                    continue;
                }
                let mut color = kind_color(kind);
                let width = 2.0 + 5.0 * (ex.quantity.unwrap_or(max_q * 0.1) / max_q).sqrt() as f32;
                let selected = self.selected == Some(&Pick::Exchange(ex.id));
                if ex.status == ExchangeStatus::Ended || ex.status == ExchangeStatus::Rejected {
                    color = color.gamma_multiply(0.35);
                }
                if let Some(p) = pointer {
                    consider(distance_to_segment(p, a, b), Pick::Exchange(ex.id), width / 2.0 + 4.0);
                }
                if batch && !selected {
                    add_quad_line(&mut mesh, a, b, (width * 0.6).max(1.0), color);
                    continue;
                }
                let stroke = Stroke::new(if selected { width + 3.0 } else { width }, color);
                if selected {
                    painter.line_segment([a, b], Stroke::new(width + 7.0, halo));
                }
                match ex.status {
                    ExchangeStatus::Proposed | ExchangeStatus::Agreed | ExchangeStatus::Candidate => {
                        painter.extend(Shape::dashed_line(&[a, b], stroke, 10.0, 6.0));
                    }
                    _ => {
                        painter.line_segment([a, b], stroke);
                    }
                }
                // Arrow head at the receiver.
                let dir = (b - a).normalized();
                if (b - a).length() > 24.0 {
                    let tip = b - dir * 9.0;
                    let side = Vec2::new(-dir.y, dir.x) * 5.0;
                    painter.add(Shape::convex_polygon(
                        vec![tip, tip - dir * 9.0 + side, tip - dir * 9.0 - side],
                        color,
                        Stroke::NONE,
                    ));
                }
            }
            if !mesh.is_empty() {
                painter.add(Shape::mesh(mesh));
            }
        }

        // Candidates: thin dotted purple lines, the best N.
        if self.layers.candidates {
            for c in self.candidates.iter().take(self.layers.top_candidates) {
                let (Some(a), Some(b)) = (location(&c.supply_firm_id), location(&c.demand_firm_id)) else { continue };
                let (a, b) = (pos(projector, a), pos(projector, b));
                let selected = self.selected == Some(&Pick::Candidate(c.supply_flow_id, c.demand_flow_id));
                let stroke = Stroke::new(if selected { 4.0 } else { 2.0 }, colors::PURPLE);
                painter.extend(Shape::dotted_line(&[a, b], colors::PURPLE, 6.0, stroke.width / 1.5));
                if selected {
                    painter.line_segment([a, b], Stroke::new(2.0, colors::PURPLE));
                }
                if let Some(p) = pointer {
                    consider(distance_to_segment(p, a, b), Pick::Candidate(c.supply_flow_id, c.demand_flow_id), 4.0);
                }
            }
        }

        // Firms, biggest throughput first so that small ones stay on top.
        if self.layers.firms {
            let max_t = self.index.max_throughput;
            let mut order: Vec<usize> = self.index.firms_in(view_min, view_max);
            if let Some((id, _)) = self.dragging.as_ref()
                && let Some(i) = self.index.firm(id)
                && !order.contains(&i)
            {
                order.push(i);
            }
            order.sort_unstable_by_key(|&i| self.index.rank[i]);
            let throughput = &self.index.throughput;
            let press_origin = if response.drag_started() { ui.input(|i| i.pointer.press_origin()) } else { None };
            let many_firms = order.len() > BATCH_FROM;
            let mut dots = egui::Mesh::default();
            let mut labels = Vec::new();
            let dragged = self.dragging.as_ref().and_then(|(id, at)| Some((self.index.firm(id)?, *at)));
            let selected_index = match self.selected {
                Some(Pick::Firm(id)) => self.index.firm(id),
                _ => None,
            };
            for i in order {
                let Some(firm) = data.firms.get(i) else { continue };
                if let Some(y) = self.year
                    && let Some(&(first, last)) = self.index.firm_years.get(i)
                    && !(first <= y && y <= last)
                {
                    continue;
                }
                let p = match dragged {
                    Some((d, at)) if d == i => screen.at(unit_mercator(at)),
                    _ => screen.at(self.index.mercator[i]),
                };
                if !clip.contains(p) {
                    continue;
                }
                let t = throughput.get(i).copied().unwrap_or(0.0);
                let radius = 5.0 + 7.0 * (t / max_t).powf(0.35) as f32;
                let color = self.index.colors[i];
                let selected = selected_index == Some(i);
                if selected {
                    painter.circle_filled(p, radius + 5.0, colors::YELLOW.gamma_multiply(0.8));
                }
                if many_firms && !selected {
                    add_disc(&mut dots, p, (radius * 0.5).max(2.5), text_color);
                    add_disc(&mut dots, p, (radius * 0.5).max(2.5) - 1.0, color);
                } else {
                    painter.circle(p, radius, color, Stroke::new(1.5, text_color));
                }
                if selected || labels.len() < MAX_LABELS {
                    labels.push((p, radius, firm, selected));
                }
                if let Some(pt) = pointer {
                    consider(pt.distance(p), Pick::Firm(firm.id.clone()), radius + 3.0);
                }
                if let Some(o) = press_origin
                    && o.distance(p) <= radius + 3.0
                    && pressed.as_ref().is_none_or(|(d, _)| o.distance(p) < *d)
                {
                    pressed = Some((o.distance(p), firm.id.clone()));
                }
            }
            if !dots.is_empty() {
                painter.add(Shape::mesh(dots));
            }
            if self.layers.labels {
                // Selected first, then the order above (biggest first); skip labels that would overlap.
                // Only the biggest firms in view get a label try (at most 250): labels cost text
                // layout, and a zoomed-out view has no room for thousands anyway.
                labels.sort_by_key(|(_, _, _, selected)| !*selected);
                let font = FontId::proportional(if self.large_text { 22.0 } else { 14.0 });
                for (p, radius, firm, _) in labels {
                    let galley = painter.layout_no_wrap(firm.name.clone(), font.clone(), text_color);
                    let size = galley.size();
                    let candidates = [
                        (Align2::LEFT_CENTER, p + Vec2::new(radius + 4.0, 0.0)),
                        (Align2::RIGHT_CENTER, p - Vec2::new(radius + 4.0, 0.0)),
                        (Align2::CENTER_BOTTOM, p - Vec2::new(0.0, radius + 2.0)),
                        (Align2::CENTER_TOP, p + Vec2::new(0.0, radius + 2.0)),
                    ];
                    for (align, anchor) in candidates {
                        let rect = align.anchor_size(anchor, size);
                        if taken.iter().any(|r| r.intersects(rect)) || !response.rect.contains_rect(rect) {
                            continue;
                        }
                        painter.rect_filled(rect.expand(2.0), 3.0, halo);
                        painter.galley(rect.min, galley, text_color);
                        taken.push(rect.expand(2.0));
                        break;
                    }
                }
            }
        }

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
            if response.drag_started()
                && let Some((_, id)) = pressed.take()
            {
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
