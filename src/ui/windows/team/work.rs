//! The team server's work, run on a background job: check out, check in, refresh and merge
//! through [`crate::core::sync`], each ending in a [`TeamOutcome`] for the window; and the title
//! bar's account of where an offline copy comes from.

use crate::i18n::Localized as _;
use std::path::PathBuf;

use crate::core::sync::pg::{self, TeamError};
use crate::core::sync::sync_state::SyncHeader;
use crate::core::sync::{self, Conflict, Sides};
use crate::t;
use crate::ui::state::AppState;

/// What the window asks the app to do (the app closes the open copy first where needed).
#[derive(Clone, Debug)]
pub enum TeamAction {
    CheckOut { url: String, schema: String, bbox: Option<[f64; 4]>, out: PathBuf },
    CheckIn { sides: Sides },
    Refresh { sides: Sides },
    Merge { base: PathBuf, mine: PathBuf, theirs: PathBuf, out: PathBuf, sides: Sides },
}

/// How a job ended: the project to open (again), what to say, and conflicts to show.
pub struct TeamOutcome {
    pub open: Option<PathBuf>,
    pub text: String,
    pub error: bool,
    pub conflicts: Vec<Conflict>,
    /// The action that met the conflicts, to repeat with a side chosen.
    pub retry: Option<TeamAction>,
}

fn failed(text: String, open: Option<PathBuf>) -> TeamOutcome {
    TeamOutcome { open, text, error: true, conflicts: Vec::new(), retry: None }
}

/// Runs an action (on a job's thread). `copy` is the open offline copy for check-in and refresh.
pub fn run(action: TeamAction, copy: Option<PathBuf>) -> TeamOutcome {
    match action.clone() {
        TeamAction::CheckOut { url, schema, bbox, out } => match pg::checkout(&url, &schema, bbox, &out) {
            Ok(s) => TeamOutcome {
                open: Some(out.clone()),
                text: format!(
                    "{}{}",
                    t!(
                        "ui-checked-out",
                        schema = schema,
                        revision = s.revision,
                        firms = s.firms,
                        flows = s.flows,
                        exchanges = s.exchanges
                    ),
                    if s.read_only { format!("; {}", t!("ui-role-view-only")) } else { String::new() }
                ),
                error: false,
                conflicts: Vec::new(),
                retry: None,
            },
            Err(e) => failed(e.localized(), None),
        },
        TeamAction::CheckIn { sides } | TeamAction::Refresh { sides } => {
            let Some(path) = copy else {
                return failed(t!("ui-open-an-offline-copy-first-file"), None);
            };
            let pull_only = matches!(action, TeamAction::Refresh { .. });
            match pg::checkin(&path, &sides, pull_only) {
                Ok(s) => TeamOutcome {
                    open: Some(path),
                    text: if pull_only {
                        t!("ui-refreshed", count = s.received, revision = s.revision)
                    } else {
                        format!(
                            "{}{}",
                            t!("ui-checked-in", sent = s.sent, received = s.received, revision = s.revision),
                            if s.resolved.is_empty() {
                                String::new()
                            } else {
                                format!("; {}", t!("ui-conflicts-decided", count = s.resolved.len()))
                            }
                        )
                    },
                    error: false,
                    conflicts: Vec::new(),
                    retry: None,
                },
                Err(TeamError::Conflicts(conflicts)) => TeamOutcome {
                    open: Some(path),
                    text: t!("ui-checkin-conflicts", count = conflicts.len()),
                    error: true,
                    conflicts,
                    retry: Some(action),
                },
                Err(e) => failed(e.localized(), Some(path)),
            }
        }
        TeamAction::Merge { base, mine, theirs, out, sides } => {
            let load = |p: &PathBuf| {
                crate::core::ProjectFile::open_with(p, crate::core::OpenMode::ReadOnly)
                    .map_err(|e| e.localized())
                    .and_then(|f| f.load().map_err(|e| format!("{}: {}", p.display(), e.localized())))
            };
            let (b, m, t) = match (load(&base), load(&mine), load(&theirs)) {
                (Ok(b), Ok(m), Ok(t)) => (b, m, t),
                (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => return failed(e, None),
            };
            match sync::merge_projects(&b, &m, &t, &sides) {
                Ok(merged) if !sides.decide(&merged.conflicts) => TeamOutcome {
                    open: None,
                    text: t!("ui-merge-conflicts", count = merged.conflicts.len()),
                    error: true,
                    conflicts: merged.conflicts,
                    retry: Some(action),
                },
                Ok(merged) => match crate::core::ProjectFile::create(&out, &merged.project, true) {
                    Ok(()) => TeamOutcome {
                        open: Some(out.clone()),
                        text: t!(
                            "ui-merged-into",
                            path = out.display().to_string(),
                            mine = merged.local_changes,
                            theirs = merged.server_changes
                        ),
                        error: false,
                        conflicts: Vec::new(),
                        retry: None,
                    },
                    Err(e) => failed(e.localized(), None),
                },
                Err(e) => failed(t!("ui-nothing-written", error = e.to_string()), None),
            }
        }
    }
}

/// The window's title bar text: the project, and where an offline copy comes from.
pub fn title(state: &AppState) -> String {
    let Some(project) = &state.project else { return "Symbiosis Explorer".into() };
    let name = project
        .sample_of
        .as_deref()
        .unwrap_or(project.session.file().path())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match &project.team {
        Some(h) => format!("Symbiosis Explorer – {name} – {}", sync_line(h)),
        None => format!("Symbiosis Explorer – {name}"),
    }
}

/// "copy of kalundborg on postgres://anna@host/db, revision 3, checked out 2026-12-02T10:00:00Z".
pub fn sync_line(h: &SyncHeader) -> String {
    let mut line = t!(
        "ui-sync-line",
        schema = h.schema.clone(),
        server = h.server.clone(),
        revision = h.revision,
        at = h.at.clone()
    );
    if h.bbox.is_some() {
        line.push_str(&format!(", {}", t!("ui-one-area")));
    }
    if h.read_only {
        line.push_str(&format!(", {}", t!("ui-read-only")));
    }
    line
}
