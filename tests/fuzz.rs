//! Fuzzing without a nightly toolchain: proptest draws mutations of the seed corpus
//! (`tests/fuzz_corpus/`, made by `scripts/build_fuzz_corpus.sh`, and the sample projects) and
//! each target runs them until its time is up, catching panics and timing every execution.
//!
//! - `csv_import`: all five CSV files (and project.csv) of the samples, one mutated at a time,
//!   read from memory and (every tenth) from disk through the capped file reader.
//! - `gpkg_open_load`: sample project files mutated byte by byte and value by value (SQL), opened
//!   read-only, read-write, and marked WAL on read-only storage (the immutable open).
//! - `gpkg_geometry`: GeoPackage geometry blobs.
//! - `mbtiles_open`: MBTiles files, mutated, opened and their tiles decoded.
//!
//! CI runs each for a few seconds on a fixed seed; a long run is
//! `FUZZ_SECONDS=300 cargo test --release --test fuzz -- --nocapture --test-threads 1`
//! (`FUZZ_SEED=n` for another sequence). A panic or an execution over 10 s is a finding: its
//! input is saved as `tests/fuzz_corpus/<target>/crash-*` or `hang-*` and the test fails.
//! Besides "no panic, no hang", each target checks what the app promises: an import that
//! succeeds gives a project that passes the validation; a refused project file keeps its bytes.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use common::*;
use symbiosis_explorer::core::csv_import::{self, Sources, import_from_with_notes};
use symbiosis_explorer::core::*;

const HANG: Duration = Duration::from_secs(10);

fn budget() -> Duration {
    let seconds = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    Duration::from_secs_f64(seconds)
}

fn runner() -> TestRunner {
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(11);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

fn corpus(target: &str) -> PathBuf {
    root().join("tests/fuzz_corpus").join(target)
}

/// Runs `target` on inputs from `strategy` until the budget is spent; returns executions.
fn fuzz<T: std::fmt::Debug>(
    name: &str,
    strategy: impl Strategy<Value = T>,
    save: impl Fn(&T) -> Vec<u8>,
    target: impl Fn(&T),
) -> u64 {
    let mut runner = runner();
    let started = Instant::now();
    let mut executions = 0u64;
    let mut findings = Vec::new();
    while started.elapsed() < budget() && findings.len() < 3 {
        let input = strategy.new_tree(&mut runner).expect("a value").current();
        let at = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| target(&input)));
        let took = at.elapsed();
        executions += 1;
        let kind = if outcome.is_err() {
            "crash"
        } else if took > HANG {
            "hang"
        } else {
            continue;
        };
        fs::create_dir_all(corpus(name)).unwrap();
        let file = corpus(name).join(format!("{kind}-{executions}"));
        fs::write(&file, save(&input)).unwrap();
        findings.push(format!("{kind} after {took:?}: saved as {}", file.display()));
    }
    println!(
        "fuzz {name}: {executions} executions in {:.0} s, {} findings",
        started.elapsed().as_secs_f64(),
        findings.len()
    );
    assert!(findings.is_empty(), "{name}: {findings:#?}");
    executions
}

/// Bytes and texts that break parsers: delimiters, quotes, controls, extreme numbers.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b",",
    b";",
    b"\t",
    b"\n",
    b"\r\n",
    b"\0",
    b"\x1b[31m",
    b"'=",
    b"=",
    b"-",
    b"1e308",
    b"-1e308",
    b"NaN",
    b"inf",
    b"1e-320",
    b"-2000000000",
    b"2147483648",
    b"18446744073709551616",
    b"0",
    b"",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    "æøå Ж".as_bytes(),
    b"firm_id",
    b"quantity",
    b"MWh",
    b"t",
    b"m3",
    b"steam",
    b"supply",
    b"demand",
    b"product",
];

#[derive(Clone, Debug)]
enum Mutation {
    /// Overwrite the byte at this fraction of the length.
    Set(f64, u8),
    Insert(f64, usize),
    Delete(f64, u16),
    /// Copy a span elsewhere.
    Duplicate(f64, f64, u16),
    Truncate(f64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Mutation::Set(at, b)),
        (0.0..1.0f64, 0..TOKENS.len()).prop_map(|(at, t)| Mutation::Insert(at, t)),
        (0.0..1.0f64, 1..64u16).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (0.0..1.0f64, 0.0..1.0f64, 1..512u16).prop_map(|(a, b, n)| Mutation::Duplicate(a, b, n)),
        (0.0..1.0f64).prop_map(Mutation::Truncate),
    ]
}

fn mutate(seed: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
    for m in mutations {
        let len = bytes.len();
        match *m {
            Mutation::Set(f, b) if len > 0 => {
                let i = at(f, len - 1);
                bytes[i] = b;
            }
            Mutation::Set(..) => {}
            Mutation::Insert(f, t) => {
                let i = at(f, len);
                bytes.splice(i..i, TOKENS[t].iter().copied());
            }
            Mutation::Delete(f, n) => {
                let i = at(f, len);
                bytes.drain(i..(i + n as usize).min(len));
            }
            Mutation::Duplicate(a, b, n) => {
                let from = at(a, len);
                let span: Vec<u8> = bytes[from..(from + n as usize).min(len)].to_vec();
                let to = at(b, len);
                bytes.splice(to..to, span);
            }
            Mutation::Truncate(f) => bytes.truncate(at(f, len).max(len / 2)),
        }
    }
    bytes
}

const SAMPLES: &[&str] = &["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"];
const KINDS: &[&str] =
    &["firms", "flows", "exchanges", "materials", "rules", "project", "workshops", "contacts", "stages", "outcomes"];

/// A sample's CSV texts (missing optional files are empty) with hostile seeds of the corpus.
fn csv_seeds() -> Vec<Vec<Vec<u8>>> {
    SAMPLES
        .iter()
        .map(|s| {
            KINDS.iter().map(|k| fs::read(corpus("csv").join(format!("{s}_{k}.csv"))).unwrap_or_default()).collect()
        })
        .collect()
}

#[derive(Clone, Debug)]
struct CsvInput {
    sample: usize,
    kind: usize,
    /// Replace the file with a hostile seed of the corpus first.
    hostile: bool,
    mutations: Vec<Mutation>,
}

#[test]
fn fuzz_csv_import() {
    let seeds = csv_seeds();
    let hostile = [
        fs::read(corpus("csv").join("hostile_firms.csv")).unwrap(),
        fs::read(corpus("csv").join("hostile_flows.csv")).unwrap(),
    ];
    let dir = tempfile::tempdir().unwrap();
    let strategy = (0..SAMPLES.len(), 0..KINDS.len(), any::<bool>(), prop::collection::vec(mutation(), 1..8))
        .prop_map(|(sample, kind, hostile, mutations)| CsvInput { sample, kind, hostile, mutations });
    let texts = |input: &CsvInput| -> Vec<Vec<u8>> {
        let mut files = seeds[input.sample].clone();
        if input.hostile && input.kind < 2 {
            files[input.kind] = hostile[input.kind].clone();
        }
        files[input.kind] = mutate(&files[input.kind], &input.mutations);
        files
    };
    let created = std::cell::Cell::new(0u32);
    let runs = std::cell::Cell::new(0u32);
    fuzz(
        "csv",
        strategy,
        |input| texts(input)[input.kind].clone(),
        |input| {
            let files = texts(input);
            let named = |k: usize| (format!("{}.csv", KINDS[k]), files[k].as_slice());
            let optional = |k: usize| (!files[k].is_empty()).then(|| named(k));
            let sources = Sources {
                firms: named(0),
                flows: named(1),
                exchanges: optional(2),
                materials: optional(3),
                rules: optional(4),
                project: optional(5),
                workshops: optional(6),
                contacts: optional(7),
                stages: optional(8),
                outcomes: optional(9),
                crs: None,
            };
            let accepted = import_from_with_notes(sources);
            // Every tenth: the same files read from disk (the capped reader of `import`).
            runs.set(runs.get() + 1);
            if runs.get().is_multiple_of(10) {
                let on_disk = |k: usize| {
                    let path = dir.path().join(format!("{}.csv", KINDS[k]));
                    fs::write(&path, &files[k]).unwrap();
                    path
                };
                let optional_file = |k: usize| (!files[k].is_empty()).then(|| on_disk(k));
                let from_disk = csv_import::import(&csv_import::ImportFiles {
                    firms: on_disk(0),
                    flows: on_disk(1),
                    exchanges: optional_file(2),
                    materials: optional_file(3),
                    rules: optional_file(4),
                    project: optional_file(5),
                    workshops: optional_file(6),
                    contacts: optional_file(7),
                    stages: optional_file(8),
                    outcomes: optional_file(9),
                    crs: None,
                });
                assert_eq!(from_disk.is_ok(), accepted.is_ok(), "the file reader agrees with the in-memory one");
            }
            if let Ok((project, _notes)) = accepted {
                assert_eq!(project.problems(), Vec::<String>::new(), "an accepted import passes the validation");
                // Writing it works too (every tenth: a file costs milliseconds).
                created.set(created.get() + 1);
                if created.get() % 10 == 1 {
                    let path = dir.path().join("imported.gpkg");
                    ProjectFile::create(&path, &project, true).expect("an accepted import can be written");
                    let back = ProjectFile::open(&path).expect("and opened").load().expect("and loaded");
                    assert_eq!(back.firms.len(), project.firms.len());
                }
            }
        },
    );
}

#[derive(Clone, Debug)]
enum FileChange {
    Bytes(Vec<Mutation>),
    /// Set column `column` of row `row` of table `table` to value number `value`.
    Value {
        table: usize,
        column: usize,
        row: usize,
        value: usize,
    },
}

const TABLES: &[&str] = &[
    "firms",
    "flows",
    "exchanges",
    "materials",
    "substitution_rules",
    "se_project",
    "se_parameters",
    "se_metadata",
    "gpkg_contents",
    "gpkg_geometry_columns",
];
const VALUES: &[&str] = &[
    "NULL",
    "'text'",
    "''",
    "1e308",
    "-1e308",
    "9e999",
    "-9e999",
    "0",
    "-1",
    "2147483648",
    "-2000000000",
    "x'00'",
    "x'47500003e610000000'",
    "char(0)",
    "'a' || char(27) || '[31m'",
    "randomblob(64)",
    "'NaN'",
    "'steam'",
    "'MWh'",
    "'has'",
    "'abc'",
    "5",
    "1.5",
];

#[test]
fn fuzz_gpkg_open_load() {
    let seeds: Vec<Vec<u8>> =
        SAMPLES.iter().map(|s| fs::read(root().join(format!("sample_projects/{s}.gpkg"))).unwrap()).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed.gpkg");
    let shelf = dir.path().join("shelf");
    fs::create_dir(&shelf).unwrap();
    let on_shelf = shelf.join("fuzzed.gpkg");
    let change = prop_oneof![
        prop::collection::vec(mutation(), 1..6).prop_map(FileChange::Bytes),
        (0..TABLES.len(), 0..16usize, 0..8usize, 0..VALUES.len())
            .prop_map(|(table, column, row, value)| FileChange::Value { table, column, row, value }),
    ];
    let strategy = (0..seeds.len(), prop::collection::vec(change, 1..4));
    let build = |(sample, changes): &(usize, Vec<FileChange>)| -> Vec<u8> {
        let mut bytes = seeds[*sample].clone();
        for change in changes {
            match change {
                FileChange::Bytes(m) => bytes = mutate(&bytes, m),
                FileChange::Value { table, column, row, value } => {
                    fs::write(&path, &bytes).unwrap();
                    if let Ok(conn) = rusqlite::Connection::open(&path) {
                        let table = TABLES[*table];
                        let columns: Vec<String> = conn
                            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
                            .unwrap_or_default();
                        if let Some(col) = columns.get(column % columns.len().max(1)) {
                            let sql = format!(
                                "UPDATE \"{table}\" SET \"{col}\" = {} WHERE rowid = (SELECT rowid FROM \"{table}\" LIMIT 1 OFFSET {row})",
                                VALUES[*value]
                            );
                            let _ = conn.execute_batch(&sql);
                        }
                        drop(conn);
                        bytes = fs::read(&path).unwrap();
                    }
                }
            }
        }
        bytes
    };
    fuzz("gpkg", strategy, build, |input| {
        let bytes = build(input);
        for mode in [OpenMode::ReadOnly, OpenMode::ReadWrite] {
            fs::write(&path, &bytes).unwrap();
            for side in ["-wal", "-shm", "-journal"] {
                let _ = fs::remove_file(format!("{}{side}", path.display()));
            }
            match ProjectFile::open_with(&path, mode) {
                Ok(file) => {
                    let data = file.load().expect("an opened project loads");
                    assert_eq!(data.problems(), Vec::<String>::new());
                }
                Err(_) => assert!(fs::read(&path).unwrap() == bytes, "a refused file keeps its bytes ({mode:?})"),
            }
        }
        // The same bytes marked as a WAL file on read-only storage: the immutable open.
        if bytes.len() >= 20 {
            let mut wal = bytes.clone();
            wal[18] = 2;
            wal[19] = 2;
            set_read_only(&shelf, false);
            fs::write(&on_shelf, &wal).unwrap();
            set_read_only(&shelf, true);
            if let Ok(file) = ProjectFile::open(&on_shelf) {
                assert!(file.is_read_only());
                assert_eq!(file.load().expect("an opened project loads").problems(), Vec::<String>::new());
            }
            assert!(fs::read(&on_shelf).unwrap() == wal, "the file on read-only storage keeps its bytes");
            assert_eq!(fs::read_dir(&shelf).unwrap().count(), 1, "no -shm or -wal is made beside it");
            set_read_only(&shelf, false);
        }
    });
}

#[test]
fn fuzz_gpkg_geometry() {
    let seeds: Vec<Vec<u8>> =
        fs::read_dir(corpus("geometry")).unwrap().map(|e| fs::read(e.unwrap().path()).unwrap()).collect();
    assert!(seeds.len() >= 5);
    let strategy = (0..seeds.len(), prop::collection::vec(mutation(), 0..6), prop::collection::vec(any::<u8>(), 0..2));
    let build = |(seed, mutations, tail): &(usize, Vec<Mutation>, Vec<u8>)| {
        let mut bytes = mutate(&seeds[*seed], mutations);
        bytes.extend(tail);
        bytes
    };
    fuzz("geometry", strategy, build, |input| {
        let blob = build(input);
        if let Ok(geometry) = gpkg::decode(&blob) {
            let again = gpkg::encode(&geometry, gpkg::SRS_WGS84);
            let back = gpkg::decode(&again).expect("what we encode decodes");
            assert_eq!(back, geometry);
        }
    });
}

#[test]
fn fuzz_mbtiles_open() {
    let seed = fs::read(corpus("mbtiles").join("seed.mbtiles")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed.mbtiles");
    let strategy = prop::collection::vec(mutation(), 1..10);
    fuzz(
        "mbtiles",
        strategy,
        |m| mutate(&seed, m),
        |mutations| {
            fs::write(&path, mutate(&seed, mutations)).unwrap();
            if let Ok(file) = symbiosis_explorer::mbtiles::MbTiles::open(&path) {
                for (z, x, y) in [(0, 0, 0), (1, 0, 0), (1, 1, 1), (30, u32::MAX, u32::MAX)] {
                    if let Some(bytes) = file.tile(z, x, y) {
                        let _ = symbiosis_explorer::mbtiles::decode_tile(&bytes);
                    }
                }
            }
        },
    );
}

fn set_read_only(dir: &Path, yes: bool) {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(dir, fs::Permissions::from_mode(if yes { 0o555 } else { 0o755 })).unwrap();
}

/// Any seed file saved as a finding stays a regression test: each must now pass.
#[test]
fn saved_findings_no_longer_fail() {
    for target in ["csv", "gpkg", "geometry", "mbtiles"] {
        let Ok(entries) = fs::read_dir(corpus(target)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !(name.starts_with("crash-") || name.starts_with("hang-")) {
                continue;
            }
            let bytes = fs::read(&path).unwrap();
            let started = Instant::now();
            run_finding(target, &bytes, &path);
            assert!(started.elapsed() < HANG, "{}", path.display());
        }
    }
}

fn run_finding(target: &str, bytes: &[u8], path: &Path) {
    let dir = tempfile::tempdir().unwrap();
    match target {
        "csv" => {
            for kind in 0..2 {
                let mut files: Vec<Vec<u8>> = csv_seeds()[0].clone();
                files[kind] = bytes.to_vec();
                let named = |k: usize| (format!("{}.csv", KINDS[k]), files[k].as_slice());
                let sources = Sources::firms_and_flows(named(0), named(1));
                if let Ok((project, _)) = import_from_with_notes(sources) {
                    assert!(project.problems().is_empty(), "{}", path.display());
                }
            }
        }
        "gpkg" => {
            let file = dir.path().join("f.gpkg");
            fs::write(&file, bytes).unwrap();
            if let Ok(f) = ProjectFile::open(&file) {
                f.load().unwrap();
            }
        }
        "geometry" => {
            if let Ok(geometry) = gpkg::decode(bytes) {
                assert_eq!(gpkg::decode(&gpkg::encode(&geometry, gpkg::SRS_WGS84)), Ok(geometry), "{}", path.display());
            }
        }
        _ => {
            let file = dir.path().join("f.mbtiles");
            fs::write(&file, bytes).unwrap();
            if let Ok(f) = symbiosis_explorer::mbtiles::MbTiles::open(&file) {
                let _ = f.tile(0, 0, 0);
            }
        }
    }
}
