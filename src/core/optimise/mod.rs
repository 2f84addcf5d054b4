//! Optimal park allocation: how much flows on each candidate so that the park's objective is
//! maximal, with each supply's total `q_supply` within its quantity and each demand's total `q`
//! within its quantity. A generalised transportation problem, split into its independent parts;
//! each solved exactly, by the network simplex ([`network`]) where its ratios make it a plain
//! transportation problem, else by HiGHS. Fixed link costs are reported per candidate but left
//! out of the linear program.

mod network;

use rustc_hash::FxHashMap;

use highs::{ColProblem, HighsModelStatus, Sense};
use serde::Serialize;

use super::matching::{Candidate, CompactCandidate, Objective};
use super::model::FlowId;

/// A map keyed by flow (a fast hash: the allocation of a national register looks up millions).
pub type FlowMap<V> = FxHashMap<FlowId, V>;

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
    pub supply_capacity: FlowMap<f64>,
    /// Demand capacity, in demand units.
    pub demand_capacity: FlowMap<f64>,
}

impl Problem {
    /// The LP as JSON, for another solver to check: maximise the sum of `value_per_unit * x`
    /// over the arcs (x in demand units) with, per supply, the sum of `x / ratio` at most its
    /// capacity, per demand the sum of `x` at most its capacity, and `x >= 0`.
    pub fn to_json(&self) -> serde_json::Value {
        let caps = |map: &FlowMap<f64>| {
            let mut rows: Vec<(FlowId, f64)> = map.iter().map(|(k, v)| (*k, *v)).collect();
            rows.sort_by_key(|r| r.0);
            rows.into_iter().map(|(id, cap)| serde_json::json!({"flow_id": id, "capacity": cap})).collect::<Vec<_>>()
        };
        serde_json::json!({
            "sense": "maximise",
            "arcs": self.arcs.iter().map(|a| serde_json::json!({
                "supply_flow_id": a.supply,
                "demand_flow_id": a.demand,
                "ratio": a.ratio,
                "value_per_unit": a.value_per_unit,
            })).collect::<Vec<_>>(),
            "supplies": caps(&self.supply_capacity),
            "demands": caps(&self.demand_capacity),
        })
    }

    /// The problem behind compact candidates (see [`CompactCandidate`]), for one objective.
    pub fn from_compact(candidates: &[CompactCandidate], objective: Objective, left: impl Fn(FlowId) -> f64) -> Self {
        let mut problem = Problem { arcs: Vec::with_capacity(candidates.len()), ..Problem::default() };
        for c in candidates {
            let value_per_unit = match objective {
                Objective::Benefit => c.benefit_per_unit,
                Objective::Co2 => c.co2_per_unit,
                Objective::Quantity => 1.0,
            };
            problem.arcs.push(Arc { supply: c.supply, demand: c.demand, ratio: c.ratio, value_per_unit });
            problem.supply_capacity.entry(c.supply).or_insert_with(|| left(c.supply));
            problem.demand_capacity.entry(c.demand).or_insert_with(|| left(c.demand));
        }
        problem
    }

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

/// Whether an allocation is the optimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SolveStatus {
    Optimal,
    /// The time limit stopped the solve: the allocation is feasible, within `gap` of the optimum.
    TimeLimit,
}

impl SolveStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SolveStatus::Optimal => "optimal",
            SolveStatus::TimeLimit => "time_limit",
        }
    }
}

/// The optimal allocation (or, stopped by the time limit, the best one found).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Allocation {
    /// Arcs with a positive quantity.
    pub arcs: Vec<AllocatedArc>,
    /// The value of the objective.
    pub objective: f64,
    pub status: SolveStatus,
    /// Proven relative gap to the optimum: (upper bound - objective) / upper bound; 0 when optimal.
    pub gap: f64,
    /// Independent parts the problem fell into (each solved on its own).
    #[serde(skip)]
    pub parts: usize,
    /// Arcs of the largest part.
    #[serde(skip)]
    pub largest_part: usize,
    /// Parts solved by the network simplex (the others by HiGHS).
    #[serde(skip)]
    pub network_parts: usize,
    /// Candidate arcs offered to the solver (filled in by the caller).
    #[serde(skip)]
    pub candidate_arcs: usize,
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

/// The arcs worth an LP column, checked: each refused by name if the solver cannot take it.
fn usable_arcs(problem: &Problem) -> Result<Vec<&Arc>, OptimiseError> {
    // HiGHS reads 1e20 as infinity and loses precision far from 1; refuse what it cannot take.
    const LARGEST: f64 = 1e15;
    let out_of_range = |arc: &Arc, what: &'static str, value: f64, limit: &'static str| OptimiseError::OutOfRange {
        supply: arc.supply,
        demand: arc.demand,
        what,
        value,
        limit,
    };
    let mut usable = Vec::with_capacity(problem.arcs.len());
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
        let supply_cap = problem.supply_capacity.get(&arc.supply).copied().unwrap_or(0.0);
        let demand_cap = problem.demand_capacity.get(&arc.demand).copied().unwrap_or(0.0);
        for (what, cap) in [("supply capacity", supply_cap), ("demand capacity", demand_cap)] {
            if !cap.is_finite() || cap > LARGEST {
                return Err(out_of_range(arc, what, cap, "at most 1e15"));
            }
        }
        if arc.value_per_unit > 0.0 && arc.value_per_unit.is_finite() && supply_cap > 0.0 && demand_cap > 0.0 {
            usable.push(arc);
        }
    }
    Ok(usable)
}

/// The independent parts of the problem: arcs grouped by the connected components of the
/// graph whose nodes are flows and whose edges are arcs. No constraint spans two parts, so the
/// optimum of the whole is the union of the parts' optima.
fn components<'a>(arcs: &[&'a Arc]) -> Vec<Vec<&'a Arc>> {
    let mut index: FxHashMap<FlowId, usize> = FxHashMap::default();
    let mut parent: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut node = |id: FlowId, parent: &mut Vec<usize>| {
        *index.entry(id).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        })
    };
    let ends: Vec<(usize, usize)> =
        arcs.iter().map(|a| (node(a.supply, &mut parent), node(a.demand, &mut parent))).collect();
    for &(s, d) in &ends {
        let (rs, rd) = (root(&mut parent, s), root(&mut parent, d));
        if rs != rd {
            parent[rs.max(rd)] = rs.min(rd);
        }
    }
    let mut groups: FxHashMap<usize, Vec<&Arc>> = FxHashMap::default();
    let mut order = Vec::new();
    for (arc, &(s, _)) in arcs.iter().zip(&ends) {
        let r = root(&mut parent, s);
        groups
            .entry(r)
            .or_insert_with(|| {
                order.push(r);
                Vec::new()
            })
            .push(arc);
    }
    // Largest first, so that parallel workers start on the long ones.
    let mut parts: Vec<Vec<&Arc>> = order.into_iter().filter_map(|r| groups.remove(&r)).collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    parts
}

/// What one part's solve gave: the arcs used and the objective, optimal or not.
struct Part {
    arcs: Vec<AllocatedArc>,
    objective: f64,
    /// An upper bound of the part's optimum (equal to `objective` where it is optimal).
    bound: f64,
    /// Solved by the network simplex (else by HiGHS, or not to optimality).
    by_network: bool,
}

fn allocated(arcs: &[&Arc], quantities: &[f64]) -> (Vec<AllocatedArc>, f64) {
    let mut out = Vec::new();
    let mut objective = 0.0;
    for (arc, &x) in arcs.iter().zip(quantities) {
        let contribution = x * arc.value_per_unit;
        objective += contribution;
        if x > 1e-9 {
            out.push(AllocatedArc {
                supply_flow_id: arc.supply,
                demand_flow_id: arc.demand,
                quantity: x,
                contribution,
            });
        }
    }
    (out, objective)
}

/// Solves one part exactly; `None` where the time ran out first.
fn solve_part(problem: &Problem, arcs: &[&Arc], time_limit_s: f64) -> Result<Option<Part>, OptimiseError> {
    match PureNetwork::of(problem, arcs) {
        Some(network) => Ok(network.solve(time_limit_s).map(|quantities| {
            let (arcs, objective) = allocated(arcs, &quantities);
            Part { arcs, objective, bound: objective, by_network: true }
        })),
        None => solve_part_lp(problem, arcs, time_limit_s),
    }
}

/// A part as a plain transportation problem. Where every arc's ratio factors as
/// `ratio = k[supply] / c[demand]` (always where ratios are 1, and wherever they depend only on
/// the pair of materials and the materials' rules form no inconsistent cycle), the amounts
/// `z = x * c[demand]` meet supply rows `sum z <= capacity * k` and demand rows
/// `sum z <= capacity * c`: the same LP with every coefficient 1, which the network simplex
/// solves exactly.
struct PureNetwork {
    supply: Vec<f64>,
    demand: Vec<f64>,
    arcs: Vec<network::TransportArc>,
    /// Per arc: `c` of its demand (x = z / c).
    demand_scale: Vec<f64>,
}

impl PureNetwork {
    fn of(problem: &Problem, arcs: &[&Arc]) -> Option<Self> {
        let mut supplies: FxHashMap<FlowId, u32> = FxHashMap::default();
        let mut demands: FxHashMap<FlowId, u32> = FxHashMap::default();
        let mut ends = Vec::with_capacity(arcs.len());
        for arc in arcs {
            let next = supplies.len() as u32;
            let s = *supplies.entry(arc.supply).or_insert(next);
            let next = demands.len() as u32;
            let d = *demands.entry(arc.demand).or_insert(next);
            ends.push((s, d));
        }
        let ns = supplies.len();
        let n = ns + demands.len();
        // Arcs by node (supplies 0..ns, demands ns..n), as offsets into one list.
        let mut start = vec![0usize; n + 1];
        for &(s, d) in &ends {
            start[s as usize + 1] += 1;
            start[ns + d as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut by_node = vec![0usize; 2 * ends.len()];
        for (a, &(s, d)) in ends.iter().enumerate() {
            for node in [s as usize, ns + d as usize] {
                by_node[fill[node]] = a;
                fill[node] += 1;
            }
        }
        // Scales by breadth-first search; any arc that disagrees: not a plain network.
        let mut scale = vec![f64::NAN; n];
        let mut queue = std::collections::VecDeque::new();
        for first in 0..n {
            if !scale[first].is_nan() {
                continue;
            }
            scale[first] = 1.0;
            queue.push_back(first);
            while let Some(u) = queue.pop_front() {
                for &a in &by_node[start[u]..start[u + 1]] {
                    let (s, d) = (ends[a].0 as usize, ns + ends[a].1 as usize);
                    let ratio = arcs[a].ratio;
                    let (other, wanted) = if u == s { (d, scale[s] / ratio) } else { (s, scale[d] * ratio) };
                    if scale[other].is_nan() {
                        if !(1e-12..=1e12).contains(&wanted) {
                            return None;
                        }
                        scale[other] = wanted;
                        queue.push_back(other);
                    } else if (scale[other] - wanted).abs() > 1e-9 * wanted {
                        return None;
                    }
                }
            }
        }
        let mut supply = vec![0.0; ns];
        for (id, &i) in &supplies {
            supply[i as usize] = problem.supply_capacity[id] * scale[i as usize];
        }
        let mut demand = vec![0.0; n - ns];
        for (id, &j) in &demands {
            demand[j as usize] = problem.demand_capacity[id] * scale[ns + j as usize];
        }
        let demand_scale: Vec<f64> = ends.iter().map(|&(_, d)| scale[ns + d as usize]).collect();
        let arcs = arcs
            .iter()
            .zip(&ends)
            .zip(&demand_scale)
            .map(|((arc, &(from, to)), c)| network::TransportArc { from, to, gain: arc.value_per_unit / c })
            .collect();
        Some(PureNetwork { supply, demand, arcs, demand_scale })
    }

    /// The optimal quantities (demand units, per arc), or `None` where the time ran out.
    fn solve(&self, time_limit_s: f64) -> Option<Vec<f64>> {
        let deadline = time_limit_s
            .is_finite()
            .then(|| std::time::Instant::now() + std::time::Duration::from_secs_f64(time_limit_s.clamp(0.0, 1e9)));
        let z = network::solve_transport(&self.supply, &self.demand, &self.arcs, deadline)?;
        Some(z.iter().zip(&self.demand_scale).map(|(z, c)| z / c).collect())
    }
}

/// Solves one part exactly with HiGHS; `None` where the time ran out first.
fn solve_part_lp(problem: &Problem, arcs: &[&Arc], time_limit_s: f64) -> Result<Option<Part>, OptimiseError> {
    let mut pb = ColProblem::default();
    let mut supply_rows = FxHashMap::default();
    let mut demand_rows = FxHashMap::default();
    for arc in arcs {
        let supply_cap = problem.supply_capacity.get(&arc.supply).copied().unwrap_or(0.0);
        let demand_cap = problem.demand_capacity.get(&arc.demand).copied().unwrap_or(0.0);
        let s = *supply_rows.entry(arc.supply).or_insert_with(|| pb.add_row(..=supply_cap));
        let d = *demand_rows.entry(arc.demand).or_insert_with(|| pb.add_row(..=demand_cap));
        // x = demand units on this arc; it uses x / ratio of the supply.
        pb.add_column(arc.value_per_unit, 0.., [(s, 1.0 / arc.ratio), (d, 1.0)]);
    }
    let refused = |status: highs::HighsStatus| {
        OptimiseError::NotOptimal(format!("HiGHS refused the problem ({status:?}) with {} arcs", arcs.len()))
    };
    let mut model = pb.try_optimise(Sense::Maximise).map_err(refused)?;
    model.set_option("output_flag", false);
    model.set_option("threads", 1);
    if time_limit_s.is_finite() {
        model.set_option("time_limit", time_limit_s.max(1e-3));
    }
    let solved = model.try_solve().map_err(refused)?;
    match solved.status() {
        HighsModelStatus::Optimal => {}
        HighsModelStatus::ReachedTimeLimit => return Ok(None),
        other => return Err(OptimiseError::NotOptimal(format!("{other:?}"))),
    }
    let solution = solved.get_solution();
    let (arcs, objective) = allocated(arcs, solution.columns());
    Ok(Some(Part { arcs, objective, bound: objective, by_network: false }))
}

/// A feasible allocation of one part without the LP (arcs by value, each filled as far as both
/// ends allow), with an upper bound of its optimum: every demand met at its best arc's value,
/// or every supply used at its best arc's value, whichever is less.
fn greedy_part(problem: &Problem, arcs: &[&Arc]) -> Part {
    let mut order: Vec<usize> = (0..arcs.len()).collect();
    order.sort_by(|&a, &b| arcs[b].value_per_unit.total_cmp(&arcs[a].value_per_unit));
    let mut supply_left: FlowMap<f64> = FxHashMap::default();
    let mut demand_left: FlowMap<f64> = FxHashMap::default();
    let mut quantities = vec![0.0; arcs.len()];
    for i in order {
        let arc = arcs[i];
        let s = supply_left.entry(arc.supply).or_insert_with(|| problem.supply_capacity[&arc.supply]);
        let d = demand_left.entry(arc.demand).or_insert_with(|| problem.demand_capacity[&arc.demand]);
        let x = (*s * arc.ratio).min(*d).max(0.0);
        *s -= x / arc.ratio;
        *d -= x;
        quantities[i] = x;
    }
    let (out, objective) = allocated(arcs, &quantities);
    let mut best_demand: FlowMap<f64> = FxHashMap::default();
    let mut best_supply: FlowMap<f64> = FxHashMap::default();
    for arc in arcs {
        let d = best_demand.entry(arc.demand).or_insert(0.0);
        *d = d.max(arc.value_per_unit);
        // Per unit of supply, an arc earns value x ratio.
        let s = best_supply.entry(arc.supply).or_insert(0.0);
        *s = s.max(arc.value_per_unit * arc.ratio);
    }
    let by_demand: f64 = best_demand.iter().map(|(id, v)| v * problem.demand_capacity[id]).sum();
    let by_supply: f64 = best_supply.iter().map(|(id, v)| v * problem.supply_capacity[id]).sum();
    Part { arcs: out, objective, bound: by_demand.min(by_supply).max(objective), by_network: false }
}

/// As [`solve`], within `time_limit_s` seconds for the whole solve. The problem is split into
/// its independent parts, solved in parallel, largest first; a part the time does not reach
/// gets a feasible allocation without the LP, and the result then says so
/// ([`SolveStatus::TimeLimit`]) with its proven relative gap.
pub fn solve_within(problem: &Problem, time_limit_s: f64) -> Result<Allocation, OptimiseError> {
    use rayon::prelude::*;
    let started = std::time::Instant::now();
    let usable = usable_arcs(problem)?;
    let parts = components(&usable);
    let largest_part = parts.first().map_or(0, Vec::len);
    let solved: Vec<Result<Part, OptimiseError>> = parts
        .par_iter()
        .map(|arcs| {
            let left = time_limit_s - started.elapsed().as_secs_f64();
            if left <= 0.0 {
                return Ok(greedy_part(problem, arcs));
            }
            Ok(solve_part(problem, arcs, left)?.unwrap_or_else(|| greedy_part(problem, arcs)))
        })
        .collect();
    let mut arcs = Vec::new();
    let (mut objective, mut bound) = (0.0, 0.0);
    let mut network_parts = 0;
    for part in solved {
        let part = part?;
        network_parts += usize::from(part.by_network);
        objective += part.objective;
        bound += part.bound;
        arcs.extend(part.arcs);
    }
    arcs.sort_by_key(|a| (a.supply_flow_id, a.demand_flow_id));
    let gap = if bound - objective <= 1e-9 * bound.abs().max(1.0) { 0.0 } else { (bound - objective) / bound.abs() };
    let status = if gap == 0.0 { SolveStatus::Optimal } else { SolveStatus::TimeLimit };
    Ok(Allocation {
        arcs,
        objective,
        status,
        gap,
        parts: parts.len(),
        largest_part,
        network_parts,
        candidate_arcs: problem.arcs.len(),
        match_seconds: 0.0,
        solve_seconds: started.elapsed().as_secs_f64(),
    })
}

/// The whole problem as one HiGHS LP (no decomposition, no network simplex): what [`solve`]
/// must equal; for tests and benchmarks.
#[doc(hidden)]
pub fn solve_single(problem: &Problem) -> Result<Allocation, OptimiseError> {
    let started = std::time::Instant::now();
    let usable = usable_arcs(problem)?;
    let part = if usable.is_empty() {
        Part { arcs: Vec::new(), objective: 0.0, bound: 0.0, by_network: false }
    } else {
        solve_part_lp(problem, &usable, f64::INFINITY)?.expect("no time limit")
    };
    let mut arcs = part.arcs;
    arcs.sort_by_key(|a| (a.supply_flow_id, a.demand_flow_id));
    Ok(Allocation {
        arcs,
        objective: part.objective,
        status: SolveStatus::Optimal,
        gap: 0.0,
        parts: 1,
        largest_part: problem.arcs.len(),
        network_parts: 0,
        candidate_arcs: problem.arcs.len(),
        match_seconds: 0.0,
        solve_seconds: started.elapsed().as_secs_f64(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Random problems of up to 40 supplies and 40 demands, in several independent groups.
    fn problems() -> impl Strategy<Value = Problem> {
        let arcs = (0..40i64, 0..40i64, prop_oneof![Just(1.0), 0.01..10.0f64], -5.0..100.0f64);
        (
            prop::collection::vec(arcs, 1..120),
            prop::collection::vec(0.0..1e4f64, 40),
            prop::collection::vec(0.0..1e4f64, 40),
        )
            .prop_map(|(arcs, supply, demand)| {
                let mut problem = Problem::default();
                let mut seen = std::collections::HashSet::new();
                for (s, d, ratio, value) in arcs {
                    // Groups of ten: flows 0-9 meet 100-109 and so on, plus some links across.
                    let d = if (s + d) % 5 == 0 { d } else { (s / 10) * 10 + d % 10 };
                    if !seen.insert((s, d)) {
                        continue; // one arc per pair, as the matcher makes them
                    }
                    problem.arcs.push(arc(s, 100 + d, ratio, value));
                    problem.supply_capacity.insert(FlowId(s), supply[s as usize]);
                    problem.demand_capacity.insert(FlowId(100 + d), demand[d as usize]);
                }
                problem
            })
    }

    /// Larger problems of up to 60 supplies and 60 demands whose ratios factor as
    /// `a[supply] / b[demand]` (or are 1), so that every part is a plain transportation problem.
    fn network_problems() -> impl Strategy<Value = Problem> {
        let factor = prop_oneof![Just(1.0), 0.05..5.0f64];
        (
            prop::collection::vec((0..60i64, 0..60i64, -5.0..100.0f64), 1..500),
            prop::collection::vec(prop_oneof![0.0..1e4f64, Just(1.0)], 60),
            prop::collection::vec(prop_oneof![0.0..1e4f64, Just(1.0)], 60),
            prop::collection::vec(factor.clone(), 60),
            prop::collection::vec(factor, 60),
        )
            .prop_map(|(arcs, supply, demand, a, b)| {
                let mut problem = Problem::default();
                let mut seen = std::collections::HashSet::new();
                for (s, d, value) in arcs {
                    if seen.insert((s, d)) {
                        problem.arcs.push(arc(s, 100 + d, a[s as usize] / b[d as usize], value));
                        problem.supply_capacity.insert(FlowId(s), supply[s as usize]);
                        problem.demand_capacity.insert(FlowId(100 + d), demand[d as usize]);
                    }
                }
                problem
            })
    }

    /// Every allocated flow within its capacity.
    fn assert_feasible(problem: &Problem, allocation: &Allocation) -> Result<(), TestCaseError> {
        let mut used: FlowMap<f64> = FlowMap::default();
        for a in &allocation.arcs {
            let ratio = problem
                .arcs
                .iter()
                .find(|x| x.supply == a.supply_flow_id && x.demand == a.demand_flow_id)
                .unwrap()
                .ratio;
            prop_assert!(a.quantity >= 0.0);
            *used.entry(a.supply_flow_id).or_default() += a.quantity / ratio;
            *used.entry(a.demand_flow_id).or_default() += a.quantity;
        }
        for (id, q) in used {
            let cap = problem.supply_capacity.get(&id).or(problem.demand_capacity.get(&id)).unwrap();
            prop_assert!(q <= cap * (1.0 + 1e-7) + 1e-7, "{id}: {q} > {cap}");
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn the_network_simplex_gives_the_lp_optimum(problem in network_problems()) {
            let parts = solve(&problem).unwrap();
            let single = solve_single(&problem).unwrap();
            prop_assert_eq!(parts.status, SolveStatus::Optimal);
            prop_assert_eq!(parts.network_parts, parts.parts, "every part is a plain network");
            let scale = single.objective.abs().max(1.0);
            prop_assert!((parts.objective - single.objective).abs() <= 1e-6 * scale, "{} vs {}", parts.objective, single.objective);
            assert_feasible(&problem, &parts)?;
        }

        #[test]
        fn the_decomposed_optimum_equals_the_single_lp(problem in problems()) {
            let parts = solve(&problem).unwrap();
            let single = solve_single(&problem).unwrap();
            prop_assert_eq!(parts.status, SolveStatus::Optimal);
            let scale = single.objective.abs().max(1.0);
            prop_assert!((parts.objective - single.objective).abs() <= 1e-6 * scale, "{} vs {}", parts.objective, single.objective);
            // And the allocation is feasible: no flow over its capacity.
            assert_feasible(&problem, &parts)?;
        }

        #[test]
        fn a_solve_out_of_time_gives_a_feasible_allocation_and_a_true_gap(problem in problems()) {
            let optimum = solve_single(&problem).unwrap().objective;
            let stopped = solve_within(&problem, 0.0).unwrap();
            prop_assert!(stopped.objective <= optimum * (1.0 + 1e-9) + 1e-9);
            // The bound is proven: the optimum never lies beyond it.
            let bound = if stopped.gap < 1.0 { stopped.objective / (1.0 - stopped.gap) } else { f64::INFINITY };
            prop_assert!(optimum <= bound * (1.0 + 1e-9) + 1e-6, "optimum {} above bound {}", optimum, bound);
            prop_assert_eq!(stopped.status == SolveStatus::Optimal, stopped.gap == 0.0);
        }
    }

    #[test]
    fn independent_groups_are_solved_as_separate_parts() {
        let problem = Problem {
            arcs: vec![arc(1, 11, 1.0, 10.0), arc(2, 11, 1.0, 5.0), arc(3, 13, 1.0, 4.0)],
            supply_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0), (FlowId(3), 2.0)].into_iter().collect(),
            demand_capacity: [(FlowId(11), 1.5), (FlowId(13), 1.0)].into_iter().collect(),
        };
        let allocation = solve(&problem).unwrap();
        assert_eq!(allocation.parts, 2);
        assert!((allocation.objective - (10.0 + 2.5 + 4.0)).abs() < 1e-9, "{allocation:?}");
    }

    fn arc(s: i64, d: i64, ratio: f64, value: f64) -> Arc {
        Arc { supply: FlowId(s), demand: FlowId(d), ratio, value_per_unit: value }
    }

    #[test]
    fn the_optimum_beats_the_greedy_choice() {
        // Greedy takes s1 -> d1 (10) and is then blocked: 10. The optimum sends s1 -> d2 and s2 -> d1: 17.
        let problem = Problem {
            arcs: vec![arc(1, 1, 1.0, 10.0), arc(1, 2, 1.0, 9.0), arc(2, 1, 1.0, 8.0)],
            supply_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0)].into_iter().collect(),
            demand_capacity: [(FlowId(1), 1.0), (FlowId(2), 1.0)].into_iter().collect(),
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
                supply_capacity: [(FlowId(1), cap)].into_iter().collect(),
                demand_capacity: [(FlowId(2), 1.0)].into_iter().collect(),
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
            supply_capacity: [(FlowId(1), 100.0)].into_iter().collect(),
            demand_capacity: [(FlowId(2), 1000.0)].into_iter().collect(),
        };
        let allocation = solve(&problem).unwrap();
        assert!((allocation.arcs[0].quantity - 20.0).abs() < 1e-9);
        assert!((allocation.objective - 6000.0).abs() < 1e-6);
    }
}
