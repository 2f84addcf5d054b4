//! The allocation LP is optimal: on random instances of up to 6 arcs its objective equals the
//! best vertex found by exhaustive enumeration, including instances where greedy is worse.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use nalgebra::{DMatrix, DVector};
use symbiosis_explorer::core::model::FlowId;
use symbiosis_explorer::core::optimise::{Arc, FlowMap, Problem, solve};

/// Constraints `A x <= b` of a problem: supply rows, demand rows, and `-x <= 0`.
fn constraints(problem: &Problem) -> (DMatrix<f64>, DVector<f64>) {
    let n = problem.arcs.len();
    let mut supplies: Vec<FlowId> = problem.arcs.iter().map(|a| a.supply).collect();
    supplies.sort();
    supplies.dedup();
    let mut demands: Vec<FlowId> = problem.arcs.iter().map(|a| a.demand).collect();
    demands.sort();
    demands.dedup();
    let m = supplies.len() + demands.len() + n;
    let mut a = DMatrix::zeros(m, n);
    let mut b = DVector::zeros(m);
    for (r, s) in supplies.iter().enumerate() {
        b[r] = problem.supply_capacity[s];
        for (j, arc) in problem.arcs.iter().enumerate().filter(|(_, arc)| arc.supply == *s) {
            a[(r, j)] = 1.0 / arc.ratio;
        }
    }
    for (k, d) in demands.iter().enumerate() {
        let r = supplies.len() + k;
        b[r] = problem.demand_capacity[d];
        for (j, _) in problem.arcs.iter().enumerate().filter(|(_, arc)| arc.demand == *d) {
            a[(r, j)] = 1.0;
        }
    }
    for j in 0..n {
        a[(supplies.len() + demands.len() + j, j)] = -1.0;
    }
    (a, b)
}

/// Best objective over all vertices of the feasible polytope.
fn vertex_enumeration(problem: &Problem) -> f64 {
    let (a, b) = constraints(problem);
    let (m, n) = a.shape();
    let c = DVector::from_iterator(n, problem.arcs.iter().map(|arc| arc.value_per_unit));
    let mut best = f64::NEG_INFINITY;
    // Every n-subset of the m constraints, held with equality.
    let mut subset: Vec<usize> = (0..n).collect();
    loop {
        let rows = DMatrix::from_fn(n, n, |i, j| a[(subset[i], j)]);
        let rhs = DVector::from_fn(n, |i, _| b[subset[i]]);
        if let Some(x) = rows.lu().solve(&rhs) {
            let slack = &b - &a * &x;
            if slack.iter().all(|s| *s >= -1e-7) {
                best = best.max(c.dot(&x));
            }
        }
        // next combination
        let mut i = n;
        loop {
            if i == 0 {
                return best;
            }
            i -= 1;
            if subset[i] < m - n + i {
                subset[i] += 1;
                for k in i + 1..n {
                    subset[k] = subset[k - 1] + 1;
                }
                break;
            }
        }
    }
}

/// Greedy: best value per unit first, as much as capacity allows.
fn greedy(problem: &Problem) -> f64 {
    let mut order: Vec<&Arc> = problem.arcs.iter().filter(|a| a.value_per_unit > 0.0).collect();
    order.sort_by(|a, b| b.value_per_unit.total_cmp(&a.value_per_unit));
    let mut supply: FlowMap<f64> = problem.supply_capacity.clone();
    let mut demand: FlowMap<f64> = problem.demand_capacity.clone();
    let mut total = 0.0;
    for arc in order {
        let x = (supply[&arc.supply] * arc.ratio).min(demand[&arc.demand]).max(0.0);
        *supply.get_mut(&arc.supply).unwrap() -= x / arc.ratio;
        *demand.get_mut(&arc.demand).unwrap() -= x;
        total += x * arc.value_per_unit;
    }
    total
}

fn random_problem(rng: &mut fastrand::Rng) -> Problem {
    let supplies = rng.usize(1..=3);
    let demands = rng.usize(1..=3);
    let arcs_wanted = rng.usize(1..=6).min(supplies * demands);
    let mut pairs: Vec<(usize, usize)> = (0..supplies).flat_map(|s| (0..demands).map(move |d| (s, d))).collect();
    rng.shuffle(&mut pairs);
    let ratios = [0.2, 0.5, 1.0, 1.0, 1.5];
    let arcs = pairs[..arcs_wanted]
        .iter()
        .map(|&(s, d)| Arc {
            supply: FlowId(s as i64 + 1),
            demand: FlowId(100 + d as i64),
            ratio: ratios[rng.usize(..ratios.len())],
            value_per_unit: (rng.f64() * 25.0 - 5.0).round(),
        })
        .collect::<Vec<_>>();
    let mut problem = Problem { arcs, ..Problem::default() };
    for arc in &problem.arcs {
        problem.supply_capacity.entry(arc.supply).or_insert_with(|| rng.u32(1..100) as f64);
        problem.demand_capacity.entry(arc.demand).or_insert_with(|| rng.u32(1..100) as f64);
    }
    problem
}

#[test]
fn the_lp_matches_vertex_enumeration_on_random_instances() {
    let mut rng = fastrand::Rng::with_seed(20261128);
    let mut greedy_worse = 0;
    for instance in 0..300 {
        let problem = random_problem(&mut rng);
        let lp = solve(&problem).unwrap().objective;
        let best = vertex_enumeration(&problem).max(0.0);
        assert!(
            (lp - best).abs() <= 1e-6 * best.abs().max(1.0),
            "instance {instance}: LP {lp} vs vertices {best}: {problem:?}"
        );
        if greedy(&problem) < best - 1e-6 {
            greedy_worse += 1;
        }
    }
    assert!(greedy_worse >= 10, "only {greedy_worse} instances where greedy is suboptimal");
}

#[test]
fn a_classic_greedy_trap_is_solved_optimally() {
    let arc = |s, d, v| Arc { supply: FlowId(s), demand: FlowId(d), ratio: 1.0, value_per_unit: v };
    let problem = Problem {
        arcs: vec![arc(1, 10, 10.0), arc(1, 11, 9.0), arc(2, 10, 8.0)],
        supply_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0)].into_iter().collect(),
        demand_capacity: [(FlowId(10), 1.0), (FlowId(11), 1.0)].into_iter().collect(),
    };
    assert_eq!(greedy(&problem), 10.0);
    assert!((vertex_enumeration(&problem) - 17.0).abs() < 1e-9);
    assert!((solve(&problem).unwrap().objective - 17.0).abs() < 1e-9);
}

/// A generated park of 3,000 firms: the decomposed allocation (network simplex for the parts it
/// can take, HiGHS for the rest) reaches the optimum of one HiGHS LP over every candidate.
#[test]
fn the_decomposed_optimum_of_a_generated_park_equals_one_big_lp() {
    use symbiosis_explorer::core::generate::{GenerateOptions, generate};
    use symbiosis_explorer::core::matching::Objective;
    use symbiosis_explorer::core::optimise::{SolveStatus, solve_single};
    use symbiosis_explorer::core::scenarios::{Limits, allocation_problem};
    let data = generate(GenerateOptions { firms: 3_000, seed: 11 }, |_| {});
    for objective in [Objective::Benefit, Objective::Co2] {
        let (_, _, problem) = allocation_problem(&data, objective, None, Limits::default());
        assert!(problem.arcs.len() > 20_000, "{} arcs", problem.arcs.len());
        let parts = solve(&problem).unwrap();
        let single = solve_single(&problem).unwrap();
        assert_eq!(parts.status, SolveStatus::Optimal);
        assert!(
            parts.parts > 10 && parts.network_parts > parts.parts / 2,
            "{} parts, {} by network",
            parts.parts,
            parts.network_parts
        );
        let gap = (parts.objective - single.objective).abs() / single.objective.abs().max(1.0);
        assert!(gap <= 1e-6, "{objective:?}: {} against {} ({gap:e})", parts.objective, single.objective);
    }
}
