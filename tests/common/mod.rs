//! Helpers shared by the integration tests.
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
    }
}

pub fn flow(firm: &str, direction: Direction, material: &str, quantity: f64, unit: Unit) -> Flow {
    Flow {
        id: FlowId(0),
        firm: FirmId::new(firm),
        direction,
        material: MaterialId::new(material),
        quantity,
        unit,
        ewc: None,
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
