//! The workbench's CSV files: `workshops.csv`, `contacts.csv`, `stages.csv`, `outcomes.csv`,
//! each cell checked where it stands (`FILE:LINE:COLUMN: message`).

use std::collections::HashSet;

use super::table::*;
use super::{CsvProblem, Phrase};
use crate::core::model::{ExchangeId, FirmId, ProjectData};
use crate::core::workbench::{self, Contact, DropReason, Outcome, Stage, StageChange, Workshop};

pub const WORKSHOPS_COLUMNS: &[&str] = &["id", "date", "venue", "facilitator", "programme", "notes", "attendees"];
pub const CONTACTS_COLUMNS: &[&str] =
    &["firm_id", "name", "role", "email", "phone", "language", "consent_date", "consent_basis", "workshops"];
pub const STAGES_COLUMNS: &[&str] =
    &["exchange_id", "stage", "date", "by", "note", "next_action", "next_action_due", "reason", "next_action_owner"];

/// A `;`-separated list of ids, each of which `known` must hold (attendees, workshops).
fn id_list(
    cell: Option<Cell>,
    known: &HashSet<&str>,
    what: (&str, &str, &'static str),
    problems: &mut Problems,
) -> Option<Vec<String>> {
    let Some(c) = cell.filter(|c| !c.is_empty()) else { return Some(Vec::new()) };
    let ids = crate::core::store::split_ids(c.text.to_string());
    match ids.iter().find(|id| !known.contains(id.as_str())) {
        Some(unknown) => {
            let phrase = Phrase::new(what.2, [("id", unknown)]);
            c.say(problems, phrase);
            None
        }
        None => Some(ids),
    }
}
/// The columns of `outcomes.csv`: the exchange and year, the figures, evidence and verified.
pub fn outcomes_columns() -> Vec<&'static str> {
    let mut columns = vec!["exchange_id", "year"];
    columns.extend(workbench::OUTCOME_FIGURES);
    columns.extend(["evidence", "verified"]);
    columns
}

/// A date cell: empty (None) or `YYYY-MM-DD`.
fn date(cell: Option<Cell>, problems: &mut Problems, name: &str) -> Option<Option<String>> {
    match cell.filter(|c| !c.is_empty()) {
        None => Some(None),
        Some(c) if workbench::is_date(c.text) => Some(Some(c.text.to_string())),
        Some(c) => {
            c.say(problems, Phrase::new("err-csv-not-a-date", [("name", name), ("text", c.text)]));
            None
        }
    }
}

/// A required date cell.
fn required_date(cell: Option<Cell>, problems: &mut Problems, name: &str) -> Option<String> {
    let c = cell?;
    c.required(problems, name)?;
    date(Some(c), problems, name).flatten()
}

/// An `exchange_id` cell naming an exchange of the project.
fn exchange_ref(cell: Option<Cell>, ids: &HashSet<i64>, problems: &mut Problems) -> Option<ExchangeId> {
    let c = cell?;
    let text = c.required(problems, "exchange_id")?;
    match text.parse::<i64>() {
        Ok(id) if ids.contains(&id) => Some(ExchangeId(id)),
        Ok(id) => {
            c.say(problems, Phrase::new("err-csv-unknown-exchange", [("id", id)]));
            None
        }
        Err(_) => {
            c.say(problems, Phrase::new("err-csv-exchange-id-not-whole", [("text", text)]));
            None
        }
    }
}

pub(super) fn read_workshops(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let firms: HashSet<&str> = project.firms.iter().map(|f| f.id.as_str()).collect();
    let mut workshops = Vec::new();
    let mut seen = HashSet::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        let id = cell("id").and_then(|c| {
            let id = c.required(problems, "id")?;
            if !seen.insert(id.to_string()) {
                c.say(problems, Phrase::new("err-csv-workshop-id-twice", [("id", id)]));
                return None;
            }
            Some(id.to_string())
        });
        let date = required_date(cell("date"), problems, "date");
        let attendees =
            id_list(cell("attendees"), &firms, ("firm", "firms.csv", "err-csv-unknown-firm-in-csv"), problems);
        let (Some(id), Some(date), Some(attendees)) = (id, date, attendees) else { continue };
        workshops.push(Workshop {
            id,
            date,
            venue: text("venue"),
            facilitator: text("facilitator"),
            programme: text("programme"),
            notes: text("notes"),
            attendees: attendees.into_iter().map(FirmId).collect(),
        });
    }
    project.workshops = workshops;
}

pub(super) fn read_contacts(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let firms: HashSet<&str> = project.firms.iter().map(|f| f.id.as_str()).collect();
    let workshops: HashSet<&str> = project.workshops.iter().map(|w| w.id.as_str()).collect();
    let mut contacts = Vec::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        let firm = cell("firm_id").and_then(|c| {
            let id = c.required(problems, "firm_id")?;
            if firms.contains(id) {
                Some(FirmId::new(id))
            } else {
                c.say(problems, Phrase::new("err-csv-unknown-firm-in-csv", [("id", id)]));
                None
            }
        });
        let name = cell("name").and_then(|c| c.required(problems, "name").map(str::to_string));
        let language = match cell("language").filter(|c| !c.is_empty()) {
            None => Some(String::new()),
            Some(c) => match crate::core::lang::parse(c.text) {
                Ok(code) => Some(code.to_string()),
                Err(e) => {
                    let codes = crate::core::lang::LANGUAGES.join(", ");
                    c.say(problems, Phrase::new("err-csv-unknown-language", [("code", &e.code), ("codes", &codes)]));
                    None
                }
            },
        };
        let consent_date = date(cell("consent_date"), problems, "consent_date");
        let attended =
            id_list(cell("workshops"), &workshops, ("workshop", "workshops.csv", "err-csv-unknown-workshop"), problems);
        let (Some(firm), Some(name), Some(language), Some(consent_date), Some(attended)) =
            (firm, name, language, consent_date, attended)
        else {
            continue;
        };
        contacts.push(Contact {
            id: 0,
            workshops: attended,
            firm,
            name,
            role: text("role"),
            email: text("email"),
            phone: text("phone"),
            language,
            consent_date,
            consent_basis: text("consent_basis"),
        });
    }
    project.contacts = contacts;
}

pub(super) fn read_stages(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let ids: HashSet<i64> = project.exchanges.iter().map(|e| e.id.0).collect();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        let exchange = exchange_ref(cell("exchange_id"), &ids, problems);
        let stage: Option<Stage> =
            cell("stage").and_then(|c| c.required(problems, "stage").and_then(|_| c.parsed(problems)));
        let due = date(cell("next_action_due"), problems, "next_action_due");
        let date = required_date(cell("date"), problems, "date");
        let reason: Option<Option<DropReason>> = match cell("reason").filter(|c| !c.is_empty()) {
            None => Some(None),
            Some(c) if stage.is_some_and(|s| s != Stage::Dropped) => {
                c.say(problems, Phrase::new::<&str, 0>("err-csv-reason-not-dropped", []));
                None
            }
            Some(c) => c.parsed(problems).map(Some),
        };
        let (Some(exchange), Some(stage), Some(date), Some(next_action_due), Some(reason)) =
            (exchange, stage, date, due, reason)
        else {
            continue;
        };
        project.stages.push(StageChange {
            exchange,
            stage,
            date,
            by: text("by"),
            note: text("note"),
            reason,
            next_action: text("next_action"),
            next_action_due,
            next_action_owner: text("next_action_owner"),
        });
    }
}

pub(super) fn read_outcomes(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let ids: HashSet<i64> = project.exchanges.iter().map(|e| e.id.0).collect();
    let mut seen = HashSet::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let exchange = exchange_ref(cell("exchange_id"), &ids, problems);
        let year = cell("year").and_then(|c| {
            c.required(problems, "year")?;
            c.year(problems, "year")
        });
        if let (Some(e), Some(y), Some(c)) = (exchange, year, cell("year"))
            && !seen.insert((e, y))
        {
            c.say(problems, Phrase::new("err-csv-outcome-twice", [("id", e.0.to_string()), ("year", y.to_string())]));
            continue;
        }
        let mut figures = Vec::new();
        let mut figures_ok = true;
        for name in workbench::OUTCOME_FIGURES {
            let value = cell(name).and_then(|c| {
                let v = c.optional_number(problems, name);
                if v.is_none() && !c.is_empty() {
                    figures_ok = false;
                }
                v
            });
            figures.push((*name, value));
        }
        let verified = match cell("verified").filter(|c| !c.is_empty()) {
            None => false,
            Some(c) => {
                let before = problems.0.len();
                let v = c.boolean(problems, "verified");
                figures_ok &= problems.0.len() == before;
                v
            }
        };
        let (Some(exchange), Some(year), true) = (exchange, year, figures_ok) else { continue };
        let mut outcome = Outcome::new(exchange, year);
        outcome.evidence = cell("evidence").map_or(String::new(), |c| c.text.to_string());
        outcome.verified = verified;
        for (name, value) in figures {
            outcome.set_figure(name, value);
        }
        project.outcomes.push(outcome);
    }
}

/// The latest stage of each exchange sets its status; where exchanges.csv said otherwise, a
/// note says so (the stage wins). An `ended` exchange stays ended.
pub(super) fn apply_stages(
    project: &mut ProjectData,
    status_cells: &std::collections::HashMap<ExchangeId, (String, u64, usize)>,
    problems: &mut Problems,
) {
    let latest = workbench::latest_stages(&project.stages);
    for ex in &mut project.exchanges {
        let Some(change) = latest.get(&ex.id) else { continue };
        if ex.status == crate::core::model::ExchangeStatus::Ended {
            continue;
        }
        let status = change.stage.status();
        if status != ex.status {
            if let Some((file, line, column)) = status_cells.get(&ex.id) {
                problems.1.push(CsvProblem {
                    file: file.clone(),
                    line: *line,
                    column: *column,
                    message: format!(
                        "note: exchange {} has status {} but its latest stage is {} ({}): the stage wins, status {status}",
                        ex.id.0, ex.status, change.stage, change.date
                    ),
                    phrase: Some(Phrase::new(
                        "note-stage-wins",
                        [
                            ("id", ex.id.0.to_string()),
                            ("status", ex.status.to_string()),
                            ("stage", change.stage.to_string()),
                            ("date", change.date.clone()),
                            ("wins", status.to_string()),
                        ],
                    )),
                });
            }
            ex.status = status;
        }
    }
}
