//! Explanations: one pair's or one exchange's full breakdown, term by term, with sources.

use serde::Serialize;

use super::*;

impl<'a> Matcher<'a> {
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
        Ok(Breakdown {
            candidate,
            counterfactual: eval.counterfactual,
            counterfactual_phrases: eval.counterfactual_phrases,
            terms: eval.terms,
            exchange: None,
        })
    }

    /// The evaluation breakdown of an exchange within the one allocation of the matcher's year:
    /// an existing exchange where the existing scenario puts it, any other one after all the
    /// existing ones. None where its flows are not in the project (or not available that year).
    pub fn explain_exchange(&self, exchange: ExchangeId) -> Option<Breakdown> {
        let year = self.options.year;
        let target = self.project.exchanges.iter().find(|e| e.id == exchange)?;
        let existing = crate::core::scenarios::is_existing(target, year);
        let links = self.allocate(|ex| {
            if crate::core::scenarios::is_existing(ex, year) {
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
            counterfactual_phrases: eval.counterfactual_phrases,
            terms: eval.terms,
            exchange: Some(ExchangeNote {
                id: exchange,
                in_existing: existing,
                overfill_text: link.overfill.as_ref().map(|o| o.describe(self)),
                overfill: link.overfill.clone(),
            }),
        })
    }
}

pub use crate::core::evaluation::{Op, Parameter, Term};

/// A candidate with every term of its evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Breakdown {
    pub candidate: Candidate,
    /// Both sides' counterfactuals in words.
    pub counterfactual: String,
    /// The same in words any language can say (supply, then demand); not in the JSON, which
    /// has the English.
    #[serde(skip)]
    pub counterfactual_phrases: Vec<crate::core::lang::Phrase>,
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
    pub overfill_text: Option<crate::core::lang::Said>,
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
