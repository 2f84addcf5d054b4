//! The Candidates table: run matching or the optimal allocation (both in the background), filter
//! and sort what they found, propose one, and ask why a candidate (or any pair) scores as it does.

use egui::RichText;

use super::{breakdown_ui, header};
use crate::core::matching::Candidate;
use crate::core::model::*;
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::{Pick, colors};
use crate::ui::state::AppContext;

/// Rows laid out at most (filter to narrow).
const SHOWN: usize = 200;

/// The sort orders' message keys.
const SORTS: [&str; 5] = ["ui-sort-score", "ui-sort-co2", "ui-sort-benefit", "ui-sort-distance", "ui-sort-quantity"];

/// What the shown rows depend on: the candidates (count, first pair), filter and sort.
type RowsKey = (usize, usize, String, usize);

#[derive(Default)]
pub struct CandidatesPanel {
    pub greenfield: bool,
    /// Offer product flows to matching too (they earn no credit).
    pub include_products: bool,
    filter: String,
    sort: usize,
    /// The shown rows (indexes into the candidates) for the candidates, filter and sort they
    /// were made for.
    rows: Option<(RowsKey, Vec<usize>)>,
    why_not: (String, String),
}

impl CandidatesPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let state = ctx.state;
        ui.horizontal_wrapped(|ui| {
            if state.jobs.matching.is_some() {
                if ui.button(t!("ui-cancel-matching")).clicked() {
                    ctx.send(Command::CancelMatching);
                }
                ui.spinner();
            } else if ui.button(RichText::new(t!("ui-run-matching")).strong()).clicked() {
                ctx.send(Command::StartMatching {
                    greenfield: self.greenfield,
                    include_products: self.include_products,
                });
            }
            ui.checkbox(&mut self.greenfield, t!("ui-greenfield-ignore-existing-exchanges"));
            if state.jobs.optimise.is_some() {
                if ui.button(t!("ui-cancel-optimising")).clicked() {
                    ctx.send(Command::CancelOptimise);
                }
                ui.spinner();
            } else if ui
                .button(t!("ui-optimise"))
                .on_hover_text(t!("ui-the-allocation-with-the-largest-total"))
                .clicked()
            {
                ctx.send(Command::StartOptimise { include_products: self.include_products });
            }
            ui.checkbox(&mut self.include_products, t!("ui-include-products"))
                .on_hover_text(t!("ui-also-offer-flows-whose-role-is"));
        });
        let currency = state.currency();
        if let Some(o) = &state.optimal {
            let what = if o.gap > 0.0 {
                t!("ui-best-allocation-within", gap = crate::i18n::ui_number(o.gap * 100.0, 1))
            } else {
                t!("ui-optimal-allocation")
            };
            ui.label(
                RichText::new(t!(
                    "ui-allocation-summary",
                    what = what,
                    count = o.arcs,
                    co2 = shown(o.co2_avoided_t),
                    benefit = shown(o.net_benefit),
                    currency = currency.to_string()
                ))
                .strong(),
            );
        }
        ui.collapsing(t!("ui-why-not-explain-any-pair-of"), |ui| {
            ui.horizontal(|ui| {
                ui.label(t!("ui-supply-flow-id"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.why_not.0)
                        .hint_text(t!("ui-supply-flow-id"))
                        .desired_width(60.0),
                );
                ui.label(t!("ui-demand-flow-id"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.why_not.1)
                        .hint_text(t!("ui-demand-flow-id"))
                        .desired_width(60.0),
                );
                if ui.button(t!("ui-why-not")).clicked() {
                    let parse = |s: &str| {
                        s.trim()
                            .parse::<i64>()
                            .map(FlowId)
                            .map_err(|_| t!("ui-not-a-flow-id", text = s.trim().to_string()))
                    };
                    match parse(&self.why_not.0).and_then(|s| Ok((s, parse(&self.why_not.1)?))) {
                        Ok((supply, demand)) => ctx.send(self.explain(supply, demand)),
                        Err(e) => ctx.error(e),
                    }
                }
            });
        });
        if state.candidates.is_empty() {
            ui.label(t!("ui-no-candidates-yet-press-run-matching"));
        }
        ui.horizontal(|ui| {
            ui.label(t!("ui-filter"));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter).hint_text(t!("ui-firm-or-material")).desired_width(160.0),
            );
            ui.label(t!("ui-sort-by"));
            for (i, name) in SORTS.iter().enumerate() {
                ui.selectable_value(&mut self.sort, i, t!(name));
            }
        });
        let rows = self.rows(&state.candidates);
        let mut propose = None;
        let mut explain = None;
        egui::ScrollArea::horizontal().id_salt("candidates-scroll").show(ui, |ui| {
            egui::Grid::new("candidates").striped(true).num_columns(9).show(ui, |ui| {
                ui.label("");
                for title in [
                    t!("ui-from-to"),
                    t!("ui-material"),
                    t!("ui-quantity-per-year"),
                    t!("ui-distance"),
                    t!("ui-co2-t-yr"),
                    t!("ui-score"),
                ] {
                    header(ui, title);
                }
                header(ui, t!("ui-benefit-per-year", currency = currency.to_string()));
                header(ui, t!("ui-transport"));
                ui.end_row();
                for c in rows.iter().filter_map(|&i| state.candidates.get(i)) {
                    let pick = Pick::Candidate(c.supply_flow_id, c.demand_flow_id);
                    let selected = state.selection.as_ref() == Some(&pick);
                    if ui
                        .small_button(t!("ui-propose"))
                        .on_hover_text(t!("ui-turn-this-candidate-into-a-proposed"))
                        .clicked()
                    {
                        propose = Some(c.clone());
                    }
                    if ui.selectable_label(selected, format!("{} -> {}", c.supply_firm, c.demand_firm)).clicked() {
                        ctx.send(Command::Select(Some(pick.clone())));
                        explain = Some((c.supply_flow_id, c.demand_flow_id));
                    }
                    ui.label(format!("{} -> {}", c.supply_material, c.demand_material));
                    ui.label(format!("{} {}", shown(c.quantity), c.unit));
                    ui.label(format!("{:.1} km", c.transport_km));
                    ui.label(shown(c.co2_avoided_t));
                    ui.label(shown(c.score));
                    ui.label(shown(c.net_benefit));
                    ui.label(c.transport.as_str());
                    ui.end_row();
                }
            });
        });
        if let Some((supply, demand)) = explain {
            ctx.send(self.explain(supply, demand));
        }
        if let Some(c) = propose {
            ctx.send(Command::Propose(Box::new(c)));
        }
        if state.jobs.explain.is_some() {
            ui.spinner();
        } else if let Some(explanation) = &state.explanation {
            ui.separator();
            match explanation {
                Ok(b) => {
                    ui.label(RichText::new(t!("ui-why-this-candidate-every-term-and")).strong());
                    breakdown_ui(ui, b, state.data());
                }
                Err(e) => {
                    ui.label(RichText::new(e).color(colors::VERMILION));
                }
            }
        }
    }

    fn explain(&self, supply: FlowId, demand: FlowId) -> Command {
        Command::Explain { supply, demand, greenfield: self.greenfield, include_products: self.include_products }
    }

    /// The rows shown: filtered and sorted once per change of candidates, filter or sort.
    fn rows(&mut self, candidates: &[Candidate]) -> &[usize] {
        let needle = self.filter.to_lowercase();
        let key = key_of(candidates, &needle, self.sort);
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut rows: Vec<usize> = (0..candidates.len())
                .filter(|&i| {
                    let c = &candidates[i];
                    needle.is_empty()
                        || c.supply_firm.to_lowercase().contains(&needle)
                        || c.demand_firm.to_lowercase().contains(&needle)
                        || c.supply_material.as_str().contains(&needle)
                        || c.demand_material.as_str().contains(&needle)
                })
                .collect();
            let sort = self.sort;
            let by = |c: &Candidate| match sort {
                1 => c.co2_avoided_t,
                2 => c.net_benefit,
                3 => -c.distance_km,
                4 => c.quantity,
                _ => c.score,
            };
            rows.sort_by(|&a, &b| by(&candidates[b]).total_cmp(&by(&candidates[a])));
            rows.truncate(SHOWN);
            self.rows = Some((key, rows));
        }
        self.rows.as_ref().map_or(&[][..], |(_, rows)| rows.as_slice())
    }
}

/// What the shown rows depend on: the candidates (their count and first pair), filter, sort.
fn key_of(candidates: &[Candidate], needle: &str, sort: usize) -> RowsKey {
    let first = candidates.first().map_or(0, |c| c.supply_flow_id.0 as usize ^ (c.demand_flow_id.0 as usize) << 20);
    (candidates.len(), first, needle.to_string(), sort)
}
