//! The matching engine on hand-computed cases and on the Kalundborg sample.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::collections::HashSet;
use std::sync::atomic::AtomicBool;

use common::*;
use symbiosis_explorer::core::matching::*;
use symbiosis_explorer::core::*;

fn two_firm_project(supply: (&str, f64, Unit), demand: (&str, f64, Unit), km_apart_deg: f64) -> ProjectData {
    let mut p = ProjectData::new(ProjectMeta::default());
    p.firms.push(firm("a", 55.0, 11.0));
    p.firms.push(firm("b", 55.0 + km_apart_deg, 11.0));
    let mut s = flow("a", Direction::Supply, supply.0, supply.1, supply.2);
    s.id = FlowId(1);
    let mut d = flow("b", Direction::Demand, demand.0, demand.1, demand.2);
    d.id = FlowId(2);
    p.flows = vec![s, d];
    p
}

fn run(p: &ProjectData, options: MatchOptions) -> MatchResult {
    Matcher::new(p, options).run(&AtomicBool::new(false))
}

#[test]
fn fly_ash_to_cement_is_evaluated_as_computed_by_hand() {
    // One degree of latitude: 6371.0088 km x pi/180 = 111.19508 km; road circuity 1.3.
    let p = two_firm_project(("fly_ash", 1000.0, Unit::Tonne), ("cement_raw_material", 500.0, Unit::Tonne), 1.0);
    let result = run(&p, MatchOptions::default());
    assert_eq!(result.candidates.len(), 1);
    let c = &result.candidates[0];
    assert!((c.distance_km - 111.19508).abs() < 1e-4, "{}", c.distance_km);
    assert!((c.transport_km - 144.553604).abs() < 1e-4, "{}", c.transport_km);
    assert_eq!((c.quantity, c.quantity_supply, c.ratio), (500.0, 500.0, 1.0));
    // CO2: 500 x 0.05 (virgin raw material) + 500 x 0.005 (ash not landfilled)
    //      - 500 t x 144.553604 km x 0.11072 kg/t-km / 1000 = 25 + 2.5 - 8.0024875 = 19.4975125 t
    assert!((c.co2_avoided_t - 19.4975125).abs() < 1e-4, "{}", c.co2_avoided_t);
    // Benefit: 500 x 20 (raw material bought) + 500 x 30 (landfill cost where no country is known)
    // - 500 x 5 (loading and unloading) - 500 x 144.553604 x 0.10 = 15272.3198
    assert!((c.net_benefit - 15272.3198).abs() < 1e-3, "{}", c.net_benefit);
    assert_eq!(c.fixed_link_cost, 0.0);
    assert_eq!(c.score, c.net_benefit);
}

#[test]
fn a_substitution_ratio_scales_quantity_and_supply_used() {
    // 100 t yeast slurry at 0.2 t feed per t meets 20 t of a 1000 t feed demand.
    let p = two_firm_project(("yeast_slurry", 100.0, Unit::Tonne), ("animal_feed", 1000.0, Unit::Tonne), 0.1);
    let c = &run(&p, MatchOptions::default()).candidates[0];
    assert_eq!((c.ratio, c.quantity, c.quantity_supply), (0.2, 20.0, 100.0));
    assert_eq!(c.unit, Unit::Tonne);
    // CO2: 20 x 0.5 + 100 x 0.02 - 100 x transport_km x 0.11072 / 1000
    let expected = 20.0 * 0.5 + 100.0 * 0.02 - 100.0 * c.transport_km * 0.11072 / 1000.0;
    assert!((c.co2_avoided_t - expected).abs() < 1e-9);
}

#[test]
fn surplus_chp_steam_by_pipe_carries_its_power_burden_and_annualised_link() {
    // Firm a (NACE 35.11, production of electricity) is a CHP: its extraction steam costs power.
    let mut p = two_firm_project(("steam", 1000.0, Unit::Mwh), ("steam", 1000.0, Unit::Mwh), 0.02);
    let c = &run(&p, MatchOptions::default()).candidates[0];
    // 0.02 deg = 2.2239 km, pipeline circuity 1.0; 500,000 EUR/km x CRF(5 %, 25 y) = 0.0709525
    let crf = 0.05 * 1.05f64.powi(25) / (1.05f64.powi(25) - 1.0);
    assert!((c.fixed_link_cost - 500_000.0 * c.transport_km * crf).abs() < 1e-6);
    // CO2: 1000 MWh x 0.224 (gas boiler displaced) - 1000 x 0.15 MWh power lost per MWh x 0.15
    // t/MWh (no country given: the assumed grid factor); no t-km for energy by pipe.
    assert!((c.co2_avoided_t - (224.0 - 22.5)).abs() < 1e-9, "{}", c.co2_avoided_t);
    // Money: 1000 x 35 EUR (steam bought) - 1000 x 0.15 x 80 EUR (power lost) - the link.
    assert!((c.net_benefit - (35_000.0 - 12_000.0 - c.fixed_link_cost)).abs() < 1e-6, "{}", c.net_benefit);

    // In Denmark the grid factor is Denmark's (0.12): 224 - 1000 x 0.15 x 0.12 = 206.
    p.firms[0].country = "DK".into();
    p.firms[1].country = "DK".into();
    let c = &run(&p, MatchOptions::default()).candidates[0];
    assert!((c.co2_avoided_t - 206.0).abs() < 1e-9, "{}", c.co2_avoided_t);

    // The same steam from a firm that is not a power station carries no burden.
    p.firms[0].nace = "20.14".into();
    let c = &run(&p, MatchOptions::default()).candidates[0];
    assert!((c.co2_avoided_t - 224.0).abs() < 1e-9, "{}", c.co2_avoided_t);
}

#[test]
fn no_self_match_no_match_beyond_the_maximum_distance() {
    let mut p = two_firm_project(("steam", 1000.0, Unit::Mwh), ("steam", 1000.0, Unit::Mwh), 0.2); // 22 km > 10 km
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let m = Matcher::new(&p, MatchOptions::default());
    let why = m.explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "distance");
    assert!(why.to_string().contains("exceeds the maximum of 10.0 km for steam"), "{why}");

    p.flows[1].firm = FirmId::new("a");
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    assert_eq!(
        Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err().rule(),
        "same_firm"
    );
}

#[test]
fn hazardous_supplies_only_reach_demands_that_accept_them() {
    let mut p = two_firm_project(("fly_ash", 1000.0, Unit::Tonne), ("cement_raw_material", 500.0, Unit::Tonne), 0.1);
    p.flows[0].ewc = Some("100116".into()); // fly ash from co-incineration containing hazardous substances
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "hazardous");
    assert!(why.to_string().contains("10 01 16*"), "{why}");
    p.flows[1].accepts_hazardous = true;
    assert_eq!(run(&p, MatchOptions::default()).candidates.len(), 1);

    // A flow without its own code is hazardous when its material is classed only as hazardous.
    p.flows[0].ewc = None;
    p.flows[1].accepts_hazardous = false;
    assert_eq!(run(&p, MatchOptions::default()).candidates.len(), 1, "fly ash codes are not hazardous");
    p.materials.iter_mut().find(|m| m.id.as_str() == "fly_ash").unwrap().ewc_codes = vec!["190113".into()];
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
}

#[test]
fn a_russian_waste_code_of_hazard_class_1_to_4_makes_a_supply_hazardous() {
    let mut p = two_firm_project(("fly_ash", 1000.0, Unit::Tonne), ("cement_raw_material", 500.0, Unit::Tonne), 0.1);
    // Class 4 (low hazard) is still hazardous waste under the matching rule.
    p.flows[0].fkko = Some("61110001404".into());
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "hazardous");
    assert!(why.to_string().contains("FKKO 6 11 100 01 40 4, hazard class 4"), "{why}");
    assert_eq!(serde_json::to_value(&why).unwrap(), serde_json::json!({"rule": "hazardous", "fkko": "61110001404"}));
    p.flows[1].accepts_hazardous = true;
    assert_eq!(run(&p, MatchOptions::default()).candidates.len(), 1);

    // Class 5 (practically non-hazardous) is not; and the flow's own code decides before the
    // material's usual EWC codes (here all hazardous).
    p.flows[1].accepts_hazardous = false;
    p.flows[0].fkko = Some("6 11 100 01 40 5".into());
    p.materials.iter_mut().find(|m| m.id.as_str() == "fly_ash").unwrap().ewc_codes = vec!["190113".into()];
    assert_eq!(run(&p, MatchOptions::default()).candidates.len(), 1, "class 5 is not hazardous");
    // A hazardous EWC entry on the same flow still makes it hazardous.
    p.flows[0].ewc = Some("100116".into());
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
}

#[test]
fn availability_years_must_overlap_or_hold_in_the_chosen_year() {
    let mut p = two_firm_project(("fgd_gypsum", 1000.0, Unit::Tonne), ("natural_gypsum", 500.0, Unit::Tonne), 0.1);
    p.flows[0].available_from = Some(1993);
    p.flows[0].available_to = Some(2019);
    p.flows[1].available_from = Some(2020);
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "years");
    assert!(why.to_string().contains("1993-2019") && why.to_string().contains("from 2020"), "{why}");

    p.flows[1].available_from = Some(1972);
    assert_eq!(run(&p, MatchOptions::default()).candidates.len(), 1);
    assert_eq!(run(&p, MatchOptions { year: Some(2000), ..MatchOptions::default() }).candidates.len(), 1);
    assert!(run(&p, MatchOptions { year: Some(2021), ..MatchOptions::default() }).candidates.is_empty());
}

#[test]
fn materials_without_a_rule_do_not_match_and_explain_says_so() {
    let p = two_firm_project(("natural_gypsum", 1000.0, Unit::Tonne), ("fgd_gypsum", 500.0, Unit::Tonne), 0.1);
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "material");
}

#[test]
fn realised_exchanges_use_up_capacity_unless_greenfield() {
    let mut p = two_firm_project(("fgd_gypsum", 1000.0, Unit::Tonne), ("natural_gypsum", 500.0, Unit::Tonne), 0.1);
    let mut ex = exchange("a", "b", "fgd_gypsum", Unit::Tonne);
    ex.quantity = Some(400.0);
    p.exchanges.push(ex);
    let c = &run(&p, MatchOptions::default()).candidates[0];
    assert_eq!(c.quantity, 100.0, "the demand has 100 t left after the 400 t exchange");
    assert_eq!(run(&p, MatchOptions { greenfield: true, ..MatchOptions::default() }).candidates[0].quantity, 500.0);

    p.exchanges[0].quantity = None; // unknown: the exchange takes what the pair allows
    assert!(run(&p, MatchOptions::default()).candidates.is_empty());
    let why = Matcher::new(&p, MatchOptions::default()).explain(FlowId(1), FlowId(2)).unwrap_err();
    assert_eq!(why.rule(), "capacity_used");
}

#[test]
fn only_the_best_k_per_supply_flow_are_kept() {
    let mut p = ProjectData::new(ProjectMeta::default());
    p.firms.push(firm("plant", 55.0, 11.0));
    p.flows.push(flow("plant", Direction::Supply, "fly_ash", 100.0, Unit::Tonne));
    for i in 0..8 {
        let id = format!("c{i}");
        p.firms.push(firm(&id, 55.0 + 0.1 * (i + 1) as f64, 11.0));
        p.flows.push(flow(&id, Direction::Demand, "cement_raw_material", 100.0, Unit::Tonne));
    }
    for (i, f) in p.flows.iter_mut().enumerate() {
        f.id = FlowId(i as i64 + 1);
    }
    let result = run(&p, MatchOptions { top_k: 3, ..MatchOptions::default() });
    assert_eq!(result.pairs_evaluated, 8);
    let firms: Vec<&str> = result.candidates.iter().map(|c| c.demand_firm_id.as_str()).collect();
    assert_eq!(firms, vec!["c0", "c1", "c2"], "the nearest are the cheapest to serve");
}

#[test]
fn greenfield_matching_rediscovers_kalundborg() {
    let k = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    // Product sales (the refinery's ammonium thiosulphate) are trade, not symbiosis candidates.
    let is_product = |e: &Exchange| {
        k.flows.iter().any(|f| f.firm == e.from && f.material == e.material && f.role == FlowRole::Product)
    };
    let documented: HashSet<(String, String, String)> = k
        .exchanges
        .iter()
        .filter(|e| !is_product(e))
        .map(|e| (e.from.0.clone(), e.to.0.clone(), e.material.0.clone()))
        .collect();
    assert_eq!(documented.len(), k.exchanges.len() - 1, "one product sale in the sample");
    let result = run(&k, MatchOptions { greenfield: true, top_k: 10, ..MatchOptions::default() });
    let key = |c: &Candidate| (c.supply_firm_id.0.clone(), c.demand_firm_id.0.clone(), c.supply_material.0.clone());
    let found: HashSet<_> = result.candidates.iter().map(key).filter(|k| documented.contains(k)).collect();
    let recall = found.len() as f64 / documented.len() as f64;
    assert!(recall >= 0.95, "recall {recall}: missing {:?}", documented.difference(&found).collect::<Vec<_>>());

    // Precision: the share of each supply flow's top 3 that are documented exchanges.
    let top3 = run(&k, MatchOptions { greenfield: true, top_k: 3, ..MatchOptions::default() });
    let hits = top3.candidates.iter().filter(|c| documented.contains(&key(c))).count();
    let precision = hits as f64 / top3.candidates.len() as f64;
    eprintln!(
        "Kalundborg greenfield: recall {}/{} at top 10, precision {hits}/{} in the top 3",
        found.len(),
        documented.len(),
        top3.candidates.len()
    );
    assert!(precision > 0.25, "precision {precision}");

    // Not greenfield: capacity already committed is not offered again.
    let now = run(&k, MatchOptions::default());
    assert!(now.candidates.len() < result.candidates.len());
}

#[test]
fn an_existing_exchange_is_evaluated_at_its_own_quantity() {
    let k = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    let gypsum =
        k.exchanges.iter().find(|e| e.from.as_str() == "asnaes" && e.material.as_str() == "fgd_gypsum").unwrap();
    let matcher = Matcher::new(&k, MatchOptions { greenfield: true, ..MatchOptions::default() });
    let b = matcher.explain_exchange(gypsum.id).expect("the flows behind it are in the sample");
    assert_eq!(b.candidate.quantity_supply, 150_000.0);
    assert_eq!(b.candidate.demand_firm_id.as_str(), "gyproc");
    let co2: f64 =
        b.terms.iter().filter(|t| t.name.starts_with("co2_") && t.name != "co2_avoided_t").map(|t| t.value).sum();
    assert!((co2 - b.candidate.co2_avoided_t).abs() < 1e-6, "the terms add up to the total");
}

#[test]
fn compact_candidates_carry_the_same_figures_as_the_full_ones() {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    let mut compared = 0;
    for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana"] {
        let project = ProjectFile::open_with(root().join(format!("sample_projects/{sample}.gpkg")), OpenMode::ReadOnly)
            .unwrap()
            .load()
            .unwrap();
        for objective in [Objective::Benefit, Objective::Co2] {
            let matcher = Matcher::new(&project, MatchOptions { objective, ..MatchOptions::default() });
            let full = matcher.run(&AtomicBool::new(false)).candidates;
            let compact = matcher.compact(&AtomicBool::new(false));
            assert_eq!(full.len(), compact.len(), "{sample}");
            compared += full.len();
            for (f, c) in full.iter().zip(&compact) {
                assert_eq!((f.supply_flow_id, f.demand_flow_id), (c.supply, c.demand), "{sample}: same order");
                for (what, a, b) in [
                    ("ratio", f.ratio, c.ratio),
                    ("quantity", f.quantity, c.quantity),
                    ("co2_per_unit", f.co2_per_unit, c.co2_per_unit),
                    ("benefit_per_unit", f.benefit_per_unit, c.benefit_per_unit),
                    ("score", f.score, c.score),
                    ("net_benefit", f.net_benefit, c.net_benefit),
                ] {
                    assert!(close(a, b), "{sample} {}->{}: {what} {a} vs {b}", c.supply, c.demand);
                }
                assert_eq!(matcher.candidate_of(c).as_ref(), Some(f));
            }
        }
    }
    assert!(compared > 50, "{compared} candidates compared");
}

/// A matcher moved from year to year finds exactly what a new matcher of that year finds, with
/// existing exchanges (their use of the flows) and without.
#[test]
fn a_matcher_moved_to_another_year_equals_a_new_one() {
    let project = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    for greenfield in [false, true] {
        let options = |year| MatchOptions { year, greenfield, top_k: 10, ..MatchOptions::default() };
        let mut moved = Matcher::new(&project, options(Some(2023)));
        for year in [Some(1975), Some(1990), None, Some(2015), Some(2023)] {
            moved.move_to_year(year);
            let fresh = Matcher::new(&project, options(year));
            assert_eq!(moved.left, fresh.left, "{year:?}");
            let found = |m: &Matcher| m.run(&AtomicBool::new(false)).candidates;
            let (a, b) = (found(&moved), found(&fresh));
            assert_eq!(a, b, "{year:?} greenfield {greenfield}");
            if year.is_none() {
                assert!(!a.is_empty(), "something to find today");
            }
        }
    }
}
