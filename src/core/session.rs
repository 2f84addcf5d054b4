//! An open project as the desktop app edits it: the file, what it holds in memory, and the undo
//! history. Every edit is one transaction in the file and then the same change in memory, so an
//! edit costs what it touches, not a re-read of the project (issue: edits at 100,000 firms).
//!
//! In memory, removing an item moves the last one of its kind into its place (`swap_remove`):
//! positions stay dense for the map's indexes, and the order may differ from a fresh read of the
//! file (which is by row id) until the project is opened again. Every change is reported as a
//! [`Change`], so that indexes built over the project follow it instead of being rebuilt.

use std::collections::HashMap;
use std::sync::Arc;

use super::StoreError;
use super::history::{Edit, History};
use super::lang::{Phrase, Said};
use super::model::*;
use super::store::ProjectFile;
use super::workbench::{Contact, Outcome, Workshop};

/// One change of the project in memory, in the order it happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A firm added at the end (at this position).
    FirmAdded {
        at: usize,
        firm: Firm,
    },
    /// The firm at `at` changed (name, place, sector, ...).
    FirmUpdated {
        at: usize,
        before: Firm,
        after: Firm,
    },
    /// The firm at `at` was removed; the last firm (if another) now sits at `at`. Its flows and
    /// exchanges were removed before it, each with its own change.
    FirmRemoved {
        at: usize,
        firm: Firm,
    },
    FlowAdded {
        at: usize,
        flow: Flow,
    },
    FlowUpdated {
        at: usize,
        before: Flow,
        after: Flow,
    },
    /// The flow at `at` was removed; the last flow (if another) now sits at `at`.
    FlowRemoved {
        at: usize,
        flow: Flow,
    },
    ExchangeAdded {
        at: usize,
        exchange: Exchange,
    },
    ExchangeUpdated {
        at: usize,
        before: Exchange,
        after: Exchange,
    },
    /// The exchange at `at` was removed; the last exchange (if another) now sits at `at`.
    ExchangeRemoved {
        at: usize,
        exchange: Exchange,
    },
    /// Project settings or evaluation parameters changed (nothing on the map moved).
    Settings,
    /// The whole project was read again (after an import was merged or undone).
    Reloaded,
}

/// The project in memory with the positions of its firms, flows and exchanges by id.
#[derive(Default)]
struct Indexed {
    data: Arc<ProjectData>,
    firm_at: HashMap<FirmId, usize>,
    flow_at: HashMap<FlowId, usize>,
    exchange_at: HashMap<ExchangeId, usize>,
    /// Per firm: its flows, and the exchanges it sends or receives (a firm's deletion and its
    /// undo touch these, not the whole project).
    flows_of: HashMap<FirmId, Vec<FlowId>>,
    exchanges_of: HashMap<FirmId, Vec<ExchangeId>>,
}

impl Indexed {
    /// The data to change: shared with a background job, it is copied first (once).
    fn data_mut(&mut self) -> &mut ProjectData {
        Arc::make_mut(&mut self.data)
    }

    fn new(data: ProjectData) -> Self {
        let firm_at = data.firms.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
        let flow_at = data.flows.iter().enumerate().map(|(i, f)| (f.id, i)).collect();
        let exchange_at = data.exchanges.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        let mut flows_of: HashMap<FirmId, Vec<FlowId>> = HashMap::new();
        for f in &data.flows {
            flows_of.entry(f.firm.clone()).or_default().push(f.id);
        }
        let mut exchanges_of: HashMap<FirmId, Vec<ExchangeId>> = HashMap::new();
        for e in &data.exchanges {
            exchanges_of.entry(e.from.clone()).or_default().push(e.id);
            if e.to != e.from {
                exchanges_of.entry(e.to.clone()).or_default().push(e.id);
            }
        }
        Self { data: Arc::new(data), firm_at, flow_at, exchange_at, flows_of, exchanges_of }
    }

    fn link_flow(&mut self, flow: &Flow) {
        self.flows_of.entry(flow.firm.clone()).or_default().push(flow.id);
    }

    fn unlink_flow(&mut self, flow: &Flow) {
        if let Some(list) = self.flows_of.get_mut(&flow.firm) {
            list.retain(|id| *id != flow.id);
        }
    }

    fn link_exchange(&mut self, e: &Exchange) {
        self.exchanges_of.entry(e.from.clone()).or_default().push(e.id);
        if e.to != e.from {
            self.exchanges_of.entry(e.to.clone()).or_default().push(e.id);
        }
    }

    fn unlink_exchange(&mut self, e: &Exchange) {
        for firm in [&e.from, &e.to] {
            if let Some(list) = self.exchanges_of.get_mut(firm) {
                list.retain(|id| *id != e.id);
            }
        }
    }

    fn add_firm(&mut self, firm: Firm, changes: &mut Vec<Change>) {
        let at = self.data_mut().firms.len();
        self.firm_at.insert(firm.id.clone(), at);
        self.data_mut().firms.push(firm.clone());
        changes.push(Change::FirmAdded { at, firm });
    }

    fn replace_firm(&mut self, firm: Firm, changes: &mut Vec<Change>) {
        let Some(&at) = self.firm_at.get(&firm.id) else { return self.add_firm(firm, changes) };
        let before = std::mem::replace(&mut self.data_mut().firms[at], firm.clone());
        changes.push(Change::FirmUpdated { at, before, after: firm });
    }

    /// Removes a firm with its flows and exchanges (as the file does).
    fn remove_firm(&mut self, id: &FirmId, changes: &mut Vec<Change>) {
        let flows = self.flows_of.get(id).cloned().unwrap_or_default();
        for flow in flows {
            self.remove_flow(flow, changes);
        }
        let exchanges = self.exchanges_of.get(id).cloned().unwrap_or_default();
        for exchange in exchanges {
            self.remove_exchange(exchange, changes);
        }
        let Some(at) = self.firm_at.remove(id) else { return };
        let firm = self.data_mut().firms.swap_remove(at);
        if let Some(moved) = self.data.firms.get(at) {
            self.firm_at.insert(moved.id.clone(), at);
        }
        changes.push(Change::FirmRemoved { at, firm });
    }

    fn add_flow(&mut self, flow: Flow, changes: &mut Vec<Change>) {
        if self.flow_at.contains_key(&flow.id) {
            return self.replace_flow(flow, changes);
        }
        let at = self.data_mut().flows.len();
        self.flow_at.insert(flow.id, at);
        self.link_flow(&flow);
        self.data_mut().flows.push(flow.clone());
        changes.push(Change::FlowAdded { at, flow });
    }

    fn replace_flow(&mut self, flow: Flow, changes: &mut Vec<Change>) {
        let Some(&at) = self.flow_at.get(&flow.id) else { return self.add_flow(flow, changes) };
        let before = std::mem::replace(&mut self.data_mut().flows[at], flow.clone());
        self.unlink_flow(&before);
        self.link_flow(&flow);
        changes.push(Change::FlowUpdated { at, before, after: flow });
    }

    fn remove_flow(&mut self, id: FlowId, changes: &mut Vec<Change>) {
        let Some(at) = self.flow_at.remove(&id) else { return };
        let flow = self.data_mut().flows.swap_remove(at);
        self.unlink_flow(&flow);
        if let Some(moved) = self.data.flows.get(at) {
            self.flow_at.insert(moved.id, at);
        }
        changes.push(Change::FlowRemoved { at, flow });
    }

    fn add_exchange(&mut self, exchange: Exchange, changes: &mut Vec<Change>) {
        if self.exchange_at.contains_key(&exchange.id) {
            return self.replace_exchange(exchange, changes);
        }
        let at = self.data_mut().exchanges.len();
        self.exchange_at.insert(exchange.id, at);
        self.link_exchange(&exchange);
        self.data_mut().exchanges.push(exchange.clone());
        changes.push(Change::ExchangeAdded { at, exchange });
    }

    fn replace_exchange(&mut self, exchange: Exchange, changes: &mut Vec<Change>) {
        let Some(&at) = self.exchange_at.get(&exchange.id) else { return self.add_exchange(exchange, changes) };
        let before = std::mem::replace(&mut self.data_mut().exchanges[at], exchange.clone());
        self.unlink_exchange(&before);
        self.link_exchange(&exchange);
        changes.push(Change::ExchangeUpdated { at, before, after: exchange });
    }

    fn remove_exchange(&mut self, id: ExchangeId, changes: &mut Vec<Change>) {
        let Some(at) = self.exchange_at.remove(&id) else { return };
        let exchange = self.data_mut().exchanges.swap_remove(at);
        self.unlink_exchange(&exchange);
        if let Some(moved) = self.data.exchanges.get(at) {
            self.exchange_at.insert(moved.id, at);
        }
        changes.push(Change::ExchangeRemoved { at, exchange });
    }

    fn set_parameter(&mut self, key: &str, (value, source): &(f64, String), changes: &mut Vec<Change>) {
        // The file accepted it, so the key is known.
        let _ = self.data_mut().params.set(key, *value, source);
        changes.push(Change::Settings);
    }

    /// What a done edit changed, applied in memory (the file already has it).
    fn redo(&mut self, edit: &Edit, changes: &mut Vec<Change>) {
        match edit {
            Edit::InsertFirm(firm) => self.add_firm(firm.clone(), changes),
            Edit::UpdateFirm { after, .. } => self.replace_firm(after.clone(), changes),
            Edit::DeleteFirm { firm, .. } => {
                self.data_mut().contacts.retain(|c| c.firm != firm.id);
                self.remove_firm(&firm.id, changes)
            }
            Edit::InsertFlow(flow) => self.add_flow(flow.clone(), changes),
            Edit::UpdateFlow { after, .. } => self.replace_flow(after.clone(), changes),
            Edit::DeleteFlow(flow) => self.remove_flow(flow.id, changes),
            Edit::InsertFlows(flows) => flows.iter().for_each(|f| self.add_flow(f.clone(), changes)),
            Edit::UpdateFlows { after, .. } => after.iter().for_each(|f| self.replace_flow(f.clone(), changes)),
            Edit::DeleteFlows(flows) => flows.iter().for_each(|f| self.remove_flow(f.id, changes)),
            Edit::InsertExchange(e) => self.add_exchange(e.clone(), changes),
            Edit::UpdateExchange { after, .. } => self.replace_exchange(after.clone(), changes),
            Edit::DeleteExchange(e) => self.remove_exchange(e.id, changes),
            Edit::SetMeta { after, .. } => {
                self.data_mut().meta = (**after).clone();
                changes.push(Change::Settings);
            }
            Edit::SetParameter { key, after, .. } => self.set_parameter(key, after, changes),
            Edit::RecordStage { change, after, .. } => {
                self.data_mut().stages.push(change.clone());
                self.replace_exchange(after.clone(), changes);
                changes.push(Change::Settings);
            }
            Edit::SetContact { after, .. } => self.put_contact(after.id, Some(after.clone()), changes),
            Edit::SetOutcome { exchange, year, after, .. } => {
                self.put_outcome(*exchange, *year, after.clone(), changes)
            }
            Edit::SetWorkshop { id, after, .. } => self.put_workshop(id, after.clone(), changes),
            Edit::Merge { .. } => unreachable!("a merge is read back from the file"),
        }
    }

    fn put_contact(&mut self, id: i64, contact: Option<Contact>, changes: &mut Vec<Change>) {
        put(&mut self.data_mut().contacts, |c| c.id == id, contact);
        changes.push(Change::Settings);
    }

    fn put_outcome(&mut self, exchange: ExchangeId, year: i32, outcome: Option<Outcome>, changes: &mut Vec<Change>) {
        put(&mut self.data_mut().outcomes, |o| (o.exchange, o.year) == (exchange, year), outcome);
        changes.push(Change::Settings);
    }

    fn put_workshop(&mut self, id: &str, workshop: Option<Workshop>, changes: &mut Vec<Change>) {
        let workshops = &mut self.data_mut().workshops;
        workshops.retain(|w| w.id != id && workshop.as_ref().is_none_or(|new| new.id != w.id));
        if let Some(w) = workshop {
            workshops.push(w);
            workshops.sort_by(|a, b| (&a.date, &a.id).cmp(&(&b.date, &b.id)));
        }
        changes.push(Change::Settings);
    }

    /// What undoing a done edit changed, applied in memory (the file already has it).
    fn undo(&mut self, edit: &Edit, changes: &mut Vec<Change>) {
        match edit {
            Edit::InsertFirm(firm) => self.remove_firm(&firm.id, changes),
            Edit::UpdateFirm { before, .. } => self.replace_firm(before.clone(), changes),
            Edit::DeleteFirm { firm, flows, exchanges, contacts } => {
                self.data_mut().contacts.extend(contacts.iter().cloned());
                self.add_firm(firm.clone(), changes);
                flows.iter().for_each(|f| self.add_flow(f.clone(), changes));
                exchanges.iter().for_each(|e| self.add_exchange(e.clone(), changes));
            }
            Edit::InsertFlow(flow) => self.remove_flow(flow.id, changes),
            Edit::UpdateFlow { before, .. } => self.replace_flow(before.clone(), changes),
            Edit::DeleteFlow(flow) => self.add_flow(flow.clone(), changes),
            Edit::InsertFlows(flows) => flows.iter().for_each(|f| self.remove_flow(f.id, changes)),
            Edit::UpdateFlows { before, .. } => before.iter().for_each(|f| self.replace_flow(f.clone(), changes)),
            Edit::DeleteFlows(flows) => flows.iter().for_each(|f| self.add_flow(f.clone(), changes)),
            Edit::InsertExchange(e) => self.remove_exchange(e.id, changes),
            Edit::UpdateExchange { before, .. } => self.replace_exchange(before.clone(), changes),
            Edit::DeleteExchange(e) => self.add_exchange(e.clone(), changes),
            Edit::SetMeta { before, .. } => {
                self.data_mut().meta = (**before).clone();
                changes.push(Change::Settings);
            }
            Edit::SetParameter { key, before, .. } => self.set_parameter(key, before, changes),
            Edit::RecordStage { change, before, .. } => {
                let stages = &mut self.data_mut().stages;
                if let Some(i) = stages.iter().rposition(|s| s == change) {
                    stages.remove(i);
                }
                self.replace_exchange(before.clone(), changes);
                changes.push(Change::Settings);
            }
            Edit::SetContact { before, after } => self.put_contact(after.id, before.clone(), changes),
            Edit::SetOutcome { exchange, year, before, .. } => {
                self.put_outcome(*exchange, *year, before.clone(), changes)
            }
            Edit::SetWorkshop { id, before, after } => {
                let current = after.as_ref().map_or(id.as_str(), |w| w.id.as_str()).to_string();
                self.put_workshop(&current, before.clone(), changes)
            }
            Edit::Merge { .. } => unreachable!("a merge is read back from the file"),
        }
    }
}

/// The open project: its file, its data in memory and the undo history of this session.
pub struct Session {
    file: ProjectFile,
    project: Indexed,
    history: History,
    /// Bumped by every change, so that what is computed from the data knows when it is stale.
    version: u64,
    changes: Vec<Change>,
}

impl Session {
    /// A session on an opened project file (its checked data is read once).
    pub fn new(mut file: ProjectFile) -> Result<Self, StoreError> {
        let data = file.load()?;
        file.begin_editing()?;
        Ok(Self { file, project: Indexed::new(data), history: History::default(), version: 0, changes: Vec::new() })
    }

    pub fn data(&self) -> &ProjectData {
        &self.project.data
    }

    /// The data as it is now, to hand to a background job without copying it (an edit while
    /// the job runs copies the data once instead).
    pub fn shared(&self) -> Arc<ProjectData> {
        Arc::clone(&self.project.data)
    }

    pub fn file(&self) -> &ProjectFile {
        &self.file
    }

    /// Changes with every edit, undo, redo and reload.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// A firm by id, without a search.
    pub fn firm(&self, id: &FirmId) -> Option<&Firm> {
        self.project.data.firms.get(*self.project.firm_at.get(id)?)
    }

    /// Where a firm sits in `data().firms`.
    pub fn firm_position(&self, id: &FirmId) -> Option<usize> {
        self.project.firm_at.get(id).copied()
    }

    pub fn flow(&self, id: FlowId) -> Option<&Flow> {
        self.project.data.flows.get(*self.project.flow_at.get(&id)?)
    }

    pub fn exchange(&self, id: ExchangeId) -> Option<&Exchange> {
        self.project.data.exchanges.get(*self.project.exchange_at.get(&id)?)
    }

    /// The edit that records a stage change of exchange `change.exchange`: the exchange takes the
    /// status the stage stands for (an ended exchange stays ended). None for an unknown exchange.
    pub fn stage_edit(&self, change: crate::core::workbench::StageChange) -> Option<Edit> {
        let at = *self.project.exchange_at.get(&change.exchange)?;
        let before = self.data().exchanges.get(at)?.clone();
        let status = if before.status == ExchangeStatus::Ended { before.status } else { change.stage.status() };
        let after = Exchange { status, ..before.clone() };
        Some(Edit::RecordStage { change, fid: 0, before, after })
    }

    /// The stage changes of an exchange, in the order recorded.
    pub fn stages_of(&self, exchange: ExchangeId) -> Vec<&crate::core::workbench::StageChange> {
        self.data().stages.iter().filter(|s| s.exchange == exchange).collect()
    }

    /// The edit that deletes a firm with everything the file deletes with it (for its undo).
    pub fn delete_firm_edit(&self, id: &FirmId) -> Option<Edit> {
        let firm = self.firm(id)?.clone();
        let flows =
            self.project.flows_of.get(id).into_iter().flatten().filter_map(|f| self.flow(*f).cloned()).collect();
        let exchanges = self
            .project
            .exchanges_of
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|e| self.exchange(*e).cloned())
            .collect();
        let contacts = self.data().contacts.iter().filter(|c| c.firm == *id).cloned().collect();
        Some(Edit::DeleteFirm { firm, flows, exchanges, contacts })
    }

    /// The contact persons of a firm, in the order kept.
    pub fn contacts_of(&self, firm: &FirmId) -> Vec<&Contact> {
        self.data().contacts.iter().filter(|c| c.firm == *firm).collect()
    }

    /// "Remove this person": erases the contact from the file with every trace of its name,
    /// email and phone (see [`ProjectFile::erase_contact`]) and from memory; the undo history
    /// is cleared, so that no copy stays to bring it back. Not undoable.
    pub fn erase_contact(&mut self, id: i64) -> Result<Said, StoreError> {
        let contact = self
            .data()
            .contacts
            .iter()
            .find(|c| c.id == id)
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("contact {id}")))?;
        self.file.erase_contact(&contact)?;
        self.history.clear();
        // What the file now holds in free texts (the name replaced) is read back with it.
        self.reload()?;
        // The message names no one: it stays on screen, perhaps projected, after the person is gone.
        let phrase =
            Phrase::new("edit-erase-contact", [("id", contact.id.to_string()), ("firm", contact.firm.to_string())]);
        Ok(Said { english: phrase.english(), phrase })
    }

    /// Saves an edit (one transaction), applies it in memory and records it for undo. Returns
    /// what it did, for the status bar. A refused edit changes nothing.
    pub fn apply(&mut self, edit: Edit) -> Result<Said, StoreError> {
        let done = edit.apply(&mut self.file)?;
        let text = done.describe();
        self.after(&done, false)?;
        self.history.push(done);
        Ok(text)
    }

    /// Undoes the last edit in the file and in memory; None when there is nothing to undo.
    pub fn undo(&mut self) -> Option<Result<Said, StoreError>> {
        let edit = match self.history.undo(&mut self.file)? {
            Ok(edit) => edit,
            Err(e) => return Some(Err(e)),
        };
        Some(self.after(&edit, true).map(|()| edit.describe()))
    }

    /// Applies the last undone edit again; None when there is nothing to redo.
    pub fn redo(&mut self) -> Option<Result<Said, StoreError>> {
        let edit = match self.history.redo(&mut self.file)? {
            Ok(edit) => edit,
            Err(e) => return Some(Err(e)),
        };
        Some(self.after(&edit, false).map(|()| edit.describe()))
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Reads the project from the file again (another program changed it, or to check).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        self.project = Indexed::new(self.file.load()?);
        self.version += 1;
        self.changes.push(Change::Reloaded);
        Ok(())
    }

    /// What changed since the last call, oldest first.
    pub fn take_changes(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    /// Brings memory in line with the file after `edit` was saved (or undone).
    fn after(&mut self, edit: &Edit, undone: bool) -> Result<(), StoreError> {
        if matches!(edit, Edit::Merge { .. }) {
            return self.reload();
        }
        if undone {
            self.project.undo(edit, &mut self.changes);
        } else {
            self.project.redo(edit, &mut self.changes);
        }
        self.version += 1;
        Ok(())
    }

    /// Saves a complete copy under another name; the session goes on there (history kept: the
    /// copy holds the same rows).
    /// Continues in `file`, a copy of this project written elsewhere (the app's Save As writes
    /// it in the background from [`Self::shared`]): edits go there from now on.
    pub fn continue_in(&mut self, mut file: ProjectFile) -> Result<(), StoreError> {
        file.begin_editing()?;
        self.file = file;
        Ok(())
    }

    pub fn save_as(&mut self, path: &std::path::Path) -> Result<(), StoreError> {
        let mut copy = self.file.save_as(path)?;
        copy.begin_editing()?;
        self.file = copy;
        Ok(())
    }
}

/// Puts `item` in place of the element `is` finds (appended where none is; the element
/// removed where `item` is None).
fn put<T>(list: &mut Vec<T>, is: impl Fn(&T) -> bool, item: Option<T>) {
    match (list.iter().position(is), item) {
        (Some(at), Some(new)) => list[at] = new,
        (None, Some(new)) => list.push(new),
        (Some(at), None) => {
            list.remove(at);
        }
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firm(id: &str, lat: f64) -> Firm {
        Firm {
            id: FirmId::new(id),
            name: format!("Firm {id}"),
            location: LatLon::new(lat, 11.0),
            nace: "35.11".into(),
            employees: None,
            address: String::new(),
            notes: String::new(),
            source: "test".into(),
            country: "DK".into(),
            ets: false,
            port: String::new(),
        }
    }

    /// A fly ash exchange from f1 to f2 of unknown quantity.
    fn fly_ash_exchange(status: ExchangeStatus) -> Exchange {
        Exchange {
            id: ExchangeId(0),
            from: FirmId::new("f1"),
            to: FirmId::new("f2"),
            material: MaterialId::new("fly_ash"),
            quantity: None,
            unit: Unit::Tonne,
            status,
            start_year: None,
            end_year: None,
            transport: None,
            notes: String::new(),
            source: "test".into(),
            counterfactual_km: None,
            programme: String::new(),
        }
    }

    fn flow(firm: &str, direction: Direction, quantity: f64) -> Flow {
        Flow {
            id: FlowId(0),
            firm: FirmId::new(firm),
            direction,
            role: FlowRole::Residue,
            material: MaterialId::new("fly_ash"),
            quantity,
            unit: Unit::Tonne,
            ewc: None,
            fkko: None,
            workshop_id: String::new(),
            quality: String::new(),
            available_from: None,
            available_to: None,
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: false,
            confidential: false,
            source: "test".into(),
        }
    }

    fn session() -> (tempfile::TempDir, Session) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.gpkg");
        let mut data = ProjectData::new(ProjectMeta { name: "Test".into(), ..ProjectMeta::default() });
        data.firms = (0..5).map(|i| firm(&format!("f{i}"), 55.0 + f64::from(i) * 0.01)).collect();
        ProjectFile::create(&path, &data, false).unwrap();
        let file = ProjectFile::open(&path).unwrap();
        (dir, Session::new(file).unwrap())
    }

    /// The session's data, in the file's order, next to a fresh read of the file.
    fn memory_and_file(s: &Session) -> (ProjectData, ProjectData) {
        let mut memory = s.data().clone();
        memory.firms.sort_by(|a, b| a.id.cmp(&b.id));
        memory.flows.sort_by_key(|f| f.id);
        memory.exchanges.sort_by_key(|e| e.id);
        let mut file = s.file().load().unwrap();
        file.firms.sort_by(|a, b| a.id.cmp(&b.id));
        (memory, file)
    }

    #[test]
    fn every_edit_undo_and_redo_leaves_memory_as_the_file_reads() {
        let (_dir, mut s) = session();
        let mut edits = 0;
        let mut check = |s: &Session, what: &str| {
            let (memory, file) = memory_and_file(s);
            assert_eq!(memory, file, "after {what}");
            edits += 1;
        };
        s.apply(Edit::InsertFlow(flow("f1", Direction::Supply, 100.0))).unwrap();
        s.apply(Edit::InsertFlow(flow("f2", Direction::Demand, 80.0))).unwrap();
        s.apply(Edit::InsertFlow(flow("f2", Direction::Supply, 5.0))).unwrap();
        check(&s, "adding flows");
        let first = s.data().flows[0].clone();
        s.apply(Edit::UpdateFlow { before: first.clone(), after: Flow { quantity: 150.0, ..first } }).unwrap();
        check(&s, "changing a quantity");
        let f3 = s.firm(&FirmId::new("f3")).unwrap().clone();
        let moved = Firm { name: "Moved".into(), location: LatLon::new(56.0, 12.0), ..f3.clone() };
        s.apply(Edit::UpdateFirm { before: f3, after: moved }).unwrap();
        check(&s, "renaming and moving a firm");
        let exchange = Exchange { quantity: Some(80.0), ..fly_ash_exchange(ExchangeStatus::Proposed) };
        s.apply(Edit::InsertExchange(exchange)).unwrap();
        check(&s, "adding an exchange");
        // Deleting the first firm of the list moves the last one into its place.
        let delete = s.delete_firm_edit(&FirmId::new("f2")).unwrap();
        let Edit::DeleteFirm { flows, exchanges, .. } = &delete else { unreachable!() };
        assert_eq!((flows.len(), exchanges.len()), (2, 1), "its flows and exchange go with it");
        s.apply(delete).unwrap();
        check(&s, "deleting a firm with its flows and exchange");
        assert!(s.firm(&FirmId::new("f2")).is_none());
        assert_eq!(s.firm(&FirmId::new("f4")).map(|f| f.name.as_str()), Some("Firm f4"), "the moved firm is found");
        let meta = s.data().meta.clone();
        let after = ProjectMeta { name: "Renamed park".into(), ..meta.clone() };
        s.apply(Edit::SetMeta { before: Box::new(meta), after: Box::new(after) }).unwrap();
        let price = s.data().params.carbon_price.clone();
        s.apply(Edit::SetParameter {
            key: "carbon_price".into(),
            before: (price.value, price.source.clone()),
            after: (99.0, crate::core::history::EDITED_SOURCE.into()),
        })
        .unwrap();
        check(&s, "settings");
        assert_eq!(s.data().params.carbon_price.value, 99.0);
        let applied = 9;
        for i in 0..applied {
            s.undo().expect("something to undo").unwrap();
            check(&s, &format!("undo {i}"));
        }
        assert!(s.undo().is_none(), "nothing left to undo");
        assert_eq!(s.data().flows.len(), 0);
        assert_eq!(s.data().meta.name, "Test", "the settings edit was undone too");
        for i in 0..applied {
            s.redo().expect("something to redo").unwrap();
            check(&s, &format!("redo {i}"));
        }
        assert_eq!(s.data().meta.name, "Renamed park");
        assert!(s.firm(&FirmId::new("f2")).is_none(), "the delete was redone");
        assert_eq!(edits, 6 + 2 * applied);
    }

    #[test]
    fn a_synergy_moves_through_dated_stages_its_status_follows_and_undo_takes_a_stage_back() {
        use crate::core::workbench::{Stage, StageChange};
        let (_dir, mut s) = session();
        s.apply(Edit::InsertExchange(fly_ash_exchange(ExchangeStatus::Candidate))).unwrap();
        let id = s.data().exchanges[0].id;
        let change = |stage: Stage, date: &str| StageChange {
            exchange: id,
            stage,
            date: date.into(),
            by: "facilitator".into(),
            note: String::new(),
            reason: None,
            next_action: "call".into(),
            next_action_due: Some("2021-02-01".into()),
            next_action_owner: String::new(),
        };
        for (stage, date, status) in [
            (Stage::Identified, "2021-01-10", ExchangeStatus::Proposed),
            (Stage::Agreed, "2021-05-01", ExchangeStatus::Agreed),
            (Stage::Completed, "2022-01-15", ExchangeStatus::Realised),
        ] {
            let text = s.apply(s.stage_edit(change(stage, date)).unwrap()).unwrap().to_string();
            assert!(text.contains(stage.as_str()) && text.contains(date), "{text}");
            assert_eq!(s.data().exchanges[0].status, status);
            let (memory, file) = memory_and_file(&s);
            assert_eq!(memory, file, "after {stage}");
        }
        let history: Vec<Stage> = s.stages_of(id).iter().map(|c| c.stage).collect();
        assert_eq!(history, [Stage::Identified, Stage::Agreed, Stage::Completed]);
        s.undo().unwrap().unwrap();
        assert_eq!(s.data().exchanges[0].status, ExchangeStatus::Agreed, "undo takes the last stage back");
        assert_eq!(s.stages_of(id).len(), 2);
        let (memory, file) = memory_and_file(&s);
        assert_eq!(memory, file);
        // A date that is not one is refused, and nothing changes.
        assert!(s.apply(s.stage_edit(change(Stage::Met, "2021-13-01")).unwrap()).is_err());
        assert_eq!(s.stages_of(id).len(), 2);
    }

    #[test]
    fn a_refused_edit_changes_neither_file_nor_memory_nor_history() {
        let (_dir, mut s) = session();
        let version = s.version();
        let bad = flow("no-such-firm", Direction::Supply, 1.0);
        assert!(s.apply(Edit::InsertFlow(bad)).is_err());
        assert_eq!(s.version(), version);
        assert!(!s.can_undo());
        assert!(s.take_changes().is_empty());
        let (memory, file) = memory_and_file(&s);
        assert_eq!(memory, file);
    }

    #[test]
    fn changes_report_positions_so_indexes_can_follow() {
        let (_dir, mut s) = session();
        s.take_changes();
        let delete = s.delete_firm_edit(&FirmId::new("f0")).unwrap();
        s.apply(delete).unwrap();
        let changes = s.take_changes();
        assert!(matches!(&changes[..], [Change::FirmRemoved { at: 0, firm }] if firm.id.as_str() == "f0"));
        assert_eq!(s.data().firms[0].id.as_str(), "f4", "the last firm took its place");
        assert_eq!(s.firm_position(&FirmId::new("f4")), Some(0));
        s.undo().unwrap().unwrap();
        assert!(matches!(&s.take_changes()[..], [Change::FirmAdded { at: 4, firm }] if firm.id.as_str() == "f0"));
    }
}
