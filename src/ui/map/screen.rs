//! From positions to the screen: cached Web-Mercator positions placed with one multiply-add,
//! and the mesh pieces (quads, textured discs) that many lines and firms are drawn with.

use egui::{Color32, Pos2, Rect, Vec2};
use walkers::Projector;

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

/// A white disc on a transparent square, with a soft edge: many firms are drawn as quads of it
/// (4 vertices each instead of a tessellated circle), and many lines use its opaque centre.
pub struct DiscTexture(egui::TextureHandle);

impl DiscTexture {
    const SIZE: usize = 32;

    pub fn new(ctx: &egui::Context) -> Self {
        let n = Self::SIZE;
        let centre = n as f32 / 2.0;
        let pixels = (0..n * n)
            .map(|i| {
                let (x, y) = ((i % n) as f32 + 0.5 - centre, (i / n) as f32 + 0.5 - centre);
                let coverage = (centre - (x * x + y * y).sqrt()).clamp(0.0, 1.0);
                Color32::from_white_alpha((coverage * 255.0).round() as u8)
            })
            .collect();
        let image = egui::ColorImage::new([n, n], pixels);
        let options = egui::TextureOptions::LINEAR.with_mipmap_mode(Some(egui::TextureFilter::Linear));
        Self(ctx.load_texture("map-disc", image, options))
    }

    pub fn id(&self) -> egui::TextureId {
        self.0.id()
    }
}

/// The texture coordinates of the disc's opaque centre (for plain lines in a disc mesh).
const DISC_CENTRE: Pos2 = Pos2::new(0.5, 0.5);

/// Adds a line as a quad (two triangles) to a mesh textured with [`DiscTexture`], without
/// anti-aliasing.
pub(super) fn add_quad_line(mesh: &mut egui::Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = b - a;
    if d.length_sq() < 0.25 {
        return;
    }
    let n = Vec2::new(-d.y, d.x).normalized() * (width / 2.0);
    let i = mesh.vertices.len() as u32;
    for pos in [a + n, a - n, b + n, b - n] {
        mesh.vertices.push(egui::epaint::Vertex { pos, uv: DISC_CENTRE, color });
    }
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i + 2, i + 1, i + 3);
}

/// Adds a disc (a quad of [`DiscTexture`]) to a mesh textured with it.
pub(super) fn add_disc(mesh: &mut egui::Mesh, center: Pos2, radius: f32, color: Color32) {
    let uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
    mesh.add_rect_with_uv(Rect::from_center_size(center, Vec2::splat(2.0 * radius)), uv, color);
}

pub(super) fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 { ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0) } else { 0.0 };
    (a + ab * t).distance(p)
}
