//! The project's map as a picture, for slides and reports: the built-in offline basemap, exchange
//! lines (colour by material kind, width by quantity, dashed while planned, faded once ended),
//! firms by sector with labels that do not overlap, a title, a legend, a scale bar and the
//! basemap credits. Drawn with tiny-skia and ab_glyph, without a window or a GPU, so that the
//! desktop app and the command line make the same image.

use std::collections::HashMap;

use ab_glyph::{Font as _, FontRef, PxScale, ScaleFont as _};
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Stroke, StrokeDash, Transform};

use crate::basemap::{self, Basemap, Palette};
use crate::core::export::{self, ExportError, ExportSummary};
use crate::core::model::*;
use crate::core::output;
use crate::core::style::{self, Rgb};

/// What to draw and at which size.
#[derive(Clone, Debug)]
pub struct MapImageOptions {
    pub width: u32,
    pub height: u32,
    /// Centre and zoom (as the desktop map shows it in a 1600 x 1000 window); None uses the
    /// project's own view, or fits every firm where the project has none.
    pub view: Option<MapView>,
    /// Show the park as it stood in this year (running exchanges only).
    pub year: Option<i32>,
    /// Title line; None uses the project name (and the year).
    pub title: Option<String>,
    /// The language of the image's words and numbers (a code of [`crate::i18n::LANGUAGES`]).
    pub lang: String,
}

impl MapImageOptions {
    pub fn new(width: u32, height: u32) -> Self {
        Self { width, height, view: None, year: None, title: None, lang: "en".into() }
    }
}

/// Sizes the image may have: big enough to read, small enough to render in memory.
pub const MIN_SIDE: u32 = 200;
pub const MAX_SIDE: u32 = 8192;

/// Parses `LAT,LON,ZOOM` (e.g. `55.66,11.1,13`).
pub fn parse_view(text: &str) -> Result<MapView, String> {
    let bad = || format!("view '{text}' must be LAT,LON,ZOOM, e.g. 55.66,11.1,13");
    let parts: Vec<f64> =
        text.split(',').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| bad())?;
    let [lat, lon, zoom] = parts[..] else { return Err(bad()) };
    if !(-85.0..=85.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) || !(0.0..=19.0).contains(&zoom) {
        return Err(format!("view '{text}': latitude -85..85, longitude -180..180, zoom 0..19"));
    }
    Ok(MapView { lat, lon, zoom })
}

/// Parses `WIDTHxHEIGHT` (e.g. `1920x1080`) within the allowed sizes.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .trim()
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("size '{text}' must be WIDTHxHEIGHT, e.g. 1920x1080"))?;
    let side =
        |s: &str| s.trim().parse::<u32>().map_err(|_| format!("size '{text}' must be WIDTHxHEIGHT, e.g. 1920x1080"));
    let (w, h) = (side(w)?, side(h)?);
    for v in [w, h] {
        if !(MIN_SIDE..=MAX_SIDE).contains(&v) {
            return Err(format!("size '{text}': each side must be {MIN_SIDE} to {MAX_SIDE} pixels"));
        }
    }
    Ok((w, h))
}

/// The font of every text on the image (the UI's own font, shipped with egui's font crate).
fn font() -> FontRef<'static> {
    FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT).expect("the bundled font parses")
}

/// Zoom levels an image of this size adds to a view framed for the 1600 x 1000 reference.
fn size_zoom(width: u32, height: u32) -> f64 {
    (f64::from(width) / 1600.0).min(f64::from(height) / 1000.0).log2()
}

/// The view (framed, like every `MapView` here, for a 1600 x 1000 image) that shows every firm
/// of a `width` x `height` image with a margin; without firms, the project's own view, or the
/// whole area the basemap covers.
pub fn fit_view(project: &ProjectData, width: u32, height: u32) -> MapView {
    let [w, s, e, n] = basemap::EXTENT;
    let basemap_corners = [LatLon::new(s, w), LatLon::new(n, e)];
    let mut points: Box<dyn Iterator<Item = LatLon>> = match project.firms.is_empty() {
        false => Box::new(project.firms.iter().map(|f| f.location)),
        true if project.meta.view != MapView::BALTIC => return project.meta.view,
        true => Box::new(basemap_corners.into_iter()),
    };
    let Some(first) = points.next() else { return project.meta.view };
    let (mut min, mut max) =
        (basemap::world_pixel(first.lon, first.lat, 256.0), basemap::world_pixel(first.lon, first.lat, 256.0));
    for p in points {
        let (x, y) = basemap::world_pixel(p.lon, p.lat, 256.0);
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    }
    let (dx, dy) = ((max.0 - min.0).max(1e-9), (max.1 - min.1).max(1e-9));
    // Room for the title above and the legend below.
    let zoom = (f64::from(width) * 0.8 / dx).min(f64::from(height) * 0.62 / dy).log2().clamp(2.0, 15.0)
        - size_zoom(width, height);
    let centre = ((min.0 + max.0) / 2.0, (min.1 + max.1) / 2.0 + dy * 0.08);
    let (lon, lat) = crate::core::mercator::lonlat_from_mercator([centre.0 / 256.0, centre.1 / 256.0]);
    MapView { lat, lon, zoom }
}

fn rgba(c: Rgb, alpha: f32) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], (alpha.clamp(0.0, 1.0) * 255.0) as u8)
}

fn paint(color: Color) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(color);
    p.anti_alias = true;
    p
}

/// Text drawn straight into the pixmap.
struct Text {
    font: FontRef<'static>,
}

impl Text {
    fn width(&self, text: &str, px: f32) -> f32 {
        let scaled = self.font.as_scaled(PxScale::from(px));
        let mut w = 0.0;
        let mut last = None;
        for ch in text.chars() {
            let id = scaled.glyph_id(ch);
            if let Some(prev) = last {
                w += scaled.kern(prev, id);
            }
            w += scaled.h_advance(id);
            last = Some(id);
        }
        w
    }

    /// Draws `text` with its baseline at (x, y), with an optional halo for legibility on the map.
    fn draw(&self, pixmap: &mut Pixmap, text: &str, (x, y): (f32, f32), px: f32, color: Rgb, halo: Option<Rgb>) {
        if let Some(h) = halo {
            let r = (px / 9.0).max(1.2);
            for (dx, dy) in [(-r, 0.0), (r, 0.0), (0.0, -r), (0.0, r), (-r, -r), (r, r), (-r, r), (r, -r)] {
                self.draw_once(pixmap, text, (x + dx, y + dy), px, (h, 0.9));
            }
        }
        self.draw_once(pixmap, text, (x, y), px, (color, 1.0));
    }

    fn draw_once(&self, pixmap: &mut Pixmap, text: &str, (x, y): (f32, f32), px: f32, (color, alpha): (Rgb, f32)) {
        let scaled = self.font.as_scaled(PxScale::from(px));
        let mut caret = x;
        let mut last = None;
        for ch in text.chars() {
            let id = scaled.glyph_id(ch);
            if let Some(prev) = last {
                caret += scaled.kern(prev, id);
            }
            let glyph = id.with_scale_and_position(PxScale::from(px), ab_glyph::point(caret, y));
            caret += scaled.h_advance(id);
            last = Some(id);
            let Some(outline) = self.font.outline_glyph(glyph) else { continue };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                let (px_x, px_y) = (bounds.min.x as i32 + gx as i32, bounds.min.y as i32 + gy as i32);
                blend(pixmap, px_x, px_y, color, coverage * alpha);
            });
        }
    }
}

/// Blends one pixel of `color` at `alpha` over the pixmap (premultiplied).
fn blend(pixmap: &mut Pixmap, x: i32, y: i32, color: Rgb, alpha: f32) {
    if x < 0 || y < 0 || x >= pixmap.width() as i32 || y >= pixmap.height() as i32 || alpha <= 0.0 {
        return;
    }
    let i = (y as u32 * pixmap.width() + x as u32) as usize;
    let a = alpha.min(1.0);
    let data = pixmap.data_mut();
    let px = &mut data[i * 4..i * 4 + 4];
    for (k, c) in color.iter().enumerate() {
        px[k] = (f32::from(*c) * a + f32::from(px[k]) * (1.0 - a)).round() as u8;
    }
    px[3] = (255.0 * a + f32::from(px[3]) * (1.0 - a)).round() as u8;
}

/// Metres per image pixel at a latitude, on a world bitmap `world` pixels wide.
pub fn metres_per_pixel(lat: f64, world: f64) -> f64 {
    2.0 * std::f64::consts::PI * 6_378_137.0 * lat.to_radians().cos() / world
}

/// A round scale-bar length (1, 2 or 5 times a power of ten metres) at most `max_px` long.
pub fn scale_bar(metres_per_px: f64, max_px: f64) -> (f64, f64) {
    let max_m = metres_per_px * max_px;
    let power = 10f64.powf(max_m.log10().floor());
    let metres = [5.0, 2.0, 1.0].into_iter().map(|f| f * power).find(|m| *m <= max_m).unwrap_or(power);
    (metres, metres / metres_per_px)
}

/// Renders the map image.
pub fn render(project: &ProjectData, options: &MapImageOptions) -> Pixmap {
    let (w, h) = (options.width.clamp(MIN_SIDE, MAX_SIDE), options.height.clamp(MIN_SIDE, MAX_SIDE));
    let view = options
        .view
        .or((project.meta.view != MapView::BALTIC).then_some(project.meta.view))
        .unwrap_or_else(|| fit_view(project, w, h));
    // The same framing at any size: a bigger image zooms in rather than showing more land.
    let view = MapView { zoom: view.zoom + size_zoom(w, h), ..view };
    let world = 256.0 * 2f64.powf(view.zoom);
    let centre = basemap::world_pixel(view.lon, view.lat, world);
    let origin = (centre.0 - f64::from(w) / 2.0, centre.1 - f64::from(h) / 2.0);
    let detail = view.zoom.round().clamp(0.0, 18.0) as u8;
    let mut pixmap = basemap::render_area(Basemap::builtin(), world, origin, w, h, detail, &Palette::light());
    let at = |p: LatLon| {
        let (x, y) = basemap::world_pixel(p.lon, p.lat, world);
        ((x - origin.0) as f32, (y - origin.1) as f32)
    };
    // Text and symbols grow with the image so that a 4K slide reads like a 1080p one.
    let unit = (f64::from(w.min(h)) / 1080.0).max(0.6) as f32;
    let text = Text { font: font() };

    let firm_index: HashMap<&FirmId, usize> = project.firms.iter().enumerate().map(|(i, f)| (&f.id, i)).collect();
    let shown: Vec<&Exchange> = project
        .exchanges
        .iter()
        .filter(|e| options.year.is_none_or(|y| e.active_in(y)))
        .filter(|e| e.status != ExchangeStatus::Rejected)
        .collect();
    let mut links = vec![0usize; project.firms.len()];
    for e in &shown {
        for end in [&e.from, &e.to] {
            if let Some(i) = firm_index.get(end) {
                links[*i] += 1;
            }
        }
    }

    // Exchanges, widest first so that thin lines stay visible on top.
    let max_q = shown.iter().filter_map(|e| e.quantity).fold(0.0_f64, f64::max).max(1e-9);
    let mut order: Vec<&&Exchange> = shown.iter().collect();
    order.sort_by(|a, b| b.quantity.unwrap_or(0.0).total_cmp(&a.quantity.unwrap_or(0.0)));
    let mut kinds_shown = Vec::new();
    for e in order {
        let (Some(a), Some(b)) = (firm_index.get(&e.from), firm_index.get(&e.to)) else { continue };
        let kind = project.material(&e.material).map_or(MaterialKind::Material, |m| m.kind);
        if !kinds_shown.contains(&kind) {
            kinds_shown.push(kind);
        }
        let (a, b) = (at(project.firms[*a].location), at(project.firms[*b].location));
        let alpha = if style::status_is_faded(e.status) { 0.35 } else { 0.9 };
        let width = unit * (1.5 + 4.5 * (e.quantity.unwrap_or(max_q * 0.1) / max_q).sqrt() as f32);
        draw_link(
            &mut pixmap,
            a,
            b,
            width,
            rgba(style::kind_rgb(kind), alpha),
            style::status_is_dashed(e.status),
            unit,
        );
    }

    // Firms: biggest hubs drawn last (on top); labels placed biggest first, never overlapping.
    let max_links = links.iter().copied().max().unwrap_or(0).max(1) as f32;
    let mut by_size: Vec<usize> = (0..project.firms.len()).collect();
    by_size.sort_by_key(|i| std::cmp::Reverse(links[*i]));
    let radius = |i: usize| unit * (5.0 + 7.0 * (links[i] as f32 / max_links).sqrt());
    let mut sectors_shown: Vec<(&'static str, Rgb)> = Vec::new();
    for &i in by_size.iter().rev() {
        let firm = &project.firms[i];
        let (x, y) = at(firm.location);
        let (name, rgb) = style::sector(&firm.nace);
        if !sectors_shown.iter().any(|(n, _)| *n == name) {
            sectors_shown.push((name, rgb));
        }
        if let Some(circle) = PathBuilder::from_circle(x, y, radius(i)) {
            pixmap.fill_path(&circle, &paint(rgba(rgb, 1.0)), FillRule::Winding, Transform::identity(), None);
            let stroke = Stroke { width: 1.2 * unit, ..Stroke::default() };
            pixmap.stroke_path(&circle, &paint(rgba([35, 35, 35], 1.0)), &stroke, Transform::identity(), None);
        }
    }
    let label_px = (15.0 * unit).max(12.0);
    let mut placed: Vec<[f32; 4]> = Vec::new();
    for &i in &by_size {
        let firm = &project.firms[i];
        let (x, y) = at(firm.location);
        let r = radius(i);
        let tw = text.width(&firm.name, label_px);
        // Right of the symbol, else left of it.
        for (lx, ly) in [(x + r + 3.0 * unit, y + label_px * 0.35), (x - r - 3.0 * unit - tw, y + label_px * 0.35)] {
            let rect = [lx, ly - label_px * 0.8, lx + tw, ly + label_px * 0.25];
            let inside = rect[0] >= 0.0 && rect[1] >= 0.0 && rect[2] <= w as f32 && rect[3] <= h as f32;
            let free = placed.iter().all(|p| rect[2] < p[0] || rect[0] > p[2] || rect[3] < p[1] || rect[1] > p[3]);
            if inside && free {
                text.draw(&mut pixmap, &firm.name, (lx, ly), label_px, [20, 20, 20], Some([255, 255, 255]));
                placed.push(rect);
                break;
            }
        }
    }

    // Title.
    let lang = options.lang.as_str();
    let title = options.title.clone().unwrap_or_else(|| match options.year {
        Some(y) => crate::tr!(lang, "map-title-year", name = project.meta.name.as_str(), year = y.to_string()),
        None => project.meta.name.clone(),
    });
    let title_px = 30.0 * unit;
    let pad = 14.0 * unit;
    panel(&mut pixmap, pad, pad, text.width(&title, title_px) + 2.0 * pad, title_px * 1.6);
    text.draw(&mut pixmap, &title, (2.0 * pad, pad + title_px * 1.15), title_px, [10, 10, 10], None);

    // Legend, bottom left.
    sectors_shown.sort_by_key(|(n, _)| *n);
    let legend_px = (14.0 * unit).max(12.0);
    let row = legend_px * 1.5;
    kinds_shown.sort_by_key(|k| k.as_str());
    let statuses: Vec<(String, bool, f32)> =
        [("map-running", false, 0.9), ("map-planned", true, 0.9), ("map-ended", false, 0.35)]
            .into_iter()
            .map(|(key, dashed, alpha)| (crate::i18n::message(lang, key, None), dashed, alpha))
            .collect();
    let rows = 2 + sectors_shown.len() + kinds_shown.len() + statuses.len();
    let legend_w = 260.0 * unit;
    let legend_h = row * rows as f32 + pad;
    let (lx, ly) = (pad, h as f32 - pad - legend_h);
    panel(&mut pixmap, lx, ly, legend_w, legend_h);
    let heading = |key: &str| crate::i18n::message(lang, key, None);
    let mut y = ly + row;
    text.draw(&mut pixmap, &heading("map-legend-sectors"), (lx + pad, y), legend_px, [10, 10, 10], None);
    for (name, rgb) in &sectors_shown {
        y += row;
        if let Some(c) = PathBuilder::from_circle(lx + pad + 7.0 * unit, y - legend_px * 0.35, 6.0 * unit) {
            pixmap.fill_path(&c, &paint(rgba(*rgb, 1.0)), FillRule::Winding, Transform::identity(), None);
        }
        let name = crate::i18n::message(lang, &crate::i18n::sector_key(name), None);
        text.draw(&mut pixmap, &name, (lx + pad + 22.0 * unit, y), legend_px, [30, 30, 30], None);
    }
    y += row;
    text.draw(&mut pixmap, &heading("map-legend-exchanges"), (lx + pad, y), legend_px, [10, 10, 10], None);
    let sample = |pixmap: &mut Pixmap, y: f32, color: Color, dashed: bool| {
        let (a, b) = ((lx + pad, y - legend_px * 0.35), (lx + pad + 30.0 * unit, y - legend_px * 0.35));
        draw_segment(pixmap, a, b, 3.5 * unit, color, dashed, unit);
    };
    for kind in &kinds_shown {
        y += row;
        sample(&mut pixmap, y, rgba(style::kind_rgb(*kind), 0.9), false);
        let kind = crate::i18n::message(lang, &format!("kind-{}", kind.as_str()), None);
        text.draw(&mut pixmap, &kind, (lx + pad + 40.0 * unit, y), legend_px, [30, 30, 30], None);
    }
    for (name, dashed, alpha) in &statuses {
        y += row;
        sample(&mut pixmap, y, rgba(style::GREY, *alpha), *dashed);
        text.draw(&mut pixmap, name, (lx + pad + 40.0 * unit, y), legend_px, [30, 30, 30], None);
    }

    // Scale bar and credits, bottom right.
    let mpp = metres_per_pixel(view.lat, world);
    let (metres, bar_px) = scale_bar(mpp, 160.0 * f64::from(unit));
    let credit_px = (12.0 * unit).max(11.0);
    let credits = crate::tr!(lang, "map-credits", basemap = basemap::credits(lang));
    let cw = text.width(&credits, credit_px);
    let (bx, by) = (w as f32 - pad - bar_px as f32, h as f32 - pad - credit_px * 2.6);
    let label = crate::i18n::sources::distance(lang, metres);
    panel(&mut pixmap, bx - pad, by - legend_px * 1.6, bar_px as f32 + 2.0 * pad, legend_px * 2.2);
    let black = rgba([20, 20, 20], 1.0);
    draw_segment(&mut pixmap, (bx, by), (bx + bar_px as f32, by), 3.0 * unit, black, false, unit);
    for tick in [bx, bx + bar_px as f32] {
        draw_segment(&mut pixmap, (tick, by - 6.0 * unit), (tick, by + 1.0), 2.0 * unit, black, false, unit);
    }
    let lw = text.width(&label, legend_px);
    text.draw(&mut pixmap, &label, (bx + (bar_px as f32 - lw) / 2.0, by - 5.0 * unit), legend_px, [10, 10, 10], None);
    panel(
        &mut pixmap,
        w as f32 - cw - 2.0 * pad,
        h as f32 - credit_px * 1.8 - pad / 2.0,
        cw + pad * 1.5,
        credit_px * 1.8,
    );
    let credits_at = (w as f32 - cw - 1.25 * pad, h as f32 - pad / 2.0 - credit_px * 0.5);
    text.draw(&mut pixmap, &credits, credits_at, credit_px, [40, 40, 40], None);
    pixmap
}

/// A white, slightly transparent box behind text.
fn panel(pixmap: &mut Pixmap, x: f32, y: f32, w: f32, h: f32) {
    if let Some(rect) = tiny_skia::Rect::from_xywh(x, y, w.max(1.0), h.max(1.0)) {
        pixmap.fill_rect(rect, &paint(Color::from_rgba8(255, 255, 255, 225)), Transform::identity(), None);
    }
}

fn draw_segment(pixmap: &mut Pixmap, a: (f32, f32), b: (f32, f32), width: f32, color: Color, dashed: bool, unit: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(a.0, a.1);
    pb.line_to(b.0, b.1);
    let Some(path) = pb.finish() else { return };
    let mut stroke = Stroke { width, line_cap: tiny_skia::LineCap::Round, ..Stroke::default() };
    if dashed {
        stroke.dash = StrokeDash::new(vec![10.0 * unit, 7.0 * unit], 0.0);
        stroke.line_cap = tiny_skia::LineCap::Butt;
    }
    pixmap.stroke_path(&path, &paint(color), &stroke, Transform::identity(), None);
}

/// An exchange: a line from supplier to receiver with an arrow head at the receiver.
fn draw_link(pixmap: &mut Pixmap, a: (f32, f32), b: (f32, f32), width: f32, color: Color, dashed: bool, unit: f32) {
    draw_segment(pixmap, a, b, width, color, dashed, unit);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 30.0 * unit {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let size = 8.0 * unit + width;
    let tip = (b.0 - ux * 10.0 * unit, b.1 - uy * 10.0 * unit);
    let mut pb = PathBuilder::new();
    pb.move_to(tip.0, tip.1);
    pb.line_to(tip.0 - ux * size - uy * size * 0.5, tip.1 - uy * size + ux * size * 0.5);
    pb.line_to(tip.0 - ux * size + uy * size * 0.5, tip.1 - uy * size - ux * size * 0.5);
    pb.close();
    if let Some(path) = pb.finish() {
        pixmap.fill_path(&path, &paint(color), FillRule::Winding, Transform::identity(), None);
    }
}

/// The map image as PNG bytes.
pub fn png(project: &ProjectData, options: &MapImageOptions) -> Result<Vec<u8>, String> {
    render(project, options).encode_png().map_err(|e| format!("could not encode the map image: {e}"))
}

/// Writes `map.png` into `dir` (atomically), confidential flows left out unless included.
pub fn export_png(
    project: &ProjectData,
    dir: &std::path::Path,
    include_confidential: bool,
    options: &MapImageOptions,
) -> Result<ExportSummary, ExportError> {
    crate::core::guard::heavy("a map image export");
    let (data, confidential_left_out) = export::visible(project, include_confidential);
    let path = dir.join("map.png");
    let bytes = png(&data, options).map_err(ExportError::Render)?;
    output::write_atomic(&path, &bytes).map_err(ExportError::Write)?;
    Ok(ExportSummary { files: vec![path], confidential_left_out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_bad_ones_are_explained() {
        assert_eq!(parse_size("1920x1080"), Ok((1920, 1080)));
        assert_eq!(parse_size(" 800X600 "), Ok((800, 600)));
        assert!(parse_size("1920").unwrap_err().contains("WIDTHxHEIGHT"));
        assert!(parse_size("10x10").unwrap_err().contains("200 to 8192"));
        assert!(parse_size("99999x1000").unwrap_err().contains("200 to 8192"));
    }

    #[test]
    fn scale_bars_are_round_and_fit() {
        let (m, px) = scale_bar(10.0, 160.0);
        assert_eq!(m, 1000.0);
        assert!((px - 100.0).abs() < 1e-9);
        let (m, px) = scale_bar(3.3, 160.0);
        assert_eq!(m, 500.0);
        assert!(px <= 160.0);
        assert_eq!(crate::i18n::sources::distance("en", 2000.0), "2 km");
        assert_eq!(crate::i18n::sources::distance("ru", 2000.0), "2 км");
        assert_eq!(crate::i18n::sources::distance("en", 500.0), "500 m");
    }

    #[test]
    fn metres_per_pixel_follow_web_mercator() {
        // Zoom 0, equator: the whole world (40,075 km) over 256 px.
        assert!((metres_per_pixel(0.0, 256.0) - 156_543.034).abs() < 0.01);
        // Half as many metres per pixel at 60 degrees north.
        assert!((metres_per_pixel(60.0, 256.0) - 78_271.517).abs() < 0.01);
    }
}
