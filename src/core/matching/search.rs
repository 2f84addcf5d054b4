//! The hot loop: demand flows in one R-tree per material, every supply flow's compatible
//! demands within reach evaluated in parallel, the best K kept per supply flow.

use rayon::prelude::*;
use rstar::RTree;
use rstar::primitives::GeomWithData;
use serde::Serialize;

use super::*;

impl<'a> Matcher<'a> {
    /// Builds the spatial index now (it is otherwise built by the first run).
    pub fn build_index(&self) {
        self.demand_trees();
    }

    pub(super) fn demand_trees(&self) -> &[DemandTree] {
        self.demand_trees.get_or_init(|| {
            let mut per_material: Vec<Vec<GeomWithData<[f64; 3], DemandLeaf>>> = vec![Vec::new(); self.materials.len()];
            for (i, flow) in self.project.flows.iter().enumerate() {
                if flow.direction == Direction::Demand && self.flow_active[i] && self.left[i] > 0.0 {
                    let leaf = DemandLeaf {
                        flow: i as u32,
                        firm: self.flow_firm[i] as u32,
                        year_from: self.year_from[i],
                        year_to: self.year_to[i],
                        accepts_hazardous: flow.accepts_hazardous,
                        left: self.left[i],
                        price: self.demand_figures[i].price,
                        ef_virgin: self.demand_figures[i].ef_virgin,
                        port: self.flow_port[i].map_or(u16::MAX, |p| p.0),
                        port_km: self.flow_port[i].map_or(0.0, |p| p.1),
                        ets: self.demand_figures[i].carbon != 0.0,
                    };
                    per_material[self.flow_material[i]].push(GeomWithData::new(self.positions[i], leaf));
                }
            }
            per_material.into_par_iter().map(RTree::bulk_load_with_params).collect()
        })
    }

    /// Runs the match: every compatible pair is evaluated, the best `top_k` per supply flow kept.
    pub fn run(&self, cancel: &std::sync::atomic::AtomicBool) -> MatchResult {
        self.run_with_progress(cancel, &std::sync::atomic::AtomicUsize::new(0))
    }

    /// Supply flows a run will go through (the total for [`Self::run_with_progress`]).
    pub fn supply_count(&self) -> usize {
        (0..self.project.flows.len())
            .filter(|&i| {
                self.flow_active[i] && self.project.flows[i].direction == Direction::Supply && self.left[i] > 0.0
            })
            .count()
    }

    /// As [`Self::run`], counting the supply flows done in `progress`.
    pub fn run_with_progress(
        &self,
        cancel: &std::sync::atomic::AtomicBool,
        progress: &std::sync::atomic::AtomicUsize,
    ) -> MatchResult {
        let (pairs_evaluated, mut kept) = self.scan(
            cancel,
            progress,
            || (0u64, Vec::new()),
            |(n, all), evaluated, kept| {
                *n += evaluated;
                all.extend(kept);
            },
            |(n1, mut a), (n2, b)| {
                a.extend(b);
                (n1 + n2, a)
            },
        );
        kept.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.supply.cmp(&b.supply)).then(a.demand.cmp(&b.demand)));
        let candidates = kept.iter().map(|k| self.candidate(k.supply as usize, k.demand as usize, k.ratio).0).collect();
        MatchResult { pairs_evaluated, candidates }
    }

    /// The best candidates of every supply flow as numbers only, best score first (ties by
    /// supply and demand flow), as [`Self::run`] orders them.
    pub fn compact(&self, cancel: &std::sync::atomic::AtomicBool) -> Vec<CompactCandidate> {
        let flows = &self.project.flows;
        let compact = |k: &Kept| {
            let per = |v: f64| if k.quantity > 0.0 { v / k.quantity } else { 0.0 };
            CompactCandidate {
                supply: flows[k.supply as usize].id,
                demand: flows[k.demand as usize].id,
                ratio: k.ratio,
                quantity: k.quantity,
                co2_per_unit: per(k.co2),
                benefit_per_unit: per(k.benefit + k.link),
                score: k.score,
                net_benefit: k.benefit,
            }
        };
        // Chunks per worker, joined once at the end (not copied again at every merge).
        let chunks: Vec<Vec<CompactCandidate>> = self.scan(
            cancel,
            &std::sync::atomic::AtomicUsize::new(0),
            || vec![Vec::new()],
            |chunks: &mut Vec<Vec<CompactCandidate>>, _, kept| {
                if let Some(last) = chunks.last_mut() {
                    last.extend(kept.iter().map(compact));
                }
            },
            |mut a, b| {
                a.extend(b);
                a
            },
        );
        let mut all = Vec::with_capacity(chunks.iter().map(Vec::len).sum());
        for chunk in chunks {
            all.extend(chunk);
        }
        all.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.supply.cmp(&b.supply)).then(a.demand.cmp(&b.demand)));
        all
    }

    /// The full candidate of one compact one (names, figures, for printing).
    pub fn candidate_of(&self, c: &CompactCandidate) -> Option<Candidate> {
        let (s, d) = (self.flow_position(c.supply)?, self.flow_position(c.demand)?);
        Some(self.candidate(s, d, c.ratio).0)
    }

    /// Counts and totals of a run, without materialising the candidates.
    pub fn summary(&self, cancel: &std::sync::atomic::AtomicBool) -> MatchSummary {
        self.scan(
            cancel,
            &std::sync::atomic::AtomicUsize::new(0),
            MatchSummary::default,
            |sum, evaluated, kept| {
                sum.pairs_evaluated += evaluated;
                sum.supply_flows_with_candidates += usize::from(!kept.is_empty());
                for k in &kept {
                    sum.candidates_kept += 1;
                    *sum.quantity_by_unit.entry(self.project.flows[k.demand as usize].unit).or_default() += k.quantity;
                    sum.co2_avoided_t += k.co2;
                    sum.net_benefit += k.benefit;
                }
            },
            MatchSummary::merge,
        )
    }

    /// Streams every supply flow's best candidates into `fold`, in parallel.
    pub(super) fn scan<A: Send>(
        &self,
        cancel: &std::sync::atomic::AtomicBool,
        progress: &std::sync::atomic::AtomicUsize,
        init: impl Fn() -> A + Sync + Send,
        fold: impl Fn(&mut A, u64, Vec<Kept>) + Sync + Send,
        merge: impl Fn(A, A) -> A + Sync + Send,
    ) -> A {
        use std::sync::atomic::Ordering;
        let trees = self.demand_trees();
        let mut supplies: Vec<usize> = (0..self.project.flows.len())
            .filter(|&i| {
                self.flow_active[i] && self.project.flows[i].direction == Direction::Supply && self.left[i] > 0.0
            })
            .collect();
        // Neighbouring supplies of one material query the same part of the same tree: taking
        // them in that order keeps the tree in cache.
        supplies.sort_by_cached_key(|&i| (self.flow_material[i], morton_key(self.positions[i])));
        let top_k = self.options.top_k.max(1);
        supplies
            .par_iter()
            .with_min_len(64)
            .fold(&init, |mut acc, &s| {
                if !cancel.load(Ordering::Relaxed) {
                    let (evaluated, kept) = self.best_for_supply(trees, s, top_k);
                    fold(&mut acc, evaluated, kept);
                    progress.fetch_add(1, Ordering::Relaxed);
                }
                acc
            })
            .reduce(&init, &merge)
    }

    /// The hot loop: every demand within reach of supply flow `s`, best `top_k` kept.
    pub(super) fn best_for_supply(&self, trees: &[DemandTree], s: usize, top_k: usize) -> (u64, Vec<Kept>) {
        let material = self.flow_material[s];
        let figures = &self.materials[material];
        let mode = self.modes[&figures.mode];
        let sf = self.supply_figures[s];
        let tonnes = tonnes_per_unit(figures.unit).filter(|_| figures.mode.carries_tonnes()).unwrap_or(0.0);
        // Per supply unit, before transport; per supply unit and km of transport; per km of link.
        let (co2_fixed, money_fixed) = sf.per_unit(tonnes * mode.handling_per_t);
        let cost_per_km = tonnes * mode.cost_per_tkm * mode.circuity;
        let co2_per_km = tonnes * mode.ef_kg_per_tkm / 1000.0 * mode.circuity;
        let link_per_km = mode.annual_link_cost_per_km * mode.circuity;
        let credit = if sf.product { 0.0 } else { 1.0 };
        let prune = cost_per_km >= 0.0 && co2_per_km >= 0.0 && link_per_km >= 0.0;
        let max_great_circle = figures.max_km / mode.circuity;
        let angle = (max_great_circle / EARTH_RADIUS_KM).min(std::f64::consts::PI);
        let chord = 2.0 * (angle / 2.0).sin();
        let (firm, position, left_s) = (self.flow_firm[s], self.positions[s], self.left[s]);
        let (from, to) = (self.year_from[s], self.year_to[s]);
        let hazardous = self.flow_hazardous[s].is_some();
        let objective = self.options.objective;
        let year = self.options.year;
        // Shipping: only for materials that may go by ship, from a firm with a port.
        let supply_port = self.flow_port[s].filter(|_| figures.ship);
        let ship_handling = tonnes * self.modes[&TransportMode::Ship].handling_per_t;

        let mut evaluated = 0u64;
        let mut top = TopK::new(top_k);
        for &(demand_material, ratio, use_ef) in &self.compatible[material] {
            for hit in trees[demand_material].locate_within_distance(position, chord * chord * (1.0 + 1e-12)) {
                let leaf = &hit.data;
                if leaf.firm as usize == firm {
                    continue;
                }
                let years_ok = match year {
                    Some(_) => true, // flows not available in the year are not indexed at all
                    None => from.max(leaf.year_from) <= to.min(leaf.year_to),
                };
                if !years_ok || (hazardous && !leaf.accepts_hazardous) {
                    continue;
                }
                let (d, left_d) = (leaf.flow as usize, leaf.left);
                // The tree query already keeps to the reach of this material.
                let p = hit.geom();
                let (dx, dy, dz) = (p[0] - position[0], p[1] - position[1], p[2] - position[2]);
                let chord2 = dx * dx + dy * dy + dz * dz;
                evaluated += 1;
                let quantity = (left_s * ratio).min(left_d);
                let supplied = quantity / ratio;
                let (carbon_on_site, carbon) = if leaf.ets {
                    let df = &self.demand_figures[d];
                    (df.carbon_on_site, df.carbon)
                } else {
                    (0.0, 0.0)
                };
                let co2_demand = credit * leaf.ef_virgin;
                let money_demand = credit * (leaf.price + carbon_on_site * leaf.ef_virgin);
                let co2_use = credit * use_ef;
                let money_use = credit * carbon * use_ef;
                // Transport only lowers a score, so a pair whose score before transport cannot
                // beat the worst kept one is settled without computing its distance.
                if prune && top.is_full() && credit > 0.0 {
                    let before_transport = match objective {
                        Objective::Benefit => quantity * money_demand + supplied * (money_fixed - money_use),
                        Objective::Co2 => quantity * co2_demand + supplied * (co2_fixed - co2_use),
                        Objective::Quantity => quantity,
                    };
                    if before_transport < top.worst_score() {
                        continue;
                    }
                }
                let great_circle = great_circle_from_chord(chord2.sqrt());
                if great_circle * mode.circuity > figures.max_km {
                    evaluated -= 1; // outside by a rounding error of the tree query
                    continue;
                }
                // Per supply unit: transport CO2 and cost of the best route for the objective.
                // (Ship is offered only for materials that go by road, which builds no link.)
                let (mut t_co2, mut t_cost) = (co2_per_km * great_circle, cost_per_km * great_circle);
                let link = link_per_km * great_circle;
                // Port handling alone costs more than a short road haul: only longer hauls may ship.
                let may_ship = objective == Objective::Co2 || t_cost > ship_handling;
                if may_ship
                    && let Some(sp) = supply_port
                    && leaf.port != u16::MAX
                    && sp.0 != leaf.port
                {
                    let dp = (leaf.port, leaf.port_km);
                    let route = self.ship_route(figures.mode, sp, dp);
                    let (c, m) = self.route_per_unit(route, figures.mode, tonnes);
                    let better = match objective {
                        Objective::Co2 => c < t_co2,
                        _ => m < t_cost,
                    };
                    if better {
                        (t_co2, t_cost) = (c, m);
                    }
                }
                let benefit =
                    || credit * (quantity * money_demand + supplied * (money_fixed - money_use - t_cost) - link);
                let co2 = || credit * (quantity * co2_demand + supplied * (co2_fixed - co2_use - t_co2));
                let score = match objective {
                    Objective::Benefit => benefit(),
                    Objective::Co2 => co2(),
                    Objective::Quantity => quantity,
                };
                if top.admits(score, d) {
                    top.insert(Kept {
                        supply: s as u32,
                        demand: d as u32,
                        ratio,
                        score,
                        quantity,
                        co2: co2(),
                        benefit: benefit(),
                        link: credit * link,
                    });
                }
            }
        }
        (evaluated, top.into_vec())
    }
}

/// What the hot loop needs of a demand flow, stored in the R-tree leaf beside its position so
/// that a query reads memory in order instead of jumping between arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct DemandLeaf {
    flow: u32,
    firm: u32,
    year_from: i32,
    year_to: i32,
    accepts_hazardous: bool,
    /// Capacity left after existing exchanges.
    left: f64,
    /// Price avoided per unit (flow override or catalogue, currency applied).
    price: f64,
    /// t CO2e per unit of the input displaced (country factors applied).
    ef_virgin: f64,
    /// The receiving firm's port (`u16::MAX`: none) and the km from the firm to it.
    port_km: f32,
    port: u16,
    /// The firm is an ETS installation: its carbon figures are in `demand_figures`.
    ets: bool,
}

/// Wide nodes: queries here return thousands of points, so fewer, fuller nodes beat depth.
pub(super) struct WideNodes;

impl rstar::RTreeParams for WideNodes {
    const MIN_SIZE: usize = 16;
    const MAX_SIZE: usize = 48;
    const REINSERTION_COUNT: usize = 12;
    type DefaultInsertionStrategy = rstar::RStarInsertionStrategy;
}

pub(super) type DemandTree = RTree<GeomWithData<[f64; 3], DemandLeaf>, WideNodes>;

/// A Z-order key of a unit vector's longitude and latitude, for cache-friendly ordering.
pub(super) fn morton_key(p: [f64; 3]) -> u64 {
    let lon = p[1].atan2(p[0]); // -pi..pi
    let lat = p[2].clamp(-1.0, 1.0).asin(); // -pi/2..pi/2
    let x = (((lon / std::f64::consts::PI + 1.0) / 2.0) * 65535.0) as u64;
    let y = (((lat / std::f64::consts::FRAC_PI_2 + 1.0) / 2.0) * 65535.0) as u64;
    let spread = |mut v: u64| {
        v &= 0xFFFF;
        v = (v | (v << 8)) & 0x00FF_00FF;
        v = (v | (v << 4)) & 0x0F0F_0F0F;
        v = (v | (v << 2)) & 0x3333_3333;
        (v | (v << 1)) & 0x5555_5555
    };
    spread(x) | (spread(y) << 1)
}

/// Great-circle distance (km) from the chord between two unit vectors: 2R asin(c/2).
/// Below ~380 km the asin series to x^9 is exact to double precision (next term < 1e-18).
pub(super) fn great_circle_from_chord(chord: f64) -> f64 {
    let x = (chord / 2.0).min(1.0);
    let angle = if x < 0.03 {
        let x2 = x * x;
        x * (1.0 + x2 * (1.0 / 6.0 + x2 * (3.0 / 40.0 + x2 * (5.0 / 112.0 + x2 * (35.0 / 1152.0)))))
    } else {
        x.asin()
    };
    2.0 * EARTH_RADIUS_KM * angle
}

/// A candidate kept by the hot loop: indexes and figures, no strings.
#[derive(Clone, Copy, Debug)]
pub(super) struct Kept {
    supply: u32,
    demand: u32,
    ratio: f64,
    score: f64,
    quantity: f64,
    co2: f64,
    /// Net benefit, after the fixed link cost `link`.
    benefit: f64,
    link: f64,
}

/// A candidate as numbers only (no names, no breakdown): what the allocation LP needs, 64
/// bytes, so that millions of them fit a national register. [`Matcher::candidate_of`] gives
/// the full [`Candidate`] of the few an allocation uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompactCandidate {
    pub supply: FlowId,
    pub demand: FlowId,
    pub ratio: f64,
    /// Demand units the pair could carry.
    pub quantity: f64,
    pub co2_per_unit: f64,
    /// Net benefit per unit, before the fixed link cost (as [`Candidate::benefit_per_unit`]).
    pub benefit_per_unit: f64,
    /// The ranking score of the run's objective (as [`Candidate::score`]).
    pub score: f64,
    /// Net benefit per year, after the fixed link cost (as [`Candidate::net_benefit`]).
    pub net_benefit: f64,
}

/// The `k` best candidates of one supply flow (ties: lower demand index first).
pub(super) struct TopK {
    k: usize,
    items: Vec<Kept>,
    /// Index of the worst kept item, once full.
    worst: usize,
}

impl TopK {
    pub(super) fn new(k: usize) -> Self {
        Self { k, items: Vec::with_capacity(k.min(64)), worst: 0 }
    }

    #[inline]
    pub(super) fn better(score: f64, demand: usize, than: &Kept) -> bool {
        score > than.score || (score == than.score && demand < than.demand as usize)
    }

    pub(super) fn is_full(&self) -> bool {
        self.items.len() == self.k
    }

    pub(super) fn worst_score(&self) -> f64 {
        self.items.get(self.worst).map_or(f64::NEG_INFINITY, |k| k.score)
    }

    /// Whether a candidate with this score would be kept.
    pub(super) fn admits(&self, score: f64, demand: usize) -> bool {
        self.items.len() < self.k || Self::better(score, demand, &self.items[self.worst])
    }

    pub(super) fn insert(&mut self, item: Kept) {
        if self.items.len() < self.k {
            self.items.push(item);
        } else {
            self.items[self.worst] = item;
        }
        if self.items.len() == self.k {
            self.worst = (0..self.items.len())
                .min_by(|&a, &b| {
                    let (x, y) = (&self.items[a], &self.items[b]);
                    if Self::better(x.score, x.demand as usize, y) {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Less
                    }
                })
                .unwrap_or(0);
        }
    }

    pub(super) fn into_vec(self) -> Vec<Kept> {
        self.items
    }
}

/// Counts and totals of a matching run.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MatchSummary {
    pub pairs_evaluated: u64,
    pub candidates_kept: u64,
    pub supply_flows_with_candidates: usize,
    /// Sum of kept candidates' quantities by demand unit (candidates of one flow overlap).
    pub quantity_by_unit: std::collections::BTreeMap<Unit, f64>,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
}

impl MatchSummary {
    pub(super) fn merge(mut self, other: MatchSummary) -> MatchSummary {
        self.pairs_evaluated += other.pairs_evaluated;
        self.candidates_kept += other.candidates_kept;
        self.supply_flows_with_candidates += other.supply_flows_with_candidates;
        for (unit, q) in other.quantity_by_unit {
            *self.quantity_by_unit.entry(unit).or_default() += q;
        }
        self.co2_avoided_t += other.co2_avoided_t;
        self.net_benefit += other.net_benefit;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::LatLon;

    #[test]
    fn top_k_keeps_the_best_scores() {
        let mut top = TopK::new(3);
        for (i, score) in [5.0, 1.0, 9.0, 3.0, 7.0, 6.0].into_iter().enumerate() {
            if top.admits(score, i) {
                top.insert(Kept {
                    supply: 0,
                    demand: i as u32,
                    ratio: 1.0,
                    score,
                    quantity: 0.0,
                    co2: 0.0,
                    benefit: 0.0,
                    link: 0.0,
                });
            }
        }
        let mut scores: Vec<f64> = top.into_vec().iter().map(|k| k.score).collect();
        scores.sort_by(f64::total_cmp);
        assert_eq!(scores, vec![6.0, 7.0, 9.0]);
    }

    #[test]
    fn the_chord_series_agrees_with_haversine() {
        let a = LatLon::new(55.0, 11.0);
        for (dlat, dlon) in
            [(0.0001, 0.0), (0.01, 0.02), (0.5, 0.7), (2.0, 3.0), (6.0, 9.0), (20.0, 30.0), (60.0, 100.0)]
        {
            let b = LatLon::new(55.0 + dlat, 11.0 + dlon);
            let (u, v) = (unit_vector(a), unit_vector(b));
            let chord = ((u[0] - v[0]).powi(2) + (u[1] - v[1]).powi(2) + (u[2] - v[2]).powi(2)).sqrt();
            let (fast, reference) = (great_circle_from_chord(chord), distance_km(a, b));
            assert!((fast - reference).abs() < 1e-9 * reference.max(1.0), "{dlat},{dlon}: {fast} vs {reference}");
        }
    }

    #[test]
    fn one_degree_of_latitude_is_111_km() {
        let d = distance_km(LatLon::new(55.0, 11.0), LatLon::new(56.0, 11.0));
        assert!((d - 111.195).abs() < 0.01, "{d}");
    }
}
