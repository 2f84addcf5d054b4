//! Park scenarios compared by their network indicators: the existing exchanges, the existing
//! plus the proposed ones, and the existing plus the optimal allocation of what capacity is left.

use std::sync::atomic::AtomicBool;

use serde::Serialize;

use super::indicators::{FirmTotals, Indicators, NetworkLink, indicators};
use super::lang::{Phrase, Said};
use super::matching::{MatchOptions, Matcher, Objective};
use super::model::{ExchangeStatus, FlowId, ProjectData};
use super::optimise::{self, Allocation, OptimiseError, Problem};

/// Candidates per supply flow offered to the optimal allocation.
pub const OPTIMISE_TOP_K: usize = 20;

/// Bounds on the work of an optimal allocation.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub top_k: usize,
    pub time_limit_s: f64,
    /// Offer product flows to the allocation too (they earn nothing, so it never takes them).
    pub include_products: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Self { top_k: OPTIMISE_TOP_K, time_limit_s: 120.0, include_products: false }
    }
}

/// Links of the exchanges that `include` selects, evaluated with their flows in the one
/// allocation ([`Matcher::allocate`]).
pub fn exchange_links(matcher: &Matcher, include: impl Fn(&super::model::Exchange) -> bool) -> Vec<NetworkLink> {
    grouped_links(matcher, |ex| include(ex).then_some(0))
}

/// Links of the existing exchanges of `year`, then (allocated after them) the proposed ones.
pub fn existing_and_proposed_links(matcher: &Matcher, year: Option<i32>) -> Vec<NetworkLink> {
    grouped_links(matcher, |ex| {
        if is_existing(ex, year) {
            Some(0)
        } else if is_proposed(ex, year) {
            Some(1)
        } else {
            None
        }
    })
}

fn grouped_links(matcher: &Matcher, group: impl Fn(&super::model::Exchange) -> Option<u8>) -> Vec<NetworkLink> {
    let project = matcher.project;
    matcher
        .allocate(group)
        .into_iter()
        .map(|link| {
            let ex = &project.exchanges[link.exchange];
            let (co2, benefit) = matcher.evaluate_link(&link).unwrap_or((0.0, 0.0));
            NetworkLink {
                from: ex.from.clone(),
                to: ex.to.clone(),
                material: ex.material.0.clone(),
                quantity: link.quantity_supply,
                unit: ex.unit,
                co2_avoided_t: co2,
                net_benefit: benefit,
            }
        })
        .collect()
}

/// Whether an exchange counts as existing (in `year`, or now).
pub fn is_existing(ex: &super::model::Exchange, year: Option<i32>) -> bool {
    match year {
        Some(y) => ex.active_in(y),
        None => matches!(ex.status, ExchangeStatus::Realised | ExchangeStatus::Agreed),
    }
}

fn is_proposed(ex: &super::model::Exchange, year: Option<i32>) -> bool {
    ex.status == ExchangeStatus::Proposed && year.is_none_or(|y| ex.start_year.is_none_or(|s| s <= y))
}

/// The allocation LP of [`optimal_allocation`]: the matcher, its candidates as numbers, and the
/// problem over the capacity left after existing exchanges.
pub fn allocation_problem(
    project: &ProjectData,
    objective: Objective,
    year: Option<i32>,
    limits: Limits,
) -> (Matcher<'_>, Vec<super::matching::CompactCandidate>, Problem) {
    let matcher = Matcher::new(
        project,
        MatchOptions {
            top_k: limits.top_k,
            objective,
            year,
            greenfield: false,
            include_products: limits.include_products,
        },
    );
    let compact = matcher.compact(&AtomicBool::new(false));
    let problem =
        Problem::from_compact(&compact, objective, |id| matcher.flow_position(id).map_or(0.0, |i| matcher.left[i]));
    (matcher, compact, problem)
}

/// The optimal allocation of the capacity left after existing exchanges, with the full
/// candidates of the arcs it uses (only those: at national scale there are millions of
/// candidates, kept as numbers while solving; `allocation.candidate_arcs` counts them).
pub fn optimal_allocation(
    project: &ProjectData,
    objective: Objective,
    year: Option<i32>,
    limits: Limits,
) -> Result<(Matcher<'_>, Vec<super::matching::Candidate>, Allocation), OptimiseError> {
    crate::core::guard::heavy("the optimal allocation");
    let started = std::time::Instant::now();
    let (matcher, compact, problem) = allocation_problem(project, objective, year, limits);
    let match_seconds = started.elapsed().as_secs_f64();
    // The time limit covers the whole: what matching took is not left for the solver.
    let mut allocation = optimise::solve_within(&problem, limits.time_limit_s - match_seconds)?;
    allocation.match_seconds = match_seconds;
    allocation.candidate_arcs = compact.len();
    // Full candidates (names, breakdowns) only for the arcs used, in parallel.
    use rayon::prelude::*;
    let mut wanted: std::collections::HashMap<(FlowId, FlowId), Option<&super::matching::CompactCandidate>> =
        allocation.arcs.iter().map(|a| ((a.supply_flow_id, a.demand_flow_id), None)).collect();
    for c in &compact {
        if let Some(slot) = wanted.get_mut(&(c.supply, c.demand)) {
            *slot = Some(c);
        }
    }
    let used = allocation
        .arcs
        .par_iter()
        .filter_map(|a| wanted[&(a.supply_flow_id, a.demand_flow_id)].and_then(|c| matcher.candidate_of(c)))
        .collect();
    Ok((matcher, used, allocation))
}

/// The candidates the allocation uses, each at its allocated quantity (demand units) with its
/// contribution as score.
pub fn allocated_candidates(
    candidates: &[super::matching::Candidate],
    allocation: &Allocation,
) -> Vec<super::matching::Candidate> {
    let by_pair: std::collections::HashMap<_, _> =
        candidates.iter().map(|c| ((c.supply_flow_id, c.demand_flow_id), c)).collect();
    allocation
        .arcs
        .iter()
        .filter_map(|arc| {
            let c = *by_pair.get(&(arc.supply_flow_id, arc.demand_flow_id))?;
            let share = (arc.quantity / c.quantity).min(1.0);
            Some(super::matching::Candidate {
                quantity: arc.quantity,
                quantity_supply: arc.quantity / c.ratio,
                co2_avoided_t: c.co2_per_unit * arc.quantity,
                net_benefit: c.benefit_per_unit * arc.quantity - c.fixed_link_cost * share,
                score: arc.contribution,
                ..c.clone()
            })
        })
        .collect()
}

/// Per-firm flow totals (available in `year`), the boundary of the Finn cycling index.
pub fn firm_totals(project: &ProjectData, year: Option<i32>) -> FirmTotals {
    let mut totals = FirmTotals::default();
    for flow in project.flows.iter().filter(|f| year.is_none_or(|y| f.available_in(y))) {
        *totals.0.entry((flow.firm.clone(), flow.unit, flow.direction)).or_default() += flow.quantity;
    }
    totals
}

/// Indicators of the existing park in one year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearFigures {
    pub year: i32,
    pub firms: usize,
    pub links: usize,
    pub exchanges: usize,
    pub cyclicity: f64,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
    pub totals: Vec<super::indicators::MaterialTotal>,
}

/// The existing park's figures in one year, computed afresh (what the series must equal).
#[cfg(test)]
fn year_figures(project: &ProjectData, y: i32) -> YearFigures {
    let m = Matcher::new(project, MatchOptions { year: Some(y), greenfield: true, ..MatchOptions::default() });
    figures_in(&m, y)
}

/// The existing park's figures in year `y`, by a matcher moved to that year.
fn figures_in(m: &Matcher, y: i32) -> YearFigures {
    let project = m.project;
    let links = exchange_links(m, |ex| ex.active_in(y));
    let ind = indicators("existing", &links, &firm_totals(project, Some(y)));
    YearFigures {
        year: y,
        firms: ind.firms,
        links: ind.links,
        exchanges: ind.exchanges,
        cyclicity: ind.cyclicity,
        co2_avoided_t: ind.co2_avoided_t,
        net_benefit: ind.net_benefit,
        totals: ind.totals,
    }
}

/// The existing park year by year, from its first exchange to `year`. A year enters the figures
/// only through which flows are available and which exchanges are active, so a year in which
/// neither changed (no exchange starts or ends, no flow begins or stops) takes the figures of
/// the year before; a year in which something changed moves one matcher to it (the per-flow
/// figures stay, only which flows and exchanges take part is updated) instead of building one.
fn year_series(project: &ProjectData, year: Option<i32>) -> Vec<YearFigures> {
    let years = super::model::PLAUSIBLE_YEARS;
    let Some(first) = project.exchanges.iter().filter_map(|e| e.start_year).filter(|y| years.contains(y)).min() else {
        return Vec::new();
    };
    let last = year.unwrap_or_else(|| project.meta.year()).clamp(*years.start(), *years.end());
    let state = |y: i32| -> (Vec<bool>, Vec<bool>) {
        (
            project.flows.iter().map(|f| f.available_in(y)).collect(),
            project.exchanges.iter().map(|e| e.active_in(y)).collect(),
        )
    };
    let mut series: Vec<YearFigures> = Vec::new();
    let mut previous: Option<(Vec<bool>, Vec<bool>)> = None;
    let mut matcher: Option<Matcher> = None;
    for y in first..=last {
        let now = state(y);
        let figures = match (previous.as_ref(), series.last()) {
            (Some(before), Some(last)) if *before == now => YearFigures { year: y, ..last.clone() },
            _ => {
                let m = matcher.get_or_insert_with(|| {
                    Matcher::new(project, MatchOptions { year: Some(y), greenfield: true, ..MatchOptions::default() })
                });
                m.move_to_year(Some(y));
                figures_in(m, y)
            }
        };
        series.push(figures);
        previous = Some(now);
    }
    series
}

/// What `indicators` reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub year: Option<i32>,
    /// Whether the optimal scenario is the optimum (`optimal`) or the best allocation found
    /// within the time limit (`time_limit`), and its proven relative gap.
    pub optimal_status: super::optimise::SolveStatus,
    pub optimal_gap: f64,
    pub scenarios: Vec<Indicators>,
    pub by_year: Vec<YearFigures>,
}

/// Indicators of the three scenarios (in `year`, or now), and of the existing park year by year.
pub fn report(
    project: &ProjectData,
    year: Option<i32>,
    objective: Objective,
    limits: Limits,
) -> Result<Report, OptimiseError> {
    crate::core::guard::heavy("a scenario comparison");
    let totals = firm_totals(project, year);
    let (matcher, candidates, allocation) = optimal_allocation(project, objective, year, limits)?;
    let existing = exchange_links(&matcher, |ex| is_existing(ex, year));
    let with_proposed = existing_and_proposed_links(&matcher, year);
    let mut optimal = existing.clone();
    for c in allocated_candidates(&candidates, &allocation) {
        optimal.push(NetworkLink {
            from: c.supply_firm_id.clone(),
            to: c.demand_firm_id.clone(),
            material: c.supply_material.0.clone(),
            quantity: c.quantity_supply,
            unit: c.supply_unit,
            co2_avoided_t: c.co2_avoided_t,
            net_benefit: c.net_benefit,
        });
    }
    let scenarios = vec![
        indicators("existing", &existing, &totals),
        indicators("existing_plus_proposed", &with_proposed, &totals),
        indicators("optimal", &optimal, &totals),
    ];

    let by_year = year_series(project, year);
    Ok(Report { year, optimal_status: allocation.status, optimal_gap: allocation.gap, scenarios, by_year })
}

/// One exchange with its share of the existing scenario of a year (`exchanges` command).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExchangeRow {
    pub exchange_id: super::model::ExchangeId,
    pub from_firm_id: super::model::FirmId,
    pub to_firm_id: super::model::FirmId,
    pub material: super::model::MaterialId,
    /// The supplying flow's role (`residue` where it has none or none is found).
    pub role: super::model::FlowRole,
    pub status: ExchangeStatus,
    /// Supply units per year: what the allocation gives it in the existing scenario, else the
    /// exchange's own quantity (0 where it states none).
    pub quantity: f64,
    pub unit: super::model::Unit,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
    pub currency: String,
    /// Both sides' counterfactuals in words.
    pub counterfactual: String,
    pub in_existing: bool,
    /// The quantity the exchange states, where it states one.
    pub stated_quantity: Option<f64>,
    /// Where the stated quantity exceeds what the flows allow: by how much, in words.
    pub overfill: Option<Said>,
}

/// Every existing exchange of `year` that states more than its flows allow, in words.
pub fn overfills(project: &ProjectData, year: Option<i32>) -> Vec<Said> {
    // Nothing to allocate, nothing over-filled: no matcher (its figures for every flow) needed.
    if !project.exchanges.iter().any(|ex| is_existing(ex, year)) {
        return Vec::new();
    }
    let matcher = Matcher::new(project, MatchOptions { year, greenfield: true, ..MatchOptions::default() });
    matcher
        .allocate(|ex| is_existing(ex, year).then_some(0))
        .iter()
        .filter_map(|l| {
            let ex = &project.exchanges[l.exchange];
            l.overfill.as_ref().map(|o| {
                let text = o.describe(&matcher);
                let english = format!("exchange {} ({} -> {} {}): {text}", ex.id, ex.from, ex.to, ex.material);
                let args = [
                    ("id", ex.id.to_string()),
                    ("from", ex.from.to_string()),
                    ("to", ex.to.to_string()),
                    ("material", ex.material.to_string()),
                ];
                let names = project.material(&ex.material).map(|m| m.names.clone()).unwrap_or_default();
                let phrase =
                    Phrase::new("overfill-exchange", args).with_names("material", names).with_part("text", text.phrase);
                Said { english, phrase }
            })
        })
        .collect()
}

/// Totals of the existing scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
}

/// Every exchange of the project (in id order) with its share of the existing scenario in
/// `year`, and the scenario's totals (equal to `indicators`' existing scenario).
pub fn exchange_rows(project: &ProjectData, year: Option<i32>) -> (Vec<ExchangeRow>, Totals) {
    use std::collections::HashMap;
    let matcher = Matcher::new(project, MatchOptions { year, greenfield: true, ..MatchOptions::default() });
    let links = matcher.allocate(|ex| is_existing(ex, year).then_some(0));
    let mut totals = Totals::default();
    let mut by_exchange = HashMap::new();
    for link in &links {
        let (co2, benefit) = matcher.evaluate_link(link).unwrap_or((0.0, 0.0));
        totals.co2_avoided_t += co2;
        totals.net_benefit += benefit;
        by_exchange.insert(link.exchange, (link, co2, benefit));
    }
    totals.co2_avoided_t += 0.0;
    totals.net_benefit += 0.0;
    let few = project.exchanges.len() <= 2000;
    let rows = project
        .exchanges
        .iter()
        .enumerate()
        .map(|(e, ex)| {
            let linked = by_exchange.get(&e);
            let supply_flow = linked.and_then(|(l, _, _)| l.supply).map(|s| &project.flows[s]).or_else(|| {
                project.flows.iter().find(|f| {
                    f.firm == ex.from && f.material == ex.material && f.direction == super::model::Direction::Supply
                })
            });
            let counterfactual = match linked {
                Some((l, _, _)) => matcher.counterfactual_of(l),
                None if few => matcher.explain_exchange(ex.id).map(|b| b.counterfactual),
                None => None,
            }
            .unwrap_or_else(|| "no supply and demand flows to evaluate it against".to_string());
            let (quantity, co2, benefit) = match linked {
                Some((l, co2, benefit)) => (l.quantity_supply, *co2, *benefit),
                None => (ex.quantity.unwrap_or(0.0), 0.0, 0.0),
            };
            ExchangeRow {
                exchange_id: ex.id,
                from_firm_id: ex.from.clone(),
                to_firm_id: ex.to.clone(),
                material: ex.material.clone(),
                role: supply_flow.map_or(super::model::FlowRole::Residue, |f| f.role),
                status: ex.status,
                quantity,
                unit: ex.unit,
                co2_avoided_t: co2 + 0.0,
                net_benefit: benefit + 0.0,
                currency: project.meta.currency.clone(),
                counterfactual,
                in_existing: linked.is_some(),
                stated_quantity: ex.quantity,
                overfill: linked.and_then(|(l, _, _)| l.overfill.as_ref()).map(|o| o.describe(&matcher)),
            }
        })
        .collect();
    (rows, totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_series_equals_a_fresh_matcher_for_every_year() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_projects/kalundborg.gpkg");
        let project =
            crate::core::ProjectFile::open_with(&path, crate::core::OpenMode::ReadOnly).unwrap().load().unwrap();
        let series = year_series(&project, Some(2024));
        assert!(series.len() > 40, "{} years", series.len());
        let reused = series.windows(2).filter(|w| w[0].exchanges == w[1].exchanges && w[0].links == w[1].links).count();
        assert!(reused > 10, "most years change nothing: {reused}");
        for figures in &series {
            assert_eq!(figures, &year_figures(&project, figures.year), "{}", figures.year);
        }
    }
}
