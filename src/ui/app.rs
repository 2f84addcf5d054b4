//! The desktop app: a map of the project in the middle, side panels to explore and edit it.
//!
//! The project file is the truth: every edit is one `ProjectFile` call (one transaction), after
//! which the app reloads what it shows. Undo applies the inverse edit, also saved at once.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText};
use walkers::{Map, MapMemory, lon_lat};

use super::history::{Edit, History};
use super::map_layer::{self, Layers, MapEvents, Pick, ProjectLayer};
use super::tiles::BasemapTiles;
use crate::core::generate::{Town, towns};
use crate::core::matching::{Breakdown, Candidate, MatchOptions, Matcher};
use crate::core::model::*;
use crate::core::{OpenMode, ProjectFile, reference};

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
    pub screenshot: Option<PathBuf>,
    pub dark: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Firms,
    Flows,
    Exchanges,
    AllFlows,
    Candidates,
    Charts,
    Settings,
    Tour,
}

impl Tab {
    const ALL: [Tab; 8] =
        [Tab::Tour, Tab::Firms, Tab::Flows, Tab::AllFlows, Tab::Exchanges, Tab::Candidates, Tab::Charts, Tab::Settings];
    fn label(self) -> &'static str {
        match self {
            Tab::Firms => "Firms",
            Tab::Flows => "Flows",
            Tab::AllFlows => "All flows",
            Tab::Exchanges => "Exchanges",
            Tab::Candidates => "Candidates",
            Tab::Charts => "Charts",
            Tab::Settings => "Settings",
            Tab::Tour => "About & tour",
        }
    }
}

/// A message in the status bar: what happened, or what went wrong and what to do.
#[derive(Clone, Debug)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The open project: file, what it holds, and where it came from.
pub struct OpenProject {
    pub file: ProjectFile,
    pub data: ProjectData,
    /// Indexes for the map, rebuilt whenever `data` is.
    pub index: map_layer::MapIndex,
    /// The shipped sample this is a working copy of, if it is one.
    pub sample_of: Option<PathBuf>,
}

/// A matching run in the background.
struct MatchJob {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: usize,
    result: std::sync::mpsc::Receiver<Vec<Candidate>>,
}

/// Fields of the "add a flow" form.
#[derive(Clone, Debug)]
struct FlowDraft {
    /// The flow being edited, if the form edits one instead of adding.
    editing: Option<Flow>,
    direction: Direction,
    material: String,
    quantity: String,
    /// The unit the quantity is typed in; None is the material's own unit.
    unit: Option<Unit>,
    ewc_search: String,
    ewc: Option<String>,
    from: String,
    to: String,
    accepts_hazardous: bool,
    confidential: bool,
    /// Supply side: residue or product.
    role: FlowRole,
    source: String,
}

impl Default for FlowDraft {
    fn default() -> Self {
        Self {
            editing: None,
            direction: Direction::Supply,
            material: "steam".into(),
            quantity: String::new(),
            unit: None,
            ewc_search: String::new(),
            ewc: None,
            from: String::new(),
            to: String::new(),
            accepts_hazardous: false,
            confidential: false,
            role: FlowRole::Residue,
            source: String::new(),
        }
    }
}

pub struct App {
    pub project: Option<OpenProject>,
    pub message: Option<Message>,
    pub tab: Tab,
    pub selection: Option<Pick>,
    pub firm_search: String,
    pub layers: Layers,
    pub candidates: Vec<Candidate>,
    pub move_firms: bool,
    memory: MapMemory,
    tiles: Option<BasemapTiles>,
    towns: Vec<Town>,
    history: History,
    events: MapEvents,
    dragging: Option<(FirmId, LatLon)>,
    flow_draft: FlowDraft,
    nace_search: String,
    match_job: Option<MatchJob>,
    greenfield: bool,
    /// Offer product flows to matching too (they earn no credit).
    include_products: bool,
    explanation: Option<Result<Breakdown, String>>,
    path_field: String,
    launch: LaunchOptions,
    frames: u64,
    settled_frames: u32,
    screenshot_requested: bool,
    screenshot_saved: Arc<AtomicBool>,
    pending_delete: Option<FirmId>,
    flows_filter: String,
    flows_sort: (usize, bool),
    pasted: String,
    paste_problems: Vec<String>,
    import: Option<ImportDialog>,
    pub export: Option<ExportDialog>,
    /// Size of the map area in the last frame (points), to export the view as seen.
    map_size: egui::Vec2,
    why_not: (String, String),
    optimal: Option<OptimalView>,
    candidate_filter: String,
    candidate_sort: usize,
    flow_selection: std::collections::HashSet<FlowId>,
    /// Presentation mode: what the projector shows (None: the desk view), and whether names
    /// are anonymised.
    pub presenting: Option<super::presentation::PresentedProject>,
    /// Bumped whenever the shown data changes, to know when cached figures are stale.
    data_version: u64,
    firm_rows: Option<(FirmRowsKey, Vec<usize>)>,
    flow_rows: Option<(FlowRowsKey, Vec<usize>)>,
    links_cache: Option<(LinksKey, Vec<NetworkLink>)>,
    breakdown_cache: Option<((u64, ExchangeId), Option<Breakdown>)>,
    /// The guided tour's current step, and the last "would the matcher have found it" result.
    pub tour_step: usize,
    pub rediscovery: Option<String>,
    /// The flow diagram window: open, and in which unit family.
    pub diagram: Option<Unit>,
    diagram_selected_only: bool,
    /// Nodes drawn in the diagram's last frame.
    pub diagram_nodes: usize,
    /// The last scenario comparison (cleared when the project changes).
    pub scenarios: Option<crate::core::scenarios::Report>,
    /// A user's MBTiles basemap in place of the built-in one.
    pub mbtiles: Option<super::tiles::MbTilesTiles>,
    mbtiles_path: String,
    /// OpenStreetMap tiles, only once the user turns them on (View > Basemap); tiles seen are
    /// kept in a disk cache so that those areas stay available offline. None: no request is
    /// ever made.
    pub online: Option<walkers::HttpTiles>,
    /// Presenter view: the projector shows the clean view in a second window (its own display)
    /// while this window keeps the controls.
    pub presenter_view: bool,
    /// The quick have/want form (open or not).
    pub quick: Option<super::quick_entry::QuickEntry>,
    pub anonymise: bool,
    /// The timeline: the year shown (None: the park as it is), playing, and when it last moved.
    pub year: Option<i32>,
    playing: bool,
    last_tick: f64,
    bulk_source: String,
    optimise_job: Option<OptimiseJob>,
}

/// An optimisation in the background (bounded by its time limit; Cancel drops its result).
struct OptimiseJob {
    cancelled: Arc<AtomicBool>,
    result: std::sync::mpsc::Receiver<Result<(Vec<Candidate>, OptimalView), String>>,
}

/// The optimal allocation shown on the map, with its totals.
pub struct OptimalView {
    pub objective: f64,
    /// Proven relative gap to the optimum (0: optimal; more where the time limit stopped it).
    pub gap: f64,
    pub arcs: usize,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
}

use crate::core::indicators::NetworkLink;

/// What the cached exchange links depend on: data version and the year shown.
type LinksKey = (u64, Option<i32>);
/// What the cached firm list depends on: data version and filter text.
type FirmRowsKey = (u64, String);
/// What the cached flow table depends on: data version, filter text, sort column and direction.
type FlowRowsKey = (u64, String, usize, bool);

/// What the Export window can write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExportKind {
    Csv,
    Geojson,
    Html,
    Png,
}

/// The Export window: where to, what to include, the map image size and the CSV grid.
pub struct ExportDialog {
    pub dir: String,
    pub include_confidential: bool,
    pub size: (u32, u32),
    pub crs: Option<&'static crate::core::crs::Crs>,
    /// What the last export wrote (or why it failed).
    pub last: String,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self { dir: String::new(), include_confidential: false, size: (1920, 1080), crs: None, last: String::new() }
    }
}

/// File > Import CSV: the files, and what checking them found.
#[derive(Default)]
pub struct ImportDialog {
    pub firms: String,
    pub flows: String,
    pub exchanges: String,
    pub problems: Vec<String>,
    pub checked: Option<crate::core::model::ProjectData>,
    /// Per file (firms, flows, exchanges): columns not in the format, mapped to a format column
    /// (`Some`) or left out (`None`).
    pub mapping: [std::collections::BTreeMap<String, Option<String>>; 3],
    /// CRS of firm coordinates given as x/y (easting/northing) without a `crs` column.
    pub crs: Option<&'static crate::core::crs::Crs>,
    /// What checking converted on the way in (units).
    pub notes: Vec<String>,
}

impl ImportDialog {
    /// Reads the files, applies the column mapping and checks them like `import` does.
    fn check(&mut self) {
        use crate::core::csv_import::{self, EXCHANGES_COLUMNS, FIRMS_COLUMNS, FLOWS_COLUMNS, Sources};
        let paths = [self.firms.trim().to_string(), self.flows.trim().to_string(), self.exchanges.trim().to_string()];
        let firm_columns: Vec<&str> = FIRMS_COLUMNS.iter().chain(csv_import::FIRMS_GRID_COLUMNS).copied().collect();
        let known: [&[&str]; 3] = [&firm_columns, FLOWS_COLUMNS, EXCHANGES_COLUMNS];
        let mut texts: Vec<Option<Vec<u8>>> = Vec::new();
        for (i, path) in paths.iter().enumerate() {
            if path.is_empty() {
                texts.push(None);
                continue;
            }
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    self.checked = None;
                    self.problems = vec![format!("{path}: {e}")];
                    return;
                }
            };
            // Columns the format does not know are offered for mapping.
            for column in csv_import::header_of(&bytes) {
                let name = column.to_lowercase();
                if !name.is_empty() && !known[i].contains(&name.as_str()) {
                    self.mapping[i].entry(column).or_insert(None);
                }
            }
            let mapping: std::collections::HashMap<String, Option<String>> =
                self.mapping[i].clone().into_iter().collect();
            match csv_import::apply_column_mapping(&bytes, &mapping) {
                Ok(mapped) => texts.push(Some(mapped)),
                Err(e) => {
                    self.checked = None;
                    self.problems = vec![format!("{path}: {e}")];
                    return;
                }
            }
        }
        let (Some(firms), Some(flows)) = (texts[0].as_deref(), texts[1].as_deref()) else {
            self.checked = None;
            self.problems = vec!["Choose a firms.csv and a flows.csv".into()];
            return;
        };
        let sources = Sources {
            firms: (paths[0].clone(), firms),
            flows: (paths[1].clone(), flows),
            exchanges: texts[2].as_deref().map(|b| (paths[2].clone(), b)),
            materials: None,
            rules: None,
            project: None,
            crs: self.crs,
        };
        match csv_import::import_from_with_notes(sources) {
            Ok((data, notes)) => {
                self.problems.clear();
                self.notes = notes.iter().map(ToString::to_string).collect();
                self.checked = Some(data);
            }
            Err(problems) => {
                self.checked = None;
                self.problems = problems.iter().map(ToString::to_string).collect();
            }
        }
    }
}

/// The recent-projects list, kept in the user's config directory (best effort).
fn recent_file() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("symbiosis-explorer").join("recent.txt"))
}

/// Where online tiles are cached: `$XDG_CACHE_HOME/symbiosis-explorer/osm-tiles` (or
/// `~/.cache/...`).
pub fn online_tile_cache() -> Option<PathBuf> {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(cache.join("symbiosis-explorer").join("osm-tiles"))
}

pub fn recent_projects() -> Vec<PathBuf> {
    let Some(file) = recent_file() else { return Vec::new() };
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect()
}

fn remember_recent(path: &Path) {
    let Some(file) = recent_file() else { return };
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mut list = recent_projects();
    list.retain(|p| p != &path);
    list.insert(0, path);
    list.truncate(8);
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(file, text);
}

/// Where working copies of the shipped samples go, so that the samples are never modified.
fn working_copy_of(sample: &Path) -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join("symbiosis-explorer");
    std::fs::create_dir_all(&dir)?;
    let name = sample.file_name().map_or_else(|| "project.gpkg".into(), |n| n.to_string_lossy().into_owned());
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let copy = dir.join(format!("{}-{}-{}", std::process::id(), COPIES.fetch_add(1, Ordering::Relaxed), name));
    std::fs::copy(sample, &copy)?;
    Ok(copy)
}

/// The shipped samples directory (beside the binary's crate, or the working directory).
pub fn samples_dir() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_projects");
    if crate_dir.is_dir() { crate_dir } else { PathBuf::from("sample_projects") }
}

impl App {
    pub fn new(ctx: &egui::Context, launch: LaunchOptions) -> Self {
        let mut app = App {
            project: None,
            message: None,
            tab: Tab::Firms,
            selection: None,
            firm_search: String::new(),
            layers: Layers::default(),
            candidates: Vec::new(),
            move_firms: false,
            memory: MapMemory::default(),
            tiles: Some(BasemapTiles::new(ctx, launch.dark)),
            towns: towns().to_vec(),
            history: History::default(),
            events: MapEvents::default(),
            dragging: None,
            flow_draft: FlowDraft::default(),
            nace_search: String::new(),
            match_job: None,
            greenfield: false,
            include_products: false,
            explanation: None,
            path_field: String::new(),
            launch: launch.clone(),
            frames: 0,
            settled_frames: 0,
            screenshot_requested: false,
            screenshot_saved: Arc::new(AtomicBool::new(false)),
            pending_delete: None,
            flows_filter: String::new(),
            flows_sort: (0, true),
            pasted: String::new(),
            paste_problems: Vec::new(),
            import: None,
            why_not: (String::new(), String::new()),
            optimal: None,
            candidate_filter: String::new(),
            candidate_sort: 0,
            flow_selection: Default::default(),
            year: launch.year,
            presenting: None,
            quick: None,
            presenter_view: false,
            mbtiles: None,
            mbtiles_path: String::new(),
            online: None,
            export: None,
            map_size: egui::vec2(1600.0, 1000.0),
            scenarios: None,
            diagram: None,
            data_version: 0,
            firm_rows: None,
            flow_rows: None,
            links_cache: None,
            breakdown_cache: None,
            tour_step: 0,
            rediscovery: None,
            diagram_selected_only: false,
            diagram_nodes: 0,
            anonymise: false,
            playing: false,
            last_tick: 0.0,
            bulk_source: String::new(),
            optimise_job: None,
        };
        if launch.dark {
            ctx.set_visuals(egui::Visuals::dark());
        } else {
            ctx.set_visuals(egui::Visuals::light());
        }
        let path = launch.project.clone().unwrap_or_else(|| samples_dir().join("kalundborg.gpkg"));
        app.open(&path);
        app.memory.set_zoom(MapView::BALTIC.zoom).ok();
        app.center_on_project_view();
        if launch.presentation {
            app.set_presentation(ctx, true);
        }
        if let Some(path) = &launch.mbtiles {
            match crate::mbtiles::MbTiles::open(path) {
                Ok(source) => app.mbtiles = Some(super::tiles::MbTilesTiles::new(ctx, source)),
                Err(e) => app.error(format!("{e}. The built-in basemap is used instead.")),
            }
        }
        app
    }

    /// The year the desk evaluates: the timeline's, else the project's evaluation year (else
    /// this year), so that ended exchanges and expired flows drop out unless a past year is chosen.
    pub fn eval_year(&self) -> Option<i32> {
        self.year.or_else(|| self.project.as_ref().map(|p| p.data.meta.year()))
    }

    /// The existing exchanges (in `year`) of what is shown, evaluated; cached until the data,
    /// the year or the view changes, so that charts, headline and diagram cost nothing per frame.
    pub fn existing_links(&mut self, year: Option<i32>) -> Vec<crate::core::indicators::NetworkLink> {
        let key = (self.data_version, year);
        if let Some((k, links)) = &self.links_cache
            && *k == key
        {
            return links.clone();
        }
        let Some(data) = self.presenting.as_ref().map(|v| &v.data).or(self.project.as_ref().map(|p| &p.data)) else {
            return Vec::new();
        };
        let matcher = Matcher::new(data, MatchOptions { year, greenfield: true, ..MatchOptions::default() });
        let links = crate::core::scenarios::exchange_links(&matcher, |e| crate::core::scenarios::is_existing(e, year));
        self.links_cache = Some((key, links.clone()));
        links
    }

    /// An exchange's evaluation breakdown, cached until the data changes.
    fn exchange_breakdown(&mut self, id: ExchangeId) -> Option<Breakdown> {
        if let Some((k, b)) = &self.breakdown_cache
            && *k == (self.data_version, id)
        {
            return b.clone();
        }
        let data = &self.project.as_ref()?.data;
        let year = self.year.or(Some(data.meta.year()));
        let b =
            Matcher::new(data, MatchOptions { year, greenfield: true, ..MatchOptions::default() }).explain_exchange(id);
        self.breakdown_cache = Some(((self.data_version, id), b.clone()));
        b
    }

    /// Enters or leaves presentation mode.
    pub fn set_presentation(&mut self, ctx: &egui::Context, on: bool) {
        self.data_version += 1;
        if on {
            let Some(p) = &self.project else { return };
            self.presenting = Some(super::presentation::PresentedProject::new(&p.data, self.anonymise));
            super::presentation::projector_style(ctx);
            if self.launch.screenshot.is_none() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            // Candidates may come from confidential flows: not on the projector.
            self.candidates.retain(|c| {
                self.presenting.as_ref().is_some_and(|v| {
                    v.data.flows.iter().any(|f| f.id == c.supply_flow_id)
                        && v.data.flows.iter().any(|f| f.id == c.demand_flow_id)
                })
            });
        } else {
            self.presenting = None;
            self.presenter_view = false;
            super::presentation::desk_style(ctx, self.launch.dark);
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    /// Opens a project; a shipped sample is opened as a working copy.
    pub fn open(&mut self, path: &Path) {
        let is_sample = path.parent().and_then(|p| p.canonicalize().ok()) == samples_dir().canonicalize().ok();
        let (to_open, sample_of) = if is_sample {
            match working_copy_of(path) {
                Ok(copy) => (copy, Some(path.to_path_buf())),
                Err(e) => {
                    self.error(format!("Could not copy the sample {}: {e}", path.display()));
                    return;
                }
            }
        } else {
            (path.to_path_buf(), None)
        };
        match ProjectFile::open(&to_open).map_err(|e| e.to_string()).and_then(|file| {
            let data = file.load().map_err(|e| e.to_string())?;
            let index = map_layer::MapIndex::new(&data);
            Ok(OpenProject { file, data, index, sample_of })
        }) {
            Ok(project) => {
                let note = if project.sample_of.is_some() {
                    " (a working copy: the sample itself stays as shipped; use Save As to keep your changes)"
                } else if project.file.is_read_only() {
                    " (read-only: use Save As to edit a copy)"
                } else {
                    ""
                };
                let redrawn = match project.file.redrawn_on_open() {
                    0 => String::new(),
                    n => format!("; {n} exchange lines redrawn to firms moved in another program (QGIS?)"),
                };
                let overfilled = crate::core::scenarios::overfills(&project.data, Some(project.data.meta.year()));
                let overfilled = match overfilled.as_slice() {
                    [] => String::new(),
                    [one] => format!("; {one}: evaluated at what the flows allow"),
                    many => {
                        format!("; {} exchanges state more than their flows allow (see the Exchanges tab)", many.len())
                    }
                };
                self.info(format!("Opened {}{note}{redrawn}{overfilled}", path.display()));
                if project.sample_of.is_none() {
                    remember_recent(path);
                }
                self.project = Some(project);
                self.history = History::default();
                self.selection = None;
                self.tour_step = 0;
                self.rediscovery = None;
                self.data_version += 1;
                self.candidates.clear();
                self.center_on_project_view();
            }
            Err(e) => self.error(format!("{e}. Choose another file (File > Open).")),
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: false });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: true });
    }

    fn center_on_project_view(&mut self) {
        let view = self.project.as_ref().map_or(MapView::BALTIC, |p| p.data.meta.view);
        self.memory.center_at(lon_lat(view.lon, view.lat));
        self.memory.set_zoom(view.zoom).ok();
    }

    /// Where a firm was drawn in the last frame.
    pub fn firm_on_screen(&self, id: &FirmId) -> Option<egui::Pos2> {
        let firm = self.project.as_ref()?.data.firm(id)?;
        self.events.on_screen(firm.location)
    }

    /// Centres the map on a position at a zoom level.
    pub fn set_view(&mut self, lat: f64, lon: f64, zoom: f64) {
        self.memory.center_at(lon_lat(lon, lat));
        self.memory.set_zoom(zoom).ok();
    }

    /// The position with the most firms within about 5 km (for benchmarks and demos).
    pub fn busiest_town(&self) -> (f64, f64) {
        let Some(p) = &self.project else { return (MapView::BALTIC.lat, MapView::BALTIC.lon) };
        let mut cells: std::collections::HashMap<(i32, i32), usize> = Default::default();
        for f in &p.data.firms {
            *cells.entry(((f.location.lat * 20.0) as i32, (f.location.lon * 10.0) as i32)).or_default() += 1;
        }
        let best = cells.into_iter().max_by_key(|(_, n)| *n).map_or((0, 0), |(c, _)| c);
        (f64::from(best.0) / 20.0 + 0.025, f64::from(best.1) / 10.0 + 0.05)
    }

    /// Frames the map on all firms.
    pub fn zoom_to_project(&mut self) {
        let Some(p) = &self.project else { return };
        if p.data.firms.is_empty() {
            self.center_on_project_view();
            return;
        }
        let (mut lat0, mut lat1, mut lon0, mut lon1) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
        for f in &p.data.firms {
            lat0 = lat0.min(f.location.lat);
            lat1 = lat1.max(f.location.lat);
            lon0 = lon0.min(f.location.lon);
            lon1 = lon1.max(f.location.lon);
        }
        self.memory.center_at(lon_lat((lon0 + lon1) / 2.0, (lat0 + lat1) / 2.0));
        let span = (lon1 - lon0).max((lat1 - lat0) * 1.8).max(0.01);
        let zoom = (360.0 / span).log2().clamp(3.0, 16.0);
        self.memory.set_zoom(zoom).ok();
    }

    /// Applies an edit to the file (one transaction), records it for undo and reloads.
    pub fn apply(&mut self, edit: Edit) {
        let Some(project) = &mut self.project else { return };
        match edit.apply(&mut project.file, &project.data) {
            Ok(done) => {
                self.history.push(done);
                self.reload();
            }
            Err(e) => self.error(format!("Not saved: {e}")),
        }
    }

    pub fn undo(&mut self) {
        let Some(project) = &mut self.project else { return };
        match self.history.undo(&mut project.file, &project.data) {
            Some(Ok(text)) => {
                self.info(format!("Undone: {text}"));
                self.reload();
            }
            Some(Err(e)) => self.error(format!("Could not undo: {e}")),
            None => self.info("Nothing to undo"),
        }
    }

    pub fn redo(&mut self) {
        let Some(project) = &mut self.project else { return };
        match self.history.redo(&mut project.file, &project.data) {
            Some(Ok(text)) => {
                self.info(format!("Redone: {text}"));
                self.reload();
            }
            Some(Err(e)) => self.error(format!("Could not redo: {e}")),
            None => self.info("Nothing to redo"),
        }
    }

    fn reload(&mut self) {
        let Some(project) = &mut self.project else { return };
        match project.file.load() {
            Ok(data) => {
                self.data_version += 1;
                project.index = map_layer::MapIndex::new(&data);
                if self.presenting.is_some() {
                    self.presenting = Some(super::presentation::PresentedProject::new(&data, self.anonymise));
                }
                self.scenarios = None;
                project.data = data;
            }
            Err(e) => self.error(format!("Could not re-read the project: {e}")),
        }
    }

    fn select_firm(&mut self, id: &FirmId) {
        self.selection = Some(Pick::Firm(id.clone()));
        if let Some(f) = self.project.as_ref().and_then(|p| p.data.firm(id)) {
            self.memory.center_at(lon_lat(f.location.lon, f.location.lat));
        }
    }

    fn selected_firm(&self) -> Option<&Firm> {
        let Some(Pick::Firm(id)) = &self.selection else { return None };
        self.project.as_ref()?.data.firm(id)
    }

    /// Starts matching in the background.
    pub fn start_matching(&mut self) {
        let Some(project) = &self.project else { return };
        if let Some(job) = &self.match_job {
            job.cancel.store(true, Ordering::Relaxed);
        }
        let data = Arc::new(project.data.clone());
        let cancel = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicUsize::new(0));
        let options = MatchOptions {
            top_k: 5,
            greenfield: self.greenfield,
            include_products: self.include_products,
            year: self.eval_year(),
            ..MatchOptions::default()
        };
        let total = Matcher::new(&data, options).supply_count();
        let (sender, result) = std::sync::mpsc::channel();
        let (c, d) = (Arc::clone(&cancel), Arc::clone(&done));
        std::thread::spawn(move || {
            let matcher = Matcher::new(&data, options);
            let candidates = matcher.run_with_progress(&c, &d).candidates;
            if !c.load(Ordering::Relaxed) {
                let _ = sender.send(candidates);
            }
        });
        self.match_job = Some(MatchJob { cancel, done, total, result });
    }

    fn poll_matching(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.match_job else { return };
        match job.result.try_recv() {
            Ok(candidates) => {
                let n = candidates.len();
                self.candidates = candidates;
                self.match_job = None;
                self.info(format!("Matching found {n} candidates"));
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50))
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.match_job = None,
        }
    }

    /// Turns a candidate into a proposed exchange.
    pub fn propose(&mut self, c: &Candidate) {
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
                "Proposed from a candidate: {:.0} t CO2/yr avoided, net benefit {:.0}",
                c.co2_avoided_t, c.net_benefit
            ),
            source: "Symbiosis Explorer matching".into(),
            counterfactual_km: None,
        };
        self.apply(Edit::InsertExchange(exchange));
        self.candidates.retain(|x| !(x.supply_flow_id == c.supply_flow_id && x.demand_flow_id == c.demand_flow_id));
        self.info(format!("Proposed: {} {} -> {}", c.supply_material, c.supply_firm, c.demand_firm));
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        // Redo first: Ctrl+Shift+Z also matches Ctrl+Z when modifiers are loose.
        if ctx.input_mut(|i| i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y)) {
            self.redo();
        } else if ctx.input_mut(|i| i.consume_shortcut(&undo)) {
            self.undo();
        }
    }

    /// The whole window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        self.shortcuts(&ctx);
        self.poll_matching(&ctx);
        self.poll_optimise(&ctx);
        self.dropped_files(&ctx);
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::E))) {
            self.quick = if self.quick.is_some() { None } else { Some(Default::default()) };
        }
        self.quick_entry_window(&ctx);
        self.diagram_window(&ctx);
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            self.set_presentation(&ctx, self.presenting.is_none());
        }
        if self.presenting.is_some() && !self.presenter_view {
            self.presentation_ui(ui);
            self.screenshot_step(&ctx);
            return;
        }
        if self.presenter_view {
            self.projector_viewport(&ctx);
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::Panel::left("side").resizable(true).default_size(470.0).min_size(320.0).max_size(660.0).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for tab in Tab::ALL {
                    let selected = self.tab == tab;
                    if ui.selectable_label(selected, RichText::new(tab.label()).strong()).clicked() {
                        self.tab = tab;
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| match self.tab {
                Tab::Firms => self.firms_ui(ui),
                Tab::Flows => self.flows_ui(ui),
                Tab::AllFlows => self.all_flows_ui(ui),
                Tab::Exchanges => self.exchanges_ui(ui),
                Tab::Candidates => self.candidates_ui(ui),
                Tab::Charts => super::charts::charts_ui(ui, self),
                Tab::Settings => self.settings_ui(ui),
                Tab::Tour => self.tour_ui(ui),
            });
        });
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.map_ui(ui));
        self.import_window(&ctx);
        self.export_window(&ctx);
        self.screenshot_step(&ctx);
    }

    /// What the project is, where its facts come from, and its guided tour.
    fn tour_ui(&mut self, ui: &mut egui::Ui) {
        let year = self.eval_year();
        let links = self.existing_links(year);
        let Some(p) = &self.project else { return };
        let meta = p.data.meta.clone();
        ui.heading(&meta.name);
        if !meta.region.is_empty() {
            ui.label(RichText::new(&meta.region).italics());
        }
        if meta.description.to_uppercase().starts_with("ILLUSTRATIVE") {
            ui.label(
                RichText::new(
                    "Illustrative sample: flows whose source says 'illustrative' are invented for the exercise.",
                )
                .strong()
                .color(map_layer::colors::VERMILION),
            );
        }
        ui.label(&meta.description);
        // This app's own figures, to set beside published ones (see the tour for why they differ).
        let sum = |unit: Unit| links.iter().filter(|l| l.unit == unit).map(|l| l.quantity).sum::<f64>();
        let co2: f64 = links.iter().map(|l| l.co2_avoided_t).sum();
        ui.label(
            RichText::new(format!(
                "Computed here for the {} existing exchanges in {}: {} t CO2 avoided per year; {} t materials, {} MWh energy and {} m3 water exchanged per year (each exchange's share of one allocation to its flows; known or flow-based quantities, simple emission factors)",
                links.len(),
                year.map_or("this year".to_string(), |y| y.to_string()),
                crate::core::matching::group_thousands(co2),
                crate::core::matching::group_thousands(sum(Unit::Tonne)),
                crate::core::matching::group_thousands(sum(Unit::Mwh)),
                crate::core::matching::group_thousands(sum(Unit::CubicMetre))
            ))
            .strong(),
        );
        if !meta.tour.is_empty() {
            ui.separator();
            ui.label(RichText::new("Guided tour").strong());
            self.tour_step = self.tour_step.min(meta.tour.len() - 1);
            for (i, step) in meta.tour.iter().enumerate() {
                let text = RichText::new(format!("{}. {step}", i + 1));
                ui.label(if i == self.tour_step {
                    text.strong().background_color(map_layer::colors::YELLOW.gamma_multiply(0.35))
                } else {
                    text.weak()
                });
            }
            ui.horizontal(|ui| {
                if ui.add_enabled(self.tour_step > 0, egui::Button::new("Back")).clicked() {
                    self.tour_step -= 1;
                }
                ui.label(format!("step {} of {}", self.tour_step + 1, meta.tour.len()));
                if ui.add_enabled(self.tour_step + 1 < meta.tour.len(), egui::Button::new("Next")).clicked() {
                    self.tour_step += 1;
                }
            });
        }
        ui.separator();
        if ui
            .button("Would the matcher have found this park?")
            .on_hover_text("Greenfield matching (existing exchanges ignored), compared with the documented exchanges")
            .clicked()
        {
            let data = &p.data;
            // Each documented exchange is looked for in a year in which it ran (its end year, else
            // the evaluation year), by greenfield matching of the park as it stood then.
            let evaluation_year = data.meta.year();
            let is_product = |e: &Exchange| {
                data.flows.iter().any(|f| {
                    f.firm == e.from
                        && f.material == e.material
                        && f.direction == Direction::Supply
                        && f.role == FlowRole::Product
                })
            };
            let documented: Vec<&Exchange> =
                data.exchanges.iter().filter(|e| e.status != ExchangeStatus::Candidate && !is_product(e)).collect();
            let products =
                data.exchanges.iter().filter(|e| e.status != ExchangeStatus::Candidate && is_product(e)).count();
            // The last year it ran: its flows (which may have changed hands) are there then.
            let ran_in = |e: &Exchange| e.end_year.unwrap_or(evaluation_year).max(e.start_year.unwrap_or(i32::MIN));
            let mut years: Vec<i32> = documented.iter().map(|e| ran_in(e)).collect();
            years.sort_unstable();
            years.dedup();
            let mut found: Vec<(i32, Candidate)> = Vec::new();
            for &y in &years {
                let options = MatchOptions { greenfield: true, top_k: 10, year: Some(y), ..MatchOptions::default() };
                found.extend(
                    Matcher::new(data, options).run(&AtomicBool::new(false)).candidates.into_iter().map(|c| (y, c)),
                );
            }
            let name = |id: &FirmId| data.firm(id).map_or(id.0.clone(), |f| f.name.clone());
            let missed: Vec<String> = documented
                .iter()
                .filter(|e| {
                    !found.iter().any(|(y, c)| {
                        *y == ran_in(e)
                            && c.supply_firm_id == e.from
                            && c.demand_firm_id == e.to
                            && c.supply_material == e.material
                    })
                })
                .map(|e| format!("{} -> {}: {}", name(&e.from), name(&e.to), e.material))
                .collect();
            let mut text = format!(
                "Greenfield matching found {} of the {} documented exchanges, each in a year in which it ran (10 candidates per supply flow).",
                documented.len() - missed.len(),
                documented.len(),
            );
            if products > 0 {
                text.push_str(&format!(
                    " {products} product sales (what a firm exists to sell) are not symbiosis candidates and are left out."
                ));
            }
            if !missed.is_empty() {
                text.push_str(&format!(" Not found: {}.", missed.join("; ")));
            }
            self.rediscovery = Some(text);
        }
        if let Some(text) = &self.rediscovery {
            ui.label(text);
        }
    }

    /// The Sankey-style flow diagram of the park (or the selected firm's exchanges).
    fn diagram_window(&mut self, ctx: &egui::Context) {
        let Some(mut unit) = self.diagram else { return };
        let mut open = true;
        let selected = match &self.selection {
            Some(Pick::Firm(id)) => Some(id.clone()),
            _ => None,
        };
        let mut only_selected = false;
        let all_links = self.existing_links(self.eval_year());
        let Some(project) = &self.project else { return };
        let data = self.presenting.as_ref().map_or(&project.data, |v| &v.data);
        egui::Window::new("Flow diagram").open(&mut open).default_size([1000.0, 680.0]).show(ctx, |ui| {
            ui.horizontal(|ui| {
                for (u, name) in
                    [(Unit::Mwh, "energy (MWh)"), (Unit::Tonne, "materials (t)"), (Unit::CubicMetre, "water (m3)")]
                {
                    ui.selectable_value(&mut unit, u, name);
                }
                if let Some(id) = &selected {
                    ui.checkbox(
                        &mut self.diagram_selected_only,
                        format!("only {}", data.firm(id).map_or(id.0.as_str(), |f| f.name.as_str())),
                    );
                    only_selected = self.diagram_selected_only;
                }
            });
            let mut links = all_links.clone();
            if only_selected && let Some(id) = &selected {
                links.retain(|l| &l.from == id || &l.to == id);
            }
            // A readable diagram: the 60 largest exchanges.
            links.sort_by(|a, b| b.quantity.total_cmp(&a.quantity));
            links.truncate(60);
            let (response, painter) =
                ui.allocate_painter(ui.available_size().max(egui::vec2(600.0, 400.0)), egui::Sense::hover());
            let rect = response.rect.shrink(12.0);
            let layout = super::flow_diagram::layout(data, &links, unit, rect, |text| {
                painter.layout_no_wrap(text.to_string(), egui::FontId::proportional(14.0), Color32::BLACK).size().x
            });
            painter.rect_filled(response.rect, 4.0, Color32::WHITE);
            if layout.nodes.is_empty() {
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    "No exchanges with known quantities in this unit",
                    egui::FontId::proportional(18.0),
                    Color32::DARK_GRAY,
                );
            }
            super::flow_diagram::paint(&painter, &layout, Color32::BLACK);
            self.diagram_nodes = layout.nodes.len();
        });
        self.diagram = open.then_some(unit);
    }

    /// The quick have/want form and the review of this workshop's entries.
    fn quick_entry_window(&mut self, ctx: &egui::Context) {
        use super::quick_entry::{KEPT_SOURCE, WORKSHOP_SOURCE};
        let Some(mut quick) = self.quick.take() else { return };
        let Some(project) = &self.project else { return };
        let mut open = true;
        let mut submit = false;
        let mut review: Option<Edit> = None;
        egui::Window::new("Quick have/want entry").open(&mut open).default_width(520.0).show(ctx, |ui| {
            ui.label("Type, Tab to the next field, Enter to add. A few letters of a firm or material are enough.");
            egui::Grid::new("quick").num_columns(2).show(ui, |ui| {
                ui.label("Firm");
                let firm = ui.add(egui::TextEdit::singleline(&mut quick.firm).hint_text("firm name or id"));
                if quick.firm.is_empty()
                    && quick.direction.is_empty()
                    && !firm.has_focus()
                    && ui.memory(|m| m.focused().is_none())
                {
                    firm.request_focus();
                }
                ui.end_row();
                ui.label("Has or wants");
                ui.add(egui::TextEdit::singleline(&mut quick.direction).hint_text("has / wants"));
                ui.end_row();
                ui.label("Material");
                ui.add(egui::TextEdit::singleline(&mut quick.material).hint_text("material name or id"));
                ui.end_row();
                ui.label("Quantity per year");
                let quantity = ui.add(egui::TextEdit::singleline(&mut quick.quantity).hint_text("rough figure"));
                if quantity.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    submit = true;
                }
                ui.end_row();
            });
            if ui.button("Add (Enter)").clicked() {
                submit = true;
            }
            if let Some(problem) = &quick.problem {
                ui.label(RichText::new(problem).color(map_layer::colors::VERMILION));
            }
            let entries: Vec<Flow> =
                project.data.flows.iter().filter(|f| f.source == WORKSHOP_SOURCE).cloned().collect();
            if !entries.is_empty() {
                ui.separator();
                ui.label(RichText::new(format!("{} workshop entries to review", entries.len())).strong());
                for f in &entries {
                    ui.horizontal(|ui| {
                        let firm = project.data.firm(&f.firm).map_or(f.firm.0.clone(), |x| x.name.clone());
                        ui.label(format!(
                            "{firm} {} {} {} {}",
                            if f.direction == Direction::Supply { "has" } else { "wants" },
                            crate::core::matching::format_number(f.quantity),
                            f.unit,
                            f.material
                        ));
                        if ui.small_button("Keep").clicked() {
                            review = Some(Edit::UpdateFlow {
                                before: f.clone(),
                                after: Flow { source: KEPT_SOURCE.into(), ..f.clone() },
                            });
                        }
                        if ui.small_button("Discard").clicked() {
                            review = Some(Edit::DeleteFlow(f.clone()));
                        }
                    });
                }
            }
        });
        if submit {
            match quick.flow(&project.data) {
                Ok(flow) => {
                    let text = format!("{} {} {}", flow.firm, flow.direction, flow.material);
                    self.apply(Edit::InsertFlow(flow));
                    self.info(format!("Added {text}; matching again"));
                    self.greenfield = false;
                    self.start_matching();
                    quick = Default::default();
                }
                Err(problem) => quick.problem = Some(problem),
            }
        }
        if let Some(edit) = review {
            self.apply(edit);
        }
        if open {
            self.quick = Some(quick);
        }
    }

    /// Whether the map drawn with `salt` is the one a room looks at (projector sizes).
    fn projecting(&self, salt: &str) -> bool {
        salt == "projector" || (self.presenting.is_some() && !self.presenter_view)
    }

    /// Opens or closes the presenter view: the projector window shows the presented project
    /// (confidential flows hidden, names anonymised if chosen) in projector text sizes.
    pub fn set_presenter_view(&mut self, on: bool) {
        self.presenter_view = on;
        self.data_version += 1;
        self.presenting = match (&self.project, on) {
            (Some(p), true) => Some(super::presentation::PresentedProject::new(&p.data, self.anonymise)),
            _ => None,
        };
    }

    /// The projector window of the presenter view.
    fn projector_viewport(&mut self, ctx: &egui::Context) {
        let id = egui::ViewportId::from_hash_of("projector");
        let builder = egui::ViewportBuilder::default()
            .with_title("Symbiosis Explorer – projector")
            .with_inner_size([1280.0, 720.0]);
        let mut close = false;
        ctx.show_viewport_immediate(id, builder, |ui, _class| {
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                close = true;
            }
            super::presentation::projector_text(ui.style_mut());
            let name = self.project.as_ref().map_or(String::new(), |p| p.data.meta.name.clone());
            egui::Panel::top("projector-headline").show(ui, |ui| {
                let year = self.eval_year();
                let headline = super::presentation::Headline::of(&self.existing_links(year));
                super::presentation::headline_ui(ui, &name, &headline, year);
            });
            egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.map_ui_salted(ui, "projector"));
        });
        if close {
            self.set_presenter_view(false);
        }
    }

    /// The projected view: headline figures, the map, a large legend, the timeline.
    fn presentation_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let name = self.project.as_ref().map_or(String::new(), |p| p.data.meta.name.clone());
        egui::Panel::top("headline").show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button("Quick entry (Ctrl+E)").clicked() {
                    self.quick = Some(Default::default());
                }
                if ui.button("Exit presentation (F11)").clicked() {
                    self.set_presentation(&ctx, false);
                }
                let mut anonymise = self.anonymise;
                if ui.checkbox(&mut anonymise, "Anonymise firms").changed() {
                    self.anonymise = anonymise;
                    self.set_presentation(&ctx, true);
                }
            });
            if self.presenting.is_some() {
                let year = self.eval_year();
                let headline = super::presentation::Headline::of(&self.existing_links(year));
                super::presentation::headline_ui(ui, &name, &headline, year);
            }
        });
        if self.presenting.is_none() {
            return;
        }
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.map_ui(ui));
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.menu_button("File", |ui| {
                ui.label("Open or Save As a path:");
                ui.text_edit_singleline(&mut self.path_field);
                ui.horizontal(|ui| {
                    if ui.button("Open").clicked() {
                        let path = PathBuf::from(self.path_field.trim());
                        self.open(&path);
                        ui.close();
                    }
                    if ui.button("Save As").clicked() {
                        self.save_as(PathBuf::from(self.path_field.trim()));
                        ui.close();
                    }
                    if ui.button("New").clicked() {
                        self.new_project(PathBuf::from(self.path_field.trim()));
                        ui.close();
                    }
                });
                if ui.button("Browse…").clicked() {
                    if let Some(path) = rfd::FileDialog::new().add_filter("GeoPackage project", &["gpkg"]).pick_file() {
                        self.open(&path);
                    }
                    ui.close();
                }
                ui.separator();
                ui.label("Recent projects");
                for recent in recent_projects() {
                    if ui.button(recent.display().to_string()).clicked() {
                        self.open(&recent);
                        ui.close();
                    }
                }
                ui.separator();
                ui.label("Samples");
                for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"] {
                    if ui.button(format!("Open the {sample} sample")).clicked() {
                        self.open(&samples_dir().join(format!("{sample}.gpkg")));
                        ui.close();
                    }
                }
            });
            if ui.button("Import CSV…").clicked() {
                self.import = Some(ImportDialog::default());
            }
            if ui.add_enabled(self.project.is_some(), egui::Button::new("Export…")).clicked() {
                // Beside the project; for a sample's working copy (kept in a temporary folder),
                // in the folder the app was started from.
                let dir = self.project.as_ref().and_then(|p| match p.sample_of {
                    Some(_) => std::env::current_dir().ok().map(|d| d.join("export")),
                    None => p.file.path().parent().map(|d| d.join("export")),
                });
                self.export = Some(ExportDialog {
                    dir: dir.map_or_else(|| "export".into(), |d| d.display().to_string()),
                    ..ExportDialog::default()
                });
            }
            ui.menu_button("Edit", |ui| {
                if ui.add_enabled(self.history.can_undo(), egui::Button::new("Undo  (Ctrl+Z)")).clicked() {
                    self.undo();
                }
                if ui.add_enabled(self.history.can_redo(), egui::Button::new("Redo  (Ctrl+Shift+Z)")).clicked() {
                    self.redo();
                }
            });
            ui.menu_button("View", |ui| {
                ui.checkbox(&mut self.layers.firms, "Firms");
                ui.checkbox(&mut self.layers.labels, "Firm labels");
                ui.checkbox(&mut self.layers.exchanges, "Exchanges");
                ui.checkbox(&mut self.layers.candidates, "Candidates");
                ui.checkbox(&mut self.layers.towns, "Towns");
                ui.add(egui::Slider::new(&mut self.layers.top_candidates, 1..=200).text("candidates shown"));
                ui.separator();
                ui.label("Basemap");
                if ui.radio(self.mbtiles.is_none() && self.online.is_none(), "Built-in offline basemap").clicked() {
                    self.mbtiles = None;
                    self.online = None;
                }
                let online = ui
                    .radio(self.online.is_some(), "OpenStreetMap (online)")
                    .on_hover_text("Downloads map tiles from OpenStreetMap while on; every area viewed is kept in a disk cache and stays available offline. Off by default: the app makes no request until you turn this on.");
                if online.clicked() && self.online.is_none() {
                    self.online = Some(super::tiles::online_tiles(
                        ui.ctx(),
                        walkers::sources::OpenStreetMap,
                        online_tile_cache(),
                    ));
                    self.mbtiles = None;
                    let cache = online_tile_cache().map_or("no cache folder".into(), |c| c.display().to_string());
                    self.info(format!("Online OpenStreetMap tiles on; areas viewed are cached in {cache}"));
                }
                ui.horizontal(|ui| {
                    ui.add(egui::TextEdit::singleline(&mut self.mbtiles_path).hint_text("path to an .mbtiles file").desired_width(220.0));
                    if ui.button("Use MBTiles").clicked() {
                        match crate::mbtiles::MbTiles::open(std::path::Path::new(self.mbtiles_path.trim())) {
                            Ok(source) => {
                                self.info(format!("Basemap: {}", source.name));
                                self.mbtiles = Some(super::tiles::MbTilesTiles::new(ui.ctx(), source));
                                self.online = None;
                            }
                            Err(e) => self.error(format!("{e}. Choose an .mbtiles raster file.")),
                        }
                    }
                });
            });
            if ui.button("Quick entry (Ctrl+E)").clicked() {
                self.quick = Some(Default::default());
            }
            if ui.button("Flow diagram").clicked() {
                self.diagram = Some(self.diagram.unwrap_or(Unit::Mwh));
            }
            if ui.button("Present (F11)").clicked() {
                let ctx = ui.ctx().clone();
                self.set_presentation(&ctx, true);
            }
            let mut presenter = self.presenter_view;
            if ui.checkbox(&mut presenter, "Presenter view").on_hover_text("The projector shows the clean view in a second window (drag it to the projector's display); this window keeps the controls").changed() {
                self.set_presenter_view(presenter);
            }
            ui.separator();
            if let Some(p) = &self.project {
                ui.label(RichText::new(&p.data.meta.name).strong().size(16.0));
                if p.sample_of.is_some() {
                    ui.label(RichText::new("sample (working copy)").italics());
                }
                if p.file.is_read_only() {
                    ui.label(RichText::new("read-only").color(map_layer::colors::VERMILION));
                }
            }
        });
    }

    fn save_as(&mut self, path: PathBuf) {
        if path.as_os_str().is_empty() {
            self.error("Type a path for Save As (for example /home/me/park.gpkg)");
            return;
        }
        let Some(project) = &self.project else { return };
        match project.file.save_as(&path) {
            Ok(file) => {
                let data = match file.load() {
                    Ok(d) => d,
                    Err(e) => return self.error(format!("Saved, but could not re-read {}: {e}", path.display())),
                };
                let index = map_layer::MapIndex::new(&data);
                self.project = Some(OpenProject { file, data, index, sample_of: None });
                self.info(format!("Saved as {}; edits now go there", path.display()));
            }
            Err(e) => self.error(format!("Save As failed: {e}")),
        }
    }

    fn new_project(&mut self, path: PathBuf) {
        if path.as_os_str().is_empty() {
            self.error("Type a path for the new project (for example /home/me/park.gpkg)");
            return;
        }
        match ProjectFile::create(&path, &ProjectData::new(ProjectMeta::default()), false) {
            Ok(()) => self.open(&path),
            Err(e) => self.error(format!("Could not create {}: {e}", path.display())),
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(m) = &self.message {
                let color = if m.error { map_layer::colors::VERMILION } else { ui.visuals().text_color() };
                ui.label(RichText::new(&m.text).color(color));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if let Some(c) = self.events.cursor {
                    ui.monospace(format!("{:.5}° N  {:.5}° E", c.lat, c.lon));
                }
            });
        });
    }

    fn map_ui(&mut self, ui: &mut egui::Ui) {
        self.map_ui_salted(ui, "desk");
    }

    /// The map with its overlays; `salt` keeps the ids of a second map (the projector) apart.
    fn map_ui_salted(&mut self, ui: &mut egui::Ui, salt: &'static str) {
        ui.push_id(salt, |ui| self.map_ui_inner(ui, salt));
    }

    fn map_ui_inner(&mut self, ui: &mut egui::Ui, salt: &'static str) {
        let rect = ui.available_rect_before_wrap();
        if salt == "desk" || self.map_size.x <= 0.0 {
            self.map_size = rect.size();
        }
        let Some(mut tiles) = self.tiles.take() else { return };
        tiles.begin_frame();
        let mut mbtiles = self.mbtiles.take();
        let mut online = self.online.take();
        let my_position = lon_lat(MapView::BALTIC.lon, MapView::BALTIC.lat);
        let empty = ProjectData::default();
        let empty_index = map_layer::MapIndex::new(&empty);
        let (data, index) = match (&self.presenting, &self.project) {
            (Some(view), _) => (&view.data, &view.index),
            (None, Some(p)) => (&p.data, &p.index),
            (None, None) => (&empty, &empty_index),
        };
        let mut events = MapEvents::default();
        let mut dragging = self.dragging.take();
        let layer = ProjectLayer {
            data,
            index,
            candidates: &self.candidates,
            selected: self.selection.as_ref(),
            layers: self.layers,
            towns: &self.towns,
            year: self.eval_year(),
            dragging: &mut dragging,
            allow_drag: self.move_firms && self.presenting.is_none(),
            large_text: self.projecting(salt),
            events: &mut events,
            dark: ui.visuals().dark_mode,
        };
        // The built-in basemap is always underneath: where an online tile was never fetched (no
        // network) or an MBTiles file has no tile, it shows through.
        let mut map = Map::new(Some(&mut tiles), &mut self.memory, my_position);
        let chosen: Option<&mut dyn walkers::Tiles> = match (online.as_mut(), mbtiles.as_mut()) {
            (Some(o), _) => Some(o),
            (None, Some(m)) => Some(m),
            (None, None) => None,
        };
        if let Some(chosen) = chosen {
            map = map.with_layer(chosen, 1.0);
        }
        let mut map = map.with_plugin(layer);
        if self.move_firms {
            map = map.drag_pan_buttons(egui::DragPanButtons::SECONDARY | egui::DragPanButtons::MIDDLE);
        }
        let response = ui.add(map);
        self.tiles = Some(tiles);
        self.mbtiles = mbtiles;
        self.online = online;
        self.dragging = dragging;
        // No tooltip in screenshots: the pointer of a headless display sits anywhere.
        if let Some(hovered) = events.hovered.as_ref().filter(|_| self.launch.screenshot.is_none()) {
            response.clone().on_hover_text(self.describe(hovered));
        }
        if let Some(pick) = events.clicked.clone() {
            if let Pick::Firm(id) = &pick {
                self.flow_draft = FlowDraft::default();
                self.tab = if self.tab == Tab::Flows { Tab::Flows } else { Tab::Firms };
                self.selection = Some(Pick::Firm(id.clone()));
            } else {
                if matches!(pick, Pick::Exchange(_)) {
                    self.tab = Tab::Exchanges;
                }
                self.selection = Some(pick);
            }
        }
        if let Some((id, at)) = events.dropped.take()
            && let Some(firm) = self.project.as_ref().and_then(|p| p.data.firm(&id)).cloned()
        {
            self.apply(Edit::UpdateFirm { before: firm.clone(), after: Firm { location: at, ..firm } });
        }
        self.events = events;
        self.map_overlay_ui(ui, rect, salt);
        self.timeline_ui(ui, rect, salt);
    }

    fn describe(&self, pick: &Pick) -> String {
        // On the projector, the presented (confidential-free, maybe anonymised) project.
        let Some(data) = self.presenting.as_ref().map(|v| &v.data).or(self.project.as_ref().map(|p| &p.data)) else {
            return String::new();
        };
        match pick {
            Pick::Firm(id) => data.firm(id).map_or_else(String::new, |f| {
                let flows = data.flows.iter().filter(|x| &x.firm == id).count();
                format!("{}\nNACE {} · {} flows\n{:.5}, {:.5}", f.name, f.nace, flows, f.location.lat, f.location.lon)
            }),
            Pick::Exchange(id) => data.exchanges.iter().find(|e| &e.id == id).map_or_else(String::new, |e| {
                let q = e.quantity.map_or("quantity unknown".to_string(), |q| format!("{q:.0} {}/yr", e.unit));
                let years = match (e.start_year, e.end_year) {
                    (Some(s), Some(t)) => format!("{s}-{t}"),
                    (Some(s), None) => format!("since {s}"),
                    _ => "years unknown".into(),
                };
                format!("{} -> {}: {}\n{q}, {years}, {}", e.from, e.to, e.material, e.status)
            }),
            Pick::Candidate(s, d) => self
                .candidates
                .iter()
                .find(|c| c.supply_flow_id == *s && c.demand_flow_id == *d)
                .map_or_else(String::new, |c| {
                    format!(
                        "Candidate: {} -> {}\n{} {:.0} {}/yr · {:.1} km\nCO2 {:.0} t/yr · benefit {:.0}",
                        c.supply_firm,
                        c.demand_firm,
                        c.supply_material,
                        c.quantity,
                        c.unit,
                        c.transport_km,
                        c.co2_avoided_t,
                        c.net_benefit
                    )
                }),
        }
    }

    /// The years the timeline spans: from the first exchange to this year.
    fn timeline_span(&self) -> (i32, i32) {
        let now: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2026);
        let first = self
            .project
            .as_ref()
            .and_then(|p| p.data.exchanges.iter().filter_map(|e| e.start_year).min())
            .unwrap_or(now - 30);
        (first.min(now), now)
    }

    /// The timeline bar: a year, play/pause, and what started and ended that year.
    fn timeline_ui(&mut self, ui: &mut egui::Ui, rect: egui::Rect, salt: &'static str) {
        let (first, last) = self.timeline_span();
        let now = ui.input(|i| i.time);
        if self.playing {
            if now - self.last_tick > 0.6 {
                self.last_tick = now;
                let next = self.year.map_or(first, |y| y + 1);
                if next > last {
                    self.playing = false;
                } else {
                    self.year = Some(next);
                }
            }
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
        let Some(project) = &self.project else { return };
        let data = &project.data;
        let frame = egui::Frame::popup(ui.style()).inner_margin(8.0);
        let mut year = self.year;
        let mut playing = self.playing;
        egui::Area::new(egui::Id::unique(("timeline", salt)))
            .fixed_pos(rect.center_bottom() + egui::vec2(-250.0, -130.0))
            .show(ui.ctx(), |ui| {
                frame.show(ui, |ui| {
                    ui.set_width(500.0);
                    ui.horizontal(|ui| {
                        let mut on = year.is_some();
                        if ui.checkbox(&mut on, "Timeline").changed() {
                            year = on.then_some(year.unwrap_or(last));
                            playing = false;
                        }
                        if let Some(y) = year.as_mut() {
                            if ui.button(if playing { "Pause" } else { "Play" }).clicked() {
                                if !playing && *y >= last {
                                    *y = first;
                                }
                                playing = !playing;
                            }
                            ui.add(egui::DragValue::new(y).range(first..=last).prefix("Year "));
                            ui.add(egui::Slider::new(y, first..=last).show_value(false));
                        }
                    });
                    if let Some(y) = year {
                        let running: Vec<&Exchange> = data.exchanges.iter().filter(|e| e.active_in(y)).collect();
                        let mut by_unit: std::collections::BTreeMap<Unit, f64> = Default::default();
                        for e in &running {
                            *by_unit.entry(e.unit).or_default() += e.quantity.unwrap_or(0.0);
                        }
                        let totals: Vec<String> = by_unit
                            .iter()
                            .filter(|(_, q)| **q > 0.0)
                            .map(|(u, q)| format!("{} {u}", crate::core::matching::format_number(q.round())))
                            .collect();
                        ui.label(
                            RichText::new(format!(
                                "{y}: {} exchanges running; known quantities {} per year",
                                running.len(),
                                totals.join(" + ")
                            ))
                            .strong(),
                        );
                        let name = |id: &FirmId| data.firm(id).map_or(id.0.clone(), |f| f.name.clone());
                        for e in data.exchanges.iter().filter(|e| e.start_year == Some(y) && e.active_in(y)) {
                            ui.label(format!("New: {} -> {}: {}", name(&e.from), name(&e.to), e.material));
                        }
                        for e in data.exchanges.iter().filter(|e| e.end_year == Some(y - 1)) {
                            ui.label(format!("Ended: {} -> {}: {}", name(&e.from), name(&e.to), e.material));
                        }
                    }
                });
            });
        self.year = year;
        self.playing = playing;
    }

    /// Controls, legend, scale bar and credits drawn over the map.
    fn map_overlay_ui(&mut self, ui: &mut egui::Ui, rect: egui::Rect, salt: &'static str) {
        let dark = ui.visuals().dark_mode;
        let frame = egui::Frame::popup(ui.style()).inner_margin(6.0);
        egui::Area::new(egui::Id::unique(("map-controls", salt)))
            .fixed_pos(rect.right_top() + egui::vec2(-160.0, 10.0))
            .show(ui.ctx(), |ui| {
                frame.show(ui, |ui| {
                    ui.horizontal(|ui| {
                        if ui.button(RichText::new(" + ").size(18.0)).on_hover_text("Zoom in").clicked() {
                            let _ = self.memory.zoom_in();
                        }
                        if ui.button(RichText::new(" - ").size(18.0)).on_hover_text("Zoom out").clicked() {
                            let _ = self.memory.zoom_out();
                        }
                        if ui.button(RichText::new("Fit").size(16.0)).on_hover_text("Zoom to project").clicked() {
                            self.zoom_to_project();
                        }
                    });
                });
            });
        // On the projector the legend is larger, so it sits at the top left.
        let (legend_at, legend_width) = if self.projecting(salt) {
            (rect.left_top() + egui::vec2(12.0, 12.0), 340.0)
        } else {
            (rect.left_bottom() + egui::vec2(12.0, -432.0), 210.0)
        };
        egui::Area::new(egui::Id::unique(("map-legend", salt))).fixed_pos(legend_at).show(ui.ctx(), |ui| {
            frame.show(ui, |ui| {
                ui.set_width(legend_width);
                ui.label(RichText::new("Legend").strong());
                for (label, kind) in [
                    ("Energy", MaterialKind::Energy),
                    ("Water", MaterialKind::Water),
                    ("Materials", MaterialKind::Material),
                ] {
                    ui.horizontal(|ui| {
                        let (r, _) = ui.allocate_exact_size(egui::vec2(28.0, 12.0), egui::Sense::hover());
                        ui.painter().line_segment(
                            [r.left_center(), r.right_center()],
                            egui::Stroke::new(4.0, map_layer::kind_color(kind)),
                        );
                        ui.label(label);
                    });
                }
                ui.label(RichText::new("solid realised · dashed proposed/agreed · faded ended").small());
                ui.horizontal(|ui| {
                    let (r, _) = ui.allocate_exact_size(egui::vec2(28.0, 12.0), egui::Sense::hover());
                    ui.painter().extend(egui::Shape::dotted_line(
                        &[r.left_center(), r.right_center()],
                        map_layer::colors::PURPLE,
                        6.0,
                        1.5,
                    ));
                    ui.label("Candidate");
                });
                ui.separator();
                for nace in map_layer::SECTORS {
                    let (name, color) = map_layer::sector(nace);
                    ui.horizontal(|ui| {
                        let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                        ui.painter().circle_filled(r.center(), 6.0, color);
                        ui.label(RichText::new(name).small());
                    });
                }
            });
        });
        // Scale bar, for the latitude of the map centre.
        let mpp = self.events.meters_per_pixel;
        if mpp.is_finite() && mpp > 0.0 {
            let target = mpp * 120.0;
            let magnitude = 10f64.powf(target.log10().floor());
            let nice = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).rfind(|&v| v <= target).unwrap_or(magnitude);
            let width = (nice / mpp) as f32;
            let origin = rect.left_bottom() + egui::vec2(16.0, -34.0);
            let painter = ui.painter();
            let ink = if dark { Color32::WHITE } else { Color32::BLACK };
            painter.rect_filled(
                egui::Rect::from_min_size(origin - egui::vec2(6.0, 20.0), egui::vec2(width + 12.0, 30.0)),
                3.0,
                if dark { Color32::from_black_alpha(170) } else { Color32::from_white_alpha(200) },
            );
            painter.line_segment([origin, origin + egui::vec2(width, 0.0)], egui::Stroke::new(3.0, ink));
            for x in [0.0, width] {
                painter.line_segment(
                    [origin + egui::vec2(x, -6.0), origin + egui::vec2(x, 4.0)],
                    egui::Stroke::new(2.0, ink),
                );
            }
            let label = if nice >= 1000.0 { format!("{} km", nice / 1000.0) } else { format!("{nice} m") };
            painter.text(
                origin + egui::vec2(width / 2.0, -8.0),
                egui::Align2::CENTER_BOTTOM,
                label,
                egui::FontId::proportional(13.0),
                ink,
            );
        }
        // Credits: the basemap and place names need them; walkers draws none.
        let credits = match (&self.online, &self.mbtiles) {
            // The built-in basemap shows through wherever the chosen source has no tile.
            (Some(_), _) => format!(
                "Map data © OpenStreetMap contributors (ODbL), online tiles · {} · Towns: GeoNames (CC BY 4.0)",
                crate::basemap::CREDITS
            ),
            (None, Some(m)) => format!(
                "Basemap: {} {} · {} · Towns: GeoNames (CC BY 4.0)",
                m.source.name,
                m.source.attribution,
                crate::basemap::CREDITS
            ),
            (None, None) => format!("{} · Towns: GeoNames (CC BY 4.0)", crate::basemap::CREDITS),
        };
        let painter = ui.painter();
        let galley = painter.layout_no_wrap(
            credits,
            egui::FontId::proportional(12.0),
            if dark { Color32::from_gray(220) } else { Color32::from_gray(40) },
        );
        let at = rect.right_bottom() - galley.size() - egui::vec2(6.0, 4.0);
        painter.rect_filled(
            egui::Rect::from_min_size(at - egui::vec2(4.0, 2.0), galley.size() + egui::vec2(8.0, 4.0)),
            2.0,
            if dark { Color32::from_black_alpha(170) } else { Color32::from_white_alpha(210) },
        );
        painter.galley(at, galley, Color32::PLACEHOLDER);
        if let Some(job) = &self.match_job {
            egui::Area::new(egui::Id::unique(("match-progress", salt)))
                .fixed_pos(rect.center_top() + egui::vec2(-140.0, 12.0))
                .show(ui.ctx(), |ui| {
                    frame.show(ui, |ui| {
                        let done = job.done.load(Ordering::Relaxed);
                        ui.add(
                            egui::ProgressBar::new(done as f32 / job.total.max(1) as f32)
                                .text(format!("Matching {done}/{} supply flows", job.total))
                                .desired_width(280.0),
                        );
                    });
                });
        }
    }

    fn firms_ui(&mut self, ui: &mut egui::Ui) {
        let Some(project) = &self.project else {
            ui.label("No project open. Use File > Open.");
            return;
        };
        ui.horizontal(|ui| {
            ui.label("Search");
            ui.add(
                egui::TextEdit::singleline(&mut self.firm_search)
                    .hint_text("name, NACE or material")
                    .desired_width(f32::INFINITY),
            );
        });
        let needle = self.firm_search.to_lowercase();
        let data = &project.data;
        let index = &project.index;
        // Filtered once per change of search text or data, not every frame.
        let key = (self.data_version, needle.clone());
        if self.firm_rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let rows = data
                .firms
                .iter()
                .enumerate()
                .filter(|(i, f)| {
                    needle.is_empty()
                        || f.name.to_lowercase().contains(&needle)
                        || f.id.as_str().to_lowercase().contains(&needle)
                        || f.nace.contains(&needle)
                        || index.materials_of(*i).contains(&needle)
                })
                .map(|(i, _)| i)
                .collect();
            self.firm_rows = Some((key, rows));
        }
        let matches: Vec<&Firm> = self
            .firm_rows
            .as_ref()
            .map_or(&[][..], |(_, rows)| rows.as_slice())
            .iter()
            .filter_map(|&i| data.firms.get(i))
            .collect();
        let mut clicked = None;
        let row_height = ui.spacing().interact_size.y + 4.0;
        // Only the rows in view are laid out, however many firms match.
        egui::ScrollArea::vertical().id_salt("firm-list").max_height(260.0).show_rows(
            ui,
            row_height,
            matches.len(),
            |ui, rows| {
                for f in &matches[rows] {
                    let selected = self.selection == Some(Pick::Firm(f.id.clone()));
                    let (_, color) = map_layer::sector(&f.nace);
                    ui.horizontal(|ui| {
                        let (dot, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().circle_filled(dot.center(), 5.0, color);
                        if ui.selectable_label(selected, &f.name).clicked() {
                            clicked = Some(f.id.clone());
                        }
                        ui.label(RichText::new(&f.nace).weak());
                    });
                }
            },
        );
        ui.label(RichText::new(format!("{} of {} firms", matches.len(), data.firms.len())).weak());
        if let Some(id) = clicked {
            self.select_firm(&id);
        }
        ui.separator();
        self.firm_editor_ui(ui);
    }

    fn firm_editor_ui(&mut self, ui: &mut egui::Ui) {
        ui.checkbox(&mut self.move_firms, "Move firms by dragging them on the map (right-drag pans)");
        let Some(firm) = self.selected_firm().cloned() else {
            ui.label("Select a firm in the list or on the map to edit it.");
            ui.label("Click an empty spot on the map and press the button below to add a firm there.");
            if let Some(at) = self.events.clicked_empty.or(self.events.cursor)
                && ui.button(format!("Add a firm at {:.4}, {:.4}", at.lat, at.lon)).clicked()
            {
                self.add_firm_at(at);
            }
            return;
        };
        ui.heading(&firm.name);
        let mut edited = firm.clone();
        egui::Grid::new("firm-editor").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            ui.label("Name");
            ui.text_edit_singleline(&mut edited.name);
            ui.end_row();
            ui.label("Latitude");
            ui.add(egui::DragValue::new(&mut edited.location.lat).speed(0.0005).range(-90.0..=90.0).max_decimals(6));
            ui.end_row();
            ui.label("Longitude");
            ui.add(egui::DragValue::new(&mut edited.location.lon).speed(0.0005).range(-180.0..=180.0).max_decimals(6));
            ui.end_row();
            ui.label("NACE");
            ui.vertical(|ui| {
                let title = reference::nace(&edited.nace)
                    .map_or("—".to_string(), |n| format!("{} {}", n.code, n.description));
                ui.label(title);
                ui.add(egui::TextEdit::singleline(&mut self.nace_search).hint_text("search NACE by code or words"));
                if !self.nace_search.is_empty() {
                    let q = self.nace_search.to_lowercase();
                    for n in reference::nace_codes()
                        .iter()
                        .filter(|n| {
                            n.level == "class" && (n.code.starts_with(&q) || n.description.to_lowercase().contains(&q))
                        })
                        .take(8)
                    {
                        if ui.small_button(format!("{} {}", n.code, n.description)).clicked() {
                            edited.nace = n.code.clone();
                            self.nace_search.clear();
                        }
                    }
                }
            });
            ui.end_row();
            ui.label("Country");
            ui.horizontal(|ui| {
                let shown = if edited.country.is_empty() { "none".to_string() } else { edited.country.clone() };
                egui::ComboBox::from_id_salt("firm-country").selected_text(shown).show_ui(ui, |ui| {
                    for code in crate::core::params::COUNTRIES {
                        let name = crate::core::countries::name(code).unwrap_or(code);
                        ui.selectable_value(&mut edited.country, code.to_string(), format!("{code} {name}"));
                    }
                });
                if let Some(code) = crate::core::countries::country_at(edited.location)
                    && code != edited.country
                    && ui.small_button(format!("use {code} (from the position)")).clicked()
                {
                    edited.country = code.to_string();
                }
            })
            .response
            .on_hover_text("Its grid, district-heat and landfill figures apply to this firm's exchanges");
            ui.end_row();
            ui.label("EU ETS");
            ui.checkbox(&mut edited.ets, "an EU ETS installation")
                .on_hover_text("Fuel it stops burning on its own site saves allowances at the carbon price");
            ui.end_row();
            ui.label("Notes");
            ui.text_edit_multiline(&mut edited.notes);
            ui.end_row();
            ui.label("Source");
            ui.text_edit_singleline(&mut edited.source);
            ui.end_row();
        });
        // Text fields edit a copy; numbers and pickers save at once.
        let changed_now = edited.location != firm.location
            || edited.nace != firm.nace
            || edited.country != firm.country
            || edited.ets != firm.ets;
        let text_changed = edited.name != firm.name || edited.notes != firm.notes || edited.source != firm.source;
        if changed_now {
            self.apply(Edit::UpdateFirm { before: firm.clone(), after: edited.clone() });
        } else if text_changed {
            // Save on every change of text too: one small transaction each, undoable.
            self.apply(Edit::UpdateFirm { before: firm.clone(), after: edited.clone() });
        }
        ui.horizontal(|ui| {
            if ui.button("Show flows").clicked() {
                self.tab = Tab::Flows;
            }
            if self.pending_delete.as_ref() == Some(&firm.id) {
                ui.label(
                    RichText::new("Delete this firm with its flows and exchanges?").color(map_layer::colors::VERMILION),
                );
                if ui.button("Yes, delete").clicked() {
                    self.delete_firm(&firm.id);
                    self.pending_delete = None;
                }
                if ui.button("Cancel").clicked() {
                    self.pending_delete = None;
                }
            } else if ui.button("Delete firm…").clicked() {
                self.pending_delete = Some(firm.id.clone());
            }
        });
    }

    fn add_firm_at(&mut self, at: LatLon) {
        let Some(project) = &self.project else { return };
        let mut n = project.data.firms.len() + 1;
        while project.data.firm(&FirmId(format!("firm{n}"))).is_some() {
            n += 1;
        }
        let firm = Firm {
            id: FirmId(format!("firm{n}")),
            name: format!("New firm {n}"),
            location: at,
            nace: String::new(),
            employees: None,
            address: String::new(),
            notes: String::new(),
            source: "added on the map".into(),
            country: crate::core::countries::country_at(at).unwrap_or_default().to_string(),
            ets: false,
            port: crate::core::countries::nearest_port(at).map_or(String::new(), |(p, _)| p.name.clone()),
        };
        let id = firm.id.clone();
        self.apply(Edit::InsertFirm(firm));
        self.selection = Some(Pick::Firm(id));
    }

    fn delete_firm(&mut self, id: &FirmId) {
        let Some(project) = &self.project else { return };
        let Some(firm) = project.data.firm(id).cloned() else { return };
        let flows = project.data.flows.iter().filter(|f| &f.firm == id).cloned().collect();
        let exchanges = project.data.exchanges.iter().filter(|e| &e.from == id || &e.to == id).cloned().collect();
        self.apply(Edit::DeleteFirm { firm, flows, exchanges });
        self.selection = None;
    }

    fn flows_ui(&mut self, ui: &mut egui::Ui) {
        let Some(firm) = self.selected_firm().cloned() else {
            ui.label("Select a firm (Firms tab or the map) to see what it has and wants.");
            return;
        };
        let Some(project) = &self.project else { return };
        ui.heading(format!("Flows of {}", firm.name));
        let flows: Vec<Flow> = project.data.flows.iter().filter(|f| f.firm == firm.id).cloned().collect();
        let materials = project.data.materials.clone();
        let mut delete = None;
        let mut edit = None;
        for (direction, title) in [(Direction::Supply, "Has (supply)"), (Direction::Demand, "Wants (demand)")] {
            ui.label(RichText::new(title).strong());
            egui::Grid::new(format!("flows-{direction}")).striped(true).num_columns(5).show(ui, |ui| {
                for f in flows.iter().filter(|f| f.direction == direction) {
                    let material = materials.iter().find(|m| m.id == f.material);
                    ui.label(material.map_or(f.material.as_str(), |m| m.name.as_str()));
                    ui.label(format!("{} {}/yr", crate::core::matching::format_number(f.quantity), f.unit));
                    let years = match (f.available_from, f.available_to) {
                        (Some(a), Some(b)) => format!("{a}-{b}"),
                        (Some(a), None) => format!("from {a}"),
                        (None, Some(b)) => format!("until {b}"),
                        _ => String::new(),
                    };
                    ui.label(years);
                    let mut tags = Vec::new();
                    if let Some(code) = f.ewc.as_deref().and_then(reference::ewc) {
                        tags.push(code.display_code());
                    }
                    if f.confidential {
                        tags.push("confidential".into());
                    }
                    ui.label(tags.join(" ")).on_hover_text(&f.source);
                    ui.horizontal(|ui| {
                        if ui.small_button("Edit flow").on_hover_text("Load this flow into the form below").clicked() {
                            edit = Some(f.clone());
                        }
                        if ui.small_button("Delete").on_hover_text("Delete this flow (Ctrl+Z undoes)").clicked() {
                            delete = Some(f.clone());
                        }
                    });
                    ui.end_row();
                }
            });
        }
        if let Some(flow) = delete {
            self.apply(Edit::DeleteFlow(flow));
        }
        if let Some(f) = edit {
            let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
            self.flow_draft = FlowDraft {
                direction: f.direction,
                material: f.material.0.clone(),
                quantity: crate::core::matching::format_number(f.quantity),
                unit: None,
                ewc_search: String::new(),
                ewc: f.ewc.clone(),
                from: year(f.available_from),
                to: year(f.available_to),
                accepts_hazardous: f.accepts_hazardous,
                confidential: f.confidential,
                role: f.role,
                source: f.source.clone(),
                editing: Some(f),
            };
        }
        ui.separator();
        self.add_flow_ui(ui, &firm, &materials);
    }

    fn add_flow_ui(&mut self, ui: &mut egui::Ui, firm: &Firm, materials: &[Material]) {
        let title = if self.flow_draft.editing.is_some() { "Edit the flow" } else { "Add a flow" };
        ui.label(RichText::new(title).strong());
        let d = &mut self.flow_draft;
        egui::Grid::new("add-flow").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            ui.label("Direction");
            ui.horizontal(|ui| {
                ui.radio_value(&mut d.direction, Direction::Supply, "has");
                ui.radio_value(&mut d.direction, Direction::Demand, "wants");
            });
            ui.end_row();
            ui.label("Material");
            egui::ComboBox::from_id_salt("material-picker").selected_text(d.material.clone()).height(360.0).show_ui(
                ui,
                |ui| {
                    for m in materials {
                        ui.selectable_value(&mut d.material, m.id.0.clone(), format!("{} ({})", m.name, m.unit));
                    }
                },
            );
            ui.end_row();
            let material = materials.iter().find(|m| m.id.0 == d.material);
            let unit = material.map_or(Unit::Tonne, |m| m.unit);
            ui.label("Quantity per year");
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.quantity).hint_text("e.g. 1500").desired_width(120.0));
                // Units this material converts from (kg/GJ always; m3 or MWh where density or
                // energy content is known); stored in the material's own unit.
                let shown = d.unit.unwrap_or(unit);
                egui::ComboBox::from_id_salt("flow-unit").selected_text(format!("{shown}/yr")).show_ui(ui, |ui| {
                    ui.selectable_value(&mut d.unit, None, format!("{unit}/yr"));
                    for u in
                        Unit::ALL.iter().filter(|u| **u != unit && material.is_some_and(|m| m.units_per(**u).is_ok()))
                    {
                        ui.selectable_value(&mut d.unit, Some(*u), format!("{u}/yr (converted to {unit})"));
                    }
                });
            });
            ui.end_row();
            ui.label("Years");
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.from).hint_text("from").desired_width(60.0));
                ui.add(egui::TextEdit::singleline(&mut d.to).hint_text("to").desired_width(60.0));
            });
            ui.end_row();
            ui.label("EWC");
            ui.vertical(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.ewc_search).hint_text("search EWC code or words"));
                if let Some(code) = d.ewc.as_deref().and_then(reference::ewc) {
                    ui.label(format!("{} {}", code.display_code(), code.description));
                }
                if d.ewc_search.len() >= 2 {
                    let q = d.ewc_search.to_lowercase();
                    let digits = reference::normalise_ewc(&q);
                    for e in reference::ewc_codes()
                        .iter()
                        .filter(|e| {
                            (!digits.is_empty() && e.code.starts_with(&digits))
                                || e.description.to_lowercase().contains(&q)
                        })
                        .take(8)
                    {
                        let text = RichText::new(format!("{} {}", e.display_code(), e.description));
                        let text = if e.hazardous { text.color(map_layer::colors::VERMILION) } else { text };
                        if ui.small_button(text).clicked() {
                            d.ewc = Some(e.code.clone());
                            d.ewc_search.clear();
                        }
                    }
                }
            });
            ui.end_row();
            ui.label("Flags");
            ui.horizontal(|ui| {
                ui.checkbox(&mut d.accepts_hazardous, "accepts hazardous");
                ui.checkbox(&mut d.confidential, "confidential");
            });
            ui.end_row();
            if d.direction == Direction::Supply {
                ui.label("Role");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut d.role, FlowRole::Residue, "residue")
                        .on_hover_text("Waste, by-product, surplus energy or water: an exchange avoids its disposal");
                    ui.radio_value(&mut d.role, FlowRole::Product, "product").on_hover_text(
                        "What the firm exists to sell: a sale is trade, not symbiosis, and earns no credit",
                    );
                });
                ui.end_row();
            }
            ui.label("Source");
            ui.text_edit_singleline(&mut d.source);
            ui.end_row();
        });
        let editing = self.flow_draft.editing.clone();
        let label = if editing.is_some() { "Save changes" } else { "Add flow" };
        ui.horizontal(|ui| {
            if ui.button(RichText::new(label).strong()).clicked() {
                match self.flow_from_draft(firm, materials) {
                    Ok((flow, note)) => {
                        if let Some(note) = note {
                            self.info(format!("Saved: {note}"));
                        }
                        match editing {
                            Some(before) => {
                                // What the form does not show is kept as it was.
                                let after = Flow {
                                    id: before.id,
                                    quality: before.quality.clone(),
                                    price_per_unit: before.price_per_unit,
                                    disposal_cost_per_unit: before.disposal_cost_per_unit,
                                    ..flow
                                };
                                self.apply(Edit::UpdateFlow { after, before })
                            }
                            None => self.apply(Edit::InsertFlow(flow)),
                        }
                        self.flow_draft = FlowDraft::default();
                    }
                    Err(e) => self.error(e),
                }
            }
            if self.flow_draft.editing.is_some() && ui.button("Cancel").clicked() {
                self.flow_draft = FlowDraft::default();
            }
        });
    }

    /// The flow the form describes, in its material's unit, with a note of any unit conversion.
    fn flow_from_draft(&self, firm: &Firm, materials: &[Material]) -> Result<(Flow, Option<String>), String> {
        let d = &self.flow_draft;
        let material = materials
            .iter()
            .find(|m| m.id.0 == d.material)
            .ok_or_else(|| format!("Unknown material '{}'", d.material))?;
        let quantity: f64 = d
            .quantity
            .trim()
            .replace(',', ".")
            .replace(' ', "")
            .parse()
            .map_err(|_| format!("Quantity '{}' is not a number; type for example 1500", d.quantity))?;
        if !(quantity.is_finite() && quantity >= 0.0) {
            return Err("Quantity must be zero or more".into());
        }
        let (quantity, note) = material.convert(quantity, d.unit.unwrap_or(material.unit))?;
        let year = |s: &str| -> Result<Option<i32>, String> {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<i32>()
                .ok()
                .filter(|y| (1800..=2200).contains(y))
                .map(Some)
                .ok_or_else(|| format!("'{s}' is not a year"))
        };
        let (from, to) = (year(&d.from)?, year(&d.to)?);
        if let (Some(a), Some(b)) = (from, to)
            && a > b
        {
            return Err(format!("Available from {a} is after available to {b}"));
        }
        let flow = Flow {
            id: FlowId(0),
            firm: firm.id.clone(),
            direction: d.direction,
            role: if d.direction == Direction::Supply { d.role } else { FlowRole::Residue },
            material: material.id.clone(),
            quantity,
            unit: material.unit,
            ewc: d.ewc.clone(),
            quality: String::new(),
            available_from: from,
            available_to: to,
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: d.accepts_hazardous,
            confidential: d.confidential,
            source: if d.source.trim().is_empty() { "entered in Symbiosis Explorer".into() } else { d.source.clone() },
        };
        Ok((flow, note))
    }

    fn exchanges_ui(&mut self, ui: &mut egui::Ui) {
        let breakdown = match &self.selection {
            Some(Pick::Exchange(id)) => Some((*id, self.exchange_breakdown(*id))),
            _ => None,
        };
        let Some(project) = &self.project else { return };
        let exchanges = project.data.exchanges.clone();
        let data = project.data.clone();
        ui.heading(format!("{} exchanges", exchanges.len()));
        let mut change = None;
        let mut select = None;
        for e in &exchanges {
            let selected = self.selection == Some(Pick::Exchange(e.id));
            let name = |id: &FirmId| data.firm(id).map_or(id.0.clone(), |f| f.name.clone());
            ui.horizontal(|ui| {
                let text = format!("{} -> {}: {}", name(&e.from), name(&e.to), e.material);
                if ui.selectable_label(selected, text).clicked() {
                    select = Some(e.id);
                }
            });
            if selected {
                ui.indent(e.id.0, |ui| {
                    ui.horizontal(|ui| {
                        ui.label("Status");
                        let mut status = e.status;
                        egui::ComboBox::from_id_salt(("status", e.id.0)).selected_text(status.as_str()).show_ui(
                            ui,
                            |ui| {
                                for s in ExchangeStatus::ALL {
                                    ui.selectable_value(&mut status, *s, s.as_str());
                                }
                            },
                        );
                        if status != e.status {
                            change = Some((e.clone(), Exchange { status, ..e.clone() }));
                        }
                    });
                    let q = e.quantity.map_or("unknown".to_string(), |q| {
                        format!("{} {}/yr", crate::core::matching::format_number(q), e.unit)
                    });
                    ui.label(format!("Quantity: {q}"));
                    ui.horizontal(|ui| {
                        ui.label("Years");
                        let mut start = e.start_year.unwrap_or(0);
                        let mut end = e.end_year.unwrap_or(0);
                        let a = ui.add(
                            egui::DragValue::new(&mut start)
                                .range(0..=2200)
                                .custom_formatter(|v, _| if v == 0.0 { "?".into() } else { format!("{v}") }),
                        );
                        ui.label("to");
                        let b = ui.add(
                            egui::DragValue::new(&mut end)
                                .range(0..=2200)
                                .custom_formatter(|v, _| if v == 0.0 { "open".into() } else { format!("{v}") }),
                        );
                        if a.changed() || b.changed() {
                            let year = |y: i32| (y >= 1800).then_some(y);
                            let after = Exchange { start_year: year(start), end_year: year(end), ..e.clone() };
                            if after.start_year.zip(after.end_year).is_none_or(|(s, t)| s <= t) {
                                change = Some((e.clone(), after));
                            }
                        }
                    });
                    ui.label(RichText::new(&e.notes).italics());
                    ui.label(RichText::new(format!("Source: {}", e.source)).weak());
                    match breakdown.as_ref().filter(|(id, _)| *id == e.id).and_then(|(_, b)| b.clone()) {
                        Some(b) => {
                            let c = &b.candidate;
                            ui.label(format!(
                                "{} {} per year: {} t CO2 avoided, {} {} net benefit",
                                crate::core::matching::group_thousands(c.quantity_supply),
                                c.supply_unit,
                                crate::core::matching::group_thousands(c.co2_avoided_t),
                                crate::core::matching::group_thousands(c.net_benefit),
                                data.meta.currency
                            ));
                            if let Some(text) = b.exchange.as_ref().and_then(|n| n.overfill_text.as_ref()) {
                                ui.label(RichText::new(text).color(map_layer::colors::VERMILION));
                            }
                            ui.collapsing("Evaluation: every term and its source", |ui| breakdown_ui(ui, &b));
                        }
                        None => {
                            ui.label(RichText::new("No evaluation: the flows behind this exchange are not in the project (add a supply flow at the sender and a demand flow at the receiver)").weak());
                        }
                    }
                });
            }
        }
        if let Some(id) = select {
            self.selection = Some(Pick::Exchange(id));
        }
        if let Some((before, after)) = change {
            self.apply(Edit::UpdateExchange { before, after });
        }
    }

    fn candidates_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if self.match_job.is_some() {
                if ui.button("Cancel matching").clicked()
                    && let Some(job) = self.match_job.take()
                {
                    job.cancel.store(true, Ordering::Relaxed);
                    self.info("Matching cancelled");
                }
                ui.spinner();
            } else if ui.button(RichText::new("Run matching").strong()).clicked() {
                self.start_matching();
            }
            ui.checkbox(&mut self.greenfield, "greenfield (ignore existing exchanges)");
            if let Some(job) = &self.optimise_job {
                if ui.button("Cancel optimising").clicked() {
                    job.cancelled.store(true, Ordering::Relaxed);
                    self.optimise_job = None;
                    self.info("Optimisation cancelled");
                }
                ui.spinner();
            } else if ui
                .button("Optimise")
                .on_hover_text("The allocation with the largest total net benefit (exact LP); shown on the map")
                .clicked()
            {
                self.optimise();
            }
        });
        ui.checkbox(&mut self.include_products, "include products").on_hover_text(
            "Also offer flows whose role is product (what a firm exists to sell): they are product sales and earn no credit",
        );
        if let Some(o) = &self.optimal {
            let currency = self.project.as_ref().map_or("EUR".into(), |p| p.data.meta.currency.clone());
            let what = if o.gap > 0.0 {
                format!("Best allocation found in the time limit (within {:.1} % of the optimum)", o.gap * 100.0)
            } else {
                "Optimal allocation".to_string()
            };
            ui.label(
                RichText::new(format!(
                    "{what}: {} exchanges, {:.0} t CO2/yr avoided, net benefit {:.0} {currency}/yr (shown on the map)",
                    o.arcs, o.co2_avoided_t, o.net_benefit
                ))
                .strong(),
            );
        }
        ui.collapsing("Why not? Explain any pair of flows", |ui| {
            ui.horizontal(|ui| {
                ui.label("supply flow id");
                ui.add(egui::TextEdit::singleline(&mut self.why_not.0).desired_width(60.0));
                ui.label("demand flow id");
                ui.add(egui::TextEdit::singleline(&mut self.why_not.1).desired_width(60.0));
                if ui.button("Why not?").clicked() {
                    self.explain_pair();
                }
            });
        });
        if self.candidates.is_empty() {
            ui.label("No candidates yet: press Run matching.");
        }
        ui.horizontal(|ui| {
            ui.label("Filter");
            ui.add(
                egui::TextEdit::singleline(&mut self.candidate_filter)
                    .hint_text("firm or material")
                    .desired_width(160.0),
            );
            ui.label("Sort by");
            for (i, name) in ["score", "CO2", "benefit", "distance", "quantity"].iter().enumerate() {
                ui.selectable_value(&mut self.candidate_sort, i, *name);
            }
        });
        let needle = self.candidate_filter.to_lowercase();
        let mut candidates: Vec<Candidate> = self
            .candidates
            .iter()
            .filter(|c| {
                needle.is_empty()
                    || c.supply_firm.to_lowercase().contains(&needle)
                    || c.demand_firm.to_lowercase().contains(&needle)
                    || c.supply_material.as_str().contains(&needle)
                    || c.demand_material.as_str().contains(&needle)
            })
            .cloned()
            .collect();
        let key = |c: &Candidate| match self.candidate_sort {
            1 => c.co2_avoided_t,
            2 => c.net_benefit,
            3 => -c.distance_km,
            4 => c.quantity,
            _ => c.score,
        };
        candidates.sort_by(|a, b| key(b).total_cmp(&key(a)));
        let currency = self.project.as_ref().map_or("EUR".into(), |p| p.data.meta.currency.clone());
        let mut propose = None;
        let mut explain = None;
        egui::Grid::new("candidates").striped(true).num_columns(6).show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new("From -> to").strong());
            ui.label(RichText::new("Material").strong());
            ui.label(RichText::new("Quantity").strong());
            ui.label(RichText::new("CO2 t/yr").strong());
            ui.label(RichText::new(format!("Benefit {currency}")).strong());
            ui.end_row();
            for c in candidates.iter().take(200) {
                let pick = Pick::Candidate(c.supply_flow_id, c.demand_flow_id);
                let selected = self.selection.as_ref() == Some(&pick);
                if ui.small_button("Propose").on_hover_text("Turn this candidate into a proposed exchange").clicked() {
                    propose = Some(c.clone());
                }
                if ui.selectable_label(selected, format!("{} -> {}", c.supply_firm, c.demand_firm)).clicked() {
                    self.selection = Some(pick.clone());
                    explain = Some(c.clone());
                }
                ui.label(format!("{} -> {}", c.supply_material, c.demand_material));
                ui.label(format!("{:.0} {}", c.quantity, c.unit));
                ui.label(format!("{:.0}", c.co2_avoided_t));
                ui.label(format!("{:.0}", c.net_benefit));
                ui.end_row();
            }
        });
        if let Some(c) = explain
            && let Some(p) = &self.project
        {
            let options = MatchOptions {
                greenfield: self.greenfield,
                include_products: self.include_products,
                year: self.year.or(Some(p.data.meta.year())),
                ..MatchOptions::default()
            };
            let matcher = Matcher::new(&p.data, options);
            self.explanation = Some(matcher.explain(c.supply_flow_id, c.demand_flow_id).map_err(|e| e.to_string()));
        }
        if let Some(c) = propose {
            self.propose(&c);
        }
        if let Some(explanation) = &self.explanation {
            ui.separator();
            match explanation {
                Ok(b) => {
                    ui.label(RichText::new("Why this candidate: every term and its source").strong());
                    breakdown_ui(ui, b);
                }
                Err(e) => {
                    ui.label(RichText::new(e).color(map_layer::colors::VERMILION));
                }
            }
        }
    }

    /// Edits of all selected flows at once, each one transaction (and one undo step).
    fn bulk_edit_ui(&mut self, ui: &mut egui::Ui, shown: &[FlowId]) {
        let Some(project) = &self.project else { return };
        self.flow_selection.retain(|id| project.data.flows.iter().any(|f| &f.id == id));
        let selected: Vec<Flow> =
            project.data.flows.iter().filter(|f| self.flow_selection.contains(&f.id)).cloned().collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} selected", selected.len())).strong());
            if ui.button("Select shown").clicked() {
                self.flow_selection.extend(shown.iter().copied());
            }
            if ui.button("Clear selection").clicked() {
                self.flow_selection.clear();
            }
        });
        if selected.is_empty() {
            return;
        }
        let mut edit = None;
        ui.horizontal_wrapped(|ui| {
            if ui.button("Mark confidential").clicked() {
                edit = Some(Edit::UpdateFlows {
                    before: selected.clone(),
                    after: selected.iter().map(|f| Flow { confidential: true, ..f.clone() }).collect(),
                });
            }
            if ui.button("Unmark confidential").clicked() {
                edit = Some(Edit::UpdateFlows {
                    before: selected.clone(),
                    after: selected.iter().map(|f| Flow { confidential: false, ..f.clone() }).collect(),
                });
            }
            ui.add(
                egui::TextEdit::singleline(&mut self.bulk_source)
                    .hint_text("source for the selected")
                    .desired_width(160.0),
            );
            if ui.button("Set source").clicked() && !self.bulk_source.trim().is_empty() {
                let source = self.bulk_source.trim().to_string();
                edit = Some(Edit::UpdateFlows {
                    before: selected.clone(),
                    after: selected.iter().map(|f| Flow { source: source.clone(), ..f.clone() }).collect(),
                });
            }
            if ui.button("Delete selected").clicked() {
                edit = Some(Edit::DeleteFlows(selected.clone()));
            }
        });
        if let Some(edit) = edit {
            let deleting = matches!(edit, Edit::DeleteFlows(_));
            self.apply(edit);
            if deleting {
                self.flow_selection.clear();
            }
        }
    }

    /// Rows pasted from a spreadsheet, checked like a CSV import and added in one transaction.
    fn paste_ui(&mut self, ui: &mut egui::Ui) {
        ui.label(RichText::new("Paste rows from a spreadsheet").strong());
        ui.label("Tab-separated rows in the flows.csv column order (firm_id, direction, material, quantity, unit, ...), or with that header line. Checked like a CSV import.");
        ui.add(
            egui::TextEdit::multiline(&mut self.pasted)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .hint_text("paste rows here")
                .code_editor(),
        );
        if ui.button("Check and add pasted rows").clicked() {
            let Some(project) = &self.project else { return };
            let parsed = crate::core::csv_import::parse_flows(&project.data, "pasted rows", &self.pasted);
            match parsed {
                Ok((flows, _)) if flows.is_empty() => {
                    self.paste_problems = vec!["Nothing to add: paste rows first".into()];
                }
                Ok((flows, notes)) => {
                    let n = flows.len();
                    self.paste_problems.clear();
                    self.pasted.clear();
                    self.apply(Edit::InsertFlows(flows));
                    let converted = if notes.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "; {}",
                            notes.iter().map(|n| n.message.trim_start_matches("note: ")).collect::<Vec<_>>().join("; ")
                        )
                    };
                    self.info(format!("Added {n} pasted flows (Ctrl+Z undoes){converted}"));
                }
                Err(problems) => self.paste_problems = problems.iter().map(ToString::to_string).collect(),
            }
        }
        for p in &self.paste_problems {
            ui.label(RichText::new(p).color(map_layer::colors::VERMILION));
        }
    }

    fn all_flows_ui(&mut self, ui: &mut egui::Ui) {
        self.paste_ui(ui);
        let Some(project) = &self.project else { return };
        let data = &project.data;
        ui.separator();
        ui.horizontal(|ui| {
            ui.label("Filter");
            ui.add(egui::TextEdit::singleline(&mut self.flows_filter).hint_text("firm, material, direction or source"));
        });
        let needle = self.flows_filter.to_lowercase();
        let (column, ascending) = self.flows_sort;
        // Filtered and sorted once per change of filter, sort or data, not every frame.
        let key = (self.data_version, needle.clone(), column, ascending);
        if self.flow_rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut rows: Vec<usize> = data
                .flows
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    needle.is_empty()
                        || f.firm.as_str().to_lowercase().contains(&needle)
                        || f.material.as_str().contains(&needle)
                        || f.direction.as_str().contains(&needle)
                        || f.source.to_lowercase().contains(&needle)
                })
                .map(|(i, _)| i)
                .collect();
            rows.sort_by(|&a, &b| {
                let (a, b) = (&data.flows[a], &data.flows[b]);
                let order = match column {
                    1 => a.direction.cmp(&b.direction),
                    2 => a.material.cmp(&b.material),
                    3 => a.quantity.total_cmp(&b.quantity),
                    4 => a.role.cmp(&b.role),
                    _ => a.firm.cmp(&b.firm),
                };
                if ascending { order } else { order.reverse() }
            });
            self.flow_rows = Some((key, rows));
        }
        let rows: Vec<&Flow> = self
            .flow_rows
            .as_ref()
            .map_or(&[][..], |(_, rows)| rows.as_slice())
            .iter()
            .filter_map(|&i| data.flows.get(i))
            .collect();
        let mut sort = None;
        let mut toggled = Vec::new();
        egui::Grid::new("all-flows").striped(true).num_columns(7).show(ui, |ui| {
            ui.label("");
            for (i, title) in ["Firm", "Direction", "Material", "Quantity", "Role"].iter().enumerate() {
                let arrow = if column == i { if ascending { " ^" } else { " v" } } else { "" };
                if ui.button(RichText::new(format!("{title}{arrow}")).strong()).clicked() {
                    sort = Some(i);
                }
            }
            ui.label(RichText::new("Source").strong());
            ui.end_row();
            for f in rows.iter().take(500) {
                let mut checked = self.flow_selection.contains(&f.id);
                if ui.checkbox(&mut checked, "").on_hover_text(format!("select flow {}", f.id)).changed() {
                    toggled.push(f.id);
                }
                ui.label(f.firm.as_str());
                ui.label(f.direction.as_str());
                ui.label(f.material.as_str());
                ui.label(format!("{} {}", crate::core::matching::format_number(f.quantity), f.unit));
                ui.label(if f.direction == Direction::Supply { f.role.as_str() } else { "" });
                ui.label(RichText::new(&f.source).weak());
                ui.end_row();
            }
        });
        if rows.len() > 500 {
            ui.label(RichText::new(format!("showing 500 of {} flows; filter to narrow", rows.len())).weak());
        }
        let shown: Vec<FlowId> = rows.iter().take(500).map(|f| f.id).collect();
        if let Some(i) = sort {
            self.flows_sort = if column == i { (i, !ascending) } else { (i, true) };
        }
        for id in toggled {
            if !self.flow_selection.remove(&id) {
                self.flow_selection.insert(id);
            }
        }
        self.bulk_edit_ui(ui, &shown);
    }

    /// The map as the desk shows it now, framed for [`crate::map_image`] (which expects the
    /// zoom of a 1600 x 1000 window).
    pub fn current_view(&self) -> MapView {
        let centre = self.memory.detached().unwrap_or(lon_lat(MapView::BALTIC.lon, MapView::BALTIC.lat));
        let (w, h) = (f64::from(self.map_size.x.max(1.0)), f64::from(self.map_size.y.max(1.0)));
        MapView { lat: centre.y(), lon: centre.x(), zoom: self.memory.zoom() + (1600.0 / w).min(1000.0 / h).log2() }
    }

    /// Runs one export of the dialog; returns what was written.
    fn export_now(&mut self, dialog: &ExportDialog, what: ExportKind) -> Result<String, String> {
        let Some(project) = &self.project else { return Err("Open a project first".into()) };
        let dir = PathBuf::from(dialog.dir.trim());
        if dialog.dir.trim().is_empty() {
            return Err("Type the folder to export into".into());
        }
        let data = &project.data;
        let confidential = dialog.include_confidential;
        let written = match what {
            ExportKind::Csv => crate::core::export::export_csv_in(
                data,
                &dir,
                confidential,
                dialog.crs.unwrap_or(crate::core::crs::WGS84),
            ),
            ExportKind::Geojson => crate::core::export::export_geojson(data, &dir, confidential),
            ExportKind::Html => crate::report::export_html(data, &dir, confidential),
            ExportKind::Png => {
                let options = crate::map_image::MapImageOptions {
                    view: Some(self.current_view()),
                    year: self.year,
                    ..crate::map_image::MapImageOptions::new(dialog.size.0, dialog.size.1)
                };
                crate::map_image::export_png(data, &dir, confidential, &options)
            }
        }
        .map_err(|e| e.to_string())?;
        let files: Vec<String> = written.files.iter().map(|f| f.display().to_string()).collect();
        let mut text = format!("Wrote {}", files.join(", "));
        if written.confidential_left_out > 0 {
            text.push_str(&format!(" ({} confidential flows left out)", written.confidential_left_out));
        }
        Ok(text)
    }

    fn export_window(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.export.take() else { return };
        let mut open = true;
        let mut run = None;
        egui::Window::new("Export").open(&mut open).default_width(520.0).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label("Folder");
                ui.add(egui::TextEdit::singleline(&mut dialog.dir).desired_width(360.0));
                if ui.button("Browse…").clicked()
                    && let Some(dir) = rfd::FileDialog::new().pick_folder()
                {
                    dialog.dir = dir.display().to_string();
                }
            });
            ui.checkbox(&mut dialog.include_confidential, "Include confidential flows (left out by default)");
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button("CSV (the import formats)").clicked() {
                    run = Some(ExportKind::Csv);
                }
                let shown = |c: Option<&crate::core::crs::Crs>| match c {
                    None => "lat/lon (WGS 84)".to_string(),
                    Some(c) => format!("x/y in {} {}", c.code(), c.name),
                };
                egui::ComboBox::from_id_salt("export-crs").selected_text(shown(dialog.crs)).show_ui(ui, |ui| {
                    ui.selectable_value(&mut dialog.crs, None, shown(None));
                    for crs in crate::core::crs::ALL.iter().filter(|c| !c.is_geographic()) {
                        ui.selectable_value(&mut dialog.crs, Some(crs), shown(Some(crs)));
                    }
                });
            });
            if ui.button("GeoJSON (firms, exchanges, candidates; lon/lat)").clicked() {
                run = Some(ExportKind::Geojson);
            }
            if ui.button("HTML report (one self-contained file)").clicked() {
                run = Some(ExportKind::Html);
            }
            ui.horizontal(|ui| {
                if ui.button("Map image (PNG) of the current view").clicked() {
                    run = Some(ExportKind::Png);
                }
                for (w, h) in [(1280, 720), (1920, 1080), (3840, 2160)] {
                    ui.radio_value(&mut dialog.size, (w, h), format!("{w}×{h}"));
                }
            });
            ui.label(RichText::new("The map image has a legend, a scale bar and the basemap credits; it shows the year of the timeline.").weak());
            if !dialog.last.is_empty() {
                ui.separator();
                ui.label(&dialog.last);
            }
        });
        if let Some(kind) = run {
            match self.export_now(&dialog, kind) {
                Ok(text) => {
                    dialog.last = text.clone();
                    self.info(text);
                }
                Err(e) => {
                    dialog.last = format!("Export failed: {e}");
                    self.error(format!("Export failed: {e}"));
                }
            }
        }
        if open {
            self.export = Some(dialog);
        }
    }

    fn import_window(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.import.take() else { return };
        let mut open = true;
        let mut import_now = false;
        egui::Window::new("Import CSV").open(&mut open).default_width(560.0).show(ctx, |ui| {
            ui.label("Files in the CSV formats of the README (firms.csv and flows.csv are needed). Firms already in the project are updated by id; flows and exchanges are added.");
            egui::Grid::new("import-files").num_columns(2).show(ui, |ui| {
                ui.label("firms.csv");
                ui.add(egui::TextEdit::singleline(&mut dialog.firms).hint_text("path to firms.csv").desired_width(420.0));
                ui.end_row();
                ui.label("flows.csv");
                ui.add(egui::TextEdit::singleline(&mut dialog.flows).hint_text("path to flows.csv").desired_width(420.0));
                ui.end_row();
                ui.label("exchanges.csv");
                ui.add(egui::TextEdit::singleline(&mut dialog.exchanges).hint_text("optional").desired_width(420.0));
                ui.end_row();
                ui.label("Coordinates");
                let shown = |c: Option<&crate::core::crs::Crs>| match c {
                    None => "lat/lon, or x/y with a crs column".to_string(),
                    Some(c) => format!("x/y in {} {} ({})", c.code(), c.name, c.area),
                };
                egui::ComboBox::from_id_salt("import-crs").selected_text(shown(dialog.crs)).width(420.0).show_ui(
                    ui,
                    |ui| {
                        ui.selectable_value(&mut dialog.crs, None, shown(None));
                        for crs in crate::core::crs::ALL.iter().filter(|c| !c.is_geographic()) {
                            ui.selectable_value(&mut dialog.crs, Some(crs), shown(Some(crs)));
                        }
                    },
                );
                ui.end_row();
            });
            ui.horizontal(|ui| {
                if ui.button("Check files").clicked() {
                    dialog.check();
                }
                if let Some(checked) = &dialog.checked
                    && ui.button(format!("Import {} firms, {} flows, {} exchanges", checked.firms.len(), checked.flows.len(), checked.exchanges.len())).clicked()
                {
                    import_now = true;
                }
            });
            let firm_columns: Vec<&str> = crate::core::csv_import::FIRMS_COLUMNS
                .iter()
                .chain(crate::core::csv_import::FIRMS_GRID_COLUMNS)
                .copied()
                .collect();
            let formats = [
                &firm_columns[..],
                crate::core::csv_import::FLOWS_COLUMNS,
                crate::core::csv_import::EXCHANGES_COLUMNS,
            ];
            for (i, file) in ["firms", "flows", "exchanges"].iter().enumerate() {
                if dialog.mapping[i].is_empty() {
                    continue;
                }
                ui.label(RichText::new(format!("Column mapping for the {file} file (columns not in the format)")).strong());
                for (column, target) in dialog.mapping[i].iter_mut() {
                    ui.horizontal(|ui| {
                        ui.label(format!("{column} ->"));
                        egui::ComboBox::from_id_salt(("map", i, column.clone()))
                            .selected_text(target.clone().unwrap_or_else(|| "(leave out)".into()))
                            .show_ui(ui, |ui| {
                                ui.selectable_value(target, None, "(leave out)");
                                for name in formats[i] {
                                    ui.selectable_value(target, Some((*name).to_string()), *name);
                                }
                            });
                    });
                }
            }
            if dialog.checked.is_some() {
                for n in &dialog.notes {
                    ui.label(RichText::new(n).monospace());
                }
            }
            if !dialog.problems.is_empty() {
                ui.label(RichText::new(format!("{} problems; nothing was imported. Fix them in the files (or map the columns) and check again:", dialog.problems.len())).strong());
                for p in &dialog.problems {
                    ui.label(RichText::new(p).color(map_layer::colors::VERMILION).monospace());
                }
            }
        });
        if import_now && let (Some(checked), Some(project)) = (dialog.checked.take(), self.project.as_mut()) {
            let counts = (checked.firms.len(), checked.flows.len(), checked.exchanges.len());
            let edit = Edit::Merge { imported: Box::new(checked), merged: Default::default() };
            match edit.apply(&mut project.file, &project.data) {
                Ok(done) => {
                    self.history.push(done);
                    self.reload();
                    self.info(format!(
                        "Imported {} firms, {} flows, {} exchanges (Ctrl+Z undoes)",
                        counts.0, counts.1, counts.2
                    ));
                    open = false;
                }
                Err(e) => dialog.problems = vec![format!("Not imported: {e}")],
            }
        }
        if open {
            self.import = Some(dialog);
        }
    }

    /// Files dropped on the window: a project opens, CSV files fill the import window.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        for path in dropped {
            let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
            if name.ends_with(".gpkg") {
                self.open(&path);
            } else if name.ends_with(".csv") {
                let dialog = self.import.get_or_insert_with(ImportDialog::default);
                let text = path.display().to_string();
                if name.contains("exchange") {
                    dialog.exchanges = text;
                } else if name.contains("flow") {
                    dialog.flows = text;
                } else {
                    dialog.firms = text;
                }
            } else {
                self.error(format!("{} is neither a project (.gpkg) nor a CSV file", path.display()));
            }
        }
    }

    /// Explains the pair typed in "Why not?": its breakdown or the rule that excludes it.
    fn explain_pair(&mut self) {
        let Some(p) = &self.project else { return };
        let parse = |s: &str| {
            s.trim()
                .parse::<i64>()
                .map(FlowId)
                .map_err(|_| format!("'{}' is not a flow id (see the All flows tab)", s.trim()))
        };
        let result = parse(&self.why_not.0).and_then(|s| Ok((s, parse(&self.why_not.1)?))).and_then(|(s, d)| {
            let options = MatchOptions {
                greenfield: self.greenfield,
                include_products: self.include_products,
                year: self.year.or(Some(p.data.meta.year())),
                ..MatchOptions::default()
            };
            Matcher::new(&p.data, options).explain(s, d).map_err(|e| e.to_string())
        });
        self.explanation = Some(result);
    }

    /// Runs the optimal allocation (bounded: 5 candidates per supply, 20 s) and shows it.
    fn optimise(&mut self) {
        let year = self.eval_year();
        let include_products = self.include_products;
        let Some(p) = &self.project else { return };
        let data = Arc::new(p.data.clone());
        let cancelled = Arc::new(AtomicBool::new(false));
        let (sender, result) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // The same candidates and time limit as `optimise` (it runs in the background; a run
            // the limit stops gives the best allocation found and says how close it is).
            let limits = crate::core::scenarios::Limits { include_products, ..Default::default() };
            let outcome = crate::core::scenarios::optimal_allocation(
                &data,
                crate::core::matching::Objective::Benefit,
                year,
                limits,
            )
            .map(|(_, candidates, allocation)| {
                let shown = crate::core::scenarios::allocated_candidates(&candidates, &allocation);
                let view = OptimalView {
                    objective: allocation.objective,
                    gap: allocation.gap,
                    arcs: shown.len(),
                    co2_avoided_t: shown.iter().map(|c| c.co2_avoided_t).sum(),
                    net_benefit: shown.iter().map(|c| c.net_benefit).sum(),
                };
                (shown, view)
            })
            .map_err(|e| e.to_string());
            let _ = sender.send(outcome);
        });
        self.optimise_job = Some(OptimiseJob { cancelled, result });
    }

    fn poll_optimise(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.optimise_job else { return };
        match job.result.try_recv() {
            Ok(outcome) => {
                let cancelled = job.cancelled.load(Ordering::Relaxed);
                self.optimise_job = None;
                match outcome {
                    _ if cancelled => {}
                    Ok((shown, view)) => {
                        if view.gap > 0.0 {
                            self.info(format!(
                                "Best allocation found in the time limit: {} exchanges, within {:.1} % of the optimum",
                                view.arcs,
                                view.gap * 100.0
                            ));
                        } else {
                            self.info(format!("Optimal allocation: {} exchanges", view.arcs));
                        }
                        self.layers.top_candidates = self.layers.top_candidates.max(shown.len());
                        self.candidates = shown;
                        self.optimal = Some(view);
                    }
                    Err(e) => self.error(format!("Optimisation stopped: {e}")),
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50))
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.optimise_job = None,
        }
    }

    /// Evaluation parameters, each with its source; changes are saved at once.
    fn settings_ui(&mut self, ui: &mut egui::Ui) {
        let Some(p) = &self.project else { return };
        ui.heading("Evaluation");
        let mut meta = p.data.meta.clone();
        egui::Grid::new("evaluation-meta").num_columns(2).show(ui, |ui| {
            ui.label("Evaluation year");
            ui.horizontal(|ui| {
                let mut fixed = meta.evaluation_year.is_some();
                if ui
                    .checkbox(&mut fixed, "fixed")
                    .on_hover_text("Unticked: the park is evaluated as it stands this year")
                    .changed()
                {
                    meta.evaluation_year = fixed.then(|| crate::core::model::current_year());
                }
                if let Some(year) = &mut meta.evaluation_year {
                    ui.add(egui::DragValue::new(year).range(crate::core::model::PLAUSIBLE_YEARS));
                } else {
                    ui.label(format!("this year ({})", crate::core::model::current_year()));
                }
            });
            ui.end_row();
            ui.label("Currency");
            egui::ComboBox::from_id_salt("project-currency")
                .selected_text(meta.currency.clone())
                .show_ui(ui, |ui| {
                    for code in crate::core::params::CURRENCIES {
                        let rate =
                            p.data.params.rate(code).map_or(String::new(), |r| format!(" ({} per EUR)", r.value));
                        ui.selectable_value(&mut meta.currency, code.to_string(), format!("{code}{rate}"));
                    }
                })
                .response
                .on_hover_text(
                    "Every money figure is shown in it; catalogue and parameter values (EUR) are converted at fx.CODE",
                );
            ui.end_row();
        });
        let meta_changed = meta != p.data.meta;
        ui.separator();
        ui.heading("Evaluation parameters");
        ui.label("Each value with its source; edited values are saved at once with the source \"edited in Symbiosis Explorer\". Money parameters are in EUR.");
        let rows = p.data.params.to_rows();
        let mut change = None;
        egui::Grid::new("params").striped(true).num_columns(3).show(ui, |ui| {
            for (key, value, source) in &rows {
                ui.label(key);
                let mut v = *value;
                if ui.add(egui::DragValue::new(&mut v).speed((value.abs() * 0.01).max(0.001)).max_decimals(5)).changed()
                {
                    change = Some((key.clone(), v));
                }
                ui.label(RichText::new(if source.is_empty() { "assumption" } else { source }).weak());
                ui.end_row();
            }
        });
        ui.separator();
        ui.heading("Materials");
        egui::Grid::new("materials").striped(true).num_columns(6).show(ui, |ui| {
            for m in &p.data.materials {
                ui.label(&m.name);
                ui.label(format!("{} · {}", m.unit, m.transport));
                ui.label(format!("max {} km", m.max_distance_km.value));
                ui.label(format!("EF virgin {} · disposal {}", m.ef_virgin.value, m.ef_disposal.value)).on_hover_text(
                    format!(
                        "EF virgin: {}\nEF disposal: {}\nprice {} EUR: {}\ndisposal {} EUR ({}): {}",
                        m.ef_virgin.source,
                        m.ef_disposal.source,
                        m.virgin_price.value,
                        m.virgin_price.source,
                        m.disposal_cost.value,
                        m.disposal_route,
                        m.disposal_cost.source
                    ),
                );
                // What unit conversions the material allows, and on what grounds.
                let factors: Vec<String> = [
                    m.density_t_per_m3.as_ref().map(|d| format!("{} t/m3", d.value)),
                    m.energy_mwh_per_t.as_ref().map(|e| format!("{:.3} MWh/t", e.value)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let sources: Vec<&str> = [&m.density_t_per_m3, &m.energy_mwh_per_t]
                    .into_iter()
                    .flatten()
                    .map(|s| s.source.as_str())
                    .collect();
                ui.label(factors.join(" · ")).on_hover_text(sources.join("\n"));
                ui.label(RichText::new(&m.ef_virgin.source).weak());
                ui.end_row();
            }
        });
        if meta_changed && let Some(project) = &mut self.project {
            match project.file.set_meta(&meta) {
                Ok(()) => self.reload(),
                Err(e) => self.error(format!("Not saved: {e}")),
            }
            return;
        }
        if let Some((key, value)) = change
            && let Some(project) = &mut self.project
        {
            match project.file.set_parameter(&key, value, "edited in Symbiosis Explorer") {
                Ok(()) => self.reload(),
                Err(e) => self.error(format!("Not saved: {e}")),
            }
        }
    }

    /// Drives `--screenshot`: wait for the basemap, take the picture, save it, close.
    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(out) = self.launch.screenshot.clone() else { return };
        let pending = self.tiles.as_mut().map_or(0, BasemapTiles::pending)
            + self.mbtiles.as_mut().map_or(0, super::tiles::MbTilesTiles::pending);
        if !self.screenshot_requested {
            self.settled_frames = if pending == 0 { self.settled_frames + 1 } else { 0 };
            if self.frames > 10 && self.settled_frames > 5 {
                let saved = Arc::clone(&self.screenshot_saved);
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    let [w, h] = image.size;
                    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
                    match image::save_buffer(&out, &bytes, w as u32, h as u32, image::ColorType::Rgba8) {
                        Ok(()) => eprintln!("screenshot saved to {}", out.display()),
                        Err(e) => eprintln!("error: could not save the screenshot to {}: {e}", out.display()),
                    }
                    saved.store(true, Ordering::Relaxed);
                    repaint.request_repaint();
                });
                self.screenshot_requested = true;
            }
            ctx.request_repaint();
            return;
        }
        if self.screenshot_saved.load(Ordering::Relaxed) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(20));
        }
    }
}

/// Every term of an evaluation with its formula, and every parameter with its source.
fn breakdown_ui(ui: &mut egui::Ui, b: &Breakdown) {
    ui.label(RichText::new(format!("Counterfactual: {}", b.counterfactual)).strong());
    if let Some(note) = &b.exchange {
        if !note.in_existing {
            ui.label("Not running in the year shown: evaluated as if added after every running exchange.");
        }
        if let Some(text) = &note.overfill_text {
            ui.label(
                RichText::new(format!("{text}: evaluated at what the flows allow")).color(map_layer::colors::VERMILION),
            );
        }
    }
    for t in &b.terms {
        ui.label(format!("{} = {:.2} {}   ({})", t.name, t.value, t.unit, t.formula));
        for p in &t.parameters {
            let source = if p.source.is_empty() { "assumption" } else { p.source.as_str() };
            ui.label(
                RichText::new(format!(
                    "    {} = {} {} — {}",
                    p.name,
                    crate::core::matching::format_number(p.value),
                    p.unit,
                    source
                ))
                .weak(),
            );
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Checks a project path before the window opens, so that a bad file is a clear CLI error.
pub fn check_project(path: &Path) -> Result<(), String> {
    ProjectFile::open_with(path, OpenMode::ReadOnly).map(drop).map_err(|e| e.to_string())
}
