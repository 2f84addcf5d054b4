//! The app's floating windows: Import CSV, Export and the quick have/want entry. Each holds its
//! own form state and, like the panes, changes the project only by sending commands.

pub mod export;
pub mod import;
pub mod quick;
pub mod team;

use std::path::PathBuf;

use super::state::{AppContext, AppState};
use crate::core::model::MapView;

/// A window to open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    Import,
    Export,
    /// Opens the quick entry, or closes it when it is open (Ctrl+E).
    QuickToggle,
    Quick,
    Team,
}

#[derive(Default)]
pub struct Windows {
    pub import: Option<import::ImportDialog>,
    pub export: Option<export::ExportDialog>,
    pub quick: Option<super::quick_entry::QuickEntry>,
    pub team: Option<team::TeamDialog>,
}

impl Windows {
    pub fn open(&mut self, window: Window, state: &AppState) {
        match window {
            Window::Import => self.import = Some(import::ImportDialog::default()),
            Window::Export => {
                // Beside the project; for a sample's working copy (kept in a temporary folder),
                // in the folder the app was started from.
                let dir = state.project.as_ref().and_then(|p| match p.sample_of {
                    Some(_) => std::env::current_dir().ok().map(|d| d.join("export")),
                    None => p.session.file().path().parent().map(|d| d.join("export")),
                });
                self.export = Some(export::ExportDialog {
                    dir: dir.map_or_else(|| "export".into(), |d| d.display().to_string()),
                    ..export::ExportDialog::default()
                });
            }
            Window::QuickToggle if self.quick.is_some() => self.quick = None,
            Window::QuickToggle | Window::Quick => self.quick = Some(Default::default()),
            Window::Team => {
                let dialog = self.team.get_or_insert_with(team::TeamDialog::default);
                // Offered from the open copy's own record, so Check out again is one click.
                if let Some(h) = state.project.as_ref().and_then(|p| p.team.as_ref())
                    && dialog.url.is_empty()
                {
                    dialog.url = h.server.clone();
                    dialog.schema = h.schema.clone();
                }
            }
        }
    }

    /// Whether a window is waiting for its own background job (checking CSV files).
    pub fn busy(&self) -> bool {
        self.import.as_ref().is_some_and(|d| d.job.is_some()) || self.team.as_ref().is_some_and(|d| d.job.is_some())
    }

    /// CSV files dropped on the window fill the import window's fields.
    pub fn dropped_csv(&mut self, path: &std::path::Path) {
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        let dialog = self.import.get_or_insert_with(import::ImportDialog::default);
        let text = path.display().to_string();
        if name.contains("exchange") {
            dialog.exchanges = text;
        } else if name.contains("flow") {
            dialog.flows = text;
        } else {
            dialog.firms = text;
        }
    }

    pub fn ui(&mut self, app: &mut AppContext<'_>, ctx: &egui::Context, view: MapView) {
        if let Some(quick) = &mut self.quick
            && !quick::window(quick, app, ctx)
        {
            self.quick = None;
        }
        if let Some(import) = &mut self.import
            && !import.ui(app, ctx)
        {
            self.import = None;
        }
        if let Some(export) = &mut self.export
            && !export.ui(app, ctx, view)
        {
            self.export = None;
        }
        // A window with a job under way stays until the job lands.
        if let Some(team) = &mut self.team
            && !team.ui(app, ctx)
            && team.job.is_none()
        {
            self.team = None;
        }
    }
}

/// Paths dropped on the window this frame.
pub fn dropped_files(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
    })
}
