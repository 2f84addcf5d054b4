//! What the whole app shares: the open project, the selection, the year shown, candidates, the
//! background jobs and the status line. Panels read it through [`AppContext`] and change it only
//! by sending a [`Command`]; [`super::command`] is the one place that writes.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use super::command::Command;
use super::jobs::{Job, Jobs, Poll};
use super::map::index::MapIndex;
use super::map::layer::{Layers, Pick};
use super::presentation::PresentedProject;
use crate::core::indicators::NetworkLink;
use crate::core::matching::{Breakdown, Candidate, MatchOptions, Matcher};
use crate::core::model::*;
use crate::core::session::Session;

/// How the app was started.
#[derive(Clone, Debug, Default)]
pub struct LaunchOptions {
    pub project: Option<PathBuf>,
    /// Open in presentation mode.
    pub presentation: bool,
    /// Use this MBTiles raster file as the basemap.
    pub mbtiles: Option<PathBuf>,
    /// Open with the timeline at this year.
    pub year: Option<i32>,
    /// Save a picture of the first settled frame here and close (never reads or writes the
    /// remembered layout or recent projects).
    pub screenshot: Option<PathBuf>,
    pub dark: bool,
    /// `--lang`: the language asked for on the command line (it wins over a remembered choice).
    pub lang: Option<&'static str>,
    /// `--second-lang`: presentation mode's second language.
    pub second_lang: Option<&'static str>,
    /// `--size`: the window's inner size in points.
    pub size: Option<(u32, u32)>,
    /// The system's language, where it is one of the app's (used until the user chooses).
    pub system_lang: Option<&'static str>,
}

/// A message in the status bar: what happened, or what went wrong and what to do.
#[derive(Clone, Debug)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The open project: the editing session (file, data, undo history), the map's indexes over
/// it, and the shipped sample it is a working copy of, if it is one.
pub struct OpenProject {
    pub session: Session,
    pub index: MapIndex,
    pub sample_of: Option<PathBuf>,
    /// An offline copy of a team-server project: where from, when, read-only or not.
    pub team: Option<crate::core::sync::sync_state::SyncHeader>,
}

impl OpenProject {
    pub fn data(&self) -> &ProjectData {
        self.session.data()
    }
}

/// The optimal allocation shown on the map, with its totals.
#[derive(Clone, Debug)]
pub struct OptimalView {
    pub objective: f64,
    /// Proven relative gap to the optimum (0: optimal; more where the time limit stopped it).
    pub gap: f64,
    pub arcs: usize,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
}

/// What the map pointer reported in the last frame, for the status bar and the firm editor.
#[derive(Clone, Copy, Debug, Default)]
pub struct Pointer {
    pub cursor: Option<LatLon>,
    pub clicked_empty: Option<LatLon>,
}

/// What the existing exchanges' figures depend on: the data version and the year.
type LinksKey = (u64, Option<i32>);
/// The existing exchanges evaluated, for the data version and year they are of.
type LinksCache = (LinksKey, Arc<Vec<NetworkLink>>);

pub struct AppState {
    pub project: Option<OpenProject>,
    pub message: Option<Message>,
    pub selection: Option<Pick>,
    /// The timeline's year (None: the park as it is in its evaluation year).
    pub year: Option<i32>,
    pub candidates: Vec<Candidate>,
    pub optimal: Option<OptimalView>,
    /// The explanation of the last candidate or pair asked about.
    pub explanation: Option<Result<Breakdown, String>>,
    pub scenarios: Option<crate::core::scenarios::Report>,
    pub rediscovery: Option<String>,
    pub jobs: Jobs,
    /// Presentation mode: what the projector shows (None: the desk view).
    pub presenting: Option<PresentedProject>,
    pub anonymise: bool,
    /// Presentation mode's second language, shown beside the first (headline, legend, flow
    /// diagram) at a cross-border round table.
    pub second_lang: Option<&'static str>,
    /// The projector shows the clean view in a second window while this one keeps the controls.
    pub presenter_view: bool,
    pub layers: Layers,
    pub move_firms: bool,
    pub pointer: Pointer,
    pub launch: LaunchOptions,
    /// The language of exports, material names and (as they are translated) the app's words.
    pub lang: &'static str,
    /// The user chose the language (View > Language): remembered between sessions.
    pub lang_chosen: bool,
    /// `--present`: presentation starts once the first project is open.
    pub present_on_open: bool,
    /// Bumped when another project opens or presentation changes what is shown.
    generation: u64,
    /// Bumped when another project opens.
    projects: u64,
    links: RefCell<Option<LinksCache>>,
    links_job: RefCell<Option<(LinksKey, Job<Vec<NetworkLink>>)>>,
}

impl AppState {
    pub fn new(launch: LaunchOptions) -> Self {
        Self {
            project: None,
            message: None,
            selection: None,
            year: launch.year,
            candidates: Vec::new(),
            optimal: None,
            explanation: None,
            scenarios: None,
            rediscovery: None,
            jobs: Jobs::default(),
            presenting: None,
            anonymise: false,
            second_lang: None,
            presenter_view: false,
            layers: Layers::default(),
            move_firms: false,
            pointer: Pointer::default(),
            lang: launch.lang.or(launch.system_lang).unwrap_or("en"),
            lang_chosen: false,
            launch,
            present_on_open: false,
            generation: 0,
            projects: 0,
            links: RefCell::new(None),
            links_job: RefCell::new(None),
        }
    }

    /// Changes whenever what is shown changes: an edit, an undo, another project, presentation.
    pub fn data_version(&self) -> u64 {
        let edits = self.project.as_ref().map_or(0, |p| p.session.version());
        (self.generation << 32) ^ edits
    }

    /// Marks what is shown as changed (another project, presentation on or off, a new presented
    /// project).
    pub fn bump(&mut self) {
        self.generation += 1;
    }

    /// The desk project's version (another project opened, an edit, an undo): what a background
    /// job computed from. Unlike [`Self::data_version`], presentation does not change it, so a
    /// job started at the desk still lands while the room is shown something else.
    pub fn project_version(&self) -> u64 {
        let edits = self.project.as_ref().map_or(0, |p| p.session.version());
        (self.projects << 32) ^ edits
    }

    /// Another project is open.
    pub fn bump_project(&mut self) {
        self.projects += 1;
        self.bump();
    }

    /// While presenting, keeps only the candidates between flows the room may see (candidates
    /// come from the desk's data, confidential flows included).
    pub fn keep_presentable_candidates(&mut self) {
        let Some(presented) = &self.presenting else { return };
        let shown: std::collections::HashSet<FlowId> = presented.data.flows.iter().map(|f| f.id).collect();
        self.candidates.retain(|c| shown.contains(&c.supply_flow_id) && shown.contains(&c.demand_flow_id));
    }

    /// The desk's project data (the real one, confidential flows included).
    pub fn data(&self) -> Option<&ProjectData> {
        self.project.as_ref().map(OpenProject::data)
    }

    /// What the room sees: the presented project while presenting, else the desk's.
    pub fn shown(&self) -> Option<&ProjectData> {
        self.presenting.as_ref().map(|v| v.data.as_ref()).or_else(|| self.data())
    }

    /// The year the desk evaluates: the timeline's, else the project's evaluation year.
    pub fn eval_year(&self) -> Option<i32> {
        self.year.or_else(|| self.data().map(|d| d.meta.year()))
    }

    pub fn currency(&self) -> String {
        self.data().map_or_else(|| "EUR".into(), |d| d.meta.currency.clone())
    }

    pub fn selected_firm(&self) -> Option<&Firm> {
        let Some(Pick::Firm(id)) = &self.selection else { return None };
        self.project.as_ref()?.session.firm(id)
    }

    /// A firm's name by id (its id where the firm is not in the project).
    /// A material's name in the app's language, else its id.
    pub fn material_name(&self, id: &crate::core::model::MaterialId) -> String {
        self.data().map_or_else(|| id.0.clone(), |d| d.material_name(id, self.lang).to_string())
    }

    pub fn firm_name(&self, id: &FirmId) -> String {
        self.project.as_ref().and_then(|p| p.session.firm(id)).map_or_else(|| id.0.clone(), |f| f.name.clone())
    }

    /// The existing exchanges (in `year`) of what is shown, evaluated, for the charts, the
    /// headline, the tour and the diagram. Computed in the background once per change of data
    /// or year: until it is ready ([`Self::links_ready`]) this is the last result (or none).
    pub fn existing_links(&self, year: Option<i32>) -> Arc<Vec<NetworkLink>> {
        let key = (self.data_version(), year);
        if let Some((k, links)) = &*self.links.borrow()
            && *k == key
        {
            return Arc::clone(links);
        }
        let pending = self.links_job.borrow().as_ref().is_some_and(|(k, _)| *k == key);
        if !pending && let Some(data) = self.shared_shown() {
            let job = Job::spawn("job-existing-figures", key.0, move |_| {
                let matcher = Matcher::new(&data, MatchOptions { year, greenfield: true, ..MatchOptions::default() });
                crate::core::scenarios::exchange_links(&matcher, |e| crate::core::scenarios::is_existing(e, year))
            });
            *self.links_job.borrow_mut() = Some((key, job));
        }
        self.links.borrow().as_ref().map_or_else(Arc::default, |(_, links)| Arc::clone(links))
    }

    /// Whether the existing links are being computed.
    pub fn links_running(&self) -> bool {
        self.links_job.borrow().is_some()
    }

    /// Whether [`Self::existing_links`] of `year` is up to date.
    pub fn links_ready(&self, year: Option<i32>) -> bool {
        self.links.borrow().as_ref().is_some_and(|(k, _)| *k == (self.data_version(), year))
    }

    /// The existing links, waiting for them (tests, and work outside a frame).
    pub fn existing_links_now(&self, year: Option<i32>) -> Arc<Vec<NetworkLink>> {
        let started = std::time::Instant::now();
        loop {
            let links = self.existing_links(year);
            if self.links_ready(year) || started.elapsed().as_secs() > 120 {
                return links;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
            self.poll_links();
        }
    }

    /// Lands a finished computation of the existing links; true while one is still running.
    pub fn poll_links(&self) -> bool {
        let mut slot = self.links_job.borrow_mut();
        let Some((key, job)) = slot.as_ref() else { return false };
        match job.poll() {
            Poll::Running => return true,
            Poll::Done(links) => *self.links.borrow_mut() = Some((*key, Arc::new(links))),
            Poll::Gone => {}
        }
        *slot = None;
        false
    }

    /// What is shown, shared for a background job (the presented project while presenting).
    pub fn shared_shown(&self) -> Option<Arc<ProjectData>> {
        match &self.presenting {
            Some(view) => Some(Arc::clone(&view.data)),
            None => self.project.as_ref().map(|p| p.session.shared()),
        }
    }
}

/// What a panel sees of the app in one frame: the shared state to read, and the commands it
/// sends (run by `App` after the frame's UI, in order).
pub struct AppContext<'a> {
    pub state: &'a AppState,
    commands: &'a mut Vec<Command>,
}

impl<'a> AppContext<'a> {
    pub fn new(state: &'a AppState, commands: &'a mut Vec<Command>) -> Self {
        Self { state, commands }
    }

    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.send(Command::Info(text.into()));
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.send(Command::Error(text.into()));
    }

    pub fn data(&self) -> Option<&'a ProjectData> {
        self.state.data()
    }

    /// Commands sent so far this frame (tests and the frame loop).
    pub fn sent(&self) -> &[Command] {
        self.commands
    }
}
