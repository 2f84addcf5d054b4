//! What a match yields: a candidate exchange (its economics and CO2, as the tables and CSV
//! show it) and the rule that excludes a pair that is not one.

use std::fmt;

use serde::Serialize;

use super::*;

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
    UnknownFlow {
        flow_id: FlowId,
    },
    Direction {
        flow_id: FlowId,
        expected: Direction,
    },
    SameFirm {
        firm_id: FirmId,
    },
    Material {
        supply_material: MaterialId,
        demand_material: MaterialId,
    },
    Years {
        supply: (Option<i32>, Option<i32>),
        demand: (Option<i32>, Option<i32>),
        year: Option<i32>,
    },
    /// The supply is hazardous by its EWC entry or by its FKKO hazard class (1-4).
    Hazardous {
        #[serde(skip_serializing_if = "Option::is_none")]
        ewc: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        fkko: Option<String>,
    },
    Distance {
        transport_km: f64,
        max_km: f64,
        material: MaterialId,
    },
    CapacityUsed {
        side: Direction,
        flow_id: FlowId,
    },
    Product {
        flow_id: FlowId,
    },
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

pub(super) fn years_text((from, to): (Option<i32>, Option<i32>)) -> String {
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
            Exclusion::Hazardous { ewc, fkko } => {
                let code = match (ewc, fkko) {
                    (Some(ewc), _) => format!("EWC {}", reference::display_ewc(ewc, true)),
                    (None, Some(fkko)) => format!(
                        "FKKO {}, hazard class {}",
                        reference::display_fkko(fkko),
                        fkko.chars().last().unwrap_or('?')
                    ),
                    (None, None) => "unclassified".to_string(),
                };
                write!(
                    f,
                    "excluded by rule 'hazardous': the supply is hazardous waste ({code}) and the demand does not accept hazardous input"
                )
            }
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
