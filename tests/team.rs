//! The team store against a real PostgreSQL + PostGIS server (`.ci/run` installs and starts
//! one): publish, check out, check in with three-way merge, read-only roles, GDAL; and the
//! file-to-file merge, which needs no server.
//!
//! The server comes from `SE_TEST_PG` (an editing role) and `SE_TEST_PG_VIEWER` (a read-only
//! one), e.g. `postgres://se_editor:se_editor@127.0.0.1:5432/se_test`. Without them the server
//! tests are skipped, except under CI, where a missing server fails them.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{flow, kalundborg_copy, kalundborg_gpkg, stderr, stdout};
use symbiosis_explorer::core::gpkg::{self, Geometry};
use symbiosis_explorer::core::sync::pg;

fn server(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("{var} is not set: .ci/run starts a PostgreSQL server for these tests")
        }
        _ => {
            eprintln!("{var} is not set: team server test skipped");
            None
        }
    }
}

/// A schema name no other test (or earlier run) uses.
fn schema(name: &str) -> String {
    format!("t_{name}_{}_{}", std::process::id(), fastrand::u32(..))
}

/// The password of a connection URL (`postgres://user:password@...`).
fn password_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let userinfo = rest.rsplit_once('@')?.0;
    userinfo.split_once(':').map(|(_, p)| p.to_string())
}

/// The binary as a facilitator runs it: the password in `PGPASSWORD`, as a copy never has it.
fn cli(args: &[&str]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_symbiosis-explorer"));
    command.args(args);
    if let Some(password) = std::env::var("SE_TEST_PG").ok().as_deref().and_then(password_of) {
        command.env("PGPASSWORD", password);
    }
    command.output().expect("the binary runs")
}

fn ok(out: &std::process::Output) -> String {
    assert!(out.status.success(), "failed: {}\n{}", stderr(out), stdout(out));
    stdout(out)
}

fn publish(db: &str, project: &Path, schema: &str) {
    ok(&cli(&["publish", project.to_str().unwrap(), "--db", db, "--schema", schema]));
}

fn checkout(db: &str, schema: &str, out: &Path, extra: &[&str]) -> String {
    let mut args = vec!["checkout", "--db", db, "--schema", schema, "--out", out.to_str().unwrap()];
    args.extend(extra);
    ok(&cli(&args))
}

fn info_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&cli(&["info", "--json", path.to_str().unwrap()]))).unwrap()
}

/// Each feature's geometry by key, as GDAL reads the blobs.
fn geometries(path: &Path, sql: &str) -> Vec<(String, Geometry)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))).unwrap();
    let mut out: Vec<(String, Geometry)> =
        rows.map(|r| r.unwrap()).map(|(k, b)| (k, gpkg::decode(&b).unwrap())).collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// An attribute update as QGIS or GDAL would make it: plain SQL, no function of the app's.
fn sql(path: &Path, statement: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(statement).unwrap();
}

fn firm_name(path: &Path, id: &str) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT name FROM firms WHERE id = ?1", [id], |r| r.get(0)).unwrap()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Kalundborg published under a fresh schema, and two offline copies of it (Anna's and Boris's).
fn published_with_copies(db: &str, name: &str) -> (tempfile::TempDir, String, [PathBuf; 2]) {
    let dir = tmp();
    let s = schema(name);
    publish(db, &kalundborg_gpkg(), &s);
    let copies = [dir.path().join("anna.gpkg"), dir.path().join("boris.gpkg")];
    for copy in &copies {
        checkout(db, &s, copy, &[]);
    }
    (dir, s, copies)
}

#[test]
fn publish_then_checkout_gives_the_same_project_and_every_geometry() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let dir = tmp();
    let s = schema("same");
    publish(&db, &kalundborg_gpkg(), &s);
    let copy = dir.path().join("copy.gpkg");
    let said = checkout(&db, &s, &copy, &[]);
    assert!(said.contains("checked out"), "{said}");
    assert_eq!(info_json(&copy), info_json(&kalundborg_gpkg()));
    for sql in ["SELECT id, geom FROM firms", "SELECT CAST(fid AS TEXT), geom FROM exchanges"] {
        let (a, b) = (geometries(&kalundborg_gpkg(), sql), geometries(&copy, sql));
        assert!(!a.is_empty());
        assert_eq!(a, b, "{sql}");
    }
    // The same exchanges, with the same figures.
    let exchanges = |p: &Path| ok(&cli(&["exchanges", p.to_str().unwrap(), "--format", "csv"]));
    assert_eq!(exchanges(&copy), exchanges(&kalundborg_gpkg()));
    // Publishing again over it is refused unless asked to replace.
    let again = cli(&["publish", kalundborg_gpkg().to_str().unwrap(), "--db", &db, "--schema", &s]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists") && stderr(&again).contains("--replace"), "{}", stderr(&again));
    ok(&cli(&["publish", kalundborg_gpkg().to_str().unwrap(), "--db", &db, "--schema", &s, "--replace"]));
}

#[test]
fn two_offline_copies_edited_on_different_firms_both_check_in() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let (dir, s, [anna, boris]) = published_with_copies(&db, "two");
    // Anna renames one firm in QGIS; Boris changes another firm and adds a flow in the app.
    sql(&anna, "UPDATE firms SET name = 'Asnæs Power Station, renamed offline' WHERE id = 'asnaes'");
    {
        let file = symbiosis_explorer::core::ProjectFile::open(&boris).unwrap();
        let mut data = file.load().unwrap();
        let novo = data.firms.iter_mut().find(|f| f.id.as_str() == "novo_nordisk").unwrap();
        novo.employees = Some(4321);
        drop(file);
        let state = symbiosis_explorer::core::ProjectFile::open(&boris).unwrap().sync_record().unwrap().unwrap();
        let mut f = flow(
            "novo_nordisk",
            symbiosis_explorer::core::Direction::Supply,
            "biological_sludge",
            12_345.0,
            symbiosis_explorer::core::Unit::Tonne,
        );
        f.id = symbiosis_explorer::core::FlowId(data.flows.iter().map(|f| f.id.0).max().unwrap() + 1);
        data.flows.push(f);
        symbiosis_explorer::core::ProjectFile::create(&boris, &data, true).unwrap();
        symbiosis_explorer::core::ProjectFile::open(&boris).unwrap().set_sync_record(&state).unwrap();
    }
    let said = ok(&cli(&["checkin", anna.to_str().unwrap()]));
    assert!(said.contains("1 row(s) sent"), "{said}");
    let said = ok(&cli(&["checkin", boris.to_str().unwrap()]));
    assert!(said.contains("2 row(s) sent"), "{said}");
    // Boris's copy now has Anna's change too, and a fresh check-out has both.
    assert_eq!(firm_name(&boris, "asnaes"), "Asnæs Power Station, renamed offline");
    let fresh = dir.path().join("fresh.gpkg");
    checkout(&db, &s, &fresh, &[]);
    assert_eq!(firm_name(&fresh, "asnaes"), "Asnæs Power Station, renamed offline");
    let conn = rusqlite::Connection::open(&fresh).unwrap();
    let employees: i64 =
        conn.query_row("SELECT employees FROM firms WHERE id = 'novo_nordisk'", [], |r| r.get(0)).unwrap();
    assert_eq!(employees, 4321);
    let sludge: f64 = conn.query_row("SELECT quantity FROM flows WHERE quantity = 12345.0", [], |r| r.get(0)).unwrap();
    assert_eq!(sludge, 12_345.0);
    // Anna checks in again: she receives Boris's changes and sends nothing.
    let said = ok(&cli(&["checkin", anna.to_str().unwrap()]));
    assert!(said.contains("0 row(s) sent") && said.contains("2 received"), "{said}");
}

#[test]
fn a_conflicting_field_is_listed_with_both_values_and_decided_only_by_the_chosen_side() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let (dir, s, [anna, boris]) = published_with_copies(&db, "conflict");
    sql(&anna, "UPDATE firms SET name = 'Gyproc A' WHERE id = 'gyproc'");
    sql(&boris, "UPDATE firms SET name = 'Gyproc B' WHERE id = 'gyproc'");
    ok(&cli(&["checkin", anna.to_str().unwrap()]));
    let before = std::fs::read(&boris).unwrap();
    let refused = cli(&["checkin", boris.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.contains("conflict: firms gyproc name: local 'Gyproc B' server 'Gyproc A'"), "{err}");
    assert_eq!(std::fs::read(&boris).unwrap(), before, "a refused check-in leaves the copy as it was");
    let fresh = dir.path().join("fresh.gpkg");
    checkout(&db, &s, &fresh, &[]);
    assert_eq!(firm_name(&fresh, "gyproc"), "Gyproc A", "and the server");
    // Boris chooses his side.
    let said = ok(&cli(&["checkin", boris.to_str().unwrap(), "--prefer", "local"]));
    assert!(said.contains("kept local"), "{said}");
    checkout(&db, &s, &fresh, &[]);
    assert_eq!(firm_name(&fresh, "gyproc"), "Gyproc B");
    // Anna, on the other hand, keeps the server's value when she edits it again.
    sql(&anna, "UPDATE firms SET name = 'Gyproc A2' WHERE id = 'gyproc'");
    let refused = cli(&["checkin", anna.to_str().unwrap()]);
    assert!(stderr(&refused).contains("local 'Gyproc A2' server 'Gyproc B'"), "{}", stderr(&refused));
    ok(&cli(&["checkin", anna.to_str().unwrap(), "--prefer", "server"]));
    assert_eq!(firm_name(&anna, "gyproc"), "Gyproc B");
}

#[test]
fn a_checkin_killed_mid_way_leaves_the_server_unchanged_and_can_be_repeated() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let (dir, s, [copy, _]) = published_with_copies(&db, "killed");
    sql(
        &copy,
        "UPDATE firms SET name = 'Killed mid-way' WHERE id = 'novo_nordisk'; UPDATE flows SET quantity = quantity * 2",
    );
    let before = std::fs::read(&copy).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_symbiosis-explorer"))
        .args(["checkin", copy.to_str().unwrap()])
        .env("SE_TEST_CHECKIN_PAUSE_MS", "60000")
        .env("PGPASSWORD", password_of(&db).unwrap_or_default())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    assert!(line.contains("rows written"), "{line}");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), before, "the copy is as it was");
    let fresh = dir.path().join("fresh.gpkg");
    checkout(&db, &s, &fresh, &[]);
    assert_eq!(info_json(&fresh), info_json(&kalundborg_gpkg()), "the server is as it was");
    assert_ne!(firm_name(&fresh, "novo_nordisk"), "Killed mid-way");
    // Again, to the end.
    ok(&cli(&["checkin", copy.to_str().unwrap()]));
    checkout(&db, &s, &fresh, &[]);
    assert_eq!(firm_name(&fresh, "novo_nordisk"), "Killed mid-way");
}

#[test]
fn a_read_only_role_reads_but_cannot_write() {
    let (Some(db), Some(viewer)) = (server("SE_TEST_PG"), server("SE_TEST_PG_VIEWER")) else { return };
    let dir = tmp();
    let s = schema("viewer");
    publish(&db, &kalundborg_gpkg(), &s);
    let copy = dir.path().join("copy.gpkg");
    let said = checkout(&viewer, &s, &copy, &[]);
    assert!(said.contains("read-only"), "{said}");
    sql(&copy, "UPDATE firms SET name = 'Not allowed' WHERE id = 'novo_nordisk'");
    let refused = Command::new(env!("CARGO_BIN_EXE_symbiosis-explorer"))
        .args(["checkin", copy.to_str().unwrap()])
        .env("PGPASSWORD", password_of(&viewer).unwrap_or_default())
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("read-only"), "{}", stderr(&refused));
    let refused = cli(&["publish", kalundborg_gpkg().to_str().unwrap(), "--db", &viewer, "--schema", &schema("nope")]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("read-only"), "{}", stderr(&refused));
    let fresh = dir.path().join("fresh.gpkg");
    checkout(&db, &s, &fresh, &[]);
    assert_ne!(firm_name(&fresh, "novo_nordisk"), "Not allowed");
}

#[test]
fn an_area_checkout_holds_only_that_area_and_its_checkin_leaves_the_rest_alone() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let dir = tmp();
    let s = schema("area");
    let all = info_json(&kalundborg_gpkg());
    publish(&db, &kalundborg_gpkg(), &s);
    // Kalundborg's firms lie around 11.08-11.15 E, 55.66-55.69 N; a box over its western half.
    let copy = dir.path().join("west.gpkg");
    checkout(&db, &s, &copy, &["--bbox", "11.00,55.60,11.10,55.75"]);
    let part = info_json(&copy);
    let firms = |v: &serde_json::Value| v["counts"]["firms"].as_u64().unwrap();
    assert!(firms(&part) > 0 && firms(&part) < firms(&all), "{} of {}", firms(&part), firms(&all));
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let id: String = conn.query_row("SELECT id FROM firms LIMIT 1", [], |r| r.get(0)).unwrap();
    drop(conn);
    sql(&copy, &format!("UPDATE firms SET notes = 'edited offline' WHERE id = '{id}'"));
    let said = ok(&cli(&["checkin", copy.to_str().unwrap()]));
    assert!(said.contains("1 row(s) sent"), "{said}");
    let fresh = dir.path().join("fresh.gpkg");
    checkout(&db, &s, &fresh, &[]);
    let whole = info_json(&fresh);
    assert_eq!(whole["counts"], all["counts"], "nothing outside the area was lost");
    let conn = rusqlite::Connection::open(&fresh).unwrap();
    let notes: String = conn.query_row("SELECT notes FROM firms WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(notes, "edited offline");
}

#[test]
fn the_copy_keeps_its_server_but_never_a_password() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let dir = tmp();
    let s = schema("secret");
    publish(&db, &kalundborg_gpkg(), &s);
    let copy = dir.path().join("copy.gpkg");
    checkout(&db, &s, &copy, &[]);
    let record = symbiosis_explorer::core::ProjectFile::open(&copy).unwrap().sync_record().unwrap().unwrap();
    let state: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(state["schema"], s.as_str());
    let password = db.split("://").nth(1).and_then(|r| r.split('@').next()).and_then(|u| u.split(':').nth(1));
    if let Some(password) = password {
        let bytes = std::fs::read(&copy).unwrap();
        let found = bytes.windows(password.len() + 1).any(|w| w == format!(":{password}").as_bytes());
        assert!(!found, "the password is in the copy");
        assert!(!state["server"].as_str().unwrap().contains(&format!(":{password}@")));
        // Check-in finds the password in a .pgpass file (PGPASSFILE), and without one says where to put it.
        let bin = env!("CARGO_BIN_EXE_symbiosis-explorer");
        let bare = Command::new(bin)
            .args(["checkin", copy.to_str().unwrap()])
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", dir.path().join("none"))
            .output()
            .unwrap();
        assert_eq!(bare.status.code(), Some(1));
        assert!(stderr(&bare).contains("PGPASSWORD or ~/.pgpass"), "{}", stderr(&bare));
        let pgpass = dir.path().join("pgpass");
        std::fs::write(&pgpass, format!("# the team server\n*:*:*:*:{password}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
        let with = Command::new(bin)
            .args(["checkin", copy.to_str().unwrap()])
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", &pgpass)
            .output()
            .unwrap();
        assert!(with.status.success(), "{}", stderr(&with));
        // A .pgpass others may read is ignored, as libpq ignores it.
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
        let open = Command::new(bin)
            .args(["checkin", copy.to_str().unwrap()])
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", &pgpass)
            .output()
            .unwrap();
        assert_eq!(open.status.code(), Some(1));
    }
}

#[test]
fn matching_on_the_server_finds_what_matching_the_file_finds() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let s = schema("match");
    publish(&db, &kalundborg_gpkg(), &s);
    let on_server = ok(&cli(&["match", "--db", &db, "--schema", &s, "--format", "csv"]));
    let on_file = ok(&cli(&["match", kalundborg_gpkg().to_str().unwrap(), "--format", "csv"]));
    assert_eq!(on_server, on_file);
    assert!(on_file.lines().count() > 1);
}

#[test]
fn gdal_lists_the_server_layers_with_their_geometry_types() {
    let Some(db) = server("SE_TEST_PG") else { return };
    let s = schema("gdal");
    publish(&db, &kalundborg_gpkg(), &s);
    // GDAL's own form of the connection: key=value pairs.
    let rest = db.split("://").nth(1).unwrap();
    let (userinfo, hostpart) = rest.rsplit_once('@').unwrap();
    let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
    let (hostport, dbname) = hostpart.split_once('/').unwrap();
    let (host, port) = hostport.split_once(':').unwrap_or((hostport, "5432"));
    let pg = format!("PG:host={host} port={port} dbname={dbname} user={user} password={password} schemas={s}");
    let Ok(out) = Command::new("ogrinfo").arg("--version").output() else {
        assert!(std::env::var_os("CI").is_none(), "CI installs gdal-bin for ogrinfo");
        eprintln!("ogrinfo not installed: skipped");
        return;
    };
    let _ = out;
    let out = Command::new("ogrinfo").args(["-ro", &pg]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("firms (Point)"), "{text}");
    assert!(text.contains("exchanges (Line String)"), "{text}");
    // The attribute tables too, as GDAL lists them when asked for every table.
    let out = Command::new("ogrinfo").args(["-ro", "--config", "PG_LIST_ALL_TABLES", "YES", &pg]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for table in ["flows", "materials", "substitution_rules", "stages", "workshops"] {
        assert!(text.contains(&format!(": {table}")), "{table}: {text}");
    }
}

#[test]
fn an_unreachable_server_fails_soon_and_says_so() {
    let started = std::time::Instant::now();
    let out = cli(&[
        "checkout",
        "--db",
        "postgres://nobody:pw@127.0.0.1:1/none",
        "--schema",
        "x",
        "--out",
        "/tmp/never.gpkg",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(started.elapsed().as_secs() < 12);
    let err = stderr(&out);
    assert!(err.contains("could not connect") && err.contains("127.0.0.1"), "{err}");
    assert!(!err.contains(":pw@"), "the password is shown: {err}");
    assert!(!Path::new("/tmp/never.gpkg").exists());
}

/// File-to-file merge, for teams without a server.
fn three_copies(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let base = kalundborg_copy(dir, "base.gpkg");
    let mine = kalundborg_copy(dir, "mine.gpkg");
    let theirs = kalundborg_copy(dir, "theirs.gpkg");
    (base, mine, theirs)
}

#[test]
fn merging_two_copies_keeps_both_sides_changes() {
    let dir = tmp();
    let (base, mine, theirs) = three_copies(dir.path());
    sql(&mine, "UPDATE firms SET notes = 'mine' WHERE id = 'novo_nordisk'");
    sql(
        &theirs,
        "UPDATE firms SET employees = 77 WHERE id = 'gyproc'; DELETE FROM flows WHERE fid = (SELECT max(fid) FROM flows)",
    );
    let merged = dir.path().join("merged.gpkg");
    let said = ok(&cli(&[
        "merge",
        base.to_str().unwrap(),
        mine.to_str().unwrap(),
        theirs.to_str().unwrap(),
        "--out",
        merged.to_str().unwrap(),
    ]));
    assert!(said.contains("1 change(s) from") && said.contains("2 from"), "{said}");
    let conn = rusqlite::Connection::open(&merged).unwrap();
    let notes: String = conn.query_row("SELECT notes FROM firms WHERE id = 'novo_nordisk'", [], |r| r.get(0)).unwrap();
    let employees: i64 = conn.query_row("SELECT employees FROM firms WHERE id = 'gyproc'", [], |r| r.get(0)).unwrap();
    let flows: i64 = conn.query_row("SELECT count(*) FROM flows", [], |r| r.get(0)).unwrap();
    let base_flows = info_json(&base)["counts"]["flows"].as_i64().unwrap();
    assert_eq!((notes.as_str(), employees, flows), ("mine", 77, base_flows - 1));
}

#[test]
fn merging_conflicting_copies_writes_nothing_until_a_side_is_chosen() {
    let dir = tmp();
    let (base, mine, theirs) = three_copies(dir.path());
    sql(&mine, "UPDATE firms SET name = 'Mine' WHERE id = 'novo_nordisk'");
    sql(&theirs, "UPDATE firms SET name = 'Theirs' WHERE id = 'novo_nordisk'; DELETE FROM exchanges WHERE fid = 1");
    sql(&mine, "UPDATE exchanges SET notes = 'edited' WHERE fid = 1");
    let merged = dir.path().join("merged.gpkg");
    let args = |extra: &[&'static str]| {
        let mut a: Vec<String> = [
            "merge",
            base.to_str().unwrap(),
            mine.to_str().unwrap(),
            theirs.to_str().unwrap(),
            "--out",
            merged.to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let run = |a: Vec<String>| cli(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let refused = run(args(&[]));
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.contains("conflict: firms novo_nordisk name: local 'Mine' server 'Theirs'"), "{err}");
    assert!(err.contains("conflict: exchanges 1 (row): local '{"), "{err}");
    assert!(err.contains("server '(deleted)'"), "{err}");
    assert!(!merged.exists());
    ok(&run(args(&["--prefer", "theirs"])));
    assert_eq!(firm_name(&merged, "novo_nordisk"), "Theirs");
    ok(&run(args(&["--prefer", "mine"])));
    assert_eq!(firm_name(&merged, "novo_nordisk"), "Mine");
}

#[test]
fn the_connection_is_encrypted_and_the_certificate_checked_as_sslmode_asks() {
    let (Some(db), Some(ca)) = (server("SE_TEST_PG"), server("SE_TEST_PG_CA")) else { return };
    let with = |query: &str| format!("{db}{}{query}", if db.contains('?') { '&' } else { '?' });
    let verified = with(&format!("sslmode=verify-full&sslrootcert={ca}"));
    let mut s = pg::connect(&verified).unwrap();
    assert!(s.encryption().unwrap().is_some_and(|v| v.starts_with("TLS")), "encrypted and verified");
    let mut s = pg::connect(&with(&format!("sslmode=verify-ca&sslrootcert={ca}"))).unwrap();
    assert!(s.encryption().unwrap().is_some());
    let mut s = pg::connect(&with("sslmode=require")).unwrap();
    assert!(s.encryption().unwrap().is_some(), "require encrypts without checking");
    let mut s = pg::connect(&with("sslmode=disable")).unwrap();
    assert_eq!(s.encryption().unwrap(), None);
    // The system does not know the centre's own authority.
    let refused = pg::connect(&with("sslmode=verify-full")).err().unwrap().to_string();
    assert!(refused.contains("not trusted") && refused.contains("sslrootcert"), "{refused}");
    // A copy checked out over a verified connection checks in over one too.
    let dir = tmp();
    let s = schema("tls");
    publish(&db, &kalundborg_gpkg(), &s);
    let copy = dir.path().join("copy.gpkg");
    checkout(&verified, &s, &copy, &[]);
    sql(&copy, "UPDATE firms SET notes = 'over TLS' WHERE id = 'novo_nordisk'");
    ok(&cli(&["checkin", copy.to_str().unwrap()]));
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let state: String = conn.query_row("SELECT value FROM se_sync WHERE key = 'state'", [], |r| r.get(0)).unwrap();
    assert!(
        state.contains("sslmode=verify-full") && !state.contains(&format!(":{}@", password_of(&db).unwrap())),
        "kept, without the password"
    );
}
