//! The Settings pane: evaluation year, currency and every evaluation parameter with its
//! source, as undoable edits; the materials catalogue with its factors and their sources.

use egui::RichText;

use crate::core::history::Edit;
use crate::core::model::*;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

#[derive(Default)]
pub struct SettingsPanel;

impl SettingsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(data) = ctx.data() else { return };
        ui.heading("Evaluation");
        let mut meta = data.meta.clone();
        egui::Grid::new("evaluation-meta").num_columns(2).show(ui, |ui| {
            ui.label("Evaluation year");
            ui.horizontal(|ui| {
                let mut fixed = meta.evaluation_year.is_some();
                if ui
                    .checkbox(&mut fixed, "fixed")
                    .on_hover_text("Unticked: the park is evaluated as it stands this year")
                    .changed()
                {
                    meta.evaluation_year = fixed.then(current_year);
                }
                if let Some(year) = &mut meta.evaluation_year {
                    ui.add(egui::DragValue::new(year).range(PLAUSIBLE_YEARS));
                } else {
                    ui.label(format!("this year ({})", current_year()));
                }
            });
            ui.end_row();
            ui.label("Currency");
            egui::ComboBox::from_id_salt("project-currency")
                .selected_text(meta.currency.clone())
                .show_ui(ui, |ui| {
                    for code in crate::core::params::CURRENCIES {
                        let rate = data.params.rate(code).map_or(String::new(), |r| format!(" ({} per EUR)", r.value));
                        ui.selectable_value(&mut meta.currency, code.to_string(), format!("{code}{rate}"));
                    }
                })
                .response
                .on_hover_text(
                    "Every money figure is shown in it; catalogue and parameter values (EUR) are converted at fx.CODE",
                );
            ui.end_row();
        });
        if meta != data.meta {
            ctx.send(Command::Apply(Edit::SetMeta { before: Box::new(data.meta.clone()), after: Box::new(meta) }));
        }
        ui.separator();
        ui.heading("Evaluation parameters");
        ui.label("Each value with its source; an edited value is saved (one undo step) with the source \"edited in Symbiosis Explorer\". Money parameters are in EUR.");
        let rows = data.params.to_rows();
        let mut change = None;
        egui::Grid::new("params").striped(true).num_columns(3).show(ui, |ui| {
            for (key, value, source) in &rows {
                ui.label(key);
                let mut v = *value;
                let r = ui.add(egui::DragValue::new(&mut v).speed((value.abs() * 0.01).max(0.001)).max_decimals(5));
                if ((r.changed() && !r.dragged()) || r.drag_stopped()) && v != *value {
                    change = Some((key.clone(), (*value, source.clone()), v));
                }
                ui.label(RichText::new(if source.is_empty() { "assumption" } else { source }).weak());
                ui.end_row();
            }
        });
        ui.separator();
        ui.heading("Materials");
        egui::Grid::new("materials").striped(true).num_columns(6).show(ui, |ui| {
            for m in &data.materials {
                ui.label(&m.name);
                ui.label(format!("{} · {}", m.unit, m.transport));
                ui.label(format!("max {} km", m.max_distance_km.value));
                ui.label(format!("EF virgin {} · disposal {}", m.ef_virgin.value, m.ef_disposal.value)).on_hover_text(
                    format!(
                        "EF virgin: {}\nEF disposal: {}\nprice {} EUR: {}\ndisposal {} EUR ({}): {}",
                        m.ef_virgin.source,
                        m.ef_disposal.source,
                        m.virgin_price.value,
                        m.virgin_price.source,
                        m.disposal_cost.value,
                        m.disposal_route,
                        m.disposal_cost.source
                    ),
                );
                // What unit conversions the material allows, and on what grounds.
                let factors: Vec<String> = [
                    m.density_t_per_m3.as_ref().map(|d| format!("{} t/m3", d.value)),
                    m.energy_mwh_per_t.as_ref().map(|e| format!("{:.3} MWh/t", e.value)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let sources: Vec<&str> = [&m.density_t_per_m3, &m.energy_mwh_per_t]
                    .into_iter()
                    .flatten()
                    .map(|s| s.source.as_str())
                    .collect();
                ui.label(factors.join(" · ")).on_hover_text(sources.join("\n"));
                ui.label(RichText::new(&m.ef_virgin.source).weak());
                ui.end_row();
            }
        });
        if let Some((key, before, value)) = change {
            let after = (value, crate::core::history::EDITED_SOURCE.to_string());
            ctx.send(Command::Apply(Edit::SetParameter { key, before, after }));
        }
    }
}
