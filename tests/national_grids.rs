//! CSV import and export in the Baltic national grids, through the real binary. Expected
//! positions come from GDAL 3.6 / PROJ 9 (OGR CoordinateTransformation), not from this app.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::path::Path;

use common::*;
use symbiosis_explorer::core::*;

const FLOWS: &str = "firm_id,direction,material,quantity,unit\nsthlm,supply,waste_heat,1000,MWh\n";

/// (id, lat, lon, EPSG, easting, northing), GDAL's figures.
const PLACES: &[(&str, f64, f64, u32, f64, f64)] = &[
    ("sthlm", 59.3293, 18.0686, 3006, 674571.8664, 6580743.0083),
    ("handelo", 58.619, 16.228, 3006, 571326.7500, 6498281.3016),
    ("helsinki", 60.1699, 24.9384, 3067, 385611.3167, 6672118.3802),
    ("tallinn", 59.437, 24.7536, 3301, 542763.3691, 6589036.2754),
    ("riga", 56.9496, 24.1052, 3059, 506399.3118, 311780.5749),
    ("vilnius", 54.6872, 25.2797, 3346, 582510.3673, 6061948.6830),
    ("warsaw", 52.2297, 21.0122, 2180, 637382.2044, 486757.2095),
    ("asnaes", 55.661528, 11.080892, 25832, 630902.1865, 6170372.7686),
    ("bornholm", 55.1, 14.9, 25833, 493619.0672, 6105923.9799),
];

fn metres_between(a: LatLon, b: LatLon) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat))
}

fn import(dir: &Path, firms: &str, extra: &[&str]) -> std::process::Output {
    let firms_path = dir.join("firms.csv");
    let flows_path = dir.join("flows.csv");
    fs::write(&firms_path, firms).unwrap();
    fs::write(&flows_path, FLOWS).unwrap();
    let out = dir.join("park.gpkg");
    let mut args = vec!["import", "--firms", firms_path.to_str().unwrap(), "--flows", flows_path.to_str().unwrap()];
    args.extend(extra);
    args.extend(["--out", out.to_str().unwrap()]);
    cli(&args)
}

fn positions(path: &Path) -> Vec<(String, LatLon)> {
    let data = ProjectFile::open(path).unwrap().load().unwrap();
    data.firms.iter().map(|f| (f.id.0.clone(), f.location)).collect()
}

fn assert_within_a_metre(path: &Path, ids: &[&str]) {
    let got = positions(path);
    for id in ids {
        let (_, lat, lon, ..) = PLACES.iter().find(|p| p.0 == *id).unwrap();
        let (_, at) = got.iter().find(|(g, _)| g == id).unwrap_or_else(|| panic!("{id} imported"));
        let off = metres_between(*at, LatLon::new(*lat, *lon));
        assert!(off < 1.0, "{id} landed {off} m from where GDAL puts it");
    }
}

#[test]
fn a_csv_in_sweref99_tm_lands_within_a_metre() {
    let dir = tempfile::tempdir().unwrap();
    let firms = "id,name,x,y\nsthlm,Stockholm plant,674571.8664,6580743.0083\nhandelo,Händelö,571326.75,6498281.3016\n";
    let out = import(dir.path(), firms, &["--crs", "EPSG:3006"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_within_a_metre(&dir.path().join("park.gpkg"), &["sthlm", "handelo"]);
}

#[test]
fn every_baltic_grid_is_read_from_a_crs_column_with_easting_and_northing() {
    let dir = tempfile::tempdir().unwrap();
    let mut firms = String::from("id;name;easting;northing;crs\n");
    for (id, _, _, epsg, e, n) in PLACES {
        // Nordic spreadsheets: semicolons and decimal commas.
        firms.push_str(&format!(
            "{id};{id};{};{};EPSG:{epsg}\n",
            e.to_string().replace('.', ","),
            n.to_string().replace('.', ",")
        ));
    }
    let out = import(dir.path(), &firms, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<&str> = PLACES.iter().map(|p| p.0).collect();
    assert_within_a_metre(&dir.path().join("park.gpkg"), &ids);
}

#[test]
fn lat_lon_columns_with_a_grid_crs_hold_northing_and_easting() {
    let dir = tempfile::tempdir().unwrap();
    let firms = "id,name,lat,lon\nsthlm,Stockholm plant,6580743.0083,674571.8664\n";
    let out = import(dir.path(), firms, &["--crs", "3006"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_within_a_metre(&dir.path().join("park.gpkg"), &["sthlm"]);
}

#[test]
fn export_in_a_grid_then_import_reproduces_the_positions() {
    let dir = tempfile::tempdir().unwrap();
    let csv_dir = dir.path().join("sweref");
    let out = export(&kalundborg_gpkg(), "csv", &csv_dir, &["--crs", "EPSG:25832"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let firms = fs::read_to_string(csv_dir.join("firms.csv")).unwrap();
    assert!(firms.starts_with("id,name,x,y,crs,nace,"), "{}", firms.lines().next().unwrap());
    let asnaes = firms.lines().find(|l| l.starts_with("asnaes,")).unwrap();
    let cells: Vec<&str> = asnaes.split(',').collect();
    let (x, y): (f64, f64) = (cells[2].parse().unwrap(), cells[3].parse().unwrap());
    assert!((x - 630902.1865).abs() < 0.01 && (y - 6170372.7686).abs() < 0.01, "Asnæs at {x},{y}");
    assert_eq!(cells[4], "EPSG:25832");

    let back = dir.path().join("back.gpkg");
    let out = import_csv_dir(&csv_dir, &back);
    assert!(out.status.success(), "{}", stderr(&out));
    let original = positions(&kalundborg_gpkg());
    let again = positions(&back);
    assert_eq!(original.len(), again.len());
    for ((a, p), (b, q)) in original.iter().zip(&again) {
        assert_eq!(a, b);
        assert!(metres_between(*p, *q) < 0.001, "{a} moved {} m", metres_between(*p, *q));
    }
}

#[test]
fn grid_mistakes_are_reported_at_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let firms = "id,name,x,y,crs\n\
        swapped,Swapped,6580743.0083,674571.8664,EPSG:3006\n\
        unknown,Unknown grid,674571.8664,6580743.0083,EPSG:3857\n\
        nogrid,No grid,674571.8664,6580743.0083,\n";
    let out = import(dir.path(), firms, &[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("firms.csv:2:3: easting 6580743.0083 / northing 674571.8664 in EPSG:3006"), "{err}");
    assert!(err.contains("look swapped"), "{err}");
    assert!(err.contains("firms.csv:3:5: unsupported CRS EPSG:3857"), "{err}");
    assert!(err.contains("firms.csv:4:3: x/y need a CRS"), "{err}");
    assert!(!dir.path().join("park.gpkg").exists(), "nothing is written");

    let out = import(dir.path(), "id,name,lat,lon,x,y\na,A,59,18,674571,6580743\n", &["--crs", "3006"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("firms.csv:1:3: both lat/lon and x/y columns"), "{}", stderr(&out));

    let out = import(dir.path(), "id,name,x,y\na,A,1,2\n", &["--crs", "EPSG:9999"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unsupported CRS EPSG:9999"), "{}", stderr(&out));
}

#[test]
fn geojson_stays_in_lon_lat_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = export(&kalundborg_gpkg(), "geojson", dir.path(), &["--crs", "EPSG:3006"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("GeoJSON is always WGS 84 lon/lat"), "{}", stderr(&out));
}

#[test]
fn a_crs_column_beside_lat_lon_says_per_row_what_the_numbers_are() {
    let dir = tempfile::tempdir().unwrap();
    // One row in SWEREF99 TM (northing in "lat", easting in "lon"), one in degrees (no crs).
    let firms = "id,name,lat,lon,crs\nsthlm,Stockholm plant,6580743.0083,674571.8664,EPSG:3006\nhandelo,Händelö,58.619,16.228,\n";
    let out = import(dir.path(), firms, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_within_a_metre(&dir.path().join("park.gpkg"), &["sthlm", "handelo"]);
}
