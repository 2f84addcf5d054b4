//! Optimal park allocation: how much flows on each candidate so that the park's objective is
//! maximal, with each supply's total `q_supply` within its quantity and each demand's total `q`
//! within its quantity. A generalised transportation problem, solved exactly by HiGHS.
//! Fixed link costs are reported per candidate but left out of the linear program.

use std::collections::HashMap;

use highs::{ColProblem, HighsModelStatus, Sense};
use serde::Serialize;

use super::matching::{Candidate, Objective};
use super::model::FlowId;

/// One arc of the allocation problem: supply `supply` can send to demand `demand`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arc {
    pub supply: FlowId,
    pub demand: FlowId,
    /// Units of demand met per unit of supply.
    pub ratio: f64,
    /// Objective gained per unit of demand met.
    pub value_per_unit: f64,
}

/// An allocation problem: arcs and the capacity of every flow they touch.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problem {
    pub arcs: Vec<Arc>,
    /// Supply capacity, in supply units.
    pub supply_capacity: HashMap<FlowId, f64>,
    /// Demand capacity, in demand units.
    pub demand_capacity: HashMap<FlowId, f64>,
}

impl Problem {
    /// The problem behind a set of candidates, for one objective.
    pub fn from_candidates(candidates: &[Candidate], objective: Objective, left: impl Fn(FlowId) -> f64) -> Self {
        let mut problem = Problem::default();
        for c in candidates {
            let value_per_unit = match objective {
                Objective::Benefit => c.benefit_per_unit,
                Objective::Co2 => c.co2_per_unit,
                Objective::Quantity => 1.0,
            };
            problem.arcs.push(Arc {
                supply: c.supply_flow_id,
                demand: c.demand_flow_id,
                ratio: c.ratio,
                value_per_unit,
            });
            problem.supply_capacity.entry(c.supply_flow_id).or_insert_with(|| left(c.supply_flow_id));
            problem.demand_capacity.entry(c.demand_flow_id).or_insert_with(|| left(c.demand_flow_id));
        }
        problem
    }
}

/// How much flows on one arc in the optimal allocation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AllocatedArc {
    pub supply_flow_id: FlowId,
    pub demand_flow_id: FlowId,
    /// Demand units per year.
    pub quantity: f64,
    /// This arc's share of the objective.
    pub contribution: f64,
}

/// The optimal allocation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Allocation {
    /// Arcs with a positive quantity.
    pub arcs: Vec<AllocatedArc>,
    /// The optimal value of the objective.
    pub objective: f64,
    /// Time spent finding the candidate arcs (filled in by the caller) and solving the LP.
    #[serde(skip)]
    pub match_seconds: f64,
    #[serde(skip)]
    pub solve_seconds: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum OptimiseError {
    #[error("the solver stopped without an optimal allocation ({0})")]
    NotOptimal(String),
    #[error("arc {0} -> {1} has a ratio of {2}; ratios must be positive")]
    BadRatio(FlowId, FlowId, f64),
    #[error(
        "arc {supply} -> {demand}: {what} {value:e} is beyond what the LP solver takes ({limit}); check the flows' quantities and prices and the rule's ratio"
    )]
    OutOfRange { supply: FlowId, demand: FlowId, what: &'static str, value: f64, limit: &'static str },
}

/// Solves the allocation exactly. Arcs that cannot add to the objective are left out.
pub fn solve(problem: &Problem) -> Result<Allocation, OptimiseError> {
    solve_within(problem, f64::INFINITY)
}

/// As [`solve`], giving up after `time_limit_s` seconds.
pub fn solve_within(problem: &Problem, time_limit_s: f64) -> Result<Allocation, OptimiseError> {
    let mut pb = ColProblem::default();
    let mut supply_rows = HashMap::new();
    let mut demand_rows = HashMap::new();
    let mut columns = Vec::new();
    // HiGHS reads 1e20 as infinity and loses precision far from 1; refuse what it cannot take.
    const LARGEST: f64 = 1e15;
    let out_of_range = |arc: &Arc, what: &'static str, value: f64, limit: &'static str| OptimiseError::OutOfRange {
        supply: arc.supply,
        demand: arc.demand,
        what,
        value,
        limit,
    };
    for arc in &problem.arcs {
        if !(arc.ratio.is_finite() && arc.ratio > 0.0) {
            return Err(OptimiseError::BadRatio(arc.supply, arc.demand, arc.ratio));
        }
        if !(1e-9..=1e9).contains(&arc.ratio) {
            return Err(out_of_range(arc, "ratio", arc.ratio, "1e-9 to 1e9"));
        }
        if arc.value_per_unit.abs() > LARGEST {
            return Err(out_of_range(arc, "value per unit", arc.value_per_unit, "at most 1e15"));
        }
        for (what, cap) in [
            ("supply capacity", problem.supply_capacity.get(&arc.supply).copied().unwrap_or(0.0)),
            ("demand capacity", problem.demand_capacity.get(&arc.demand).copied().unwrap_or(0.0)),
        ] {
            if !cap.is_finite() || cap > LARGEST {
                return Err(out_of_range(arc, what, cap, "at most 1e15"));
            }
        }
        if arc.value_per_unit <= 0.0 || !arc.value_per_unit.is_finite() {
            continue;
        }
        let supply_cap = problem.supply_capacity.get(&arc.supply).copied().unwrap_or(0.0);
        let demand_cap = problem.demand_capacity.get(&arc.demand).copied().unwrap_or(0.0);
        if supply_cap <= 0.0 || demand_cap <= 0.0 {
            continue;
        }
        let s = *supply_rows.entry(arc.supply).or_insert_with(|| pb.add_row(..=supply_cap));
        let d = *demand_rows.entry(arc.demand).or_insert_with(|| pb.add_row(..=demand_cap));
        // x = demand units on this arc; it uses x / ratio of the supply.
        pb.add_column(arc.value_per_unit, 0.., [(s, 1.0 / arc.ratio), (d, 1.0)]);
        columns.push(arc);
    }
    if columns.is_empty() {
        return Ok(Allocation { arcs: Vec::new(), objective: 0.0, match_seconds: 0.0, solve_seconds: 0.0 });
    }
    let started = std::time::Instant::now();
    let refused = |status: highs::HighsStatus| {
        OptimiseError::NotOptimal(format!("HiGHS refused the problem ({status:?}) with {} arcs", columns.len()))
    };
    let mut model = pb.try_optimise(Sense::Maximise).map_err(refused)?;
    model.set_option("output_flag", false);
    model.set_option("threads", 1);
    if time_limit_s.is_finite() {
        model.set_option("time_limit", time_limit_s);
    }
    let solved = model.try_solve().map_err(refused)?;
    match solved.status() {
        HighsModelStatus::Optimal => {}
        HighsModelStatus::ReachedTimeLimit => {
            return Err(OptimiseError::NotOptimal(format!(
                "time limit of {time_limit_s} s reached with {} arcs; offer fewer candidates (--top) or allow more time (--time-limit)",
                columns.len()
            )));
        }
        other => return Err(OptimiseError::NotOptimal(format!("{other:?}"))),
    }
    let solution = solved.get_solution();
    let mut arcs = Vec::new();
    let mut objective = 0.0;
    for (arc, &x) in columns.iter().zip(solution.columns()) {
        let contribution = x * arc.value_per_unit;
        objective += contribution;
        if x > 1e-9 {
            arcs.push(AllocatedArc {
                supply_flow_id: arc.supply,
                demand_flow_id: arc.demand,
                quantity: x,
                contribution,
            });
        }
    }
    Ok(Allocation { arcs, objective, match_seconds: 0.0, solve_seconds: started.elapsed().as_secs_f64() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(s: i64, d: i64, ratio: f64, value: f64) -> Arc {
        Arc { supply: FlowId(s), demand: FlowId(d), ratio, value_per_unit: value }
    }

    #[test]
    fn the_optimum_beats_the_greedy_choice() {
        // Greedy takes s1 -> d1 (10) and is then blocked: 10. The optimum sends s1 -> d2 and s2 -> d1: 17.
        let problem = Problem {
            arcs: vec![arc(1, 1, 1.0, 10.0), arc(1, 2, 1.0, 9.0), arc(2, 1, 1.0, 8.0)],
            supply_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0)].into(),
            demand_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0)].into(),
        };
        let allocation = solve(&problem).unwrap();
        assert!((allocation.objective - 17.0).abs() < 1e-9, "{allocation:?}");
        assert_eq!(allocation.arcs.len(), 2);
    }

    #[test]
    fn values_the_solver_cannot_take_are_refused_by_name_not_a_panic() {
        for (ratio, value, cap) in [(1.0, 1e20, 1.0), (1e-16, 1.0, 1.0), (1.0, 1.0, 1e300)] {
            let problem = Problem {
                arcs: vec![arc(1, 2, ratio, value)],
                supply_capacity: [(FlowId(1), cap)].into(),
                demand_capacity: [(FlowId(2), 1.0)].into(),
            };
            let err = solve(&problem).unwrap_err().to_string();
            assert!(err.starts_with("arc 1 -> 2: ") && err.contains("beyond what the LP solver takes"), "{err}");
        }
    }

    #[test]
    fn ratios_scale_the_supply_used() {
        // 100 t yeast slurry meets at most 20 t of feed demand at ratio 0.2.
        let problem = Problem {
            arcs: vec![arc(1, 2, 0.2, 300.0)],
            supply_capacity: [(FlowId(1), 100.0)].into(),
            demand_capacity: [(FlowId(2), 1000.0)].into(),
        };
        let allocation = solve(&problem).unwrap();
        assert!((allocation.arcs[0].quantity - 20.0).abs() < 1e-9);
        assert!((allocation.objective - 6000.0).abs() < 1e-6);
    }
}
