//! Where projects come from: the shipped samples (opened as working copies), the recent list,
//! and the caches kept in the user's folders.

use crate::i18n::Localized as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::map::index::MapIndex;
use super::state::OpenProject;
use crate::core::session::Session;
use crate::core::{OpenMode, ProjectFile};
use crate::t;

/// The shipped samples directory (beside the binary's crate, or the working directory).
pub fn samples_dir() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_projects");
    if crate_dir.is_dir() { crate_dir } else { PathBuf::from("sample_projects") }
}

/// The sample the app opens on its first start.
pub fn first_start_project() -> PathBuf {
    samples_dir().join("kalundborg.gpkg")
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

/// Puts a project first in the recent list (at most 8 kept).
pub fn remember(path: &Path) {
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

pub fn is_sample(path: &Path) -> bool {
    path.parent().and_then(|p| p.canonicalize().ok()) == samples_dir().canonicalize().ok()
}

/// Opens a project (a shipped sample as a working copy) with what the status bar should say.
pub fn open_project(path: &Path) -> Result<(OpenProject, String), String> {
    let (to_open, sample_of) = if is_sample(path) {
        let copy = working_copy_of(path)
            .map_err(|e| t!("ui-could-not-copy-sample", path = path.display().to_string(), error = e.to_string()))?;
        (copy, Some(path.to_path_buf()))
    } else {
        (path.to_path_buf(), None)
    };
    let mut file = ProjectFile::open(&to_open).map_err(|e| e.localized())?;
    let team = crate::core::sync::sync_state::header_of(&file);
    // A copy checked out by a role that may only read the server project opens view-only.
    if team.as_ref().is_some_and(|t| t.read_only) && !file.is_read_only() {
        drop(file);
        file = ProjectFile::open_with(&to_open, OpenMode::ReadOnly).map_err(|e| e.localized())?;
    }
    let session = Session::new(file).map_err(|e| e.localized())?;
    let index = MapIndex::new(session.data());
    let project = OpenProject { session, index, sample_of, team };
    let note = if project.sample_of.is_some() {
        format!(" ({})", t!("ui-opened-working-copy"))
    } else if project.team.as_ref().is_some_and(|t| t.read_only) {
        format!(" ({})", t!("ui-opened-read-only-role"))
    } else if project.session.file().is_read_only() {
        format!(" ({})", t!("ui-opened-read-only"))
    } else {
        String::new()
    };
    let redrawn = match project.session.file().redrawn_on_open() {
        0 => String::new(),
        n => format!("; {}", t!("ui-opened-redrawn", count = n)),
    };
    let data = project.data();
    let overfilled = crate::core::scenarios::overfills(data, Some(data.meta.year()));
    let overfilled = match overfilled.as_slice() {
        [] => String::new(),
        [one] => format!("; {}", t!("ui-opened-overfilled-one", exchange = one.localized())),
        many => format!("; {}", t!("ui-opened-overfilled", count = many.len())),
    };
    Ok((project, format!("{}{note}{redrawn}{overfilled}", t!("ui-opened", path = path.display().to_string()))))
}

/// Checks a project path before the window opens, so that a bad file is a clear CLI error.
pub fn check_project(path: &Path) -> Result<(), crate::core::error::OpenError> {
    ProjectFile::open_with(path, OpenMode::ReadOnly).map(drop)
}
