//! The matching engine: candidate exchanges between one firm's supply flow and another firm's
//! demand flow, each evaluated with transparent economics and avoided CO2.
//!
//! A pair is a candidate when the firms differ, the materials match directly or through a
//! substitution rule, the availability years overlap, a hazardous supply meets a demand that
//! accepts hazardous input, the transport distance (great circle x circuity) is within the
//! supplied material's maximum, and both flows have capacity left after the exchanges already
//! agreed or realised. Demand flows sit in one R-tree per material, so the work grows with the
//! pairs that are actually compatible; only the best K candidates per supply flow are kept.

use std::collections::HashMap;
use std::fmt;

use geo::{Distance as _, Haversine, Point};
use rayon::prelude::*;
use rstar::RTree;
use rstar::primitives::GeomWithData;
use serde::Serialize;

use super::model::*;
use super::reference;

/// Mean Earth radius used for great-circle distances (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// What the park maximises when candidates are ranked or allocated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Net benefit in the project currency per year.
    #[default]
    Benefit,
    /// Avoided CO2, t per year.
    Co2,
    /// Exchanged quantity, in the demand's unit.
    Quantity,
}

impl std::str::FromStr for Objective {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "benefit" => Ok(Objective::Benefit),
            "co2" => Ok(Objective::Co2),
            "quantity" => Ok(Objective::Quantity),
            other => Err(format!("unknown objective '{other}' (expected benefit, co2 or quantity)")),
        }
    }
}

/// How to match.
#[derive(Clone, Copy, Debug)]
pub struct MatchOptions {
    /// Candidates kept per supply flow.
    pub top_k: usize,
    pub objective: Objective,
    /// Evaluate the park as it stood in this year.
    pub year: Option<i32>,
    /// Ignore existing exchanges, as if the park started from nothing.
    pub greenfield: bool,
}

impl Default for MatchOptions {
    fn default() -> Self {
        Self { top_k: 10, objective: Objective::Benefit, year: None, greenfield: false }
    }
}

/// One candidate exchange, evaluated per year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    pub supply_flow_id: FlowId,
    pub supply_firm_id: FirmId,
    pub supply_firm: String,
    pub demand_flow_id: FlowId,
    pub demand_firm_id: FirmId,
    pub demand_firm: String,
    pub supply_material: MaterialId,
    pub demand_material: MaterialId,
    /// Units of demand met per unit of supply.
    pub ratio: f64,
    /// Quantity per year in the demand's unit: `min(supply_left x ratio, demand_left)`.
    pub quantity: f64,
    pub unit: Unit,
    /// Supply used per year, in the supply's unit: `quantity / ratio`.
    pub quantity_supply: f64,
    pub supply_unit: Unit,
    pub distance_km: f64,
    pub transport_km: f64,
    pub transport: TransportMode,
    pub co2_avoided_t: f64,
    pub net_benefit: f64,
    /// Annualised cost of a dedicated link (reported; left out of the optimal allocation).
    pub fixed_link_cost: f64,
    /// Net benefit per unit of `quantity`, before the fixed link cost.
    pub benefit_per_unit: f64,
    /// Avoided CO2 (t) per unit of `quantity`.
    pub co2_per_unit: f64,
    pub score: f64,
}

/// The columns of a candidate as CSV (`match --format csv`, `candidates.csv`), in order.
pub const CANDIDATE_COLUMNS: &[&str] = &[
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
    "quantity_supply",
    "supply_unit",
    "transport",
    "fixed_link_cost",
];

impl Candidate {
    /// The candidate as a CSV row in the order of [`CANDIDATE_COLUMNS`], numbers at full precision.
    pub fn csv_row(&self) -> Vec<String> {
        vec![
            self.supply_flow_id.to_string(),
            self.supply_firm_id.to_string(),
            self.supply_firm.clone(),
            self.demand_flow_id.to_string(),
            self.demand_firm_id.to_string(),
            self.demand_firm.clone(),
            self.supply_material.to_string(),
            self.demand_material.to_string(),
            self.ratio.to_string(),
            self.quantity.to_string(),
            self.unit.to_string(),
            self.distance_km.to_string(),
            self.transport_km.to_string(),
            self.co2_avoided_t.to_string(),
            self.net_benefit.to_string(),
            self.score.to_string(),
            self.quantity_supply.to_string(),
            self.supply_unit.to_string(),
            self.transport.to_string(),
            self.fixed_link_cost.to_string(),
        ]
    }
}

/// Why a supply/demand pair is not a candidate.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Exclusion {
    UnknownFlow { flow_id: FlowId },
    Direction { flow_id: FlowId, expected: Direction },
    SameFirm { firm_id: FirmId },
    Material { supply_material: MaterialId, demand_material: MaterialId },
    Years { supply: (Option<i32>, Option<i32>), demand: (Option<i32>, Option<i32>), year: Option<i32> },
    Hazardous { ewc: String },
    Distance { transport_km: f64, max_km: f64, material: MaterialId },
    CapacityUsed { side: Direction, flow_id: FlowId },
}

impl Exclusion {
    /// The short name of the rule (`material`, `distance`, ...).
    pub fn rule(&self) -> &'static str {
        match self {
            Exclusion::UnknownFlow { .. } => "unknown_flow",
            Exclusion::Direction { .. } => "direction",
            Exclusion::SameFirm { .. } => "same_firm",
            Exclusion::Material { .. } => "material",
            Exclusion::Years { .. } => "years",
            Exclusion::Hazardous { .. } => "hazardous",
            Exclusion::Distance { .. } => "distance",
            Exclusion::CapacityUsed { .. } => "capacity_used",
        }
    }
}

fn years_text((from, to): (Option<i32>, Option<i32>)) -> String {
    match (from, to) {
        (None, None) => "always".into(),
        (Some(f), None) => format!("from {f}"),
        (None, Some(t)) => format!("until {t}"),
        (Some(f), Some(t)) => format!("{f}-{t}"),
    }
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exclusion::UnknownFlow { flow_id } => {
                write!(f, "excluded by rule 'unknown_flow': there is no flow {flow_id}")
            }
            Exclusion::Direction { flow_id, expected } => {
                write!(f, "excluded by rule 'direction': flow {flow_id} is not a {expected} flow")
            }
            Exclusion::SameFirm { firm_id } => {
                write!(
                    f,
                    "excluded by rule 'same_firm': both flows belong to firm '{firm_id}'; a firm does not exchange with itself"
                )
            }
            Exclusion::Material { supply_material, demand_material } => write!(
                f,
                "excluded by rule 'material': {supply_material} does not match {demand_material} (not the same material and no substitution rule {supply_material} -> {demand_material})"
            ),
            Exclusion::Years { supply, demand, year } => match year {
                Some(y) => write!(
                    f,
                    "excluded by rule 'years': in {y} the supply is available {} and the demand {}",
                    years_text(*supply),
                    years_text(*demand)
                ),
                None => write!(
                    f,
                    "excluded by rule 'years': the supply is available {} and the demand {}; the years do not overlap",
                    years_text(*supply),
                    years_text(*demand)
                ),
            },
            Exclusion::Hazardous { ewc } => write!(
                f,
                "excluded by rule 'hazardous': the supply is hazardous waste (EWC {}) and the demand does not accept hazardous input",
                reference::display_ewc(ewc, true)
            ),
            Exclusion::Distance { transport_km, max_km, material } => write!(
                f,
                "excluded by rule 'distance': transport distance {transport_km:.1} km exceeds the maximum of {max_km:.1} km for {material}"
            ),
            Exclusion::CapacityUsed { side, flow_id } => write!(
                f,
                "excluded by rule 'capacity_used': the {side} flow {flow_id} is already fully committed to agreed or realised exchanges"
            ),
        }
    }
}

/// Per-material figures used in the hot loop.
struct MaterialFigures {
    unit: Unit,
    max_km: f64,
    mode: TransportMode,
    ef_virgin: f64,
    ef_disposal: f64,
    virgin_price: f64,
    disposal_cost: f64,
}

/// Per-mode figures used in the hot loop.
#[derive(Clone, Copy)]
struct ModeFigures {
    ef_kg_per_tkm: f64,
    cost_per_tkm: f64,
    circuity: f64,
    annual_link_cost_per_km: f64,
}

/// Tonnes moved per unit of a flow, where the unit has a mass (water: 1 t per m3).
pub fn tonnes_per_unit(unit: Unit) -> Option<f64> {
    match unit {
        Unit::Tonne | Unit::CubicMetre => Some(1.0),
        Unit::Kilogram => Some(0.001),
        Unit::Mwh | Unit::Gigajoule => None,
    }
}

fn unit_vector(p: LatLon) -> [f64; 3] {
    let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// Great-circle distance in km (haversine, R = 6371.0088 km).
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat)) / 1000.0
}

/// The hazardous EWC code a supply is classed under, if any: its own code, or where it has
/// none, its material's codes when every one of them is hazardous.
fn hazardous_code(flow: &Flow, material: Option<&Material>) -> Option<String> {
    match flow.ewc.as_deref() {
        Some(code) => reference::ewc(code).filter(|e| e.hazardous).map(|e| e.code.clone()),
        None => {
            let codes: Vec<_> = material?.ewc_codes.iter().filter_map(|c| reference::ewc(c)).collect();
            (!codes.is_empty() && codes.iter().all(|e| e.hazardous)).then(|| codes[0].code.clone())
        }
    }
}

/// A project prepared for matching: indexes, figures and the capacity left on each flow.
pub struct Matcher<'a> {
    pub project: &'a ProjectData,
    pub options: MatchOptions,
    firm_index: HashMap<&'a str, usize>,
    material_index: HashMap<&'a str, usize>,
    materials: Vec<MaterialFigures>,
    modes: HashMap<TransportMode, ModeFigures>,
    /// Per flow: its firm, its material, whether it takes part in this match.
    flow_firm: Vec<usize>,
    flow_material: Vec<usize>,
    flow_active: Vec<bool>,
    flow_hazardous: Vec<Option<String>>,
    /// Per flow, for the hot loop: availability years (open ends as i32::MIN/MAX) and the
    /// price and emission factor a demand avoids (flow overrides applied).
    year_from: Vec<i32>,
    year_to: Vec<i32>,
    demand_price: Vec<f64>,
    demand_ef_virgin: Vec<f64>,
    /// Capacity left per flow after existing exchanges, in the flow's unit.
    pub left: Vec<f64>,
    /// For each supply material: the demand materials it meets and at what ratio.
    compatible: Vec<Vec<(usize, f64)>>,
    /// For each demand material: the demand flows, indexed in space.
    /// Built on the first run, so that evaluating exchanges alone stays cheap.
    demand_trees: std::sync::OnceLock<Vec<DemandTree>>,
    positions: Vec<[f64; 3]>,
}

/// The result of a matching run.
#[derive(Clone, Debug, Serialize)]
pub struct MatchResult {
    /// Pairs whose materials matched within the search radius and were evaluated.
    pub pairs_evaluated: u64,
    /// Candidates kept (top K per supply flow), best score first.
    pub candidates: Vec<Candidate>,
}

impl<'a> Matcher<'a> {
    pub fn new(project: &'a ProjectData, options: MatchOptions) -> Self {
        let firm_index: HashMap<&str, usize> =
            project.firms.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
        let material_index: HashMap<&str, usize> =
            project.materials.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
        let materials = project
            .materials
            .iter()
            .map(|m| MaterialFigures {
                unit: m.unit,
                max_km: m.max_distance_km.value,
                mode: m.transport,
                ef_virgin: m.ef_virgin.value,
                ef_disposal: m.ef_disposal.value,
                virgin_price: m.virgin_price.value,
                disposal_cost: m.disposal_cost.value,
            })
            .collect();
        let crf = project.params.capital_recovery_factor();
        let modes = TransportMode::ALL
            .iter()
            .map(|&mode| {
                let p = project.params.mode(mode);
                (
                    mode,
                    ModeFigures {
                        ef_kg_per_tkm: p.ef_kg_per_tkm.value,
                        cost_per_tkm: p.cost_per_tkm.value,
                        circuity: p.circuity.value.max(1.0),
                        annual_link_cost_per_km: p.capex_per_km.value * crf,
                    },
                )
            })
            .collect();

        let mut compatible = vec![Vec::new(); project.materials.len()];
        for (i, m) in project.materials.iter().enumerate() {
            compatible[i].push((i, 1.0));
            for rule in project.rules.iter().filter(|r| r.supply == m.id) {
                if let Some(&d) = material_index.get(rule.demand.as_str())
                    && d != i
                {
                    compatible[i].push((d, rule.ratio));
                }
            }
        }

        let firm_vectors: Vec<[f64; 3]> = project.firms.iter().map(|f| unit_vector(f.location)).collect();
        let n = project.flows.len();
        let mut flow_firm = Vec::with_capacity(n);
        let mut flow_material = Vec::with_capacity(n);
        let mut flow_active = Vec::with_capacity(n);
        let mut flow_hazardous = Vec::with_capacity(n);
        let mut positions = Vec::with_capacity(n);
        let mut left = Vec::with_capacity(n);
        let mut year_from = Vec::with_capacity(n);
        let mut year_to = Vec::with_capacity(n);
        let mut demand_price = Vec::with_capacity(n);
        let mut demand_ef_virgin = Vec::with_capacity(n);
        for flow in &project.flows {
            let firm = firm_index.get(flow.firm.as_str()).copied();
            let material = material_index.get(flow.material.as_str()).copied();
            flow_firm.push(firm.unwrap_or(usize::MAX));
            flow_material.push(material.unwrap_or(usize::MAX));
            let in_year = options.year.is_none_or(|y| flow.available_in(y));
            flow_active.push(firm.is_some() && material.is_some() && in_year && flow.quantity > 0.0);
            flow_hazardous.push(hazardous_code(flow, material.map(|m| &project.materials[m])));
            positions.push(firm.map_or([0.0; 3], |f| firm_vectors[f]));
            left.push(flow.quantity.max(0.0));
            year_from.push(flow.available_from.unwrap_or(i32::MIN));
            year_to.push(flow.available_to.unwrap_or(i32::MAX));
            let m = material.map(|m| &project.materials[m]);
            demand_price.push(flow.price_per_unit.or(m.map(|m| m.virgin_price.value)).unwrap_or(0.0));
            demand_ef_virgin.push(m.map_or(0.0, |m| m.ef_virgin.value));
        }

        let mut matcher = Matcher {
            project,
            options,
            firm_index,
            material_index,
            materials,
            modes,
            flow_firm,
            flow_material,
            flow_active,
            flow_hazardous,
            year_from,
            year_to,
            demand_price,
            demand_ef_virgin,
            left,
            compatible,
            demand_trees: std::sync::OnceLock::new(),
            positions,
        };
        if !options.greenfield {
            for link in matcher.link_exchanges(|ex| matcher_counts_as_used(ex, options.year)) {
                if let (Some(s), Some(d)) = (link.supply, link.demand) {
                    matcher.left[s] = (matcher.left[s] - link.quantity_supply).max(0.0);
                    matcher.left[d] = (matcher.left[d] - link.quantity_supply * link.ratio).max(0.0);
                }
            }
        }
        matcher
    }

    /// Ties exchanges to the flows behind them: the from-firm's supply flow of the exchanged
    /// material and the to-firm's demand flow that material meets. Exchanges without a
    /// published quantity take what the pair allows. Capacity is consumed in exchange order.
    pub fn link_exchanges(&self, include: impl Fn(&Exchange) -> bool) -> Vec<LinkedExchange> {
        let project = self.project;
        let mut left: Vec<f64> = project.flows.iter().map(|f| f.quantity.max(0.0)).collect();
        let mut by_firm: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, flow) in project.flows.iter().enumerate() {
            by_firm.entry(flow.firm.as_str()).or_default().push(i);
        }
        let mut links = Vec::new();
        for (e, ex) in project.exchanges.iter().enumerate() {
            if !include(ex) {
                continue;
            }
            let in_year = |i: &usize| self.options.year.is_none_or(|y| project.flows[*i].available_in(y));
            let of = |firm: &FirmId| by_firm.get(firm.as_str()).map(Vec::as_slice).unwrap_or_default();
            let pick = |candidates: Vec<usize>, left: &[f64]| {
                candidates.iter().copied().find(|&i| left[i] > 0.0).or(candidates.first().copied())
            };
            let supplies: Vec<usize> = of(&ex.from)
                .iter()
                .copied()
                .filter(|&i| {
                    project.flows[i].direction == Direction::Supply && project.flows[i].material == ex.material
                })
                .filter(in_year)
                .collect();
            let demands: Vec<(usize, f64)> = of(&ex.to)
                .iter()
                .copied()
                .filter(|&i| project.flows[i].direction == Direction::Demand)
                .filter(in_year)
                .filter_map(|i| project.substitution_ratio(&ex.material, &project.flows[i].material).map(|r| (i, r)))
                .collect();
            let supply = pick(supplies, &left);
            let demand = pick(demands.iter().map(|&(i, _)| i).collect(), &left);
            let ratio = demand.and_then(|d| demands.iter().find(|&&(i, _)| i == d)).map_or(1.0, |&(_, r)| r);
            let quantity_supply = match ex.quantity {
                Some(q) => q,
                None => match (supply, demand) {
                    (Some(s), Some(d)) => left[s].min(left[d] / ratio),
                    (Some(s), None) => left[s],
                    (None, Some(d)) => left[d] / ratio,
                    (None, None) => 0.0,
                },
            };
            if let Some(s) = supply {
                left[s] = (left[s] - quantity_supply).max(0.0);
            }
            if let Some(d) = demand {
                left[d] = (left[d] - quantity_supply * ratio).max(0.0);
            }
            links.push(LinkedExchange {
                exchange: e,
                supply,
                demand,
                ratio,
                quantity_supply,
                estimated: ex.quantity.is_none(),
            });
        }
        links
    }

    /// Builds the spatial index now (it is otherwise built by the first run).
    pub fn build_index(&self) {
        self.demand_trees();
    }

    fn demand_trees(&self) -> &[DemandTree] {
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
                        price: self.demand_price[i],
                        ef_virgin: self.demand_ef_virgin[i],
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
        let candidates = kept.iter().map(|k| self.candidate(k.supply as usize, k.demand as usize, k.ratio)).collect();
        MatchResult { pairs_evaluated, candidates }
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
    fn scan<A: Send>(
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
    fn best_for_supply(&self, trees: &[DemandTree], s: usize, top_k: usize) -> (u64, Vec<Kept>) {
        let material = self.flow_material[s];
        let figures = &self.materials[material];
        let mode = self.modes[&figures.mode];
        let flow = &self.project.flows[s];
        let tonnes = tonnes_per_unit(figures.unit).filter(|_| figures.mode.carries_tonnes()).unwrap_or(0.0);
        let disposal = flow.disposal_cost_per_unit.unwrap_or(figures.disposal_cost);
        // Per supply unit and km of transport, and per km of link.
        let cost_per_km = tonnes * mode.cost_per_tkm * mode.circuity;
        let co2_per_km = tonnes * mode.ef_kg_per_tkm / 1000.0 * mode.circuity;
        let link_per_km = mode.annual_link_cost_per_km * mode.circuity;
        let prune = cost_per_km >= 0.0 && co2_per_km >= 0.0 && link_per_km >= 0.0;
        let max_great_circle = figures.max_km / mode.circuity;
        let angle = (max_great_circle / EARTH_RADIUS_KM).min(std::f64::consts::PI);
        let chord = 2.0 * (angle / 2.0).sin();
        let (firm, position, left_s) = (self.flow_firm[s], self.positions[s], self.left[s]);
        let (from, to) = (self.year_from[s], self.year_to[s]);
        let hazardous = self.flow_hazardous[s].is_some();
        let objective = self.options.objective;
        let year = self.options.year;

        let mut evaluated = 0u64;
        let mut top = TopK::new(top_k);
        for &(demand_material, ratio) in &self.compatible[material] {
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
                // Transport only lowers a score, so a pair whose score before transport cannot
                // beat the worst kept one is settled without computing its distance.
                if prune && top.is_full() {
                    let before_transport = match objective {
                        Objective::Benefit => quantity * leaf.price + supplied * disposal,
                        Objective::Co2 => quantity * leaf.ef_virgin + supplied * figures.ef_disposal,
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
                let benefit = || {
                    quantity * leaf.price + supplied * (disposal - cost_per_km * great_circle)
                        - link_per_km * great_circle
                };
                let co2 = || quantity * leaf.ef_virgin + supplied * (figures.ef_disposal - co2_per_km * great_circle);
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
                    });
                }
            }
        }
        (evaluated, top.into_vec())
    }

    /// The rules a pair passes or fails, other than material and distance (checked by the caller).
    fn check_pair(&self, s: usize, d: usize) -> Result<(), Exclusion> {
        let flows = &self.project.flows;
        let (supply, demand) = (&flows[s], &flows[d]);
        if self.flow_firm[s] == self.flow_firm[d] {
            return Err(Exclusion::SameFirm { firm_id: supply.firm.clone() });
        }
        let years_ok = match self.options.year {
            Some(y) => supply.available_in(y) && demand.available_in(y),
            None => {
                let start = supply.available_from.unwrap_or(i32::MIN).max(demand.available_from.unwrap_or(i32::MIN));
                let end = supply.available_to.unwrap_or(i32::MAX).min(demand.available_to.unwrap_or(i32::MAX));
                start <= end
            }
        };
        if !years_ok {
            return Err(Exclusion::Years {
                supply: (supply.available_from, supply.available_to),
                demand: (demand.available_from, demand.available_to),
                year: self.options.year,
            });
        }
        if let Some(ewc) = &self.flow_hazardous[s]
            && !demand.accepts_hazardous
        {
            return Err(Exclusion::Hazardous { ewc: ewc.clone() });
        }
        if self.left[s] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Supply, flow_id: supply.id });
        }
        if self.left[d] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Demand, flow_id: demand.id });
        }
        Ok(())
    }

    /// Evaluates `quantity` (demand units) flowing from supply flow `s` to demand flow `d`.
    fn evaluate(&self, s: usize, d: usize, ratio: f64, quantity: f64, distance: f64) -> Evaluation {
        let flows = &self.project.flows;
        let supply_m = &self.materials[self.flow_material[s]];
        let demand_m = &self.materials[self.flow_material[d]];
        let mode = self.modes[&supply_m.mode];
        let transport_km = distance * mode.circuity;
        let tonnes = tonnes_per_unit(supply_m.unit).filter(|_| supply_m.mode.carries_tonnes()).unwrap_or(0.0);
        let price = flows[d].price_per_unit.unwrap_or(demand_m.virgin_price);
        let disposal = flows[s].disposal_cost_per_unit.unwrap_or(supply_m.disposal_cost);
        let transport_co2_per_supply = tonnes * transport_km * mode.ef_kg_per_tkm / 1000.0;
        let transport_cost_per_supply = tonnes * transport_km * mode.cost_per_tkm;
        let co2_per_unit = demand_m.ef_virgin + (supply_m.ef_disposal - transport_co2_per_supply) / ratio;
        let benefit_per_unit = price + (disposal - transport_cost_per_supply) / ratio;
        let fixed_link_cost = mode.annual_link_cost_per_km * transport_km;
        Evaluation {
            quantity,
            quantity_supply: quantity / ratio,
            distance_km: distance,
            transport_km,
            co2_per_unit,
            benefit_per_unit,
            co2_avoided_t: quantity * co2_per_unit,
            net_benefit: quantity * benefit_per_unit - fixed_link_cost,
            fixed_link_cost,
        }
    }

    /// A kept pair as a full candidate, at the capacity left on both flows.
    fn candidate(&self, s: usize, d: usize, ratio: f64) -> Candidate {
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let quantity = (self.left[s] * ratio).min(self.left[d]);
        self.candidate_with(s, d, ratio, self.evaluate(s, d, ratio, quantity, distance))
    }

    fn candidate_with(&self, s: usize, d: usize, ratio: f64, eval: Evaluation) -> Candidate {
        let flows = &self.project.flows;
        let firms = &self.project.firms;
        let (supply, demand) = (&flows[s], &flows[d]);
        Candidate {
            supply_flow_id: supply.id,
            supply_firm_id: supply.firm.clone(),
            supply_firm: firms[self.flow_firm[s]].name.clone(),
            demand_flow_id: demand.id,
            demand_firm_id: demand.firm.clone(),
            demand_firm: firms[self.flow_firm[d]].name.clone(),
            supply_material: supply.material.clone(),
            demand_material: demand.material.clone(),
            ratio,
            quantity: eval.quantity,
            unit: demand.unit,
            quantity_supply: eval.quantity_supply,
            supply_unit: supply.unit,
            distance_km: eval.distance_km,
            transport_km: eval.transport_km,
            transport: self.materials[self.flow_material[s]].mode,
            co2_avoided_t: eval.co2_avoided_t,
            net_benefit: eval.net_benefit,
            fixed_link_cost: eval.fixed_link_cost,
            benefit_per_unit: eval.benefit_per_unit,
            co2_per_unit: eval.co2_per_unit,
            score: eval.score(self.options.objective),
        }
    }

    /// Explains one pair: its full evaluation breakdown, or the rule that excludes it.
    pub fn explain(&self, supply: FlowId, demand: FlowId) -> Result<Breakdown, Exclusion> {
        let s = self.flow_position(supply).ok_or(Exclusion::UnknownFlow { flow_id: supply })?;
        let d = self.flow_position(demand).ok_or(Exclusion::UnknownFlow { flow_id: demand })?;
        let flows = &self.project.flows;
        if flows[s].direction != Direction::Supply {
            return Err(Exclusion::Direction { flow_id: supply, expected: Direction::Supply });
        }
        if flows[d].direction != Direction::Demand {
            return Err(Exclusion::Direction { flow_id: demand, expected: Direction::Demand });
        }
        if self.flow_firm[s] == self.flow_firm[d] {
            return Err(Exclusion::SameFirm { firm_id: flows[s].firm.clone() });
        }
        let material_error = || Exclusion::Material {
            supply_material: flows[s].material.clone(),
            demand_material: flows[d].material.clone(),
        };
        let (Some(&sm), Some(&dm)) =
            (self.material_index.get(flows[s].material.as_str()), self.material_index.get(flows[d].material.as_str()))
        else {
            return Err(material_error());
        };
        let ratio = self.compatible[sm].iter().find(|&&(m, _)| m == dm).map(|&(_, r)| r).ok_or_else(material_error)?;
        self.check_pair(s, d)?;
        let figures = &self.materials[sm];
        let distance =
            distance_km(self.project.firms[self.flow_firm[s]].location, self.project.firms[self.flow_firm[d]].location);
        let transport_km = distance * self.modes[&figures.mode].circuity;
        if transport_km > figures.max_km {
            return Err(Exclusion::Distance {
                transport_km,
                max_km: figures.max_km,
                material: flows[s].material.clone(),
            });
        }
        let candidate = self.candidate(s, d, ratio);
        Ok(self.breakdown(s, d, candidate))
    }

    fn breakdown(&self, s: usize, d: usize, c: Candidate) -> Breakdown {
        let project = self.project;
        let flows = &project.flows;
        let supply_m = &project.materials[self.flow_material[s]];
        let demand_m = &project.materials[self.flow_material[d]];
        let mode = project.params.mode(supply_m.transport);
        let rule_source = if c.ratio == 1.0 && supply_m.id == demand_m.id {
            "identity: same material".to_string()
        } else {
            project
                .rules
                .iter()
                .find(|r| r.supply == supply_m.id && r.demand == demand_m.id)
                .map_or_else(String::new, |r| r.source.clone())
        };
        let p = |name: &str, value: f64, unit: &str, source: &str| Parameter {
            name: name.into(),
            value,
            unit: unit.into(),
            source: source.into(),
        };
        let cur = &project.meta.currency;
        let su = c.supply_unit.as_str();
        let du = c.unit.as_str();
        let tonnes = tonnes_per_unit(c.supply_unit).filter(|_| c.transport.carries_tonnes());
        let (price, price_source) = match flows[d].price_per_unit {
            Some(v) => (v, format!("demand flow {}: {}", flows[d].id, flows[d].source)),
            None => (demand_m.virgin_price.value, demand_m.virgin_price.source.clone()),
        };
        let (disposal, disposal_source) = match flows[s].disposal_cost_per_unit {
            Some(v) => (v, format!("supply flow {}: {}", flows[s].id, flows[s].source)),
            None => (supply_m.disposal_cost.value, supply_m.disposal_cost.source.clone()),
        };
        let mut terms = vec![
            Term {
                name: "distance_km".into(),
                formula: "great-circle distance between the firms (haversine, R = 6371.0088 km)".into(),
                value: c.distance_km,
                unit: "km".into(),
                parameters: vec![],
            },
            Term {
                name: "transport_km".into(),
                formula: format!("distance_km x circuity({})", c.transport),
                value: c.transport_km,
                unit: "km".into(),
                parameters: vec![
                    p("circuity", mode.circuity.value, "", &mode.circuity.source),
                    p("max_distance_km", supply_m.max_distance_km.value, "km", &supply_m.max_distance_km.source),
                ],
            },
            Term {
                name: "quantity".into(),
                formula: "q = min(supply_left x ratio, demand_left)".into(),
                value: c.quantity,
                unit: du.into(),
                parameters: vec![
                    p("supply_left", self.left[s], su, &flows[s].source),
                    p("demand_left", self.left[d], du, &flows[d].source),
                    p("ratio", c.ratio, &format!("{du} per {su}"), &rule_source),
                ],
            },
            Term {
                name: "co2_virgin_avoided".into(),
                formula: "q x EF_virgin(demand material)".into(),
                value: c.quantity * demand_m.ef_virgin.value,
                unit: "t CO2e".into(),
                parameters: vec![p(
                    "EF_virgin",
                    demand_m.ef_virgin.value,
                    &format!("t CO2e/{du}"),
                    &demand_m.ef_virgin.source,
                )],
            },
            Term {
                name: "co2_disposal_avoided".into(),
                formula: "q_supply x EF_disposal(supply material)".into(),
                value: c.quantity_supply * supply_m.ef_disposal.value,
                unit: "t CO2e".into(),
                parameters: vec![p(
                    "EF_disposal",
                    supply_m.ef_disposal.value,
                    &format!("t CO2e/{su}"),
                    &supply_m.ef_disposal.source,
                )],
            },
        ];
        if let Some(t) = tonnes {
            terms.push(Term {
                name: "co2_transport".into(),
                formula: "- q_supply x t_per_unit x transport_km x EF_tkm(mode) / 1000".into(),
                value: -c.quantity_supply * t * c.transport_km * mode.ef_kg_per_tkm.value / 1000.0,
                unit: "t CO2e".into(),
                parameters: vec![
                    p("EF_tkm", mode.ef_kg_per_tkm.value, "kg CO2e/t-km", &mode.ef_kg_per_tkm.source),
                    p(
                        "t_per_unit",
                        t,
                        &format!("t/{su}"),
                        if c.supply_unit == Unit::CubicMetre {
                            "water: 1 t per m3"
                        } else {
                            "quantity already in tonnes"
                        },
                    ),
                ],
            });
        }
        terms.push(Term {
            name: "co2_avoided_t".into(),
            formula: "sum of the CO2 terms".into(),
            value: c.co2_avoided_t,
            unit: "t CO2e".into(),
            parameters: vec![],
        });
        terms.push(Term {
            name: "virgin_purchase_avoided".into(),
            formula: "q x virgin_price(demand)".into(),
            value: c.quantity * price,
            unit: cur.clone(),
            parameters: vec![p("virgin_price", price, &format!("{cur}/{du}"), &price_source)],
        });
        terms.push(Term {
            name: "disposal_avoided".into(),
            formula: "q_supply x disposal_cost(supply)".into(),
            value: c.quantity_supply * disposal,
            unit: cur.clone(),
            parameters: vec![p("disposal_cost", disposal, &format!("{cur}/{su}"), &disposal_source)],
        });
        if let Some(t) = tonnes {
            terms.push(Term {
                name: "transport_cost".into(),
                formula: "- q_supply x t_per_unit x transport_km x cost_tkm(mode)".into(),
                value: -c.quantity_supply * t * c.transport_km * mode.cost_per_tkm.value,
                unit: cur.clone(),
                parameters: vec![p(
                    "cost_tkm",
                    mode.cost_per_tkm.value,
                    &format!("{cur}/t-km"),
                    &mode.cost_per_tkm.source,
                )],
            });
        }
        let crf = project.params.capital_recovery_factor();
        terms.push(Term {
            name: "fixed_link_cost".into(),
            formula: "- capex_per_km(mode) x transport_km x CRF(discount_rate, lifetime)".into(),
            value: 0.0 - c.fixed_link_cost,
            unit: cur.clone(),
            parameters: vec![
                p("capex_per_km", mode.capex_per_km.value, &format!("{cur}/km"), &mode.capex_per_km.source),
                p("discount_rate", project.params.discount_rate.value, "", &project.params.discount_rate.source),
                p(
                    "lifetime_years",
                    project.params.link_lifetime_years.value,
                    "years",
                    &project.params.link_lifetime_years.source,
                ),
                p("CRF", crf, "per year", "r(1+r)^n / ((1+r)^n - 1)"),
            ],
        });
        terms.push(Term {
            name: "net_benefit".into(),
            formula: "sum of the money terms".into(),
            value: c.net_benefit,
            unit: cur.clone(),
            parameters: vec![],
        });
        Breakdown { candidate: c, terms }
    }

    /// The evaluation breakdown of an existing exchange, at its own quantity (or, where none
    /// is published, what its flows allow), if the flows behind it are in the project.
    pub fn explain_exchange(&self, exchange: ExchangeId) -> Option<Breakdown> {
        let link = self.link_exchanges(|e| e.id == exchange).into_iter().next()?;
        let (s, d) = (link.supply?, link.demand?);
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let eval = self.evaluate(s, d, link.ratio, link.quantity_supply * link.ratio, distance);
        let candidate = self.candidate_with(s, d, link.ratio, eval);
        Some(self.breakdown(s, d, candidate))
    }

    /// Index of a flow by id.
    pub fn flow_position(&self, id: FlowId) -> Option<usize> {
        let flows = &self.project.flows;
        // Flows come from the file in id order; fall back to a scan for hand-built projects.
        match flows.binary_search_by_key(&id, |f| f.id) {
            Ok(i) => Some(i),
            Err(_) => flows.iter().position(|f| f.id == id),
        }
    }

    /// Evaluates a linked exchange as a candidate would be (its quantity, not the capacity left).
    pub fn evaluate_link(&self, link: &LinkedExchange) -> Option<(f64, f64)> {
        let (s, d) = (link.supply?, link.demand?);
        if self.flow_firm[s] == usize::MAX || self.flow_firm[d] == usize::MAX || self.flow_material[s] == usize::MAX {
            return None;
        }
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let eval = self.evaluate(s, d, link.ratio, link.quantity_supply * link.ratio, distance);
        Some((eval.co2_avoided_t, eval.net_benefit))
    }

    pub fn firm_position(&self, id: &FirmId) -> Option<usize> {
        self.firm_index.get(id.as_str()).copied()
    }
}

fn matcher_counts_as_used(ex: &Exchange, year: Option<i32>) -> bool {
    match year {
        Some(y) => ex.active_in(y),
        None => matches!(ex.status, ExchangeStatus::Realised | ExchangeStatus::Agreed),
    }
}

/// An existing exchange tied to the flows behind it.
#[derive(Clone, Debug)]
pub struct LinkedExchange {
    /// Index into `project.exchanges`.
    pub exchange: usize,
    /// Indexes into `project.flows`, where found.
    pub supply: Option<usize>,
    pub demand: Option<usize>,
    pub ratio: f64,
    /// Supply units per year (the exchange's own quantity, or estimated from the flows).
    pub quantity_supply: f64,
    pub estimated: bool,
}

struct Evaluation {
    quantity: f64,
    quantity_supply: f64,
    distance_km: f64,
    transport_km: f64,
    co2_per_unit: f64,
    benefit_per_unit: f64,
    co2_avoided_t: f64,
    net_benefit: f64,
    fixed_link_cost: f64,
}

impl Evaluation {
    fn score(&self, objective: Objective) -> f64 {
        match objective {
            Objective::Benefit => self.net_benefit,
            Objective::Co2 => self.co2_avoided_t,
            Objective::Quantity => self.quantity,
        }
    }
}

/// What the hot loop needs of a demand flow, stored in the R-tree leaf beside its position so
/// that a query reads memory in order instead of jumping between arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
struct DemandLeaf {
    flow: u32,
    firm: u32,
    year_from: i32,
    year_to: i32,
    accepts_hazardous: bool,
    /// Capacity left after existing exchanges.
    left: f64,
    /// Price avoided per unit (flow override or catalogue).
    price: f64,
    ef_virgin: f64,
}

/// Wide nodes: queries here return thousands of points, so fewer, fuller nodes beat depth.
struct WideNodes;

impl rstar::RTreeParams for WideNodes {
    const MIN_SIZE: usize = 16;
    const MAX_SIZE: usize = 48;
    const REINSERTION_COUNT: usize = 12;
    type DefaultInsertionStrategy = rstar::RStarInsertionStrategy;
}

type DemandTree = RTree<GeomWithData<[f64; 3], DemandLeaf>, WideNodes>;

/// A Z-order key of a unit vector's longitude and latitude, for cache-friendly ordering.
fn morton_key(p: [f64; 3]) -> u64 {
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
fn great_circle_from_chord(chord: f64) -> f64 {
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
struct Kept {
    supply: u32,
    demand: u32,
    ratio: f64,
    score: f64,
    quantity: f64,
    co2: f64,
    benefit: f64,
}

/// The `k` best candidates of one supply flow (ties: lower demand index first).
struct TopK {
    k: usize,
    items: Vec<Kept>,
    /// Index of the worst kept item, once full.
    worst: usize,
}

impl TopK {
    fn new(k: usize) -> Self {
        Self { k, items: Vec::with_capacity(k.min(64)), worst: 0 }
    }

    #[inline]
    fn better(score: f64, demand: usize, than: &Kept) -> bool {
        score > than.score || (score == than.score && demand < than.demand as usize)
    }

    fn is_full(&self) -> bool {
        self.items.len() == self.k
    }

    fn worst_score(&self) -> f64 {
        self.items.get(self.worst).map_or(f64::NEG_INFINITY, |k| k.score)
    }

    /// Whether a candidate with this score would be kept.
    fn admits(&self, score: f64, demand: usize) -> bool {
        self.items.len() < self.k || Self::better(score, demand, &self.items[self.worst])
    }

    fn insert(&mut self, item: Kept) {
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

    fn into_vec(self) -> Vec<Kept> {
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
    fn merge(mut self, other: MatchSummary) -> MatchSummary {
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

/// One parameter of a term, with where it came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parameter {
    pub name: String,
    pub value: f64,
    pub unit: String,
    pub source: String,
}

/// One term of an evaluation: its formula, value and parameters.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub name: String,
    pub formula: String,
    pub value: f64,
    pub unit: String,
    pub parameters: Vec<Parameter>,
}

/// A candidate with every term of its evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Breakdown {
    pub candidate: Candidate,
    pub terms: Vec<Term>,
}

impl Breakdown {
    pub fn to_text(&self) -> String {
        use std::fmt::Write as _;
        let c = &self.candidate;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} ({}) {} -> {} ({}) {}: {:.1} {} per year (supply {:.1} {})",
            c.supply_firm,
            c.supply_firm_id,
            c.supply_material,
            c.demand_firm,
            c.demand_firm_id,
            c.demand_material,
            c.quantity,
            c.unit,
            c.quantity_supply,
            c.supply_unit
        );
        for t in &self.terms {
            let _ = writeln!(out, "  {:<24} {:>16.3} {:<8} = {}", t.name, t.value, t.unit, t.formula);
            for p in &t.parameters {
                let source = if p.source.is_empty() { "assumption".to_string() } else { p.source.clone() };
                let _ = writeln!(
                    out,
                    "      {:<18} {:>14} {:<14} source: {}",
                    p.name,
                    format_number(p.value),
                    p.unit,
                    source
                );
            }
        }
        out
    }
}

/// A number for people: up to 6 significant decimals, no trailing zeros.
pub fn format_number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

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
