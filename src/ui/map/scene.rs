//! What the project layer draws under and over the candidates: towns, exchange lines, firm
//! symbols and labels, built as shapes and kept between frames while nothing they depend on
//! changes (the project version, the view, the year, the layers, the selection, a drag). A map
//! at rest repaints (hover, tooltips, animations elsewhere) without touching 30,000 features.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, Vec2};

use crate::core::generate::Town;
use crate::core::model::*;

use super::index::MapIndex;
use super::layer::{Layers, Pick};
use super::screen::*;
use super::symbols::{colors, kind_color};

/// Everything a scene is built from; two equal keys give the same shapes.
#[derive(Clone, Debug, PartialEq)]
pub struct SceneKey {
    pub version: u64,
    pub rect: Rect,
    pub center: [f64; 2],
    pub world: f64,
    pub year: Option<i32>,
    pub layers: Layers,
    pub selected: Option<Pick>,
    pub dragging: Option<(FirmId, LatLon)>,
    pub dark: bool,
    pub large_text: bool,
    pub pixels_per_point: f32,
}

/// The shapes of the last scene and the key they were built for.
#[derive(Default)]
pub struct SceneCache {
    key: Option<SceneKey>,
    /// Towns and exchange lines (under the candidates).
    pub below: Vec<Shape>,
    /// Firms and their labels (over the candidates).
    pub above: Vec<Shape>,
    /// Scenes built so far (a test can tell a reused scene from a rebuilt one).
    pub builds: u64,
}

impl SceneCache {
    /// Whether the cached shapes are those of `key`; if not, `build` makes them anew.
    pub fn refresh(&mut self, key: SceneKey, build: impl FnOnce(&mut Vec<Shape>, &mut Vec<Shape>)) {
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.below.clear();
        self.above.clear();
        build(&mut self.below, &mut self.above);
        self.key = Some(key);
        self.builds += 1;
    }
}

/// Line width (points) of an exchange of quantity `q`, the largest being `max_q`.
pub fn line_width(q: Option<f64>, max_q: f64) -> f32 {
    2.0 + 5.0 * (q.unwrap_or(max_q * 0.1) / max_q).sqrt() as f32
}

/// Symbol radius (points) of a firm of throughput `t`, the largest being `max_t`.
pub fn firm_radius(t: f64, max_t: f64) -> f32 {
    5.0 + 7.0 * (t / max_t).powf(0.35) as f32
}

/// What a scene draws.
pub struct Scene<'a> {
    pub data: &'a ProjectData,
    pub index: &'a MapIndex,
    pub towns: &'a [Town],
    pub key: &'a SceneKey,
    pub screen: &'a Screen,
    /// The lon/lat box in view, with a margin.
    pub view: ([f64; 2], [f64; 2]),
    pub clip: Rect,
    pub zoom: f64,
    /// The texture that batched lines and firm dots are drawn with.
    pub disc: egui::TextureId,
}

impl Scene<'_> {
    pub fn text_color(&self) -> Color32 {
        if self.key.dark { Color32::from_gray(235) } else { Color32::from_gray(20) }
    }

    fn halo(&self) -> Color32 {
        if self.key.dark { Color32::from_black_alpha(200) } else { Color32::from_white_alpha(220) }
    }

    /// Where firm `i` is on screen (following a drag).
    pub fn firm_at(&self, i: usize) -> Option<Pos2> {
        match &self.key.dragging {
            Some((id, at)) if self.index.firm(id) == Some(i) => Some(self.screen.at(unit_mercator(*at))),
            _ => self.index.mercator.get(i).map(|m| self.screen.at(*m)),
        }
    }

    /// Whether firm `i` exists in the timeline's year.
    pub fn firm_shown(&self, i: usize) -> bool {
        match (self.key.year, self.index.firm_years.get(i)) {
            (Some(y), Some(&(first, last))) => first <= y && y <= last,
            _ => true,
        }
    }

    /// Builds the shapes: towns and lines go `below`, firms and labels `above`.
    pub fn build(&self, painter: &Painter, below: &mut Vec<Shape>, above: &mut Vec<Shape>) {
        let mut taken = Vec::new();
        if self.key.layers.towns {
            self.towns(painter, below, &mut taken);
        }
        if self.key.layers.exchanges {
            self.exchanges(below);
        }
        if self.key.layers.firms {
            self.firms(painter, above, &mut taken);
        }
    }

    /// Town names, biggest first, without overlaps; they help at regional zooms, while in a park
    /// the firms are the names that matter.
    fn towns(&self, painter: &Painter, out: &mut Vec<Shape>, taken: &mut Vec<Rect>) {
        let zoom = self.zoom;
        if zoom >= 12.0 {
            return;
        }
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
            .map(|t| (t, self.screen.at(unit_mercator(t.location))))
            .filter(|(_, p)| self.clip.contains(*p))
            .take(300);
        for (town, p) in visible {
            let galley = painter.layout_no_wrap(town.name.clone(), font.clone(), Color32::from_gray(100));
            let rect = Rect::from_center_size(p + Vec2::new(0.0, -9.0), galley.size()).expand(2.0);
            if taken.iter().any(|r| r.intersects(rect)) {
                continue;
            }
            out.push(Shape::circle_filled(p, 2.0, Color32::from_gray(120)));
            out.push(Shape::galley(rect.min + Vec2::splat(2.0), galley, Color32::from_gray(100)));
            taken.push(rect);
        }
    }

    /// Exchange lines: width by quantity, colour by material kind, style by status; many lines
    /// in view become one mesh of plain quads instead of thousands of shapes.
    fn exchanges(&self, out: &mut Vec<Shape>) {
        let (data, index) = (self.data, self.index);
        let max_q = index.max_exchange;
        let mut visible: Vec<usize> = index.exchanges_in(self.view.0, self.view.1);
        if let Some((id, _)) = &self.key.dragging {
            // Lines of a dragged firm follow it even where their stored box is out of view.
            visible.extend(
                data.exchanges.iter().enumerate().filter(|(_, e)| &e.from == id || &e.to == id).map(|(i, _)| i),
            );
        }
        // In project order, the exchanges are read from memory front to back (the index gives
        // them in spatial order).
        visible.sort_unstable();
        visible.dedup();
        let batch = visible.len() > BATCH_FROM;
        // Its own texture also keeps it out of the meshes of the shapes around it: egui would
        // otherwise copy it once more into a growing mesh of the small shapes that follow.
        let mut mesh = egui::Mesh::with_texture(self.disc);
        if batch {
            mesh.reserve_vertices(visible.len() * 4);
            mesh.reserve_triangles(visible.len() * 2);
        }
        let halo = self.halo();
        for (ex, ends) in
            visible.into_iter().filter_map(|i| Some((data.exchanges.get(i)?, index.exchange_ends.get(i)?)))
        {
            let Some((from, to, kind)) = *ends else { continue };
            if self.key.year.is_some_and(|y| !ex.active_in(y)) {
                continue;
            }
            let (Some(a), Some(b)) = (self.firm_at(from), self.firm_at(to)) else { continue };
            if !self.clip.intersects(Rect::from_two_pos(a, b)) {
                continue;
            }
            let mut color = kind_color(kind);
            let width = line_width(ex.quantity, max_q);
            let selected = self.key.selected == Some(Pick::Exchange(ex.id));
            if ex.status == ExchangeStatus::Ended || ex.status == ExchangeStatus::Rejected {
                color = color.gamma_multiply(0.35);
            }
            if batch && !selected {
                add_quad_line(&mut mesh, a, b, (width * 0.6).max(1.0), color);
                continue;
            }
            let stroke = Stroke::new(if selected { width + 3.0 } else { width }, color);
            if selected {
                out.push(Shape::line_segment([a, b], Stroke::new(width + 7.0, halo)));
            }
            match ex.status {
                ExchangeStatus::Proposed | ExchangeStatus::Agreed | ExchangeStatus::Candidate => {
                    out.extend(Shape::dashed_line(&[a, b], stroke, 10.0, 6.0));
                }
                _ => out.push(Shape::line_segment([a, b], stroke)),
            }
            // Arrow head at the receiver.
            let dir = (b - a).normalized();
            if (b - a).length() > 24.0 {
                let tip = b - dir * 9.0;
                let side = Vec2::new(-dir.y, dir.x) * 5.0;
                out.push(Shape::convex_polygon(
                    vec![tip, tip - dir * 9.0 + side, tip - dir * 9.0 - side],
                    color,
                    Stroke::NONE,
                ));
            }
        }
        if !mesh.is_empty() {
            out.push(Shape::mesh(mesh));
        }
    }

    /// Firms, biggest throughput first so that small ones stay on top, then labels that do not
    /// overlap (the selected firm's first).
    fn firms(&self, painter: &Painter, out: &mut Vec<Shape>, taken: &mut Vec<Rect>) {
        let index = self.index;
        let max_t = index.max_throughput;
        let mut order: Vec<usize> = index.firms_in(self.view.0, self.view.1);
        if let Some((id, _)) = &self.key.dragging
            && let Some(i) = index.firm(id)
            && !order.contains(&i)
        {
            order.push(i);
        }
        order.sort_unstable_by_key(|&i| index.rank[i]);
        let many_firms = order.len() > BATCH_FROM;
        let mut dots = egui::Mesh::with_texture(self.disc);
        if many_firms {
            dots.reserve_vertices(order.len() * 8);
            dots.reserve_triangles(order.len() * 4);
        }
        let text_color = self.text_color();
        let mut labels = Vec::new();
        let selected_index = match &self.key.selected {
            Some(Pick::Firm(id)) => index.firm(id),
            _ => None,
        };
        for i in order {
            if !self.firm_shown(i) {
                continue;
            }
            let Some(p) = self.firm_at(i).filter(|p| self.clip.contains(*p)) else { continue };
            let radius = firm_radius(index.throughput.get(i).copied().unwrap_or(0.0), max_t);
            let color = index.colors[i];
            let selected = selected_index == Some(i);
            if selected {
                out.push(Shape::circle_filled(p, radius + 5.0, colors::YELLOW.gamma_multiply(0.8)));
            }
            if many_firms && !selected {
                let r = (radius * 0.5).max(2.5);
                add_disc(&mut dots, p, r + 0.5, text_color);
                add_disc(&mut dots, p, r - 0.5, color);
            } else {
                out.push(Shape::Circle(egui::epaint::CircleShape {
                    center: p,
                    radius,
                    fill: color,
                    stroke: Stroke::new(1.5, text_color),
                }));
            }
            if selected || labels.len() < MAX_LABELS {
                labels.push((p, radius, i, selected));
            }
        }
        if !dots.is_empty() {
            out.push(Shape::mesh(dots));
        }
        if !self.key.layers.labels {
            return;
        }
        // Only the biggest firms in view get a label try (at most 250): labels cost text layout,
        // and a zoomed-out view has no room for thousands anyway.
        labels.sort_by_key(|(_, _, _, selected)| !*selected);
        let font = FontId::proportional(if self.key.large_text { 22.0 } else { 14.0 });
        let halo = self.halo();
        for (p, radius, i, _) in labels {
            let Some(firm) = self.data.firms.get(i) else { continue };
            let galley = painter.layout_no_wrap(firm.name.clone(), font.clone(), text_color);
            let size = galley.size();
            let places = [
                (Align2::LEFT_CENTER, p + Vec2::new(radius + 4.0, 0.0)),
                (Align2::RIGHT_CENTER, p - Vec2::new(radius + 4.0, 0.0)),
                (Align2::CENTER_BOTTOM, p - Vec2::new(0.0, radius + 2.0)),
                (Align2::CENTER_TOP, p + Vec2::new(0.0, radius + 2.0)),
            ];
            for (align, anchor) in places {
                let rect = align.anchor_size(anchor, size);
                if taken.iter().any(|r| r.intersects(rect)) || !self.key.rect.contains_rect(rect) {
                    continue;
                }
                out.push(Shape::rect_filled(rect.expand(2.0), 3.0, halo));
                out.push(Shape::galley(rect.min, galley, text_color));
                taken.push(rect.expand(2.0));
                break;
            }
        }
    }
}
