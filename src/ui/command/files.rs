//! Commands that open, write or swap the project file, each in the background: open (and the
//! project that lands), Save As (and the copy written), New, and the team server's actions,
//! which close the open copy first.

use crate::i18n::Localized as _;
use std::path::PathBuf;

use crate::core::model::*;
use crate::t;
use crate::ui::App;

impl App {
    /// Starts a team-server action. Check-in and refresh rewrite the open copy, so it is closed
    /// first (its edits are all in the file already) and opened again when the job ends.
    pub(super) fn team(&mut self, action: crate::ui::windows::team::TeamAction) {
        use crate::ui::windows::team::{self, TeamAction};
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
        dialog.job = Some(crate::ui::jobs::Job::spawn("job-team-server", version, move |_| team::run(action, copy)));
    }

    /// Opens a project in the background (a shipped sample as a working copy); the project open
    /// now stays, and can be edited, until the new one lands ([`Self::opened`]).
    pub(in crate::ui) fn open(&mut self, _ctx: &egui::Context, path: &std::path::Path) {
        if let Some(job) = self.state.jobs.open.take() {
            job.cancel();
        }
        let path = path.to_path_buf();
        self.info(t!("ui-opening", path = path.display().to_string()));
        let version = self.state.project_version();
        self.state.jobs.open = Some(crate::ui::jobs::Job::spawn("job-opening", version, move |_| {
            let opened = crate::ui::recent::open_project(&path);
            (path, opened)
        }));
    }

    /// A project opened in the background replaces the open one (or says why it could not).
    pub(in crate::ui) fn opened(&mut self, ctx: &egui::Context, opened: crate::ui::jobs::Opened) {
        let (path, outcome) = opened;
        match outcome {
            Ok((project, note)) => {
                self.state.jobs.cancel_all();
                if project.sample_of.is_none() && self.state.launch.screenshot.is_none() {
                    crate::ui::recent::remember(&path);
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
    pub(super) fn save_as(&mut self, path: PathBuf) {
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
            Some(crate::ui::jobs::Job::spawn("job-save-as", self.state.project_version(), move |_| {
                let written =
                    crate::core::ProjectFile::create(&path, &data, true).map_err(|e| e.localized()).and_then(|()| {
                        crate::core::ProjectFile::open_with(&path, crate::core::store::OpenMode::ReadWrite)
                            .map_err(|e| e.localized())
                    });
                (from, path, written)
            }));
    }

    /// A copy written in the background: edits go there from now on. Edits made while it was
    /// written are not in it, so it is written again from the project as it is now.
    pub(in crate::ui) fn saved_as(&mut self, version: u64, saved: crate::ui::jobs::SavedAs) {
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
            Err(e) => self.error(t!("ui-save-as-failed", error = e.localized())),
        }
    }

    pub(super) fn new_project(&mut self, ctx: &egui::Context, path: PathBuf) {
        if path.as_os_str().is_empty() {
            return self.error(t!("ui-type-a-path-for-the-new"));
        }
        match crate::core::ProjectFile::create(&path, &ProjectData::new(ProjectMeta::default()), false) {
            Ok(()) => self.open(ctx, &path),
            Err(e) => self.error(t!("ui-could-not-create", path = path.display().to_string(), error = e.localized())),
        }
    }
}
