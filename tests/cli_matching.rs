//! `match`, `optimise`, `indicators`, `explain` and `generate` as a user runs them.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::collections::HashMap;

use common::*;
use serde_json::Value;

fn k() -> String {
    kalundborg_gpkg().display().to_string()
}

fn ok(args: &[&str]) -> String {
    let out = cli(args);
    assert!(out.status.success(), "{args:?} failed: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn match_prints_the_same_candidates_as_csv_and_json() {
    // 2010: the coal-era flows (FGD gypsum until 2019) are available.
    let csv_text = ok(&["match", &k(), "--greenfield", "--year", "2010", "--top", "3", "--format", "csv"]);
    let json: Vec<Value> =
        serde_json::from_str(&ok(&["match", &k(), "--greenfield", "--year", "2010", "--top", "3", "--format", "json"]))
            .unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let required = [
        "supply_flow_id",
        "supply_firm_id",
        "supply_firm",
        "demand_flow_id",
        "demand_firm_id",
        "demand_firm",
        "supply_material",
        "demand_material",
        "ratio",
        "quantity",
        "unit",
        "distance_km",
        "transport_km",
        "co2_avoided_t",
        "net_benefit",
        "score",
    ];
    assert_eq!(&header[..required.len()], &required);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), json.len());
    assert!(!json.is_empty());
    for (row, obj) in rows.iter().zip(&json) {
        for key in required {
            assert!(obj.get(key).is_some(), "JSON lacks {key}");
        }
        let i = header.iter().position(|h| h == "distance_km").unwrap();
        assert_eq!(row[i].parse::<f64>().unwrap(), obj["distance_km"].as_f64().unwrap(), "full precision in both");
    }
    // Best first; at most 3 per supply flow.
    let scores: Vec<f64> = json.iter().map(|c| c["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    let mut per_supply = std::collections::HashMap::new();
    for c in &json {
        *per_supply.entry(c["supply_flow_id"].as_i64().unwrap()).or_insert(0) += 1;
    }
    assert!(per_supply.values().all(|&n| n <= 3));
    // A documented exchange is among them, with Asnæs named.
    assert!(json.iter().any(|c| c["supply_firm_id"] == "asnaes"
        && c["demand_firm_id"] == "gyproc"
        && c["supply_material"] == "fgd_gypsum"));
}

#[test]
fn match_summary_counts_pairs_and_candidates() {
    let text = ok(&["match", &k(), "--greenfield", "--top", "20", "--format", "summary"]);
    let value = |name: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("{name} in {text}"))
            .trim()
            .parse()
            .unwrap()
    };
    let kept = value("candidates kept:");
    assert!(value("pairs evaluated:") >= kept && kept > 0.0, "{text}");
    let json: Vec<Value> =
        serde_json::from_str(&ok(&["match", &k(), "--greenfield", "--top", "20", "--format", "json"])).unwrap();
    assert_eq!(kept as usize, json.len());
}

#[test]
fn match_in_a_year_sees_the_park_as_it_stood() {
    let in_year = |year: &str| -> Vec<Value> {
        serde_json::from_str(&ok(&["match", &k(), "--year", year, "--top", "50", "--format", "json"])).unwrap()
    };
    let gypsum = |cs: &[Value]| cs.iter().any(|c| c["supply_material"] == "fgd_gypsum");
    // 1993: the gypsum exchange runs and takes the whole supply; 2020: the coal units are gone.
    assert!(!gypsum(&in_year("1993")));
    assert!(!gypsum(&in_year("2020")));
    // Greenfield in 2000: the gypsum is free again, and Gyproc wants it.
    let green: Vec<Value> =
        serde_json::from_str(&ok(&["match", &k(), "--year", "2000", "--greenfield", "--format", "json"])).unwrap();
    assert!(gypsum(&green));
    // No biogas before the biogas plant opened in 2018.
    assert!(!in_year("2000").iter().any(|c| c["supply_material"] == "biogas"));
}

#[test]
fn optimise_reports_arcs_whose_contributions_add_up_to_the_objective() {
    let json: Value = serde_json::from_str(&ok(&["optimise", &k(), "--format", "json"])).unwrap();
    let arcs = json["arcs"].as_array().unwrap();
    assert!(!arcs.is_empty());
    let sum: f64 = arcs.iter().map(|a| a["contribution"].as_f64().unwrap()).sum();
    let objective = json["objective"].as_f64().unwrap();
    assert!((sum - objective).abs() < 1e-6 * objective.abs(), "{sum} vs {objective}");
    for a in arcs {
        for key in ["supply_flow_id", "demand_flow_id", "quantity", "contribution"] {
            assert!(a.get(key).is_some(), "{key}");
        }
        assert!(a["quantity"].as_f64().unwrap() > 0.0);
    }
    let co2: Value = serde_json::from_str(&ok(&["optimise", &k(), "--objective", "co2", "--format", "json"])).unwrap();
    assert_ne!(co2["objective"], json["objective"]);
    assert!(ok(&["optimise", &k()]).starts_with("optimal objective:"));
    assert_eq!(json["status"], "optimal");
    assert_eq!(json["gap"], 0.0);
}

/// The LP that `--write-lp` writes is the one solved: the allocation meets its capacities, and
/// its arcs' values per unit give the objective.
#[test]
fn the_written_lp_is_the_one_the_allocation_solves() {
    let dir = tempfile::tempdir().unwrap();
    let lp_path = dir.path().join("lp.json");
    let lp_arg = lp_path.display().to_string();
    let json: Value =
        serde_json::from_str(&ok(&["optimise", &k(), "--format", "json", "--write-lp", &lp_arg])).unwrap();
    let lp: Value = serde_json::from_str(&std::fs::read_to_string(&lp_path).unwrap()).unwrap();
    assert_eq!(lp["sense"], "maximise");
    let lp_arcs = lp["arcs"].as_array().unwrap();
    assert_eq!(lp_arcs.len() as u64, json["candidate_arcs"].as_u64().unwrap());
    let key = |v: &Value| (v["supply_flow_id"].as_i64().unwrap(), v["demand_flow_id"].as_i64().unwrap());
    let by_pair: HashMap<(i64, i64), &Value> = lp_arcs.iter().map(|a| (key(a), a)).collect();
    let caps = |side: &str| -> HashMap<i64, f64> {
        lp[side]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["flow_id"].as_i64().unwrap(), r["capacity"].as_f64().unwrap()))
            .collect()
    };
    let (supplies, demands) = (caps("supplies"), caps("demands"));
    let mut used: HashMap<i64, f64> = HashMap::new();
    let mut objective = 0.0;
    for a in json["arcs"].as_array().unwrap() {
        let lp_arc = by_pair[&key(a)];
        let x = a["quantity"].as_f64().unwrap();
        objective += x * lp_arc["value_per_unit"].as_f64().unwrap();
        *used.entry(key(a).0).or_default() += x / lp_arc["ratio"].as_f64().unwrap();
        *used.entry(key(a).1).or_default() += x;
    }
    for (id, q) in used {
        let cap = supplies.get(&id).or(demands.get(&id)).unwrap();
        assert!(q <= cap * (1.0 + 1e-9) + 1e-9, "flow {id}: {q} > {cap}");
    }
    let stated = json["objective"].as_f64().unwrap();
    assert!((objective - stated).abs() <= 1e-9 * stated.abs(), "{objective} vs {stated}");
}

#[test]
fn an_optimise_stopped_by_its_time_limit_reports_the_best_allocation_found_and_its_gap() {
    // The limit covers the whole command: matching alone takes longer than a microsecond.
    let json: Value =
        serde_json::from_str(&ok(&["optimise", &k(), "--time-limit", "0.000001", "--format", "json"])).unwrap();
    let full: Value = serde_json::from_str(&ok(&["optimise", &k(), "--format", "json"])).unwrap();
    let (objective, best) = (json["objective"].as_f64().unwrap(), full["objective"].as_f64().unwrap());
    let gap = json["gap"].as_f64().unwrap();
    assert!(objective > 0.0 && objective <= best * (1.0 + 1e-9), "{objective} vs optimum {best}");
    match json["status"].as_str().unwrap() {
        "time_limit" => {
            assert!(gap > 0.0 && gap < 1.0, "{gap}");
            // The gap is proven: the optimum lies within it.
            assert!(best <= objective / (1.0 - gap) * (1.0 + 1e-9), "{best} beyond {objective} / (1 - {gap})");
        }
        other => assert_eq!((other, gap), ("optimal", 0.0)),
    }
    let text = ok(&["optimise", &k(), "--time-limit", "0.000001"]);
    assert!(text.starts_with("objective:") || text.starts_with("optimal objective:"), "{text}");
}

#[test]
fn indicators_compare_three_scenarios_and_follow_the_years() {
    let json: Value = serde_json::from_str(&ok(&["indicators", &k(), "--format", "json"])).unwrap();
    let names: Vec<&str> =
        json["scenarios"].as_array().unwrap().iter().map(|s| s["scenario"].as_str().unwrap()).collect();
    assert_eq!(names, ["existing", "existing_plus_proposed", "optimal"]);
    let links = |i: usize| json["scenarios"][i]["links"].as_u64().unwrap();
    assert!(links(0) <= links(1) && links(1) <= links(2));
    let by_year = json["by_year"].as_array().unwrap();
    let year = |y: i64| by_year.iter().find(|v| v["year"] == y).unwrap_or_else(|| panic!("{y}"));
    // 1961: the refinery's lake water, plus the exchange whose start year no source gives
    // (Gyproc's heat; the ammonium thiosulphate plant started in 2000).
    assert_eq!(year(1961)["exchanges"], 2);
    assert_eq!(json["year"], 2024, "the sample's evaluation year");
    assert!(year(1993)["exchanges"].as_u64() > year(1972)["exchanges"].as_u64());
    let in_1993: Value =
        serde_json::from_str(&ok(&["indicators", &k(), "--year", "1993", "--format", "json"])).unwrap();
    assert_eq!(in_1993["year"], 1993);
    assert!(ok(&["indicators", &k()]).contains("Finn cycling index"));
}

#[test]
fn explain_gives_the_breakdown_or_names_the_rule() {
    // Flow ids of the sample: 3 = Asnæs FGD gypsum (supply), 36 = Gyproc natural gypsum (demand).
    let text = ok(&["explain", &k(), "3", "36", "--greenfield", "--year", "2010"]);
    for part in ["co2_avoided_t", "net_benefit", "EF_tkm", "0.11072", "DESNZ", "assumption"] {
        assert!(text.contains(part), "{part} missing in\n{text}");
    }
    let json: Value =
        serde_json::from_str(&ok(&["explain", &k(), "3", "36", "--greenfield", "--year", "2010", "--format", "json"]))
            .unwrap();
    assert_eq!(json["excluded"], false);
    assert!(json["breakdown"]["terms"].as_array().unwrap().len() >= 8);

    // Asnæs gypsum cannot replace the cement maker's clinker: no rule.
    let why = ok(&["explain", &k(), "3", "70"]);
    assert!(why.starts_with("excluded by rule 'material'"), "{why}");
    // Steam from Asnæs to Aalborg is beyond 10 km.
    let steam_to_cement = ok(&["explain", &k(), "1", "70", "--format", "json"]);
    let v: Value = serde_json::from_str(&steam_to_cement).unwrap();
    assert_eq!(v["excluded"], true);

    let out = cli(&["explain", &k(), "3", "99999"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("there is no flow 99999"), "{}", stderr(&out));
}

#[test]
fn generate_is_deterministic_per_seed() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.gpkg").display().to_string();
    let b = dir.path().join("b.gpkg").display().to_string();
    let c = dir.path().join("c.gpkg").display().to_string();
    for (path, seed) in [(&a, "4"), (&b, "4"), (&c, "5")] {
        let out = cli(&["generate", "--firms", "500", "--seed", seed, "--out", path]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), "");
        assert!(stderr(&out).contains("500/500 firms"), "progress on stderr");
    }
    let info = |p: &str| ok(&["info", p, "--json"]);
    assert_eq!(info(&a), info(&b));
    assert_ne!(info(&a), info(&c));
    let v: Value = serde_json::from_str(&info(&a)).unwrap();
    assert_eq!(v["counts"]["firms"], 500);
    let flows = v["counts"]["flows"].as_u64().unwrap();
    assert!((1000..=5000).contains(&flows), "{flows}");
}

#[test]
fn bad_arguments_get_one_clear_line() {
    for args in [
        vec!["match", &k(), "--top", "0"],
        vec!["match", &k(), "--year", "3000"],
        vec!["generate", "--firms", "0", "--out", "/tmp/x.gpkg"],
    ] {
        let out = cli(&args);
        assert!(!out.status.success(), "{args:?}");
        assert_eq!(stdout(&out), "");
        assert_eq!(stderr(&out).trim().lines().count(), 1, "{args:?}: {}", stderr(&out));
    }
}
