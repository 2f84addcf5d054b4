//! From positions to the screen: cached Web-Mercator positions placed with one multiply-add,
//! and the mesh pieces (quads, discs) that many lines and firms are drawn with.

use egui::{Color32, Pos2, Rect, Vec2};
use walkers::{Projector, lon_lat};

use crate::core::model::*;

pub(super) use crate::core::mercator::mercator_from_latlon as unit_mercator;

/// Screen positions from cached Mercator positions: one multiply-add per point per frame.
pub(super) struct Screen {
    pub(super) origin: Pos2,
    pub(super) center: [f64; 2],
    pub(super) world: f64,
}

impl Screen {
    pub(super) fn new(projector: &Projector, rect: Rect) -> Self {
        let zoom = projector.zoom();
        let c = projector.unproject(rect.center().to_vec2());
        Screen {
            origin: rect.center(),
            center: unit_mercator(LatLon::new(c.y(), c.x())),
            world: 256.0 * 2f64.powf(zoom),
        }
    }

    pub(super) fn at(&self, m: [f64; 2]) -> Pos2 {
        Pos2::new(
            self.origin.x + ((m[0] - self.center[0]) * self.world) as f32,
            self.origin.y + ((m[1] - self.center[1]) * self.world) as f32,
        )
    }
}

/// Labels tried per frame, biggest firms first: a zoomed-out view has no room for more.
pub(super) const MAX_LABELS: usize = 250;

/// Above this many lines or firms in view, they are drawn as one plain mesh.
pub(super) const BATCH_FROM: usize = 600;

/// Adds a line as a quad (two triangles), without anti-aliasing.
pub(super) fn add_quad_line(mesh: &mut egui::Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = b - a;
    if d.length_sq() < 0.25 {
        return;
    }
    let n = Vec2::new(-d.y, d.x).normalized() * (width / 2.0);
    let i = mesh.vertices.len() as u32;
    for p in [a + n, a - n, b + n, b - n] {
        mesh.colored_vertex(p, color);
    }
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i + 2, i + 1, i + 3);
}

/// Adds a filled octagon.
pub(super) fn add_disc(mesh: &mut egui::Mesh, center: Pos2, radius: f32, color: Color32) {
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(center, color);
    for k in 0..8 {
        let angle = k as f32 * std::f32::consts::TAU / 8.0;
        mesh.colored_vertex(center + Vec2::angled(angle) * radius, color);
    }
    for k in 0..8 {
        mesh.add_triangle(i, i + 1 + k, i + 1 + (k + 1) % 8);
    }
}

pub(super) fn pos(projector: &Projector, p: LatLon) -> Pos2 {
    projector.project(lon_lat(p.lon, p.lat)).to_pos2()
}

pub(super) fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 { ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0) } else { 0.0 };
    (a + ab * t).distance(p)
}
