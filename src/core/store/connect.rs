//! Opening a file: connection settings, the header check, WAL on read-only storage, the schema version, and the whole read of a project.

#[allow(unused_imports)]
use super::*;

/// Settings of every connection: no unsafe functions from the schema, defensive mode (no
/// writable schema), the GeoPackage functions, and a statement deadline.
pub(super) fn configure(conn: &mut Connection) -> rusqlite::Result<Deadline> {
    conn.busy_timeout(Duration::from_millis(750))?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    gpkg::register_functions(conn)?;
    Deadline::install(conn)
}

/// Opens the connection. A WAL-mode file on storage the app cannot write (where SQLite could
/// not create its `-shm`) is opened immutable: possible only while its `-wal` holds nothing.
pub(super) fn connect(path: &Path, mode: OpenMode) -> Result<(Connection, bool), OpenError> {
    let flags = match mode {
        OpenMode::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
        OpenMode::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let wal = is_wal(path);
    let folder_read_only = || folder_is_read_only(path);
    let immutable = || -> Result<(Connection, bool), OpenError> {
        let wal_file = PathBuf::from(format!("{}-wal", path.display()));
        if fs::metadata(&wal_file).map(|m| m.len() > 0).unwrap_or(false) {
            return Err(OpenError::UnsavedWal { path: path.to_path_buf() });
        }
        let conn = Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        Ok((conn, true))
    };
    if wal && mode == OpenMode::ReadOnly && folder_read_only() {
        return immutable();
    }
    match Connection::open_with_flags(path, flags) {
        Ok(conn) => {
            // A WAL file's first read creates `-shm`; where that fails the storage is read-only.
            if wal
                && mode == OpenMode::ReadOnly
                && let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
                && !matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy))
            {
                drop(conn);
                return immutable();
            }
            Ok((conn, false))
        }
        Err(_) if wal && mode == OpenMode::ReadOnly => immutable(),
        Err(e) => Err(classify(path, e)),
    }
}

/// Whether the folder of `path` is read-only (by its permissions).
pub(super) fn folder_is_read_only(path: &Path) -> bool {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::metadata(dir).map(|m| m.permissions().readonly()).unwrap_or(false)
}

/// Whether the file is in WAL mode (header bytes 18 and 19 are 2).
pub(super) fn is_wal(path: &Path) -> bool {
    let mut header = [0u8; 20];
    fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header)).is_ok()
        && header[18] == 2
        && header[19] == 2
}

/// `path` as the path part of an SQLite `file:` URI.
pub(super) fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for byte in absolute.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// Checks the SQLite header before SQLite sees the file, so that a bad file gets a precise
/// error and is never touched.
pub(super) fn check_header(path: &Path) -> Result<(), OpenError> {
    let io = |source| OpenError::Io { path: path.to_path_buf(), source };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(OpenError::NotFound(path.to_path_buf()));
        }
        Err(e) => return Err(io(e)),
    };
    if meta.is_dir() {
        return Err(OpenError::NotSqlite(path.to_path_buf()));
    }
    let actual = meta.len();
    if actual == 0 {
        return Err(OpenError::Empty(path.to_path_buf()));
    }
    let mut header = Vec::with_capacity(100);
    fs::File::open(path).and_then(|f| f.take(100).read_to_end(&mut header)).map_err(io)?;
    const MAGIC: &[u8] = b"SQLite format 3\0";
    let prefix = header.len().min(MAGIC.len());
    if header[..prefix] != MAGIC[..prefix] {
        return Err(OpenError::NotSqlite(path.to_path_buf()));
    }
    if header.len() < 100 {
        return Err(OpenError::Truncated { path: path.to_path_buf(), expected: 100, actual });
    }
    let be32 = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let change_counter = be32(24);
    let page_count = u64::from(be32(28));
    let count_is_valid = be32(92) == change_counter && page_count > 0;
    if count_is_valid && actual < page_size * page_count {
        return Err(OpenError::Truncated { path: path.to_path_buf(), expected: page_size * page_count, actual });
    }
    Ok(())
}

/// Permissions of a new project file (elsewhere than Unix, whatever the system gives).
pub(super) fn default_permissions() -> Option<fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        Some(fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}

pub(super) fn table_exists(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n > 0)
}

pub(super) fn schema_version_of(conn: &Connection) -> rusqlite::Result<i64> {
    Ok(stored_schema_version(conn)?.and_then(|t| t.trim().parse().ok()).unwrap_or(0))
}

/// The schema version as the file stores it (None where it stores none).
pub(super) fn stored_schema_version(conn: &Connection) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT CAST(value AS TEXT) FROM se_metadata WHERE key = 'schema_version'", [], |r| r.get(0))
        .optional()
}

/// Maps SQLite's answers on open to the error a person can act on.
/// Reads the whole project (see [`ProjectFile::load`]).
pub(super) fn read_all(
    conn: &Connection,
    path: &Path,
    immutable: bool,
    limit: Duration,
) -> Result<ProjectData, StoreError> {
    const PARALLEL_FROM: i64 = 50_000;
    let in_memory = conn.path().is_none_or(str::is_empty);
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if in_memory || immutable || journal.eq_ignore_ascii_case("wal") {
        return load_project(conn);
    }
    let tx = conn.unchecked_transaction()?;
    let count: i64 = tx.query_row("SELECT count(*) FROM flows", [], |r| r.get(0))?;
    if count < PARALLEL_FROM {
        return load_project(&tx);
    }
    let middle: i64 =
        tx.query_row("SELECT fid FROM flows ORDER BY fid LIMIT 1 OFFSET ?1", [count / 2], |r| r.get(0))?;
    let data = std::thread::scope(|scope| {
        let first_half = scope.spawn(move || -> Result<Vec<Flow>, StoreError> {
            let mut conn =
                Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            configure(&mut conn)?.arm(limit);
            load_flows(&conn, i64::MIN, middle)
        });
        let mut data = load_project_without_flows(&tx)?;
        let second_half = load_flows(&tx, middle, i64::MAX)?;
        let mut flows = first_half.join().map_err(|_| StoreError::Invalid("reading flows failed".into()))??;
        flows.extend(second_half);
        data.flows = flows;
        Ok::<_, StoreError>(data)
    })?;
    tx.commit()?;
    Ok(data)
}

/// An error of reading or checking during open, as an [`OpenError`] naming the file.
pub(super) fn store_to_open(path: &Path, err: StoreError, limit: Duration) -> OpenError {
    match err {
        StoreError::Sqlite(source) => classify_within(path, source, limit),
        StoreError::Locked => OpenError::Locked(path.to_path_buf()),
        StoreError::TooSlow => OpenError::TooSlow { path: path.to_path_buf(), seconds: limit.as_secs() },
        other => OpenError::Invalid { path: path.to_path_buf(), detail: other.to_string() },
    }
}

/// As [`classify`], naming the read limit when the deadline interrupted the statement.
pub(super) fn classify_within(path: &Path, err: rusqlite::Error, limit: Duration) -> OpenError {
    if file_checks::is_timeout(&err) {
        return OpenError::TooSlow { path: path.to_path_buf(), seconds: limit.as_secs() };
    }
    classify(path, err)
}

pub(super) fn classify(path: &Path, err: rusqlite::Error) -> OpenError {
    use rusqlite::ErrorCode::*;
    match err.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => OpenError::Locked(path.to_path_buf()),
        Some(NotADatabase) => OpenError::NotSqlite(path.to_path_buf()),
        Some(DatabaseCorrupt) => OpenError::Corrupt { path: path.to_path_buf(), detail: err.to_string() },
        _ => OpenError::Sqlite { path: path.to_path_buf(), source: err },
    }
}
