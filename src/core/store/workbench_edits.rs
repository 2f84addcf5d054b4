//! The workbench's edits of an open project file (contacts, outcomes, workshops), each one
//! transaction, and the erasure of a person.

use rusqlite::params;

use super::ProjectFile;
use super::rows::touch;
use super::workbench_rows::{insert_contact, insert_outcome, insert_workshop};
use crate::core::error::StoreError;
use crate::core::model::{ExchangeId, ProjectData, ProjectMeta};
use crate::core::workbench::{Contact, Outcome, Workshop};

/// What replaces a removed person's name, email or phone in the project's free texts.
pub const REMOVED_PERSON: &str = "(person removed)";

/// The first problem of a workbench row on its own (dates, texts, figures).
fn check(fill: impl FnOnce(&mut ProjectData)) -> Result<(), StoreError> {
    let mut one = ProjectData::new(ProjectMeta::default());
    fill(&mut one);
    match crate::core::validate::problems(&one).into_iter().next() {
        Some(problem) => Err(StoreError::Invalid(problem)),
        None => Ok(()),
    }
}

impl ProjectFile {
    /// Adds a contact (id 0: a new row) or replaces the one with its id; returns the row id.
    pub fn set_contact(&mut self, contact: &Contact) -> Result<i64, StoreError> {
        check(|one| one.contacts.push(contact.clone()))?;
        self.edit(|tx| {
            let known: i64 =
                tx.query_row("SELECT count(*) FROM firms WHERE id = ?1", [contact.firm.as_str()], |r| r.get(0))?;
            if known == 0 {
                return Err(StoreError::NotFound(format!("firm '{}'", contact.firm)));
            }
            if contact.id > 0 {
                tx.execute("DELETE FROM contacts WHERE fid = ?1", [contact.id])?;
            }
            let id = insert_contact(tx, contact)?;
            touch(tx, "contacts")?;
            Ok(id)
        })
    }

    /// Deletes a contact row (the undo of adding it).
    pub fn delete_contact(&mut self, id: i64) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM contacts WHERE fid = ?1", [id])? == 0 {
                return Err(StoreError::NotFound(format!("contact {id}")));
            }
            touch(tx, "contacts")
        })
    }

    /// "Remove this person": the contact's row goes, and its name, email and phone are replaced
    /// by [`REMOVED_PERSON`] wherever the project's free texts mention them (stage changes,
    /// workshops, outcomes' evidence, firm notes). SQLite's `secure_delete` zeroes the freed
    /// space, the write-ahead log is emptied, and if the file's bytes still hold the name (space
    /// freed before this session without `secure_delete`) the file is rebuilt (`VACUUM`).
    /// Not undoable: the caller drops its undo history.
    pub fn erase_contact(&mut self, contact: &Contact) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        let traces: Vec<&str> = [&contact.name, &contact.email, &contact.phone]
            .into_iter()
            .map(|t| t.trim())
            .filter(|t| t.chars().count() >= 3)
            .collect();
        self.edit(|tx| {
            if tx.execute("DELETE FROM contacts WHERE fid = ?1", [contact.id])? == 0 {
                return Err(StoreError::NotFound(format!("contact {}", contact.id)));
            }
            const TEXTS: &[(&str, &[&str])] = &[
                ("stages", &["by", "note", "next_action", "next_action_owner"]),
                ("workshops", &["facilitator", "notes"]),
                ("outcomes", &["evidence"]),
                ("firms", &["notes", "source"]),
                ("exchanges", &["notes", "source"]),
                ("flows", &["quality", "source"]),
            ];
            for trace in &traces {
                for (table, columns) in TEXTS {
                    for column in *columns {
                        // Table and column names are the fixed names above, never user input.
                        let sql = format!(
                            "UPDATE {table} SET {column} = replace({column}, ?1, ?2) WHERE instr({column}, ?1) > 0"
                        );
                        tx.execute(&sql, params![trace, REMOVED_PERSON])?;
                    }
                }
            }
            touch(tx, "contacts")
        })?;
        self.flush_traces()
    }

    /// Rebuilds the file and empties the write-ahead log into it, so that no freed page, cell
    /// slack or log frame keeps an earlier value of what was erased (an old phone number edited
    /// over, say, which `secure_delete` alone would not reach: it was freed before).
    fn flush_traces(&mut self) -> Result<(), StoreError> {
        self.conn.execute_batch("VACUUM")?;
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Sets the outcome reported for `exchange` in `year` (None: none reported), one row per
    /// exchange and year.
    pub fn set_outcome(
        &mut self,
        exchange: ExchangeId,
        year: i32,
        outcome: Option<&Outcome>,
    ) -> Result<(), StoreError> {
        if let Some(o) = outcome {
            check(|one| one.outcomes.push(o.clone()))?;
            if (o.exchange, o.year) != (exchange, year) {
                return Err(StoreError::Invalid(format!(
                    "outcome of exchange {} in {} given for another",
                    o.exchange, o.year
                )));
            }
        }
        self.edit(|tx| {
            tx.execute("DELETE FROM outcomes WHERE exchange_id = ?1 AND year = ?2", params![exchange.0, year])?;
            if let Some(o) = outcome {
                insert_outcome(tx, o)?;
            }
            touch(tx, "outcomes")
        })
    }

    /// Adds a workshop; refused if its id is taken.
    pub fn add_workshop(&mut self, workshop: &Workshop) -> Result<(), StoreError> {
        check(|one| one.workshops.push(workshop.clone()))?;
        self.edit(|tx| {
            let taken: i64 =
                tx.query_row("SELECT count(*) FROM workshops WHERE id = ?1", [&workshop.id], |r| r.get(0))?;
            if taken > 0 {
                return Err(StoreError::Invalid(format!("workshop '{}' exists already", workshop.id)));
            }
            insert_workshop(tx, workshop)?;
            touch(tx, "workshops")
        })
    }

    /// Sets the workshop with id `id` (None: removes it).
    pub fn set_workshop(&mut self, id: &str, workshop: Option<&Workshop>) -> Result<(), StoreError> {
        if let Some(w) = workshop {
            check(|one| one.workshops.push(w.clone()))?;
        }
        self.edit(|tx| {
            tx.execute("DELETE FROM workshops WHERE id = ?1", [id])?;
            if let Some(w) = workshop {
                insert_workshop(tx, w)?;
            }
            touch(tx, "workshops")
        })
    }
}
