//! The About & tour pane: what the project is, where its facts come from, its guided tour, and
//! whether greenfield matching would have found the documented park.

use egui::RichText;

use crate::core::matching::group_thousands;
use crate::core::model::*;
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
                RichText::new(
                    "Illustrative sample: flows whose source says 'illustrative' are invented for the exercise.",
                )
                .strong()
                .color(colors::VERMILION),
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
        RichText::new(format!(
            "Computed here for the {} existing exchanges in {}: {} t CO2 avoided per year; {} t materials, {} MWh energy and {} m3 water exchanged per year (each exchange's share of one allocation to its flows; known or flow-based quantities, simple emission factors)",
            links.len(),
            year.map_or("this year".to_string(), |y| y.to_string()),
            group_thousands(co2),
            group_thousands(sum(Unit::Tonne)),
            group_thousands(sum(Unit::Mwh)),
            group_thousands(sum(Unit::CubicMetre))
        ))
        .strong(),
    );
        let tour = meta.tour_in(lang);
        if !tour.is_empty() {
            ui.separator();
            ui.label(RichText::new("Guided tour").strong());
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
                if ui.add_enabled(self.step > 0, egui::Button::new("Back")).clicked() {
                    self.step -= 1;
                }
                ui.label(format!("step {} of {}", self.step + 1, tour.len()));
                if ui.add_enabled(self.step + 1 < tour.len(), egui::Button::new("Next")).clicked() {
                    self.step += 1;
                }
            });
        }
        ui.separator();
        ui.horizontal(|ui| {
            let running = state.jobs.rediscovery.is_some();
            if ui
                .add_enabled(!running, egui::Button::new("Would the matcher have found this park?"))
                .on_hover_text(
                    "Greenfield matching (existing exchanges ignored), compared with the documented exchanges",
                )
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
