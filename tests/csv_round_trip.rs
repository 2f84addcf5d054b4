//! Property: for any project the app can load, `export --format csv` then `import` gives the
//! same project. Names hold quotes, commas, semicolons, formula-leading characters and
//! non-Latin text; notes and descriptions hold line breaks and tabs.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use proptest::prelude::*;
use symbiosis_explorer::core::csv_import::{ImportFiles, Sources, import, import_from};
use symbiosis_explorer::core::export::export_csv;
use symbiosis_explorer::core::*;

/// A name as a person might type one (import trims cells, so no outer whitespace).
fn name() -> impl Strategy<Value = String> {
    "['=+@-]?[A-Za-z0-9ÆØÅæøåÄÖÕäöõŠšŽžЖжЯяΩλ \"',;=+@()-]{0,20}[A-Za-zЖж0-9\"']".prop_map(|s| s.trim().to_string())
}

/// Free text with line breaks and tabs inside.
fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[A-Za-zæøåЖж=@\"',;-]{1,12}(\n|\t|\r\n| )[A-Za-zæøå =\"',-]{0,12}[a-z]".prop_map(|s| s.to_string()),
    ]
}

/// Materials of the catalogue with their units.
const MATERIALS: &[(&str, &str)] = &[
    ("fly_ash", "t"),
    ("fgd_gypsum", "t"),
    ("steam", "MWh"),
    ("clinker", "t"),
    ("natural_gas", "MWh"),
    ("wastewater", "m3"),
];
const STATUSES: &[&str] = &["candidate", "proposed", "agreed", "realised", "ended"];

#[derive(Debug, Clone)]
struct Texts {
    firms: Vec<u8>,
    flows: Vec<u8>,
    exchanges: Vec<u8>,
    project: Vec<u8>,
}

fn csv(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        // As a person would type them: the import's own formula guard is not applied here.
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

fn project_texts() -> impl Strategy<Value = Texts> {
    let firm = (name(), 54.0..60.0f64, 9.0..25.0f64, note(), prop::option::of(0..5000u32), any::<bool>());
    let flow = (
        any::<prop::sample::Index>(),
        0..MATERIALS.len(),
        any::<bool>(),
        any::<bool>(),
        0.0..1e9f64,
        prop::option::of(-1e3..1e3f64),
        prop::option::of(1990..2030i32),
        note(),
    );
    let exchange = (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0..MATERIALS.len(),
        prop::option::of(0.0..1e7f64),
        0..STATUSES.len(),
        prop::option::of(1970..2020i32),
        note(),
    );
    (
        prop::collection::vec(firm, 2..6),
        prop::collection::vec(flow, 0..8),
        prop::collection::vec(exchange, 0..4),
        name(),
        note(),
    )
        .prop_map(|(firms, flows, exchanges, project_name, description)| {
            let n = firms.len();
            let firm_rows: Vec<Vec<String>> = firms
                .iter()
                .enumerate()
                .map(|(i, (name, lat, lon, notes, employees, ets))| {
                    vec![
                        format!("f{i}"),
                        if name.is_empty() { format!("Firm {i}") } else { name.clone() },
                        lat.to_string(),
                        lon.to_string(),
                        employees.map_or(String::new(), |e| e.to_string()),
                        notes.clone(),
                        ets.to_string(),
                    ]
                })
                .collect();
            let flow_rows: Vec<Vec<String>> = flows
                .iter()
                .map(|(firm, m, supply, product, q, price, year, source)| {
                    let (material, unit) = MATERIALS[*m];
                    vec![
                        format!("f{}", firm.index(n)),
                        if *supply { "supply" } else { "demand" }.into(),
                        material.into(),
                        q.to_string(),
                        unit.into(),
                        price.map_or(String::new(), |p| p.to_string()),
                        year.map_or(String::new(), |y| y.to_string()),
                        source.clone(),
                        if *product { "product" } else { "residue" }.into(),
                    ]
                })
                .collect();
            let exchange_rows: Vec<Vec<String>> = exchanges
                .iter()
                .filter_map(|(a, b, m, q, status, start, notes)| {
                    let (a, b) = (a.index(n), b.index(n));
                    (a != b).then(|| {
                        let (material, unit) = MATERIALS[*m];
                        vec![
                            format!("f{a}"),
                            format!("f{b}"),
                            material.into(),
                            q.map_or(String::new(), |q| q.to_string()),
                            unit.into(),
                            STATUSES[*status].into(),
                            start.map_or(String::new(), |y| y.to_string()),
                            notes.clone(),
                        ]
                    })
                })
                .collect();
            let project_rows = vec![
                vec!["name".into(), if project_name.is_empty() { "P".into() } else { project_name }],
                vec!["description".into(), description],
                vec!["evaluation_year".into(), "2024".into()],
            ];
            Texts {
                firms: csv(&["id", "name", "lat", "lon", "employees", "notes", "ets"], &firm_rows),
                flows: csv(
                    &[
                        "firm_id",
                        "direction",
                        "material",
                        "quantity",
                        "unit",
                        "price_per_unit",
                        "available_from",
                        "source",
                        "role",
                    ],
                    &flow_rows,
                ),
                exchanges: csv(
                    &["from_firm_id", "to_firm_id", "material", "quantity", "unit", "status", "start_year", "notes"],
                    &exchange_rows,
                ),
                project: csv(&["key", "value"], &project_rows),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("ROUND_TRIP_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(48),
        ..ProptestConfig::default()
    })]

    #[test]
    fn export_then_import_gives_the_same_project(texts in project_texts()) {
        let sources = Sources {
            exchanges: Some(("exchanges.csv".into(), &texts.exchanges)),
            project: Some(("project.csv".into(), &texts.project)),
            ..Sources::firms_and_flows(("firms.csv".into(), &texts.firms), ("flows.csv".into(), &texts.flows))
        };
        let imported = import_from(sources);
        prop_assert!(imported.is_ok(), "{:?}", imported.err());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.gpkg");
        ProjectFile::create(&path, &imported.unwrap(), false).unwrap();
        // A project the app can load ...
        let loaded = ProjectFile::open(&path).unwrap().load().unwrap();
        let out = dir.path().join("export");
        export_csv(&loaded, &out, true).unwrap();
        let files = ImportFiles {
            firms: out.join("firms.csv"),
            flows: out.join("flows.csv"),
            exchanges: Some(out.join("exchanges.csv")),
            project: Some(out.join("project.csv")),
            ..ImportFiles::default()
        };
        // ... exported and imported again is the same project.
        let again = import(&files).unwrap();
        prop_assert_eq!(&again, &loaded);
    }
}
