//! The About & tour pane: what the project is, where its facts come from, its guided tour, and
//! whether greenfield matching would have found the documented park.

use egui::RichText;

use crate::core::model::*;
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

#[derive(Default)]
pub struct TourPanel {
    /// The guided tour's current step.
    pub step: usize,
}

/// What the project is, where its facts come from, and its guided tour.
impl TourPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let state = ctx.state;
        let year = state.eval_year();
        let links = state.existing_links(year);
        let Some(data) = state.data() else { return };
        let meta = &data.meta;
        ui.heading(&meta.name);
        if !meta.region.is_empty() {
            ui.label(RichText::new(&meta.region).italics());
        }
        if meta.description.to_uppercase().starts_with("ILLUSTRATIVE") {
            ui.label(
                RichText::new(t!("ui-illustrative-sample-flows-whose-source-says")).strong().color(colors::VERMILION),
            );
        }
        // The description and tour in the app's language where the project has them.
        let lang = state.lang;
        ui.label(meta.description_in(lang));
        // This app's own figures, to set beside published ones (see the tour for why they differ).
        if !state.links_ready(year) {
            ui.spinner();
        }
        let sum = |unit: Unit| links.iter().filter(|l| l.unit == unit).map(|l| l.quantity).sum::<f64>();
        let co2: f64 = links.iter().map(|l| l.co2_avoided_t).sum();
        ui.label(
            RichText::new(t!(
                "ui-tour-computed-here",
                count = links.len(),
                year = year.map_or(t!("ui-this-year"), |y| y.to_string()),
                co2 = shown(co2),
                tonnes = shown(sum(Unit::Tonne)),
                mwh = shown(sum(Unit::Mwh)),
                m3 = shown(sum(Unit::CubicMetre))
            ))
            .strong(),
        );
        let tour = meta.tour_in(lang);
        if !tour.is_empty() {
            ui.separator();
            ui.label(RichText::new(t!("ui-guided-tour")).strong());
            self.step = self.step.min(tour.len() - 1);
            for (i, step) in tour.iter().enumerate() {
                let text = RichText::new(format!("{}. {step}", i + 1));
                ui.label(if i == self.step {
                    text.strong().background_color(colors::YELLOW.gamma_multiply(0.35))
                } else {
                    text.weak()
                });
            }
            ui.horizontal(|ui| {
                if ui.add_enabled(self.step > 0, egui::Button::new(t!("ui-back"))).clicked() {
                    self.step -= 1;
                }
                ui.label(t!("ui-step-of", step = self.step + 1, total = tour.len()));
                if ui.add_enabled(self.step + 1 < tour.len(), egui::Button::new(t!("ui-next"))).clicked() {
                    self.step += 1;
                }
            });
        }
        ui.separator();
        ui.horizontal(|ui| {
            let running = state.jobs.rediscovery.is_some();
            if ui
                .add_enabled(!running, egui::Button::new(t!("ui-would-the-matcher-have-found-this")))
                .on_hover_text(t!("ui-greenfield-matching-existing-exchanges-ignored-compared"))
                .clicked()
            {
                ctx.send(Command::Rediscover);
            }
            if running {
                ui.spinner();
            }
        });
        if let Some(text) = &state.rediscovery {
            ui.label(text);
        }
    }
}
