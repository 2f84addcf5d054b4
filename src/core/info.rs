//! A project's summary: what `info` prints.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{Direction, ExchangeStatus, ProjectData, ProjectMeta};

/// Summed quantity of one material in one direction and unit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Total {
    pub material: String,
    pub direction: Direction,
    pub unit: String,
    pub quantity: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counts {
    pub firms: usize,
    pub flows: usize,
    /// Exchanges per status; every status is present, zero where none has it.
    pub exchanges: BTreeMap<String, usize>,
}

/// The summary of a project, as `info --json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Info {
    pub schema_version: i64,
    pub project: ProjectMeta,
    pub counts: Counts,
    /// Sorted by material, direction, unit.
    pub totals: Vec<Total>,
}

impl Info {
    pub fn of(project: &ProjectData, schema_version: i64) -> Self {
        let mut exchanges: BTreeMap<String, usize> =
            ExchangeStatus::ALL.iter().map(|s| (s.as_str().to_string(), 0)).collect();
        for ex in &project.exchanges {
            *exchanges.entry(ex.status.as_str().to_string()).or_default() += 1;
        }
        let mut sums: BTreeMap<(String, &'static str, String), f64> = BTreeMap::new();
        for flow in &project.flows {
            let key = (flow.material.0.clone(), flow.direction.as_str(), flow.unit.as_str().to_string());
            *sums.entry(key).or_default() += flow.quantity;
        }
        let totals = sums
            .into_iter()
            .map(|((material, direction, unit), quantity)| Total {
                material,
                direction: direction.parse().expect("direction names parse back"),
                unit,
                quantity,
            })
            .collect();
        Info {
            schema_version,
            project: project.meta.clone(),
            counts: Counts { firms: project.firms.len(), flows: project.flows.len(), exchanges },
            totals,
        }
    }

    /// The human-readable form `info` prints without `--json`.
    pub fn to_text(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let p = &self.project;
        let _ = writeln!(out, "{}", p.name);
        if !p.region.is_empty() {
            let _ = writeln!(out, "Region:      {}", p.region);
        }
        let _ = writeln!(out, "Currency:    {} (prices of {})", p.currency, p.price_year);
        let _ = writeln!(out, "Schema:      {}", self.schema_version);
        let _ = writeln!(out, "Firms:       {}", self.counts.firms);
        let _ = writeln!(out, "Flows:       {}", self.counts.flows);
        let listed: Vec<String> =
            self.counts.exchanges.iter().filter(|(_, n)| **n > 0).map(|(s, n)| format!("{n} {s}")).collect();
        let total: usize = self.counts.exchanges.values().sum();
        let _ = writeln!(
            out,
            "Exchanges:   {total}{}",
            if listed.is_empty() { String::new() } else { format!(" ({})", listed.join(", ")) }
        );
        if !self.totals.is_empty() {
            let _ = writeln!(out, "\n{:<24} {:<8} {:>16} unit", "material", "dir", "quantity/yr");
            for t in &self.totals {
                let _ = writeln!(out, "{:<24} {:<8} {:>16.1} {}", t.material, t.direction.as_str(), t.quantity, t.unit);
            }
        }
        out
    }
}
