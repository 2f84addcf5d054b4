//! The desktop app (eframe/egui + walkers): a thin client of the core.

pub mod app;
pub mod charts;
pub mod flow_diagram;
pub mod history;
pub mod map_layer;
pub mod presentation;
pub mod quick_entry;
pub mod tiles;

pub use app::{App, LaunchOptions};

/// Opens the desktop window. Blocks until it is closed.
pub fn run(launch: LaunchOptions, size: Option<(u32, u32)>) -> anyhow::Result<()> {
    let (w, h) = size.unwrap_or((1600, 1000));
    let viewport = egui::ViewportBuilder::default()
        .with_title("Symbiosis Explorer")
        .with_inner_size([w as f32, h as f32])
        .with_min_inner_size([800.0, 500.0]);
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    eframe::run_native("Symbiosis Explorer", options, Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, launch)))))
        .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
