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
pub const SCHEMA_VERSION: i64 = 5;

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

/// Forward migrations: entry `i` takes a file from schema `i` to `i + 1`.
const MIGRATIONS: &[fn(&Transaction) -> rusqlite::Result<()>] =
    &[migrate_0_to_1, migrate_1_to_2, migrate_2_to_3, migrate_3_to_4, migrate_4_to_5];

fn now_iso() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Schema 1: the GeoPackage core tables, the project tables and their registration.
fn migrate_0_to_1(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
         CREATE TABLE IF NOT EXISTS gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
            description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
         CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
         CREATE TABLE se_metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE se_project (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE se_parameters (key TEXT PRIMARY KEY, value REAL NOT NULL, source TEXT NOT NULL);
         CREATE TABLE firms (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL, nace TEXT, employees INTEGER, address TEXT, notes TEXT, source TEXT);
         CREATE TABLE exchanges (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, geom LINESTRING, from_firm_id TEXT NOT NULL,
            to_firm_id TEXT NOT NULL, material TEXT NOT NULL, quantity REAL, unit TEXT NOT NULL,
            status TEXT NOT NULL, start_year INTEGER, end_year INTEGER, transport TEXT,
            notes TEXT, source TEXT);
         CREATE TABLE flows (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, firm_id TEXT NOT NULL, direction TEXT NOT NULL,
            material TEXT NOT NULL, quantity REAL NOT NULL, unit TEXT NOT NULL, ewc TEXT,
            quality TEXT, available_from INTEGER, available_to INTEGER, price_per_unit REAL,
            disposal_cost_per_unit REAL, accepts_hazardous BOOLEAN NOT NULL DEFAULT 0,
            confidential BOOLEAN NOT NULL DEFAULT 0, source TEXT);
         CREATE TABLE materials (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            kind TEXT NOT NULL, unit TEXT NOT NULL, ewc_codes TEXT, max_distance_km REAL NOT NULL,
            max_distance_source TEXT, transport TEXT NOT NULL, ef_virgin REAL NOT NULL,
            ef_virgin_source TEXT, ef_disposal REAL NOT NULL, ef_disposal_source TEXT,
            virgin_price REAL NOT NULL, virgin_price_source TEXT, disposal_cost REAL NOT NULL,
            disposal_cost_source TEXT, builtin BOOLEAN NOT NULL DEFAULT 0);
         CREATE TABLE substitution_rules (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, supply_material TEXT NOT NULL,
            demand_material TEXT NOT NULL, ratio REAL NOT NULL, source TEXT,
            UNIQUE (supply_material, demand_material));",
    )?;
    let srs: [(&str, i32, &str, i32, &str, &str); 3] = [
        (
            "WGS 84 geodetic",
            4326,
            "EPSG",
            4326,
            WGS84_WKT,
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
        ),
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ];
    for (name, id, org, org_id, def, desc) in srs {
        tx.execute(
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![name, id, org, org_id, def, desc],
        )?;
    }
    let now = now_iso();
    let contents: [(&str, &str, &str, Option<i32>); 5] = [
        ("firms", "features", "Firms and other sites of the project", Some(SRS_WGS84)),
        ("exchanges", "features", "Exchanges between firms, drawn from supplier to receiver", Some(SRS_WGS84)),
        ("flows", "attributes", "What each firm has (supply) and wants (demand), per year", None),
        ("materials", "attributes", "Material catalogue with evaluation defaults and their sources", None),
        ("substitution_rules", "attributes", "Supply materials that can stand in for demand materials", None),
    ];
    for (table, data_type, description, srs_id) in contents {
        tx.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
             VALUES (?1, ?2, ?1, ?3, ?4, ?5)",
            params![table, data_type, description, now, srs_id],
        )?;
    }
    for (table, kind) in [("firms", "POINT"), ("exchanges", "LINESTRING")] {
        tx.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)",
            params![table, kind, SRS_WGS84],
        )?;
    }
    tx.execute("INSERT INTO se_metadata (key, value) VALUES ('application', 'symbiosis-explorer')", [])?;
    Ok(())
}

/// Schema 2: indexes that keep per-firm look-ups fast on national-scale projects.
fn migrate_1_to_2(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE INDEX IF NOT EXISTS se_flows_firm ON flows (firm_id);
         CREATE INDEX IF NOT EXISTS se_exchanges_from ON exchanges (from_firm_id);
         CREATE INDEX IF NOT EXISTS se_exchanges_to ON exchanges (to_firm_id);",
    )
}

/// Schema 3: default QGIS styles for the firms and exchanges layers in `layer_styles`.
fn migrate_2_to_3(tx: &Transaction) -> rusqlite::Result<()> {
    super::qgis::write_default_styles(tx)
}

/// Schema 4: materials know their density and energy content (for unit conversions); the
/// built-in ones get the catalogue's sourced values.
fn migrate_3_to_4(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE materials ADD COLUMN density_t_per_m3 REAL;
         ALTER TABLE materials ADD COLUMN density_source TEXT;
         ALTER TABLE materials ADD COLUMN energy_mwh_per_t REAL;
         ALTER TABLE materials ADD COLUMN energy_source TEXT;",
    )?;
    for m in super::catalogue::builtin_materials() {
        tx.execute(
            "UPDATE materials SET density_t_per_m3 = ?2, density_source = ?3, energy_mwh_per_t = ?4, energy_source = ?5
             WHERE id = ?1 AND builtin",
            params![
                m.id.as_str(),
                m.density_t_per_m3.as_ref().map(|d| d.value),
                m.density_t_per_m3.as_ref().map(|d| d.source.clone()),
                m.energy_mwh_per_t.as_ref().map(|e| e.value),
                m.energy_mwh_per_t.as_ref().map(|e| e.source.clone()),
            ],
        )?;
    }
    Ok(())
}

/// Schema 5: the evaluation model. Supply flows have a role (residue or product), firms a
/// country and an ETS flag (the country from their position), materials their disposal route
/// (the supply-side counterfactual), rules the emissions of the use. Built-in materials and
/// rules that the file lacks are added; nothing the file has is changed or renamed.
fn migrate_4_to_5(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE flows ADD COLUMN role TEXT NOT NULL DEFAULT 'residue';
         ALTER TABLE firms ADD COLUMN country TEXT;
         ALTER TABLE firms ADD COLUMN ets BOOLEAN NOT NULL DEFAULT 0;
         ALTER TABLE firms ADD COLUMN port TEXT;
         ALTER TABLE exchanges ADD COLUMN counterfactual_km REAL;
         ALTER TABLE materials ADD COLUMN disposal_route TEXT NOT NULL DEFAULT 'none';
         ALTER TABLE materials ADD COLUMN other_modes TEXT;
         ALTER TABLE substitution_rules ADD COLUMN use_ef REAL NOT NULL DEFAULT 0;
         ALTER TABLE substitution_rules ADD COLUMN use_ef_source TEXT;",
    )?;
    // A fresh file is written whole after its migrations; only older projects gain the new
    // catalogue entries here.
    let has_catalogue: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM materials)", [], |r| r.get(0))?;
    if !has_catalogue {
        return Ok(());
    }
    // A built-in material no user has overridden (a materials.csv row or edit clears `builtin`)
    // takes the corrected catalogue entry, with its own source per number; new ones are added.
    let to_sql = |e: StoreError| rusqlite::Error::ToSqlConversionFailure(e.to_string().into());
    for m in &super::catalogue::builtin_materials() {
        let replaced = tx.execute("DELETE FROM materials WHERE id = ?1 AND builtin", [m.id.as_str()])?;
        let exists: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM materials WHERE id = ?1)", [m.id.as_str()], |r| r.get(0))?;
        if replaced > 0 || !exists {
            insert_material(tx, m).map_err(to_sql)?;
        }
    }
    // Rules still as the previous catalogue shipped them take the corrected ratio and sources.
    const SHIPPED_BEFORE: &[(&str, &str, &str)] = &[
        ("fgd_gypsum", "natural_gypsum", "Kalundborg: FGD gypsum replaces natural gypsum at Gyproc (symbiosis.dk/en)"),
        ("fly_ash", "cement_raw_material", "Kalundborg: fly ash to cement making (iisd.org business case 77)"),
        ("biogas", "natural_gas", "assumption: upgraded biomethane, energy basis"),
        ("refinery_gas", "natural_gas", "Kalundborg: refinery gas fuelled Gyproc from 1972 (NAP 4982); energy basis"),
        ("biological_sludge", "fertiliser", "assumption: nutrient content of wet sludge as fertiliser equivalent"),
    ];
    for rule in super::catalogue::builtin_rules() {
        if let Some((_, _, old)) =
            SHIPPED_BEFORE.iter().find(|(a, b, _)| *a == rule.supply.as_str() && *b == rule.demand.as_str())
        {
            tx.execute(
                "UPDATE substitution_rules SET ratio = ?3, source = ?4, use_ef = ?5, use_ef_source = ?6
                 WHERE supply_material = ?1 AND demand_material = ?2 AND source = ?7",
                params![
                    rule.supply.as_str(),
                    rule.demand.as_str(),
                    rule.ratio,
                    rule.source,
                    rule.use_ef,
                    rule.use_ef_source,
                    old
                ],
            )?;
        }
    }
    for rule in super::catalogue::builtin_rules() {
        tx.execute(
            "INSERT OR IGNORE INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6
             WHERE EXISTS (SELECT 1 FROM materials WHERE id = ?1) AND EXISTS (SELECT 1 FROM materials WHERE id = ?2)",
            params![rule.supply.as_str(), rule.demand.as_str(), rule.ratio, rule.source, rule.use_ef, rule.use_ef_source],
        )?;
    }
    let firms: Vec<(i64, Option<Vec<u8>>)> = {
        let mut stmt = tx.prepare("SELECT fid, geom FROM firms")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?
    };
    for (fid, blob) in firms {
        if let Some(Ok(Geometry::Point(p))) = blob.as_deref().map(gpkg::decode) {
            let code = super::countries::country_at(p);
            let port = super::countries::nearest_port(p).map(|(port, _)| port.name.as_str());
            tx.execute("UPDATE firms SET country = ?2, port = ?3 WHERE fid = ?1", params![fid, code, port])?;
        }
    }
    Ok(())
}

/// Takes a fresh file back to an older schema, as an older app would have written it (to test
/// migrations on real older files).
fn undo_migrations(tx: &Transaction, to: i64) -> rusqlite::Result<()> {
    if to < 5 {
        tx.execute_batch(
            "ALTER TABLE flows DROP COLUMN role;
             ALTER TABLE firms DROP COLUMN country;
             ALTER TABLE firms DROP COLUMN ets;
             ALTER TABLE firms DROP COLUMN port;
             ALTER TABLE exchanges DROP COLUMN counterfactual_km;
             ALTER TABLE materials DROP COLUMN disposal_route;
             ALTER TABLE materials DROP COLUMN other_modes;
             ALTER TABLE substitution_rules DROP COLUMN use_ef;
             ALTER TABLE substitution_rules DROP COLUMN use_ef_source;
             DELETE FROM se_project WHERE key = 'evaluation_year';",
        )?;
    }
    if to < 4 {
        tx.execute_batch(
            "ALTER TABLE materials DROP COLUMN density_t_per_m3;
             ALTER TABLE materials DROP COLUMN density_source;
             ALTER TABLE materials DROP COLUMN energy_mwh_per_t;
             ALTER TABLE materials DROP COLUMN energy_source;",
        )?;
    }
    if to < 3 {
        tx.execute_batch("DROP TABLE layer_styles; DELETE FROM gpkg_contents WHERE table_name = 'layer_styles';")?;
    }
    if to < 2 {
        tx.execute_batch("DROP INDEX se_flows_firm; DROP INDEX se_exchanges_from; DROP INDEX se_exchanges_to;")?;
    }
    tx.execute("UPDATE se_metadata SET value = ?1 WHERE key = 'schema_version'", [to.to_string()])?;
    Ok(())
}

/// Runs the migrations from `from` up to `to` in one transaction.
fn migrate(conn: &mut Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    migrate_in(&tx, from, to)?;
    tx.commit()
}

/// Runs the migrations from `from` up to `to` inside the caller's transaction.
fn migrate_in(tx: &Transaction, from: i64, to: i64) -> rusqlite::Result<()> {
    for version in from..to {
        let step = MIGRATIONS[version as usize];
        step(tx)?;
    }
    tx.execute(
        "INSERT INTO se_metadata (key, value) VALUES ('schema_version', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [to.to_string()],
    )?;
    Ok(())
}

/// Settings of every connection: no unsafe functions from the schema, defensive mode (no
/// writable schema), the GeoPackage functions, and a statement deadline.
fn configure(conn: &mut Connection) -> rusqlite::Result<Deadline> {
    conn.busy_timeout(Duration::from_millis(750))?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    gpkg::register_functions(conn)?;
    Deadline::install(conn)
}

/// Opens the connection. A WAL-mode file on storage the app cannot write (where SQLite could
/// not create its `-shm`) is opened immutable: possible only while its `-wal` holds nothing.
fn connect(path: &Path, mode: OpenMode) -> Result<(Connection, bool), OpenError> {
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
fn folder_is_read_only(path: &Path) -> bool {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::metadata(dir).map(|m| m.permissions().readonly()).unwrap_or(false)
}

/// Whether the file is in WAL mode (header bytes 18 and 19 are 2).
fn is_wal(path: &Path) -> bool {
    let mut header = [0u8; 20];
    fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header)).is_ok()
        && header[18] == 2
        && header[19] == 2
}

/// `path` as the path part of an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
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
fn check_header(path: &Path) -> Result<(), OpenError> {
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
fn default_permissions() -> Option<fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        Some(fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}

fn table_exists(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n > 0)
}

fn schema_version_of(conn: &Connection) -> rusqlite::Result<i64> {
    Ok(stored_schema_version(conn)?.and_then(|t| t.trim().parse().ok()).unwrap_or(0))
}

/// The schema version as the file stores it (None where it stores none).
fn stored_schema_version(conn: &Connection) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT CAST(value AS TEXT) FROM se_metadata WHERE key = 'schema_version'", [], |r| r.get(0))
        .optional()
}

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

    /// Starts an editing session (the desktop app's many small edits): WAL with
    /// `synchronous=NORMAL`, so that a commit does not wait for the disk. A committed edit
    /// survives the app being killed (it is in the `-wal` file, which the next open reads back);
    /// only a power cut can lose the last ones. Closing the file checkpoints everything back into
    /// the project file and leaves no side files. A read-only file is left as it is.
    pub fn begin_editing(&mut self) -> Result<(), StoreError> {
        if self.read_only || self.editing || self.conn.path().is_none_or(str::is_empty) {
            return Ok(());
        }
        let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if mode.eq_ignore_ascii_case("wal") {
            self.conn.pragma_update(None, "synchronous", "NORMAL")?;
            self.editing = true;
        }
        Ok(())
    }

    /// Runs one edit as one transaction.
    fn edit<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.checked.get_mut().take();
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn set_meta(&mut self, meta: &ProjectMeta) -> Result<(), StoreError> {
        first_problem(validate::meta_problems_of(meta))?;
        self.edit(|tx| write_meta(tx, meta))
    }

    /// Sets one evaluation parameter (see [`EvaluationParams::to_rows`] for the keys).
    pub fn set_parameter(&mut self, key: &str, value: f64, source: &str) -> Result<(), StoreError> {
        let mut probe = EvaluationParams::default();
        probe.set(key, value, source).map_err(StoreError::Invalid)?;
        if let Some(problem) = EvaluationParams::problem(key, value) {
            return Err(StoreError::Invalid(problem));
        }
        self.edit(|tx| {
            tx.execute(
                "INSERT INTO se_parameters (key, value, source) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, source = excluded.source",
                params![key, value, source],
            )?;
            Ok(())
        })
    }

    pub fn insert_firm(&mut self, firm: &Firm) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            if firm_location(tx, &firm.id)?.is_some() {
                return Err(StoreError::Invalid(format!("a firm with id '{}' already exists", firm.id)));
            }
            insert_firm(tx, firm)?;
            touch_firms(tx, None, Some(firm.location))
        })
    }

    /// Updates the firm with `firm.id`; moving it redraws its exchange lines.
    pub fn update_firm(&mut self, firm: &Firm) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            let Some(old) = firm_location(tx, &firm.id)? else {
                return Err(StoreError::NotFound(format!("firm '{}'", firm.id)));
            };
            update_firm_row(tx, firm)?;
            touch_firms(tx, (old != firm.location).then_some(old), Some(firm.location))?;
            if old != firm.location {
                redraw_exchanges_of(tx, &firm.id)?;
            }
            Ok(())
        })
    }

    /// Deletes a firm with its flows and exchanges.
    pub fn delete_firm(&mut self, id: &FirmId) -> Result<(), StoreError> {
        self.edit(|tx| {
            let Some(at) = firm_location(tx, id)? else {
                return Err(StoreError::NotFound(format!("firm '{id}'")));
            };
            tx.execute("DELETE FROM firms WHERE id = ?1", [id.as_str()])?;
            tx.execute("DELETE FROM flows WHERE firm_id = ?1", [id.as_str()])?;
            let lines =
                tx.execute("DELETE FROM exchanges WHERE from_firm_id = ?1 OR to_firm_id = ?1", [id.as_str()])?;
            touch_firms(tx, Some(at), None)?;
            touch(tx, "flows")?;
            if lines > 0 {
                touch(tx, "exchanges")?;
            }
            Ok(())
        })
    }

    /// Adds several flows in one transaction (pasted rows, an import); returns their ids.
    pub fn insert_flows(&mut self, flows: &[Flow]) -> Result<Vec<FlowId>, StoreError> {
        self.edit(|tx| {
            let mut ids = Vec::with_capacity(flows.len());
            for flow in flows {
                validate_flow(tx, flow)?;
                ids.push(insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?);
            }
            touch(tx, "flows")?;
            Ok(ids)
        })
    }

    /// Updates several flows in one transaction (a multi-row edit).
    pub fn update_flows(&mut self, flows: &[Flow]) -> Result<(), StoreError> {
        self.edit(|tx| {
            for flow in flows {
                validate_flow(tx, flow)?;
                if tx.execute("DELETE FROM flows WHERE fid = ?1", [flow.id.0])? == 0 {
                    return Err(StoreError::NotFound(format!("flow {}", flow.id)));
                }
                insert_flow(tx, flow, Some(flow.id))?;
            }
            touch(tx, "flows")
        })
    }

    /// Deletes several flows in one transaction.
    pub fn delete_flows(&mut self, ids: &[FlowId]) -> Result<(), StoreError> {
        self.edit(|tx| {
            for id in ids {
                tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])?;
            }
            touch(tx, "flows")
        })
    }

    /// Merges an imported project into this one in one transaction: firms are added or updated
    /// by id, flows and exchanges added, custom materials and rules added or replaced. Returns
    /// what changed, so that [`ProjectFile::unmerge`] can take it back.
    pub fn merge(&mut self, imported: &ProjectData) -> Result<Merged, StoreError> {
        self.edit(|tx| {
            let mut merged = Merged::default();
            for m in imported.materials.iter().filter(|m| !m.builtin) {
                match read_material(tx, &m.id)? {
                    Some(before) if &before == m => continue,
                    Some(before) => merged.materials_before.push(before),
                    None => merged.materials_added.push(m.id.clone()),
                }
                tx.execute("DELETE FROM materials WHERE id = ?1", [m.id.as_str()])?;
                insert_material(tx, m)?;
            }
            for rule in &imported.rules {
                let before = read_rule(tx, &rule.supply, &rule.demand)?;
                match before {
                    Some(before) if &before == rule => continue,
                    Some(before) => merged.rules_before.push(before),
                    None => merged.rules_added.push((rule.supply.clone(), rule.demand.clone())),
                }
                upsert_rule_row(tx, rule)?;
            }
            for firm in &imported.firms {
                validate_firm(firm)?;
                match read_firm(tx, &firm.id)? {
                    Some(before) => {
                        update_firm_row(tx, firm)?;
                        redraw_exchanges_of(tx, &firm.id)?;
                        merged.firms_before.push(before);
                    }
                    None => {
                        insert_firm(tx, firm)?;
                        merged.firms_added.push(firm.id.clone());
                    }
                }
            }
            for flow in &imported.flows {
                validate_flow(tx, flow)?;
                merged.flows_added.push(insert_flow(tx, flow, None)?);
            }
            for exchange in &imported.exchanges {
                validate_exchange(tx, exchange)?;
                merged.exchanges_added.push(insert_exchange(tx, exchange, None)?);
            }
            for table in ["firms", "flows", "exchanges", "materials", "substitution_rules"] {
                touch(tx, table)?;
            }
            // New materials need their colour in the QGIS style of the exchanges layer.
            super::qgis::write_default_styles(tx)?;
            Ok(merged)
        })
    }

    /// Takes back a merge (undo of an import into an open project), in one transaction: what it
    /// added is deleted, what it replaced is put back as it was.
    pub fn unmerge(&mut self, merged: &Merged) -> Result<(), StoreError> {
        self.edit(|tx| {
            for id in &merged.exchanges_added {
                tx.execute("DELETE FROM exchanges WHERE fid = ?1", [id.0])?;
            }
            for id in &merged.flows_added {
                tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])?;
            }
            for id in &merged.firms_added {
                tx.execute("DELETE FROM firms WHERE id = ?1", [id.as_str()])?;
            }
            for firm in &merged.firms_before {
                update_firm_row(tx, firm)?;
                redraw_exchanges_of(tx, &firm.id)?;
            }
            for (supply, demand) in &merged.rules_added {
                tx.execute(
                    "DELETE FROM substitution_rules WHERE supply_material = ?1 AND demand_material = ?2",
                    params![supply.as_str(), demand.as_str()],
                )?;
            }
            for rule in &merged.rules_before {
                upsert_rule_row(tx, rule)?;
            }
            for id in &merged.materials_added {
                tx.execute("DELETE FROM materials WHERE id = ?1", [id.as_str()])?;
            }
            for m in &merged.materials_before {
                tx.execute("DELETE FROM materials WHERE id = ?1", [m.id.as_str()])?;
                insert_material(tx, m)?;
            }
            for table in ["firms", "flows", "exchanges", "materials", "substitution_rules"] {
                touch(tx, table)?;
            }
            super::qgis::write_default_styles(tx)?;
            Ok(())
        })
    }

    /// Puts back a deleted firm with its flows and exchanges, ids kept, in one transaction
    /// (undo of a delete).
    pub fn restore_firm(&mut self, firm: &Firm, flows: &[Flow], exchanges: &[Exchange]) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            insert_firm(tx, firm)?;
            for flow in flows {
                validate_flow(tx, flow)?;
                insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
            }
            for exchange in exchanges {
                validate_exchange(tx, exchange)?;
                insert_exchange(tx, exchange, (exchange.id.0 > 0).then_some(exchange.id))?;
            }
            for table in ["firms", "flows", "exchanges"] {
                touch(tx, table)?;
            }
            Ok(())
        })
    }

    /// Adds a flow. A flow with id 0 gets a new id from the file; a flow with an id keeps it
    /// (restoring a deleted flow on undo), which fails if the id is taken.
    pub fn insert_flow(&mut self, flow: &Flow) -> Result<FlowId, StoreError> {
        self.edit(|tx| {
            validate_flow(tx, flow)?;
            let id = insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
            touch(tx, "flows")?;
            Ok(id)
        })
    }

    pub fn update_flow(&mut self, flow: &Flow) -> Result<(), StoreError> {
        self.edit(|tx| {
            validate_flow(tx, flow)?;
            if tx.execute("DELETE FROM flows WHERE fid = ?1", [flow.id.0])? == 0 {
                return Err(StoreError::NotFound(format!("flow {}", flow.id)));
            }
            insert_flow(tx, flow, Some(flow.id))?;
            touch(tx, "flows")
        })
    }

    pub fn delete_flow(&mut self, id: FlowId) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])? == 0 {
                return Err(StoreError::NotFound(format!("flow {id}")));
            }
            touch(tx, "flows")
        })
    }

    /// Adds an exchange (id 0: a new id; otherwise that id, as for flows); its line is drawn
    /// from the supplier to the receiver.
    pub fn insert_exchange(&mut self, exchange: &Exchange) -> Result<ExchangeId, StoreError> {
        self.edit(|tx| {
            validate_exchange(tx, exchange)?;
            let id = insert_exchange(tx, exchange, (exchange.id.0 > 0).then_some(exchange.id))?;
            touch(tx, "exchanges")?;
            Ok(id)
        })
    }

    pub fn update_exchange(&mut self, exchange: &Exchange) -> Result<(), StoreError> {
        self.edit(|tx| {
            validate_exchange(tx, exchange)?;
            if tx.execute("DELETE FROM exchanges WHERE fid = ?1", [exchange.id.0])? == 0 {
                return Err(StoreError::NotFound(format!("exchange {}", exchange.id)));
            }
            insert_exchange(tx, exchange, Some(exchange.id))?;
            touch(tx, "exchanges")
        })
    }

    pub fn delete_exchange(&mut self, id: ExchangeId) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM exchanges WHERE fid = ?1", [id.0])? == 0 {
                return Err(StoreError::NotFound(format!("exchange {id}")));
            }
            touch(tx, "exchanges")
        })
    }

    /// Adds a material to the catalogue or replaces the one with the same id.
    pub fn upsert_material(&mut self, material: &Material) -> Result<(), StoreError> {
        if let Some(problem) = material_problem(material) {
            return Err(StoreError::Invalid(problem));
        }
        self.edit(|tx| {
            let in_use: i64 = tx.query_row(
                "SELECT count(*) FROM flows WHERE material = ?1 AND unit != ?2",
                params![material.id.as_str(), material.unit.as_str()],
                |r| r.get(0),
            )?;
            if in_use > 0 {
                return Err(StoreError::Invalid(format!(
                    "{in_use} flows of '{}' are in another unit; change them before the material's unit",
                    material.id
                )));
            }
            tx.execute("DELETE FROM materials WHERE id = ?1", [material.id.as_str()])?;
            insert_material(tx, material)?;
            touch(tx, "materials")?;
            super::qgis::write_default_styles(tx)?;
            Ok(())
        })
    }

    /// Adds a substitution rule or replaces the one for the same pair of materials.
    pub fn upsert_rule(&mut self, rule: &SubstitutionRule) -> Result<(), StoreError> {
        first_problem(validate::rule_problems(rule))?;
        self.edit(|tx| {
            for m in [&rule.supply, &rule.demand] {
                require_material(tx, m)?;
            }
            upsert_rule_row(tx, rule)?;
            touch(tx, "substitution_rules")
        })
    }
}

/// Maps SQLite's answers on open to the error a person can act on.
/// Reads the whole project (see [`ProjectFile::load`]).
fn read_all(conn: &Connection, path: &Path, immutable: bool, limit: Duration) -> Result<ProjectData, StoreError> {
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
fn store_to_open(path: &Path, err: StoreError, limit: Duration) -> OpenError {
    match err {
        StoreError::Sqlite(source) => classify_within(path, source, limit),
        StoreError::Locked => OpenError::Locked(path.to_path_buf()),
        StoreError::TooSlow => OpenError::TooSlow { path: path.to_path_buf(), seconds: limit.as_secs() },
        other => OpenError::Invalid { path: path.to_path_buf(), detail: other.to_string() },
    }
}

/// As [`classify`], naming the read limit when the deadline interrupted the statement.
fn classify_within(path: &Path, err: rusqlite::Error, limit: Duration) -> OpenError {
    if file_checks::is_timeout(&err) {
        return OpenError::TooSlow { path: path.to_path_buf(), seconds: limit.as_secs() };
    }
    classify(path, err)
}

fn classify(path: &Path, err: rusqlite::Error) -> OpenError {
    use rusqlite::ErrorCode::*;
    match err.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => OpenError::Locked(path.to_path_buf()),
        Some(NotADatabase) => OpenError::NotSqlite(path.to_path_buf()),
        Some(DatabaseCorrupt) => OpenError::Corrupt { path: path.to_path_buf(), detail: err.to_string() },
        _ => OpenError::Sqlite { path: path.to_path_buf(), source: err },
    }
}

fn validate_firm(firm: &Firm) -> Result<(), StoreError> {
    if firm.id.as_str().trim().is_empty() {
        return Err(StoreError::Invalid("a firm needs an id".into()));
    }
    if firm.name.trim().is_empty() {
        return Err(StoreError::Invalid(format!("firm '{}' needs a name", firm.id)));
    }
    first_problem(validate::firm_problems(firm))
}

fn firm_location(tx: &Connection, id: &FirmId) -> Result<Option<LatLon>, StoreError> {
    let blob: Option<Option<Vec<u8>>> =
        tx.query_row("SELECT geom FROM firms WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
    let Some(blob) = blob else { return Ok(None) };
    match blob.as_deref().map(gpkg::decode) {
        Some(Ok(Geometry::Point(p))) => Ok(Some(p)),
        _ => Err(StoreError::Invalid(format!("firm '{id}' has no valid point geometry"))),
    }
}

fn require_material(tx: &Connection, id: &MaterialId) -> Result<Unit, StoreError> {
    let unit: Option<String> =
        tx.query_row("SELECT unit FROM materials WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
    let Some(unit) = unit else {
        return Err(StoreError::Invalid(format!("unknown material '{id}'")));
    };
    unit.parse().map_err(StoreError::Invalid)
}

fn require_firm(tx: &Connection, id: &FirmId) -> Result<LatLon, StoreError> {
    firm_location(tx, id)?.ok_or_else(|| StoreError::Invalid(format!("unknown firm '{id}'")))
}

fn validate_flow(tx: &Connection, flow: &Flow) -> Result<(), StoreError> {
    first_problem(validate::flow_problems(flow))?;
    require_firm(tx, &flow.firm)?;
    let unit = require_material(tx, &flow.material)?;
    if unit != flow.unit {
        return Err(StoreError::Invalid(format!("{} is measured in {unit}, not {}", flow.material, flow.unit)));
    }
    if !(flow.quantity.is_finite() && flow.quantity >= 0.0) {
        return Err(StoreError::Invalid(format!("quantity must be zero or more, not {}", flow.quantity)));
    }
    if let (Some(from), Some(to)) = (flow.available_from, flow.available_to)
        && from > to
    {
        return Err(StoreError::Invalid(format!("available from {from} is after available to {to}")));
    }
    Ok(())
}

fn validate_exchange(tx: &Connection, ex: &Exchange) -> Result<(), StoreError> {
    first_problem(validate::exchange_problems(ex))?;
    require_firm(tx, &ex.from)?;
    require_firm(tx, &ex.to)?;
    let unit = require_material(tx, &ex.material)?;
    if unit != ex.unit {
        return Err(StoreError::Invalid(format!("{} is measured in {unit}, not {}", ex.material, ex.unit)));
    }
    if let Some(q) = ex.quantity
        && !(q.is_finite() && q >= 0.0)
    {
        return Err(StoreError::Invalid(format!("quantity must be zero or more, not {q}")));
    }
    if let (Some(start), Some(end)) = (ex.start_year, ex.end_year)
        && start > end
    {
        return Err(StoreError::Invalid(format!("start year {start} is after end year {end}")));
    }
    Ok(())
}

fn material_problem(m: &Material) -> Option<String> {
    if m.id.as_str().trim().is_empty() {
        return Some("a material needs an id".into());
    }
    validate::material_problems(m).into_iter().next()
}

/// The first of `problems` as the error of an edit.
fn first_problem(problems: Vec<String>) -> Result<(), StoreError> {
    match problems.into_iter().next() {
        Some(problem) => Err(StoreError::Invalid(problem)),
        None => Ok(()),
    }
}

/// Records that `table` changed now, with its extent for feature tables.
/// Keeps the firms layer's extent in `gpkg_contents` exact after one firm left `removed` and/or
/// arrived at `added`, without reading every firm: the box only grows, unless the firm that left
/// lay on its edge (then it is computed again from all firms).
fn touch_firms(tx: &Connection, removed: Option<LatLon>, added: Option<LatLon>) -> Result<(), StoreError> {
    let extent: (Option<f64>, Option<f64>, Option<f64>, Option<f64>) =
        tx.query_row("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'firms'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let (Some(mut x0), Some(mut y0), Some(mut x1), Some(mut y1)) = extent else { return touch(tx, "firms") };
    if removed.is_some_and(|p| p.lon == x0 || p.lon == x1 || p.lat == y0 || p.lat == y1) {
        return touch(tx, "firms");
    }
    if let Some(p) = added {
        (x0, y0, x1, y1) = (x0.min(p.lon), y0.min(p.lat), x1.max(p.lon), y1.max(p.lat));
    }
    tx.execute(
        "UPDATE gpkg_contents SET last_change = ?1, min_x = ?2, min_y = ?3, max_x = ?4, max_y = ?5 WHERE table_name = 'firms'",
        params![now_iso(), x0, y0, x1, y1],
    )?;
    Ok(())
}

fn touch(tx: &Connection, table: &str) -> Result<(), StoreError> {
    let now = now_iso();
    if matches!(table, "firms" | "exchanges") {
        // `table` is one of two fixed names, never user input.
        let sql = format!(
            "SELECT MIN(ST_MinX(geom)), MIN(ST_MinY(geom)), MAX(ST_MaxX(geom)), MAX(ST_MaxY(geom)) FROM {table}"
        );
        let extent: (Option<f64>, Option<f64>, Option<f64>, Option<f64>) =
            tx.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        tx.execute(
            "UPDATE gpkg_contents SET last_change = ?2, min_x = ?3, min_y = ?4, max_x = ?5, max_y = ?6 WHERE table_name = ?1",
            params![table, now, extent.0, extent.1, extent.2, extent.3],
        )?;
    } else {
        tx.execute("UPDATE gpkg_contents SET last_change = ?2 WHERE table_name = ?1", params![table, now])?;
    }
    Ok(())
}

fn line_between(tx: &Connection, from: &FirmId, to: &FirmId) -> Result<Option<Vec<u8>>, StoreError> {
    let (Some(a), Some(b)) = (firm_location(tx, from)?, firm_location(tx, to)?) else {
        return Ok(None);
    };
    Ok(Some(gpkg::encode(&Geometry::LineString(vec![a, b]), SRS_WGS84)))
}

/// Brings geometries back in step after another program (QGIS, GDAL) edited the file in place:
/// firm points another tool stored in its own blob format (SpatiaLite, bare WKB, as
/// `ogrinfo -sql "UPDATE ..."` can) are rewritten as GeoPackage blobs, and each exchange line
/// runs again from its from-firm to its to-firm (the firms layer is the truth). One
/// transaction, and none at all when everything is in step. Returns the lines redrawn.
fn redraw_stale_exchanges(tx: &Transaction) -> Result<usize, StoreError> {
    let conn: &Connection = tx;
    let mut positions = HashMap::new();
    let mut foreign_points = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT fid, id, geom FROM firms")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let blob: Option<Vec<u8>> = r.get(2)?;
            if let Some(blob) = blob
                && let Ok(Geometry::Point(p)) = gpkg::decode(&blob)
            {
                if !gpkg::is_geopackage_blob(&blob) {
                    foreign_points.push((r.get::<_, i64>(0)?, gpkg::encode(&Geometry::Point(p), SRS_WGS84)));
                }
                positions.insert(r.get::<_, String>(1)?, p);
            }
        }
    }
    let mut stale = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT fid, from_firm_id, to_firm_id, geom FROM exchanges")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (Some(a), Some(b)) = (positions.get(&r.get::<_, String>(1)?), positions.get(&r.get::<_, String>(2)?))
            else {
                continue; // a missing firm is reported by `load`, not papered over here
            };
            let line = Geometry::LineString(vec![*a, *b]);
            let blob: Option<Vec<u8>> = r.get(3)?;
            let in_step =
                blob.as_deref().is_some_and(|b| gpkg::is_geopackage_blob(b) && gpkg::decode(b).as_ref() == Ok(&line));
            if !in_step {
                stale.push((r.get::<_, i64>(0)?, gpkg::encode(&line, SRS_WGS84)));
            }
        }
    }
    if stale.is_empty() && foreign_points.is_empty() {
        return Ok(0);
    }
    for (fid, geom) in &foreign_points {
        tx.execute("UPDATE firms SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    if !foreign_points.is_empty() {
        touch(tx, "firms")?;
    }
    for (fid, geom) in &stale {
        tx.execute("UPDATE exchanges SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    if !stale.is_empty() {
        touch(tx, "exchanges")?;
    }
    Ok(stale.len())
}

fn redraw_exchanges_of(tx: &Connection, firm: &FirmId) -> Result<(), StoreError> {
    let mut stmt =
        tx.prepare("SELECT fid, from_firm_id, to_firm_id FROM exchanges WHERE from_firm_id = ?1 OR to_firm_id = ?1")?;
    let rows: Vec<(i64, String, String)> =
        stmt.query_map([firm.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    if rows.is_empty() {
        return Ok(());
    }
    for (fid, from, to) in rows {
        let geom = line_between(tx, &FirmId(from), &FirmId(to))?;
        tx.execute("UPDATE exchanges SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    touch(tx, "exchanges")
}

fn update_firm_row(tx: &Connection, firm: &Firm) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE firms SET geom = ?2, name = ?3, nace = ?4, employees = ?5, address = ?6, notes = ?7, source = ?8,
         country = ?9, ets = ?10, port = ?11 WHERE id = ?1",
    )?
    .execute(params![
        firm.id.as_str(),
        gpkg::encode(&Geometry::Point(firm.location), SRS_WGS84),
        firm.name,
        firm.nace,
        firm.employees,
        firm.address,
        firm.notes,
        firm.source,
        firm.country,
        firm.ets,
        firm.port
    ])?;
    Ok(())
}

fn insert_firm(tx: &Connection, firm: &Firm) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO firms (geom, id, name, nace, employees, address, notes, source, country, ets, port)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        gpkg::encode(&Geometry::Point(firm.location), SRS_WGS84),
        firm.id.as_str(),
        firm.name,
        firm.nace,
        firm.employees,
        firm.address,
        firm.notes,
        firm.source,
        firm.country,
        firm.ets,
        firm.port
    ])?;
    Ok(())
}

fn insert_flow(tx: &Connection, flow: &Flow, id: Option<FlowId>) -> Result<FlowId, StoreError> {
    tx.prepare_cached(
        "INSERT INTO flows (fid, firm_id, direction, material, quantity, unit, ewc, quality, available_from,
         available_to, price_per_unit, disposal_cost_per_unit, accepts_hazardous, confidential, source, role)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        id.map(|i| i.0),
        flow.firm.as_str(),
        flow.direction.as_str(),
        flow.material.as_str(),
        flow.quantity,
        flow.unit.as_str(),
        flow.ewc,
        flow.quality,
        flow.available_from,
        flow.available_to,
        flow.price_per_unit,
        flow.disposal_cost_per_unit,
        flow.accepts_hazardous,
        flow.confidential,
        flow.source,
        flow.role.as_str()
    ])?;
    Ok(FlowId(tx.last_insert_rowid()))
}

fn insert_exchange(tx: &Connection, ex: &Exchange, id: Option<ExchangeId>) -> Result<ExchangeId, StoreError> {
    let geom = line_between(tx, &ex.from, &ex.to)?;
    tx.prepare_cached(
        "INSERT INTO exchanges (fid, geom, from_firm_id, to_firm_id, material, quantity, unit, status, start_year,
         end_year, transport, notes, source, counterfactual_km)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        id.map(|i| i.0),
        geom,
        ex.from.as_str(),
        ex.to.as_str(),
        ex.material.as_str(),
        ex.quantity,
        ex.unit.as_str(),
        ex.status.as_str(),
        ex.start_year,
        ex.end_year,
        ex.transport.map(TransportMode::as_str),
        ex.notes,
        ex.source,
        ex.counterfactual_km
    ])?;
    Ok(ExchangeId(tx.last_insert_rowid()))
}

fn insert_material(tx: &Connection, m: &Material) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO materials (id, name, kind, unit, ewc_codes, max_distance_km, max_distance_source, transport,
         ef_virgin, ef_virgin_source, ef_disposal, ef_disposal_source, virgin_price, virgin_price_source,
         disposal_cost, disposal_cost_source, builtin, density_t_per_m3, density_source, energy_mwh_per_t,
         energy_source, disposal_route, other_modes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
    )?
    .execute(params![
        m.id.as_str(),
        m.name,
        m.kind.as_str(),
        m.unit.as_str(),
        m.ewc_codes.join(" "),
        m.max_distance_km.value,
        m.max_distance_km.source,
        m.transport.as_str(),
        m.ef_virgin.value,
        m.ef_virgin.source,
        m.ef_disposal.value,
        m.ef_disposal.source,
        m.virgin_price.value,
        m.virgin_price.source,
        m.disposal_cost.value,
        m.disposal_cost.source,
        m.builtin,
        m.density_t_per_m3.as_ref().map(|d| d.value),
        m.density_t_per_m3.as_ref().map(|d| d.source.as_str()),
        m.energy_mwh_per_t.as_ref().map(|e| e.value),
        m.energy_mwh_per_t.as_ref().map(|e| e.source.as_str()),
        m.disposal_route.as_str(),
        modes_text(&m.other_modes),
    ])?;
    Ok(())
}

/// Transport modes as stored: space-separated names.
fn modes_text(modes: &[TransportMode]) -> String {
    modes.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(" ")
}

fn write_meta(tx: &Connection, meta: &ProjectMeta) -> Result<(), StoreError> {
    let rows = [
        ("name", meta.name.clone()),
        ("region", meta.region.clone()),
        ("description", meta.description.clone()),
        ("currency", meta.currency.clone()),
        ("price_year", meta.price_year.to_string()),
        ("evaluation_year", meta.evaluation_year.map_or(String::new(), |y| y.to_string())),
        ("view_lat", meta.view.lat.to_string()),
        ("view_lon", meta.view.lon.to_string()),
        ("view_zoom", meta.view.zoom.to_string()),
    ];
    for (key, value) in rows {
        tx.execute(
            "INSERT INTO se_project (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    tx.execute("DELETE FROM se_project WHERE key LIKE 'tour\\_%' ESCAPE '\\'", [])?;
    for (i, step) in meta.tour.iter().enumerate() {
        tx.execute("INSERT INTO se_project (key, value) VALUES (?1, ?2)", params![format!("tour_{}", i + 1), step])?;
    }
    Ok(())
}

/// Writes a whole project into freshly migrated tables.
fn write_project(tx: &Transaction, data: &ProjectData) -> Result<(), StoreError> {
    write_meta(tx, &data.meta)?;
    for (key, value, source) in data.params.to_rows() {
        tx.execute("INSERT INTO se_parameters (key, value, source) VALUES (?1, ?2, ?3)", params![key, value, source])?;
    }
    for m in &data.materials {
        insert_material(tx, m)?;
    }
    for rule in &data.rules {
        // A plain INSERT, not `upsert_rule_row`: a rule given twice is an error, not merged.
        tx.execute(
            "INSERT INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                rule.supply.as_str(),
                rule.demand.as_str(),
                rule.ratio,
                rule.source,
                rule.use_ef,
                rule.use_ef_source
            ],
        )?;
    }
    for firm in &data.firms {
        insert_firm(tx, firm)?;
    }
    for flow in &data.flows {
        insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
    }
    for ex in &data.exchanges {
        insert_exchange(tx, ex, (ex.id.0 > 0).then_some(ex.id))?;
    }
    for table in ["firms", "exchanges", "flows", "materials", "substitution_rules"] {
        touch(tx, table)?;
    }
    // Again now that the materials and quantities are known (the migration wrote them empty).
    super::qgis::write_default_styles(tx)?;
    Ok(())
}

/// A read error of one row as a message naming the row and the column: "flow 12: column
/// 'quantity' holds text where the app expects a number".
fn name_row(what: String, err: StoreError) -> StoreError {
    use rusqlite::types::Type;
    let kind = |t: &Type| match t {
        Type::Null => "nothing (NULL)",
        Type::Integer => "an integer",
        Type::Real => "a number",
        Type::Text => "text",
        Type::Blob => "binary data",
    };
    match err {
        StoreError::Sqlite(rusqlite::Error::InvalidColumnType(_, column, found)) => StoreError::Invalid(format!(
            "{what}: column '{column}' holds {} where the app expects another type (a number, a text or a flag)",
            kind(&found)
        )),
        StoreError::Sqlite(rusqlite::Error::IntegralValueOutOfRange(i, v)) => {
            StoreError::Invalid(format!("{what}: the value {v} in column {} is out of range", i + 1))
        }
        StoreError::Sqlite(rusqlite::Error::FromSqlConversionFailure(i, found, e)) => {
            StoreError::Invalid(format!("{what}: column {} holds {} the app cannot read ({e})", i + 1, kind(&found)))
        }
        StoreError::Invalid(message) if !message.starts_with(&what) => {
            StoreError::Invalid(format!("{what}: {message}"))
        }
        other => other,
    }
}

/// A stored text that must parse into a typed value; names the row when it does not.
fn parse_field<T: std::str::FromStr<Err = String>>(text: &str, what: impl FnOnce() -> String) -> Result<T, StoreError> {
    text.parse().map_err(|e| StoreError::Invalid(format!("{}: {e}", what())))
}

fn opt_text(v: Option<String>) -> String {
    v.unwrap_or_default()
}

/// Reads the flows with `from < fid <= to`, in id order.
fn load_flows(conn: &Connection, from: i64, to: i64) -> Result<Vec<Flow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT fid, firm_id, direction, material, quantity, unit, ewc, quality, available_from, available_to,
         price_per_unit, disposal_cost_per_unit, accepts_hazardous, confidential, source, role FROM flows
         WHERE fid > ?1 AND fid <= ?2 ORDER BY fid",
    )?;
    let mut rows = stmt.query([from, to])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let what = || format!("flow {id}");
        let read = || -> Result<Flow, StoreError> {
            Ok(Flow {
                id: FlowId(id),
                firm: FirmId(r.get(1)?),
                direction: parse_field(&r.get::<_, String>(2)?, what)?,
                role: parse_field(&r.get::<_, String>(15)?, what)?,
                material: MaterialId(r.get(3)?),
                quantity: r.get(4)?,
                unit: parse_field(&r.get::<_, String>(5)?, what)?,
                ewc: r.get::<_, Option<String>>(6)?.filter(|s| !s.is_empty()),
                quality: opt_text(r.get(7)?),
                available_from: r.get(8)?,
                available_to: r.get(9)?,
                price_per_unit: r.get(10)?,
                disposal_cost_per_unit: r.get(11)?,
                accepts_hazardous: r.get(12)?,
                confidential: r.get(13)?,
                source: opt_text(r.get(14)?),
            })
        };
        out.push(read().map_err(|e| name_row(what(), e))?);
    }
    Ok(out)
}

/// The columns [`material_from_row`] reads, in its order.
const MATERIAL_COLUMNS: &str = "id, name, kind, unit, ewc_codes, max_distance_km, max_distance_source, transport, \
     ef_virgin, ef_virgin_source, ef_disposal, ef_disposal_source, virgin_price, virgin_price_source, disposal_cost, \
     disposal_cost_source, builtin, density_t_per_m3, density_source, energy_mwh_per_t, energy_source, disposal_route, other_modes";

fn material_from_row(r: &rusqlite::Row) -> Result<Material, StoreError> {
    let id: String = r.get(0)?;
    let what = || format!("material '{id}'");
    let sourced = |v: usize, s: usize| -> rusqlite::Result<Sourced<f64>> {
        Ok(Sourced::new(r.get::<_, f64>(v)?, opt_text(r.get(s)?)))
    };
    let optional = |v: usize, s: usize| -> rusqlite::Result<Option<Sourced<f64>>> {
        Ok(r.get::<_, Option<f64>>(v)?.map(|value| Sourced::new(value, opt_text(r.get(s).ok().flatten()))))
    };
    Ok(Material {
        id: MaterialId(id.clone()),
        name: r.get(1)?,
        kind: parse_field(&r.get::<_, String>(2)?, what)?,
        unit: parse_field(&r.get::<_, String>(3)?, what)?,
        ewc_codes: opt_text(r.get(4)?).split_whitespace().map(str::to_string).collect(),
        max_distance_km: sourced(5, 6)?,
        transport: parse_field(&r.get::<_, String>(7)?, what)?,
        ef_virgin: sourced(8, 9)?,
        ef_disposal: sourced(10, 11)?,
        disposal_route: parse_field(&r.get::<_, String>(21)?, what)?,
        other_modes: opt_text(r.get(22)?)
            .split_whitespace()
            .map(|m| parse_field(m, || format!("material '{id}'")))
            .collect::<Result<Vec<TransportMode>, _>>()?,
        virgin_price: sourced(12, 13)?,
        disposal_cost: sourced(14, 15)?,
        builtin: r.get(16)?,
        density_t_per_m3: optional(17, 18)?,
        energy_mwh_per_t: optional(19, 20)?,
    })
}

/// The columns [`firm_from_row`] reads, in its order.
const FIRM_COLUMNS: &str = "geom, id, name, nace, employees, address, notes, source, country, ets, port";

fn firm_from_row(r: &rusqlite::Row) -> Result<Firm, StoreError> {
    let id: String = r.get(1)?;
    let blob: Option<Vec<u8>> = r.get(0)?;
    let location = match blob.as_deref().map(gpkg::decode) {
        Some(Ok(Geometry::Point(p))) => p,
        Some(Ok(_)) => return Err(StoreError::Invalid(format!("firm '{id}': its geometry is not a point"))),
        Some(Err(e)) => return Err(StoreError::Invalid(format!("firm '{id}': {e}"))),
        None => return Err(StoreError::Invalid(format!("firm '{id}' has no position"))),
    };
    Ok(Firm {
        id: FirmId(id),
        name: opt_text(r.get(2)?),
        location,
        nace: opt_text(r.get(3)?),
        employees: r.get::<_, Option<i64>>(4)?.and_then(|n| u32::try_from(n).ok()),
        address: opt_text(r.get(5)?),
        notes: opt_text(r.get(6)?),
        source: opt_text(r.get(7)?),
        country: opt_text(r.get(8)?),
        ets: r.get(9)?,
        port: opt_text(r.get(10)?),
    })
}

fn upsert_rule_row(tx: &Connection, rule: &SubstitutionRule) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (supply_material, demand_material) DO UPDATE SET ratio = excluded.ratio, source = excluded.source,
         use_ef = excluded.use_ef, use_ef_source = excluded.use_ef_source",
        params![rule.supply.as_str(), rule.demand.as_str(), rule.ratio, rule.source, rule.use_ef, rule.use_ef_source],
    )?;
    Ok(())
}

fn read_rule(
    tx: &Connection,
    supply: &MaterialId,
    demand: &MaterialId,
) -> Result<Option<SubstitutionRule>, StoreError> {
    Ok(tx
        .query_row(
            "SELECT ratio, source, use_ef, use_ef_source FROM substitution_rules
             WHERE supply_material = ?1 AND demand_material = ?2",
            params![supply.as_str(), demand.as_str()],
            |r| {
                Ok(SubstitutionRule {
                    supply: supply.clone(),
                    demand: demand.clone(),
                    ratio: r.get(0)?,
                    source: opt_text(r.get(1)?),
                    use_ef: r.get(2)?,
                    use_ef_source: opt_text(r.get(3)?),
                })
            },
        )
        .optional()?)
}

fn read_firm(tx: &Connection, id: &FirmId) -> Result<Option<Firm>, StoreError> {
    let mut stmt = tx.prepare_cached(&format!("SELECT {FIRM_COLUMNS} FROM firms WHERE id = ?1"))?;
    let mut rows = stmt.query([id.as_str()])?;
    rows.next()?.map(firm_from_row).transpose()
}

fn read_material(tx: &Connection, id: &MaterialId) -> Result<Option<Material>, StoreError> {
    let mut stmt = tx.prepare_cached(&format!("SELECT {MATERIAL_COLUMNS} FROM materials WHERE id = ?1"))?;
    let mut rows = stmt.query([id.as_str()])?;
    rows.next()?.map(material_from_row).transpose()
}

fn load_project(conn: &Connection) -> Result<ProjectData, StoreError> {
    let mut data = load_project_without_flows(conn)?;
    data.flows = load_flows(conn, i64::MIN, i64::MAX)?;
    Ok(data)
}

fn load_project_without_flows(conn: &Connection) -> Result<ProjectData, StoreError> {
    let mut meta = ProjectMeta::default();
    let mut tour: Vec<(usize, String)> = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT key, value FROM se_project")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (key, value) = row?;
            match key.as_str() {
                "name" => meta.name = value,
                "region" => meta.region = value,
                "description" => meta.description = value,
                "currency" => meta.currency = value,
                "price_year" => meta.price_year = value.parse().unwrap_or(meta.price_year),
                "evaluation_year" => meta.evaluation_year = value.parse().ok(),
                "view_lat" => meta.view.lat = value.parse().unwrap_or(meta.view.lat),
                "view_lon" => meta.view.lon = value.parse().unwrap_or(meta.view.lon),
                "view_zoom" => meta.view.zoom = value.parse().unwrap_or(meta.view.zoom),
                other => {
                    if let Some(n) = other.strip_prefix("tour_").and_then(|n| n.parse::<usize>().ok()) {
                        tour.push((n, value));
                    }
                }
            }
        }
    }

    tour.sort();
    meta.tour = tour.into_iter().map(|(_, step)| step).collect();

    let mut params = EvaluationParams::default();
    {
        let mut stmt = conn.prepare("SELECT key, value, source FROM se_parameters")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key: String = r.get(0)?;
            let read = || -> Result<(f64, String), StoreError> { Ok((r.get(1)?, opt_text(r.get(2)?))) };
            let (value, source) = read().map_err(|e| name_row(format!("parameter {key}"), e))?;
            // Keys this version does not know are kept in the file but not used.
            let _ = params.set(&key, value, &source);
        }
    }

    let materials = {
        let mut stmt = conn.prepare(&format!("SELECT {MATERIAL_COLUMNS} FROM materials ORDER BY fid"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get::<_, Option<String>>(0)?.unwrap_or_default();
            out.push(material_from_row(r).map_err(|e| name_row(format!("material '{id}'"), e))?);
        }
        out
    };

    let rules = {
        let mut stmt = conn
            .prepare("SELECT supply_material, demand_material, ratio, source, use_ef, use_ef_source FROM substitution_rules ORDER BY fid")?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let read = || -> Result<SubstitutionRule, StoreError> {
                Ok(SubstitutionRule {
                    supply: MaterialId(r.get(0)?),
                    demand: MaterialId(r.get(1)?),
                    ratio: r.get(2)?,
                    source: opt_text(r.get(3)?),
                    use_ef: r.get(4)?,
                    use_ef_source: opt_text(r.get(5)?),
                })
            };
            let name = || {
                let text = |i| r.get::<_, Option<String>>(i).ok().flatten().unwrap_or_default();
                format!("rule {} -> {}", text(0), text(1))
            };
            out.push(read().map_err(|e| name_row(name(), e))?);
        }
        out
    };

    let firms = {
        let mut stmt = conn.prepare(&format!("SELECT {FIRM_COLUMNS} FROM firms ORDER BY fid"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get::<_, Option<String>>(1)?.unwrap_or_default();
            out.push(firm_from_row(r).map_err(|e| name_row(format!("firm '{id}'"), e))?);
        }
        out
    };

    let exchanges = {
        let mut stmt = conn.prepare(
            "SELECT fid, from_firm_id, to_firm_id, material, quantity, unit, status, start_year, end_year, transport,
             notes, source, counterfactual_km FROM exchanges ORDER BY fid",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let what = || format!("exchange {id}");
            let read = || -> Result<Exchange, StoreError> {
                let transport: Option<String> = r.get(9)?;
                Ok(Exchange {
                    id: ExchangeId(id),
                    from: FirmId(r.get(1)?),
                    to: FirmId(r.get(2)?),
                    material: MaterialId(r.get(3)?),
                    quantity: r.get(4)?,
                    unit: parse_field(&r.get::<_, String>(5)?, what)?,
                    status: parse_field(&r.get::<_, String>(6)?, what)?,
                    start_year: r.get(7)?,
                    end_year: r.get(8)?,
                    transport: match transport.filter(|t| !t.is_empty()) {
                        Some(t) => Some(parse_field(&t, what)?),
                        None => None,
                    },
                    notes: opt_text(r.get(10)?),
                    source: opt_text(r.get(11)?),
                    counterfactual_km: r.get(12)?,
                })
            };
            out.push(read().map_err(|e| name_row(what(), e))?);
        }
        out
    };

    Ok(ProjectData { meta, params, materials, rules, firms, flows: Vec::new(), exchanges })
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
