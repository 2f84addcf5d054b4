//! The evaluation model: what one exchange is worth in avoided CO2 and money, against named
//! counterfactuals, with every number's source.
//!
//! - Supply side: what happens to a residue without the exchange ([`DisposalRoute`]: landfilled,
//!   incinerated, flared, ...): its disposal emissions and cost are avoided. A landfilled
//!   residue costs its country's landfill tax and gate fee. A product (`role = product`) has no
//!   counterfactual disposal: selling it is trade, and it earns nothing.
//! - Demand side: what the received material displaces, named by the demand flow's material
//!   (natural gypsum, LPG, clinker, mineral N, ...) in functional units through the rule's ratio.
//!   Electricity and district heat displace the receiving country's grid and heat factors.
//! - Burdens: the fossil CO2 a use emits (waste burned as fuel, [`SubstitutionRule::use_ef`]),
//!   the electricity a CHP loses per MWh of extraction steam, transport and handling.
//! - Money is in the project currency: catalogue and parameter values (EUR) are converted at the
//!   stated rate; prices in flows are the project currency already. The EU ETS carbon price is
//!   added where an ETS installation stops burning a fuel on its own site.

use serde::Serialize;

use super::catalogue;
use super::model::*;
use super::params::CountryParams;

/// A money figure: in the project currency, and in EUR where it came from the catalogue or the
/// parameters (then `value = eur x fx`).
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub value: f64,
    /// The EUR value and the rate it was converted at.
    pub eur: Option<(f64, f64)>,
    pub source: String,
}

impl Money {
    /// A sourced EUR value in the project currency at `fx`.
    pub fn of(value: &Sourced<f64>, fx: f64) -> Money {
        Money::from_eur(value.value, fx, &value.source)
    }

    /// A catalogue or parameter value (EUR) in the project currency at `fx`.
    pub fn from_eur(eur: f64, fx: f64, source: &str) -> Money {
        Money { value: eur * fx, eur: Some((eur, fx)), source: source.to_string() }
    }
    fn local(value: f64, source: String) -> Money {
        Money { value, eur: None, source }
    }
}

/// Everything the evaluation takes from one flow, its material, its firm and its country.
pub struct FlowTerms<'a> {
    pub flow: &'a Flow,
    pub material: Option<&'a Material>,
    pub firm: Option<&'a Firm>,
    pub country: Option<&'a CountryParams>,
    /// Demand side: t CO2e per unit of the input displaced.
    pub ef_virgin: Sourced<f64>,
    pub price: Money,
    /// Supply side.
    pub route: DisposalRoute,
    pub ef_disposal: Sourced<f64>,
    pub disposal_cost: Money,
    pub product: bool,
    /// CHP extraction: MWh of electricity lost per MWh delivered, the supplier's grid factor and
    /// the electricity price (EUR per MWh).
    pub chp: Option<(Sourced<f64>, Sourced<f64>, Sourced<f64>)>,
    /// The EU ETS carbon price (EUR per t) if the firm is an ETS installation in an ETS country.
    pub carbon_eur: Option<Sourced<f64>>,
    pub fx: f64,
}

impl<'a> FlowTerms<'a> {
    pub fn of(
        project: &'a ProjectData,
        flow: &'a Flow,
        material: Option<&'a Material>,
        firm: Option<&'a Firm>,
        fx: f64,
        electricity_price_eur: f64,
    ) -> FlowTerms<'a> {
        let params = &project.params;
        let country = firm.and_then(|f| params.country(&f.country));
        let id = material.map_or("", |m| m.id.as_str());
        let ef_virgin = match (id, country) {
            ("electricity", Some(c)) => Sourced::new(c.grid_ef.value, format!("{} grid: {}", c.code, c.grid_ef.source)),
            ("district_heat", Some(c)) => {
                Sourced::new(c.heat_ef.value, format!("{} district heat: {}", c.code, c.heat_ef.source))
            }
            _ => material.map_or(Sourced::new(0.0, "unknown material"), |m| m.ef_virgin.clone()),
        };
        let price = match flow.price_per_unit {
            Some(p) => Money::local(p, format!("flow {}: {}", flow.id, flow.source)),
            None => material.map_or(Money::local(0.0, "unknown material".into()), |m| {
                Money::from_eur(m.virgin_price.value, fx, &m.virgin_price.source)
            }),
        };
        let route = material.map_or(DisposalRoute::None, |m| m.disposal_route);
        let product = flow.direction == Direction::Supply && flow.role == FlowRole::Product;
        let disposal_cost = match (flow.disposal_cost_per_unit, route, country) {
            (Some(c), _, _) => Money::local(c, format!("flow {}: {}", flow.id, flow.source)),
            (None, DisposalRoute::Landfill, Some(c)) if material.is_some_and(|m| m.unit == Unit::Tonne) => {
                Money::from_eur(
                    c.landfill_cost.value,
                    fx,
                    &format!("{} landfill tax and gate fee: {}", c.code, c.landfill_cost.source),
                )
            }
            _ => material.map_or(Money::local(0.0, "unknown material".into()), |m| {
                Money::from_eur(m.disposal_cost.value, fx, &m.disposal_cost.source)
            }),
        };
        let ef_disposal = material.map_or(Sourced::new(0.0, "unknown material"), |m| m.ef_disposal.clone());
        let is_chp = firm.is_some_and(|f| f.nace.starts_with("35.11")) && catalogue::is_chp_heat(id);
        let chp = is_chp.then(|| {
            let grid = country.map_or(Sourced::new(0.15, "assumption: no country, Nordic average"), |c| {
                Sourced::new(c.grid_ef.value, format!("{} grid: {}", c.code, c.grid_ef.source))
            });
            let price = project
                .material(&MaterialId::new("electricity"))
                .map_or(Sourced::new(electricity_price_eur, ""), |m| m.virgin_price.clone());
            (params.power_loss_ratio.clone(), grid, price)
        });
        let carbon_eur = match (firm, country) {
            (Some(f), Some(c)) if f.ets && c.in_ets.value > 0.0 => Some(params.carbon_price.clone()),
            _ => None,
        };
        FlowTerms {
            flow,
            material,
            firm,
            country,
            ef_virgin,
            price,
            route,
            ef_disposal,
            disposal_cost,
            product,
            chp,
            carbon_eur,
            fx,
        }
    }

    /// The figures the matcher's hot loop needs of one flow: the numbers of [`Self::of`], without
    /// building any source text (this runs once per flow of a national register).
    pub(crate) fn figures(
        project: &ProjectData,
        flow: &Flow,
        material: Option<&Material>,
        firm: Option<&Firm>,
        fx: f64,
        electricity_price_eur: f64,
    ) -> (super::matching::SupplyFigures, super::matching::DemandFigures) {
        let params = &project.params;
        let country = firm.and_then(|f| params.country(&f.country));
        let id = material.map_or("", |m| m.id.as_str());
        let ef_virgin = match (id, country) {
            ("electricity", Some(c)) => c.grid_ef.value,
            ("district_heat", Some(c)) => c.heat_ef.value,
            _ => material.map_or(0.0, |m| m.ef_virgin.value),
        };
        let price = match flow.price_per_unit {
            Some(p) => p,
            None => material.map_or(0.0, |m| m.virgin_price.value * fx),
        };
        let route = material.map_or(DisposalRoute::None, |m| m.disposal_route);
        let product = flow.direction == Direction::Supply && flow.role == FlowRole::Product;
        let disposal_cost = match (flow.disposal_cost_per_unit, route, country) {
            (Some(c), _, _) => c,
            (None, DisposalRoute::Landfill, Some(c)) if material.is_some_and(|m| m.unit == Unit::Tonne) => {
                c.landfill_cost.value * fx
            }
            _ => material.map_or(0.0, |m| m.disposal_cost.value * fx),
        };
        let ef_disposal = material.map_or(0.0, |m| m.ef_disposal.value);
        let is_chp = firm.is_some_and(|f| f.nace.starts_with("35.11")) && catalogue::is_chp_heat(id);
        let (burden_co2, burden_cost) = if is_chp {
            let grid = country.map_or(0.15, |c| c.grid_ef.value);
            let loss = params.power_loss_ratio.value;
            (loss * grid, loss * electricity_price_eur * fx)
        } else {
            (0.0, 0.0)
        };
        let carbon = match (firm, country) {
            (Some(f), Some(c)) if f.ets && c.in_ets.value > 0.0 => params.carbon_price.value * fx,
            _ => 0.0,
        };
        let k = if product { 0.0 } else { 1.0 };
        let supply = super::matching::SupplyFigures {
            ef_disposal: k * ef_disposal,
            disposal_cost: k * disposal_cost,
            disposal_carbon: k * if route == DisposalRoute::Flaring { carbon } else { 0.0 },
            burden_co2: k * burden_co2,
            burden_cost: k * burden_cost,
            product,
        };
        let demand = super::matching::DemandFigures {
            ef_virgin,
            price,
            carbon_on_site: if catalogue::burned_on_site(id) { carbon } else { 0.0 },
            carbon,
        };
        (supply, demand)
    }

    /// Whether the displaced input is burned (or calcined) on the receiving firm's own site.
    pub fn burned_on_site(&self) -> bool {
        self.material.is_some_and(|m| catalogue::burned_on_site(m.id.as_str()))
    }

    pub fn carbon(&self) -> f64 {
        self.carbon_eur.as_ref().map_or(0.0, |c| c.value * self.fx)
    }

    /// The supply-side counterfactual in words.
    pub fn supply_counterfactual(&self) -> String {
        let name = self.material.map_or("?".to_string(), |m| m.name.clone());
        if self.product {
            return format!("supply: {name} is a product the firm sells (trade, no counterfactual credit)");
        }
        let place = self.country.map_or(String::new(), |c| format!(" in {}", c.code));
        if self.chp.is_some() {
            return format!(
                "supply: {name} extracted from a CHP{place} at the cost of the power it would otherwise make"
            );
        }
        format!("supply: {name} would otherwise be {}{place}", self.route.describe())
    }

    /// The demand-side counterfactual in words.
    pub fn demand_counterfactual(&self) -> String {
        let name = self.material.map_or("?".to_string(), |m| m.name.clone());
        match self.material.map(|m| m.id.as_str()) {
            Some("electricity") | Some("district_heat") => {
                let place = self.country.map_or(" (no country known)".to_string(), |c| format!(" of {}", c.code));
                format!("demand: displaces {name}{place}")
            }
            _ if self.ef_virgin.value == 0.0 && self.price.value == 0.0 => {
                format!("demand: takes {name} as it is (no purchase displaced)")
            }
            _ => format!("demand: displaces {name} bought or made new"),
        }
    }
}

impl FlowTerms<'_> {
    /// [`Self::supply_counterfactual`] in words any language can say (`cf-*` messages): the
    /// material by its id, the disposal route by its name, the country by its code.
    pub fn supply_counterfactual_phrase(&self) -> super::lang::Phrase {
        use super::lang::Phrase;
        let material = self.material.map_or("?".to_string(), |m| m.id.to_string());
        let country = self.country.map(|c| c.code.to_string());
        match (self.product, self.chp.is_some(), country) {
            (true, ..) => Phrase::new("cf-supply-product", [("material", material)]),
            (false, true, Some(c)) => Phrase::new("cf-supply-chp-in", [("material", material), ("country", c)]),
            (false, true, None) => Phrase::new("cf-supply-chp", [("material", material)]),
            (false, false, Some(c)) => Phrase::new(
                "cf-supply-route-in",
                [("material", material), ("route", self.route.as_str().to_string()), ("country", c)],
            ),
            (false, false, None) => {
                Phrase::new("cf-supply-route", [("material", material), ("route", self.route.as_str().to_string())])
            }
        }
    }

    /// [`Self::demand_counterfactual`] in words any language can say.
    pub fn demand_counterfactual_phrase(&self) -> super::lang::Phrase {
        use super::lang::Phrase;
        let material = self.material.map_or("?".to_string(), |m| m.id.to_string());
        match self.material.map(|m| m.id.as_str()) {
            Some("electricity") | Some("district_heat") => match self.country {
                Some(c) => {
                    Phrase::new("cf-demand-energy-of", [("material", material), ("country", c.code.to_string())])
                }
                None => Phrase::new("cf-demand-energy", [("material", material)]),
            },
            _ if self.ef_virgin.value == 0.0 && self.price.value == 0.0 => {
                Phrase::new("cf-demand-as-is", [("material", material)])
            }
            _ => Phrase::new("cf-demand-new", [("material", material)]),
        }
    }
}

/// How a term's value follows from its parameters (so that a reader, or a test, can redo it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// A given figure (its parameters say where it came from).
    Given,
    /// `sign x` the product of every parameter value.
    Product,
    /// The sum of every parameter value.
    Sum,
    /// The least of the parameters' values, where a parameter named `ratio` multiplies the one
    /// before it (`min(supply_left x ratio, demand_left, stated x ratio)`).
    Min,
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
    pub op: Op,
    /// -1 for a cost or an emission, 1 otherwise (products only).
    pub sign: f64,
    pub parameters: Vec<Parameter>,
}

impl Term {
    /// Recomputes the value from the parameters, as `op` says.
    pub fn recompute(&self) -> Option<f64> {
        let values: Vec<f64> = self.parameters.iter().map(|p| p.value).collect();
        match self.op {
            Op::Given => None,
            Op::Product => Some(self.sign * values.iter().product::<f64>()),
            Op::Sum => Some(values.iter().sum()),
            Op::Min => {
                let mut options = Vec::new();
                let mut ratio = 1.0;
                for p in &self.parameters {
                    if p.name == "ratio" {
                        ratio = p.value;
                    }
                }
                for p in self.parameters.iter().filter(|p| p.name != "ratio") {
                    let scale = if p.name.starts_with("supply") || p.name.starts_with("stated") { ratio } else { 1.0 };
                    options.push(p.value * scale);
                }
                options.into_iter().reduce(f64::min)
            }
        }
    }
}

pub fn parameter(name: &str, value: f64, unit: &str, source: &str) -> Parameter {
    Parameter { name: name.into(), value, unit: unit.into(), source: source.into() }
}

pub fn product(name: &str, formula: &str, unit: &str, sign: f64, parameters: Vec<Parameter>) -> Term {
    let value = sign * parameters.iter().map(|p| p.value).product::<f64>();
    Term {
        name: name.into(),
        formula: formula.into(),
        value: value + 0.0,
        unit: unit.into(),
        op: Op::Product,
        sign,
        parameters,
    }
}

pub fn given(name: &str, formula: &str, value: f64, unit: &str, parameters: Vec<Parameter>) -> Term {
    Term { name: name.into(), formula: formula.into(), value, unit: unit.into(), op: Op::Given, sign: 1.0, parameters }
}

/// The sum of some terms, as a term that lists them.
pub fn sum(name: &str, unit: &str, of: &[&Term]) -> Term {
    let parameters: Vec<Parameter> = of.iter().map(|t| parameter(&t.name, t.value, &t.unit, "term above")).collect();
    let value = parameters.iter().map(|p| p.value).sum::<f64>() + 0.0;
    let formula = if of.is_empty() {
        "nothing to add".to_string()
    } else {
        of.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(" + ")
    };
    Term { name: name.into(), formula, value, unit: unit.into(), op: Op::Sum, sign: 1.0, parameters }
}

/// A money figure as parameters: its EUR value and the rate it was converted at, or its value
/// in the project currency where it was given in it (a flow's own price).
pub fn money_parameters(name: &str, money: &Money, currency: &str, per: &str, fx_source: &str) -> Vec<Parameter> {
    match money.eur {
        Some((eur, fx)) if currency != "EUR" => vec![
            parameter(name, eur, &format!("EUR/{per}"), &money.source),
            parameter("fx", fx, &format!("{currency} per EUR"), fx_source),
        ],
        _ => vec![parameter(name, money.value, &format!("{currency}/{per}"), &money.source)],
    }
}
