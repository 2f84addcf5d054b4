//! The synergy pipeline of the selected exchange (in the Exchanges pane): its dated stage
//! history, the next action with its owner and due date, a form to record the next stage, and
//! the outcomes reported for it, shown beside the modelled figure and never added to it.

use egui::RichText;

use crate::core::history::Edit;
use crate::core::model::Exchange;
use crate::core::numbers::parse_number;
use crate::core::workbench::{DropReason, OUTCOME_FIGURES, Outcome, Stage, StageChange};
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

/// A stage change as typed: stage, date (today unless changed), who, a note, the next action,
/// its owner and due date.
pub struct StageForm {
    pub stage: Stage,
    /// Why, where the stage is dropped.
    pub reason: DropReason,
    pub date: String,
    pub by: String,
    pub note: String,
    pub next_action: String,
    pub owner: String,
    pub due: String,
}

impl Default for StageForm {
    fn default() -> Self {
        StageForm {
            stage: Stage::Identified,
            reason: DropReason::Other,
            date: chrono::Local::now().format("%Y-%m-%d").to_string(),
            by: String::new(),
            note: String::new(),
            next_action: String::new(),
            owner: String::new(),
            due: String::new(),
        }
    }
}

/// A reported outcome as typed: the year, each figure (empty: not reported), evidence, verified.
#[derive(Default)]
pub struct OutcomeForm {
    pub year: String,
    pub figures: [String; 9],
    pub evidence: String,
    pub verified: bool,
    pub problem: Option<String>,
}

/// How a figure of [`OUTCOME_FIGURES`] is labelled, with its unit (`currency` for money).
pub fn figure_label(name: &str, currency: &str) -> String {
    crate::report::outcome_figure_label(crate::i18n::ui_language(), name, currency)
}

impl OutcomeForm {
    fn of(o: &Outcome) -> Self {
        OutcomeForm {
            year: o.year.to_string(),
            figures: o.figures().map(|v| v.map_or(String::new(), crate::core::numbers::format_number)),
            evidence: o.evidence.clone(),
            verified: o.verified,
            problem: None,
        }
    }

    /// The outcome the form describes for `exchange`, or what is wrong with it.
    fn outcome(&self, exchange: &Exchange) -> Result<Outcome, String> {
        let year: i32 =
            self.year.trim().parse().map_err(|_| t!("ui-not-a-year", text = self.year.trim().to_string()))?;
        let mut outcome = Outcome::new(exchange.id, year);
        for (name, text) in OUTCOME_FIGURES.iter().zip(&self.figures) {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            let value = parse_number(text)
                .ok()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .ok_or_else(|| t!("ui-figure-not-a-number", figure = figure_label(name, ""), text = text))?;
            outcome.set_figure(name, Some(value));
        }
        if outcome.figures().iter().all(Option::is_none) {
            return Err(t!("ui-type-at-least-one-reported-figure"));
        }
        outcome.evidence = self.evidence.trim().to_string();
        outcome.verified = self.verified;
        Ok(outcome)
    }
}

/// One reported outcome beside the modelled figure: "2021: modelled 12,400 t CO2 per year,
/// reported 9,800 t CO2e, verified".
pub fn outcome_line(o: &Outcome, modelled_co2_t: Option<f64>, currency: &str) -> String {
    let verified = if o.verified { t!("ui-verified-lower") } else { t!("ui-not-verified") };
    let modelled = modelled_co2_t.map_or(String::new(), |m| format!("{}, ", t!("ui-modelled-co2", value = shown(m))));
    let reported: Vec<String> = OUTCOME_FIGURES
        .iter()
        .zip(o.figures())
        .filter_map(|(name, v)| v.map(|v| format!("{} {}", figure_label(name, currency), shown(v))))
        .collect();
    format!("{}: {modelled}{}, {verified}", o.year, t!("ui-reported-figures", figures = reported.join(", ")))
}

pub fn pipeline_ui(
    form: &mut StageForm,
    outcome_form: &mut OutcomeForm,
    ctx: &mut AppContext<'_>,
    ui: &mut egui::Ui,
    e: &Exchange,
    modelled_co2_t: Option<f64>,
) {
    let state = ctx.state;
    let Some(session) = state.project.as_ref().map(|p| &p.session) else { return };
    ui.separator();
    ui.label(RichText::new(t!("ui-pipeline")).strong());
    let history = session.stages_of(e.id);
    if history.is_empty() {
        let implied = Stage::of_status(e.status).map_or(t!("ui-no-stage"), crate::ui::words::stage);
        ui.label(RichText::new(t!("ui-no-stage-yet-implied", stage = implied)).weak());
    }
    for change in &history {
        let mut line = format!("{} · {}", change.date, crate::ui::words::stage(change.stage));
        if let Some(reason) = change.reason {
            line.push_str(&format!(" ({})", crate::ui::words::reason(reason)));
        }
        if !change.by.is_empty() {
            line.push_str(&format!(" · {}", change.by));
        }
        if !change.note.is_empty() {
            line.push_str(&format!(": {}", change.note));
        }
        ui.label(line);
    }
    if let Some(last) = history.last()
        && last.stage.is_open()
        && !last.next_action.is_empty()
    {
        let due =
            last.next_action_due.as_deref().map_or(String::new(), |d| format!(" ({})", t!("ui-due-date", date = d)));
        let owner =
            if last.next_action_owner.is_empty() { String::new() } else { format!(", {}", last.next_action_owner) };
        ui.label(
            RichText::new(format!("{}{due}{owner}", t!("ui-next-action-is", action = last.next_action.clone())))
                .strong(),
        );
    }
    egui::Grid::new(("stage-form", e.id.0)).num_columns(2).show(ui, |ui| {
        ui.label(t!("ui-stage"));
        egui::ComboBox::from_id_salt(("stage", e.id.0)).selected_text(crate::ui::words::stage(form.stage)).show_ui(
            ui,
            |ui| {
                for s in Stage::ALL {
                    ui.selectable_value(&mut form.stage, *s, crate::ui::words::stage(*s));
                }
            },
        );
        ui.end_row();
        if form.stage == Stage::Dropped {
            ui.label(t!("ui-because"));
            egui::ComboBox::from_id_salt(("drop-reason", e.id.0))
                .selected_text(crate::ui::words::reason(form.reason))
                .show_ui(ui, |ui| {
                    for r in DropReason::ALL {
                        ui.selectable_value(&mut form.reason, *r, crate::ui::words::reason(*r));
                    }
                });
            ui.end_row();
        }
        super::text_rows(
            ui,
            "stage-field",
            [
                (t!("ui-date"), &mut form.date, "YYYY-MM-DD".into()),
                (t!("ui-by"), &mut form.by, t!("ui-hint-who")),
                (t!("ui-note"), &mut form.note, t!("ui-what-happened")),
                (t!("ui-next-action"), &mut form.next_action, t!("ui-what-is-to-be-done-next")),
                (t!("ui-owner"), &mut form.owner, t!("ui-who-takes-it")),
                (t!("ui-due"), &mut form.due, "YYYY-MM-DD".into()),
            ],
        );
    });
    if ui.button(t!("ui-record-stage")).clicked() {
        let change = StageChange {
            exchange: e.id,
            stage: form.stage,
            date: form.date.trim().to_string(),
            by: form.by.trim().to_string(),
            note: form.note.trim().to_string(),
            reason: (form.stage == Stage::Dropped).then_some(form.reason),
            next_action: form.next_action.trim().to_string(),
            next_action_due: Some(form.due.trim().to_string()).filter(|d| !d.is_empty()),
            next_action_owner: form.owner.trim().to_string(),
        };
        match session.stage_edit(change) {
            Some(edit) => {
                ctx.send(Command::Apply(edit));
                form.note.clear();
                form.next_action.clear();
                form.due.clear();
            }
            None => ctx.error(t!("ui-exchange-not-in-project", id = e.id.to_string())),
        }
    }
    outcomes_ui(outcome_form, ctx, ui, e, modelled_co2_t);
}

/// The outcomes reported for the exchange, each beside the modelled figure, and the form to
/// report one (a year's figures; saving a year again replaces it, undoably).
fn outcomes_ui(
    form: &mut OutcomeForm,
    ctx: &mut AppContext<'_>,
    ui: &mut egui::Ui,
    e: &Exchange,
    modelled: Option<f64>,
) {
    let state = ctx.state;
    let Some(session) = state.project.as_ref().map(|p| &p.session) else { return };
    let currency = state.currency();
    ui.separator();
    ui.label(RichText::new(t!("ui-reported-outcomes-beside-the-modelled-figures")).strong());
    let outcomes: Vec<&Outcome> = session.data().outcomes.iter().filter(|o| o.exchange == e.id).collect();
    if outcomes.is_empty() {
        ui.label(RichText::new(t!("ui-none-reported-yet")).weak());
    }
    for o in &outcomes {
        ui.horizontal_wrapped(|ui| {
            ui.label(outcome_line(o, modelled, &currency));
            if !o.evidence.is_empty() {
                ui.label(RichText::new(t!("ui-evidence-is", evidence = o.evidence.clone())).weak());
            }
            if ui.small_button(t!("ui-edit")).clicked() {
                *form = OutcomeForm::of(o);
            }
            if ui.small_button(t!("ui-remove")).clicked() {
                ctx.send(Command::Apply(Edit::SetOutcome {
                    exchange: e.id,
                    year: o.year,
                    before: Some((*o).clone()),
                    after: None,
                }));
            }
        });
    }
    if form.year.is_empty() {
        form.year = state.eval_year().unwrap_or_else(|| session.data().meta.year()).to_string();
    }
    egui::CollapsingHeader::new(t!("ui-report-an-outcome")).id_salt(("outcome-form", e.id.0)).show(ui, |ui| {
        egui::Grid::new(("outcome-grid", e.id.0)).num_columns(2).show(ui, |ui| {
            ui.label(t!("ui-year"));
            ui.add(egui::TextEdit::singleline(&mut form.year).hint_text("YYYY").id_salt("outcome-year"));
            ui.end_row();
            for (name, text) in OUTCOME_FIGURES.iter().zip(form.figures.iter_mut()) {
                ui.label(figure_label(name, &currency));
                ui.add(egui::TextEdit::singleline(text).hint_text(t!("ui-not-reported")).id_salt(("outcome", *name)));
                ui.end_row();
            }
            ui.label(t!("ui-evidence"));
            ui.add(
                egui::TextEdit::singleline(&mut form.evidence)
                    .hint_text(t!("ui-a-text-or-a-document-path"))
                    .id_salt("outcome-evidence"),
            );
            ui.end_row();
            ui.label(t!("ui-verified"));
            ui.checkbox(&mut form.verified, t!("ui-checked-against-evidence"));
            ui.end_row();
        });
        if ui.button(t!("ui-save-outcome")).clicked() {
            match form.outcome(e) {
                Ok(after) => {
                    let before = outcomes.iter().find(|o| o.year == after.year).map(|o| (*o).clone());
                    ctx.send(Command::Apply(Edit::SetOutcome {
                        exchange: e.id,
                        year: after.year,
                        before,
                        after: Some(after),
                    }));
                    *form = OutcomeForm::default();
                }
                Err(problem) => form.problem = Some(problem),
            }
        }
        if let Some(problem) = &form.problem {
            ui.label(RichText::new(problem).color(colors::VERMILION));
        }
    });
}
