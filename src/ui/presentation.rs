//! Presentation mode, for a facilitator projecting the park at a round table: full screen, big
//! high-contrast text, no editing chrome, headline figures and a large legend; confidential
//! flows hidden, and firm names replaced by "Firm A (Energy)" where names must stay private.

use egui::{Color32, FontId, RichText, TextStyle};

use super::command::Command;
use super::map::MapPanel;
use super::map::layer::{MapIndex, sector};
use super::state::AppContext;
use super::windows::Window;
use crate::core::model::*;
use crate::t;

/// What the projector shows: the project without confidential flows, names anonymised if asked.
pub struct PresentedProject {
    pub data: std::sync::Arc<ProjectData>,
    pub index: MapIndex,
}

/// "A", "B", ..., "Z", "AA", "AB", ...
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

impl PresentedProject {
    pub fn new(project: &ProjectData, anonymise: bool) -> Self {
        let (mut data, _) = crate::core::export::visible(project, false);
        if anonymise {
            for (i, firm) in data.firms.iter_mut().enumerate() {
                let (sector, _) = sector(&firm.nace);
                firm.name = format!("Firm {} ({sector})", letters(i));
                firm.notes.clear();
                firm.address.clear();
            }
        }
        let index = MapIndex::new(&data);
        Self { data: std::sync::Arc::new(data), index }
    }
}

/// Headline figures of the park now (or in `year`): what a room wants to know at a glance.
pub struct Headline {
    pub firms: usize,
    pub exchanges: usize,
    pub tonnes: f64,
    pub co2_avoided_t: f64,
}

impl Headline {
    pub fn of(links: &[crate::core::indicators::NetworkLink]) -> Self {
        let firms: std::collections::HashSet<&FirmId> = links.iter().flat_map(|l| [&l.from, &l.to]).collect();
        Headline {
            firms: firms.len(),
            exchanges: links.len(),
            tonnes: links.iter().filter(|l| l.unit == Unit::Tonne).map(|l| l.quantity).sum(),
            co2_avoided_t: links.iter().map(|l| l.co2_avoided_t).sum(),
        }
    }
}

/// Projector text sizes on a style: body text 26 points, readable from the back of a room.
pub fn projector_text(style: &mut egui::Style) {
    style.text_styles = [
        (TextStyle::Heading, FontId::proportional(40.0)),
        (TextStyle::Body, FontId::proportional(26.0)),
        (TextStyle::Button, FontId::proportional(26.0)),
        (TextStyle::Monospace, FontId::monospace(24.0)),
        (TextStyle::Small, FontId::proportional(22.0)),
    ]
    .into();
    style.spacing.interact_size.y = 40.0;
}

/// Text sizes for a projector: body text 26 points, readable from the back of a room at 1080p.
pub fn projector_style(ctx: &egui::Context) {
    ctx.global_style_mut(projector_text);
    // Black on white: contrast 21:1 (>= 7:1 needed).
    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(Color32::BLACK);
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    ctx.set_visuals(visuals);
}

/// The desk style, restored after presenting.
pub fn desk_style(ctx: &egui::Context, dark: bool) {
    ctx.global_style_mut(|style| {
        let defaults = egui::Style::default();
        style.text_styles = defaults.text_styles.clone();
        style.spacing.interact_size = defaults.spacing.interact_size;
    });
    ctx.set_visuals(if dark { egui::Visuals::dark() } else { egui::Visuals::light() });
}

/// The headline bar across the top of the projected view; with a `second` language, each label
/// is written in it too, under the first.
pub fn headline_ui(
    ui: &mut egui::Ui,
    name: &str,
    headline: &Headline,
    year: Option<i32>,
    second: Option<&'static str>,
) {
    let second = second.filter(|s| *s != crate::i18n::ui_language());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).heading().strong());
        if let Some(y) = year {
            let mut text = t!("ui-in-year", year = y.to_string());
            if let Some(lang) = second {
                text = format!("{text} / {}", crate::tr!(lang, "ui-in-year", year = y.to_string()));
            }
            ui.label(RichText::new(text).heading());
        }
    });
    // The four figures side by side, each in a quarter of the width, so that long words
    // (Russian, Finnish) wrap between words within their own figure.
    let kt = |t: f64| format!("{} {}", crate::i18n::ui_number(t / 1000.0, 0), t!("ui-unit-kt"));
    let figures = [
        (headline.firms.to_string(), "ui-firms-linked"),
        (headline.exchanges.to_string(), "ui-headline-exchanges"),
        (kt(headline.tonnes), "ui-materials-per-year"),
        (kt(headline.co2_avoided_t), "ui-co2-avoided-per-year"),
    ];
    ui.columns(figures.len(), |columns| {
        for (ui, (value, key)) in columns.iter_mut().zip(figures) {
            ui.horizontal(|ui| {
                ui.label(RichText::new(value).heading().strong());
                ui.vertical(|ui| {
                    ui.label(t!(key));
                    if let Some(lang) = second {
                        ui.label(RichText::new(crate::i18n::message(lang, key, None)).italics());
                    }
                });
            });
        }
    });
}

/// The projected view: headline figures, the map, a large legend, the timeline.
pub fn presentation_ui(ctx: &mut AppContext<'_>, ui: &mut egui::Ui, map: &mut MapPanel) {
    let state = ctx.state;
    let name = state.data().map_or(String::new(), |d| d.meta.name.clone());
    egui::Panel::top("headline").show(ui, |ui| {
        ui.horizontal(|ui| {
            if ui.button(t!("ui-quick-entry-ctrl-e")).clicked() {
                ctx.send(Command::OpenWindow(Window::Quick));
            }
            if ui.button(t!("ui-exit-presentation-f11")).clicked() {
                ctx.send(Command::Present(false));
            }
            let mut anonymise = state.anonymise;
            if ui.checkbox(&mut anonymise, t!("ui-anonymise-firms")).changed() {
                ctx.send(Command::Anonymise(anonymise));
            }
            second_language_ui(ctx, ui);
        });
        if state.presenting.is_some() {
            let year = state.eval_year();
            let headline = Headline::of(&state.existing_links(year));
            headline_ui(ui, &name, &headline, year, state.second_lang);
        }
    });
    if state.presenting.is_some() {
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| map.ui(ctx, ui, "desk"));
    }
}

/// The presentation menu's choice of a second language, written beside the first.
fn second_language_ui(ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
    let second = ctx.state.second_lang;
    let name = |lang: Option<&'static str>| {
        lang.map_or(t!("ui-second-language-none"), |l| crate::i18n::language_name(l).to_string())
    };
    ui.label(t!("ui-second-language"));
    egui::ComboBox::from_id_salt("second-language").selected_text(name(second)).show_ui(ui, |ui| {
        let mut chosen = second;
        ui.selectable_value(&mut chosen, None, name(None));
        for code in crate::i18n::LANGUAGES.iter().filter(|c| **c != ctx.state.lang) {
            ui.selectable_value(&mut chosen, Some(*code), name(Some(code)));
        }
        if chosen != second {
            ctx.send(Command::SecondLanguage(chosen));
        }
    });
}

/// The projector window of the presenter view (its own display), beside the desk's controls.
pub fn projector_viewport(ctx: &mut AppContext<'_>, egui_ctx: &egui::Context, map: &mut MapPanel) {
    let id = egui::ViewportId::from_hash_of("projector");
    let builder =
        egui::ViewportBuilder::default().with_title("Symbiosis Explorer – projector").with_inner_size([1280.0, 720.0]);
    let mut close = false;
    egui_ctx.show_viewport_immediate(id, builder, |ui, _class| {
        if ui.ctx().input(|i| i.viewport().close_requested()) {
            close = true;
        }
        projector_text(ui.style_mut());
        let state = ctx.state;
        let name = state.data().map_or(String::new(), |d| d.meta.name.clone());
        egui::Panel::top("projector-headline").show(ui, |ui| {
            let year = state.eval_year();
            let headline = Headline::of(&state.existing_links(year));
            headline_ui(ui, &name, &headline, year, state.second_lang);
        });
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| map.ui(ctx, ui, "projector"));
    });
    if close {
        ctx.send(Command::PresenterView(false));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_count_like_spreadsheet_columns() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }
}
