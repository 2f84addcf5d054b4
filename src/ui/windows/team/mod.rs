//! File > Team server: check a project out of the team's PostgreSQL/PostGIS server, check the
//! open copy in, refresh it, or merge two copies file to file. Conflicts are shown side by
//! side, local beside server, and decided by choosing a side; nothing is merged silently.
//!
//! The work runs in the core ([`crate::core::sync`]) on a background job. A check-in rewrites
//! the copy, so the app closes it first and opens it again afterwards (also when it failed:
//! then it is unchanged).

use std::path::PathBuf;

use egui::RichText;

use crate::core::sync::{self, Conflict, Prefer, Sides};
use crate::t;
use crate::ui::command::Command;
use crate::ui::jobs::{Job, Poll};
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

mod work;

pub use work::{TeamAction, TeamOutcome, run, sync_line, title};

#[derive(Default)]
pub struct TeamDialog {
    pub url: String,
    pub schema: String,
    pub bbox: String,
    pub out: String,
    pub base: String,
    pub mine: String,
    pub theirs: String,
    pub merged: String,
    /// Conflicts met by the last check-in, refresh or merge, the side chosen for each so far,
    /// and the action to repeat with them.
    pub conflicts: Vec<Conflict>,
    pub chosen: Sides,
    pub retry: Option<TeamAction>,
    pub last: Option<(String, bool)>,
    pub job: Option<Job<TeamOutcome>>,
}

impl TeamDialog {
    /// Draws the window; false once it is closed.
    pub fn ui(&mut self, app: &mut AppContext<'_>, ctx: &egui::Context) -> bool {
        if let Some(job) = &self.job {
            match job.poll() {
                Poll::Running => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
                Poll::Done(outcome) => {
                    self.job = None;
                    self.last = Some((outcome.text.clone(), outcome.error));
                    self.conflicts = outcome.conflicts;
                    self.chosen = Sides::none();
                    self.retry = outcome.retry;
                    if let Some(path) = outcome.open {
                        app.send(Command::Open(path));
                    }
                    if outcome.error {
                        app.error(outcome.text);
                    } else {
                        app.info(outcome.text);
                    }
                }
                Poll::Gone => {
                    self.job = None;
                    self.last = Some((t!("ui-the-server-job-stopped-without-a"), true));
                }
            }
        }
        let mut open = true;
        egui::Window::new(t!("ui-team-server")).open(&mut open).default_width(720.0).show(ctx, |ui| self.body(app, ui));
        open
    }

    fn body(&mut self, app: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let busy = self.job.is_some();
        let team = app.state.project.as_ref().and_then(|p| p.team.clone());
        ui.heading(t!("ui-this-copy"));
        match &team {
            Some(h) => {
                ui.label(sync_line(h));
                ui.horizontal(|ui| {
                    let can_send = !h.read_only && !busy;
                    if ui
                        .add_enabled(can_send, egui::Button::new(t!("ui-check-in")))
                        .on_hover_text(t!("ui-send-this-copys-changes-since-it"))
                        .clicked()
                    {
                        app.send(Command::Team(TeamAction::CheckIn { sides: Sides::none() }));
                    }
                    if ui
                        .add_enabled(!busy, egui::Button::new(t!("ui-refresh")))
                        .on_hover_text(t!("ui-take-the-servers-changes-into-this"))
                        .clicked()
                    {
                        app.send(Command::Team(TeamAction::Refresh { sides: Sides::none() }));
                    }
                });
                if h.read_only {
                    ui.label(RichText::new(t!("ui-read-only-this-role-may-view")).color(colors::ORANGE));
                }
            }
            None => {
                ui.label(t!("ui-the-open-project-is-not-an-2"));
            }
        }
        ui.separator();
        ui.heading(t!("ui-check-out-from-server-2"));
        egui::Grid::new("checkout").num_columns(2).show(ui, |ui| {
            ui.label(t!("ui-server"));
            ui.add(
                egui::TextEdit::singleline(&mut self.url)
                    .hint_text("postgres://me@server/regional_db")
                    .desired_width(420.0),
            );
            ui.end_row();
            ui.label(t!("ui-project-schema"));
            ui.text_edit_singleline(&mut self.schema);
            ui.end_row();
            ui.label(t!("ui-area-w-s-e-n"));
            ui.add(egui::TextEdit::singleline(&mut self.bbox).hint_text(t!("ui-empty-the-whole-project")));
            ui.end_row();
            ui.label(t!("ui-offline-copy"));
            ui.add(egui::TextEdit::singleline(&mut self.out).hint_text("/home/me/park-copy.gpkg").desired_width(420.0));
            ui.end_row();
        });
        ui.label(RichText::new(t!("ui-the-password-comes-from-pgpassword-or")).weak());
        if ui.add_enabled(!busy, egui::Button::new(t!("ui-check-out"))).clicked() {
            let bbox = if self.bbox.trim().is_empty() { Ok(None) } else { sync::parse_bbox(&self.bbox).map(Some) };
            match bbox {
                Err(e) => app.error(e),
                Ok(_) if self.out.trim().is_empty() || self.schema.trim().is_empty() => {
                    app.error(t!("ui-give-the-project-schema-and-a"))
                }
                Ok(bbox) => app.send(Command::Team(TeamAction::CheckOut {
                    url: self.url.trim().into(),
                    schema: self.schema.trim().into(),
                    bbox,
                    out: PathBuf::from(self.out.trim()),
                })),
            }
        }
        ui.separator();
        ui.heading(t!("ui-merge-two-copies-no-server"));
        egui::Grid::new("merge").num_columns(2).show(ui, |ui| {
            for (label, hint, field) in [
                (t!("ui-base"), t!("ui-the-copy-both-started-from-gpkg"), &mut self.base),
                (t!("ui-mine"), t!("ui-your-copy-gpkg"), &mut self.mine),
                (t!("ui-theirs"), t!("ui-the-other-copy-gpkg"), &mut self.theirs),
                (t!("ui-merged"), t!("ui-the-file-to-write-gpkg"), &mut self.merged),
            ] {
                ui.label(label);
                ui.add(egui::TextEdit::singleline(field).hint_text(hint).desired_width(420.0));
                ui.end_row();
            }
        });
        if ui.add_enabled(!busy, egui::Button::new(t!("ui-merge"))).clicked() {
            let paths = [&self.base, &self.mine, &self.theirs, &self.merged].map(|p| PathBuf::from(p.trim()));
            if paths.iter().any(|p| p.as_os_str().is_empty()) {
                app.error(t!("ui-give-all-four-files-base-mine"));
            } else {
                let [base, mine, theirs, out] = paths;
                app.send(Command::Team(TeamAction::Merge { base, mine, theirs, out, sides: Sides::none() }));
            }
        }
        if busy {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("ui-working-with-the-server"));
            });
        }
        if let Some((text, error)) = &self.last {
            ui.separator();
            ui.label(if *error { RichText::new(text).color(colors::VERMILION) } else { RichText::new(text) });
        }
        self.conflicts_ui(app, ui);
    }

    /// Conflicts side by side, a side chosen for each (or for all at once), then the action
    /// repeated with those choices.
    fn conflicts_ui(&mut self, app: &mut AppContext<'_>, ui: &mut egui::Ui) {
        if self.conflicts.is_empty() {
            return;
        }
        let merge = matches!(self.retry, Some(TeamAction::Merge { .. }));
        let (here, there) =
            if merge { (t!("ui-mine"), t!("ui-theirs")) } else { (t!("ui-this-copy"), t!("ui-server")) };
        ui.separator();
        ui.heading(t!("ui-conflicts-count", count = self.conflicts.len()));
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            egui::Grid::new("conflicts").striped(true).num_columns(4).show(ui, |ui| {
                for h in [t!("ui-row"), t!("ui-field"), here.clone(), there.clone()] {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for c in &self.conflicts {
                    ui.label(format!("{} {}", c.table, c.key));
                    ui.label(&c.field);
                    let side = self.chosen.side(c);
                    for (value, this) in [(c.local.as_ref(), Prefer::Local), (c.server.as_ref(), Prefer::Server)] {
                        let label =
                            format!("{}: {}", if this == Prefer::Local { &here } else { &there }, sync::show(value));
                        if ui.radio(side == Some(this), label).clicked() {
                            self.chosen.choose(c, this);
                        }
                    }
                    ui.end_row();
                }
            });
        });
        ui.horizontal(|ui| {
            let (keep_here, keep_there) = if merge {
                (t!("ui-mine-for-all"), t!("ui-theirs-for-all"))
            } else {
                (t!("ui-this-copys-values-for-all"), t!("ui-the-servers-values-for-all"))
            };
            for (label, side) in [(keep_here, Prefer::Local), (keep_there, Prefer::Server)] {
                if ui.button(label).clicked() {
                    self.chosen = Sides::all(side);
                }
            }
        });
        let open = self.conflicts.iter().filter(|c| self.chosen.side(c).is_none()).count();
        let go = if merge { t!("ui-merge-with-these-choices") } else { t!("ui-check-in-with-these-choices") };
        let go = if matches!(self.retry, Some(TeamAction::Refresh { .. })) {
            t!("ui-refresh-with-these-choices")
        } else {
            go
        };
        let button = ui
            .add_enabled(open == 0 && self.job.is_none(), egui::Button::new(go))
            .on_disabled_hover_text(t!("ui-conflicts-open", count = open));
        if button.clicked()
            && let Some(action) = self.retry.clone()
        {
            let sides = std::mem::take(&mut self.chosen);
            let action = match action {
                TeamAction::CheckIn { .. } => TeamAction::CheckIn { sides },
                TeamAction::Refresh { .. } => TeamAction::Refresh { sides },
                TeamAction::Merge { base, mine, theirs, out, .. } => {
                    TeamAction::Merge { base, mine, theirs, out, sides }
                }
                other => other,
            };
            self.conflicts.clear();
            app.send(Command::Team(action));
        }
        if open > 0 {
            ui.label(RichText::new(t!("ui-conflicts-open", count = open)).weak());
        }
    }
}
