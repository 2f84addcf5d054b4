//! The desktop app (eframe/egui + walkers + egui_tiles): a thin client of the core.
//!
//! Per frame: [`state::AppState`] -> [`state::AppContext`] -> panes and windows (which read the
//! state and send [`command::Command`]s) -> [`command`] (the one write path: the core's
//! [`crate::core::session::Session`], then the map index) -> the project file.

pub mod app;
pub mod command;
pub mod dock;
pub mod flow_diagram;
pub mod jobs;
pub mod map;
pub mod menu;
pub mod panels;
pub mod presentation;
pub mod quick_entry;
pub mod recent;
pub mod state;
pub mod tasks;
pub mod windows;
pub mod words;

pub use app::App;
pub use map::tiles;
pub use state::LaunchOptions;

/// Opens the desktop window. Blocks until it is closed.
pub fn run(mut launch: LaunchOptions, size: Option<(u32, u32)>) -> anyhow::Result<()> {
    launch.system_lang = crate::i18n::system_language();
    launch.size = size;
    let (w, h) = size.unwrap_or((1600, 1000));
    let viewport = egui::ViewportBuilder::default()
        .with_title("Symbiosis Explorer")
        .with_inner_size([w as f32, h as f32])
        .with_min_inner_size([800.0, 500.0]);
    // A screenshot neither reads nor writes the remembered window, layout or project.
    let remember = launch.screenshot.is_none() && size.is_none();
    let options = eframe::NativeOptions { viewport, persist_window: remember, ..Default::default() };
    eframe::run_native(
        "Symbiosis Explorer",
        options,
        Box::new(move |cc| {
            let storage = if remember { cc.storage } else { None };
            Ok(Box::new(App::with_storage(&cc.egui_ctx, launch, storage)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
