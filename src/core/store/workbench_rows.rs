//! The workbench's tables in and out: stage changes, outcomes, contacts and workshops.

use rusqlite::{Connection, params};

use super::rows::{name_row, opt_text, parse_field};
use crate::core::error::StoreError;
use crate::core::model::{ExchangeId, FirmId, ProjectData};
use crate::core::workbench::{Contact, Outcome, StageChange, Workshop};

/// The workbench's rows of a project file.
pub(super) struct WorkbenchRows {
    pub stages: Vec<StageChange>,
    pub outcomes: Vec<Outcome>,
    pub contacts: Vec<Contact>,
    pub workshops: Vec<Workshop>,
}

fn opt(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.is_empty())
}

fn blank_null(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

pub(super) fn load(conn: &Connection) -> Result<WorkbenchRows, StoreError> {
    let mut stages = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT fid, exchange_id, stage, date, by, note, reason, next_action, next_action_due, next_action_owner
         FROM stages ORDER BY fid",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let fid: i64 = r.get(0)?;
        let what = || format!("stage change {fid}");
        let read = || -> Result<StageChange, StoreError> {
            Ok(StageChange {
                exchange: ExchangeId(r.get(1)?),
                stage: parse_field(&r.get::<_, String>(2)?, what)?,
                date: r.get(3)?,
                by: opt_text(r.get(4)?),
                note: opt_text(r.get(5)?),
                reason: match opt(r.get(6)?) {
                    Some(text) => Some(parse_field(&text, what)?),
                    None => None,
                },
                next_action: opt_text(r.get(7)?),
                next_action_due: opt(r.get(8)?),
                next_action_owner: opt_text(r.get(9)?),
            })
        };
        stages.push(read().map_err(|e| name_row(what(), e))?);
    }

    let mut outcomes = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT exchange_id, year, landfill_diversion_t, co2_t, cost_savings, additional_sales, jobs_created,
         jobs_safeguarded, private_investment, water_saved_m3, virgin_material_saved_t, evidence, verified
         FROM outcomes ORDER BY fid",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut outcome = Outcome::new(ExchangeId(r.get(0)?), r.get(1)?);
        outcome.evidence = opt_text(r.get(11)?);
        outcome.verified = r.get(12)?;
        for (i, name) in crate::core::workbench::OUTCOME_FIGURES.iter().enumerate() {
            outcome.set_figure(name, r.get(2 + i)?);
        }
        outcomes.push(outcome);
    }

    let mut stmt = conn.prepare(
        "SELECT fid, firm_id, name, role, email, phone, language, consent_date, consent_basis, workshops
         FROM contacts ORDER BY fid",
    )?;
    let contacts = stmt
        .query_map([], |r| {
            Ok(Contact {
                id: r.get(0)?,
                firm: FirmId(r.get(1)?),
                name: r.get(2)?,
                role: opt_text(r.get(3)?),
                email: opt_text(r.get(4)?),
                phone: opt_text(r.get(5)?),
                language: opt_text(r.get(6)?),
                consent_date: opt(r.get(7)?),
                consent_basis: opt_text(r.get(8)?),
                workshops: split_ids(opt_text(r.get(9)?)),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;

    let mut stmt =
        conn.prepare("SELECT id, date, venue, facilitator, programme, notes, attendees FROM workshops ORDER BY fid")?;
    let workshops = stmt
        .query_map([], |r| {
            Ok(Workshop {
                id: r.get(0)?,
                date: r.get(1)?,
                venue: opt_text(r.get(2)?),
                facilitator: opt_text(r.get(3)?),
                programme: opt_text(r.get(4)?),
                notes: opt_text(r.get(5)?),
                attendees: split_ids(opt_text(r.get(6)?)).into_iter().map(FirmId).collect(),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(WorkbenchRows { stages, outcomes, contacts, workshops })
}

/// A `;`-separated list of ids (attendees, workshops attended), empty items left out.
pub fn split_ids(text: String) -> Vec<String> {
    text.split(';').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

fn join_ids<S: AsRef<str>>(ids: &[S]) -> Option<String> {
    (!ids.is_empty()).then(|| ids.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(";"))
}

/// Inserts one stage change; returns its row id.
pub(super) fn insert_stage(tx: &Connection, s: &StageChange) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO stages (exchange_id, stage, date, by, note, reason, next_action, next_action_due,
         next_action_owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            s.exchange.0,
            s.stage.as_str(),
            s.date,
            blank_null(&s.by),
            blank_null(&s.note),
            s.reason.map(|r| r.as_str()),
            blank_null(&s.next_action),
            s.next_action_due,
            blank_null(&s.next_action_owner)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Inserts one outcome row.
pub(super) fn insert_outcome(tx: &Connection, o: &Outcome) -> Result<(), StoreError> {
    let f = o.figures();
    tx.execute(
        "INSERT INTO outcomes (exchange_id, year, landfill_diversion_t, co2_t, cost_savings, additional_sales,
         jobs_created, jobs_safeguarded, private_investment, water_saved_m3, virgin_material_saved_t, evidence,
         verified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![o.exchange.0, o.year, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], o.evidence, o.verified],
    )?;
    Ok(())
}

/// Inserts one contact, with its row id where it has one (0: a new one); returns the row id.
pub(super) fn insert_contact(tx: &Connection, c: &Contact) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO contacts (fid, firm_id, name, role, email, phone, language, consent_date, consent_basis, workshops)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            (c.id > 0).then_some(c.id),
            c.firm.as_str(),
            c.name,
            blank_null(&c.role),
            blank_null(&c.email),
            blank_null(&c.phone),
            blank_null(&c.language),
            c.consent_date,
            blank_null(&c.consent_basis),
            join_ids(&c.workshops)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Inserts one workshop row.
pub(super) fn insert_workshop(tx: &Connection, w: &Workshop) -> Result<(), StoreError> {
    let attendees: Vec<&str> = w.attendees.iter().map(FirmId::as_str).collect();
    tx.execute(
        "INSERT INTO workshops (id, date, venue, facilitator, programme, notes, attendees)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            w.id,
            w.date,
            blank_null(&w.venue),
            blank_null(&w.facilitator),
            blank_null(&w.programme),
            blank_null(&w.notes),
            join_ids(&attendees)
        ],
    )?;
    Ok(())
}

pub(super) fn write(tx: &Connection, data: &ProjectData) -> Result<(), StoreError> {
    for s in &data.stages {
        insert_stage(tx, s)?;
    }
    for o in &data.outcomes {
        insert_outcome(tx, o)?;
    }
    for c in &data.contacts {
        insert_contact(tx, c)?;
    }
    for w in &data.workshops {
        insert_workshop(tx, w)?;
    }
    Ok(())
}
