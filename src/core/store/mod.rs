//! The project file: one SQLite database that is a valid OGC GeoPackage.
//!
//! - `firms` (POINT) and `exchanges` (LINESTRING) are GeoPackage feature tables that GDAL and
//!   QGIS open; `flows`, `materials` and `substitution_rules` are registered attribute tables.
//! - The app's own schema version lives in `se_metadata` (never in `user_version`, which the
//!   GeoPackage standard owns); older files are migrated forward, newer ones refused untouched.
//! - Every edit is one transaction that also keeps geometries, envelopes, layer extents and
//!   `gpkg_contents.last_change` in step.

use std::collections::HashMap;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use std::cell::RefCell;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, Transaction, params};

use super::error::{OpenError, StoreError};
use super::file_checks::{self, Deadline};
use super::gpkg::{self, Geometry, SRS_WGS84};
use super::model::*;
use super::params::EvaluationParams;
use super::validate;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = 8;

/// `application_id` of every GeoPackage: 'GPKG'.
pub const GPKG_APPLICATION_ID: i32 = 0x4750_4B47;
/// `user_version` for GeoPackage 1.4.0.
pub const GPKG_USER_VERSION: i32 = 10400;

const WGS84_WKT: &str = r#"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#;

/// How to open a project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// Edit in place (falls back to read-only if the file cannot be written).
    ReadWrite,
    /// View only; nothing is ever written.
    ReadOnly,
}

/// An open project file.
pub struct ProjectFile {
    conn: Connection,
    /// Interrupts a statement that runs too long (an endless query planted in the file).
    deadline: Deadline,
    path: PathBuf,
    read_only: bool,
    /// Opened with `immutable=1` (WAL file on read-only storage): read by this connection alone.
    immutable: bool,
    /// Exchange lines redrawn on opening because their firms had moved outside the app.
    redrawn_on_open: usize,
    /// The project as opening read and checked it, handed to the first [`ProjectFile::load`]
    /// (and dropped by any edit before it).
    checked: RefCell<Option<ProjectData>>,
    /// An editing session (the desktop app) runs in WAL mode; closing checkpoints it back into
    /// the one file.
    editing: bool,
}

impl Drop for ProjectFile {
    fn drop(&mut self) {
        if self.editing {
            // Everything committed goes back into the project file, which is one file again.
            let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            let _ = self.conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()));
        }
    }
}

/// The tables (and GeoPackage registries) the app reads: each must be an ordinary table.
const PROJECT_TABLES: &[&str] = &[
    "gpkg_contents",
    "gpkg_geometry_columns",
    "gpkg_spatial_ref_sys",
    "gpkg_extensions",
    "se_metadata",
    "se_project",
    "se_parameters",
    "firms",
    "flows",
    "exchanges",
    "materials",
    "substitution_rules",
    "layer_styles",
    "stages",
    "outcomes",
    "contacts",
    "workshops",
    "se_sync",
];

/// What a merge changed (see [`ProjectFile::merge`]): enough to take it back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    /// Firms the merge updated, as they were before.
    pub firms_before: Vec<Firm>,
    pub firms_added: Vec<FirmId>,
    pub flows_added: Vec<FlowId>,
    pub exchanges_added: Vec<ExchangeId>,
    /// Materials the merge replaced, as they were before.
    pub materials_before: Vec<Material>,
    pub materials_added: Vec<MaterialId>,
    /// Rules the merge changed, as they were before.
    pub rules_before: Vec<SubstitutionRule>,
    pub rules_added: Vec<(MaterialId, MaterialId)>,
}

mod checks;
mod connect;
mod edits;
mod rows;
mod schema;
mod workbench_edits;
mod workbench_rows;
pub use workbench_edits::REMOVED_PERSON;
pub use workbench_rows::split_ids;

use checks::*;
use connect::*;
use rows::*;
use schema::*;

impl ProjectFile {
    /// Opens a project for editing, or view-only if the file cannot be written.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, OpenError> {
        let path = path.as_ref();
        let writable = fs::metadata(path).map(|m| !m.permissions().readonly()).unwrap_or(true);
        // A WAL file is written beside (`-wal`, `-shm`): in a read-only folder it is view-only.
        if !writable || (is_wal(path) && folder_is_read_only(path)) {
            return Self::open_with(path, OpenMode::ReadOnly);
        }
        match Self::open_with(path, OpenMode::ReadWrite) {
            // Read-only storage (a mounted share, a CD) whose files look writable.
            Err(OpenError::Sqlite { source, .. })
                if matches!(
                    source.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
                ) =>
            {
                Self::open_with(path, OpenMode::ReadOnly)
            }
            other => other,
        }
    }

    /// Opens a project in the given mode. Bad, foreign, newer, locked, hostile (planted
    /// triggers, views where tables belong, endless queries) or invalid files are refused with
    /// a specific error and left byte-for-byte as they were: the whole project is read and
    /// checked ([`super::validate`]) before anything is written, and the migration and line
    /// redraw that opening may do run in one transaction after that check.
    pub fn open_with(path: impl AsRef<Path>, mode: OpenMode) -> Result<Self, OpenError> {
        let path = path.as_ref().to_path_buf();
        check_header(&path)?;
        let limit = file_checks::read_limit_for(fs::metadata(&path).map(|m| m.len()).unwrap_or(0));
        let sql_err = |source: rusqlite::Error| classify_within(&path, source, limit);
        let (mut conn, immutable) = connect(&path, mode)?;
        let deadline = configure(&mut conn).map_err(sql_err)?;
        deadline.arm(limit);

        let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(sql_err)?;
        if check != "ok" {
            return Err(OpenError::Corrupt { path, detail: check });
        }
        let misplaced = file_checks::misplaced_views(&conn, PROJECT_TABLES).map_err(sql_err)?;
        if !misplaced.is_empty() {
            return Err(OpenError::NotTables { path, detail: misplaced.join(", ") });
        }
        if !table_exists(&conn, "gpkg_contents").map_err(sql_err)? {
            return Err(OpenError::ForeignSqlite(path));
        }
        if !table_exists(&conn, "se_metadata").map_err(sql_err)? {
            return Err(OpenError::ForeignGeoPackage(path));
        }
        let triggers = file_checks::foreign_triggers(&conn).map_err(sql_err)?;
        if !triggers.is_empty() {
            return Err(OpenError::Triggers { path, names: triggers });
        }
        let found = match stored_schema_version(&conn).map_err(sql_err)? {
            None => 0,
            Some(text) => match text.trim().parse::<i64>() {
                Ok(v) if v >= 1 => v,
                _ => return Err(OpenError::BadVersion { path, found: text, supported: SCHEMA_VERSION }),
            },
        };
        if found > SCHEMA_VERSION {
            return Err(OpenError::TooNew { path, found, supported: SCHEMA_VERSION });
        }
        let refuse =
            |path: PathBuf, problems: &[String]| OpenError::Invalid { path, detail: validate::summary(problems, 8) };

        if found < SCHEMA_VERSION {
            if mode == OpenMode::ReadOnly {
                // Upgrade a private in-memory copy; the file itself is never written.
                let mut copy = Connection::open_in_memory().map_err(sql_err)?;
                let copy_deadline = configure(&mut copy).map_err(sql_err)?;
                copy_deadline.arm(limit);
                {
                    let backup = rusqlite::backup::Backup::new(&conn, &mut copy).map_err(sql_err)?;
                    backup.run_to_completion(256, Duration::ZERO, None).map_err(sql_err)?;
                }
                migrate(&mut copy, found, SCHEMA_VERSION).map_err(sql_err)?;
                let data = load_project(&copy).map_err(|e| store_to_open(&path, e, limit))?;
                let problems = data.problems();
                if !problems.is_empty() {
                    return Err(refuse(path, &problems));
                }
                copy_deadline.disarm();
                return Ok(Self::opened(copy, copy_deadline, path, true, false, 0, data));
            }
            // Migrate, check and redraw in one transaction; a refusal rolls all of it back.
            let tx = conn.transaction().map_err(sql_err)?;
            migrate_in(&tx, found, SCHEMA_VERSION).map_err(sql_err)?;
            let data = load_project(&tx).map_err(|e| store_to_open(&path, e, limit))?;
            let problems = data.problems();
            if !problems.is_empty() {
                drop(tx);
                return Err(refuse(path, &problems));
            }
            let redrawn = redraw_stale_exchanges(&tx).map_err(|e| store_to_open(&path, e, limit))?;
            tx.commit().map_err(sql_err)?;
            deadline.disarm();
            return Ok(Self::opened(conn, deadline, path, false, false, redrawn, data));
        }

        let data = read_all(&conn, &path, immutable, limit).map_err(|e| store_to_open(&path, e, limit))?;
        let problems = data.problems();
        if !problems.is_empty() {
            return Err(refuse(path, &problems));
        }
        let redrawn = match mode {
            // While another program holds the write lock the lines stay as they are for now;
            // the app draws them from the firms' positions either way.
            OpenMode::ReadWrite => {
                let redraw = conn.transaction().map_err(StoreError::from).and_then(|tx| {
                    let n = redraw_stale_exchanges(&tx)?;
                    tx.commit()?;
                    Ok(n)
                });
                match redraw {
                    Ok(n) => n,
                    Err(StoreError::Locked) => 0,
                    Err(other) => return Err(store_to_open(&path, other, limit)),
                }
            }
            OpenMode::ReadOnly => 0,
        };
        deadline.disarm();
        // (An immutable connection exists only in read-only mode.)
        Ok(Self::opened(conn, deadline, path, mode == OpenMode::ReadOnly, immutable, redrawn, data))
    }

    fn opened(
        conn: Connection,
        deadline: Deadline,
        path: PathBuf,
        read_only: bool,
        immutable: bool,
        redrawn: usize,
        data: ProjectData,
    ) -> Self {
        Self {
            conn,
            deadline,
            path,
            read_only,
            immutable,
            redrawn_on_open: redrawn,
            checked: RefCell::new(Some(data)),
            editing: false,
        }
    }

    /// Creates a new project file at `path` holding `data`. The file appears only once it is
    /// complete: it is written beside the target and renamed into place. An existing file at
    /// `path` is replaced only if `replace` is true.
    pub fn create(path: impl AsRef<Path>, data: &ProjectData, replace: bool) -> Result<(), StoreError> {
        Self::create_at_version(path.as_ref(), data, replace, SCHEMA_VERSION)
    }

    /// As [`Self::create`], at an older schema version (for migration tests and fixtures).
    #[doc(hidden)]
    pub fn create_at_version(path: &Path, data: &ProjectData, replace: bool, version: i64) -> Result<(), StoreError> {
        if !replace && path.exists() {
            return Err(StoreError::Exists(path.to_path_buf()));
        }
        let problems = data.problems();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(format!(
                "the project was not written, it holds data the app cannot accept: {}",
                validate::summary(&problems, 8)
            )));
        }
        let io = |source| StoreError::Io { path: path.to_path_buf(), source };
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(&dir)
            .map_err(io)?
            .into_temp_path();
        {
            let mut conn = Connection::open(&temp)?;
            configure(&mut conn)?;
            conn.pragma_update(None, "application_id", GPKG_APPLICATION_ID)?;
            conn.pragma_update(None, "user_version", GPKG_USER_VERSION)?;
            migrate(&mut conn, 0, SCHEMA_VERSION)?;
            let tx = conn.transaction()?;
            write_project(&tx, data)?;
            if version < SCHEMA_VERSION {
                undo_migrations(&tx, version)?;
            }
            tx.commit()?;
            conn.close().map_err(|(_, e)| StoreError::from(e))?;
        }
        // Temporary files are private (0600); a project gets the usual permissions, or keeps
        // those of the file it replaces.
        let permissions = match fs::metadata(path) {
            Ok(existing) => Some(existing.permissions()),
            Err(_) => default_permissions(),
        };
        if let Some(permissions) = permissions {
            fs::set_permissions(&temp, permissions).map_err(io)?;
        }
        // On the disk before it takes the name, and the name on the disk before we say done.
        fs::File::open(&temp).and_then(|f| f.sync_all()).map_err(io)?;
        temp.persist(path).map_err(|e| io(e.error))?;
        super::output::sync_dir(&dir);
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many exchange lines opening redrew because their firms had been moved by another
    /// program (QGIS, GDAL) since the app last wrote the file.
    pub fn redrawn_on_open(&self) -> usize {
        self.redrawn_on_open
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(schema_version_of(&self.conn)?)
    }

    /// Reads the whole project into memory.
    ///
    /// Large files are read by two connections at once (half of the flows each), inside a read
    /// transaction: its shared lock keeps every writer out until both have read, so both see
    /// the same state. In WAL mode readers do not block writers, so it reads alone.
    ///
    /// Data the app cannot accept (typically written by another program: a flow or exchange of
    /// a firm deleted in QGIS, a position outside lat/lon range) is refused with every problem
    /// named; the file is not changed.
    pub fn load(&self) -> Result<ProjectData, StoreError> {
        if let Some(data) = self.checked.borrow_mut().take() {
            return Ok(data);
        }
        let limit = file_checks::read_limit_for(fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0));
        self.deadline.arm(limit);
        let data = read_all(&self.conn, &self.path, self.immutable, limit);
        self.deadline.disarm();
        let data = data?;
        let problems = data.problems();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(format!(
                "the project holds data the app cannot accept (changed by another program?): {}; \
                 correct it there (or restore a backup) and open it again",
                validate::summary(&problems, 8)
            )));
        }
        Ok(data)
    }

    /// What an offline copy of a team-server project keeps about its server (`se_sync`, one
    /// JSON text: server, schema, area and the base state of the check-out); `None` for a file
    /// never checked out.
    pub fn sync_record(&self) -> Result<Option<String>, StoreError> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'se_sync')",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(None);
        }
        let limit = file_checks::read_limit_for(fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0));
        self.deadline.arm(limit);
        let value = self
            .conn
            .query_row("SELECT value FROM se_sync WHERE key = 'state'", [], |r| r.get::<_, String>(0))
            .optional();
        self.deadline.disarm();
        Ok(value?)
    }

    /// Records (or replaces) the team-server state of this copy; see [`Self::sync_record`].
    pub fn set_sync_record(&self, value: &str) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.conn.execute_batch("CREATE TABLE IF NOT EXISTS se_sync (key TEXT PRIMARY KEY, value TEXT NOT NULL)")?;
        self.conn.execute(
            "INSERT INTO se_sync (key, value) VALUES ('state', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [value],
        )?;
        Ok(())
    }

    /// Writes a complete copy of the project to `path` (Save As); the copy is then the one to edit.
    pub fn save_as(&self, path: impl AsRef<Path>) -> Result<ProjectFile, StoreError> {
        let path = path.as_ref();
        if path == self.path {
            return Err(StoreError::Invalid("Save As needs a different file name".into()));
        }
        let data = self.load()?;
        Self::create(path, &data, true)?;
        ProjectFile::open_with(path, OpenMode::ReadWrite).map_err(|e| StoreError::Invalid(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_check_names_each_bad_file() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.gpkg");
        fs::write(&empty, b"").unwrap();
        assert!(matches!(check_header(&empty), Err(OpenError::Empty(_))));
        let text = dir.path().join("notes.gpkg");
        fs::write(&text, b"firm,lat,lon\n").unwrap();
        assert!(matches!(check_header(&text), Err(OpenError::NotSqlite(_))));
        let short = dir.path().join("short.gpkg");
        fs::write(&short, b"SQLite format 3\0\x10\x00").unwrap();
        assert!(matches!(check_header(&short), Err(OpenError::Truncated { .. })));
        assert!(matches!(check_header(&dir.path().join("missing.gpkg")), Err(OpenError::NotFound(_))));
    }
}
