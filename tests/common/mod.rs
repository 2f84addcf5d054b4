//! Helpers shared by the integration tests.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use symbiosis_explorer::core::*;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn kalundborg_gpkg() -> PathBuf {
    root().join("sample_projects/kalundborg.gpkg")
}

pub fn kalundborg_csv(name: &str) -> PathBuf {
    root().join("sample_projects/kalundborg").join(name)
}

/// Runs the real binary with `args`.
pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_symbiosis-explorer")).args(args).output().expect("the binary runs")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file in a directory, with its bytes (to prove that nothing changed).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    files.sort();
    files
}

pub fn firm(id: &str, lat: f64, lon: f64) -> Firm {
    Firm {
        id: FirmId::new(id),
        name: format!("Firm {id}"),
        location: LatLon::new(lat, lon),
        nace: "35.11".into(),
        employees: Some(10),
        address: String::new(),
        notes: String::new(),
        source: "test".into(),
        country: String::new(),
        ets: false,
        port: String::new(),
    }
}

pub fn flow(firm: &str, direction: Direction, material: &str, quantity: f64, unit: Unit) -> Flow {
    Flow {
        id: FlowId(0),
        firm: FirmId::new(firm),
        direction,
        role: FlowRole::Residue,
        material: MaterialId::new(material),
        quantity,
        unit,
        ewc: None,
        fkko: None,
        workshop_id: String::new(),
        quality: String::new(),
        available_from: None,
        available_to: None,
        price_per_unit: None,
        disposal_cost_per_unit: None,
        accepts_hazardous: false,
        confidential: false,
        source: "test".into(),
    }
}

pub fn exchange(from: &str, to: &str, material: &str, unit: Unit) -> Exchange {
    Exchange {
        id: ExchangeId(0),
        from: FirmId::new(from),
        to: FirmId::new(to),
        material: MaterialId::new(material),
        quantity: Some(1000.0),
        unit,
        status: ExchangeStatus::Realised,
        start_year: Some(1993),
        end_year: None,
        transport: Some(TransportMode::Road),
        notes: String::new(),
        source: "test".into(),
        counterfactual_km: None,
        programme: String::new(),
    }
}

/// A small two-firm project with one gypsum exchange.
pub fn small_project() -> ProjectData {
    let mut p = ProjectData::new(ProjectMeta { name: "Test park".into(), ..ProjectMeta::default() });
    p.firms.push(firm("power", 55.661528, 11.080892));
    p.firms.push(firm("boards", 55.66, 11.1));
    p.flows.push(flow("power", Direction::Supply, "fgd_gypsum", 150_000.0, Unit::Tonne));
    p.flows.push(flow("boards", Direction::Demand, "natural_gypsum", 200_000.0, Unit::Tonne));
    p.exchanges.push(exchange("power", "boards", "fgd_gypsum", Unit::Tonne));
    p
}

/// A copy of the Kalundborg sample in `dir`, to edit.
pub fn kalundborg_copy(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(kalundborg_gpkg(), &path).unwrap();
    path
}

/// The line stored in the file for the exchange from `from` to `to`, as GDAL would read it.
pub fn stored_line(path: &Path, from: &str, to: &str) -> Vec<LatLon> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let blob: Vec<u8> = conn
        .query_row("SELECT geom FROM exchanges WHERE from_firm_id = ?1 AND to_firm_id = ?2 LIMIT 1", [from, to], |r| {
            r.get(0)
        })
        .unwrap();
    match symbiosis_explorer::core::gpkg::decode(&blob).unwrap() {
        symbiosis_explorer::core::gpkg::Geometry::LineString(points) => points,
        other => panic!("not a line: {other:?}"),
    }
}

/// `export PROJECT --format FORMAT --out OUT EXTRA...` through the real binary.
pub fn export(project: &Path, format: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["export", project.to_str().unwrap(), "--format", format, "--out", out.to_str().unwrap()];
    args.extend(extra);
    cli(&args)
}

/// `import` of every CSV file an export wrote into `csv_dir` (firms, flows, exchanges,
/// materials, rules, project) into the project `out`.
pub fn import_csv_dir(csv_dir: &Path, out: &Path) -> Output {
    let files: Vec<(String, String)> =
        ["firms", "flows", "exchanges", "materials", "rules", "project", "workshops", "contacts", "stages", "outcomes"]
            .iter()
            .filter(|n| csv_dir.join(format!("{n}.csv")).exists())
            .map(|n| (format!("--{n}"), csv_dir.join(format!("{n}.csv")).display().to_string()))
            .collect();
    let mut args = vec!["import"];
    for (flag, path) in &files {
        args.extend([flag.as_str(), path.as_str()]);
    }
    args.extend(["--out", out.to_str().unwrap()]);
    cli(&args)
}
