//! GDAL (the library under QGIS) reads our projects: layers, attributes, exact geometries and
//! no warnings, also after edits. Uses pyogrio's bundled GDAL through tests/gdal/check_gpkg.py.
//! `.ci/run` installs pyogrio; elsewhere the test says it was skipped (and fails under CI=true).

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::path::Path;
use std::process::Command;

use common::*;
use symbiosis_explorer::core::*;

fn gdal_available() -> bool {
    let ok = Command::new("python3").args(["-c", "import pyogrio"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var("CI").is_err(), "CI must install pyogrio (pip install pyogrio) for the GDAL check");
        eprintln!("skipped: python3 with pyogrio not found (pip install pyogrio)");
    }
    ok
}

fn gdal_check(path: &Path) {
    let out = Command::new("python3").arg(root().join("tests/gdal/check_gpkg.py")).arg(path).output().unwrap();
    assert!(
        out.status.success(),
        "GDAL check failed for {}:\n{}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn gdal_reads_the_kalundborg_sample_exactly() {
    if gdal_available() {
        gdal_check(&kalundborg_gpkg());
    }
}

#[test]
fn gdal_reads_a_project_after_edits_with_lines_following_moved_firms() {
    if !gdal_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = kalundborg_copy(dir.path(), "edited.gpkg");
    let mut file = ProjectFile::open(&path).unwrap();
    let data = file.load().unwrap();
    let mut gyproc = data.firm(&FirmId::new("gyproc")).unwrap().clone();
    gyproc.location = LatLon::new(55.6612345678, 11.1012345678);
    file.update_firm(&gyproc).unwrap();
    file.insert_firm(&firm("newcomer", 55.7, 11.2)).unwrap();
    file.insert_exchange(&exchange("newcomer", "gyproc", "fgd_gypsum", Unit::Tonne)).unwrap();
    file.delete_firm(&FirmId::new("intertek")).unwrap();
    drop(file);
    gdal_check(&path);
}

/// Debian's GDAL Python bindings (python3-gdal), which edit files in place as QGIS does.
fn gdal_editor_available() -> bool {
    let ok = Command::new("/usr/bin/python3")
        .args(["-c", "from osgeo import ogr"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var("CI").is_err(), "CI must install python3-gdal for the QGIS round-trip test");
        eprintln!("skipped: /usr/bin/python3 with osgeo (apt-get install python3-gdal) not found");
    }
    ok
}

fn gdal_edit(path: &Path, actions: &[&str]) {
    let out = Command::new("/usr/bin/python3")
        .arg(root().join("tests/gdal/edit_in_place.py"))
        .arg(path)
        .args(actions)
        .output()
        .unwrap();
    assert!(out.status.success(), "GDAL edit failed: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_project_edited_in_place_by_gdal_opens_with_the_edits_and_lines_redrawn() {
    if !gdal_editor_available() || !gdal_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = kalundborg_copy(dir.path(), "edited-in-qgis.gpkg");
    let before = ProjectFile::open(&path).unwrap().load().unwrap();
    let asnaes_lines =
        before.exchanges.iter().filter(|e| e.from.as_str() == "asnaes" || e.to.as_str() == "asnaes").count();
    assert!(asnaes_lines >= 5, "Asnæs has {asnaes_lines} exchanges");

    // As in QGIS: a spatial index GDAL creates, a firm dragged, an attribute edited, a firm added.
    gdal_edit(
        &path,
        &[
            "index",
            "move:asnaes:11.0912345678:55.6712345678",
            "rename:asnaes:Asnæs (edited in QGIS)",
            "add:qgis_firm:Added in QGIS:38.21:11.1234:55.6543",
        ],
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let gdal_index: i64 = conn.query_row("SELECT count(*) FROM rtree_exchanges_geom", [], |r| r.get(0)).unwrap();
    assert_eq!(gdal_index as usize, before.exchanges.len(), "GDAL indexed every exchange");
    drop(conn);
    // The file still holds the old lines: GDAL moved the point only.
    let old_line = stored_line(&path, "asnaes", "gyproc");
    assert_eq!(old_line[0], before.firm(&FirmId::new("asnaes")).unwrap().location);

    let file = ProjectFile::open(&path).unwrap();
    assert_eq!(file.redrawn_on_open(), asnaes_lines, "every line of the moved firm is redrawn, no other");
    let data = file.load().unwrap();
    let asnaes = data.firm(&FirmId::new("asnaes")).unwrap();
    assert_eq!(asnaes.name, "Asnæs (edited in QGIS)");
    assert_eq!(asnaes.location, LatLon::new(55.6712345678, 11.0912345678));
    let added = data.firm(&FirmId::new("qgis_firm")).expect("the firm added in QGIS is there");
    assert_eq!((added.name.as_str(), added.nace.as_str()), ("Added in QGIS", "38.21"));
    assert_eq!(added.location, LatLon::new(55.6543, 11.1234));
    assert_eq!(data.firms.len(), before.firms.len() + 1);
    drop(file);

    let line = stored_line(&path, "asnaes", "gyproc");
    assert_eq!(line[0], LatLon::new(55.6712345678, 11.0912345678), "the line now starts at the moved firm");
    // GDAL's index followed the redraw (its triggers ran inside our transaction).
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (min_x, max_y): (f64, f64) = conn
        .query_row(
            "SELECT r.minx, r.maxy FROM rtree_exchanges_geom r JOIN exchanges e ON e.fid = r.id
             WHERE e.from_firm_id = 'asnaes' AND e.to_firm_id = 'gyproc' LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!((min_x - line[0].lon.min(line[1].lon)).abs() < 1e-4, "index minx {min_x}");
    assert!((max_y - line[0].lat.max(line[1].lat)).abs() < 1e-4, "index maxy {max_y}");
    drop(conn);
    // GDAL reads every line from firm to firm, without a warning.
    gdal_check(&path);

    // Opening again finds nothing left to redraw and writes nothing.
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(ProjectFile::open(&path).unwrap().redrawn_on_open(), 0);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_firm_deleted_in_qgis_with_exchanges_left_behind_is_named_and_the_file_kept() {
    if !gdal_editor_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = kalundborg_copy(dir.path(), "deleted-in-qgis.gpkg");
    ProjectFile::open(&path).unwrap(); // brings the copy to this schema first
    gdal_edit(&path, &["delete:gyproc"]);
    let bytes = std::fs::read(&path).unwrap();

    let out = cli(&["info", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("cannot accept") && err.contains("unknown firm 'gyproc'"), "{err}");
    assert!(err.contains("flow") && err.contains("exchange"), "names the flows and exchanges left behind: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file is left as it was");
}

/// QGIS itself (Debian's python3-qgis), headless.
fn qgis_available() -> bool {
    let ok =
        Command::new("/usr/bin/python3").args(["-c", "import qgis.core"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var("CI").is_err(), "CI must install python3-qgis for the QGIS style test");
        eprintln!("skipped: /usr/bin/python3 with qgis.core (apt-get install python3-qgis) not found");
    }
    ok
}

#[test]
fn qgis_opens_the_sample_styled_like_the_app() {
    if !qgis_available() {
        return;
    }
    let out = Command::new("/usr/bin/python3")
        .arg(root().join("tests/gdal/qgis_style.py"))
        .arg(kalundborg_gpkg())
        .env("QT_QPA_PLATFORM", "offscreen")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "QGIS style check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn raw_sql_edits_as_ogrinfo_makes_them_are_read_and_tidied_on_opening() {
    if !gdal_editor_available() || !gdal_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = kalundborg_copy(dir.path(), "edited-by-sql.gpkg");
    ProjectFile::open(&path).unwrap();
    // `ogrinfo -sql "UPDATE ..."`: GDAL stores ST_GeomFromText's result as a SpatiaLite blob.
    gdal_edit(
        &path,
        &[
            "sql:UPDATE firms SET geom = ST_GeomFromText('POINT(11.0812345 55.6812345)', 4326) WHERE id = 'gyproc'",
            "sql:UPDATE firms SET name = 'Renamed by SQL' WHERE id = 'refinery'",
        ],
    );
    let blob: Vec<u8> = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT geom FROM firms WHERE id = 'gyproc'", [], |r| r.get(0))
        .unwrap();
    assert!(!symbiosis_explorer::core::gpkg::is_geopackage_blob(&blob), "GDAL wrote its SpatiaLite form");

    // The command line reads it as it is (read-only, the file untouched).
    let bytes = std::fs::read(&path).unwrap();
    let out = export(&path, "geojson", dir.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let firms: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("firms.geojson")).unwrap()).unwrap();
    let feature =
        |id: &str| firms["features"].as_array().unwrap().iter().find(|f| f["properties"]["id"] == id).unwrap().clone();
    assert_eq!(feature("gyproc")["geometry"]["coordinates"], serde_json::json!([11.0812345, 55.6812345]));
    assert_eq!(feature("refinery")["properties"]["name"], "Renamed by SQL");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);

    // Opening it for editing rewrites the point as a GeoPackage blob and redraws Gyproc's lines.
    let file = ProjectFile::open(&path).unwrap();
    let data = file.load().unwrap();
    let gyproc_lines =
        data.exchanges.iter().filter(|e| e.from.as_str() == "gyproc" || e.to.as_str() == "gyproc").count();
    assert!(gyproc_lines >= 3);
    assert_eq!(file.redrawn_on_open(), gyproc_lines);
    drop(file);
    let line = stored_line(&path, "refinery", "gyproc");
    assert_eq!(line[1], LatLon::new(55.6812345, 11.0812345));
    gdal_check(&path);
}
