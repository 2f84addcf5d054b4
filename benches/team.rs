//! `SE_TEST_PG=postgres://... cargo bench --bench team`: the team store at regional scale, on a
//! generated 100,000-firm project published to a real PostgreSQL/PostGIS server.
//!
//! Prints on stdout, one figure per line:
//! - `publish_s`: the whole project to the server;
//! - `checkout_area_s` (target <= 2 s): a municipality-sized area (about 20 x 20 km holding
//!   about 1,000 firms; the densest such cell of the generated project), with `area_firms`;
//! - `checkin_1000_s` (target <= 2 s): 1,000 field edits made offline with plain SQL (as QGIS
//!   or GDAL would) checked in, merged three ways in one server transaction;
//! - `match_server_s` and `match_file_s` and their ratio `match_server_vs_file` (target <= 3):
//!   `match` of the whole project read from the server against the same from the GeoPackage.
//!
//! Each time is also given as a ratio to something measured in the same run, since machines
//! differ: the check-out against writing the same area as a local file, the check-in against
//! reading the copy back locally.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use std::collections::HashMap;
use std::str::FromStr as _;
use std::time::Instant;

use symbiosis_explorer::core::generate::{GenerateOptions, generate};
use symbiosis_explorer::core::matching::{MatchOptions, Matcher};
use symbiosis_explorer::core::sync::{self, pg};
use symbiosis_explorer::core::{OpenMode, ProjectFile};

const FIRMS: usize = 100_000;

fn main() {
    let Some(db) = std::env::var("SE_TEST_PG").ok().filter(|v| !v.is_empty()) else {
        eprintln!("set SE_TEST_PG to a PostgreSQL + PostGIS server (scripts/team_server.sh makes one); skipped");
        return;
    };
    // A copy never stores the password: the check-in takes it from PGPASSWORD, as a
    // facilitator's would.
    if std::env::var_os("PGPASSWORD").is_none()
        && let Some(password) = postgres::Config::from_str(&db).ok().and_then(|c| c.get_password().map(<[u8]>::to_vec))
    {
        // SAFETY: no other thread exists yet.
        unsafe { std::env::set_var("PGPASSWORD", String::from_utf8_lossy(&password).as_ref()) };
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("region.gpkg");
    let data = generate(GenerateOptions { firms: FIRMS, seed: 11 }, |_| {});
    ProjectFile::create(&path, &data, true).unwrap();
    let schema = format!("bench_region_{}", std::process::id());

    let t = Instant::now();
    let mut server = pg::connect(&db).unwrap();
    server.publish(&data, &schema, true, false).unwrap();
    println!("publish_s {:.2}", t.elapsed().as_secs_f64());

    // The densest 20 x 20 km cell (0.18 degrees of latitude, 0.32 of longitude at 56 N).
    let (dlat, dlon) = (0.18, 0.32);
    let mut cells: HashMap<(i64, i64), usize> = HashMap::new();
    for f in &data.firms {
        *cells.entry(((f.location.lat / dlat).floor() as i64, (f.location.lon / dlon).floor() as i64)).or_default() +=
            1;
    }
    let ((cy, cx), _) = cells.iter().min_by_key(|(_, n)| (**n as i64 - 1000).abs()).map(|(c, n)| (*c, *n)).unwrap();
    let bbox = [cx as f64 * dlon, cy as f64 * dlat, (cx + 1) as f64 * dlon, (cy + 1) as f64 * dlat];
    let copy = dir.path().join("area.gpkg");
    let t = Instant::now();
    let s = pg::checkout(&db, &schema, Some(bbox), &copy).unwrap();
    let checkout = t.elapsed().as_secs_f64();
    let area = sync::within(&data, bbox);
    let t = Instant::now();
    ProjectFile::create(dir.path().join("area-local.gpkg"), &area, true).unwrap();
    let local_write = t.elapsed().as_secs_f64();
    println!("area_firms {}", s.firms);
    println!("checkout_area_s {checkout:.3}");
    eprintln!(
        "checkout: {:.1}x the time of writing the same area as a local file ({local_write:.3} s)",
        checkout / local_write
    );

    // 1,000 edits offline, as QGIS would make them: plain UPDATEs.
    {
        let conn = rusqlite::Connection::open(&copy).unwrap();
        conn.execute_batch(
            "UPDATE firms SET notes = 'visited ' || fid WHERE fid IN (SELECT fid FROM firms ORDER BY fid LIMIT 500);
             UPDATE flows SET quantity = quantity * 1.1 WHERE fid IN (SELECT fid FROM flows ORDER BY fid LIMIT 500);",
        )
        .unwrap();
    }
    let t = Instant::now();
    let c = pg::checkin(&copy, &sync::Sides::none(), false).unwrap();
    let checkin = t.elapsed().as_secs_f64();
    let t = Instant::now();
    ProjectFile::open_with(&copy, OpenMode::ReadOnly).unwrap().load().unwrap();
    let local_read = t.elapsed().as_secs_f64();
    println!("checkin_rows {}", c.sent);
    println!("checkin_1000_s {checkin:.3}");
    eprintln!("checkin: {:.1}x the time of reading the copy back locally ({local_read:.3} s)", checkin / local_read);

    let run = |project: &symbiosis_explorer::core::ProjectData| {
        let options = MatchOptions { year: Some(project.meta.year()), ..MatchOptions::default() };
        let m = Matcher::new(project, options);
        m.build_index();
        m.run(&std::sync::atomic::AtomicBool::new(false)).candidates.len()
    };
    let t = Instant::now();
    let local = ProjectFile::open_with(&path, OpenMode::ReadOnly).unwrap().load().unwrap();
    let read_file_s = t.elapsed().as_secs_f64();
    let n_file = run(&local);
    let file_s = t.elapsed().as_secs_f64();
    drop(local);
    let t = Instant::now();
    let remote = pg::load(&db, &schema).unwrap();
    let read_server_s = t.elapsed().as_secs_f64();
    let n_server = run(&remote);
    let server_s = t.elapsed().as_secs_f64();
    eprintln!(
        "reading the project alone: {read_server_s:.2} s from the server, {read_file_s:.2} s from the file ({:.1}x)",
        read_server_s / read_file_s
    );
    println!("match_file_s {file_s:.2}");
    println!("match_server_s {server_s:.2}");
    println!("match_server_vs_file {:.2}", server_s / file_s);
    eprintln!(
        "candidates: {n_file} from the file, {n_server} from the server (the server's project has the check-in's edits)"
    );
    let mut client = pg::connect(&db).unwrap();
    client.drop_schema(&schema).unwrap();
}
