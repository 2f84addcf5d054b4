//! `cargo bench --bench edit`: 1,000 mixed edits (rename, move, add a flow, change a quantity,
//! delete a flow or a firm) on a generated 100,000-firm project, through the same path the
//! desktop app uses for every edit: the core's `Session::apply` (one transaction in the file,
//! then the change in memory) and the map index following the changes. Prints
//! exactly two lines on stdout, `edit median_ms N` and `edit p99_ms N` (targets: median <= 1 ms,
//! p99 <= 5 ms); on stderr each kind of edit, and, for a ratio that holds across machines, the
//! time of re-reading the whole project once (what an edit cost before the session kept the
//! project in memory).

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use std::time::{Duration, Instant};

use symbiosis_explorer::core::ProjectFile;
use symbiosis_explorer::core::generate::{GenerateOptions, generate};
use symbiosis_explorer::core::history::Edit;
use symbiosis_explorer::core::model::*;
use symbiosis_explorer::core::session::Session;
use symbiosis_explorer::ui::map::index::MapIndex;

const FIRMS: usize = 100_000;
const EDITS: usize = 1_000;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("edit100k.gpkg");
    let started = Instant::now();
    let data = generate(GenerateOptions { firms: FIRMS, seed: 3 }, |_| {});
    ProjectFile::create(&path, &data, true).expect("100,000-firm project written");
    drop(data);
    eprintln!("generated and wrote {FIRMS} firms in {:.1} s", started.elapsed().as_secs_f64());

    let file = ProjectFile::open(&path).expect("the project opens");
    let reload_started = Instant::now();
    let mut session = Session::new(file).expect("the project loads");
    let reload = reload_started.elapsed();
    let mut index = MapIndex::new(session.data());
    let (firms, flows) = (session.data().firms.len(), session.data().flows.len());

    let mut rng = fastrand::Rng::with_seed(42);
    let mut times = Vec::with_capacity(EDITS);
    let mut by_kind: std::collections::BTreeMap<&'static str, Vec<Duration>> = Default::default();
    for i in 0..EDITS {
        let edit = next_edit(&session, &mut rng, i);
        let kind = kind_of(&edit);
        let t = Instant::now();
        session.apply(edit).expect("the edit is saved");
        let changes = session.take_changes();
        index.follow(session.data(), &changes);
        times.push(t.elapsed());
        by_kind.entry(kind).or_default().push(t.elapsed());
    }
    for (kind, mut t) in by_kind {
        t.sort_unstable();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        eprintln!("{kind}: {} edits, median {:.3} ms, max {:.3} ms", t.len(), ms(t[t.len() / 2]), ms(t[t.len() - 1]));
    }
    times.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let median = ms(times[EDITS / 2]);
    let p99 = ms(times[EDITS * 99 / 100]);
    println!("edit median_ms {median:.3}");
    println!("edit p99_ms {p99:.3}");
    eprintln!(
        "project: {firms} firms, {flows} flows; one full re-read of it: {:.0} ms (an edit's median is {:.5} of that, p99 {:.5})",
        ms(reload),
        median / ms(reload),
        p99 / ms(reload)
    );
}

fn kind_of(edit: &Edit) -> &'static str {
    match edit {
        Edit::UpdateFirm { before, after } if before.location == after.location => "rename",
        Edit::UpdateFirm { .. } => "move",
        Edit::InsertFlow(_) => "add flow",
        Edit::UpdateFlow { .. } => "change quantity",
        Edit::DeleteFlow(_) => "delete flow",
        Edit::DeleteFirm { .. } => "delete firm",
        _ => "other",
    }
}

/// The `i`-th edit of the mix, built as the app's panels build it.
fn next_edit(session: &Session, rng: &mut fastrand::Rng, i: usize) -> Edit {
    let data = session.data();
    let firm = data.firms[rng.usize(..data.firms.len())].clone();
    match i % 5 {
        0 => Edit::UpdateFirm {
            before: firm.clone(),
            after: Firm { name: format!("{} (renamed {i})", firm.name), ..firm },
        },
        1 => {
            let at = LatLon::new(firm.location.lat + rng.f64() * 0.01, firm.location.lon + rng.f64() * 0.01);
            Edit::UpdateFirm { before: firm.clone(), after: Firm { location: at, ..firm } }
        }
        2 => {
            let mut flow = data.flows[rng.usize(..data.flows.len())].clone();
            flow.id = FlowId(0);
            flow.firm = firm.id;
            Edit::InsertFlow(flow)
        }
        3 => {
            let flow = data.flows[rng.usize(..data.flows.len())].clone();
            Edit::UpdateFlow { before: flow.clone(), after: Flow { quantity: flow.quantity * 1.1 + 1.0, ..flow } }
        }
        _ if i % 50 == 4 => session.delete_firm_edit(&firm.id).expect("the firm is there"),
        _ => Edit::DeleteFlow(data.flows[rng.usize(..data.flows.len())].clone()),
    }
}
