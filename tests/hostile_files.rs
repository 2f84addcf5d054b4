//! Files built by an attacker or a careless user: each is refused with one clear line naming
//! what is wrong, nothing panics or hangs, and a refused file keeps its bytes.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use rusqlite::Connection;
use symbiosis_explorer::core::*;

/// A copy of the Kalundborg sample in `dir`, changed by `sql` (run without our checks, as
/// another program would).
fn planted(dir: &Path, name: &str, sql: &str) -> PathBuf {
    let path = dir.join(name);
    fs::copy(kalundborg_gpkg(), &path).unwrap();
    let conn = Connection::open(&path).unwrap();
    gpkg::register_functions(&conn).unwrap();
    conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    drop(conn);
    path
}

/// Runs `args` on `path` and expects exit code 1, one line of error mentioning `expected`,
/// the file's bytes unchanged and no file left beside it.
fn refused(args: &[&str], path: &Path, expected: &str) {
    let before = fs::read(path).unwrap();
    let siblings = snapshot(path.parent().unwrap()).len();
    let mut full: Vec<&str> = args.to_vec();
    let p = path.display().to_string();
    full.insert(1, &p);
    let started = Instant::now();
    let out = cli(&full);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{full:?}: {err}");
    assert!(err.contains(expected), "{full:?}: '{err}' should mention '{expected}'");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(15), "{full:?} took {:?}", started.elapsed());
    assert_eq!(fs::read(path).unwrap(), before, "{} was changed", path.display());
    assert_eq!(snapshot(path.parent().unwrap()).len(), siblings, "nothing left beside the file");
}

fn refused_everywhere(path: &Path, expected: &str) {
    for command in [&["info"][..], &["match"], &["optimise"], &["indicators"], &["exchanges"]] {
        refused(command, path, expected);
    }
    // And by the app's own open (read-write): refused, bytes kept.
    let before = fs::read(path).unwrap();
    let err = ProjectFile::open(path).err().expect("refused").to_string();
    assert!(err.contains(expected), "{err}");
    assert_eq!(fs::read(path).unwrap(), before);
}

#[test]
fn a_planted_trigger_is_refused_by_name_and_never_runs() {
    let dir = tempfile::tempdir().unwrap();
    let path =
        planted(dir.path(), "trap.gpkg", "CREATE TRIGGER wipe AFTER UPDATE ON exchanges BEGIN DELETE FROM flows; END;");
    refused_everywhere(&path, "triggers that are not GeoPackage's or GDAL's own (wipe)");
    let flows: i64 =
        Connection::open(&path).unwrap().query_row("SELECT count(*) FROM flows", [], |r| r.get(0)).unwrap();
    assert!(flows > 0, "the flows are all still there");

    // A trigger with the name of GeoPackage's own but another body is refused as well.
    let disguised = planted(
        dir.path(),
        "disguised.gpkg",
        "CREATE VIRTUAL TABLE rtree_firms_geom USING rtree(id, minx, maxx, miny, maxy);
         CREATE TRIGGER rtree_firms_geom_insert AFTER INSERT ON firms BEGIN DELETE FROM flows; END;",
    );
    refused(&["info"], &disguised, "(rtree_firms_geom_insert)");
}

#[test]
fn views_where_tables_belong_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n";
    let flows = planted(
        dir.path(),
        "flows_view.gpkg",
        &format!(
            "ALTER TABLE flows RENAME TO flows_data;
             CREATE VIEW flows AS SELECT f.* FROM flows_data f, ({endless}) WHERE 0;"
        ),
    );
    refused_everywhere(&flows, "'flows' is a view where the app expects a table");
    let project = planted(
        dir.path(),
        "project_view.gpkg",
        &format!(
            "ALTER TABLE se_project RENAME TO se_project_data;
             CREATE VIEW se_project AS SELECT 'name' AS key, i AS value FROM ({endless});"
        ),
    );
    refused(&["info"], &project, "'se_project' is a view");
}

#[test]
fn data_that_breaks_figures_is_refused_on_open_naming_the_item() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "year.gpkg",
            "UPDATE exchanges SET start_year = -2000000000 WHERE fid = 1",
            "start_year -2000000000 is not a plausible year",
        ),
        ("negative.gpkg", "UPDATE exchanges SET quantity = -5 WHERE fid = 1", "quantity -5 is negative"),
        (
            "infinite.gpkg",
            "UPDATE materials SET ef_virgin = 1e999 WHERE id = 'steam'",
            "material 'steam': ef_virgin inf is not a number",
        ),
        ("zoom.gpkg", "UPDATE se_project SET value = 'NaN' WHERE key = 'view_zoom'", "map view zoom NaN"),
        ("loop.gpkg", "UPDATE exchanges SET to_firm_id = from_firm_id WHERE fid = 1", "runs from a firm to itself"),
        (
            "unit.gpkg",
            "UPDATE exchanges SET unit = 'MWh' WHERE fid = (SELECT fid FROM exchanges WHERE material = 'fgd_gypsum' LIMIT 1)",
            "is in MWh but fgd_gypsum is measured in t",
        ),
        (
            "old.gpkg",
            "UPDATE flows SET available_from = 1700 WHERE fid = 1",
            "available_from 1700 is not a plausible year",
        ),
        (
            "lifetime.gpkg",
            "INSERT OR REPLACE INTO se_parameters (key, value, source) VALUES ('link.lifetime_years', 100000, 'x')",
            "link.lifetime_years must be 1 to 200 years",
        ),
        (
            "rate.gpkg",
            "INSERT OR REPLACE INTO se_parameters (key, value, source) VALUES ('link.discount_rate', 5, 'x')",
            "link.discount_rate is a fraction",
        ),
        ("ratio.gpkg", "UPDATE substitution_rules SET ratio = 1e-16 WHERE fid = 1", "ratio 1e-16 is outside 1e-6..1e6"),
        (
            "nul.gpkg",
            "UPDATE firms SET name = 'Asn' || char(0) || 'æs' WHERE fid = 1",
            "name holds the control character U+0000",
        ),
        ("text.gpkg", "UPDATE flows SET quantity = 'lots' WHERE fid = 3", "flow 3: column 'quantity' holds text"),
    ];
    for (name, sql, expected) in cases {
        let path = planted(dir.path(), name, sql);
        refused(&["info"], &path, expected);
        refused(&["indicators"], &path, expected);
        let before = fs::read(&path).unwrap();
        assert!(ProjectFile::open(&path).is_err(), "{name}");
        assert_eq!(fs::read(&path).unwrap(), before, "{name}: opening for editing changed nothing");
    }
}

#[test]
fn an_old_file_that_is_refused_is_not_migrated_and_a_moved_firm_is_not_redrawn() {
    let dir = tempfile::tempdir().unwrap();
    // Schema 4: opening for editing would migrate it; with a bad quantity it must not.
    let old = dir.path().join("old.gpkg");
    fs::copy(root().join("tests/fixtures/kalundborg_schema4.gpkg"), &old).unwrap();
    Connection::open(&old).unwrap().execute("UPDATE flows SET quantity = -1 WHERE fid = 2", []).unwrap();
    let before = fs::read(&old).unwrap();
    let err = ProjectFile::open(&old).err().expect("refused").to_string();
    assert!(err.contains("quantity -1 is negative"), "{err}");
    assert_eq!(fs::read(&old).unwrap(), before, "no migration was written");
    let version: String = Connection::open(&old)
        .unwrap()
        .query_row("SELECT value FROM se_metadata WHERE key = 'schema_version'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, "4");

    // Schema 5, a firm moved by another program (its lines are stale) and a bad year: the
    // lines are not redrawn.
    let moved = planted(
        dir.path(),
        "moved.gpkg",
        "UPDATE firms SET geom = (SELECT geom FROM firms WHERE fid = 2) WHERE fid = 1;
         UPDATE flows SET available_to = 99999 WHERE fid = 1;",
    );
    let before = fs::read(&moved).unwrap();
    assert!(ProjectFile::open(&moved).is_err());
    assert_eq!(fs::read(&moved).unwrap(), before);
}

#[test]
fn a_project_in_wal_mode_on_read_only_storage_opens_view_only() {
    let dir = tempfile::tempdir().unwrap();
    let shelf = dir.path().join("shelf");
    fs::create_dir(&shelf).unwrap();
    let path = shelf.join("park.gpkg");
    fs::copy(kalundborg_gpkg(), &path).unwrap();
    Connection::open(&path).unwrap().pragma_update(None, "journal_mode", "WAL").unwrap();
    assert!(!shelf.join("park.gpkg-wal").exists() || fs::metadata(shelf.join("park.gpkg-wal")).unwrap().len() == 0);
    let read_only = |p: &Path, yes: bool| {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(p, fs::Permissions::from_mode(if yes { 0o555 } else { 0o755 })).unwrap();
    };
    read_only(&shelf, true);
    let before = snapshot(&shelf);
    let out = cli(&["info", &path.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Kalundborg"), "{}", stdout(&out));
    let file = ProjectFile::open(&path).unwrap();
    assert!(file.is_read_only(), "the app opens it view-only");
    assert!(file.load().unwrap().firms.len() > 10);
    drop(file);
    assert_eq!(snapshot(&shelf), before, "no -shm or -wal was made, nothing changed");
    read_only(&shelf, false);

    // With changes still in the -wal (copied while a writer had them), it is refused.
    let unsaved = dir.path().join("unsaved");
    fs::create_dir(&unsaved).unwrap();
    let writer = Connection::open(&path).unwrap();
    writer.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    writer.execute("UPDATE se_project SET value = 'Changed' WHERE key = 'name'", []).unwrap();
    fs::copy(&path, unsaved.join("park.gpkg")).unwrap();
    fs::copy(shelf.join("park.gpkg-wal"), unsaved.join("park.gpkg-wal")).unwrap();
    drop(writer);
    read_only(&unsaved, true);
    let copy = unsaved.join("park.gpkg");
    let out = cli(&["info", &copy.display().to_string()]);
    read_only(&unsaved, false);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("unsaved changes in {}-wal", copy.display())), "{}", stderr(&out));
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Imports the CSV files and expects exit 2, `expected` in the errors, no project written.
fn import_refused(dir: &Path, firms: &str, flows: &str, extra: &[(&str, &str, &str)], expected: &str) -> String {
    let out_path = dir.join("out.gpkg");
    let mut args = vec![
        "import".to_string(),
        "--firms".into(),
        write(dir, "firms.csv", firms),
        "--flows".into(),
        write(dir, "flows.csv", flows),
    ];
    for (flag, name, text) in extra {
        args.push(flag.to_string());
        args.push(write(dir, name, text));
    }
    args.extend(["--out".into(), out_path.display().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = cli(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(expected), "'{err}' should mention '{expected}'");
    assert!(!out_path.exists(), "nothing written");
    err
}

const FIRMS: &str = "id,name,lat,lon\na,A,55.66,11.08\nb,B,55.68,11.09\n";

#[test]
fn csv_cells_that_would_break_figures_or_names_are_refused_at_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // 1e308 t of gas is an infinite number of MWh.
    import_refused(
        d,
        FIRMS,
        "firm_id,direction,material,quantity,unit\na,supply,natural_gas,1e308,t\nb,demand,natural_gas,10,MWh\n",
        &[],
        "flows.csv:2:4: quantity 1e308 is outside 0..1e12",
    );
    // 1e11 t of gas is within range, its 1.3e12 MWh are not.
    import_refused(
        d,
        FIRMS,
        "firm_id,direction,material,quantity,unit\na,supply,natural_gas,1e11,t\nb,demand,natural_gas,10,MWh\n",
        &[],
        "flows.csv:2:4: quantity in the material's unit: 1.3333333333333333e12 is outside 0..1e12",
    );
    import_refused(
        d,
        FIRMS,
        "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n",
        &[("--project", "project.csv", "key,value\nlink.lifetime_years,100000\n")],
        "project.csv:2:2: link.lifetime_years must be 1 to 200 years",
    );
    import_refused(
        d,
        FIRMS,
        "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n",
        &[("--rules", "rules.csv", "supply_material,demand_material,ratio\nfly_ash,clinker,1e-16\n")],
        "rules.csv:2:3: ratio 1e-16 is outside 1e-6..1e6",
    );
    import_refused(
        d,
        FIRMS,
        "firm_id,direction,material,quantity,unit\na,supply,slag,10,t\n",
        &[("--materials", "materials.csv", "id,name,kind,unit,virgin_price\nslag,Slag,material,t,1e20\n")],
        "materials.csv:2:5: virgin_price 1e20 is outside -1e9..1e9",
    );
    import_refused(
        d,
        "id,name,lat,lon\na,\"A\0B\",55.66,11.08\n",
        "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n",
        &[],
        "firms.csv:2:2: the cell holds the control character U+0000",
    );
    // A name with an ANSI escape: refused, and the terminal sees it escaped, not obeyed.
    let err = import_refused(
        d,
        "id,name,lat,lon\na,\u{1b}[2J\u{1b}[31mRED,55.66,11.08\n",
        "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n",
        &[],
        "firms.csv:2:2: the cell holds the control character U+001B",
    );
    assert!(!err.contains('\u{1b}'), "no raw escape reaches the terminal: {err:?}");
    // Notes may hold line breaks and tabs.
    let ok = cli(&[
        "import",
        "--firms",
        &write(d, "firms.csv", "id,name,lat,lon,notes\na,A,55.66,11.08,\"line one\nline\ttwo\"\n"),
        "--flows",
        &write(d, "flows.csv", "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n"),
        "--out",
        &d.join("fine.gpkg").display().to_string(),
    ]);
    assert!(ok.status.success(), "{}", stderr(&ok));
}

#[test]
fn broken_csv_says_what_is_broken_and_stays_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let flows = "firm_id,direction,material,quantity,unit\na,supply,fly_ash,10,t\n";
    import_refused(
        d,
        "id,name,lat,lon\na,\"Asnæs,55.66,11.08\nb,B,55.68,11.09\n",
        flows,
        &[],
        "firms.csv:2:2: a quote (\") opens a field here and is never closed",
    );
    // A hundred thousand unknown columns: a hundred problems and a count.
    let mut header = String::from("id,name,lat,lon");
    for i in 0..100_000 {
        header.push_str(&format!(",x{i}"));
    }
    let err =
        import_refused(d, &format!("{header}\na,A,55.66,11.08\n"), flows, &[], "and 99900 more problems in the header");
    assert!(err.lines().count() <= 102, "{} lines", err.lines().count());
    assert!(err.len() < 1_000_000, "{} bytes of errors", err.len());
    // A million: the header line alone is longer than any CSV row may be; one line of error.
    for i in 100_000..1_000_000 {
        header.push_str(&format!(",x{i}"));
    }
    let err = import_refused(
        d,
        &format!("{header}\na,A,55.66,11.08\n"),
        flows,
        &[],
        "firms.csv:1:1: the line is longer than 1048576 bytes",
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // A line of 2 MB is not a CSV row.
    let long = format!("id,name,lat,lon\na,{},55.66,11.08\n", "x".repeat(2 << 20));
    import_refused(d, &long, flows, &[], "firms.csv:2:1: the line is longer than 1048576 bytes");
}

#[test]
fn csv_exports_guard_formula_cells_and_import_reads_them_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = cli(&[
        "import",
        "--firms",
        &write(
            d,
            "firms.csv",
            "id,name,lat,lon,notes\na,=HYPERLINK(\"http://x\"),55.66,11.08,@SUM(A1)\nb,'=already quoted,55.68,11.09,-minus\n",
        ),
        "--flows",
        &write(d, "flows.csv", "firm_id,direction,material,quantity,unit,price_per_unit\na,supply,fly_ash,10,t,-5\n"),
        "--out",
        &d.join("p.gpkg").display().to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let data = ProjectFile::open(d.join("p.gpkg")).unwrap().load().unwrap();
    assert_eq!(data.firms[0].name, "=HYPERLINK(\"http://x\")", "a leading ' is stripped only before a formula");
    assert_eq!(data.firms[1].name, "=already quoted");

    let export_dir = d.join("export");
    let out = cli(&[
        "export",
        &d.join("p.gpkg").display().to_string(),
        "--format",
        "csv",
        "--out",
        &export_dir.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let firms = fs::read_to_string(export_dir.join("firms.csv")).unwrap();
    assert!(firms.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{firms}");
    assert!(firms.contains("'@SUM(A1)") && firms.contains("'-minus"), "{firms}");
    let flows = fs::read_to_string(export_dir.join("flows.csv")).unwrap();
    assert!(flows.contains(",-5,"), "numbers are not guarded: {flows}");
    assert!(!snapshot(d).iter().any(|(n, _)| n.contains("partial")), "no temporary folder is left");
}

#[test]
fn the_generator_and_mbtiles_refuse_what_they_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(&[
        "generate",
        "--firms",
        "18446744073709551615",
        "--out",
        &dir.path().join("g.gpkg").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("at most 2000000"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
    let out = cli(&[
        "generate",
        "--firms",
        "99999999999999999999999",
        "--out",
        &dir.path().join("g.gpkg").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));

    // A 9000 x 9000 px tile: its header says so, and it is skipped before decoding.
    let mut png = Vec::new();
    let big = image::RgbaImage::new(9000, 9000);
    image::DynamicImage::ImageRgba8(big)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let err = symbiosis_explorer::mbtiles::decode_tile(&png).unwrap_err();
    assert_eq!(err, symbiosis_explorer::mbtiles::TileError::TooLarge { width: 9000, height: 9000 });
    assert!(err.to_string().contains("skipped"));
    assert!(matches!(
        symbiosis_explorer::mbtiles::decode_tile(b"not an image"),
        Err(symbiosis_explorer::mbtiles::TileError::Unreadable(_))
    ));
}

#[test]
fn an_mbtiles_file_with_an_endless_metadata_view_is_refused_within_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trap.mbtiles");
    Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
             CREATE VIEW metadata AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
               SELECT 'name' AS name, i AS value FROM n WHERE i < 0;",
        )
        .unwrap();
    let started = Instant::now();
    let err = symbiosis_explorer::mbtiles::MbTiles::open(&path).err().expect("refused").to_string();
    assert!(err.contains("takes too long to read"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(14), "{:?}", started.elapsed());
}
