//! Existing exchanges tied to the flows behind them: capacity they take, in the order they
//! were agreed, and what they state beyond what their flows allow ([`Overfill`]).

use serde::Serialize;

use super::evaluate::{Capacity, Evaluation};
use super::*;
use crate::core::lang::{Phrase, Said};

impl<'a> Matcher<'a> {
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
                    flow.map(|f| Overfill { side, flow: project.flows[f].id, excess, flow_index: f })
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

    pub(super) fn evaluate_linked(&self, link: &LinkedExchange) -> Option<(Candidate, Evaluation)> {
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

    /// The figures of a linked exchange (its allocated quantity): avoided CO2 and net benefit.
    pub fn evaluate_link(&self, link: &LinkedExchange) -> Option<(f64, f64)> {
        self.evaluate_linked(link).map(|(_, e)| (e.co2_avoided_t, e.net_benefit))
    }

    /// The counterfactual of a linked exchange in words.
    pub fn counterfactual_of(&self, link: &LinkedExchange) -> Option<String> {
        self.evaluate_linked(link).map(|(_, e)| e.counterfactual)
    }
}

pub(super) fn matcher_counts_as_used(ex: &Exchange, year: Option<i32>) -> bool {
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
    /// Where the flow is in the project's flows.
    #[serde(skip)]
    pub flow_index: usize,
}

impl Overfill {
    /// "Kalundborg Forsyning's district_heat demand (flow 41) is over-filled by 90,000 MWh".
    /// The matcher that found it knows where its flow and firm are (no search per overfill).
    pub fn describe(&self, matcher: &Matcher<'_>) -> Said {
        let project = matcher.project;
        let excess = ("excess", format!("{:.0}", self.excess));
        let Some(flow) = project.flows.get(self.flow_index).filter(|f| f.id == self.flow) else {
            return Said {
                english: format!("flow {} is over-filled by {}", self.flow, format_number(self.excess)),
                phrase: Phrase::new("overfill-flow", [("flow", self.flow.to_string()), excess])
                    .with_numbers(&["excess"]),
            };
        };
        let firm = matcher
            .flow_firm
            .get(self.flow_index)
            .and_then(|&i| project.firms.get(i))
            .map_or(flow.firm.to_string(), |f| f.name.clone());
        let what = match self.side {
            Direction::Supply => "supply",
            Direction::Demand => "demand",
        };
        let verb = match self.side {
            Direction::Supply => "over-drawn",
            Direction::Demand => "over-filled",
        };
        let english = format!(
            "{firm}'s {} {what} (flow {}) is {verb} by {} {}",
            flow.material,
            flow.id,
            group_thousands(self.excess),
            flow.unit
        );
        let key = match self.side {
            Direction::Supply => "overfill-supply",
            Direction::Demand => "overfill-demand",
        };
        let args = [
            ("firm", firm),
            ("material", flow.material.to_string()),
            ("flow", flow.id.to_string()),
            excess,
            ("unit", flow.unit.to_string()),
        ];
        let phrase = Phrase::new(key, args)
            .with_numbers(&["excess"])
            .with_units(&["unit"])
            .with_names("material", project.material(&flow.material).map(|m| m.names.clone()).unwrap_or_default());
        Said { english, phrase }
    }
}
