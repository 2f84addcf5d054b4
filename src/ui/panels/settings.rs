//! The Settings pane: evaluation year, currency and every evaluation parameter with its
//! source, as undoable edits; the materials catalogue with its factors and their sources.

use egui::RichText;

use crate::core::history::Edit;
use crate::core::model::*;
use crate::t;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

#[derive(Default)]
pub struct SettingsPanel;

impl SettingsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(data) = ctx.data() else { return };
        ui.heading(t!("ui-evaluation"));
        let mut meta = data.meta.clone();
        egui::Grid::new("evaluation-meta").num_columns(2).show(ui, |ui| {
            ui.label(t!("ui-evaluation-year"));
            ui.horizontal(|ui| {
                let mut fixed = meta.evaluation_year.is_some();
                if ui
                    .checkbox(&mut fixed, t!("ui-year-fixed"))
                    .on_hover_text(t!("ui-unticked-the-park-is-evaluated-as"))
                    .changed()
                {
                    meta.evaluation_year = fixed.then(current_year);
                }
                if let Some(year) = &mut meta.evaluation_year {
                    ui.add(egui::DragValue::new(year).range(PLAUSIBLE_YEARS));
                } else {
                    ui.label(t!("ui-this-year-is", year = current_year().to_string()));
                }
            });
            ui.end_row();
            ui.label(t!("ui-currency"));
            egui::ComboBox::from_id_salt("project-currency")
                .selected_text(meta.currency.clone())
                .show_ui(ui, |ui| {
                    for code in crate::core::params::CURRENCIES {
                        let rate = data
                            .params
                            .rate(code)
                            .map_or(String::new(), |r| format!(" ({})", t!("ui-per-eur", rate = r.value)));
                        ui.selectable_value(&mut meta.currency, code.to_string(), format!("{code}{rate}"));
                    }
                })
                .response
                .on_hover_text(t!("ui-every-money-figure-is-shown-in"));
            ui.end_row();
        });
        if meta != data.meta {
            ctx.send(Command::Apply(Edit::SetMeta { before: Box::new(data.meta.clone()), after: Box::new(meta) }));
        }
        ui.separator();
        ui.heading(t!("ui-evaluation-parameters"));
        ui.label(t!("ui-each-value-with-its-source-an"));
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
                ui.label(RichText::new(if source.is_empty() { t!("assumption") } else { source.to_string() }).weak());
                ui.end_row();
            }
        });
        ui.separator();
        ui.heading(t!("ui-materials"));
        egui::Grid::new("materials").striped(true).num_columns(6).show(ui, |ui| {
            for m in &data.materials {
                ui.label(&m.name);
                ui.label(format!("{} · {}", m.unit, m.transport));
                ui.label(t!("ui-max-km", km = m.max_distance_km.value));
                ui.label(t!("ui-material-factors", virgin = m.ef_virgin.value, disposal = m.ef_disposal.value))
                    .on_hover_text(t!(
                        "ui-material-factors-sources",
                        virgin = m.ef_virgin.source.clone(),
                        disposal = m.ef_disposal.source.clone(),
                        price = m.virgin_price.value,
                        price_source = m.virgin_price.source.clone(),
                        cost = m.disposal_cost.value,
                        route = m.disposal_route.to_string(),
                        cost_source = m.disposal_cost.source.clone()
                    ));
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
