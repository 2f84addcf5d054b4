//! The one write path: panels send [`Command`]s during the frame; `App` runs them here, after
//! the frame's UI, in the order sent. Only this module changes the project file (through the
//! core's [`crate::core::session::Session`]), the open project, the selection or the jobs.

use std::path::PathBuf;

use super::App;
use super::dock::Pane;
use super::map::layer::{Layers, Pick};
use super::presentation::PresentedProject;
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
            Err(e) => self.error(t!("ui-not-saved", error = e.to_string())),
        }
    }

    /// Erases a contact person from the file and memory; the undo history goes with it.
    fn erase_contact(&mut self, id: i64) {
        let Some(project) = &mut self.state.project else { return };
        match project.session.erase_contact(id) {
            Ok(text) => {
                self.after_edit();
                self.info(t!("ui-undo-history-cleared", what = text));
            }
            Err(e) => self.error(t!("ui-not-removed", error = e.to_string())),
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
                self.info(format!("{done}: {text}"));
            }
            Some(Err(e)) => self.error(format!("{failed}: {e}")),
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

    /// Starts a team-server action. Check-in and refresh rewrite the open copy, so it is closed
    /// first (its edits are all in the file already) and opened again when the job ends.
    fn team(&mut self, action: super::windows::team::TeamAction) {
        use super::windows::team::{self, TeamAction};
        let copy = self.state.project.as_ref().map(|p| p.session.file().path().to_path_buf());
        if matches!(action, TeamAction::CheckIn { .. } | TeamAction::Refresh { .. }) {
            if self.state.project.as_ref().is_none_or(|p| p.team.is_none()) {
                return self.error(t!("ui-the-open-project-is-not-an"));
            }
            self.state.jobs.cancel_all();
            self.state.project = None;
            self.state.selection = None;
            self.state.bump_project();
            self.panels.reset();
        }
        let dialog = self.windows.team.get_or_insert_with(team::TeamDialog::default);
        let version = self.state.project_version();
        dialog.job = Some(super::jobs::Job::spawn("job-team-server", version, move |_| team::run(action, copy)));
    }

    /// Opens a project in the background (a shipped sample as a working copy); the project open
    /// now stays, and can be edited, until the new one lands ([`Self::opened`]).
    pub(super) fn open(&mut self, _ctx: &egui::Context, path: &std::path::Path) {
        if let Some(job) = self.state.jobs.open.take() {
            job.cancel();
        }
        let path = path.to_path_buf();
        self.info(t!("ui-opening", path = path.display().to_string()));
        let version = self.state.project_version();
        self.state.jobs.open = Some(super::jobs::Job::spawn("job-opening", version, move |_| {
            let opened = super::recent::open_project(&path);
            (path, opened)
        }));
    }

    /// A project opened in the background replaces the open one (or says why it could not).
    pub(super) fn opened(&mut self, ctx: &egui::Context, opened: super::jobs::Opened) {
        let (path, outcome) = opened;
        match outcome {
            Ok((project, note)) => {
                self.state.jobs.cancel_all();
                if project.sample_of.is_none() && self.state.launch.screenshot.is_none() {
                    super::recent::remember(&path);
                }
                self.state.project = Some(project);
                self.state.selection = None;
                self.state.rediscovery = None;
                self.state.scenarios = None;
                self.state.explanation = None;
                self.state.optimal = None;
                self.state.candidates.clear();
                self.state.bump_project();
                self.panels.reset();
                self.map.center_on_view(self.state.data().map_or(MapView::BALTIC, |d| d.meta.view));
                self.info(note);
                // Presenting goes on with the new project; `--present` starts once the first is open.
                if self.state.presenting.is_some() || std::mem::take(&mut self.state.present_on_open) {
                    self.set_presentation(ctx, true);
                }
            }
            Err(e) => self.error(t!("ui-choose-another-file", error = e.to_string())),
        }
    }

    /// Save As: the project is written to `path` in the background (edits go on meanwhile);
    /// once written, edits go there ([`Self::saved_as`]).
    fn save_as(&mut self, path: PathBuf) {
        if path.as_os_str().is_empty() {
            return self.error(t!("ui-type-a-path-for-save-as"));
        }
        let Some(project) = &self.state.project else { return };
        if path == project.session.file().path() {
            return self.error(t!("ui-save-as-needs-a-different-file"));
        }
        let data = project.session.shared();
        let from = project.session.file().path().to_path_buf();
        if let Some(job) = self.state.jobs.save_as.take() {
            job.cancel();
        }
        self.info(t!("ui-saving-as", path = path.display().to_string()));
        self.state.jobs.save_as =
            Some(super::jobs::Job::spawn("job-save-as", self.state.project_version(), move |_| {
                let written = crate::core::ProjectFile::create(&path, &data, true)
                    .and_then(|()| {
                        crate::core::ProjectFile::open_with(&path, crate::core::store::OpenMode::ReadWrite)
                            .map_err(|e| crate::core::error::StoreError::Invalid(e.to_string()))
                    })
                    .map_err(|e| e.to_string());
                (from, path, written)
            }));
    }

    /// A copy written in the background: edits go there from now on. Edits made while it was
    /// written are not in it, so it is written again from the project as it is now.
    pub(super) fn saved_as(&mut self, version: u64, saved: super::jobs::SavedAs) {
        let (from, path, written) = saved;
        let file = match written {
            Ok(file) => file,
            Err(e) => return self.error(t!("ui-save-as-failed", error = e.to_string())),
        };
        let Some(project) = &self.state.project else { return };
        if project.session.file().path() != from {
            // Another project was opened meanwhile: the copy stays a copy.
            return self.info(t!(
                "ui-saved-a-copy",
                from = from.display().to_string(),
                path = path.display().to_string()
            ));
        }
        if version != self.state.project_version() {
            drop(file);
            return self.save_as(path);
        }
        let Some(project) = &mut self.state.project else { return };
        match project.session.continue_in(file) {
            Ok(()) => {
                project.sample_of = None;
                self.info(t!("ui-saved-as", path = path.display().to_string()));
            }
            Err(e) => self.error(t!("ui-save-as-failed", error = e.to_string())),
        }
    }

    fn new_project(&mut self, ctx: &egui::Context, path: PathBuf) {
        if path.as_os_str().is_empty() {
            return self.error(t!("ui-type-a-path-for-the-new"));
        }
        match crate::core::ProjectFile::create(&path, &ProjectData::new(ProjectMeta::default()), false) {
            Ok(()) => self.open(ctx, &path),
            Err(e) => self.error(t!("ui-could-not-create", path = path.display().to_string(), error = e.to_string())),
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

    /// Enters or leaves presentation mode. The presented project (confidential flows out, names
    /// anonymised if asked) is made in the background; the room sees it once it lands
    /// ([`Self::presented`]).
    pub fn set_presentation(&mut self, ctx: &egui::Context, on: bool) {
        let state = &mut self.state;
        if on {
            if state.project.is_some() {
                super::tasks::start_presenting(state);
            }
            return;
        }
        if let Some(job) = state.jobs.present.take() {
            job.cancel();
        }
        state.bump();
        state.presenting = None;
        state.presenter_view = false;
        super::presentation::desk_style(ctx, state.launch.dark);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// A presented project made in the background: shown, unless the project changed meanwhile
    /// (then it is made again from the project as it is now).
    pub(super) fn presented(&mut self, ctx: &egui::Context, version: u64, presented: PresentedProject) {
        let state = &mut self.state;
        if version != state.project_version() {
            return super::tasks::start_presenting(state);
        }
        let entering = state.presenting.is_none();
        state.presenting = Some(presented);
        // What is shown changed (the map's scene, the charts' figures follow); jobs started at
        // the desk are not affected (they compare the project version).
        state.bump();
        // Candidates may come from confidential flows: not on the projector.
        state.keep_presentable_candidates();
        if entering && !state.presenter_view {
            super::presentation::projector_style(ctx);
            if state.launch.screenshot.is_none() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
        }
    }

    /// Opens or closes the presenter view: the projector window shows the presented project.
    pub fn set_presenter_view(&mut self, on: bool) {
        let state = &mut self.state;
        state.presenter_view = on;
        if on && state.project.is_some() {
            return super::tasks::start_presenting(state);
        }
        if let Some(job) = state.jobs.present.take() {
            job.cancel();
        }
        state.bump();
        state.presenting = None;
    }
}
