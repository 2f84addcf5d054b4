//! The matching engine: candidate exchanges between one firm's supply flow and another firm's
//! demand flow, each evaluated with transparent economics and avoided CO2.
//!
//! A pair is a candidate when the firms differ, the materials match directly or through a
//! substitution rule, the availability years overlap, a hazardous supply meets a demand that
//! accepts hazardous input, the transport distance (great circle x circuity) is within the
//! supplied material's maximum, and both flows have capacity left after the exchanges already
//! agreed or realised. Demand flows sit in one R-tree per material, so the work grows with the
//! pairs that are actually compatible; only the best K candidates per supply flow are kept.

pub use super::numbers::{format_number, group_thousands};
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
    /// Offer product flows (what a firm exists to sell) as candidates too; they earn no credit.
    pub include_products: bool,
}

impl Default for MatchOptions {
    fn default() -> Self {
        Self { top_k: 10, objective: Objective::Benefit, year: None, greenfield: false, include_products: false }
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
    /// The supply flow's role: a product sale earns no credit.
    pub supply_role: FlowRole,
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
    "supply_role",
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
            self.supply_role.to_string(),
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
    Product { flow_id: FlowId },
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
            Exclusion::Product { .. } => "product",
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
            Exclusion::Product { flow_id } => write!(
                f,
                "excluded by rule 'product': supply flow {flow_id} is a product the firm sells, not a residue; selling it is trade, not symbiosis (use --include-products to list product sales, which earn no credit)"
            ),
        }
    }
}

/// Per-material figures used in the hot loop.
struct MaterialFigures {
    unit: Unit,
    max_km: f64,
    mode: TransportMode,
    /// May also go by short-sea ship between the firms' ports.
    ship: bool,
}

/// How one unit supplied travels: its mode, the km on the material's own mode (road legs to and
/// from the ports where it ships) and the km at sea.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Route {
    mode: TransportMode,
    /// Great circle x circuity of the material's own mode (the whole way, or the legs to the ports).
    land_km: f64,
    /// Port to port great circle x the sea circuity (0 unless shipped).
    sea_km: f64,
}

/// Per-mode figures used in the hot loop (money in the project currency).
#[derive(Clone, Copy)]
struct ModeFigures {
    ef_kg_per_tkm: f64,
    cost_per_tkm: f64,
    circuity: f64,
    annual_link_cost_per_km: f64,
    handling_per_t: f64,
}

/// What a supply flow's counterfactual is worth per unit supplied, before transport.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct SupplyFigures {
    /// t CO2e of its disposal avoided (0 for a product).
    pub(crate) ef_disposal: f64,
    /// Disposal cost avoided, project currency (0 for a product).
    pub(crate) disposal_cost: f64,
    /// Carbon price (project currency per t) on the disposal emissions avoided, where they are
    /// an ETS installation's own (flaring).
    pub(crate) disposal_carbon: f64,
    /// CHP burden: t CO2e and money of the electricity the extraction costs.
    pub(crate) burden_co2: f64,
    pub(crate) burden_cost: f64,
    pub(crate) product: bool,
}

impl SupplyFigures {
    /// t CO2e and money per unit supplied before transport, with `handling` per unit.
    fn per_unit(&self, handling: f64) -> (f64, f64) {
        (
            self.ef_disposal - self.burden_co2,
            self.disposal_cost + self.disposal_carbon * self.ef_disposal - self.burden_cost - handling,
        )
    }
}

/// What a demand flow's counterfactual is worth per unit received.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct DemandFigures {
    /// t CO2e of the input it no longer buys (country factors for electricity and district heat).
    pub(crate) ef_virgin: f64,
    /// Its price, project currency.
    pub(crate) price: f64,
    /// Carbon price (project currency per t) on the displaced emissions, where the firm is an ETS
    /// installation and the displaced input is burned on its own site.
    pub(crate) carbon_on_site: f64,
    /// Carbon price the firm pays on emissions of its own (0 outside the ETS).
    pub(crate) carbon: f64,
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
    /// Per flow, for the hot loop: availability years (open ends as i32::MIN/MAX) and what its
    /// counterfactual is worth (flow overrides, country and currency applied).
    year_from: Vec<i32>,
    year_to: Vec<i32>,
    supply_figures: Vec<SupplyFigures>,
    demand_figures: Vec<DemandFigures>,
    /// Capacity left per flow after existing exchanges, in the flow's unit.
    pub left: Vec<f64>,
    /// For each supply material: the demand materials it meets, at what ratio, and the t CO2e
    /// the use emits per unit supplied.
    compatible: Vec<Vec<(usize, f64, f64)>>,
    /// Units of the project currency per EUR (catalogue and parameter money is in EUR).
    pub fx: f64,
    /// For each demand material: the demand flows, indexed in space.
    /// Built on the first run, so that evaluating exchanges alone stays cheap.
    demand_trees: std::sync::OnceLock<Vec<DemandTree>>,
    positions: Vec<[f64; 3]>,
    /// Per flow: its firm's port (index into `ports`) and the great-circle km from the firm to it.
    flow_port: Vec<Option<(u16, f32)>>,
    /// The ports firms use, as unit vectors.
    ports: Vec<[f64; 3]>,
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
        crate::core::guard::heavy("building a matcher over the whole project");
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
                ship: m.other_modes.contains(&TransportMode::Ship) && m.transport != TransportMode::Ship,
            })
            .collect();
        let params = &project.params;
        let fx = params.rate(&project.meta.currency).map_or(1.0, |r| r.value);
        let crf = params.capital_recovery_factor();
        let modes = TransportMode::ALL
            .iter()
            .map(|&mode| {
                let p = params.mode(mode);
                (
                    mode,
                    ModeFigures {
                        ef_kg_per_tkm: p.ef_kg_per_tkm.value,
                        cost_per_tkm: p.cost_per_tkm.value * fx,
                        circuity: p.circuity.value.max(1.0),
                        annual_link_cost_per_km: p.capex_per_km.value * crf * fx,
                        handling_per_t: p.handling_per_t.value * fx,
                    },
                )
            })
            .collect();

        let mut compatible = vec![Vec::new(); project.materials.len()];
        for (i, m) in project.materials.iter().enumerate() {
            compatible[i].push((i, 1.0, 0.0));
            for rule in project.rules.iter().filter(|r| r.supply == m.id) {
                if let Some(&d) = material_index.get(rule.demand.as_str())
                    && d != i
                {
                    compatible[i].push((d, rule.ratio, rule.use_ef));
                }
            }
        }

        let firm_vectors: Vec<[f64; 3]> = project.firms.iter().map(|f| unit_vector(f.location)).collect();
        let all_ports = super::countries::ports();
        let ports: Vec<[f64; 3]> = all_ports.iter().map(|p| unit_vector(p.location)).collect();
        let firm_ports: Vec<Option<(u16, f32)>> = project
            .firms
            .iter()
            .map(|f| {
                if f.port.is_empty() {
                    return None;
                }
                let i = all_ports.iter().position(|p| p.name.eq_ignore_ascii_case(&f.port))?;
                Some((u16::try_from(i).ok()?, distance_km(f.location, all_ports[i].location) as f32))
            })
            .collect();
        let mut flow_port = Vec::with_capacity(project.flows.len());
        let electricity_price = project.material(&MaterialId::new("electricity")).map_or(0.0, |m| m.virgin_price.value);
        let n = project.flows.len();
        let mut flow_firm = Vec::with_capacity(n);
        let mut flow_material = Vec::with_capacity(n);
        let mut flow_active = Vec::with_capacity(n);
        let mut flow_hazardous = Vec::with_capacity(n);
        let mut positions = Vec::with_capacity(n);
        let mut left = Vec::with_capacity(n);
        let mut year_from = Vec::with_capacity(n);
        let mut year_to = Vec::with_capacity(n);
        let mut supply_figures = Vec::with_capacity(n);
        let mut demand_figures = Vec::with_capacity(n);
        for flow in &project.flows {
            let firm = firm_index.get(flow.firm.as_str()).copied();
            let material = material_index.get(flow.material.as_str()).copied();
            flow_firm.push(firm.unwrap_or(usize::MAX));
            flow_material.push(material.unwrap_or(usize::MAX));
            let in_year = options.year.is_none_or(|y| flow.available_in(y));
            let product = flow.direction == Direction::Supply && flow.role == FlowRole::Product;
            let offered = !product || options.include_products;
            flow_active.push(firm.is_some() && material.is_some() && in_year && flow.quantity > 0.0 && offered);
            flow_hazardous.push(hazardous_code(flow, material.map(|m| &project.materials[m])));
            positions.push(firm.map_or([0.0; 3], |f| firm_vectors[f]));
            flow_port.push(firm.and_then(|f| firm_ports[f]));
            left.push(flow.quantity.max(0.0));
            year_from.push(flow.available_from.unwrap_or(i32::MIN));
            year_to.push(flow.available_to.unwrap_or(i32::MAX));
            let m = material.map(|m| &project.materials[m]);
            let f = firm.map(|f| &project.firms[f]);
            let (supply, demand) = super::evaluation::FlowTerms::figures(project, flow, m, f, fx, electricity_price);
            supply_figures.push(supply);
            demand_figures.push(demand);
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
            supply_figures,
            demand_figures,
            left,
            compatible,
            fx,
            demand_trees: std::sync::OnceLock::new(),
            positions,
            flow_port,
            ports,
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
    /// material and the to-firm's demand flow that material meets. See [`Self::allocate`].
    pub fn link_exchanges(&self, include: impl Fn(&Exchange) -> bool) -> Vec<LinkedExchange> {
        self.allocate(|ex| include(ex).then_some(0))
    }

    /// The one allocation of exchanges to their flows' capacities. `group` selects exchanges
    /// (None leaves one out) and ranks them: lower groups first (existing before proposed), then
    /// by start year (unknown first), then by id. Each exchange takes what it states, at most
    /// what its supply flow and demand flow have left; one without a stated quantity takes all
    /// that is left. An exchange that states more than its flows allow is evaluated at what they
    /// allow, and the excess is reported (`overfill`).
    pub fn allocate(&self, group: impl Fn(&Exchange) -> Option<u8>) -> Vec<LinkedExchange> {
        let project = self.project;
        let mut left: Vec<f64> = project.flows.iter().map(|f| f.quantity.max(0.0)).collect();
        let mut by_firm: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, flow) in project.flows.iter().enumerate() {
            by_firm.entry(flow.firm.as_str()).or_default().push(i);
        }
        let mut order: Vec<(u8, i32, i64, usize)> = project
            .exchanges
            .iter()
            .enumerate()
            .filter_map(|(e, ex)| group(ex).map(|g| (g, ex.start_year.unwrap_or(i32::MIN), ex.id.0, e)))
            .collect();
        order.sort_unstable();
        let mut links = Vec::with_capacity(order.len());
        for (_, _, _, e) in order {
            let ex = &project.exchanges[e];
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
            let supply_before = supply.map(|s| left[s]);
            let demand_before = demand.map(|d| left[d]);
            let allowed = match (supply_before, demand_before) {
                (Some(s), Some(d)) => s.min(d / ratio),
                (Some(s), None) => s,
                (None, Some(d)) => d / ratio,
                (None, None) => ex.quantity.unwrap_or(0.0),
            };
            let stated = ex.quantity.filter(|q| q.is_finite() && *q >= 0.0);
            let quantity_supply = stated.map_or(allowed, |q| q.min(allowed)).max(0.0);
            let overfill = match stated {
                Some(q) if q > allowed * (1.0 + 1e-9) + 1e-9 => {
                    // The side that binds is the one over-filled.
                    let supply_binds = supply_before.is_some_and(|s| demand_before.is_none_or(|d| s <= d / ratio));
                    let (side, flow, excess) = if supply_binds {
                        (Direction::Supply, supply, q - supply_before.unwrap_or(0.0))
                    } else {
                        (Direction::Demand, demand, q * ratio - demand_before.unwrap_or(0.0))
                    };
                    flow.map(|f| Overfill { side, flow: project.flows[f].id, excess })
                }
                _ => None,
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
                supply_before,
                demand_before,
                overfill,
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
        let mut all = self.scan(
            cancel,
            &std::sync::atomic::AtomicUsize::new(0),
            Vec::new,
            |all, _, kept| all.extend(kept.iter().map(compact)),
            |mut a, b| {
                a.extend(b);
                a
            },
        );
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

    /// The ship route between two firms' ports: legs by the material's own mode to and from the
    /// ports, port to port at sea.
    fn ship_route(&self, own: TransportMode, from: (u16, f32), to: (u16, f32)) -> Route {
        let land = self.modes[&own].circuity;
        let sea = self.modes[&TransportMode::Ship].circuity;
        let (a, b) = (self.ports[usize::from(from.0)], self.ports[usize::from(to.0)]);
        let chord = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
        let legs = f64::from(from.1) + f64::from(to.1);
        Route { mode: TransportMode::Ship, land_km: legs * land, sea_km: great_circle_from_chord(chord) * sea }
    }

    /// Transport t CO2e and cost (project currency) per unit supplied on a ship route, over what
    /// the material's own mode costs to load (its handling is in the fixed part already).
    fn route_per_unit(&self, route: Route, own: TransportMode, tonnes: f64) -> (f64, f64) {
        let land = self.modes[&own];
        let ship = self.modes[&TransportMode::Ship];
        let co2 = tonnes * (route.land_km * land.ef_kg_per_tkm + route.sea_km * ship.ef_kg_per_tkm) / 1000.0;
        let cost =
            tonnes * (route.land_km * land.cost_per_tkm + route.sea_km * ship.cost_per_tkm + ship.handling_per_t);
        (co2, cost)
    }

    /// The route a pair takes: by the material's own mode, or by ship where it may and that is
    /// better for the objective (the same choice as the hot loop).
    fn route(&self, s: usize, d: usize, distance: f64, quantity_supply: f64) -> Route {
        let figures = &self.materials[self.flow_material[s]];
        let mode = self.modes[&figures.mode];
        let own = Route { mode: figures.mode, land_km: distance * mode.circuity, sea_km: 0.0 };
        let (Some(sp), Some(dp)) = (self.flow_port[s], self.flow_port[d]) else { return own };
        if !figures.ship || sp.0 == dp.0 {
            return own;
        }
        let tonnes = tonnes_per_unit(figures.unit).filter(|_| figures.mode.carries_tonnes()).unwrap_or(0.0);
        let ship = self.ship_route(figures.mode, sp, dp);
        let (c, m) = self.route_per_unit(ship, figures.mode, tonnes);
        let own_co2 = tonnes * mode.ef_kg_per_tkm / 1000.0 * own.land_km;
        let own_cost = tonnes * mode.cost_per_tkm * own.land_km
            + mode.annual_link_cost_per_km * own.land_km / quantity_supply.max(f64::MIN_POSITIVE);
        let better = match self.options.objective {
            Objective::Co2 => c < own_co2,
            _ => m < own_cost,
        };
        if better { ship } else { own }
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
        if supply.role == FlowRole::Product && !self.options.include_products {
            return Err(Exclusion::Product { flow_id: supply.id });
        }
        if self.left[s] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Supply, flow_id: supply.id });
        }
        if self.left[d] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Demand, flow_id: demand.id });
        }
        Ok(())
    }

    /// Evaluates `quantity` (demand units) flowing from supply flow `s` to demand flow `d`: every
    /// term with its parameters, and the totals they add up to.
    fn evaluate(&self, s: usize, d: usize, ratio: f64, quantity: f64, distance: f64, capacity: Capacity) -> Evaluation {
        use super::evaluation::{given, money_parameters, parameter as p, product, sum};
        let project = self.project;
        let flows = &project.flows;
        let (supply, demand) = (&flows[s], &flows[d]);
        let supply_m = &project.materials[self.flow_material[s]];
        let demand_m = &project.materials[self.flow_material[d]];
        let firm = |i: usize| project.firms.get(self.flow_firm[i]);
        let electricity = project.material(&MaterialId::new("electricity")).map_or(0.0, |m| m.virgin_price.value);
        let st = super::evaluation::FlowTerms::of(project, supply, Some(supply_m), firm(s), self.fx, electricity);
        let dt = super::evaluation::FlowTerms::of(project, demand, Some(demand_m), firm(d), self.fx, electricity);
        let mode_p = project.params.mode(supply_m.transport);
        let ship_p = project.params.mode(TransportMode::Ship);
        let tonnes = tonnes_per_unit(supply_m.unit).filter(|_| supply_m.transport.carries_tonnes());
        let quantity_supply = quantity / ratio;
        let route = self.route(s, d, distance, quantity_supply);
        let shipped = route.mode == TransportMode::Ship && supply_m.transport != TransportMode::Ship;
        let transport_km = route.land_km;
        let cur = project.meta.currency.as_str();
        let fx_source = project.params.rate(cur).map_or("", |r| r.source.as_str()).to_string();
        let (su, du) = (supply.unit.as_str(), demand.unit.as_str());
        let rule = project.rules.iter().find(|r| r.supply == supply_m.id && r.demand == demand_m.id);
        let rule_source = match rule {
            _ if supply_m.id == demand_m.id => "identity: same material".to_string(),
            Some(r) => r.source.clone(),
            None => String::new(),
        };
        let use_ef = if supply_m.id == demand_m.id { 0.0 } else { rule.map_or(0.0, |r| r.use_ef) };
        let counterfactual = format!("{}; {}", st.supply_counterfactual(), dt.demand_counterfactual());

        let mut terms = vec![given(
            "distance_km",
            "great-circle distance between the firms (haversine, R = 6371.0088 km)",
            distance,
            "km",
            vec![p("max_distance_km", supply_m.max_distance_km.value, "km", &supply_m.max_distance_km.source)],
        )];
        let ports = |i: usize| project.firms.get(self.flow_firm[i]).map_or(String::new(), |f| f.port.clone());
        if shipped {
            let legs =
                self.flow_port[s].map_or(0.0, |p| f64::from(p.1)) + self.flow_port[d].map_or(0.0, |p| f64::from(p.1));
            let sea = self.modes[&TransportMode::Ship].circuity;
            terms.push(product(
                "transport_km",
                &format!("road legs (firm to port + port to firm) x circuity({})", supply_m.transport),
                "km",
                1.0,
                vec![
                    p(
                        "road_legs_km",
                        legs,
                        "km",
                        &format!("great circle to the ports {} and {} (Natural Earth ports)", ports(s), ports(d)),
                    ),
                    p("circuity", mode_p.circuity.value.max(1.0), "", &mode_p.circuity.source),
                ],
            ));
            terms.push(product(
                "sea_km",
                "port-to-port great circle x sea circuity: shipped, cheaper than the whole way by road",
                "km",
                1.0,
                vec![
                    p("port_to_port_km", route.sea_km / sea, "km", &format!("{} to {}", ports(s), ports(d))),
                    p("sea_circuity", sea, "", &ship_p.circuity.source),
                ],
            ));
        } else {
            terms.push(product(
                "transport_km",
                &format!("distance_km x circuity({})", supply_m.transport),
                "km",
                1.0,
                vec![
                    p("distance_km", distance, "km", "term above"),
                    p("circuity", mode_p.circuity.value.max(1.0), "", &mode_p.circuity.source),
                ],
            ));
        }
        let mut quantity_parameters = vec![
            p("supply_left", capacity.supply_before, su, &format!("supply flow {}: {}", supply.id, supply.source)),
            p("ratio", ratio, &format!("{du} per {su}"), &rule_source),
            p("demand_left", capacity.demand_before, du, &format!("demand flow {}: {}", demand.id, demand.source)),
        ];
        if let Some(q) = capacity.stated {
            quantity_parameters.push(p("stated_quantity", q, su, "the exchange's own quantity"));
        }
        let q_formula = if capacity.stated.is_some() {
            "q = min(supply_left x ratio, demand_left, stated_quantity x ratio), capacity before this exchange"
        } else {
            "q = min(supply_left x ratio, demand_left), capacity before this exchange"
        };
        terms.push(super::evaluation::Term {
            name: "quantity".into(),
            formula: q_formula.into(),
            value: quantity,
            unit: du.into(),
            op: super::evaluation::Op::Min,
            sign: 1.0,
            parameters: quantity_parameters,
        });
        terms.push(product(
            "quantity_supply",
            "q_supply = q / ratio",
            su,
            1.0,
            vec![
                p("q", quantity, du, "term above"),
                p("1/ratio", 1.0 / ratio, &format!("{su} per {du}"), &rule_source),
            ],
        ));
        terms.push(sum(
            "supply_left_after",
            su,
            &[
                &given("supply_left", "", capacity.supply_before, su, vec![]),
                &given("minus_quantity_supply", "", -quantity_supply, su, vec![]),
            ],
        ));
        terms.push(sum(
            "demand_left_after",
            du,
            &[
                &given("demand_left", "", capacity.demand_before, du, vec![]),
                &given("minus_quantity", "", -quantity, du, vec![]),
            ],
        ));

        let mut co2_terms = Vec::new();
        let mut money_terms = Vec::new();
        if st.product {
            match (capacity.counterfactual_km, tonnes) {
                (Some(cf_km), Some(t)) => {
                    // The most a product sale earns: the transport it saves against the supplier
                    // the receiver would otherwise buy from.
                    let saved = (cf_km - transport_km).max(0.0);
                    terms.push(given(
                        "transport_km_saved",
                        "max(0, counterfactual_km - transport_km): a product sale earns only the transport it saves",
                        saved,
                        "km",
                        vec![
                            p("counterfactual_km", cf_km, "km", "the exchange's stated counterfactual supplier"),
                            p("transport_km", transport_km, "km", "term above"),
                        ],
                    ));
                    co2_terms.push(product(
                        "co2_transport_saved",
                        "q_supply x t_per_unit x transport_km_saved x EF_tkm(mode) / 1000",
                        "t CO2e",
                        1.0,
                        vec![
                            p("q_supply", quantity_supply, su, "term above"),
                            p("t_per_unit", t, &format!("t/{su}"), "quantity in tonnes"),
                            p("transport_km_saved", saved, "km", "term above"),
                            p("EF_tkm", mode_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &mode_p.ef_kg_per_tkm.source),
                            p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                        ],
                    ));
                    let cost = super::evaluation::Money::of(&mode_p.cost_per_tkm, self.fx);
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "quantity in tonnes"),
                        p("transport_km_saved", saved, "km", "term above"),
                    ];
                    ps.extend(money_parameters("cost_tkm", &cost, cur, "t-km", &fx_source));
                    money_terms.push(product(
                        "transport_cost_saved",
                        "q_supply x t_per_unit x transport_km_saved x cost_tkm(mode)",
                        cur,
                        1.0,
                        ps,
                    ));
                }
                _ => {
                    let why = "product sale: selling what a firm exists to sell is trade, not symbiosis; no disposal or \
                               displacement credit (no counterfactual supplier stated)";
                    co2_terms.push(given("product_sale", why, 0.0, "t CO2e", vec![]));
                    money_terms.push(given("product_sale", why, 0.0, cur, vec![]));
                }
            }
        } else {
            co2_terms.push(product(
                "co2_displaced",
                &format!("q x EF({}): {}", demand_m.id, dt.demand_counterfactual()),
                "t CO2e",
                1.0,
                vec![
                    p("q", quantity, du, "term above"),
                    p("EF_displaced", dt.ef_virgin.value, &format!("t CO2e/{du}"), &dt.ef_virgin.source),
                ],
            ));
            co2_terms.push(product(
                "co2_disposal_avoided",
                &format!("q_supply x EF_disposal({}): {}", supply_m.id, st.supply_counterfactual()),
                "t CO2e",
                1.0,
                vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("EF_disposal", st.ef_disposal.value, &format!("t CO2e/{su}"), &st.ef_disposal.source),
                ],
            ));
            if use_ef != 0.0 {
                co2_terms.push(product(
                    "co2_use_emitted",
                    "- q_supply x EF_use (the receiver's use emits this)",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("EF_use", use_ef, &format!("t CO2e/{su}"), rule.map_or("", |r| r.use_ef_source.as_str())),
                    ],
                ));
            }
            if let Some((loss, grid, price)) = &st.chp {
                co2_terms.push(product(
                    "co2_chp_power_lost",
                    "- q_supply x power_loss_ratio x EF_grid(supplier's country)",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("power_loss_ratio", loss.value, &format!("MWh/{su}"), &loss.source),
                        p("EF_grid", grid.value, "t CO2e/MWh", &grid.source),
                    ],
                ));
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("power_loss_ratio", loss.value, &format!("MWh/{su}"), &loss.source),
                ];
                ps.extend(money_parameters(
                    "electricity_price",
                    &super::evaluation::Money::of(price, self.fx),
                    cur,
                    "MWh",
                    &fx_source,
                ));
                money_terms.push(product(
                    "chp_power_lost",
                    "- q_supply x power_loss_ratio x electricity_price",
                    cur,
                    -1.0,
                    ps,
                ));
            }
            if let Some(t) = tonnes {
                co2_terms.push(product(
                    "co2_transport",
                    "- q_supply x t_per_unit x transport_km x EF_tkm(mode) / 1000",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p(
                            "t_per_unit",
                            t,
                            &format!("t/{su}"),
                            if supply.unit == Unit::CubicMetre { "water: 1 t per m3" } else { "quantity in tonnes" },
                        ),
                        p("transport_km", transport_km, "km", "term above"),
                        p("EF_tkm", mode_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &mode_p.ef_kg_per_tkm.source),
                        p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                    ],
                ));
                if shipped {
                    co2_terms.push(product(
                        "co2_transport_sea",
                        "- q_supply x t_per_unit x sea_km x EF_tkm(ship) / 1000",
                        "t CO2e",
                        -1.0,
                        vec![
                            p("q_supply", quantity_supply, su, "term above"),
                            p("t_per_unit", t, &format!("t/{su}"), "as above"),
                            p("sea_km", route.sea_km, "km", "term above"),
                            p("EF_tkm", ship_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &ship_p.ef_kg_per_tkm.source),
                            p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                        ],
                    ));
                }
            }
            let mut ps = vec![p("q", quantity, du, "term above")];
            ps.extend(money_parameters("price", &dt.price, cur, du, &fx_source));
            money_terms.push(product(
                "purchase_avoided",
                &format!("q x price({}) not paid", demand_m.id),
                cur,
                1.0,
                ps,
            ));
            let mut ps = vec![p("q_supply", quantity_supply, su, "term above")];
            ps.extend(money_parameters("disposal_cost", &st.disposal_cost, cur, su, &fx_source));
            money_terms.push(product(
                "disposal_avoided",
                &format!("q_supply x disposal_cost({}): {}", supply_m.id, st.route.describe()),
                cur,
                1.0,
                ps,
            ));
            let carbon_terms: [(&str, &str, f64, f64, &super::evaluation::FlowTerms, bool); 3] = [
                (
                    "carbon_value_displaced",
                    "q x EF_displaced x carbon_price (an ETS site burns less)",
                    quantity,
                    dt.ef_virgin.value,
                    &dt,
                    dt.burned_on_site(),
                ),
                (
                    "carbon_cost_use",
                    "- q_supply x EF_use x carbon_price (the ETS site emits this)",
                    quantity_supply,
                    use_ef,
                    &dt,
                    use_ef != 0.0,
                ),
                (
                    "carbon_value_flaring",
                    "q_supply x EF_disposal x carbon_price (the ETS site flares less)",
                    quantity_supply,
                    st.ef_disposal.value,
                    &st,
                    st.route == DisposalRoute::Flaring,
                ),
            ];
            for (name, formula, q, ef, side, applies) in carbon_terms {
                let Some(price) = side.carbon_eur.as_ref().filter(|_| applies && ef != 0.0) else { continue };
                let sign = if name == "carbon_cost_use" { -1.0 } else { 1.0 };
                let mut ps = vec![
                    p("q", q, if name == "carbon_value_displaced" { du } else { su }, "term above"),
                    p("EF", ef, "t CO2e per unit", "term above"),
                ];
                ps.extend(money_parameters(
                    "carbon_price",
                    &super::evaluation::Money::of(price, self.fx),
                    cur,
                    "t CO2e",
                    &fx_source,
                ));
                money_terms.push(product(name, formula, cur, sign, ps));
            }
            if let Some(t) = tonnes {
                let handling = super::evaluation::Money::of(&mode_p.handling_per_t, self.fx);
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("t_per_unit", t, &format!("t/{su}"), "as above"),
                ];
                ps.extend(money_parameters("handling_per_t", &handling, cur, "t", &fx_source));
                money_terms.push(product(
                    "handling_cost",
                    "- q_supply x t_per_unit x handling_per_t(mode)",
                    cur,
                    -1.0,
                    ps,
                ));
                let cost = super::evaluation::Money::of(&mode_p.cost_per_tkm, self.fx);
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("t_per_unit", t, &format!("t/{su}"), "as above"),
                    p("transport_km", transport_km, "km", "term above"),
                ];
                ps.extend(money_parameters("cost_tkm", &cost, cur, "t-km", &fx_source));
                money_terms.push(product(
                    "transport_cost",
                    "- q_supply x t_per_unit x transport_km x cost_tkm(mode)",
                    cur,
                    -1.0,
                    ps,
                ));
                if shipped {
                    let eur = |v: &Sourced<f64>| super::evaluation::Money::of(v, self.fx);
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "as above"),
                    ];
                    ps.extend(money_parameters("handling_per_t", &eur(&ship_p.handling_per_t), cur, "t", &fx_source));
                    money_terms.push(product(
                        "port_handling_cost",
                        "- q_supply x t_per_unit x handling_per_t(ship)",
                        cur,
                        -1.0,
                        ps,
                    ));
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "as above"),
                        p("sea_km", route.sea_km, "km", "term above"),
                    ];
                    ps.extend(money_parameters("cost_tkm", &eur(&ship_p.cost_per_tkm), cur, "t-km", &fx_source));
                    money_terms.push(product(
                        "transport_cost_sea",
                        "- q_supply x t_per_unit x sea_km x cost_tkm(ship)",
                        cur,
                        -1.0,
                        ps,
                    ));
                }
            }
            let capex = super::evaluation::Money::of(&mode_p.capex_per_km, self.fx);
            if capex.value != 0.0 {
                let params = &project.params;
                let crf = params.capital_recovery_factor();
                let mut ps = money_parameters("capex_per_km", &capex, cur, "km", &fx_source);
                ps.push(p("transport_km", transport_km, "km", "term above"));
                ps.push(p(
                    "CRF",
                    crf,
                    "per year",
                    &format!(
                        "r(1+r)^n / ((1+r)^n - 1) with r = {} ({}) and n = {} years ({})",
                        format_number(params.discount_rate.value),
                        params.discount_rate.source,
                        format_number(params.link_lifetime_years.value),
                        params.link_lifetime_years.source
                    ),
                ));
                money_terms.push(product("fixed_link_cost", "- capex_per_km x transport_km x CRF", cur, -1.0, ps));
            }
        }
        let co2_total = sum("co2_avoided_t", "t CO2e", &co2_terms.iter().collect::<Vec<_>>());
        let money_total = sum("net_benefit", cur, &money_terms.iter().collect::<Vec<_>>());
        let fixed_link_cost = -money_terms.iter().find(|t| t.name == "fixed_link_cost").map_or(0.0, |t| t.value);
        let (co2_avoided_t, net_benefit) = (co2_total.value, money_total.value);
        terms.extend(co2_terms);
        terms.push(co2_total);
        terms.extend(money_terms);
        terms.push(money_total);
        let per = |v: f64| if quantity > 0.0 { v / quantity } else { 0.0 };
        Evaluation {
            quantity,
            quantity_supply,
            distance_km: distance,
            transport_km: route.land_km + route.sea_km,
            mode: route.mode,
            co2_per_unit: per(co2_avoided_t),
            benefit_per_unit: per(net_benefit + fixed_link_cost),
            co2_avoided_t,
            net_benefit,
            fixed_link_cost,
            counterfactual,
            terms,
        }
    }

    /// A kept pair as a full candidate, at the capacity left on both flows.
    fn candidate(&self, s: usize, d: usize, ratio: f64) -> (Candidate, Evaluation) {
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let quantity = (self.left[s] * ratio).min(self.left[d]);
        let capacity = Capacity {
            supply_before: self.left[s],
            demand_before: self.left[d],
            stated: None,
            counterfactual_km: None,
        };
        let eval = self.evaluate(s, d, ratio, quantity, distance, capacity);
        (self.candidate_with(s, d, ratio, &eval), eval)
    }

    fn candidate_with(&self, s: usize, d: usize, ratio: f64, eval: &Evaluation) -> Candidate {
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
            transport: eval.mode,
            co2_avoided_t: eval.co2_avoided_t,
            net_benefit: eval.net_benefit,
            fixed_link_cost: eval.fixed_link_cost,
            benefit_per_unit: eval.benefit_per_unit,
            co2_per_unit: eval.co2_per_unit,
            score: eval.score(self.options.objective),
            supply_role: supply.role,
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
        let ratio =
            self.compatible[sm].iter().find(|&&(m, _, _)| m == dm).map(|&(_, r, _)| r).ok_or_else(material_error)?;
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
        let (candidate, eval) = self.candidate(s, d, ratio);
        Ok(Breakdown { candidate, counterfactual: eval.counterfactual, terms: eval.terms, exchange: None })
    }

    /// The evaluation breakdown of an exchange within the one allocation of the matcher's year:
    /// an existing exchange where the existing scenario puts it, any other one after all the
    /// existing ones. None where its flows are not in the project (or not available that year).
    pub fn explain_exchange(&self, exchange: ExchangeId) -> Option<Breakdown> {
        let year = self.options.year;
        let target = self.project.exchanges.iter().find(|e| e.id == exchange)?;
        let existing = super::scenarios::is_existing(target, year);
        let links = self.allocate(|ex| {
            if super::scenarios::is_existing(ex, year) {
                Some(0)
            } else if ex.id == exchange && !existing {
                Some(1)
            } else {
                None
            }
        });
        let link = links.into_iter().find(|l| self.project.exchanges[l.exchange].id == exchange)?;
        let (candidate, eval) = self.evaluate_linked(&link)?;
        Some(Breakdown {
            candidate,
            counterfactual: eval.counterfactual,
            terms: eval.terms,
            exchange: Some(ExchangeNote {
                id: exchange,
                in_existing: existing,
                overfill_text: link.overfill.as_ref().map(|o| o.describe(self.project)),
                overfill: link.overfill.clone(),
            }),
        })
    }

    fn evaluate_linked(&self, link: &LinkedExchange) -> Option<(Candidate, Evaluation)> {
        let (s, d) = (link.supply?, link.demand?);
        if self.flow_firm[s] == usize::MAX
            || self.flow_firm[d] == usize::MAX
            || self.flow_material[s] == usize::MAX
            || self.flow_material[d] == usize::MAX
        {
            return None;
        }
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let capacity = Capacity {
            supply_before: link.supply_before.unwrap_or(0.0),
            demand_before: link.demand_before.unwrap_or(0.0),
            stated: self.project.exchanges[link.exchange].quantity,
            counterfactual_km: self.project.exchanges[link.exchange].counterfactual_km,
        };
        let eval = self.evaluate(s, d, link.ratio, link.quantity_supply * link.ratio, distance, capacity);
        Some((self.candidate_with(s, d, link.ratio, &eval), eval))
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

    /// The figures of a linked exchange (its allocated quantity): avoided CO2 and net benefit.
    pub fn evaluate_link(&self, link: &LinkedExchange) -> Option<(f64, f64)> {
        self.evaluate_linked(link).map(|(_, e)| (e.co2_avoided_t, e.net_benefit))
    }

    /// The counterfactual of a linked exchange in words.
    pub fn counterfactual_of(&self, link: &LinkedExchange) -> Option<String> {
        self.evaluate_linked(link).map(|(_, e)| e.counterfactual)
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
    /// Supply units per year: the exchange's own quantity within what its flows allow, or all
    /// they allow where it states none.
    pub quantity_supply: f64,
    pub estimated: bool,
    /// Capacity left on the flows before this exchange took its share.
    pub supply_before: Option<f64>,
    pub demand_before: Option<f64>,
    /// The stated quantity exceeded what the flows allow by this much.
    pub overfill: Option<Overfill>,
}

/// An exchange that states more than its flows allow.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overfill {
    /// The flow that binds (supply: the supplier has less; demand: the receiver wants less).
    pub side: Direction,
    pub flow: FlowId,
    /// By how much, in that flow's unit.
    pub excess: f64,
}

impl Overfill {
    /// "Kalundborg Forsyning's district_heat demand (flow 41) is over-filled by 90,000 MWh".
    pub fn describe(&self, project: &ProjectData) -> String {
        let Some(flow) = project.flows.iter().find(|f| f.id == self.flow) else {
            return format!("flow {} is over-filled by {}", self.flow, format_number(self.excess));
        };
        let firm = project.firm(&flow.firm).map_or(flow.firm.to_string(), |f| f.name.clone());
        let what = match self.side {
            Direction::Supply => "supply",
            Direction::Demand => "demand",
        };
        let verb = match self.side {
            Direction::Supply => "over-drawn",
            Direction::Demand => "over-filled",
        };
        format!(
            "{firm}'s {} {what} (flow {}) is {verb} by {} {}",
            flow.material,
            flow.id,
            group_thousands(self.excess),
            flow.unit
        )
    }
}

/// Capacity on both flows before an evaluated quantity takes its share.
#[derive(Clone, Copy, Debug)]
struct Capacity {
    supply_before: f64,
    demand_before: f64,
    /// The exchange's own quantity (supply units), where it states one.
    stated: Option<f64>,
    /// A product sale's counterfactual supplier, km away by the same mode, where stated.
    counterfactual_km: Option<f64>,
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
    counterfactual: String,
    terms: Vec<Term>,
    /// The mode it travels by (the material's own, or ship).
    mode: TransportMode,
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

pub use super::evaluation::{Op, Parameter, Term};

/// A candidate with every term of its evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Breakdown {
    pub candidate: Candidate,
    /// Both sides' counterfactuals in words.
    pub counterfactual: String,
    pub terms: Vec<Term>,
    /// Where the breakdown is of an exchange: which, and whether it over-fills its flows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exchange: Option<ExchangeNote>,
}

/// What a breakdown of an exchange says about the exchange.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExchangeNote {
    pub id: ExchangeId,
    /// Whether it is part of the existing scenario of the year.
    pub in_existing: bool,
    pub overfill: Option<Overfill>,
    pub overfill_text: Option<String>,
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
        let _ = writeln!(out, "  counterfactual: {}", self.counterfactual);
        if let Some(note) = &self.exchange {
            if !note.in_existing {
                let _ = writeln!(out, "  not part of the existing scenario: evaluated after every existing exchange");
            }
            if let Some(text) = &note.overfill_text {
                let _ = writeln!(out, "  {text}: evaluated at what the flows allow");
            }
        }
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
