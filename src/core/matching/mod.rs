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

use geo::{Distance as _, Haversine, Point};
use serde::Serialize;

use super::model::*;
use super::reference;

mod candidate;
mod evaluate;
mod explain;
mod link;
mod search;

pub use candidate::*;
pub use explain::*;
pub use link::*;
use search::DemandTree;
pub use search::{CompactCandidate, MatchSummary};

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
        Unit::Kilotonne => Some(1000.0),
        Unit::Mwh | Unit::Gigajoule | Unit::Kwh | Unit::Gwh | Unit::Gigacalorie => None,
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
fn hazardous_code(flow: &Flow, material: Option<&Material>) -> Option<HazardCode> {
    // A flow's own codes decide: hazardous where either its EWC entry carries the star or its
    // FKKO hazard class is 1 to 4. Without either, the material's usual EWC codes do, where all
    // of them are hazardous entries.
    let ewc = flow.ewc.as_deref().and_then(reference::ewc).filter(|e| e.hazardous);
    let fkko = flow.fkko.as_deref().and_then(|c| reference::FkkoCode::parse(c).ok()).filter(|c| c.is_hazardous());
    if let Some(e) = ewc {
        return Some(HazardCode::Ewc(e.code.clone()));
    }
    if let Some(c) = fkko {
        return Some(HazardCode::Fkko(c.code));
    }
    if flow.ewc.is_some() || flow.fkko.is_some() {
        return None;
    }
    let codes: Vec<_> = material?.ewc_codes.iter().filter_map(|c| reference::ewc(c)).collect();
    (!codes.is_empty() && codes.iter().all(|e| e.hazardous)).then(|| HazardCode::Ewc(codes[0].code.clone()))
}

/// The code that makes a supply hazardous waste.
#[derive(Clone, Debug, PartialEq)]
pub enum HazardCode {
    /// A hazardous entry of the European List of Waste (six digits).
    Ewc(String),
    /// An FKKO code of hazard class 1 to 4 (eleven digits).
    Fkko(String),
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
    flow_hazardous: Vec<Option<HazardCode>>,
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

/// Whether a flow of a known firm and material takes part in matching: available in the year,
/// a positive quantity, and not a product unless products are offered.
fn takes_part(flow: &Flow, options: MatchOptions) -> bool {
    let in_year = options.year.is_none_or(|y| flow.available_in(y));
    let product = flow.direction == Direction::Supply && flow.role == FlowRole::Product;
    in_year && flow.quantity > 0.0 && (!product || options.include_products)
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
            flow_active.push(firm.is_some() && material.is_some() && takes_part(flow, options));
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
        matcher.subtract_existing();
        matcher
    }

    /// What existing exchanges use no longer counts as left (unless greenfield).
    fn subtract_existing(&mut self) {
        if self.options.greenfield {
            return;
        }
        let year = self.options.year;
        for link in self.link_exchanges(|ex| matcher_counts_as_used(ex, year)) {
            if let (Some(s), Some(d)) = (link.supply, link.demand) {
                self.left[s] = (self.left[s] - link.quantity_supply).max(0.0);
                self.left[d] = (self.left[d] - link.quantity_supply * link.ratio).max(0.0);
            }
        }
    }

    /// The same matcher in another year: only which flows take part and what is left change;
    /// the per-flow figures and indexes stay (the year-by-year series moves one matcher along
    /// the years instead of building one per year). Equal to `Matcher::new` for that year.
    pub fn move_to_year(&mut self, year: Option<i32>) {
        self.options.year = year;
        let project = self.project;
        for (i, flow) in project.flows.iter().enumerate() {
            let known = self.flow_firm[i] != usize::MAX && self.flow_material[i] != usize::MAX;
            self.flow_active[i] = known && takes_part(flow, self.options);
            self.left[i] = flow.quantity.max(0.0);
        }
        self.demand_trees = std::sync::OnceLock::new();
        self.subtract_existing();
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

    pub fn firm_position(&self, id: &FirmId) -> Option<usize> {
        self.firm_index.get(id.as_str()).copied()
    }
}
