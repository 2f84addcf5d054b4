//! Typed errors of the core. Each says what is wrong, with which file, and what to do.

use std::path::PathBuf;

/// Why a project file could not be opened. In every case the file was left byte-for-byte as it was.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{}: no such file", .0.display())]
    NotFound(PathBuf),
    #[error("{}: the file is empty (0 bytes), not a project; create a project with `import` or New", .0.display())]
    Empty(PathBuf),
    #[error("{}: not a project file (not an SQLite database or GeoPackage)", .0.display())]
    NotSqlite(PathBuf),
    #[error("{}: the file is truncated ({actual} of {expected} bytes); restore it from a backup", path.display())]
    Truncated { path: PathBuf, expected: u64, actual: u64 },
    #[error("{}: the file is damaged ({detail}); it was left unchanged, restore it from a backup", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("{}: an SQLite database from another program, not a GeoPackage project; it was left unchanged", .0.display())]
    ForeignSqlite(PathBuf),
    #[error(
        "{}: a GeoPackage from another program, not a Symbiosis Explorer project; it was left unchanged. Import its data into a new project instead (export its layers to CSV and run `symbiosis-explorer import`)",
        .0.display()
    )]
    ForeignGeoPackage(PathBuf),
    #[error(
        "{}: written by a newer Symbiosis Explorer (project schema {found}; this version reads up to {supported}); it was left unchanged, open it with a newer version",
        path.display()
    )]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error(
        "{}: its schema version '{found}' (se_metadata) is not one this app wrote (1 to {supported}); the file was left unchanged",
        path.display()
    )]
    BadVersion { path: PathBuf, found: String, supported: i64 },
    #[error(
        "{}: project schema {found} needs upgrading to {supported}, but the file is read-only; open a writable copy",
        path.display()
    )]
    NeedsUpgrade { path: PathBuf, found: i64, supported: i64 },
    #[error("{}: locked by another process (another Symbiosis Explorer or QGIS is writing to it); close it there and try again", .0.display())]
    Locked(PathBuf),
    #[error(
        "{}: holds triggers that are not GeoPackage's or GDAL's own ({}); a trigger runs inside every edit, so the file was refused and left unchanged. Remove them (DROP TRIGGER) if you trust the file",
        path.display(), .names.join(", ")
    )]
    Triggers { path: PathBuf, names: Vec<String> },
    #[error("{}: {} where the app expects a table; the file was refused and left unchanged", path.display(), .detail)]
    NotTables { path: PathBuf, detail: String },
    #[error("{}: the file takes too long to read (over {seconds} s); it may hold an endless query. It was left unchanged", path.display())]
    TooSlow { path: PathBuf, seconds: u64 },
    #[error(
        "{}: the project holds data the app cannot accept: {detail}; the file was left unchanged. Correct it in the program that wrote it (or restore a backup) and open it again",
        path.display()
    )]
    Invalid { path: PathBuf, detail: String },
    #[error(
        "{}: the file is on read-only storage with unsaved changes in {}-wal; copy both files to a writable folder and open the copy",
        path.display(), path.display()
    )]
    UnsavedWal { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: {source}", path.display())]
    Sqlite { path: PathBuf, source: rusqlite::Error },
}

/// Why reading or editing an open project failed. A failed edit changes nothing.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the project is open read-only; use Save As to edit a copy")]
    ReadOnly,
    #[error("the project file is locked by another process; try again in a moment")]
    Locked,
    #[error("{0}")]
    Invalid(String),
    #[error("the project file takes too long to read (over 10 s); it may hold an endless query")]
    TooSlow,
    #[error("{0} not found")]
    NotFound(String),
    #[error("{} already exists; choose another name", .0.display())]
    Exists(PathBuf),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("project file: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => StoreError::Locked,
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(rusqlite::ErrorCode::OperationInterrupted) => StoreError::TooSlow,
            _ => StoreError::Sqlite(err),
        }
    }
}
