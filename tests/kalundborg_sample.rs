//! The Kalundborg sample: real, sourced, rebuilt from its CSV sources, never modified by use.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::collections::HashSet;
use std::fs;

use common::*;
use symbiosis_explorer::core::csv_import::{self, ImportFiles};
use symbiosis_explorer::core::*;

fn sample() -> ProjectData {
    ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap()
}

#[test]
fn the_shipped_sample_is_what_its_csv_sources_import_to() {
    let files = ImportFiles {
        firms: kalundborg_csv("firms.csv"),
        flows: kalundborg_csv("flows.csv"),
        exchanges: Some(kalundborg_csv("exchanges.csv")),
        materials: Some(kalundborg_csv("materials.csv")),
        rules: Some(kalundborg_csv("rules.csv")),
        project: Some(kalundborg_csv("project.csv")),
        workshops: Some(kalundborg_csv("workshops.csv")),
        contacts: None,
        stages: Some(kalundborg_csv("stages.csv")),
        outcomes: Some(kalundborg_csv("outcomes.csv")),
        crs: None,
    };
    let fresh = csv_import::import(&files).unwrap();
    assert_eq!(sample(), fresh, "sample_projects/kalundborg.gpkg is stale: run scripts/build_samples.sh");
}

#[test]
fn every_shipped_sample_is_what_its_csv_sources_import_to_and_sources_every_fact() {
    for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"] {
        let dir = root().join("sample_projects").join(sample);
        let optional = |n: &str| Some(dir.join(n)).filter(|p| p.exists());
        let files = ImportFiles {
            firms: dir.join("firms.csv"),
            flows: dir.join("flows.csv"),
            exchanges: optional("exchanges.csv"),
            materials: optional("materials.csv"),
            rules: optional("rules.csv"),
            project: optional("project.csv"),
            workshops: optional("workshops.csv"),
            contacts: optional("contacts.csv"),
            stages: optional("stages.csv"),
            outcomes: optional("outcomes.csv"),
            crs: None,
        };
        let fresh = csv_import::import(&files).unwrap_or_else(|e| panic!("{sample}: {e}"));
        let shipped = ProjectFile::open_with(root().join(format!("sample_projects/{sample}.gpkg")), OpenMode::ReadOnly)
            .unwrap()
            .load()
            .unwrap();
        assert_eq!(shipped, fresh, "{sample}.gpkg is stale: run scripts/build_samples.sh");
        assert!(shipped.problems().is_empty(), "{sample}: {:?}", shipped.problems());
        assert!(shipped.firms.iter().all(|f| !f.source.is_empty()), "{sample}: every firm has a source");
        assert!(shipped.flows.iter().all(|f| !f.source.is_empty()), "{sample}: every flow has a source");
        assert!(shipped.exchanges.iter().all(|e| !e.source.is_empty()), "{sample}: every exchange has a source");
        assert!(!shipped.meta.tour.is_empty(), "{sample}: a guided tour");
        // The workbench records are not from a source: each says it is illustrative.
        assert!(shipped.contacts.is_empty(), "{sample}: no personal data ships with a sample");
        assert!(shipped.stages.iter().all(|s| s.note.starts_with("Illustrative (not from a source)")), "{sample}");
        assert!(shipped.outcomes.iter().all(|o| o.evidence.starts_with("Illustrative")), "{sample}");
        assert!(shipped.workshops.iter().all(|w| w.notes.starts_with("Illustrative")), "{sample}");
    }
    // The Leningrad Living Lab says plainly that its flows are illustrative.
    let leningrad = ProjectFile::open_with(root().join("sample_projects/leningrad.gpkg"), OpenMode::ReadOnly)
        .unwrap()
        .load()
        .unwrap();
    assert!(leningrad.meta.description.starts_with("ILLUSTRATIVE"));
    assert!(leningrad.flows.iter().all(|f| f.source.starts_with("illustrative")));
}

#[test]
fn kalundborg_has_its_firms_and_documented_exchanges_with_years_and_sources() {
    let k = sample();
    assert_eq!(k.meta.name, "Kalundborg Symbiosis");
    assert!(k.firms.len() >= 15, "{} firms", k.firms.len());
    assert!(k.exchanges.len() >= 20, "{} exchanges", k.exchanges.len());
    assert!(k.problems().is_empty(), "{:?}", k.problems());

    let asnaes = k.firms.iter().find(|f| f.name.contains("Asnæs Power Station")).expect("Asnæs is in the sample");
    assert_eq!(asnaes.location, LatLon::new(55.661528, 11.080892));
    for newer in ["RE Energy", "Meliora", "Comet", "Intertek"] {
        assert!(k.firms.iter().any(|f| f.name.contains(newer)), "{newer} is a firm of its own");
    }
    let estimated = k.firms.iter().filter(|f| f.notes.contains("est") || f.notes.contains("assumption")).count();
    assert!(estimated >= 15, "estimated positions are flagged in notes ({estimated})");

    let find = |from: &str, to: &str, material: &str| {
        k.exchanges
            .iter()
            .find(|e| e.from.as_str() == from && e.to.as_str() == to && e.material.as_str() == material)
            .unwrap_or_else(|| panic!("{from} -> {to} {material}"))
    };
    let gypsum = find("asnaes", "gyproc", "fgd_gypsum");
    assert_eq!((gypsum.start_year, gypsum.end_year, gypsum.status), (Some(1993), Some(2019), ExchangeStatus::Ended));
    assert_eq!(gypsum.quantity, Some(150_000.0));
    assert_eq!(find("tisso", "refinery", "surface_water").start_year, Some(1961));
    assert_eq!(find("refinery", "gyproc", "refinery_gas").start_year, Some(1972));
    assert_eq!(find("refinery", "asnaes", "cooling_water").quantity, Some(700_000.0));
    assert_eq!(find("asnaes", "cement", "fly_ash").end_year, Some(2019));
    assert!(find("novozymes", "forsyning", "waste_heat").start_year >= Some(2018));

    for f in &k.firms {
        assert!(!f.source.trim().is_empty(), "firm {} has a source", f.id);
    }
    for e in &k.exchanges {
        assert!(!e.source.trim().is_empty(), "exchange {} -> {} has a source", e.from, e.to);
    }
    for f in &k.flows {
        assert!(!f.source.trim().is_empty(), "flow {} has a source or says assumption", f.id);
    }
}

#[test]
fn every_exchange_stands_on_flows_and_other_flows_give_the_matcher_a_choice() {
    let k = sample();
    let mut behind_exchanges = HashSet::new();
    for e in &k.exchanges {
        let supply =
            k.flows.iter().find(|f| f.firm == e.from && f.direction == Direction::Supply && f.material == e.material);
        let supply = supply.unwrap_or_else(|| panic!("{} has a supply flow of {}", e.from, e.material));
        let demand = k
            .flows
            .iter()
            .find(|f| {
                f.firm == e.to
                    && f.direction == Direction::Demand
                    && k.substitution_ratio(&e.material, &f.material).is_some()
            })
            .unwrap_or_else(|| panic!("{} has a demand flow that {} can meet", e.to, e.material));
        behind_exchanges.insert(supply.id);
        behind_exchanges.insert(demand.id);
    }
    let others = k.flows.len() - behind_exchanges.len();
    assert!(others >= behind_exchanges.len(), "{others} other flows vs {} behind exchanges", behind_exchanges.len());
    let assumed = k.flows.iter().filter(|f| f.source.starts_with("assumption")).count();
    assert!(assumed > 0 && assumed < k.flows.len(), "assumptions are marked, published figures are not");
}

#[test]
fn reading_the_sample_never_modifies_it() {
    let before = fs::read(kalundborg_gpkg()).unwrap();
    let out = cli(&["info", &kalundborg_gpkg().display().to_string(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["counts"]["firms"], 21);
    assert_eq!(fs::read(kalundborg_gpkg()).unwrap(), before);
}
