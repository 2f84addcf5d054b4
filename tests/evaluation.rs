//! The evaluation model as a reviewer checks it: each counterfactual kind computed by hand,
//! products earning nothing, one allocation whose rows add up to every total, arithmetic that
//! holds in every printed breakdown, a real project currency, the evaluation year.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use common::*;
use serde_json::Value;
use symbiosis_explorer::core::countries;
use symbiosis_explorer::core::matching::*;
use symbiosis_explorer::core::*;

const SAMPLES: &[&str] = &["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"];

fn sample(name: &str) -> PathBuf {
    root().join(format!("sample_projects/{name}.gpkg"))
}

fn load(path: &Path) -> ProjectData {
    ProjectFile::open_with(path, OpenMode::ReadOnly).unwrap().load().unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = cli(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ok(args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Two Danish firms one degree of latitude apart (111.19508 km great circle).
fn danish_pair(supply: (&str, f64), demand: (&str, f64)) -> ProjectData {
    danish_pair_apart(supply, demand, 1.0)
}

fn danish_pair_apart(supply: (&str, f64), demand: (&str, f64), degrees: f64) -> ProjectData {
    let mut p = ProjectData::new(ProjectMeta::default());
    for (id, lat) in [("a", 55.0), ("b", 55.0 + degrees)] {
        let mut f = firm(id, lat, 11.0);
        f.nace = "38.21".into();
        f.country = "DK".into();
        p.firms.push(f);
    }
    let unit = |m: &str| p.material(&MaterialId::new(m)).unwrap().unit;
    let (su, du) = (unit(supply.0), unit(demand.0));
    let mut s = flow("a", Direction::Supply, supply.0, supply.1, su);
    s.id = FlowId(1);
    let mut d = flow("b", Direction::Demand, demand.0, demand.1, du);
    d.id = FlowId(2);
    p.flows = vec![s, d];
    p
}

fn only_candidate(p: &ProjectData, options: MatchOptions) -> Candidate {
    let result = Matcher::new(p, options).run(&AtomicBool::new(false));
    assert_eq!(result.candidates.len(), 1, "{:?}", result.candidates);
    result.candidates[0].clone()
}

#[test]
fn a_landfilled_residue_replacing_clinker_is_credited_against_both_counterfactuals() {
    // 1000 t of fly ash in Denmark would be landfilled (landfill tax + gate fee 100 EUR/t); at the
    // cement works it replaces clinker (0.84 t CO2/t, 60 EUR/t). Road: circuity 1.3, 0.11072 kg
    // CO2e and 0.10 EUR per t-km, 5 EUR/t handling.
    let p = danish_pair(("fly_ash", 1000.0), ("clinker", 1000.0));
    let c = only_candidate(&p, MatchOptions::default());
    let km = 111.19508 * 1.3;
    assert!((c.transport_km - km).abs() < 1e-3, "{}", c.transport_km);
    let co2 = 1000.0 * 0.84 + 1000.0 * 0.005 - 1000.0 * c.transport_km * 0.11072 / 1000.0;
    let money = 1000.0 * 60.0 + 1000.0 * 100.0 - 1000.0 * 5.0 - 1000.0 * c.transport_km * 0.10;
    assert!(close(c.co2_avoided_t, co2), "{} vs {co2}", c.co2_avoided_t);
    assert!(close(c.net_benefit, money), "{} vs {money}", c.net_benefit);
    let b = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap();
    assert!(b.counterfactual.contains("landfilled") && b.counterfactual.contains("in DK"), "{}", b.counterfactual);
    assert!(b.counterfactual.contains("displaces Clinker"), "{}", b.counterfactual);
    let landfill = b.terms.iter().find(|t| t.name == "disposal_avoided").unwrap();
    assert!(landfill.parameters.iter().any(|p| p.source.contains("DKK 475/t")), "the landfill tax is cited");

    // The same exchange in a DKK project: every money figure converted at the stated rate.
    let mut dkk = p.clone();
    dkk.meta.currency = "DKK".into();
    let c_dkk = only_candidate(&dkk, MatchOptions::default());
    assert!(close(c_dkk.net_benefit, money * 7.4589), "{}", c_dkk.net_benefit);
    assert!(close(c_dkk.co2_avoided_t, co2));
}

#[test]
fn a_waste_burned_as_kiln_fuel_is_credited_the_coal_it_displaces_less_its_fossil_carbon() {
    // 1000 t of plastic waste displace 1160 t of coal (heating value) at 2.44 t CO2/t; the kiln
    // emits the plastic's 2.6 t fossil CO2/t; the incineration it would otherwise get is not
    // avoided (capacity is refilled), so it earns no incineration credit.
    let p = danish_pair(("plastic_waste", 1000.0), ("coal", 5000.0));
    let c = only_candidate(&p, MatchOptions::default());
    let transport = 1000.0 * c.transport_km * 0.11072 / 1000.0;
    let co2 = 1160.0 * 2.44 - 1000.0 * 2.6 - transport;
    assert!(close(c.co2_avoided_t, co2), "{} vs {co2}", c.co2_avoided_t);
    let per_t = (c.co2_avoided_t + transport) / 1000.0;
    assert!((0.2..0.6).contains(&per_t), "net gain {per_t} t CO2 per t of plastic, far below the old 2.3");
    let b = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap();
    let used = b.terms.iter().find(|t| t.name == "co2_use_emitted").expect("the kiln's fossil CO2 is a term");
    assert!(close(used.value, -2600.0), "{}", used.value);
    assert!(used.parameters.iter().any(|p| p.source.contains("IPCC")), "{:?}", used.parameters);

    // Plastic to recycling displaces virgin polymer instead: a different, larger credit.
    let r = danish_pair(("plastic_waste", 1000.0), ("recycled_plastic", 5000.0));
    let c = only_candidate(&r, MatchOptions::default());
    assert!(close(c.co2_avoided_t, 800.0 * 1.9 - 1000.0 * c.transport_km * 0.11072 / 1000.0));
}

#[test]
fn a_product_is_not_a_candidate_and_a_product_sale_earns_nothing() {
    let mut p = danish_pair(("animal_feed", 1000.0), ("animal_feed", 1000.0));
    p.flows[0].role = FlowRole::Product;
    assert!(Matcher::new(&p, MatchOptions::default()).run(&AtomicBool::new(false)).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "product");
    // Asked for, it is listed as a product sale that earns no credit.
    let c = only_candidate(&p, MatchOptions { include_products: true, ..MatchOptions::default() });
    assert_eq!((c.co2_avoided_t, c.net_benefit, c.supply_role), (0.0, 0.0, FlowRole::Product));
    // An existing product sale counts in no total.
    let mut e = exchange("a", "b", "animal_feed", Unit::Tonne);
    e.status = ExchangeStatus::Realised;
    p.exchanges.push(e);
    let (rows, totals) = scenarios::exchange_rows(&p, Some(2024));
    assert_eq!(rows[0].role, FlowRole::Product);
    assert!(rows[0].in_existing && rows[0].quantity == 1000.0);
    assert_eq!((rows[0].co2_avoided_t, rows[0].net_benefit), (0.0, 0.0));
    assert_eq!((totals.co2_avoided_t, totals.net_benefit), (0.0, 0.0));
    assert!(rows[0].counterfactual.contains("product"), "{}", rows[0].counterfactual);

    // With a counterfactual supplier stated (the feed would otherwise come 400 km by road), the
    // most the sale earns is the transport it saves: 1000 t x (400 - 144.55) km x 0.11072 kg/t-km.
    p.exchanges[0].counterfactual_km = Some(400.0);
    let (rows, totals) = scenarios::exchange_rows(&p, Some(2024));
    let saved = 400.0 - 111.19508 * 1.3;
    assert!(close(rows[0].co2_avoided_t, 1000.0 * saved * 0.11072 / 1000.0), "{}", rows[0].co2_avoided_t);
    assert!(close(rows[0].net_benefit, 1000.0 * saved * 0.10), "{}", rows[0].net_benefit);
    assert!(close(totals.co2_avoided_t, rows[0].co2_avoided_t));
}

#[test]
fn the_command_line_offers_products_only_when_asked() {
    // Leningrad: the feed factory's mixed feed is its product.
    let plain = json(&["match", &sample("leningrad").display().to_string(), "--format", "json"]);
    let feed = |v: &Value| v.as_array().unwrap().iter().any(|c| c["supply_material"] == "animal_feed");
    assert!(!feed(&plain), "the best candidate is no longer a feed sale");
    let with = json(&["match", &sample("leningrad").display().to_string(), "--include-products", "--format", "json"]);
    assert!(feed(&with));
    for c in with.as_array().unwrap().iter().filter(|c| c["supply_role"] == "product") {
        assert_eq!((c["co2_avoided_t"].as_f64(), c["net_benefit"].as_f64()), (Some(0.0), Some(0.0)));
    }
    for command in ["optimise", "indicators"] {
        ok(&[command, &sample("leningrad").display().to_string(), "--include-products", "--format", "json"]);
    }
}

#[test]
fn every_samples_exchange_rows_add_up_to_indicators_existing_scenario_and_to_the_report() {
    for name in SAMPLES {
        let path = sample(name).display().to_string();
        let listed = json(&["exchanges", &path, "--format", "json"]);
        let rows = listed["exchanges"].as_array().unwrap();
        let data = load(&sample(name));
        assert_eq!(rows.len(), data.exchanges.len(), "{name}: every exchange is listed");
        for row in rows {
            for key in [
                "exchange_id",
                "from_firm_id",
                "to_firm_id",
                "material",
                "role",
                "status",
                "quantity",
                "unit",
                "co2_avoided_t",
                "net_benefit",
                "currency",
                "counterfactual",
                "in_existing",
            ] {
                assert!(!row[key].is_null(), "{name}: {key} is never null: {row}");
            }
            if row["in_existing"] == false {
                assert_eq!((row["co2_avoided_t"].as_f64(), row["net_benefit"].as_f64()), (Some(0.0), Some(0.0)));
            }
        }
        let sum = |key: &str| rows.iter().map(|r| r[key].as_f64().unwrap()).sum::<f64>();
        let totals = &listed["totals"];
        let (co2, benefit) = (totals["co2_avoided_t"].as_f64().unwrap(), totals["net_benefit"].as_f64().unwrap());
        assert!(close(sum("co2_avoided_t"), co2) && close(sum("net_benefit"), benefit), "{name}: rows add up");
        let indicators = json(&["indicators", &path, "--format", "json"]);
        let existing = &indicators["scenarios"][0];
        assert_eq!(existing["scenario"], "existing");
        assert!(close(existing["co2_avoided_t"].as_f64().unwrap(), co2), "{name}: CO2 equals indicators");
        assert!(close(existing["net_benefit"].as_f64().unwrap(), benefit), "{name}: benefit equals indicators");
        assert_eq!(indicators["year"], listed["year"]);

        // The report's exchange table adds up to its headline.
        let dir = tempfile::tempdir().unwrap();
        let out = export(&sample(name), "html", dir.path(), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
        let number = |text: &str| -> f64 {
            let cleaned: String = text
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '−' || *c == '-')
                .collect::<String>()
                .replace('−', "-");
            cleaned.parse().unwrap_or_else(|_| panic!("{name}: '{text}' is not a number"))
        };
        let headline = html.split("<div class=\"card\"><div class=\"v\">").nth(4).unwrap();
        let headline = number(headline.split('<').next().unwrap());
        let total_row = html.split("<tr class=\"total\">").nth(1).expect("a total row");
        let cells: Vec<&str> = total_row.split("<strong>").skip(2).map(|c| c.split('<').next().unwrap()).collect();
        let table_total = number(cells[0]);
        assert!((headline - co2).abs() <= 0.5, "{name}: headline {headline} vs {co2}");
        assert!((table_total - co2).abs() <= 0.05, "{name}: table total {table_total} vs {co2}");
        let section = html.split("<h2>Exchanges</h2>").nth(1).unwrap().split("<tr class=\"total\">").next().unwrap();
        let table_rows: f64 = section
            .split("<tr><td>")
            .skip(1)
            .filter_map(|row| {
                let cells: Vec<&str> = row.split("<td class=\"n\">").collect();
                // from, to, material, quantity | ... | CO2 | money: CO2 is the second numeric cell.
                cells.get(2).map(|c| c.split('<').next().unwrap().to_string())
            })
            .filter(|c| !c.starts_with('—') && !c.is_empty())
            .map(|c| number(&c))
            .sum();
        assert!((table_rows - co2).abs() <= 0.05 * rows.len() as f64 + 0.5, "{name}: rows {table_rows} vs {co2}");
    }
}

#[test]
fn no_breakdown_prints_arithmetic_that_does_not_hold() {
    let mut checked = 0;
    for name in SAMPLES {
        let data = load(&sample(name));
        let year = Some(data.meta.year());
        let matcher = Matcher::new(&data, MatchOptions { year, ..MatchOptions::default() });
        let mut breakdowns: Vec<Breakdown> =
            data.exchanges.iter().filter_map(|e| matcher.explain_exchange(e.id)).collect();
        for c in matcher.run(&AtomicBool::new(false)).candidates {
            breakdowns.push(matcher.explain(c.supply_flow_id, c.demand_flow_id).unwrap());
        }
        for b in &breakdowns {
            for t in &b.terms {
                if let Some(v) = t.recompute() {
                    assert!(close(v, t.value), "{name}: {} = {} but its parameters give {v}: {t:?}", t.name, t.value);
                    checked += 1;
                }
            }
            let value = |n: &str| b.terms.iter().find(|t| t.name == n).map(|t| t.value).unwrap();
            assert!(close(value("co2_avoided_t"), b.candidate.co2_avoided_t), "{name}: CO2 total is the candidate's");
            assert!(close(value("net_benefit"), b.candidate.net_benefit), "{name}: money total is the candidate's");
            // Capacity before minus the quantity is the capacity after, never below zero.
            assert!(value("supply_left_after") >= -1e-6 && value("demand_left_after") >= -1e-6, "{name}: {b:?}");
            // The parameters a total lists are the terms above it.
            for total in ["co2_avoided_t", "net_benefit"] {
                let t = b.terms.iter().find(|t| t.name == total).unwrap();
                for p in &t.parameters {
                    assert!(b.terms.iter().any(|u| u.name == p.name && u.value == p.value), "{name}: {}", p.name);
                }
            }
        }
    }
    assert!(checked > 1000, "{checked} terms re-computed");
    // The text the CLI prints carries the same numbers, with the inputs before capacity taken.
    let k = sample("kalundborg").display().to_string();
    let text = ok(&["explain", &k, "1", "15", "--greenfield"]); // Asnæs steam to the refinery's steam demand
    assert!(text.contains("counterfactual:"), "{text}");
    assert!(text.contains("q = min(supply_left x ratio, demand_left)"), "{text}");
}

#[test]
fn an_exchange_that_overfills_its_flows_is_reported_and_evaluated_at_what_they_allow() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("firms.csv"),
        "id,name,lat,lon,nace\nmill,Mill,55.66,11.08,17.11\ntown,Town heat,55.68,11.09,35.30\n",
    )
    .unwrap();
    std::fs::write(
        d.join("flows.csv"),
        "firm_id,direction,material,quantity,unit\nmill,supply,waste_heat,400000,MWh\ntown,demand,district_heat,250000,MWh\n",
    )
    .unwrap();
    std::fs::write(
        d.join("exchanges.csv"),
        "from_firm_id,to_firm_id,material,quantity,unit,status,start_year\nmill,town,waste_heat,340000,MWh,realised,2010\n",
    )
    .unwrap();
    let project = d.join("p.gpkg").display().to_string();
    let arg = |n: &str| d.join(n).display().to_string();
    let out = cli(&[
        "import",
        "--firms",
        &arg("firms.csv"),
        "--flows",
        &arg("flows.csv"),
        "--exchanges",
        &arg("exchanges.csv"),
        "--out",
        &project,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Town heat's district_heat demand (flow 2) is over-filled by 90,000 MWh"),
        "{}",
        stderr(&out)
    );
    let listed = json(&["exchanges", &project, "--format", "json"]);
    let row = &listed["exchanges"][0];
    assert_eq!(row["quantity"], 250_000.0, "evaluated at what the demand allows");
    assert_eq!(row["stated_quantity"], 340_000.0);
    assert!(row["overfill"].as_str().unwrap().contains("over-filled by 90,000 MWh"));
    // In Russian: the words, the number and the unit the Russian way, the material named.
    let ru = cli(&["exchanges", &project, "--format", "json", "--lang", "ru"]);
    let said = stderr(&ru);
    assert!(
        said.contains("предприятие Town heat: спрос (материал Тепловая энергия (централизованное теплоснабжение) (district_heat), поток 2) превышен на 90\u{a0}000 МВт·ч"),
        "{said}"
    );
    assert!(!said.contains("over-filled"), "{said}");
    // Denmark's district heat factor 0.06 t/MWh: 250,000 MWh avoid 15,000 t.
    assert!(close(row["co2_avoided_t"].as_f64().unwrap(), 15_000.0), "{row}");
}

#[test]
fn a_rouble_project_shows_roubles_converted_at_the_stated_rate() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("firms.csv"), "id,name,lat,lon\nsaw,Sawmill,59.54,30.88\nplant,Board plant,59.56,30.90\n")
        .unwrap();
    std::fs::write(
        d.join("flows.csv"),
        "firm_id,direction,material,quantity,unit\nsaw,supply,sawdust,1000,t\nplant,demand,wood_chips,1000,t\n",
    )
    .unwrap();
    let import = |currency: &str, name: &str| {
        std::fs::write(
            d.join("project.csv"),
            format!("key,value,source\ncurrency,{currency},\nfx.RUB,90,stated rate for the test\n"),
        )
        .unwrap();
        let out_path = d.join(name).display().to_string();
        let arg = |n: &str| d.join(n).display().to_string();
        ok(&[
            "import",
            "--firms",
            &arg("firms.csv"),
            "--flows",
            &arg("flows.csv"),
            "--project",
            &arg("project.csv"),
            "--out",
            &out_path,
        ]);
        out_path
    };
    let (eur, rub) = (import("EUR", "eur.gpkg"), import("RUB", "rub.gpkg"));
    let first = |p: &str| json(&["match", p, "--format", "json"])[0].clone();
    let (a, b) = (first(&eur), first(&rub));
    assert!(close(b["net_benefit"].as_f64().unwrap(), 90.0 * a["net_benefit"].as_f64().unwrap()), "{a} / {b}");
    assert_eq!(a["co2_avoided_t"], b["co2_avoided_t"]);
    assert!(ok(&["match", &rub]).contains("benefit RUB"));
    // The breakdown names the rate it converted at.
    let text = ok(&["explain", &rub, "1", "2"]);
    assert!(text.contains("RUB per EUR") && text.contains("stated rate for the test"), "{text}");
    // The country is Russia (from the position): no EU ETS, Russian landfill fees.
    assert!(load(Path::new(&rub)).firms.iter().all(|f| f.country == "RU"));
}

#[test]
fn without_a_year_kalundborg_is_evaluated_in_its_evaluation_year_and_ended_coal_flows_drop_out() {
    let k = sample("kalundborg");
    let data = load(&k);
    assert_eq!(data.meta.evaluation_year, Some(2024));
    let ended: Vec<i64> =
        data.flows.iter().filter(|f| f.available_to.is_some_and(|y| y < 2024)).map(|f| f.id.0).collect();
    assert!(!ended.is_empty());
    for args in [vec!["match"], vec!["match", "--greenfield"]] {
        let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        args.extend([k.display().to_string(), "--top".into(), "50".into(), "--format".into(), "json".into()]);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let candidates = json(&refs);
        for c in candidates.as_array().unwrap() {
            let s = c["supply_flow_id"].as_i64().unwrap();
            assert!(!ended.contains(&s), "{args:?} proposes flow {s}, which ended before 2024");
            assert_ne!(c["supply_material"], "fgd_gypsum");
        }
    }
    let optimal = json(&["optimise", &k.display().to_string(), "--format", "json"]);
    for arc in optimal["arcs"].as_array().unwrap() {
        assert!(!ended.contains(&arc["supply_flow_id"].as_i64().unwrap()), "optimise brings back a coal-era flow");
    }
    // A past year brings them back.
    let in_2010 = json(&["match", &k.display().to_string(), "--year", "2010", "--greenfield", "--format", "json"]);
    assert!(in_2010.as_array().unwrap().iter().any(|c| c["supply_material"] == "fgd_gypsum"));
}

#[test]
fn roles_countries_and_currencies_are_checked_at_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let arg = |n: &str| d.join(n).display().to_string();
    std::fs::write(
        d.join("firms.csv"),
        "id,name,lat,lon,country,ets\na,A,55.66,11.08,XX,true\nb,B,55.68,11.09,,maybe\n",
    )
    .unwrap();
    std::fs::write(d.join("flows.csv"), "firm_id,direction,material,quantity,unit,role\na,supply,steam,10,MWh,gift\n")
        .unwrap();
    std::fs::write(d.join("project.csv"), "key,value\ncurrency,XYZ\nevaluation_year,1700\n").unwrap();
    let out = cli(&[
        "import",
        "--firms",
        &arg("firms.csv"),
        "--flows",
        &arg("flows.csv"),
        "--project",
        &arg("project.csv"),
        "--out",
        &arg("p.gpkg"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for expected in [
        "firms.csv:2:5: unknown country 'XX'",
        "firms.csv:3:6: ets 'maybe' is not yes/no",
        "flows.csv:2:6: unknown role 'gift' (expected one of: residue, product)",
        "project.csv:2:2: unknown currency 'XYZ'",
        "project.csv:3:2: evaluation_year 1700 is not a plausible year",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
    assert!(!d.join("p.gpkg").exists(), "nothing written");
}

#[test]
fn a_firm_gets_the_country_of_its_position_unless_given_and_its_parameters_apply() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let arg = |n: &str| d.join(n).display().to_string();
    // Mo i Rana, Asnæs, Tosno; and one firm whose country is given.
    std::fs::write(
        d.join("firms.csv"),
        "id,name,lat,lon,country\nmo,Mo,66.31,14.13,\nasn,Asnaes,55.661528,11.080892,\ntos,Tosno,59.54,30.88,\npl,Given,55.66,11.09,PL\n",
    )
    .unwrap();
    std::fs::write(
        d.join("flows.csv"),
        "firm_id,direction,material,quantity,unit\nasn,supply,electricity,100,MWh\npl,demand,electricity,100,MWh\n",
    )
    .unwrap();
    std::fs::write(d.join("project.csv"), "key,value,source\ncountry.PL.grid_ef,0.7,test figure\n").unwrap();
    ok(&[
        "import",
        "--firms",
        &arg("firms.csv"),
        "--flows",
        &arg("flows.csv"),
        "--project",
        &arg("project.csv"),
        "--out",
        &arg("p.gpkg"),
    ]);
    let data = load(&d.join("p.gpkg"));
    let country = |id: &str| data.firm(&FirmId::new(id)).unwrap().country.clone();
    assert_eq!(
        (country("mo"), country("asn"), country("tos"), country("pl")),
        ("NO".into(), "DK".into(), "RU".into(), "PL".into())
    );
    // Electricity received in "Poland" displaces Poland's grid factor, as the project sets it.
    let c = json(&["match", &arg("p.gpkg"), "--format", "json"])[0].clone();
    assert!(close(c["co2_avoided_t"].as_f64().unwrap(), 100.0 * 0.7), "{c}");
    let text = ok(&["explain", &arg("p.gpkg"), "1", "2"]);
    assert!(text.contains("PL grid: test figure"), "{text}");
    // Export writes the country and the flag back out, and they import again.
    let out = export(&d.join("p.gpkg"), "csv", &d.join("out"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let firms = std::fs::read_to_string(d.join("out/firms.csv")).unwrap();
    assert!(firms.lines().next().unwrap().ends_with("country,ets,port"), "{firms}");
    assert!(firms.contains(",PL,false,Kalundborg"), "{firms}");
    assert!(
        firms.contains(",RU,false,\n") || firms.contains(",RU,false,\r\n"),
        "Tosno has no port within 10 km: {firms}"
    );
}

#[test]
fn the_carbon_price_is_added_where_an_ets_installation_stops_burning_fuel_on_site() {
    let mut p = danish_pair_apart(("refinery_gas", 1000.0), ("natural_gas", 1000.0), 0.05);
    let plain = only_candidate(&p, MatchOptions::default());
    p.firms[1].ets = true;
    let ets = only_candidate(&p, MatchOptions::default());
    // The board plant no longer burns 1000 MWh of gas (0.202 t/MWh) but burns the refinery gas
    // (0.207 t/MWh): at 65 EUR/t its allowances change by 1000 x (0.202 - 0.207) x 65.
    assert!(
        close(ets.net_benefit - plain.net_benefit, 1000.0 * (0.202 - 0.207) * 65.0),
        "{}",
        ets.net_benefit - plain.net_benefit
    );
    assert_eq!(ets.co2_avoided_t, plain.co2_avoided_t, "the carbon price is money, not CO2");
    // Net CO2 of the gas: 0.202 displaced + 0.207 flaring avoided - 0.207 burned.
    assert!(close(plain.co2_avoided_t, 1000.0 * 0.202), "{}", plain.co2_avoided_t);
}

#[test]
fn kalundborgs_tour_says_how_much_of_its_total_rests_on_assumed_quantities() {
    let data = load(&sample("kalundborg"));
    let (rows, totals) = scenarios::exchange_rows(&data, Some(2024));
    let running: Vec<_> = rows.iter().filter(|r| r.in_existing).collect();
    let share = |keep: &dyn Fn(&&&scenarios::ExchangeRow) -> bool| {
        (running.iter().filter(keep).map(|r| r.co2_avoided_t).sum::<f64>() / totals.co2_avoided_t * 100.0).round()
    };
    let steam = share(&|r| r.material.as_str() == "steam");
    let assumed = share(&|r| {
        r.stated_quantity.is_none()
            && data.flows.iter().any(|f| {
                f.firm == r.from_firm_id
                    && f.material == r.material
                    && f.direction == Direction::Supply
                    && f.source.starts_with("assumption")
            })
    });
    let tour = data.meta.tour.join("\n");
    assert!(
        tour.contains(&format!("about {steam} % of it comes from the four Asnæs steam exchanges")),
        "{steam} %: {tour}"
    );
    assert!(
        tour.contains(&format!("about {assumed} % of the total rests on an assumed quantity")),
        "{assumed} %: {tour}"
    );
    assert_eq!(running.iter().filter(|r| r.material.as_str() == "steam").count(), 4);
}

#[test]
fn the_matchers_fast_figures_equal_the_breakdowns_for_every_sample() {
    // The hot loop ranks pairs by a per-unit formula; `evaluate` prints the terms. They must agree.
    for name in SAMPLES {
        let data = load(&sample(name));
        for (year, greenfield) in [(Some(2024), false), (Some(2010), true), (None, true)] {
            for objective in [Objective::Benefit, Objective::Co2] {
                let options = MatchOptions { year, greenfield, objective, top_k: 5, include_products: true };
                let matcher = Matcher::new(&data, options);
                let summary = matcher.summary(&AtomicBool::new(false));
                let candidates = matcher.run(&AtomicBool::new(false)).candidates;
                assert_eq!(summary.candidates_kept as usize, candidates.len());
                let co2: f64 = candidates.iter().map(|c| c.co2_avoided_t).sum();
                let benefit: f64 = candidates.iter().map(|c| c.net_benefit).sum();
                assert!(close(summary.co2_avoided_t, co2), "{name} {year:?}: {} vs {co2}", summary.co2_avoided_t);
                assert!(close(summary.net_benefit, benefit), "{name} {year:?}: {} vs {benefit}", summary.net_benefit);
            }
        }
    }
}

#[test]
fn bulk_between_firms_near_ports_goes_by_short_sea_ship_when_that_is_cheaper_and_says_so() {
    // Asnæs (Kalundborg port) to a cement works at Aalborg (Aalborg port): 1000 t of fly ash.
    let mut p = danish_pair(("fly_ash", 1000.0), ("clinker", 1000.0));
    p.firms[0].location = LatLon::new(55.661528, 11.080892);
    p.firms[1].location = LatLon::new(57.05, 10.02);
    p.firms[0].port = "Kalundborg".into();
    p.firms[1].port = "Aalborg".into();
    let c = only_candidate(&p, MatchOptions::default());
    assert_eq!(c.transport, TransportMode::Ship);
    let (kal, aal) = (countries::port("Kalundborg").unwrap().location, countries::port("Aalborg").unwrap().location);
    let legs = distance_km(p.firms[0].location, kal) + distance_km(aal, p.firms[1].location);
    let sea = distance_km(kal, aal) * 1.5;
    let co2 = 1000.0 * 0.84 + 1000.0 * 0.005 - 1000.0 * (legs * 1.3 * 0.11072 + sea * 0.016) / 1000.0;
    let money = 1000.0 * (60.0 + 100.0 - 5.0 - 8.0) - 1000.0 * (legs * 1.3 * 0.10 + sea * 0.02);
    assert!(close(c.co2_avoided_t, co2), "{} vs {co2}", c.co2_avoided_t);
    assert!(close(c.net_benefit, money), "{} vs {money}", c.net_benefit);
    assert!(close(c.transport_km, legs * 1.3 + sea));
    // By road the whole way it would cost more: road 0.10 EUR/t-km over the longer route.
    let road = distance_km(p.firms[0].location, p.firms[1].location) * 1.3 * 0.10;
    assert!(road > legs * 1.3 * 0.10 + sea * 0.02 + 8.0, "road {road} EUR/t");
    let b = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap();
    let sea_term = b.terms.iter().find(|t| t.name == "sea_km").expect("the sea leg is a term");
    assert!(sea_term.parameters.iter().any(|p| p.source == "Kalundborg to Aalborg"));
    assert!(b.terms.iter().any(|t| t.name == "port_handling_cost"));
    // Without a port at one end the ash goes by road.
    p.firms[1].port.clear();
    assert_eq!(only_candidate(&p, MatchOptions::default()).transport, TransportMode::Road);
}

#[test]
fn a_price_the_solver_cannot_take_is_one_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let arg = |n: &str| d.join(n).display().to_string();
    std::fs::write(d.join("firms.csv"), "id,name,lat,lon\na,A,55.66,11.08\nb,B,55.68,11.09\n").unwrap();
    std::fs::write(
        d.join("flows.csv"),
        "firm_id,direction,material,quantity,unit,price_per_unit\na,supply,fly_ash,10,t,\nb,demand,clinker,10,t,1e20\n",
    )
    .unwrap();
    // Import refuses it at its cell, and writes nothing.
    let out = cli(&["import", "--firms", &arg("firms.csv"), "--flows", &arg("flows.csv"), "--out", &arg("p.gpkg")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("flows.csv:3:6: price_per_unit 1e20 is outside -1e9..1e9"), "{}", stderr(&out));
    assert!(!d.join("p.gpkg").exists());
    // Planted in the file afterwards, every command refuses the file naming the flow, and
    // leaves it as it was.
    let fine =
        "firm_id,direction,material,quantity,unit,price_per_unit\na,supply,fly_ash,10,t,\nb,demand,clinker,10,t,60\n";
    std::fs::write(d.join("flows.csv"), fine).unwrap();
    ok(&["import", "--firms", &arg("firms.csv"), "--flows", &arg("flows.csv"), "--out", &arg("p.gpkg")]);
    rusqlite::Connection::open(d.join("p.gpkg"))
        .unwrap()
        .execute("UPDATE flows SET price_per_unit = 1e20 WHERE firm_id = 'b'", [])
        .unwrap();
    let before = std::fs::read(d.join("p.gpkg")).unwrap();
    for command in ["optimise", "indicators", "match"] {
        let out = cli(&[command, &arg("p.gpkg")]);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("flow 2 of firm 'b': price_per_unit 1e20 is outside -1e9..1e9"), "{err}");
    }
    assert_eq!(std::fs::read(d.join("p.gpkg")).unwrap(), before);
}

#[test]
fn every_counterfactual_is_said_in_english_as_written_and_in_russian_in_russian() {
    use symbiosis_explorer::i18n::errors::counterfactual_in;
    let mut said = std::collections::BTreeSet::new();
    for name in SAMPLES {
        let data = load(&sample(name));
        let matcher = Matcher::new(&data, MatchOptions { year: Some(data.meta.year()), ..MatchOptions::default() });
        let mut breakdowns: Vec<Breakdown> =
            data.exchanges.iter().filter_map(|e| matcher.explain_exchange(e.id)).collect();
        for c in matcher.run(&AtomicBool::new(false)).candidates.iter().take(50) {
            breakdowns.push(matcher.explain(c.supply_flow_id, c.demand_flow_id).unwrap());
        }
        for b in &breakdowns {
            assert_eq!(b.counterfactual_phrases.len(), 2, "{name}: supply and demand");
            assert_eq!(counterfactual_in("en", &b.counterfactual_phrases, &data), b.counterfactual, "{name}");
            let ru = counterfactual_in("ru", &b.counterfactual_phrases, &data);
            assert!(ru.starts_with("поставка: ") && ru.contains("; спрос: "), "{name}: {ru}");
            assert!(!ru.contains("would otherwise") && !ru.contains("displaces"), "{name}: {ru}");
            said.extend(b.counterfactual_phrases.iter().map(|p| p.key));
            // The formulas' prose and the evaluation's own source words too; symbols stay.
            for t in &b.terms {
                let phrases = &b.counterfactual_phrases;
                assert_eq!(symbiosis_explorer::i18n::errors::formula_in("en", &t.formula, phrases, &data), t.formula);
                let ru = symbiosis_explorer::i18n::errors::formula_in("ru", &t.formula, phrases, &data);
                for english in
                    ["would otherwise", "displaces", "great-circle", "capacity before", "trade, not symbiosis"]
                {
                    assert!(!ru.contains(english), "{name}: {} reads '{ru}'", t.name);
                }
                // Every term has a name in Russian; every parameter's source is Russian but the
                // user's own words after its "assumption:" (a sample's data).
                assert!(symbiosis_explorer::i18n::sources::term_name("ru", &t.name).is_some(), "{}", t.name);
                for p in &t.parameters {
                    let source = symbiosis_explorer::i18n::sources::source_in("ru", &p.source);
                    let own = p.source.contains("flow ")
                        || p.source.starts_with("Kalundborg")
                        || !p.source.contains(' ') && !p.source.is_empty();
                    assert!(
                        p.source.is_empty() || source != p.source || own,
                        "{name}: {} = '{}' stays English",
                        p.name,
                        p.source
                    );
                    assert!(!source.starts_with("assumption") && !source.contains("grid: "), "{name}: {source}");
                }
            }
        }
    }
    // The samples between them say most kinds of counterfactual.
    for key in ["cf-supply-route-in", "cf-demand-new", "cf-demand-energy-of", "cf-supply-product"] {
        assert!(said.contains(key), "no {key} in {said:?}");
    }
}
