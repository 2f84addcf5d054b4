//! The desktop app: composes the workspace (menu, dockable panes, status bar, windows) around
//! one [`AppState`]. Each frame: poll the background jobs, let every pane and window draw from
//! the state and send commands, then run the commands (the only writes), in order.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::Command;
use super::dock::Dock;
use super::map::MapPanel;
use super::menu::MenuBar;
use super::panels::Panels;
use super::state::{AppContext, AppState, LaunchOptions};
use super::windows::{Window, Windows};
use crate::core::model::MapView;
use crate::t;

/// Keys of what eframe remembers between sessions.
const DOCK_KEY: &str = "dock";
const LAST_PROJECT_KEY: &str = "last_project";
const DARK_KEY: &str = "dark";
const LANG_KEY: &str = "language";

pub struct App {
    pub state: AppState,
    pub panels: Panels,
    pub map: MapPanel,
    pub windows: Windows,
    pub dock: Dock,
    menu: MenuBar,
    /// Sent by the panes this frame, run after them.
    pub(super) commands: Vec<Command>,
    screenshot: Screenshot,
    /// The title bar's text as last sent (the open file, and the sync state of a team copy).
    title: String,
}

/// `--screenshot`: frames drawn, frames with no tile pending, and whether the picture is taken.
#[derive(Default)]
struct Screenshot {
    frames: u64,
    settled: u32,
    requested: bool,
    saved: Arc<AtomicBool>,
}

impl App {
    /// The app without remembered state (tests, benchmarks, `--screenshot`).
    pub fn new(ctx: &egui::Context, launch: LaunchOptions) -> Self {
        Self::with_storage(ctx, launch, None)
    }

    /// The app as the window opens it: the remembered layout, theme and last project, unless
    /// the command line says otherwise (`--screenshot` never reads or writes any of them).
    pub fn with_storage(ctx: &egui::Context, mut launch: LaunchOptions, storage: Option<&dyn eframe::Storage>) -> Self {
        let storage = storage.filter(|_| launch.screenshot.is_none());
        let remembered_dock = storage.and_then(|s| eframe::get_value::<Dock>(s, DOCK_KEY)).filter(Dock::is_complete);
        let remembered_project =
            storage.and_then(|s| eframe::get_value::<PathBuf>(s, LAST_PROJECT_KEY)).filter(|p| p.is_file());
        launch.dark |= storage.and_then(|s| eframe::get_value::<bool>(s, DARK_KEY)).unwrap_or(false);
        ctx.set_visuals(if launch.dark { egui::Visuals::dark() } else { egui::Visuals::light() });
        // The language: --lang, else the one the user chose last time, else the system's.
        let remembered_lang = storage
            .and_then(|s| eframe::get_value::<String>(s, LANG_KEY))
            .and_then(|code| crate::i18n::parse_language(&code).ok());
        let path = launch.project.clone().or(remembered_project).unwrap_or_else(super::recent::first_start_project);
        let mut app = App {
            map: MapPanel::new(ctx, launch.dark),
            state: AppState::new(launch.clone()),
            panels: Panels::default(),
            windows: Windows::default(),
            dock: remembered_dock.unwrap_or_default(),
            menu: MenuBar::default(),
            commands: Vec::new(),
            screenshot: Screenshot::default(),
            title: String::new(),
        };
        if let (None, Some(lang)) = (launch.lang, remembered_lang) {
            app.state.lang = lang;
            app.state.lang_chosen = true;
        }
        app.state.present_on_open = launch.presentation;
        app.state.second_lang = launch.second_lang;
        // What the first jobs (opening the project) say is in the app's language too.
        crate::i18n::set_ui_language(app.state.lang);
        app.open(ctx, &path);
        if let Some(path) = &launch.mbtiles
            && let Err(e) = app.map.set_basemap(ctx, super::map::Basemap::MbTiles(path.clone()))
        {
            app.state.message =
                Some(super::state::Message { text: t!("ui-basemap-fallback", error = e.to_string()), error: true });
        }
        app
    }

    /// Centres the map on a position at a zoom level.
    pub fn set_view(&mut self, lat: f64, lon: f64, zoom: f64) {
        self.map.center_on_view(MapView { lat, lon, zoom });
    }

    /// The position with the most firms within about 5 km (for benchmarks and demos).
    pub fn busiest_town(&self) -> (f64, f64) {
        let Some(data) = self.state.data() else { return (MapView::BALTIC.lat, MapView::BALTIC.lon) };
        let mut cells: std::collections::HashMap<(i32, i32), usize> = Default::default();
        for f in &data.firms {
            *cells.entry(((f.location.lat * 20.0) as i32, (f.location.lon * 10.0) as i32)).or_default() += 1;
        }
        let best = cells.into_iter().max_by_key(|(_, n)| *n).map_or((0, 0), |(c, _)| c);
        (f64::from(best.0) / 20.0 + 0.025, f64::from(best.1) / 10.0 + 0.05)
    }

    /// Where a firm was drawn in the last frame.
    pub fn firm_on_screen(&self, id: &crate::core::model::FirmId) -> Option<egui::Pos2> {
        let firm = self.state.project.as_ref()?.session.firm(id)?;
        self.map.firm_on_screen(firm)
    }

    /// Whether any background work is running (the app's jobs, a window's or a pane's own).
    pub fn busy(&self) -> bool {
        self.state.jobs.any() || self.windows.busy() || self.panels.busy() || self.state.links_running()
    }

    /// Sends a command as a pane would (tests, scripted demos); it runs after the next frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        let quick = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
        // Redo first: Ctrl+Shift+Z also matches Ctrl+Z when modifiers are loose.
        if ctx.input_mut(|i| i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y)) {
            self.commands.push(Command::Redo);
        } else if ctx.input_mut(|i| i.consume_shortcut(&undo)) {
            self.commands.push(Command::Undo);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&quick)) {
            self.commands.push(Command::OpenWindow(Window::QuickToggle));
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            self.commands.push(Command::Present(self.state.presenting.is_none()));
        }
        for path in super::windows::dropped_files(ctx) {
            let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
            if name.ends_with(".gpkg") {
                self.commands.push(Command::Open(path));
            } else if name.ends_with(".csv") {
                self.windows.dropped_csv(&path);
            } else {
                self.commands.push(Command::Error(t!("ui-not-a-project-or-csv", path = path.display().to_string())));
            }
        }
    }

    /// The whole window, one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Every word drawn this frame is in the state's language (View > Language, --lang).
        crate::i18n::set_ui_language(self.state.lang);
        self.screenshot.frames += 1;
        // eframe restores the window size it remembered even where the app remembers nothing:
        // `--size` is asked for again once the window is up.
        if self.screenshot.frames == 1
            && let Some((w, h)) = self.state.launch.size
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(w as f32, h as f32)));
        }
        super::tasks::poll(&mut self.state, &ctx);
        if let Some(opened) = super::tasks::poll_open(&mut self.state) {
            self.opened(&ctx, opened);
        }
        if let Some((version, saved)) = super::tasks::poll_save_as(&mut self.state) {
            self.saved_as(version, saved);
        }
        if let Some((version, presented)) = super::tasks::poll_present(&mut self.state) {
            self.presented(&ctx, version, presented);
        }
        self.shortcuts(&ctx);
        self.menu.basemap = self.map.basemap();
        let view = self.map.current_view();
        // The panes draw inside a marked frame: whole-project work started there panics in debug
        // builds (`core::guard`), so that it moves to a background job.
        crate::core::guard::ui_frame(|| {
            let mut actx = AppContext::new(&self.state, &mut self.commands);
            let presenting_here = self.state.presenting.is_some() && !self.state.presenter_view;
            if presenting_here {
                super::presentation::presentation_ui(&mut actx, ui, &mut self.map);
            } else {
                if self.state.presenter_view {
                    super::presentation::projector_viewport(&mut actx, &ctx, &mut self.map);
                }
                egui::Panel::top("menu").show(ui, |ui| self.menu.ui(&mut actx, ui, &self.dock));
                egui::Panel::bottom("status").show(ui, |ui| super::menu::status_ui(&actx, ui));
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| self.dock.ui(ui, &mut actx, &mut self.panels, &mut self.map));
            }
            self.windows.ui(&mut actx, &ctx, view);
        });
        self.run_commands(&ctx);
        let title = super::windows::team::title(&self.state);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        self.screenshot_step(&ctx);
    }

    /// Drives `--screenshot`: wait for the basemap, take the picture, save it, close.
    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(out) = self.state.launch.screenshot.clone() else { return };
        let pending = self.map.pending_tiles();
        let busy = self.busy();
        let shot = &mut self.screenshot;
        if !shot.requested {
            shot.settled = if pending == 0 && !busy { shot.settled + 1 } else { 0 };
            if shot.frames > 10 && shot.settled > 5 {
                let saved = Arc::clone(&shot.saved);
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
                shot.requested = true;
            }
            ctx.request_repaint();
            return;
        }
        if shot.saved.load(Ordering::Relaxed) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(20));
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// Remembers the layout, the theme and the project (a sample by its shipped path).
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.state.launch.screenshot.is_some() {
            return;
        }
        eframe::set_value(storage, DOCK_KEY, &self.dock);
        eframe::set_value(storage, DARK_KEY, &self.state.launch.dark);
        if self.state.lang_chosen {
            eframe::set_value(storage, LANG_KEY, &self.state.lang.to_string());
        }
        if let Some(p) = &self.state.project {
            let path = p.sample_of.clone().unwrap_or_else(|| p.session.file().path().to_path_buf());
            eframe::set_value(storage, LAST_PROJECT_KEY, &path);
        }
    }
}
