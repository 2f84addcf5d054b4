//! Checks of a file anyone could have built, made before the app reads its data.
//!
//! - [`foreign_triggers`]: SQLite runs a trigger inside the app's own edits, so a planted one
//!   (`AFTER UPDATE ON exchanges BEGIN DELETE FROM flows; END`) would act with the app's hands.
//!   Only the GeoPackage spec's and GDAL's own triggers are accepted, by name *and* by body.
//! - [`misplaced_views`]: a view (or virtual table) where the app expects a table may be an
//!   endless query.
//! - [`Deadline`]: every connection to a file the user opened gets a progress handler that
//!   interrupts a statement running past its deadline, so no query can hang the app.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rusqlite::Connection;

/// How long reading a file may take before the app gives up ("the file takes too long to read").
pub const READ_LIMIT: Duration = Duration::from_secs(10);

/// A statement deadline shared with a connection's progress handler.
#[derive(Clone, Debug)]
pub struct Deadline {
    /// Milliseconds after [`epoch`] at which statements are interrupted; 0: never.
    at_ms: Arc<AtomicU64>,
}

fn epoch() -> Instant {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

fn now_ms() -> u64 {
    epoch().elapsed().as_millis() as u64
}

impl Deadline {
    /// Installs a deadline on `conn` (disarmed until [`Deadline::arm`]).
    pub fn install(conn: &mut Connection) -> rusqlite::Result<Self> {
        let deadline = Self { at_ms: Arc::new(AtomicU64::new(0)) };
        let at = deadline.at_ms.clone();
        epoch();
        // Called every 20,000 virtual-machine steps: well under a millisecond.
        conn.progress_handler(
            20_000,
            Some(move || {
                let at = at.load(Ordering::Relaxed);
                at != 0 && now_ms() > at
            }),
        )?;
        Ok(deadline)
    }

    /// Statements from now on are interrupted after `limit`.
    pub fn arm(&self, limit: Duration) {
        self.at_ms.store(now_ms() + limit.as_millis() as u64 + 1, Ordering::Relaxed);
    }

    pub fn disarm(&self) {
        self.at_ms.store(0, Ordering::Relaxed);
    }
}

/// Whether `err` is the interruption a [`Deadline`] causes.
pub fn is_timeout(err: &rusqlite::Error) -> bool {
    err.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted)
}

/// The read limit for a file of `bytes`: [`READ_LIMIT`], and 10 s more for every 100 MB, so
/// that a national register reads in full (a 1,000,000-firm project of 730 MB reads in about
/// 20 s here) while an endless query in a small file stops soon.
pub fn read_limit_for(bytes: u64) -> Duration {
    READ_LIMIT + Duration::from_secs(10 * (bytes / 100_000_000))
}

/// Entries among `names` that exist in the file but are not ordinary tables, as
/// "'flows' is a view".
pub fn misplaced_views(conn: &Connection, names: &[&str]) -> rusqlite::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare("SELECT type, coalesce(sql, '') FROM sqlite_master WHERE name = ?1 COLLATE NOCASE")?;
    for name in names {
        let mut rows = stmt.query([name])?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(0)?;
            let sql: String = r.get(1)?;
            if kind == "view" {
                out.push(format!("'{name}' is a view"));
            } else if kind == "table" && normalise(&sql).starts_with("create virtual table") {
                out.push(format!("'{name}' is a virtual table"));
            }
        }
    }
    Ok(out)
}

/// SQL with identifier quotes dropped, case folded and whitespace made canonical, so that the
/// same trigger written by the spec, GDAL or QGIS compares equal.
fn normalise(sql: &str) -> String {
    let unquoted: String =
        sql.chars().filter(|c| !matches!(c, '"' | '`' | '[' | ']')).flat_map(char::to_lowercase).collect();
    let collapsed = unquoted.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '(' | ')' | ',' | ';' | '=' | '!' | '<' | '>' | '+' | '-');
        if c == ' ' && (i == 0 || tight(chars[i - 1]) || chars.get(i + 1).is_none_or(|&n| tight(n))) {
            continue;
        }
        out.push(c);
    }
    out.trim_end_matches([';', ' ']).to_string()
}

/// The spec's R-tree triggers (GeoPackage 1.0-1.3 and 1.4) and GDAL's spellings of them, for
/// table `t`, geometry column `c` and primary key `i`, by trigger name.
fn rtree_templates(t: &str, c: &str, i: &str) -> Vec<(String, String)> {
    let r = format!("rtree_{t}_{c}");
    let values = format!("VALUES (NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c}))");
    let present = format!("(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))");
    let absent = format!("(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))");
    let reinsert = format!("DELETE FROM {r} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {r} {values};");
    let trigger = |suffix: &str, body: String| (format!("{r}_{suffix}"), format!("CREATE TRIGGER {r}_{suffix} {body}"));
    vec![
        trigger(
            "insert",
            format!(
                "AFTER INSERT ON {t} WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c})) BEGIN INSERT OR REPLACE INTO {r} {values}; END"
            ),
        ),
        trigger(
            "update1",
            format!(
                "AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {present} BEGIN INSERT OR REPLACE INTO {r} {values}; END"
            ),
        ),
        trigger(
            "update2",
            format!(
                "AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {absent} BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END"
            ),
        ),
        trigger(
            "update3",
            format!("AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} != NEW.{i} AND {present} BEGIN {reinsert} END"),
        ),
        trigger("update3", format!("AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND {present} BEGIN {reinsert} END")),
        trigger(
            "update4",
            format!(
                "AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND {absent} BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END"
            ),
        ),
        trigger("update5", format!("AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND {present} BEGIN {reinsert} END")),
        trigger(
            "update6",
            format!(
                "AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {present} AND (OLD.{c} NOTNULL AND NOT ST_IsEmpty(OLD.{c})) \
                 BEGIN UPDATE {r} SET minx = ST_MinX(NEW.{c}), maxx = ST_MaxX(NEW.{c}), miny = ST_MinY(NEW.{c}), maxy = ST_MaxY(NEW.{c}) \
                 WHERE id = NEW.{i}; END"
            ),
        ),
        trigger(
            "update7",
            format!(
                "AFTER UPDATE OF {c} ON {t} WHEN OLD.{i} = NEW.{i} AND {present} AND (OLD.{c} ISNULL OR ST_IsEmpty(OLD.{c})) \
                 BEGIN INSERT INTO {r} {values}; END"
            ),
        ),
        trigger(
            "delete",
            format!("AFTER DELETE ON {t} WHEN old.{c} NOT NULL BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END"),
        ),
    ]
}

/// GDAL's feature-count triggers (`gpkg_ogr_contents`) for table `t`.
fn gdal_count_templates(t: &str) -> Vec<(String, String)> {
    let literal = t.replace('\'', "''");
    [("insert", "INSERT", '+'), ("delete", "DELETE", '-')]
        .into_iter()
        .map(|(name, event, op)| {
            let trigger = format!("trigger_{name}_feature_count_{t}");
            (
                trigger.clone(),
                format!(
                    "CREATE TRIGGER {trigger} AFTER {event} ON {t} BEGIN UPDATE gpkg_ogr_contents SET feature_count = \
                     feature_count {op} 1 WHERE lower(table_name) = lower('{literal}'); END"
                ),
            )
        })
        .collect()
}

/// A spec table-definition trigger (`gpkg_tile_matrix_zoom_level_insert`, `gpkg_metadata_*`):
/// on a `gpkg_` table, its whole body one `SELECT RAISE(ABORT, ...)` that changes nothing.
fn is_spec_constraint(name: &str, table: &str, sql: &str) -> bool {
    if !(name.starts_with("gpkg_") && table.starts_with("gpkg_")) {
        return false;
    }
    let sql = normalise(sql);
    let Some((_, body)) = sql.split_once(" for each row begin ") else { return false };
    // Drop string literals before looking for statements.
    let mut code = String::new();
    let mut in_string = false;
    for c in body.chars() {
        if c == '\'' {
            in_string = !in_string;
        } else if !in_string {
            code.push(c);
        }
    }
    let single = code.matches(';').count() == 1 && code.ends_with(";end");
    let changes = ["insert", "update", "delete", "replace", "drop", "create", "attach", "pragma"]
        .iter()
        .any(|w| code.split(|c: char| !c.is_alphanumeric() && c != '_').any(|token| token == *w));
    single && code.starts_with("select raise(abort,") && !changes
}

/// Triggers that are neither GeoPackage's nor GDAL's own (or are, by name, but with another
/// body), by name.
pub fn foreign_triggers(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let triggers: Vec<(String, String, String)> = conn
        .prepare("SELECT name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE type = 'trigger' ORDER BY name")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    if triggers.is_empty() {
        return Ok(Vec::new());
    }
    let mut known: Vec<(String, String)> = Vec::new();
    let has_geometry_columns: bool = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_geometry_columns'",
        [],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if has_geometry_columns {
        let columns: Vec<(String, String)> = conn
            .prepare("SELECT table_name, column_name FROM gpkg_geometry_columns")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (table, column) in columns {
            let pk: Option<String> = conn
                .prepare("SELECT name FROM pragma_table_info(?1) WHERE pk = 1")?
                .query_row([&table], |r| r.get(0))
                .ok();
            if let Some(pk) = pk {
                known.extend(rtree_templates(&table, &column, &pk));
            }
            known.extend(gdal_count_templates(&table));
        }
    }
    let mut foreign = Vec::new();
    for (name, table, sql) in triggers {
        let body = normalise(&sql);
        let matches = known.iter().any(|(n, template)| n.eq_ignore_ascii_case(&name) && normalise(template) == body)
            || is_spec_constraint(&name, &table, &sql);
        if !matches {
            foreign.push(name);
        }
    }
    Ok(foreign)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_query_is_interrupted_at_the_deadline_and_the_connection_stays_usable() {
        let mut conn = Connection::open_in_memory().unwrap();
        let deadline = Deadline::install(&mut conn).unwrap();
        deadline.arm(Duration::from_millis(300));
        let started = Instant::now();
        let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";
        let err = conn.query_row(endless, [], |r| r.get::<_, i64>(0)).unwrap_err();
        assert!(is_timeout(&err), "{err}");
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
        deadline.disarm();
        assert_eq!(conn.query_row("SELECT 1 + 1", [], |r| r.get::<_, i64>(0)).unwrap(), 2);
    }

    #[test]
    fn a_national_file_gets_more_time_than_a_small_one() {
        assert_eq!(read_limit_for(1_000_000), READ_LIMIT);
        assert_eq!(read_limit_for(450_000_000), READ_LIMIT + Duration::from_secs(40));
    }

    #[test]
    fn gdal_spellings_of_the_spec_triggers_normalise_to_the_templates() {
        // As GDAL 3.6 writes them.
        let gdal = r#"CREATE TRIGGER "rtree_my_firms_geom_update1" AFTER UPDATE OF "geom" ON "my_firms" WHEN OLD."fid" = NEW."fid" AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN INSERT OR REPLACE INTO "rtree_my_firms_geom" VALUES (NEW."fid",ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END"#;
        let templates = rtree_templates("my_firms", "geom", "fid");
        let update1 = &templates.iter().find(|(n, _)| n == "rtree_my_firms_geom_update1").unwrap().1;
        assert_eq!(normalise(gdal), normalise(update1));
        let count = r#"CREATE TRIGGER "trigger_delete_feature_count_my_firms" AFTER DELETE ON "my_firms" BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = lower('my_firms'); END"#;
        assert_eq!(normalise(count), normalise(&gdal_count_templates("my_firms")[1].1));
    }

    #[test]
    fn a_raise_only_constraint_is_the_specs_and_one_that_writes_is_not() {
        let spec = "CREATE TRIGGER 'gpkg_tile_matrix_zoom_level_insert' BEFORE INSERT ON 'gpkg_tile_matrix' FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'insert on table ''gpkg_tile_matrix'' violates constraint: zoom_level cannot be less than 0') WHERE (NEW.zoom_level < 0); END";
        assert!(is_spec_constraint("gpkg_tile_matrix_zoom_level_insert", "gpkg_tile_matrix", spec));
        let planted = "CREATE TRIGGER gpkg_tile_matrix_x BEFORE INSERT ON gpkg_tile_matrix FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'x') WHERE 0; DELETE FROM flows; END";
        assert!(!is_spec_constraint("gpkg_tile_matrix_x", "gpkg_tile_matrix", planted));
        let on_flows = "CREATE TRIGGER gpkg_x BEFORE INSERT ON flows FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'x'); END";
        assert!(!is_spec_constraint("gpkg_x", "flows", on_flows));
    }
}
