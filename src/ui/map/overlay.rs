//! What is drawn over the map: zoom controls, the legend, the scale bar, the credits the
//! basemap and place names need, and the progress of a matching run.

use egui::{Color32, RichText};

use super::MapPanel;
use super::layer;
use crate::core::model::*;
use crate::t;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

/// Controls, legend, scale bar and credits drawn over the map.
pub(super) fn show(
    map: &mut MapPanel,
    ctx: &mut AppContext<'_>,
    ui: &mut egui::Ui,
    rect: egui::Rect,
    salt: &'static str,
    mpp: f64,
) {
    let dark = ui.visuals().dark_mode;
    let frame = egui::Frame::popup(ui.style()).inner_margin(6.0);
    egui::Area::new(egui::Id::unique(("map-controls", salt)))
        .fixed_pos(rect.right_top() + egui::vec2(-160.0, 10.0))
        .show(ui.ctx(), |ui| {
            frame.show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.button(RichText::new(" + ").size(18.0)).on_hover_text(t!("ui-zoom-in")).clicked() {
                        let _ = map.memory.zoom_in();
                    }
                    if ui.button(RichText::new(" - ").size(18.0)).on_hover_text(t!("ui-zoom-out")).clicked() {
                        let _ = map.memory.zoom_out();
                    }
                    if ui
                        .button(RichText::new(t!("ui-fit")).size(16.0))
                        .on_hover_text(t!("ui-zoom-to-project"))
                        .clicked()
                    {
                        ctx.send(Command::ZoomToProject);
                    }
                });
            });
        });
    // On the projector the legend is large and open at the top left; on the desk it sits above
    // the scale bar, folded where the map pane is too small for it.
    let projecting = super::projecting(ctx, salt);
    let (pivot, legend_at, legend_width) = if projecting {
        (egui::Align2::LEFT_TOP, rect.left_top() + egui::vec2(12.0, 12.0), 340.0)
    } else {
        (egui::Align2::LEFT_BOTTOM, rect.left_bottom() + egui::vec2(12.0, -56.0), 210.0)
    };
    let area = egui::Area::new(egui::Id::unique(("map-legend", salt))).pivot(pivot).fixed_pos(legend_at);
    area.show(ui.ctx(), |ui| {
        frame.show(ui, |ui| {
            ui.set_width(legend_width);
            let second = if projecting { ctx.state.second_lang } else { None };
            let header = egui::CollapsingHeader::new(RichText::new(crate::i18n::both("ui-legend", second)).strong())
                .id_salt(("legend", salt))
                .default_open(projecting || rect.height() > 700.0);
            let header = if projecting { header.open(Some(true)) } else { header };
            header.show(ui, |ui| legend_ui(ui, second));
        });
    });
    credits_and_scale(map, ctx, ui, rect, mpp, dark, &frame, salt);
}

/// The legend's entries: material kinds, exchange styles, candidates and sectors.
/// `second`: the second language of a bilingual presentation, written beside the first.
fn legend_ui(ui: &mut egui::Ui, second: Option<&'static str>) {
    let both = |key: &str| crate::i18n::both(key, second);
    for (label, kind) in [
        (both("ui-energy"), MaterialKind::Energy),
        (both("ui-water"), MaterialKind::Water),
        (both("ui-materials"), MaterialKind::Material),
    ] {
        ui.horizontal(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(28.0, 12.0), egui::Sense::hover());
            ui.painter()
                .line_segment([r.left_center(), r.right_center()], egui::Stroke::new(4.0, layer::kind_color(kind)));
            ui.label(label);
        });
    }
    // A sentence, not a name: the second language on a line of its own.
    let styles = "ui-solid-realised-dashed-proposed-agreed-faded";
    ui.label(RichText::new(t!(styles)).small());
    if let Some(lang) = second.filter(|s| *s != crate::i18n::ui_language()) {
        ui.label(RichText::new(crate::i18n::message(lang, styles, None)).small().italics());
    }
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(28.0, 12.0), egui::Sense::hover());
        ui.painter().extend(egui::Shape::dotted_line(
            &[r.left_center(), r.right_center()],
            layer::colors::PURPLE,
            6.0,
            1.5,
        ));
        ui.label(both("ui-candidate"));
    });
    ui.separator();
    for nace in layer::SECTORS {
        let (name, color) = layer::sector(nace);
        ui.horizontal(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter().circle_filled(r.center(), 6.0, color);
            ui.label(RichText::new(both(&crate::i18n::sector_key(name))).small());
        });
    }
}

/// The scale bar, the credits and the progress of a matching run.
#[allow(clippy::too_many_arguments)]
fn credits_and_scale(
    map: &MapPanel,
    ctx: &AppContext<'_>,
    ui: &mut egui::Ui,
    rect: egui::Rect,
    mpp: f64,
    dark: bool,
    frame: &egui::Frame,
    salt: &'static str,
) {
    // Scale bar, for the latitude of the map centre.
    if mpp.is_finite() && mpp > 0.0 {
        let target = mpp * 120.0;
        let magnitude = 10f64.powf(target.log10().floor());
        let nice = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).rfind(|&v| v <= target).unwrap_or(magnitude);
        let width = (nice / mpp) as f32;
        let origin = rect.left_bottom() + egui::vec2(16.0, -34.0);
        let painter = ui.painter();
        let ink = if dark { Color32::WHITE } else { Color32::BLACK };
        painter.rect_filled(
            egui::Rect::from_min_size(origin - egui::vec2(6.0, 20.0), egui::vec2(width + 12.0, 30.0)),
            3.0,
            if dark { Color32::from_black_alpha(170) } else { Color32::from_white_alpha(200) },
        );
        painter.line_segment([origin, origin + egui::vec2(width, 0.0)], egui::Stroke::new(3.0, ink));
        for x in [0.0, width] {
            painter
                .line_segment([origin + egui::vec2(x, -6.0), origin + egui::vec2(x, 4.0)], egui::Stroke::new(2.0, ink));
        }
        let label = crate::i18n::sources::distance(crate::i18n::ui_language(), nice);
        painter.text(
            origin + egui::vec2(width / 2.0, -8.0),
            egui::Align2::CENTER_BOTTOM,
            label,
            egui::FontId::proportional(13.0),
            ink,
        );
    }
    // Credits: the basemap and place names need them; walkers draws none.
    let credits = match (&map.online, &map.mbtiles) {
        // The built-in basemap shows through wherever the chosen source has no tile.
        (Some(_), _) => t!("ui-credits-online", basemap = crate::basemap::credits(crate::i18n::ui_language())),
        (None, Some(m)) => t!(
            "ui-credits-mbtiles",
            name = m.source.name.clone(),
            attribution = m.source.attribution.clone(),
            basemap = crate::basemap::credits(crate::i18n::ui_language())
        ),
        (None, None) => t!("ui-credits", basemap = crate::basemap::credits(crate::i18n::ui_language())),
    };
    let painter = ui.painter();
    let galley = painter.layout_no_wrap(
        credits,
        egui::FontId::proportional(12.0),
        if dark { Color32::from_gray(220) } else { Color32::from_gray(40) },
    );
    let at = rect.right_bottom() - galley.size() - egui::vec2(6.0, 4.0);
    painter.rect_filled(
        egui::Rect::from_min_size(at - egui::vec2(4.0, 2.0), galley.size() + egui::vec2(8.0, 4.0)),
        2.0,
        if dark { Color32::from_black_alpha(170) } else { Color32::from_white_alpha(210) },
    );
    painter.galley(at, galley, Color32::PLACEHOLDER);
    if let Some(job) = &ctx.state.jobs.matching {
        egui::Area::new(egui::Id::unique(("match-progress", salt)))
            .fixed_pos(rect.center_top() + egui::vec2(-140.0, 12.0))
            .show(ui.ctx(), |ui| {
                frame.show(ui, |ui| {
                    let done = job.done();
                    ui.add(
                        egui::ProgressBar::new(done as f32 / job.total().max(1) as f32)
                            .text(t!("ui-matching-progress", done = done, total = job.total()))
                            .desired_width(280.0),
                    );
                });
            });
    }
}
