//! The project file: a GeoPackage that round-trips, migrates, refuses bad files untouched,
//! and keeps geometry and metadata in step with every edit.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;

use common::*;
use rusqlite::Connection;
use symbiosis_explorer::core::gpkg::{self, Geometry};
use symbiosis_explorer::core::store::SCHEMA_VERSION;
use symbiosis_explorer::core::*;

fn new_file(dir: &tempfile::TempDir, data: &ProjectData) -> std::path::PathBuf {
    let path = dir.path().join("park.gpkg");
    ProjectFile::create(&path, data, false).unwrap();
    path
}

#[test]
fn a_saved_project_opens_with_everything_it_held() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = small_project();
    data.meta.currency = "DKK".into();
    data.meta.view = MapView { lat: 55.66, lon: 11.09, zoom: 13.0 };
    data.params.set("transport.road.circuity", 1.25, "measured").unwrap();
    data.flows[0].ewc = Some("100105".into());
    data.flows[0].available_from = Some(1993);
    data.flows[0].confidential = true;
    let path = new_file(&dir, &data);

    let file = ProjectFile::open(&path).unwrap();
    assert!(!file.is_read_only());
    assert_eq!(file.schema_version().unwrap(), SCHEMA_VERSION);
    let loaded = file.load().unwrap();
    // Ids are assigned by the file; everything else comes back as written.
    let mut expected = data.clone();
    for (i, f) in expected.flows.iter_mut().enumerate() {
        f.id = FlowId(i as i64 + 1);
    }
    expected.exchanges[0].id = ExchangeId(1);
    assert_eq!(loaded, expected);
}

#[test]
fn the_file_is_a_geopackage_with_registered_layers() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let conn = Connection::open(&path).unwrap();
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    let user_version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!((app_id, user_version), (0x47504B47, 10400));
    let srs: Vec<i64> = conn
        .prepare("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(srs, vec![-1, 0, 4326]);
    let layers: Vec<(String, String, String)> = conn
        .prepare("SELECT c.table_name, g.geometry_type_name, c.last_change FROM gpkg_contents c JOIN gpkg_geometry_columns g USING (table_name) ORDER BY 1")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(layers[0].0, "exchanges");
    assert_eq!(layers[0].1, "LINESTRING");
    assert_eq!(layers[1].1, "POINT");
    assert!(chrono::DateTime::parse_from_rfc3339(&layers[1].2).is_ok(), "ISO last_change: {}", layers[1].2);
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0);
}

#[test]
fn moving_a_firm_redraws_its_exchange_and_updates_the_layer_extent() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let before: String = Connection::open(&path)
        .unwrap()
        .query_row("SELECT last_change FROM gpkg_contents WHERE table_name = 'exchanges'", [], |r| r.get(0))
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));

    let mut file = ProjectFile::open(&path).unwrap();
    let mut boards = file.load().unwrap().firms[1].clone();
    boards.location = LatLon::new(55.70, 11.20);
    file.update_firm(&boards).unwrap();
    drop(file);

    let conn = Connection::open(&path).unwrap();
    let (blob, changed): (Vec<u8>, String) = conn
        .query_row(
            "SELECT e.geom, c.last_change FROM exchanges e, gpkg_contents c WHERE c.table_name = 'exchanges'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        gpkg::decode(&blob).unwrap(),
        Geometry::LineString(vec![LatLon::new(55.661528, 11.080892), LatLon::new(55.70, 11.20)])
    );
    assert!(changed > before, "last_change moves on: {before} -> {changed}");
    let max_x: f64 =
        conn.query_row("SELECT max_x FROM gpkg_contents WHERE table_name = 'firms'", [], |r| r.get(0)).unwrap();
    assert_eq!(max_x, 11.20);
}

/// The firms layer's extent as stored, and as computed from every firm.
fn firm_extents(path: &std::path::Path) -> ([f64; 4], [f64; 4]) {
    let conn = Connection::open(path).unwrap();
    let stored = conn
        .query_row("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'firms'", [], |r| {
            Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
        })
        .unwrap();
    let data = ProjectFile::open_with(path, OpenMode::ReadOnly).unwrap().load().unwrap();
    let lons = data.firms.iter().map(|f| f.location.lon);
    let lats = data.firms.iter().map(|f| f.location.lat);
    let computed = [
        lons.clone().fold(f64::INFINITY, f64::min),
        lats.clone().fold(f64::INFINITY, f64::min),
        lons.fold(f64::NEG_INFINITY, f64::max),
        lats.fold(f64::NEG_INFINITY, f64::max),
    ];
    (stored, computed)
}

#[test]
fn the_firms_extent_stays_exact_through_adds_moves_and_deletes_without_a_full_scan() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let mut file = ProjectFile::open(&path).unwrap();
    let firms = file.load().unwrap().firms;
    // A firm far east widens the box; moving it back inside and deleting firms on the edge
    // shrink it again.
    file.insert_firm(&firm("east", 56.5, 14.0)).unwrap();
    let (stored, computed) = firm_extents(&path);
    assert_eq!(stored, computed, "after an add");
    let mut east = firm("east", 56.5, 14.0);
    east.location = LatLon::new(55.66, 11.1);
    file.update_firm(&east).unwrap();
    let (stored, computed) = firm_extents(&path);
    assert_eq!(stored, computed, "after a move off the edge");
    for f in &firms {
        file.delete_firm(&f.id).unwrap();
        let (stored, computed) = firm_extents(&path);
        assert_eq!(stored, computed, "after deleting {}", f.id);
    }
}

#[test]
fn edits_that_break_the_model_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let bytes = fs::read(&path).unwrap();
    let mut file = ProjectFile::open(&path).unwrap();
    let cases: Vec<(Result<(), StoreError>, &str)> = vec![
        (file.insert_firm(&firm("power", 55.0, 11.0)), "already exists"),
        (file.insert_firm(&firm("north", 91.0, 11.0)), "latitude 91"),
        (
            file.insert_flow(&flow("ghost", Direction::Supply, "steam", 1.0, Unit::Mwh)).map(drop),
            "unknown firm 'ghost'",
        ),
        (
            file.insert_flow(&flow("power", Direction::Supply, "steam", 1.0, Unit::Tonne)).map(drop),
            "steam is measured in MWh",
        ),
        (file.insert_flow(&flow("power", Direction::Supply, "fly_ash", -5.0, Unit::Tonne)).map(drop), "zero or more"),
        (file.insert_exchange(&exchange("power", "boards", "kryptonite", Unit::Tonne)).map(drop), "unknown material"),
        (file.delete_flow(FlowId(999)), "flow 999 not found"),
    ];
    for (result, expected) in cases {
        let err = result.expect_err(expected).to_string();
        assert!(err.contains(expected), "{err} should say {expected}");
    }
    drop(file);
    assert_eq!(fs::read(&path).unwrap(), bytes, "failed edits leave the file as it was");
}

#[test]
fn deleting_a_firm_takes_its_flows_and_exchanges_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let mut file = ProjectFile::open(&path).unwrap();
    file.delete_firm(&FirmId::new("power")).unwrap();
    let data = file.load().unwrap();
    assert_eq!(data.firms.len(), 1);
    assert!(data.flows.iter().all(|f| f.firm.as_str() == "boards"));
    assert!(data.exchanges.is_empty());
    assert!(data.problems().is_empty());
}

#[test]
fn an_older_file_is_migrated_forward_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.gpkg");
    ProjectFile::create_at_version(&path, &small_project(), false, 1).unwrap();
    let count_indexes = || -> i64 {
        Connection::open(&path)
            .unwrap()
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'se_%'", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count_indexes(), 0);

    // Read-only: upgraded in memory, the file is not touched.
    let bytes = fs::read(&path).unwrap();
    let ro = ProjectFile::open_with(&path, OpenMode::ReadOnly).unwrap();
    assert_eq!(ro.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(ro.load().unwrap().firms.len(), 2);
    drop(ro);
    assert_eq!(fs::read(&path).unwrap(), bytes);

    let file = ProjectFile::open(&path).unwrap();
    assert_eq!(file.schema_version().unwrap(), SCHEMA_VERSION);
    let data = file.load().unwrap();
    assert_eq!(data.exchanges.len(), 1);
    // Schema 4: built-in materials gained their sourced density and energy content.
    let water = data.material(&MaterialId::new("process_water")).unwrap();
    assert_eq!(water.density_t_per_m3.as_ref().map(|d| d.value), Some(1.0));
    let gas = data.material(&MaterialId::new("natural_gas")).unwrap();
    assert!(gas.energy_mwh_per_t.as_ref().is_some_and(|e| e.source.contains("IPCC 2006")));
    // Schema 6: built-in materials gained their names and synonyms in the other languages.
    let sawdust = data.material(&MaterialId::new("sawdust")).unwrap();
    assert_eq!(sawdust.name_in("ru"), "Опилки и стружка");
    assert!(sawdust.synonyms["ru"].contains(&"опилки".to_string()));
    assert_eq!(data.find_material("træflis").map(|m| m.id.as_str()), Some("wood_chips"));
    drop(file);
    assert_eq!(count_indexes(), 3);
    // Schema 3: the default QGIS styles.
    let styles: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM layer_styles WHERE owner = 'symbiosis-explorer'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(styles, 2);
}

/// Opens `path`, expects the error to mention `expected`, and checks the bytes are unchanged.
fn refused_untouched(path: &std::path::Path, expected: &str) {
    let before = fs::read(path).unwrap();
    let siblings = snapshot(path.parent().unwrap()).len();
    let err = match ProjectFile::open(path) {
        Ok(_) => panic!("{} opened but should be refused ({expected})", path.display()),
        Err(e) => e.to_string(),
    };
    assert!(err.contains(expected), "'{err}' should mention '{expected}'");
    assert!(err.contains(&path.display().to_string()), "'{err}' names the file");
    assert_eq!(fs::read(path).unwrap(), before, "{} was modified", path.display());
    assert_eq!(snapshot(path.parent().unwrap()).len(), siblings, "no journal or other file left behind");
}

#[test]
fn bad_files_are_refused_with_a_specific_error_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let good = new_file(&dir, &small_project());
    let good_bytes = fs::read(&good).unwrap();

    let empty = dir.path().join("empty.gpkg");
    fs::write(&empty, b"").unwrap();
    refused_untouched(&empty, "empty (0 bytes)");

    let text = dir.path().join("firms.gpkg");
    fs::write(&text, "id,name,lat,lon\nasnaes,Asnæs,55.66,11.08\n").unwrap();
    refused_untouched(&text, "not an SQLite database or GeoPackage");

    let truncated = dir.path().join("truncated.gpkg");
    fs::write(&truncated, &good_bytes[..good_bytes.len() / 2]).unwrap();
    refused_untouched(&truncated, "truncated");

    let header_only = dir.path().join("header.gpkg");
    fs::write(&header_only, &good_bytes[..60]).unwrap();
    refused_untouched(&header_only, "truncated");

    let foreign = dir.path().join("foreign.sqlite");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE customers (id INTEGER, name TEXT); INSERT INTO customers VALUES (1, 'A');")
        .unwrap();
    refused_untouched(&foreign, "SQLite database from another program");

    let other_gpkg = dir.path().join("roads.gpkg");
    Connection::open(&other_gpkg)
        .unwrap()
        .execute_batch(
            "PRAGMA application_id = 1196444487; PRAGMA user_version = 10400;
             CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
             CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, description TEXT, last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
             CREATE TABLE roads (fid INTEGER PRIMARY KEY, geom LINESTRING);",
        )
        .unwrap();
    refused_untouched(&other_gpkg, "GeoPackage from another program");

    let newer = dir.path().join("newer.gpkg");
    fs::copy(&good, &newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .execute("UPDATE se_metadata SET value = '99' WHERE key = 'schema_version'", [])
        .unwrap();
    refused_untouched(&newer, "newer Symbiosis Explorer (project schema 99");

    let corrupt = dir.path().join("corrupt.gpkg");
    let mut bytes = good_bytes.clone();
    for b in &mut bytes[4096..8192] {
        *b = 0xAB;
    }
    fs::write(&corrupt, &bytes).unwrap();
    refused_untouched(&corrupt, "damaged");

    assert!(matches!(ProjectFile::open(dir.path().join("missing.gpkg")), Err(OpenError::NotFound(_))));
}

#[test]
fn a_file_locked_by_another_process_is_refused_and_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE; UPDATE se_project SET value = 'Other' WHERE key = 'name';").unwrap();
    let err = ProjectFile::open(&path).err().expect("locked file is refused").to_string();
    assert!(err.contains("locked by another process"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert_eq!(ProjectFile::open(&path).unwrap().load().unwrap().meta.name, "Test park");
}

#[test]
fn an_edit_while_another_process_writes_waits_or_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let mut file = ProjectFile::open(&path).unwrap();
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE; UPDATE se_project SET value = 'Other' WHERE key = 'name';").unwrap();
    let err = file.insert_firm(&firm("late", 55.0, 11.0)).unwrap_err();
    assert!(matches!(err, StoreError::Locked), "{err}");
    other.execute_batch("COMMIT").unwrap();
    file.insert_firm(&firm("late", 55.0, 11.0)).unwrap();
    let data = file.load().unwrap();
    assert_eq!(data.meta.name, "Other");
    assert_eq!(data.firms.len(), 3);
}

#[test]
fn a_read_only_file_opens_view_only_and_save_as_gives_an_editable_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let bytes = fs::read(&path).unwrap();
    let file = ProjectFile::open_with(&path, OpenMode::ReadOnly).unwrap();
    assert!(file.is_read_only());
    let mut file = file;
    let err = file.insert_firm(&firm("x", 55.0, 11.0)).unwrap_err();
    assert!(err.to_string().contains("read-only; use Save As"), "{err}");
    let copy_path = dir.path().join("copy.gpkg");
    let mut copy = file.save_as(&copy_path).unwrap();
    copy.insert_firm(&firm("x", 55.0, 11.0)).unwrap();
    assert_eq!(copy.load().unwrap().firms.len(), 3);
    drop(file);
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn files_with_gdal_spatial_index_triggers_stay_editable() {
    // GDAL/QGIS add an R-tree and triggers that call ST_* functions; with trusted_schema=OFF
    // those functions must be registered as innocuous for our edits to go through. The
    // triggers are spelled as GDAL 3.6 writes them (update1) and as the spec prints them (insert).
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    {
        let conn = Connection::open(&path).unwrap();
        gpkg::register_functions(&conn).unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE rtree_firms_geom USING rtree(id, minx, maxx, miny, maxy);
             INSERT INTO rtree_firms_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM firms WHERE NOT ST_IsEmpty(geom);
             CREATE TRIGGER \"rtree_firms_geom_update1\" AFTER UPDATE OF \"geom\" ON \"firms\" WHEN OLD.\"fid\" = NEW.\"fid\" AND (NEW.\"geom\" NOTNULL AND NOT ST_IsEmpty(NEW.\"geom\")) BEGIN INSERT OR REPLACE INTO \"rtree_firms_geom\" VALUES (NEW.\"fid\",ST_MinX(NEW.\"geom\"), ST_MaxX(NEW.\"geom\"),ST_MinY(NEW.\"geom\"), ST_MaxY(NEW.\"geom\")); END;
             CREATE TRIGGER rtree_firms_geom_insert AFTER INSERT ON firms
               WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
             BEGIN
               INSERT OR REPLACE INTO rtree_firms_geom VALUES (
                 NEW.fid,
                 ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
                 ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
               );
             END;
             INSERT INTO layer_styles (f_table_name, styleName, styleQML, useAsDefault, owner)
               VALUES ('firms', 'mine', '<qgis/>', 1, 'planner');",
        )
        .unwrap();
    }
    let mut file = ProjectFile::open(&path).unwrap();
    let mut power = file.load().unwrap().firms[0].clone();
    power.location = LatLon::new(56.0, 12.0);
    file.update_firm(&power).unwrap();
    file.insert_firm(&firm("new", 57.0, 13.0)).unwrap();
    drop(file);
    let conn = Connection::open(&path).unwrap();
    let rows: Vec<(f64, f64)> = conn
        .prepare("SELECT minx, miny FROM rtree_firms_geom ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // R-tree boxes are single precision.
    let expected = [(12.0, 56.0), (11.1, 55.66), (13.0, 57.0)];
    assert_eq!(rows.len(), expected.len());
    for (got, want) in rows.iter().zip(expected) {
        assert!((got.0 - want.0).abs() < 1e-5 && (got.1 - want.1).abs() < 1e-5, "{got:?} vs {want:?}");
    }
    let style: String =
        conn.query_row("SELECT styleQML FROM layer_styles WHERE owner = 'planner'", [], |r| r.get(0)).unwrap();
    assert_eq!(style, "<qgis/>", "a style saved from QGIS is left alone");
}

#[test]
fn create_never_overwrites_unless_asked_and_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let err = ProjectFile::create(&path, &small_project(), false).unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    let names: Vec<String> = snapshot(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, vec!["park.gpkg".to_string()]);
}

#[test]
fn a_large_project_loads_in_parallel_exactly_as_written() {
    use symbiosis_explorer::core::generate::{GenerateOptions, generate};
    let data = generate(GenerateOptions { firms: 9_000, seed: 3 }, |_| {});
    assert!(data.flows.len() > 50_000, "{} flows: large enough for the parallel path", data.flows.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.gpkg");
    ProjectFile::create(&path, &data, false).unwrap();
    let loaded = ProjectFile::open_with(&path, OpenMode::ReadOnly).unwrap().load().unwrap();
    assert_eq!(loaded, data);
}

#[test]
fn a_material_added_later_gets_its_colour_in_the_qgis_style() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let exchanges_qml = || -> String {
        Connection::open(&path)
            .unwrap()
            .query_row(
                "SELECT styleQML FROM layer_styles WHERE f_table_name = 'exchanges' AND owner = 'symbiosis-explorer'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert!(!exchanges_qml().contains("hot_oil"));
    let mut file = ProjectFile::open(&path).unwrap();
    let steam = file.load().unwrap().material(&MaterialId::new("steam")).unwrap().clone();
    let hot_oil = Material { id: MaterialId::new("hot_oil"), name: "Thermal oil".into(), builtin: false, ..steam };
    file.upsert_material(&hot_oil).unwrap();
    drop(file);
    let qml = exchanges_qml();
    assert!(qml.contains("&apos;hot_oil&apos;"), "the energy colour list names the new material");
}

#[test]
fn an_import_into_an_open_project_can_be_taken_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(&dir, &small_project());
    let mut file = ProjectFile::open(&path).unwrap();
    let before = file.load().unwrap();

    // The import moves an existing firm, adds a firm, flows, an exchange, a custom material and
    // rule, and changes a built-in rule's ratio.
    let mut imported = ProjectData::new(ProjectMeta::default());
    imported.firms.push(firm("power", 55.7, 11.2));
    imported.firms.push(firm("newco", 55.65, 11.05));
    let steam = before.material(&MaterialId::new("steam")).unwrap().clone();
    imported.materials.push(Material {
        id: MaterialId::new("hot_oil"),
        name: "Thermal oil".into(),
        builtin: false,
        ..steam
    });
    imported.rules.iter_mut().find(|r| r.supply.as_str() == "fly_ash").unwrap().ratio = 0.5;
    imported.rules.push(SubstitutionRule::new("hot_oil", "process_heat", 0.9, "test"));
    imported.flows.push(flow("newco", Direction::Supply, "hot_oil", 10.0, Unit::Mwh));
    imported.flows.push(flow("power", Direction::Supply, "steam", 5.0, Unit::Mwh));
    imported.exchanges.push(exchange("newco", "boards", "hot_oil", Unit::Mwh));

    let merged = file.merge(&imported).unwrap();
    let after = file.load().unwrap();
    assert_eq!(after.firms.len(), 3);
    assert_eq!(after.flows.len(), before.flows.len() + 2);
    assert_eq!(after.firm(&FirmId::new("power")).unwrap().location, LatLon::new(55.7, 11.2));
    assert_eq!((merged.firms_added.len(), merged.firms_before.len(), merged.flows_added.len()), (1, 1, 2));

    file.unmerge(&merged).unwrap();
    let mut undone = file.load().unwrap();
    let mut expected = before.clone();
    for data in [&mut undone, &mut expected] {
        data.materials.sort_by(|a, b| a.id.cmp(&b.id));
        data.rules.sort_by(|a, b| (&a.supply, &a.demand).cmp(&(&b.supply, &b.demand)));
    }
    assert_eq!(undone, expected, "the project is as it was before the import");
    // The moved firm's exchange line is back at its old position in the file too.
    drop(file);
    assert_eq!(stored_line(&path, "power", "boards")[0], LatLon::new(55.661528, 11.080892));
}

#[test]
fn a_schema_4_project_gains_the_corrected_catalogue_countries_and_ports_when_opened_for_editing() {
    // The Kalundborg sample as the previous version shipped it (schema 4).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kalundborg.gpkg");
    fs::copy(root().join("tests/fixtures/kalundborg_schema4.gpkg"), &path).unwrap();
    let file = ProjectFile::open(&path).unwrap();
    assert_eq!(file.schema_version().unwrap(), SCHEMA_VERSION);
    let data = file.load().unwrap();
    // Built-in materials take the corrected entries, with a source per number; new ones are added.
    let fertiliser = data.material(&MaterialId::new("fertiliser")).unwrap();
    assert_eq!((fertiliser.ef_virgin.value, fertiliser.virgin_price.value), (0.95, 340.0));
    let electricity = data.material(&MaterialId::new("electricity")).unwrap();
    assert!(!electricity.disposal_cost.source.contains("grid average"), "{}", electricity.disposal_cost.source);
    assert!(data.material(&MaterialId::new("digestate")).is_some() && data.materials.len() >= 65);
    // Rules as shipped before take the corrected ratio; the user's own rule stays.
    let ratio = |a: &str, b: &str| data.substitution_ratio(&MaterialId::new(a), &MaterialId::new(b));
    assert_eq!(ratio("biological_sludge", "fertiliser"), Some(0.015));
    assert_eq!(ratio("steam", "district_heat"), Some(1.0), "the sample's own rule");
    assert_eq!(ratio("plastic_waste", "coal"), Some(1.16));
    // Firms get their country and port from their position; flows default to residues.
    let asnaes = data.firm(&FirmId::new("asnaes")).unwrap();
    assert_eq!((asnaes.country.as_str(), asnaes.port.as_str()), ("DK", "Kalundborg"));
    assert!(data.flows.iter().all(|f| f.role == FlowRole::Residue));
    assert!(data.problems().is_empty(), "{:?}", data.problems());
    drop(file);
    // Opened again, nothing more changes.
    let bytes = fs::read(&path).unwrap();
    drop(ProjectFile::open(&path).unwrap());
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_file_with_a_schema_version_this_app_never_wrote_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["-1", "abc", "0"] {
        let path = dir.path().join(format!("bad{bad}.gpkg"));
        ProjectFile::create(&path, &small_project(), false).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute("UPDATE se_metadata SET value = ?1 WHERE key = 'schema_version'", [bad])
            .unwrap();
        let bytes = fs::read(&path).unwrap();
        for mode in [OpenMode::ReadOnly, OpenMode::ReadWrite] {
            let err = ProjectFile::open_with(&path, mode).err().expect("refused").to_string();
            assert!(
                err.contains(&format!("its schema version '{bad}' (se_metadata) is not one this app wrote")),
                "{err}"
            );
            assert!(!err.contains("CREATE TABLE"), "no migration SQL in the message: {err}");
        }
        let out = cli(&["info", &path.display().to_string()]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
        assert_eq!(fs::read(&path).unwrap(), bytes, "the file is left as it was");
    }
}
