//! The one write path: panels send [`Command`]s during the frame; `App` runs them here, after
//! the frame's UI, in the order sent. Only this module changes the project file (through the
//! core's [`crate::core::session::Session`]), the open project, the selection or the jobs.

use crate::i18n::Localized as _;
use std::path::PathBuf;

mod files;
mod present;

use super::App;
use super::dock::Pane;
use super::map::layer::{Layers, Pick};
use super::state::{Message, Pointer};
use crate::core::history::Edit;
use crate::core::matching::Candidate;
use crate::core::model::*;
use crate::t;

/// What a panel asks the app to do (a few per frame at most, so their size does not matter).
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Save an edit (one transaction), record it for undo, update memory and the map index.
    Apply(Edit),
    Undo,
    Redo,
    Open(PathBuf),
    SaveAs(PathBuf),
    New(PathBuf),
    Select(Option<Pick>),
    /// Select a firm and centre the map on it.
    FocusFirm(FirmId),
    /// Bring a pane of the workspace to the front.
    Show(Pane),
    Info(String),
    Error(String),
    StartMatching {
        greenfield: bool,
        include_products: bool,
    },
    StartOptimise {
        include_products: bool,
    },
    CancelMatching,
    CancelOptimise,
    CompareScenarios,
    Rediscover,
    Explain {
        supply: FlowId,
        demand: FlowId,
        greenfield: bool,
        include_products: bool,
    },
    Export(super::windows::export::ExportRequest),
    /// Turn a candidate into a proposed exchange.
    Propose(Box<Candidate>),
    Present(bool),
    PresenterView(bool),
    Anonymise(bool),
    /// Presentation mode's second language (None: one language).
    SecondLanguage(Option<&'static str>),
    SetYear(Option<i32>),
    SetLayers(Layers),
    MoveFirms(bool),
    Pointer(Pointer),
    ZoomToProject,
    Basemap(super::map::Basemap),
    OpenWindow(super::windows::Window),
    ResetLayout,
    /// The language of exports and material names (View > Language), remembered.
    SetLanguage(&'static str),
    /// Opens the quick entry with its entries recorded as coming from this workshop.
    QuickEntryAt(String),
    /// "Remove this person": erase a contact completely (not undoable; clears the undo history).
    EraseContact(i64),
    /// File > Team server: check out, check in, refresh, merge (see `windows::team`).
    Team(super::windows::team::TeamAction),
}

impl App {
    /// Runs the commands sent this frame, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        while !self.commands.is_empty() {
            let commands = std::mem::take(&mut self.commands);
            for command in commands {
                self.run(ctx, command);
            }
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        let state = &mut self.state;
        match command {
            Command::Apply(edit) => self.apply(edit),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::Open(path) => self.open(ctx, &path),
            Command::SaveAs(path) => self.save_as(path),
            Command::New(path) => self.new_project(ctx, path),
            Command::Select(pick) => state.selection = pick,
            Command::FocusFirm(id) => {
                if let Some(f) = state.project.as_ref().and_then(|p| p.session.firm(&id)) {
                    self.map.center_on(f.location);
                }
                state.selection = Some(Pick::Firm(id));
            }
            Command::Show(pane) => self.dock.show(pane),
            Command::Info(text) => state.message = Some(Message { text, error: false }),
            Command::Error(text) => state.message = Some(Message { text, error: true }),
            Command::StartMatching { greenfield, include_products } => {
                super::tasks::start_matching(state, greenfield, include_products)
            }
            Command::StartOptimise { include_products } => super::tasks::start_optimise(state, include_products),
            Command::CancelMatching => {
                if let Some(job) = state.jobs.matching.take() {
                    job.cancel();
                    state.message = Some(Message { text: t!("ui-matching-cancelled"), error: false });
                }
            }
            Command::CancelOptimise => {
                if let Some(job) = state.jobs.optimise.take() {
                    job.cancel();
                    state.message = Some(Message { text: t!("ui-optimisation-cancelled"), error: false });
                }
            }
            Command::CompareScenarios => super::tasks::start_scenarios(state),
            Command::Rediscover => super::tasks::start_rediscovery(state),
            Command::Explain { supply, demand, greenfield, include_products } => {
                super::tasks::start_explain(state, supply, demand, greenfield, include_products)
            }
            Command::Export(request) => super::tasks::start_export(state, request),
            Command::Propose(c) => self.propose(&c),
            Command::Present(on) => self.set_presentation(ctx, on),
            Command::PresenterView(on) => self.set_presenter_view(on),
            Command::SecondLanguage(lang) => state.second_lang = lang,
            Command::Anonymise(on) => {
                state.anonymise = on;
                if state.presenting.is_some() || state.jobs.present.is_some() {
                    super::tasks::start_presenting(state);
                }
            }
            Command::SetYear(year) => state.year = year,
            Command::SetLayers(layers) => state.layers = layers,
            Command::SetLanguage(lang) => {
                state.lang = lang;
                state.lang_chosen = true;
            }
            Command::MoveFirms(on) => state.move_firms = on,
            Command::Pointer(pointer) => state.pointer = pointer,
            Command::ZoomToProject => {
                if let Some(data) = state.data() {
                    self.map.zoom_to(data);
                }
            }
            Command::Basemap(basemap) => {
                if let Err(e) = self.map.set_basemap(ctx, basemap) {
                    state.message = Some(Message { text: e, error: true });
                } else if let Some(text) = self.map.basemap_note() {
                    state.message = Some(Message { text, error: false });
                }
            }
            Command::OpenWindow(window) => self.windows.open(window, state),
            Command::Team(action) => self.team(action),
            Command::QuickEntryAt(workshop) => {
                self.windows.quick = Some(super::quick_entry::QuickEntry { workshop, ..Default::default() });
            }
            Command::EraseContact(id) => self.erase_contact(id),
            Command::ResetLayout => {
                self.dock = super::dock::Dock::default();
                state.message = Some(Message { text: t!("ui-layout-reset"), error: false });
            }
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.state.message = Some(Message { text: text.into(), error: false });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.state.message = Some(Message { text: text.into(), error: true });
    }

    /// Saves an edit through the session and brings the map index along.
    fn apply(&mut self, edit: Edit) {
        let Some(project) = &mut self.state.project else { return };
        match project.session.apply(edit) {
            Ok(_) => self.after_edit(),
            Err(e) => self.error(t!("ui-not-saved", error = e.localized())),
        }
    }

    /// Erases a contact person from the file and memory; the undo history goes with it.
    fn erase_contact(&mut self, id: i64) {
        let Some(project) = &mut self.state.project else { return };
        match project.session.erase_contact(id) {
            Ok(text) => {
                self.after_edit();
                self.info(t!("ui-undo-history-cleared", what = text.localized()));
            }
            Err(e) => self.error(t!("ui-not-removed", error = e.localized())),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(project) = &mut self.state.project else { return };
        let outcome = if undo { project.session.undo() } else { project.session.redo() };
        let (done, failed, none) = if undo {
            (t!("ui-undone"), t!("ui-could-not-undo"), t!("ui-nothing-to-undo"))
        } else {
            (t!("ui-redone"), t!("ui-could-not-redo"), t!("ui-nothing-to-redo"))
        };
        match outcome {
            Some(Ok(text)) => {
                self.after_edit();
                self.info(format!("{done}: {}", text.localized()));
            }
            Some(Err(e)) => self.error(format!("{failed}: {}", e.localized())),
            None => self.info(none),
        }
    }

    /// After an edit, undo or redo: the map index follows the changes, presentation and cached
    /// comparisons are refreshed.
    fn after_edit(&mut self) {
        let state = &mut self.state;
        let Some(project) = &mut state.project else { return };
        let changes = project.session.take_changes();
        project.index.follow(project.session.data(), &changes);
        state.scenarios = None;
        if state.presenting.is_some() {
            super::tasks::start_presenting(state);
        }
    }

    fn propose(&mut self, c: &Candidate) {
        // A candidate of flows entered at a workshop belongs to that workshop's programme.
        let programme = self
            .state
            .project
            .as_ref()
            .and_then(|p| {
                let session = &p.session;
                let workshop = [c.supply_flow_id, c.demand_flow_id]
                    .iter()
                    .filter_map(|id| session.flow(*id))
                    .map(|f| f.workshop_id.as_str())
                    .find(|w| !w.is_empty())?;
                session.data().workshops.iter().find(|w| w.id == workshop).map(|w| w.programme.clone())
            })
            .unwrap_or_default();
        let exchange = Exchange {
            id: ExchangeId(0),
            from: c.supply_firm_id.clone(),
            to: c.demand_firm_id.clone(),
            material: c.supply_material.clone(),
            quantity: Some(c.quantity_supply),
            unit: c.supply_unit,
            status: ExchangeStatus::Proposed,
            start_year: None,
            end_year: None,
            transport: Some(c.transport),
            notes: format!(
                "Proposed from a candidate: {} t CO2/yr avoided, net benefit {}",
                crate::i18n::shown(c.co2_avoided_t),
                crate::i18n::shown(c.net_benefit)
            ),
            source: "Symbiosis Explorer matching".into(),
            counterfactual_km: None,
            programme,
        };
        self.apply(Edit::InsertExchange(exchange));
        if self.state.message.as_ref().is_some_and(|m| m.error) {
            return;
        }
        self.state
            .candidates
            .retain(|x| !(x.supply_flow_id == c.supply_flow_id && x.demand_flow_id == c.demand_flow_id));
        self.info(t!(
            "ui-proposed",
            material = self.state.material_name(&c.supply_material),
            from = c.supply_firm.clone(),
            to = c.demand_firm.clone()
        ));
    }
}
