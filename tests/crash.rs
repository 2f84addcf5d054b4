//! Crash safety: a child process making 1,000 scripted edits is killed with SIGKILL at 20
//! random moments. After each kill the file passes `PRAGMA integrity_check` and holds exactly
//! the edits that were committed: every acknowledged edit, plus at most the one in flight.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use common::*;
use rusqlite::Connection;
use symbiosis_explorer::core::*;

const EDITS: usize = 1000;
const KILLS: usize = 20;
const CHILD_ENV: &str = "SYMBIOSIS_CRASH_CHILD_FILE";
/// Set: the child edits as the desktop app does (an editing session: WAL, synchronous=NORMAL).
const WAL_ENV: &str = "SYMBIOSIS_CRASH_CHILD_WAL";

fn base() -> ProjectData {
    small_project()
}

fn firm_for(i: usize) -> Firm {
    firm(&format!("c{}", i / 4), 55.0 + (i as f64) * 1e-4, 11.0 + (i as f64) * 1e-4)
}

/// Applies scripted edit `i` to the file.
fn apply_to_file(file: &mut ProjectFile, i: usize) -> Result<(), StoreError> {
    match i % 4 {
        0 => file.insert_firm(&firm_for(i)),
        1 => file
            .insert_flow(&flow(&format!("c{}", i / 4), Direction::Supply, "fly_ash", i as f64, Unit::Tonne))
            .map(drop),
        2 => {
            let mut moved = firm_for(i - 2);
            moved.location = LatLon::new(moved.location.lat + 0.5, moved.location.lon + 0.5);
            file.update_firm(&moved)
        }
        _ => {
            let meta = ProjectMeta { name: format!("after edit {i}"), ..base().meta };
            file.set_meta(&meta)
        }
    }
}

/// Applies scripted edit `i` to the in-memory model, as the file should record it.
fn apply_to_model(data: &mut ProjectData, i: usize) {
    match i % 4 {
        0 => data.firms.push(firm_for(i)),
        1 => {
            let mut f = flow(&format!("c{}", i / 4), Direction::Supply, "fly_ash", i as f64, Unit::Tonne);
            f.id = FlowId(data.flows.len() as i64 + 1);
            data.flows.push(f);
        }
        2 => {
            let firm = data.firms.last_mut().expect("edit 0 of the group added it");
            firm.location = LatLon::new(firm.location.lat + 0.5, firm.location.lon + 0.5);
        }
        _ => data.meta.name = format!("after edit {i}"),
    }
}

/// The expected project after each number of edits, 0..=EDITS.
fn expected_states() -> Vec<ProjectData> {
    let mut data = base();
    for (i, f) in data.flows.iter_mut().enumerate() {
        f.id = FlowId(i as i64 + 1);
    }
    data.exchanges[0].id = ExchangeId(1);
    let mut states = vec![data.clone()];
    for i in 0..EDITS {
        apply_to_model(&mut data, i);
        states.push(data.clone());
    }
    states
}

fn committed_edits(path: &Path, states: &[ProjectData]) -> usize {
    let loaded = ProjectFile::open(path).expect("the file opens after a crash").load().unwrap();
    states
        .iter()
        .position(|s| *s == loaded)
        .unwrap_or_else(|| panic!("file state matches no prefix of the script: {:?}", loaded.meta.name))
}

/// The child side: resumes the script where the file stands and acknowledges each commit.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let states = expected_states();
    let start = committed_edits(Path::new(&path), &states);
    let mut file = ProjectFile::open(&path).unwrap();
    if std::env::var_os(WAL_ENV).is_some() {
        file.begin_editing().unwrap();
    }
    let mut out = std::io::stdout().lock();
    for i in start..EDITS {
        apply_to_file(&mut file, i).unwrap();
        writeln!(out, "committed {i}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn sigkill_at_random_moments_loses_at_most_the_edit_in_flight() {
    crash_at_random_moments(false);
}

/// The same as the desktop app edits: WAL with synchronous=NORMAL; a kill still loses at most
/// the edit in flight (only a power cut could lose more).
#[test]
fn sigkill_of_an_editing_session_in_wal_mode_loses_at_most_the_edit_in_flight() {
    crash_at_random_moments(true);
}

fn crash_at_random_moments(wal: bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.gpkg");
    ProjectFile::create(&path, &base(), false).unwrap();
    let states = expected_states();
    let seed = fastrand::u64(..);
    let mut rng = fastrand::Rng::with_seed(seed);
    eprintln!("crash test seed {seed}");

    let mut kills = 0;
    let mut last_count = 0;
    while kills < KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .envs(wal.then_some((WAL_ENV, "1")))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let wait_for = rng.usize(1..60);
        let mut acked: Option<usize> = None;
        let mut seen = 0;
        while seen < wait_for {
            let Some(Ok(line)) = lines.next() else { break };
            if let Some(n) = line.strip_prefix("committed ") {
                acked = Some(n.parse().unwrap());
                seen += 1;
            }
        }
        std::thread::sleep(std::time::Duration::from_micros(rng.u64(0..3000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for line in lines.map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("committed ") {
                acked = Some(n.parse().unwrap());
            }
        }
        kills += 1;

        let conn = Connection::open(&path).unwrap();
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        drop(conn);
        assert_eq!(integrity, "ok", "after kill {kills} (seed {seed})");
        let count = committed_edits(&path, &states);
        let acked_count = acked.map_or(last_count, |n| n + 1);
        assert!(
            count == acked_count || count == acked_count + 1,
            "kill {kills}: {count} edits in the file, {acked_count} acknowledged (seed {seed})"
        );
        assert!(count >= last_count, "committed edits never disappear");
        last_count = count;
        if count == EDITS {
            break;
        }
    }
    assert_eq!(kills, KILLS, "the script outlived the kills; make it longer");

    // Finish the script and check the end state.
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .envs(wal.then_some((WAL_ENV, "1")))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(committed_edits(&path, &states), EDITS);
    let data = ProjectFile::open(&path).unwrap().load().unwrap();
    assert_eq!(data.firms.len(), 2 + EDITS / 4);
    assert_eq!(data.meta.name, format!("after edit {}", EDITS - 1));
    // Closed cleanly, an editing session leaves one file: everything checkpointed back into it.
    assert!(!dir.path().join("crash.gpkg-wal").exists(), "no -wal file is left after a clean close");
}
