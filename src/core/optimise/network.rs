//! The primal network simplex for the transportation problem behind most parts of the allocation:
//! maximise `sum w_a z_a` with each supply's arcs summing to at most its capacity, each demand's
//! to at most its capacity, `z >= 0`. Exact (the LP optimum, as HiGHS gives it) and fast on
//! parts of millions of arcs, where a general LP solver takes minutes.
//!
//! The tree is kept as LEMON's `NetworkSimplex` keeps it (parent, thread and subtree sizes, with
//! the strongly feasible leaving-arc rule against cycling) and entering arcs are found by block
//! search; see Kelly and O'Neill (1991), "The minimum cost flow problem and the network simplex
//! solution method", and Ahuja, Magnanti and Orlin, "Network Flows" (1993), chapter 11.
//!
//! As a min-cost flow: supply nodes give their capacity, demand nodes take theirs, and a slack
//! node `Z` (the tree's root) takes what supplies do not send (`supply -> Z`, cost 0) and gives
//! what demands do not receive (`Z -> demand`, cost 0). Every arc is uncapacitated, so the star
//! of slack arcs around `Z` is a first feasible (and strongly feasible) tree.

use std::time::Instant;

const NONE: usize = usize::MAX;
/// Arc states: in the tree, or a non-tree arc at its lower bound 0 (no arc has an upper bound).
const TREE: i8 = 0;
const LOWER: i8 = 1;
/// Directions of a node's tree arc: from the node up to its parent, or down from the parent.
const UP: i8 = 1;
const DOWN: i8 = -1;

/// One arc of a transportation problem: from supply `from` to demand `to`, gaining `gain` per unit.
#[derive(Clone, Copy, Debug)]
pub struct TransportArc {
    pub from: u32,
    pub to: u32,
    pub gain: f64,
}

/// The optimal amounts on `arcs` (in their order), or `None` where `deadline` came first.
pub fn solve_transport(
    supply: &[f64],
    demand: &[f64],
    arcs: &[TransportArc],
    deadline: Option<Instant>,
) -> Option<Vec<f64>> {
    let mut simplex = Simplex::new(supply, demand, arcs);
    simplex.run(deadline)?;
    Some(simplex.flow[..arcs.len()].to_vec())
}

struct Simplex {
    /// Per arc (the problem's arcs, then `supply -> Z`, then `Z -> demand`).
    source: Vec<u32>,
    target: Vec<u32>,
    cost: Vec<f64>,
    flow: Vec<f64>,
    state: Vec<i8>,
    /// Per node (supplies, demands, then the root `Z`): what it gives (> 0) or takes (< 0).
    balance: Vec<f64>,
    pi: Vec<f64>,
    parent: Vec<usize>,
    pred: Vec<usize>,
    pred_dir: Vec<i8>,
    thread: Vec<usize>,
    rev_thread: Vec<usize>,
    succ_num: Vec<usize>,
    last_succ: Vec<usize>,
    dirty_revs: Vec<usize>,
    root: usize,
    /// Reduced costs above `-epsilon` count as optimal (rounding of the potentials).
    epsilon: f64,
    block_size: usize,
    next_arc: usize,
    // The current pivot.
    in_arc: usize,
    join: usize,
    u_in: usize,
    v_in: usize,
    u_out: usize,
    delta: f64,
}

impl Simplex {
    fn new(supply: &[f64], demand: &[f64], arcs: &[TransportArc]) -> Self {
        let (ns, nd) = (supply.len(), demand.len());
        let n = ns + nd;
        let root = n;
        let m = arcs.len() + n;
        let mut s = Simplex {
            source: Vec::with_capacity(m),
            target: Vec::with_capacity(m),
            cost: Vec::with_capacity(m),
            flow: Vec::with_capacity(m),
            state: Vec::with_capacity(m),
            balance: Vec::with_capacity(n + 1),
            pi: vec![0.0; n + 1],
            parent: vec![root; n + 1],
            pred: vec![NONE; n + 1],
            pred_dir: vec![UP; n + 1],
            thread: vec![0; n + 1],
            rev_thread: vec![0; n + 1],
            succ_num: vec![1; n + 1],
            last_succ: (0..=n).collect(),
            dirty_revs: Vec::new(),
            root,
            epsilon: 0.0,
            block_size: ((m as f64).sqrt() as usize).max(10),
            next_arc: 0,
            in_arc: 0,
            join: 0,
            u_in: 0,
            v_in: 0,
            u_out: 0,
            delta: 0.0,
        };
        let mut largest = 0.0f64;
        for a in arcs {
            s.source.push(a.from);
            s.target.push(ns as u32 + a.to);
            s.cost.push(-a.gain);
            s.flow.push(0.0);
            s.state.push(LOWER);
            largest = largest.max(a.gain.abs());
        }
        s.epsilon = largest * 1e-11;
        // The star around Z: every supply sends all it has to Z, Z meets every demand whole.
        let supplies = supply.iter().enumerate().map(|(i, &cap)| (i, UP, cap));
        let demands = demand.iter().enumerate().map(|(j, &cap)| (ns + j, DOWN, cap));
        for (u, dir, cap) in supplies.chain(demands) {
            s.pred[u] = s.source.len();
            s.pred_dir[u] = dir;
            let (from, to) = if dir == UP { (u, root) } else { (root, u) };
            s.source.push(from as u32);
            s.target.push(to as u32);
            s.cost.push(0.0);
            s.flow.push(cap);
            s.state.push(TREE);
            s.balance.push(f64::from(dir) * cap);
        }
        s.balance.push(demand.iter().sum::<f64>() - supply.iter().sum::<f64>());
        // Thread: root, 0, 1, ..., n - 1, back to the root.
        for u in 0..n {
            s.thread[u] = u + 1;
            s.rev_thread[u + 1] = u;
        }
        s.thread[n] = 0;
        s.rev_thread[0] = root;
        s.thread[n.saturating_sub(1)] = root;
        s.rev_thread[root] = n.saturating_sub(1);
        s.parent[root] = NONE;
        s.succ_num[root] = n + 1;
        s.last_succ[root] = if n == 0 { root } else { n - 1 };
        s
    }

    fn reduced_cost(&self, e: usize) -> f64 {
        self.cost[e] + self.pi[self.source[e] as usize] - self.pi[self.target[e] as usize]
    }

    /// Block search: the most negative reduced cost within the first block that has one.
    fn find_entering_arc(&mut self) -> bool {
        let arcs = self.cost.len();
        let mut min = -self.epsilon;
        let mut found = false;
        let mut count = self.block_size;
        let mut e = self.next_arc;
        for _ in 0..arcs {
            let c = f64::from(self.state[e]) * self.reduced_cost(e);
            if c < min {
                min = c;
                self.in_arc = e;
                found = true;
            }
            e += 1;
            if e == arcs {
                e = 0;
            }
            count -= 1;
            if count == 0 {
                if found {
                    break;
                }
                count = self.block_size;
            }
        }
        self.next_arc = e;
        found
    }

    fn find_join_node(&mut self) {
        let mut u = self.source[self.in_arc] as usize;
        let mut v = self.target[self.in_arc] as usize;
        while u != v {
            if self.succ_num[u] < self.succ_num[v] {
                u = self.parent[u];
            } else {
                v = self.parent[v];
            }
        }
        self.join = u;
    }

    /// The leaving arc of the cycle the entering arc closes; false where the cycle is unbounded
    /// (it cannot be here: demands have no outgoing arc, so there is no directed cycle).
    fn find_leaving_arc(&mut self) -> bool {
        let first = self.source[self.in_arc] as usize;
        let second = self.target[self.in_arc] as usize;
        self.delta = f64::INFINITY;
        let mut result = 0;
        // Flow goes down from the join to `first`: arcs pointing up lose it.
        let mut u = first;
        while u != self.join {
            if self.pred_dir[u] == UP {
                let d = self.flow[self.pred[u]];
                if d < self.delta {
                    self.delta = d;
                    self.u_out = u;
                    result = 1;
                }
            }
            u = self.parent[u];
        }
        // And up from `second` to the join: arcs pointing down lose it (ties go to this side,
        // which keeps the tree strongly feasible).
        let mut u = second;
        while u != self.join {
            if self.pred_dir[u] == DOWN {
                let d = self.flow[self.pred[u]];
                if d <= self.delta {
                    self.delta = d;
                    self.u_out = u;
                    result = 2;
                }
            }
            u = self.parent[u];
        }
        if result == 1 {
            (self.u_in, self.v_in) = (first, second);
        } else {
            (self.u_in, self.v_in) = (second, first);
        }
        result != 0
    }

    fn change_flow(&mut self) {
        let val = self.delta;
        if val > 0.0 {
            self.flow[self.in_arc] += val;
            let mut u = self.source[self.in_arc] as usize;
            while u != self.join {
                self.flow[self.pred[u]] -= f64::from(self.pred_dir[u]) * val;
                u = self.parent[u];
            }
            let mut u = self.target[self.in_arc] as usize;
            while u != self.join {
                self.flow[self.pred[u]] += f64::from(self.pred_dir[u]) * val;
                u = self.parent[u];
            }
        }
        self.state[self.in_arc] = TREE;
        let out = self.pred[self.u_out];
        self.state[out] = LOWER;
        self.flow[out] = 0.0;
    }

    fn update_tree_structure(&mut self) {
        let (u_in, v_in, u_out, join, in_arc) = (self.u_in, self.v_in, self.u_out, self.join, self.in_arc);
        let old_rev_thread = self.rev_thread[u_out];
        let old_succ_num = self.succ_num[u_out];
        let old_last_succ = self.last_succ[u_out];
        let v_out = self.parent[u_out];

        if u_in == u_out {
            self.parent[u_in] = v_in;
            self.pred[u_in] = in_arc;
            self.pred_dir[u_in] = if u_in == self.source[in_arc] as usize { UP } else { DOWN };
            if self.thread[v_in] != u_out {
                let mut after = self.thread[old_last_succ];
                self.thread[old_rev_thread] = after;
                self.rev_thread[after] = old_rev_thread;
                after = self.thread[v_in];
                self.thread[v_in] = u_out;
                self.rev_thread[u_out] = v_in;
                self.thread[old_last_succ] = after;
                self.rev_thread[after] = old_last_succ;
            }
        } else {
            // Where old_rev_thread is v_in, join and v_out coincide.
            let thread_continue = if old_rev_thread == v_in { self.thread[old_last_succ] } else { self.thread[v_in] };
            // Re-hang the stem (the nodes from u_in up to u_out) under v_in, reversing it.
            let mut stem = u_in;
            let mut par_stem = v_in;
            let mut last = self.last_succ[u_in];
            let mut after = self.thread[last];
            self.thread[v_in] = u_in;
            self.dirty_revs.clear();
            self.dirty_revs.push(v_in);
            while stem != u_out {
                let next_stem = self.parent[stem];
                self.thread[last] = next_stem;
                self.dirty_revs.push(last);
                let before = self.rev_thread[stem];
                self.thread[before] = after;
                self.rev_thread[after] = before;
                self.parent[stem] = par_stem;
                par_stem = stem;
                stem = next_stem;
                last = if self.last_succ[stem] == self.last_succ[par_stem] {
                    self.rev_thread[par_stem]
                } else {
                    self.last_succ[stem]
                };
                after = self.thread[last];
            }
            self.parent[u_out] = par_stem;
            self.thread[last] = thread_continue;
            self.rev_thread[thread_continue] = last;
            self.last_succ[u_out] = last;
            if old_rev_thread != v_in {
                self.thread[old_rev_thread] = after;
                self.rev_thread[after] = old_rev_thread;
            }
            for i in 0..self.dirty_revs.len() {
                let u = self.dirty_revs[i];
                let t = self.thread[u];
                self.rev_thread[t] = u;
            }
            // Tree arcs, directions, subtree sizes and last successors along the stem.
            let mut tmp_sc = 0;
            let tmp_ls = self.last_succ[u_out];
            let mut u = u_out;
            while u != u_in {
                let p = self.parent[u];
                self.pred[u] = self.pred[p];
                self.pred_dir[u] = -self.pred_dir[p];
                tmp_sc += self.succ_num[u] - self.succ_num[p];
                self.succ_num[u] = tmp_sc;
                self.last_succ[p] = tmp_ls;
                u = p;
            }
            self.pred[u_in] = in_arc;
            self.pred_dir[u_in] = if u_in == self.source[in_arc] as usize { UP } else { DOWN };
            self.succ_num[u_in] = old_succ_num;
        }

        // Last successors from v_in and from v_out towards the root.
        let up_limit_out = if self.last_succ[join] == v_in { join } else { NONE };
        let last_succ_out = self.last_succ[u_out];
        let mut u = v_in;
        while u != NONE && self.last_succ[u] == v_in {
            self.last_succ[u] = last_succ_out;
            u = self.parent[u];
        }
        if join != old_rev_thread && v_in != old_rev_thread {
            let mut u = v_out;
            while u != up_limit_out && u != NONE && self.last_succ[u] == old_last_succ {
                self.last_succ[u] = old_rev_thread;
                u = self.parent[u];
            }
        } else if last_succ_out != old_last_succ {
            let mut u = v_out;
            while u != up_limit_out && u != NONE && self.last_succ[u] == old_last_succ {
                self.last_succ[u] = last_succ_out;
                u = self.parent[u];
            }
        }
        // Subtree sizes from v_in and from v_out up to the join.
        let mut u = v_in;
        while u != join {
            self.succ_num[u] += old_succ_num;
            u = self.parent[u];
        }
        let mut u = v_out;
        while u != join {
            self.succ_num[u] -= old_succ_num;
            u = self.parent[u];
        }
    }

    /// Shifts the potentials of the subtree that moved so that the entering arc's reduced cost is 0.
    fn update_potential(&mut self) {
        let (u_in, v_in) = (self.u_in, self.v_in);
        let sigma = self.pi[v_in] - self.pi[u_in] - f64::from(self.pred_dir[u_in]) * self.cost[self.in_arc];
        let end = self.thread[self.last_succ[u_in]];
        let mut u = u_in;
        while u != end {
            self.pi[u] += sigma;
            u = self.thread[u];
        }
    }

    /// Potentials afresh from the tree (no rounding carried over from thousands of pivots).
    fn recompute_potentials(&mut self) {
        self.pi[self.root] = 0.0;
        let mut u = self.thread[self.root];
        while u != self.root {
            let e = self.pred[u];
            let p = self.parent[u];
            // A tree arc has reduced cost 0: cost + pi[source] - pi[target] = 0.
            self.pi[u] = if self.pred_dir[u] == UP { self.pi[p] - self.cost[e] } else { self.pi[p] + self.cost[e] };
            u = self.thread[u];
        }
    }

    /// Tree flows afresh from the balances, leaves first: each tree arc carries what its subtree
    /// gives or takes, so no capacity is exceeded by rounding.
    fn recompute_flows(&mut self) {
        let mut excess = self.balance.clone();
        let mut u = self.rev_thread[self.root];
        while u != self.root {
            let e = self.pred[u];
            let out = excess[u];
            self.flow[e] = (f64::from(self.pred_dir[u]) * out).max(0.0);
            excess[self.parent[u]] += out;
            u = self.rev_thread[u];
        }
        for (e, state) in self.state.iter().enumerate() {
            if *state != TREE {
                self.flow[e] = 0.0;
            }
        }
    }

    fn run(&mut self, deadline: Option<Instant>) -> Option<()> {
        let mut pivots: u64 = 0;
        for _round in 0..20 {
            let mut pivoted = false;
            while self.find_entering_arc() {
                pivoted = true;
                self.find_join_node();
                if !self.find_leaving_arc() {
                    return None; // unbounded: impossible for a transportation problem
                }
                self.change_flow();
                self.update_tree_structure();
                self.update_potential();
                pivots += 1;
                if pivots % 1024 == 1 && deadline.is_some_and(|d| Instant::now() >= d) {
                    return None;
                }
            }
            self.recompute_potentials();
            if !pivoted {
                break;
            }
            // Optimal with fresh potentials too? Otherwise pivot on.
            if !self.find_entering_arc() {
                break;
            }
            self.next_arc = self.in_arc;
        }
        self.recompute_flows();
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(from: u32, to: u32, gain: f64) -> TransportArc {
        TransportArc { from, to, gain }
    }

    #[test]
    fn the_classic_crossing_beats_greedy() {
        // Greedy takes 0 -> 0 (10) and is blocked; the optimum 0 -> 1 and 1 -> 0 earns 17.
        let z = solve_transport(&[1.0, 1.0], &[1.0, 1.0], &[arc(0, 0, 10.0), arc(0, 1, 9.0), arc(1, 0, 8.0)], None)
            .unwrap();
        assert_eq!(z, vec![0.0, 1.0, 1.0]);
    }

    #[test]
    fn a_supply_splits_over_demands_and_leaves_the_rest_unused() {
        let z = solve_transport(&[10.0], &[3.0, 4.0], &[arc(0, 0, 2.0), arc(0, 1, 1.0)], None).unwrap();
        assert_eq!(z, vec![3.0, 4.0]);
        let z = solve_transport(&[5.0], &[3.0, 4.0], &[arc(0, 0, 2.0), arc(0, 1, 1.0)], None).unwrap();
        assert_eq!(z, vec![3.0, 2.0]);
    }

    #[test]
    fn a_deadline_in_the_past_stops_a_long_solve() {
        let mut arcs = Vec::new();
        for i in 0..60u32 {
            for j in 0..60u32 {
                arcs.push(arc(i, j, f64::from((i * 7 + j * 13) % 17 + 1)));
            }
        }
        let caps = vec![1.0; 60];
        assert!(solve_transport(&caps, &caps, &arcs, Some(Instant::now())).is_none());
        assert!(solve_transport(&caps, &caps, &arcs, None).is_some());
    }
}
