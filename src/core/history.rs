//! Undo and redo: every edit knows its inverse, and each is saved at once as one transaction.
//! The history is the core's (no UI types): the desktop app and the benchmarks drive it through
//! [`super::session::Session`].

use super::StoreError;
use super::lang::{Phrase, Said};
use super::model::*;
use super::store::{Merged, ProjectFile};
use super::workbench::{Contact, Outcome, Workshop};

/// The source recorded for an evaluation parameter edited in the app.
pub const EDITED_SOURCE: &str = "edited in Symbiosis Explorer";

/// One edit of the project, with what is needed to undo it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    InsertFirm(Firm),
    UpdateFirm {
        before: Firm,
        after: Firm,
    },
    DeleteFirm {
        firm: Firm,
        flows: Vec<Flow>,
        exchanges: Vec<Exchange>,
        /// Its contact persons (deleted with it, back on undo).
        contacts: Vec<Contact>,
    },
    InsertFlow(Flow),
    UpdateFlow {
        before: Flow,
        after: Flow,
    },
    DeleteFlow(Flow),
    InsertFlows(Vec<Flow>),
    UpdateFlows {
        before: Vec<Flow>,
        after: Vec<Flow>,
    },
    DeleteFlows(Vec<Flow>),
    InsertExchange(Exchange),
    UpdateExchange {
        before: Exchange,
        after: Exchange,
    },
    DeleteExchange(Exchange),
    /// CSV files imported into the open project; `merged` says what that changed once done.
    Merge {
        imported: Box<ProjectData>,
        merged: Merged,
    },
    /// The project's name, description, evaluation year, currency, view, ... (Settings).
    SetMeta {
        before: Box<ProjectMeta>,
        after: Box<ProjectMeta>,
    },
    /// A stage change of a synergy, and the status of its exchange it sets (`fid`: its row,
    /// once done).
    RecordStage {
        change: super::workbench::StageChange,
        fid: i64,
        before: Exchange,
        after: Exchange,
    },
    /// A contact person added (`before` None) or changed; `after.id` is its row once done.
    SetContact {
        before: Option<Contact>,
        after: Contact,
    },
    /// The outcome reported for an exchange in a year: added, changed or taken away.
    SetOutcome {
        exchange: ExchangeId,
        year: i32,
        before: Option<Outcome>,
        after: Option<Outcome>,
    },
    /// A workshop added, changed or taken away (`id` is the workshop's).
    SetWorkshop {
        id: String,
        before: Option<Workshop>,
        after: Option<Workshop>,
    },
    /// One evaluation parameter: (value, source) before and after (Settings).
    SetParameter {
        key: String,
        before: (f64, String),
        after: (f64, String),
    },
}

impl Edit {
    /// Saves the edit; returns it as done (new ids filled in), ready to be undone.
    pub fn apply(self, file: &mut ProjectFile) -> Result<Edit, StoreError> {
        Ok(match self {
            Edit::InsertFirm(firm) => {
                file.insert_firm(&firm)?;
                Edit::InsertFirm(firm)
            }
            Edit::UpdateFirm { before, after } => {
                file.update_firm(&after)?;
                Edit::UpdateFirm { before, after }
            }
            Edit::DeleteFirm { firm, flows, exchanges, contacts } => {
                file.delete_firm(&firm.id)?;
                Edit::DeleteFirm { firm, flows, exchanges, contacts }
            }
            Edit::InsertFlow(mut flow) => {
                flow.id = file.insert_flow(&flow)?;
                Edit::InsertFlow(flow)
            }
            Edit::UpdateFlow { before, after } => {
                file.update_flow(&after)?;
                Edit::UpdateFlow { before, after }
            }
            Edit::DeleteFlow(flow) => {
                file.delete_flow(flow.id)?;
                Edit::DeleteFlow(flow)
            }
            Edit::InsertFlows(mut flows) => {
                let ids = file.insert_flows(&flows)?;
                for (flow, id) in flows.iter_mut().zip(ids) {
                    flow.id = id;
                }
                Edit::InsertFlows(flows)
            }
            Edit::UpdateFlows { before, after } => {
                file.update_flows(&after)?;
                Edit::UpdateFlows { before, after }
            }
            Edit::DeleteFlows(flows) => {
                file.delete_flows(&flows.iter().map(|f| f.id).collect::<Vec<_>>())?;
                Edit::DeleteFlows(flows)
            }
            Edit::InsertExchange(mut exchange) => {
                exchange.id = file.insert_exchange(&exchange)?;
                Edit::InsertExchange(exchange)
            }
            Edit::UpdateExchange { before, after } => {
                file.update_exchange(&after)?;
                Edit::UpdateExchange { before, after }
            }
            Edit::DeleteExchange(exchange) => {
                file.delete_exchange(exchange.id)?;
                Edit::DeleteExchange(exchange)
            }
            Edit::Merge { imported, .. } => {
                let merged = file.merge(&imported)?;
                Edit::Merge { imported, merged }
            }
            Edit::SetMeta { before, after } => {
                file.set_meta(&after)?;
                Edit::SetMeta { before, after }
            }
            Edit::SetParameter { key, before, after } => {
                file.set_parameter(&key, after.0, &after.1)?;
                Edit::SetParameter { key, before, after }
            }
            Edit::RecordStage { change, before, after, .. } => {
                let fid = file.record_stage(&change, &after)?;
                Edit::RecordStage { change, fid, before, after }
            }
            Edit::SetContact { before, mut after } => {
                after.id = file.set_contact(&after)?;
                Edit::SetContact { before, after }
            }
            Edit::SetOutcome { exchange, year, before, after } => {
                file.set_outcome(exchange, year, after.as_ref())?;
                Edit::SetOutcome { exchange, year, before, after }
            }
            Edit::SetWorkshop { id, before, after } => {
                match (&before, &after) {
                    (None, Some(new)) => file.add_workshop(new)?,
                    _ => file.set_workshop(&id, after.as_ref())?,
                }
                Edit::SetWorkshop { id, before, after }
            }
        })
    }

    /// Undoes a done edit (the firm deleted with its flows comes back in one transaction).
    pub(crate) fn undo(&self, file: &mut ProjectFile) -> Result<(), StoreError> {
        match self {
            Edit::InsertFirm(firm) => file.delete_firm(&firm.id),
            Edit::UpdateFirm { before, .. } => file.update_firm(before),
            Edit::DeleteFirm { firm, flows, exchanges, contacts } => {
                file.restore_firm(firm, flows, exchanges, contacts)
            }
            Edit::InsertFlow(flow) => file.delete_flow(flow.id),
            Edit::UpdateFlow { before, .. } => file.update_flow(before),
            Edit::DeleteFlow(flow) => file.insert_flow(flow).map(drop),
            Edit::InsertFlows(flows) => file.delete_flows(&flows.iter().map(|f| f.id).collect::<Vec<_>>()),
            Edit::UpdateFlows { before, .. } => file.update_flows(before),
            Edit::DeleteFlows(flows) => file.insert_flows(flows).map(drop),
            Edit::InsertExchange(exchange) => file.delete_exchange(exchange.id),
            Edit::UpdateExchange { before, .. } => file.update_exchange(before),
            Edit::DeleteExchange(exchange) => file.insert_exchange(exchange).map(drop),
            Edit::Merge { merged, .. } => file.unmerge(merged),
            Edit::SetMeta { before, .. } => file.set_meta(before),
            Edit::SetParameter { key, before, .. } => file.set_parameter(key, before.0, &before.1),
            Edit::RecordStage { fid, before, .. } => file.unrecord_stage(*fid, before),
            Edit::SetContact { before: None, after } => file.delete_contact(after.id),
            Edit::SetContact { before: Some(before), .. } => file.set_contact(before).map(drop),
            Edit::SetOutcome { exchange, year, before, .. } => file.set_outcome(*exchange, *year, before.as_ref()),
            Edit::SetWorkshop { id, before, after } => {
                let id = before.as_ref().map_or(id.as_str(), |w| w.id.as_str());
                if let Some(after) = after
                    && after.id != id
                {
                    file.set_workshop(&after.id, None)?;
                }
                file.set_workshop(id, before.as_ref())
            }
        }
    }

    /// What the edit did, for the status bar (in English, and as a phrase for the app).
    pub fn describe(&self) -> Said {
        let phrase = self.phrase();
        Said { english: phrase.english(), phrase }
    }

    /// What the edit did in words any language can say (`edit-*` of `errors.ftl`).
    fn phrase(&self) -> Phrase {
        let flow = |key_supply: &'static str, key_demand: &'static str, f: &Flow| {
            let key = if f.direction == Direction::Supply { key_supply } else { key_demand };
            Phrase::new(key, [("firm", f.firm.to_string()), ("material", f.material.to_string())])
        };
        let exchange = |key: &'static str, e: &Exchange| {
            let args = [("from", e.from.to_string()), ("to", e.to.to_string()), ("material", e.material.to_string())];
            Phrase::new(key, args)
        };
        let count = |key: &'static str, n: usize| Phrase::new(key, [("count", n)]);
        match self {
            Edit::InsertFirm(f) => Phrase::new("edit-add-firm", [("name", &f.name)]),
            Edit::UpdateFirm { after, .. } => Phrase::new("edit-edit-firm", [("name", &after.name)]),
            Edit::DeleteFirm { firm, .. } => Phrase::new("edit-delete-firm", [("name", &firm.name)]),
            Edit::InsertFlow(f) => flow("edit-add-supply", "edit-add-demand", f),
            Edit::UpdateFlow { after, .. } => Phrase::new("edit-edit-flow", [("id", after.id.to_string())]),
            Edit::DeleteFlow(f) => flow("edit-delete-supply", "edit-delete-demand", f),
            Edit::InsertFlows(flows) => count("edit-add-pasted-flows", flows.len()),
            Edit::UpdateFlows { after, .. } => count("edit-edit-flows", after.len()),
            Edit::DeleteFlows(flows) => count("edit-delete-flows", flows.len()),
            Edit::InsertExchange(e) => exchange("edit-add-exchange", e),
            Edit::UpdateExchange { after, .. } => {
                let status = ("status", after.status.to_string());
                let args = [("from", after.from.to_string()), ("to", after.to.to_string()), status];
                Phrase::new("edit-edit-exchange", args).with_words("status", "status")
            }
            Edit::DeleteExchange(e) => exchange("edit-delete-exchange", e),
            Edit::Merge { imported, .. } => Phrase::new(
                "edit-import",
                [
                    ("firms", imported.firms.len()),
                    ("flows", imported.flows.len()),
                    ("exchanges", imported.exchanges.len()),
                ],
            ),
            Edit::SetMeta { after, .. } => Phrase::new("edit-project-settings", [("name", &after.name)]),
            Edit::RecordStage { change, after, .. } => Phrase::new(
                "edit-record-stage",
                [
                    ("from", after.from.to_string()),
                    ("to", after.to.to_string()),
                    ("stage", change.stage.to_string()),
                    ("date", change.date.clone()),
                ],
            )
            .with_words("stage", "stage"),
            Edit::SetParameter { key, after, .. } => {
                Phrase::new("edit-set-parameter", [("key", key.clone()), ("value", after.0.to_string())])
                    .with_numbers(&["value"])
            }
            Edit::SetContact { before: None, after } => {
                Phrase::new("edit-add-contact", [("name", &after.name), ("firm", &after.firm.0)])
            }
            Edit::SetContact { after, .. } => {
                Phrase::new("edit-edit-contact", [("name", &after.name), ("firm", &after.firm.0)])
            }
            Edit::SetOutcome { exchange, year, after, .. } => Phrase::new(
                if after.is_some() { "edit-outcome" } else { "edit-remove-outcome" },
                [("id", exchange.to_string()), ("year", year.to_string())],
            ),
            Edit::SetWorkshop { after: Some(w), .. } => {
                Phrase::new("edit-workshop", [("id", &w.id), ("date", &w.date)])
            }
            Edit::SetWorkshop { id, after: None, .. } => Phrase::new("edit-remove-workshop", [("id", id)]),
        }
    }
}

/// The session's undo and redo stacks: one step per edit (a text field commits once, on Enter
/// or when it loses focus). A failed undo or redo leaves both stacks as they were.
#[derive(Default)]
pub struct History {
    done: Vec<Edit>,
    undone: Vec<Edit>,
}

impl History {
    /// Records a done edit; what was undone can no longer be redone.
    pub fn push(&mut self, edit: Edit) {
        self.done.push(edit);
        self.undone.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Undoes the last edit in the file; returns it (to update what is in memory).
    pub fn undo(&mut self, file: &mut ProjectFile) -> Option<Result<Edit, StoreError>> {
        let edit = self.done.pop()?;
        Some(match edit.undo(file) {
            Ok(()) => {
                self.undone.push(edit.clone());
                Ok(edit)
            }
            Err(e) => {
                self.done.push(edit);
                Err(e)
            }
        })
    }

    /// Forgets every edit (after one that cannot be undone, such as removing a person: no copy
    /// of what was erased stays in memory).
    pub fn clear(&mut self) {
        self.done.clear();
        self.undone.clear();
    }

    /// Applies the last undone edit again; returns it as done.
    pub fn redo(&mut self, file: &mut ProjectFile) -> Option<Result<Edit, StoreError>> {
        let edit = self.undone.pop()?;
        Some(match edit.clone().apply(file) {
            Ok(done) => {
                self.done.push(done.clone());
                Ok(done)
            }
            Err(e) => {
                self.undone.push(edit);
                Err(e)
            }
        })
    }
}
