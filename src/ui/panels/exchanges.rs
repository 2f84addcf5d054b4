//! The Exchanges table: every documented, agreed or proposed exchange; the selected one opens
//! with its status, years and evaluation (every term and its source).

use egui::RichText;

use super::pipeline::{OutcomeForm, StageForm};
use super::{breakdown_ui, header};
use crate::core::history::Edit;
use crate::core::matching::{Breakdown, MatchOptions, Matcher};
use crate::core::model::*;
use crate::i18n::Localized as _;
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::jobs::{Job, Poll};
use crate::ui::map::layer::{Pick, colors};
use crate::ui::state::AppContext;

/// What a breakdown depends on: data version, year, exchange.
type BreakdownKey = (u64, Option<i32>, ExchangeId);

#[derive(Default)]
pub struct ExchangesPanel {
    filter: String,
    /// The selected exchange's evaluation, for the data version, year and exchange it is of.
    breakdown: Option<(BreakdownKey, Option<Breakdown>)>,
    /// The evaluation being computed (a matcher over the whole park: off the UI thread).
    pub pending: Option<(BreakdownKey, Job<Option<Breakdown>>)>,
    /// The next stage change being typed for the selected exchange.
    pub stage_form: StageForm,
    /// The outcome being reported for the selected exchange.
    pub outcome_form: OutcomeForm,
}

impl ExchangesPanel {
    /// An exchange's evaluation breakdown, computed in the background once per change of data,
    /// year or exchange; `None` while it is being computed.
    fn breakdown(&mut self, ctx: &AppContext<'_>, ui: &egui::Ui, id: ExchangeId) -> Option<Option<Breakdown>> {
        let year = ctx.state.eval_year();
        let key = (ctx.state.data_version(), year, id);
        if let Some((k, b)) = &self.breakdown
            && *k == key
        {
            return Some(b.clone());
        }
        if let Some((k, job)) = &self.pending
            && *k == key
        {
            match job.poll() {
                Poll::Running => {
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(30));
                    return None;
                }
                Poll::Done(b) => {
                    self.pending = None;
                    self.breakdown = Some((key, b.clone()));
                    return Some(b);
                }
                Poll::Gone => {
                    self.pending = None;
                    return Some(None);
                }
            }
        }
        let data = ctx.state.project.as_ref()?.session.shared();
        let job = Job::spawn("job-evaluation", key.0, move |_| {
            Matcher::new(&data, MatchOptions { year, greenfield: true, ..MatchOptions::default() }).explain_exchange(id)
        });
        self.pending = Some((key, job));
        ui.ctx().request_repaint();
        None
    }

    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(data) = ctx.data() else { return };
        let selected = match &ctx.state.selection {
            Some(Pick::Exchange(id)) => Some(*id),
            _ => None,
        };
        ui.horizontal(|ui| {
            ui.heading(t!("ui-exchanges-count", count = data.exchanges.len()));
            ui.label(t!("ui-filter"));
            ui.add(egui::TextEdit::singleline(&mut self.filter).hint_text(t!("ui-firm-material-or-status")));
        });
        let state = ctx.state;
        let name = |id: &FirmId| state.firm_name(id);
        // My actions: the next step of every open synergy, overdue ones marked.
        let today = chrono::Local::now().format("%Y-%m-%d").to_string();
        let actions = crate::core::workbench::open_actions(&data.stages, &today);
        if !actions.is_empty() {
            let overdue = actions.iter().filter(|a| a.overdue).count();
            egui::CollapsingHeader::new(t!("ui-my-actions", open = actions.len(), overdue = overdue))
                .id_salt("my-actions")
                .show(ui, |ui| {
                    for a in &actions {
                        let Some(e) = state.project.as_ref().and_then(|p| p.session.exchange(a.exchange)) else {
                            continue;
                        };
                        let due = a.due.map_or(t!("ui-no-due-date"), |d| t!("ui-due-date", date = d.to_string()));
                        let mut text = format!(
                            "{due} · {} -> {}: {} · {}",
                            name(&e.from),
                            name(&e.to),
                            state.material_name(&e.material),
                            a.action
                        );
                        if !a.owner.is_empty() {
                            text.push_str(&format!(" ({})", a.owner));
                        }
                        let text = if a.overdue {
                            RichText::new(t!("ui-overdue", action = text)).color(colors::VERMILION)
                        } else {
                            RichText::new(text)
                        };
                        if ui.selectable_label(selected == Some(e.id), text).clicked() {
                            ctx.send(Command::Select(Some(Pick::Exchange(e.id))));
                        }
                    }
                });
        }
        if let Some(e) = selected.and_then(|id| state.project.as_ref()?.session.exchange(id)) {
            self.detail_ui(ctx, ui, e);
            ui.separator();
        }
        egui::ScrollArea::horizontal().id_salt("exchanges-scroll").show(ui, |ui| {
            egui::Grid::new("exchanges").striped(true).num_columns(5).show(ui, |ui| {
                for title in [
                    t!("ui-from-to-material"),
                    t!("ui-quantity-per-year"),
                    t!("ui-status"),
                    t!("ui-years"),
                    t!("ui-source"),
                ] {
                    header(ui, title);
                }
                ui.end_row();
                let needle = self.filter.to_lowercase();
                for e in &data.exchanges {
                    let text = format!("{} -> {}: {}", name(&e.from), name(&e.to), state.material_name(&e.material));
                    if !needle.is_empty()
                        && !text.to_lowercase().contains(&needle)
                        && !e.status.as_str().contains(&needle)
                        && !crate::ui::words::status(e.status).to_lowercase().contains(&needle)
                    {
                        continue;
                    }
                    let is_selected = selected == Some(e.id);
                    if ui.selectable_label(is_selected, text).clicked() {
                        ctx.send(Command::Select(Some(Pick::Exchange(e.id))));
                    }
                    ui.label(e.quantity.map_or(t!("ui-quantity-unknown"), |q| format!("{} {}", shown(q), e.unit)));
                    ui.label(crate::ui::words::status(e.status));
                    ui.label(match (e.start_year, e.end_year) {
                        (Some(s), Some(t)) => format!("{s}-{t}"),
                        (Some(s), None) => t!("ui-since-year", year = s.to_string()),
                        (None, Some(t)) => t!("ui-until-year", year = t.to_string()),
                        (None, None) => String::new(),
                    });
                    ui.label(RichText::new(&e.source).weak());
                    ui.end_row();
                }
            });
        });
    }

    /// The selected exchange: status and years to edit, and its evaluation.
    fn detail_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, e: &Exchange) {
        let state = ctx.state;
        let currency = state.currency();
        let name = |id: &FirmId| state.firm_name(id);
        ui.label(
            RichText::new(format!("{} -> {}: {}", name(&e.from), name(&e.to), state.material_name(&e.material)))
                .strong(),
        );
        let mut change = None;
        ui.horizontal(|ui| {
            ui.label(t!("ui-status"));
            let mut status = e.status;
            egui::ComboBox::from_id_salt(("status", e.id.0)).selected_text(crate::ui::words::status(status)).show_ui(
                ui,
                |ui| {
                    for s in ExchangeStatus::ALL {
                        ui.selectable_value(&mut status, *s, crate::ui::words::status(*s));
                    }
                },
            );
            if status != e.status {
                change = Some(Exchange { status, ..e.clone() });
            }
        });
        ui.horizontal(|ui| {
            ui.label(t!("ui-years"));
            let mut start = e.start_year.unwrap_or(0);
            let mut end = e.end_year.unwrap_or(0);
            let a = ui.add(
                egui::DragValue::new(&mut start)
                    .range(0..=*PLAUSIBLE_YEARS.end())
                    .custom_formatter(|v, _| if v == 0.0 { "?".into() } else { format!("{v}") }),
            );
            ui.label(t!("ui-year-to"));
            let b = ui.add(
                egui::DragValue::new(&mut end)
                    .range(0..=*PLAUSIBLE_YEARS.end())
                    .custom_formatter(|v, _| if v == 0.0 { t!("ui-year-open") } else { format!("{v}") }),
            );
            let set = |r: &egui::Response| (r.changed() && !r.dragged()) || r.drag_stopped();
            if set(&a) || set(&b) {
                let year = |y: i32| PLAUSIBLE_YEARS.contains(&y).then_some(y);
                let after = Exchange { start_year: year(start), end_year: year(end), ..e.clone() };
                if after.start_year.zip(after.end_year).is_none_or(|(s, t)| s <= t) {
                    change = Some(after);
                }
            }
        });
        ui.label(RichText::new(&e.notes).italics());
        ui.label(RichText::new(t!("ui-source-is", source = e.source.clone())).weak());
        let mut modelled = None;
        match self.breakdown(ctx, ui, e.id) {
            None => {
                ui.spinner();
            }
            Some(Some(b)) => {
                modelled = Some(b.candidate.co2_avoided_t);
                let c = &b.candidate;
                ui.label(t!(
                    "ui-exchange-figures",
                    quantity = shown(c.quantity_supply),
                    unit = c.supply_unit.to_string(),
                    co2 = shown(c.co2_avoided_t),
                    benefit = shown(c.net_benefit),
                    currency = currency.to_string()
                ));
                if let Some(text) = b.exchange.as_ref().and_then(|n| n.overfill_text.as_ref()) {
                    ui.label(RichText::new(text.localized()).color(colors::VERMILION));
                }
                ui.collapsing(t!("ui-evaluation-every-term-and-its-source"), |ui| breakdown_ui(ui, &b, state.data()));
            }
            Some(None) => {
                ui.label(RichText::new(t!("ui-no-evaluation-the-flows-behind-this")).weak());
            }
        }
        super::pipeline::pipeline_ui(&mut self.stage_form, &mut self.outcome_form, ctx, ui, e, modelled);
        if let Some(after) = change {
            ctx.send(Command::Apply(Edit::UpdateExchange { before: e.clone(), after }));
        }
    }
}
