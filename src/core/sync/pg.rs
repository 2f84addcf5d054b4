//! The team store: a project as one schema in a PostgreSQL database with PostGIS.
//!
//! The server holds the same tables as the project file, with the same columns (firms POINT and
//! exchanges LINESTRING in EPSG:4326), so QGIS opens them straight from the server, styled by
//! `public.layer_styles` as QGIS keeps it. Rows travel through a project file: publishing writes
//! the project to a fresh file and copies its rows; reading copies the server's rows into a fresh
//! file and opens it with every check a mailed file gets (the server is shared, so its data is
//! not trusted either). Every statement is parameterised; schema names are checked and quoted.
//!
//! Check-in ([`checkin`]) merges three ways ([`super::merge`]) inside one server transaction that
//! holds the project's tables locked: nothing is written unless everything is, and a check-in
//! that is refused, fails or is killed leaves the server as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::config::Host;
use postgres::types::{ToSql, Type};
use postgres::{Client, Config};
use rusqlite::types::Value as SqlValue;

use super::sync_state::{self, SyncHeader, SyncState};
use super::{Conflict, Key, Records, Sides, Table};
use crate::core::gpkg::{self, Geometry};
use crate::core::model::*;
use crate::core::store::{OpenMode, ProjectFile, SCHEMA_VERSION};

/// How long connecting may take before it is given up.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("server {server}: could not connect: {detail}")]
    Connect { server: String, detail: String },
    #[error("read-only: {0}")]
    ReadOnly(String),
    #[error("{0}")]
    Refused(String),
    #[error("server {server}: {detail}")]
    Server { server: String, detail: String },
    #[error("{0}")]
    Local(String),
    #[error(transparent)]
    Open(crate::core::error::OpenError),
    #[error(transparent)]
    Store(crate::core::error::StoreError),
    /// The same fields were changed on both sides and no side was chosen.
    #[error("{} conflict(s); nothing was changed on the server or in the copy; choose a side with --prefer local|server", .0.len())]
    Conflicts(Vec<Conflict>),
}

impl From<super::sync_state::SyncStateError> for TeamError {
    fn from(e: super::sync_state::SyncStateError) -> Self {
        TeamError::Local(e.to_string())
    }
}

impl From<crate::core::error::StoreError> for TeamError {
    fn from(e: crate::core::error::StoreError) -> Self {
        TeamError::Store(e)
    }
}

impl From<crate::core::error::OpenError> for TeamError {
    fn from(e: crate::core::error::OpenError) -> Self {
        TeamError::Open(e)
    }
}

impl From<rusqlite::Error> for TeamError {
    fn from(e: rusqlite::Error) -> Self {
        TeamError::Local(format!("temporary project file: {e}"))
    }
}

/// A connection string with any password taken out (`postgres://user:secret@host/db` gives
/// `postgres://user@host/db`; `password=...` pairs and parameters are dropped).
pub fn redact(url: &str) -> String {
    if let Some(rest) = url.strip_prefix("postgresql://").or_else(|| url.strip_prefix("postgres://")) {
        let scheme = &url[..url.len() - rest.len()];
        let (authority, tail) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let authority = match authority.rfind('@') {
            Some(at) => {
                let user = authority[..at].split(':').next().unwrap_or("");
                format!("{user}@{}", &authority[at + 1..])
            }
            None => authority.to_string(),
        };
        let tail = match tail.split_once('?') {
            Some((path, query)) => {
                let kept: Vec<&str> =
                    query.split('&').filter(|p| !p.to_ascii_lowercase().starts_with("password=")).collect();
                if kept.is_empty() { path.to_string() } else { format!("{path}?{}", kept.join("&")) }
            }
            None => tail.to_string(),
        };
        return format!("{scheme}{authority}{tail}");
    }
    // key=value form; a value may be quoted.
    let mut out = Vec::new();
    let mut chars = url.trim().chars().peekable();
    while chars.peek().is_some() {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut pair = String::new();
        let mut quoted = false;
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() && !quoted {
                break;
            }
            if c == '\'' {
                quoted = !quoted;
            }
            if c == '\\' {
                pair.push(c);
                chars.next();
            }
            if let Some(c) = chars.next() {
                pair.push(c);
            }
        }
        let key = pair.split('=').next().unwrap_or("").trim().to_ascii_lowercase();
        if !pair.is_empty() && key != "password" {
            out.push(pair);
        }
    }
    out.join(" ")
}

/// The password for this connection from a `.pgpass` file (`PGPASSFILE`, else `~/.pgpass`),
/// read as libpq does: `host:port:database:user:password`, `*` matching anything, `\:` an
/// escaped colon; a file others may read is ignored, as libpq ignores it.
fn pgpass(host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host)
            && matches(&fields[1], &port)
            && matches(&fields[2], db)
            && matches(&fields[3], user)
        {
            return Some(fields[4].clone());
        }
    }
    None
}

/// A connection to the team's server.
pub struct Server {
    client: Client,
    /// The connection string as shown and stored: never a password.
    pub url: String,
    pub user: String,
}

fn db_detail(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut text = db.message().to_string();
            if let Some(detail) = db.detail() {
                text.push_str(&format!(" ({detail})"));
            }
            text
        }
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            text
        }
    }
}

fn is_permission(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

/// Connects with a connection string (URL or `key=value` pairs); what it leaves out comes from
/// the `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD` and `PGDATABASE` variables, the password
/// otherwise from `~/.pgpass`. Gives up after [`CONNECT_TIMEOUT`].
pub fn connect(url: &str) -> Result<Server, TeamError> {
    let shown = redact(url);
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let tls = super::tls::options(url, env).map_err(|detail| TeamError::Connect { server: shown.clone(), detail })?;
    let mut config: Config = tls.rest.parse().map_err(|e: postgres::Error| TeamError::Connect {
        server: shown.clone(),
        detail: format!("not a connection string ({})", db_detail(&e)),
    })?;
    if config.get_hosts().is_empty() {
        config.host(&env("PGHOST").unwrap_or_else(|| "localhost".into()));
    }
    if config.get_ports().is_empty()
        && let Some(port) = env("PGPORT").and_then(|p| p.parse::<u16>().ok())
    {
        config.port(port);
    }
    if config.get_user().is_none() {
        config.user(&env("PGUSER").or_else(|| env("USER")).unwrap_or_else(|| "postgres".into()));
    }
    let user = config.get_user().unwrap_or("postgres").to_string();
    if config.get_dbname().is_none() {
        config.dbname(&env("PGDATABASE").unwrap_or_else(|| user.clone()));
    }
    if config.get_password().is_none() {
        let host = match config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let db = config.get_dbname().unwrap_or("").to_string();
        if let Some(password) = env("PGPASSWORD").or_else(|| pgpass(&host, port, &db, &user)) {
            config.password(password);
        }
    }
    config.connect_timeout(CONNECT_TIMEOUT);
    config.application_name("symbiosis-explorer");
    let connector =
        super::tls::connector(&tls).map_err(|detail| TeamError::Connect { server: shown.clone(), detail })?;
    let client = config.connect(connector).map_err(|e| {
        let mut detail = db_detail(&e);
        if tls.verify != super::tls::Verify::Nothing && detail.to_ascii_lowercase().contains("certificate") {
            detail.push_str(
                "; the server's certificate is not trusted: give its authority in sslrootcert=FILE or PGSSLROOTCERT",
            );
        }
        let asked =
            e.code() == Some(&postgres::error::SqlState::INVALID_PASSWORD) || detail.contains("password missing");
        if asked {
            detail.push_str(
                "; give the password in PGPASSWORD or ~/.pgpass (host:port:database:user:password, mode 0600): \
                 a copy never stores it",
            );
        }
        TeamError::Connect { server: shown.clone(), detail }
    })?;
    Ok(Server { client, url: shown, user })
}

/// Checks a schema name: lower-case letters, digits and `_`, starting with a letter or `_`, at
/// most 63 characters, and not one of PostgreSQL's own.
pub fn check_schema(name: &str) -> Result<(), TeamError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.starts_with("pg_")
        && !["public", "information_schema", "topology", "tiger"].contains(&name);
    if ok {
        Ok(())
    } else {
        Err(TeamError::Refused(format!(
            "'{name}' cannot be a project's schema: use lower-case letters, digits and _ (at most 63, not starting with a digit or pg_, not public)"
        )))
    }
}

/// A schema name from a file name: `Kalundborg 2024.gpkg` gives `kalundborg_2024`.
pub fn schema_from_file(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_lowercase()).unwrap_or_default();
    let mut name: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) || name.starts_with("pg_") {
        name.insert_str(0, "p_");
    }
    name.truncate(63);
    name
}

/// The tables a server project holds, in the order they are written.
const TABLES: &[&str] = &[
    "se_metadata",
    "se_project",
    "se_parameters",
    "materials",
    "substitution_rules",
    "firms",
    "flows",
    "exchanges",
    "stages",
    "outcomes",
    "workshops",
    "contacts",
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Int,
    Real,
    Bool,
    Text,
    Point,
    Line,
}

#[derive(Clone, Debug)]
struct Column {
    name: String,
    kind: Kind,
}

impl Column {
    fn pg_type(&self) -> &'static str {
        match self.kind {
            Kind::Int => "bigint",
            Kind::Real => "double precision",
            Kind::Bool => "boolean",
            Kind::Text => "text",
            Kind::Point => "geometry(Point, 4326)",
            Kind::Line => "geometry(LineString, 4326)",
        }
    }

    /// The type it travels in through COPY (geometries as WKB).
    fn wire(&self) -> Type {
        match self.kind {
            Kind::Int => Type::INT8,
            Kind::Real => Type::FLOAT8,
            Kind::Bool => Type::BOOL,
            Kind::Text => Type::TEXT,
            Kind::Point | Kind::Line => Type::BYTEA,
        }
    }

    fn quoted(&self) -> String {
        format!("\"{}\"", self.name.replace('"', "\"\""))
    }

    /// The column in a SELECT from the server (geometries as WKB).
    fn select(&self) -> String {
        match self.kind {
            Kind::Point | Kind::Line => format!("ST_AsBinary({})", self.quoted()),
            _ => self.quoted(),
        }
    }
}

/// The columns of `table` in a project file of this version.
fn columns(conn: &rusqlite::Connection, table: &str) -> Result<Vec<Column>, TeamError> {
    let mut stmt = conn.prepare("SELECT name, upper(type) FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = stmt.query_map([table], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (name, decl) = row?;
        let kind = match decl.as_str() {
            "POINT" => Kind::Point,
            "LINESTRING" => Kind::Line,
            "INTEGER" | "TINYINT" => Kind::Int,
            "REAL" | "DOUBLE" | "FLOAT" => Kind::Real,
            "BOOLEAN" => Kind::Bool,
            _ => Kind::Text,
        };
        out.push(Column { name, kind });
    }
    Ok(out)
}

/// Well-known binary of a point or line (what PostGIS reads).
fn wkb(geometry: &Geometry) -> Vec<u8> {
    let mut out = vec![1u8];
    let point = |out: &mut Vec<u8>, p: &LatLon| {
        out.extend_from_slice(&p.lon.to_le_bytes());
        out.extend_from_slice(&p.lat.to_le_bytes());
    };
    match geometry {
        Geometry::Point(p) => {
            out.extend_from_slice(&1u32.to_le_bytes());
            point(&mut out, p);
        }
        Geometry::LineString(points) => {
            out.extend_from_slice(&2u32.to_le_bytes());
            out.extend_from_slice(&(points.len() as u32).to_le_bytes());
            for p in points {
                point(&mut out, p);
            }
        }
    }
    out
}

type Cell = Box<dyn ToSql + Sync>;

/// A project-file value as the server column wants it.
fn to_cell(value: SqlValue, column: &Column, table: &str) -> Result<Cell, TeamError> {
    let bad = |what: &str| TeamError::Local(format!("{table}.{}: {what}", column.name));
    Ok(match (column.kind, value) {
        (Kind::Int, SqlValue::Null) => Box::new(None::<i64>),
        (Kind::Real, SqlValue::Null) => Box::new(None::<f64>),
        (Kind::Bool, SqlValue::Null) => Box::new(None::<bool>),
        (Kind::Text, SqlValue::Null) => Box::new(None::<String>),
        (Kind::Point | Kind::Line, SqlValue::Null) => Box::new(None::<Vec<u8>>),
        (Kind::Int, SqlValue::Integer(i)) => Box::new(Some(i)),
        (Kind::Int, SqlValue::Real(r)) => Box::new(Some(r as i64)),
        (Kind::Real, SqlValue::Real(r)) => Box::new(Some(r)),
        (Kind::Real, SqlValue::Integer(i)) => Box::new(Some(i as f64)),
        (Kind::Bool, SqlValue::Integer(i)) => Box::new(Some(i != 0)),
        (Kind::Text, SqlValue::Text(t)) => Box::new(Some(t)),
        (Kind::Text, SqlValue::Integer(i)) => Box::new(Some(i.to_string())),
        (Kind::Text, SqlValue::Real(r)) => Box::new(Some(r.to_string())),
        (Kind::Point | Kind::Line, SqlValue::Blob(b)) => {
            let g = gpkg::decode(&b).map_err(|e| bad(&e.to_string()))?;
            Box::new(Some(wkb(&g)))
        }
        (_, other) => return Err(bad(&format!("unexpected value {other:?}"))),
    })
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Copies rows into `schema.table` through a staging table and COPY (geometries as WKB).
fn copy_rows(
    tx: &mut postgres::Transaction,
    schema: &str,
    table: &str,
    cols: &[Column],
    rows: Vec<Vec<Cell>>,
) -> Result<(), postgres::Error> {
    if rows.is_empty() {
        return Ok(());
    }
    let staging = format!("se_staging_{table}");
    let defs: Vec<String> = cols
        .iter()
        .map(|c| {
            format!("{} {}", c.quoted(), if matches!(c.kind, Kind::Point | Kind::Line) { "bytea" } else { c.pg_type() })
        })
        .collect();
    tx.batch_execute(&format!("CREATE TEMP TABLE {staging} ({}) ON COMMIT DROP", defs.join(", ")))?;
    let names: Vec<String> = cols.iter().map(Column::quoted).collect();
    let types: Vec<Type> = cols.iter().map(Column::wire).collect();
    {
        let sink = tx.copy_in(&format!("COPY {staging} ({}) FROM STDIN BINARY", names.join(", ")))?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        for row in &rows {
            let refs: Vec<&(dyn ToSql + Sync)> = row.iter().map(|c| c.as_ref()).collect();
            writer.write(&refs)?;
        }
        writer.finish()?;
    }
    let values: Vec<String> = cols
        .iter()
        .map(|c| match c.kind {
            Kind::Point | Kind::Line => format!("ST_SetSRID(ST_GeomFromWKB({}), 4326)", c.quoted()),
            _ => c.quoted(),
        })
        .collect();
    tx.batch_execute(&format!(
        "INSERT INTO {}.{} ({}) SELECT {} FROM {staging}; DROP TABLE {staging}",
        quote(schema),
        quote(table),
        names.join(", "),
        values.join(", ")
    ))?;
    Ok(())
}

/// Rows of a project-file table as server cells (`filter`: an SQL condition of the file).
fn file_rows(
    conn: &rusqlite::Connection,
    table: &str,
    cols: &[Column],
    filter: &str,
) -> Result<Vec<Vec<Cell>>, TeamError> {
    let names: Vec<String> = cols.iter().map(Column::quoted).collect();
    let mut stmt =
        conn.prepare(&format!("SELECT {} FROM {} WHERE {filter} ORDER BY rowid", names.join(", "), quote(table)))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut cells = Vec::with_capacity(cols.len());
        for (i, c) in cols.iter().enumerate() {
            cells.push(to_cell(row.get::<_, SqlValue>(i)?, c, table)?);
        }
        out.push(cells);
    }
    Ok(out)
}

/// A fresh project file holding `data`, opened raw for reading its rows.
struct Staged {
    _dir: tempfile::TempDir,
    conn: rusqlite::Connection,
}

fn stage(data: &ProjectData) -> Result<Staged, TeamError> {
    let dir = tempfile::tempdir().map_err(|e| TeamError::Local(format!("temporary folder: {e}")))?;
    let path = dir.path().join("staged.gpkg");
    ProjectFile::create(&path, data, false)?;
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    Ok(Staged { _dir: dir, conn })
}

impl Server {
    /// How a failed statement of a write reads: a refused privilege is "read-only".
    fn writing(&self, what: &str) -> impl Fn(postgres::Error) -> TeamError + use<> {
        let (url, user, what) = (self.url.clone(), self.user.clone(), what.to_string());
        move |e: postgres::Error| {
            if is_permission(&e) {
                TeamError::ReadOnly(format!(
                    "the role '{user}' may not {what} on {url} ({}); nothing was changed",
                    db_detail(&e)
                ))
            } else {
                TeamError::Server { server: url.clone(), detail: db_detail(&e) }
            }
        }
    }

    pub fn schema_exists(&mut self, schema: &str) -> Result<bool, TeamError> {
        let url = self.url.clone();
        let row = self
            .client
            .query_one("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", &[&schema])
            .map_err(|e| TeamError::Server { server: url, detail: db_detail(&e) })?;
        Ok(row.get(0))
    }

    /// The TLS version this connection is encrypted with (`TLSv1.3`), or `None` when it is not.
    pub fn encryption(&mut self) -> Result<Option<String>, TeamError> {
        let url = self.url.clone();
        let row = self
            .client
            .query_one("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl", &[])
            .map(|r| r.get::<_, Option<String>>(0));
        match row {
            Ok(v) => Ok(v),
            Err(e) if e.code().is_none() => Ok(None), // no row: not encrypted
            Err(e) => Err(TeamError::Server { server: url, detail: db_detail(&e) }),
        }
    }

    /// Whether this role may change the project's rows.
    pub fn may_edit(&mut self, schema: &str) -> Result<bool, TeamError> {
        let table = format!("{}.firms", quote(schema));
        let url = self.url.clone();
        let row = self
            .client
            .query_one("SELECT has_table_privilege($1, 'INSERT, UPDATE, DELETE')", &[&table])
            .map_err(|e| TeamError::Server { server: url, detail: db_detail(&e) })?;
        Ok(row.get(0))
    }

    /// Writes `data` as schema `schema`. Refuses an existing schema unless `replace`; contact
    /// persons (personal data) go only with `include_personal`.
    pub fn publish(
        &mut self,
        data: &ProjectData,
        schema: &str,
        replace: bool,
        include_personal: bool,
    ) -> Result<PublishSummary, TeamError> {
        check_schema(schema)?;
        let mut data = data.clone();
        let personal = data.contacts.len();
        if !include_personal {
            data.contacts.clear();
        }
        let staged = stage(&data)?;
        let url = self.url.clone();
        let err = self.writing("publish");
        let mut tx = self.client.transaction().map_err(&err)?;
        let postgis: bool = tx
            .query_one("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')", &[])
            .map_err(&err)?
            .get(0);
        if !postgis {
            return Err(TeamError::Refused(format!(
                "server {url}: PostGIS is not installed in this database; its owner runs CREATE EXTENSION postgis once"
            )));
        }
        let exists: bool = tx
            .query_one("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", &[&schema])
            .map_err(&err)?
            .get(0);
        if exists && !replace {
            return Err(TeamError::Refused(format!(
                "server {url}: schema '{schema}' already exists; nothing was changed (publish with --replace to overwrite it)"
            )));
        }
        if exists {
            tx.batch_execute(&format!("DROP SCHEMA {} CASCADE", quote(schema))).map_err(&err)?;
        }
        tx.batch_execute(&format!("CREATE SCHEMA {}", quote(schema))).map_err(&err)?;
        for &table in TABLES {
            let cols = columns(&staged.conn, table)?;
            let defs: Vec<String> = cols
                .iter()
                .map(|c| {
                    if c.name == "fid" {
                        "fid bigserial PRIMARY KEY".to_string()
                    } else {
                        format!("{} {}", c.quoted(), c.pg_type())
                    }
                })
                .collect();
            tx.batch_execute(&format!("CREATE TABLE {}.{} ({})", quote(schema), quote(table), defs.join(", ")))
                .map_err(&err)?;
            let rows = file_rows(&staged.conn, table, &cols, "1")?;
            copy_rows(&mut tx, schema, table, &cols, rows).map_err(&err)?;
        }
        let s = quote(schema);
        tx.batch_execute(&format!(
            "ALTER TABLE {s}.se_metadata ADD PRIMARY KEY (key);
             ALTER TABLE {s}.se_project ADD PRIMARY KEY (key);
             ALTER TABLE {s}.se_parameters ADD PRIMARY KEY (key);
             ALTER TABLE {s}.firms ADD UNIQUE (id);
             ALTER TABLE {s}.materials ADD UNIQUE (id);
             ALTER TABLE {s}.workshops ADD UNIQUE (id);
             ALTER TABLE {s}.substitution_rules ADD UNIQUE (supply_material, demand_material);
             CREATE INDEX ON {s}.firms USING gist (geom);
             CREATE INDEX ON {s}.exchanges USING gist (geom);
             CREATE INDEX ON {s}.flows (firm_id);
             CREATE INDEX ON {s}.exchanges (from_firm_id);
             CREATE INDEX ON {s}.exchanges (to_firm_id);
             CREATE INDEX ON {s}.stages (exchange_id);
             CREATE INDEX ON {s}.outcomes (exchange_id);
             CREATE INDEX ON {s}.contacts (firm_id);
             COMMENT ON TABLE {s}.contacts IS 'PERSONAL DATA: contact persons of firms';"
        ))
        .map_err(&err)?;
        for table in [
            "firms",
            "flows",
            "exchanges",
            "stages",
            "outcomes",
            "contacts",
            "workshops",
            "materials",
            "substitution_rules",
        ] {
            tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence($1, 'fid'), GREATEST((SELECT max(fid) FROM {s}.{}), 1))",
                    quote(table)
                ),
                &[&format!("{s}.{}", quote(table))],
            )
            .map_err(&err)?;
        }
        let now = now();
        tx.execute(
            &format!("INSERT INTO {s}.se_metadata (key, value) VALUES ('revision', '0'), ('published', $1)"),
            &[&now],
        )
        .map_err(&err)?;
        write_layer_styles(&mut tx, &staged.conn, schema).map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok(PublishSummary {
            firms: data.firms.len(),
            flows: data.flows.len(),
            exchanges: data.exchanges.len(),
            personal_left_out: if include_personal { 0 } else { personal },
        })
    }

    /// Removes a server project and its styles (benchmarks and tests clean up with it).
    pub fn drop_schema(&mut self, schema: &str) -> Result<(), TeamError> {
        check_schema(schema)?;
        let url = self.url.clone();
        let err = |e: postgres::Error| TeamError::Server { server: url.clone(), detail: db_detail(&e) };
        let mut tx = self.client.transaction().map_err(err)?;
        tx.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", quote(schema))).map_err(err)?;
        let styles: bool =
            tx.query_one("SELECT to_regclass('public.layer_styles') IS NOT NULL", &[]).map_err(err)?.get(0);
        if styles {
            tx.execute("DELETE FROM public.layer_styles WHERE f_table_schema = $1", &[&schema]).map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    fn revision(client: &mut impl postgres::GenericClient, schema: &str) -> Result<i64, postgres::Error> {
        let row = client
            .query_opt(&format!("SELECT value FROM {}.se_metadata WHERE key = 'revision'", quote(schema)), &[])?;
        Ok(row.and_then(|r| r.get::<_, String>(0).parse().ok()).unwrap_or(0))
    }

    /// The server project (within `bbox`, see [`super::within`]).
    pub fn load(&mut self, schema: &str, bbox: Option<[f64; 4]>) -> Result<(ProjectData, i64), TeamError> {
        check_schema(schema)?;
        if !self.schema_exists(schema)? {
            return Err(TeamError::Refused(format!(
                "server {}: there is no project '{schema}' (no such schema)",
                self.url
            )));
        }
        let url = self.url.clone();
        let err = |e: postgres::Error| TeamError::Server { server: url.clone(), detail: db_detail(&e) };
        let mut tx = self.client.build_transaction().read_only(true).start().map_err(&err)?;
        let data = read_project(&mut tx, schema, bbox, &url)?;
        let revision = Self::revision(&mut tx, schema).map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok((data, revision))
    }

    /// The highest row number per numbered table.
    fn max_ids(tx: &mut postgres::Transaction, schema: &str) -> Result<BTreeMap<Table, i64>, postgres::Error> {
        let mut out = BTreeMap::new();
        for table in [Table::Flows, Table::Exchanges, Table::Contacts] {
            let row =
                tx.query_one(&format!("SELECT COALESCE(max(fid), 0) FROM {}.{}", quote(schema), table.as_str()), &[])?;
            out.insert(table, row.get::<_, i64>(0));
        }
        Ok(out)
    }
}

/// What [`Server::publish`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishSummary {
    pub firms: usize,
    pub flows: usize,
    pub exchanges: usize,
    /// Contact persons kept off the server (personal data, without `--include-personal`).
    pub personal_left_out: usize,
}

/// The advisory lock that serialises creating `public.layer_styles` ("SE_LS" in ASCII).
const LAYER_STYLES_LOCK: i64 = 0x53_45_5f_4c_53;

/// The project's QGIS styles in `public.layer_styles`, the table QGIS itself keeps there.
fn write_layer_styles(
    tx: &mut postgres::Transaction,
    conn: &rusqlite::Connection,
    schema: &str,
) -> Result<(), postgres::Error> {
    // Two publishers to a fresh server would both create the shared table (CREATE TABLE IF NOT
    // EXISTS is not safe against a concurrent one): the second waits for the first's commit.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LAYER_STYLES_LOCK])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS public.layer_styles (
            id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
            f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,
            description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,
            update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)",
    )?;
    tx.execute("DELETE FROM public.layer_styles WHERE f_table_schema = $1", &[&schema])?;
    let styles: Vec<(String, String, String, bool, String)> = conn
        .prepare("SELECT f_table_name, styleName, styleQML, useAsDefault, COALESCE(description, '') FROM layer_styles")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, bool>(3)?, r.get(4)?)))?
                .collect::<Result<_, _>>()
        })
        .unwrap_or_default();
    for (table, name, qml, default, description) in styles {
        let kind = if table == "exchanges" { "Line" } else { "Point" };
        tx.execute(
            "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,
             stylename, styleqml, useasdefault, description, type)
             VALUES (current_database(), $1, $2, 'geom', $3, XMLPARSE(DOCUMENT $4), $5, $6, $7)",
            &[&schema, &table, &name, &qml, &default, &description, &kind],
        )?;
    }
    Ok(())
}

/// SQL conditions selecting the rows of each table within `bbox` on the server.
fn area_filter(schema: &str, table: &str, bbox: Option<[f64; 4]>) -> String {
    let Some([w, s, e, n]) = bbox else { return "TRUE".into() };
    let sc = quote(schema);
    let firms = format!("(SELECT id FROM {sc}.firms WHERE geom && ST_MakeEnvelope({w:?}, {s:?}, {e:?}, {n:?}, 4326))");
    let exchanges = format!("(SELECT fid FROM {sc}.exchanges WHERE from_firm_id IN {firms} AND to_firm_id IN {firms})");
    match table {
        "firms" => format!("id IN {firms}"),
        "flows" | "contacts" => format!("firm_id IN {firms}"),
        "exchanges" => format!("from_firm_id IN {firms} AND to_firm_id IN {firms}"),
        "stages" | "outcomes" => format!("exchange_id IN {exchanges}"),
        _ => "TRUE".into(),
    }
}

/// Reads the server project into a fresh project file and opens it with every check.
fn read_project(
    tx: &mut postgres::Transaction,
    schema: &str,
    bbox: Option<[f64; 4]>,
    url: &str,
) -> Result<ProjectData, TeamError> {
    let err = |e: postgres::Error| TeamError::Server { server: url.to_string(), detail: db_detail(&e) };
    let version: Option<String> = tx
        .query_opt(&format!("SELECT value FROM {}.se_metadata WHERE key = 'schema_version'", quote(schema)), &[])
        .map_err(&err)?
        .map(|r| r.get(0));
    let version: i64 = version.and_then(|v| v.parse().ok()).unwrap_or(0);
    if version > SCHEMA_VERSION {
        return Err(TeamError::Refused(format!(
            "server {url}: project '{schema}' was published by a newer Symbiosis Explorer (schema {version}; this one reads up to {SCHEMA_VERSION})"
        )));
    }
    if version < SCHEMA_VERSION {
        return Err(TeamError::Refused(format!(
            "server {url}: project '{schema}' has schema {version}; publish it again with this version (schema {SCHEMA_VERSION})"
        )));
    }
    let dir = tempfile::tempdir().map_err(|e| TeamError::Local(format!("temporary folder: {e}")))?;
    let path = dir.path().join("server.gpkg");
    let mut empty = ProjectData::new(ProjectMeta::default());
    empty.materials.clear();
    empty.rules.clear();
    ProjectFile::create(&path, &empty, false)?;
    {
        let mut conn = rusqlite::Connection::open(&path)?;
        let ltx = conn.transaction()?;
        for &table in TABLES.iter().filter(|t| **t != "se_metadata") {
            let cols = columns(&ltx, table)?;
            let names: Vec<String> = cols.iter().map(Column::select).collect();
            ltx.execute(&format!("DELETE FROM {}", quote(table)), [])?;
            let rows = tx
                .query(
                    &format!(
                        "SELECT {} FROM {}.{} WHERE {} ORDER BY {}",
                        names.join(", "),
                        quote(schema),
                        quote(table),
                        area_filter(schema, table, bbox),
                        if cols.iter().any(|c| c.name == "fid") { "fid" } else { "key" }
                    ),
                    &[],
                )
                .map_err(&err)?;
            let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            let quoted: Vec<String> = cols.iter().map(Column::quoted).collect();
            let mut insert = ltx.prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                quote(table),
                quoted.join(", "),
                marks.join(", ")
            ))?;
            for row in rows {
                let mut values = Vec::with_capacity(cols.len());
                for (i, c) in cols.iter().enumerate() {
                    let bad = |e: postgres::Error| {
                        TeamError::Refused(format!("server {url}: {schema}.{table}.{}: {}", c.name, db_detail(&e)))
                    };
                    let v = match c.kind {
                        Kind::Int => {
                            row.try_get::<_, Option<i64>>(i).map_err(bad)?.map_or(SqlValue::Null, SqlValue::Integer)
                        }
                        Kind::Real => {
                            row.try_get::<_, Option<f64>>(i).map_err(bad)?.map_or(SqlValue::Null, SqlValue::Real)
                        }
                        Kind::Bool => row
                            .try_get::<_, Option<bool>>(i)
                            .map_err(bad)?
                            .map_or(SqlValue::Null, |b| SqlValue::Integer(b as i64)),
                        Kind::Text => {
                            row.try_get::<_, Option<String>>(i).map_err(bad)?.map_or(SqlValue::Null, SqlValue::Text)
                        }
                        Kind::Point | Kind::Line => match row.try_get::<_, Option<Vec<u8>>>(i).map_err(bad)? {
                            None => SqlValue::Null,
                            Some(b) => {
                                let g = gpkg::decode(&b).map_err(|e| {
                                    TeamError::Refused(format!("server {url}: {schema}.{table}.{}: {e}", c.name))
                                })?;
                                SqlValue::Blob(gpkg::encode(&g, gpkg::SRS_WGS84))
                            }
                        },
                    };
                    values.push(v);
                }
                insert.execute(rusqlite::params_from_iter(values))?;
            }
        }
        ltx.commit()?;
    }
    let file = ProjectFile::open_with(&path, OpenMode::ReadOnly)
        .map_err(|e| TeamError::Refused(format!("server {url}: project '{schema}': {e}")))?;
    let data = file.load().map_err(|e| TeamError::Refused(format!("server {url}: project '{schema}': {e}")))?;
    Ok(match bbox {
        Some(b) => super::within(&data, b),
        None => data,
    })
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// What a check-out wrote.
#[derive(Debug, Clone)]
pub struct CheckoutSummary {
    pub firms: usize,
    pub flows: usize,
    pub exchanges: usize,
    pub revision: i64,
    pub read_only: bool,
}

/// Writes an offline copy of server project `schema` (within `bbox`) to `out`, remembering
/// its server (no password) and its base state.
pub fn checkout(url: &str, schema: &str, bbox: Option<[f64; 4]>, out: &Path) -> Result<CheckoutSummary, TeamError> {
    let mut server = connect(url)?;
    let (data, revision) = server.load(schema, bbox)?;
    let read_only = !server.may_edit(schema)?;
    let header =
        SyncHeader { server: server.url.clone(), schema: schema.to_string(), bbox, at: now(), revision, read_only };
    let state = SyncState { header, base: data.clone() };
    sync_state::write(out, &data, &state)?;
    Ok(CheckoutSummary {
        firms: data.firms.len(),
        flows: data.flows.len(),
        exchanges: data.exchanges.len(),
        revision,
        read_only,
    })
}

/// What a check-in did.
#[derive(Debug, Clone, Default)]
pub struct CheckinSummary {
    /// Rows written to the server (added, changed or deleted).
    pub sent: usize,
    /// Rows the server had changed that the copy now has.
    pub received: usize,
    /// Conflicts decided by a chosen side.
    pub resolved: Vec<Conflict>,
    pub renumbered: usize,
    pub revision: i64,
}

/// Sends what changed in the offline copy `local` since its check-out to its server, merged
/// three ways with what changed there meanwhile, in one transaction; then the copy holds the
/// merged project and its new base. With a conflict no side was chosen for in `sides`,
/// nothing changes anywhere.
/// `pull_only` takes the server's changes into the copy without sending any (Refresh).
pub fn checkin(local: &Path, sides: &Sides, pull_only: bool) -> Result<CheckinSummary, TeamError> {
    let (mine, state) = sync_state::read(local)?;
    let mut server = connect(&state.header.server)?;
    let schema = state.header.schema.clone();
    check_schema(&schema)?;
    if !server.schema_exists(&schema)? {
        return Err(TeamError::Refused(format!(
            "server {}: project '{schema}' is no longer there (no such schema); nothing was checked in",
            server.url
        )));
    }
    if !pull_only && !server.may_edit(&schema)? {
        return Err(TeamError::ReadOnly(format!(
            "the role '{}' may only read project '{schema}' on {}; nothing was checked in",
            server.user, server.url
        )));
    }
    let url = server.url.clone();
    let err = server.writing("change this project");
    let mut tx = server.client.transaction().map_err(&err)?;
    if !pull_only {
        // One check-in at a time: the next waits until this one commits or rolls back.
        let tables: Vec<String> = TABLES.iter().map(|t| format!("{}.{}", quote(&schema), quote(t))).collect();
        tx.batch_execute(&format!("LOCK TABLE {} IN EXCLUSIVE MODE", tables.join(", "))).map_err(&err)?;
    }
    let theirs = read_project(&mut tx, &schema, state.header.bbox, &url)?;
    let max_ids = Server::max_ids(&mut tx, &schema).map_err(&err)?;
    let base = Records::of(&state.base);
    let server_records = Records::of(&theirs);
    let mut mine = mine;
    let renumbered = super::renumber_new(&base, &mut mine, &server_records, &max_ids);
    // On Refresh, local edits stay in the copy but are not sent.
    let local_records = Records::of(&mine);
    let merged = super::merge(&base, &local_records, &server_records, sides);
    if !sides.decide(&merged.conflicts) {
        return Err(TeamError::Conflicts(merged.conflicts));
    }
    let project = merged.records.to_project().map_err(TeamError::Local)?;
    let problems = project.problems();
    if !problems.is_empty() {
        return Err(TeamError::Refused(format!(
            "the copy's and the server's changes do not fit together: {}; nothing was checked in",
            crate::core::validate::summary(&problems, 8)
        )));
    }
    let mut revision = Server::revision(&mut tx, &schema).map_err(&err)?;
    let mut sent = 0;
    if !pull_only {
        let changes = super::changes(&server_records, &merged.records);
        sent = changes.len();
        if !changes.is_empty() {
            apply(&mut tx, &schema, &project, &theirs, &changes).map_err(|e| match e {
                ApplyError::Pg(e) => err(e),
                ApplyError::Team(t) => t,
            })?;
            pause_for_tests();
            revision += 1;
            tx.execute(
                &format!("UPDATE {}.se_metadata SET value = $1 WHERE key = 'revision'", quote(&schema)),
                &[&revision.to_string()],
            )
            .map_err(&err)?;
        }
    }
    tx.commit().map_err(&err)?;
    let received = super::changes(&local_records, &merged.records).len();
    // The copy now holds the merged project; its base is the server's new state (for Refresh,
    // the server's state as read: local edits stay unsent).
    let base_now = if pull_only { theirs } else { project.clone() };
    let state = SyncState { header: SyncHeader { at: now(), revision, ..state.header }, base: base_now };
    sync_state::write(local, &project, &state)?;
    Ok(CheckinSummary { sent, received, resolved: merged.conflicts, renumbered, revision })
}

/// Lets a test kill a check-in in the middle of its transaction (after the rows were written,
/// before the commit): `SE_TEST_CHECKIN_PAUSE_MS`.
fn pause_for_tests() {
    if let Some(ms) = std::env::var("SE_TEST_CHECKIN_PAUSE_MS").ok().and_then(|v| v.parse::<u64>().ok()) {
        eprintln!("checkin: rows written, pausing {ms} ms before commit (SE_TEST_CHECKIN_PAUSE_MS)");
        std::thread::sleep(Duration::from_millis(ms));
    }
}

enum ApplyError {
    Pg(postgres::Error),
    Team(TeamError),
}

impl From<postgres::Error> for ApplyError {
    fn from(e: postgres::Error) -> Self {
        ApplyError::Pg(e)
    }
}

impl From<rusqlite::Error> for ApplyError {
    fn from(e: rusqlite::Error) -> Self {
        ApplyError::Team(e.into())
    }
}

impl From<TeamError> for ApplyError {
    fn from(e: TeamError) -> Self {
        ApplyError::Team(e)
    }
}

/// Writes the changed records to the server: each changed row is deleted and written again
/// from the merged project (firms keep their row number, so QGIS keeps its features).
fn apply(
    tx: &mut postgres::Transaction,
    schema: &str,
    merged: &ProjectData,
    theirs: &ProjectData,
    changes: &[(Table, &Key, Option<&super::Fields>)],
) -> Result<(), ApplyError> {
    let s = quote(schema);
    // Workshops in a partial copy list only the attendees inside its area; those outside stay.
    let mut merged = merged.clone();
    let inside: BTreeSet<&str> = theirs.firms.iter().map(|f| f.id.as_str()).collect();
    let full: BTreeMap<String, Vec<String>> = {
        let rows = tx.query(&format!("SELECT id, COALESCE(attendees, '') FROM {s}.workshops"), &[])?;
        rows.iter().map(|r| (r.get::<_, String>(0), crate::core::store::split_ids(r.get::<_, String>(1)))).collect()
    };
    for w in &mut merged.workshops {
        if let Some(all) = full.get(&w.id) {
            for a in all {
                let outside = !inside.contains(a.as_str()) && !merged.firms.iter().any(|f| f.id.as_str() == a);
                if outside && !w.attendees.iter().any(|x| x.as_str() == a) {
                    w.attendees.push(FirmId::new(a.clone()));
                }
            }
        }
    }
    let staged = stage(&merged)?;
    let by_table = |t: Table| changes.iter().filter(move |(table, ..)| *table == t);
    let texts = |t: Table| -> Vec<String> { by_table(t).map(|(_, k, _)| k.to_string()).collect() };
    let numbers = |t: Table| -> Vec<i64> {
        by_table(t).filter_map(|(_, k, _)| if let Key::Number(n) = k { Some(*n) } else { None }).collect()
    };
    let present = |t: Table| -> Vec<String> {
        by_table(t).filter(|(.., f)| f.is_some()).map(|(_, k, _)| k.to_string()).collect()
    };
    let copy_where = |tx: &mut postgres::Transaction, table: &str, filter: String| -> Result<(), ApplyError> {
        let cols: Vec<Column> = columns(&staged.conn, table)?.into_iter().filter(|c| c.name != "fid").collect();
        let rows = file_rows(&staged.conn, table, &cols, &filter)?;
        copy_rows(tx, schema, table, &cols, rows)?;
        Ok(())
    };
    let sql_list = |items: &[String]| -> String {
        items.iter().map(|i| format!("'{}'", i.replace('\'', "''"))).collect::<Vec<_>>().join(", ")
    };
    // Project metadata and parameters: written whole when they changed.
    for (table, name) in [(Table::Project, "se_project"), (Table::Parameters, "se_parameters")] {
        if by_table(table).next().is_some() {
            tx.batch_execute(&format!("DELETE FROM {s}.{name}"))?;
            copy_where(tx, name, "1".into())?;
        }
    }
    // Text-keyed rows: materials, workshops.
    for (table, name) in [(Table::Materials, "materials"), (Table::Workshops, "workshops")] {
        let keys = texts(table);
        if keys.is_empty() {
            continue;
        }
        tx.execute(&format!("DELETE FROM {s}.{name} WHERE id = ANY($1)"), &[&keys])?;
        let keep = present(table);
        if !keep.is_empty() {
            copy_where(tx, name, format!("id IN ({})", sql_list(&keep)))?;
        }
    }
    // Rules by their two materials.
    for (_, key, fields) in by_table(Table::Rules) {
        let Key::Text(k) = key else { continue };
        let (supply, demand) = k.split_once('>').unwrap_or((k, ""));
        tx.execute(
            &format!("DELETE FROM {s}.substitution_rules WHERE supply_material = $1 AND demand_material = $2"),
            &[&supply, &demand],
        )?;
        if fields.is_some() {
            copy_where(
                tx,
                "substitution_rules",
                format!(
                    "supply_material = {} AND demand_material = {}",
                    sql_list(&[supply.into()]),
                    sql_list(&[demand.into()])
                ),
            )?;
        }
    }
    // Firms keep their server row number.
    let firm_keys = texts(Table::Firms);
    if !firm_keys.is_empty() {
        let fids: BTreeMap<String, i64> = tx
            .query(&format!("SELECT id, fid FROM {s}.firms WHERE id = ANY($1)"), &[&firm_keys])?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        tx.execute(&format!("DELETE FROM {s}.firms WHERE id = ANY($1)"), &[&firm_keys])?;
        let keep = present(Table::Firms);
        if !keep.is_empty() {
            let cols = columns(&staged.conn, "firms")?;
            let fid_at = cols.iter().position(|c| c.name == "fid");
            let id_at = cols.iter().position(|c| c.name == "id");
            let mut rows = file_rows(&staged.conn, "firms", &cols, &format!("id IN ({})", sql_list(&keep)))?;
            let ids: Vec<String> = {
                let mut stmt = staged
                    .conn
                    .prepare(&format!("SELECT id FROM firms WHERE id IN ({}) ORDER BY rowid", sql_list(&keep)))?;
                stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?
            };
            let mut next: i64 = tx.query_one(&format!("SELECT COALESCE(max(fid), 0) FROM {s}.firms"), &[])?.get(0);
            if let (Some(fid_at), Some(_)) = (fid_at, id_at) {
                for (row, id) in rows.iter_mut().zip(&ids) {
                    let fid = fids.get(id).copied().unwrap_or_else(|| {
                        next += 1;
                        next
                    });
                    row[fid_at] = Box::new(Some(fid));
                }
            }
            copy_rows(tx, schema, "firms", &cols, rows)?;
            tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence($1, 'fid'), GREATEST((SELECT max(fid) FROM {s}.firms), 1))"
                ),
                &[&format!("{s}.firms")],
            )?;
        }
    }
    // Numbered rows: their number is the row number.
    for (table, name) in [(Table::Flows, "flows"), (Table::Exchanges, "exchanges"), (Table::Contacts, "contacts")] {
        let keys = numbers(table);
        if keys.is_empty() {
            continue;
        }
        tx.execute(&format!("DELETE FROM {s}.{name} WHERE fid = ANY($1)"), &[&keys])?;
        let keep: Vec<String> = by_table(table).filter(|(.., f)| f.is_some()).map(|(_, k, _)| k.to_string()).collect();
        if !keep.is_empty() {
            let cols = columns(&staged.conn, name)?;
            let rows = file_rows(&staged.conn, name, &cols, &format!("fid IN ({})", keep.join(", ")))?;
            copy_rows(tx, schema, name, &cols, rows)?;
        }
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence($1, 'fid'), GREATEST((SELECT max(fid) FROM {s}.{name}), 1))"
            ),
            &[&format!("{s}.{name}")],
        )?;
    }
    // A stage history is written whole per exchange.
    let mut exchanges: Vec<i64> = by_table(Table::Stages)
        .filter_map(|(_, k, _)| k.to_string().split('/').next().and_then(|n| n.parse().ok()))
        .collect();
    exchanges.sort_unstable();
    exchanges.dedup();
    if !exchanges.is_empty() {
        tx.execute(&format!("DELETE FROM {s}.stages WHERE exchange_id = ANY($1)"), &[&exchanges])?;
        let list: Vec<String> = exchanges.iter().map(i64::to_string).collect();
        copy_where(tx, "stages", format!("exchange_id IN ({})", list.join(", ")))?;
    }
    // Outcomes by exchange and year.
    for (_, key, fields) in by_table(Table::Outcomes) {
        let text = key.to_string();
        let (ex, year) = text.split_once('/').unwrap_or((&text, ""));
        let (Ok(ex), Ok(year)) = (ex.parse::<i64>(), year.parse::<i64>()) else { continue };
        tx.execute(&format!("DELETE FROM {s}.outcomes WHERE exchange_id = $1 AND year = $2"), &[&ex, &year])?;
        if fields.is_some() {
            copy_where(tx, "outcomes", format!("exchange_id = {ex} AND year = {year}"))?;
        }
    }
    // Lines follow their firms.
    if !firm_keys.is_empty() {
        tx.execute(
            &format!(
                "UPDATE {s}.exchanges e SET geom = ST_MakeLine(a.geom, b.geom) FROM {s}.firms a, {s}.firms b
                 WHERE a.id = e.from_firm_id AND b.id = e.to_firm_id
                   AND (e.from_firm_id = ANY($1) OR e.to_firm_id = ANY($1))"
            ),
            &[&firm_keys],
        )?;
    }
    Ok(())
}

/// `match --db URL --schema NAME`: the server project, read whole.
pub fn load(url: &str, schema: &str) -> Result<ProjectData, TeamError> {
    let mut server = connect(url)?;
    Ok(server.load(schema, None)?.0)
}
