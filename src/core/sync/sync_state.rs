//! What an offline copy remembers of its server: where it came from and the state it was
//! checked out at (the base of the three-way merge at check-in).
//!
//! Kept in the copy's own `se_sync` table as one JSON text, so the copy stays one file that any
//! SQLite client, QGIS or GDAL may edit: check-in compares the copy as it is now with this base,
//! not with an edit log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::model::ProjectData;
use crate::core::store::{OpenMode, ProjectFile};

/// The server side of an offline copy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    #[serde(flatten)]
    pub header: SyncHeader,
    /// The project as the server had it then (within `bbox`).
    pub base: ProjectData,
}

/// Where a copy came from (the record without its base: what the title bar shows).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SyncHeader {
    /// The connection string without any password (see [`super::pg::redact`]).
    pub server: String,
    pub schema: String,
    /// The area checked out (W, S, E, N degrees); `None`: the whole project.
    pub bbox: Option<[f64; 4]>,
    /// When the copy was checked out or last checked in (UTC, ISO 8601).
    pub at: String,
    /// The server's revision at that time (counts check-ins).
    pub revision: i64,
    /// The role may only read the server project: the copy is for viewing.
    pub read_only: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncStateError {
    #[error("{}: not an offline copy of a server project (it was not made by `checkout`)", .0.display())]
    NotACopy(PathBuf),
    #[error("{}: its check-out record (se_sync) is damaged ({}); check the project out again", .0.display(), .1)]
    Damaged(PathBuf, String),
    #[error("{0}")]
    Open(#[from] crate::core::error::OpenError),
    #[error("{0}")]
    Store(#[from] crate::core::error::StoreError),
    #[error("{}: {}", .0.display(), .1)]
    Io(PathBuf, std::io::Error),
}

/// Reads the copy's project and its check-out record.
pub fn read(path: &Path) -> Result<(ProjectData, SyncState), SyncStateError> {
    let file = ProjectFile::open_with(path, OpenMode::ReadOnly)?;
    let data = file.load()?;
    let text = file.sync_record()?.ok_or_else(|| SyncStateError::NotACopy(path.to_path_buf()))?;
    let state = serde_json::from_str(&text).map_err(|e| SyncStateError::Damaged(path.to_path_buf(), e.to_string()))?;
    Ok((data, state))
}

/// Where a project file was checked out from, if it was (for the app's title bar).
pub fn header_of(file: &ProjectFile) -> Option<SyncHeader> {
    file.sync_record().ok().flatten().and_then(|t| serde_json::from_str(&t).ok())
}

/// Writes `data` as an offline copy at `path` with its record, replacing what is there only
/// once the new copy is complete (it is written beside and renamed over).
pub fn write(path: &Path, data: &ProjectData, state: &SyncState) -> Result<(), SyncStateError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".checkout")
        .tempfile_in(&dir)
        .map_err(|e| SyncStateError::Io(dir.clone(), e))?
        .into_temp_path();
    ProjectFile::create(&temp, data, true)?;
    {
        let file = ProjectFile::open_with(&temp, OpenMode::ReadWrite)?;
        let text =
            serde_json::to_string(state).map_err(|e| SyncStateError::Damaged(path.to_path_buf(), e.to_string()))?;
        file.set_sync_record(&text)?;
    }
    temp.persist(path).map_err(|e| SyncStateError::Io(path.to_path_buf(), e.error))?;
    Ok(())
}
