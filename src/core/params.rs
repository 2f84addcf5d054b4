//! Evaluation parameters: transport factors by mode and the fixed-link cost, each with its source.

use serde::{Deserialize, Serialize};

use super::model::{Sourced, TransportMode};

const DESNZ: &str = "UK DESNZ 2024 GHG conversion factors (freighting goods), via shared/data/cases.md";

/// What moving one tonne one kilometre by a mode costs and emits, and how winding the route is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModeParams {
    pub mode: TransportMode,
    /// kg CO2e per tonne-km.
    pub ef_kg_per_tkm: Sourced<f64>,
    /// Project currency per tonne-km.
    pub cost_per_tkm: Sourced<f64>,
    /// Route length over great-circle distance.
    pub circuity: Sourced<f64>,
    /// Capital cost of a dedicated link (pipe, cable) per km; 0 where none is built.
    pub capex_per_km: Sourced<f64>,
}

/// All parameters used to evaluate an exchange.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvaluationParams {
    pub modes: Vec<ModeParams>,
    /// Economic lifetime of a fixed link, years.
    pub link_lifetime_years: Sourced<f64>,
    /// Real discount rate used to annualise fixed links (0.05 = 5 %).
    pub discount_rate: Sourced<f64>,
}

impl Default for EvaluationParams {
    fn default() -> Self {
        let a = |v: f64, why: &str| Sourced::new(v, format!("assumption: {why}"));
        let mode = |mode, ef: Sourced<f64>, cost: Sourced<f64>, circuity: Sourced<f64>, capex: Sourced<f64>| {
            ModeParams { mode, ef_kg_per_tkm: ef, cost_per_tkm: cost, circuity, capex_per_km: capex }
        };
        let issue = "Symbiosis Explorer default (road 1.3, pipeline 1.0), editable";
        Self {
            modes: vec![
                mode(
                    TransportMode::Road,
                    Sourced::new(0.11072, format!("{DESNZ}: average laden HGV")),
                    a(0.10, "typical Nordic road haulage rate, EUR per t-km"),
                    Sourced::new(1.3, issue),
                    a(0.0, "no dedicated link for road transport"),
                ),
                mode(
                    TransportMode::Articulated,
                    Sourced::new(0.06294, format!("{DESNZ}: articulated HGV")),
                    a(0.07, "long-haul articulated truck rate, EUR per t-km"),
                    a(1.3, "as road"),
                    a(0.0, "no dedicated link for road transport"),
                ),
                mode(
                    TransportMode::Rail,
                    Sourced::new(0.02678, format!("{DESNZ}: rail freight")),
                    a(0.04, "bulk rail freight rate, EUR per t-km"),
                    a(1.4, "rail networks wind more than roads"),
                    a(0.0, "existing rail network"),
                ),
                mode(
                    TransportMode::Ship,
                    Sourced::new(0.00494, format!("{DESNZ}: bulk carrier")),
                    a(0.02, "short-sea bulk freight rate, EUR per t-km"),
                    a(1.5, "sea routes round coasts and islands"),
                    a(0.0, "existing ports"),
                ),
                mode(
                    TransportMode::Pipeline,
                    a(0.0, "pumping energy neglected"),
                    a(0.0, "running cost of a pipe is small beside its capital cost"),
                    Sourced::new(1.0, issue),
                    a(500_000.0, "buried industrial pipe, EUR per km"),
                ),
                mode(
                    TransportMode::Grid,
                    a(0.0, "transmission losses neglected"),
                    a(0.0, "no per-unit transport charge modelled"),
                    a(1.0, "cable follows the shortest path"),
                    a(200_000.0, "medium-voltage cable, EUR per km"),
                ),
            ],
            link_lifetime_years: a(25.0, "typical lifetime of an industrial pipe or cable"),
            discount_rate: a(0.05, "real discount rate for infrastructure"),
        }
    }
}

impl EvaluationParams {
    /// The parameters of one mode; every mode has an entry (missing ones fall back to defaults).
    pub fn mode(&self, mode: TransportMode) -> ModeParams {
        self.modes
            .iter()
            .find(|m| m.mode == mode)
            .cloned()
            .or_else(|| EvaluationParams::default().modes.into_iter().find(|m| m.mode == mode))
            .expect("the defaults cover every transport mode")
    }

    /// Capital recovery factor: the share of a capital cost paid each year over the lifetime.
    ///
    /// ```
    /// use symbiosis_explorer::core::params::EvaluationParams;
    /// let p = EvaluationParams::default(); // 5 %, 25 years
    /// assert!((p.capital_recovery_factor() - 0.070952).abs() < 1e-6);
    /// ```
    pub fn capital_recovery_factor(&self) -> f64 {
        let r = self.discount_rate.value;
        let n = self.link_lifetime_years.value.max(1.0);
        if r.abs() < 1e-12 {
            return 1.0 / n;
        }
        let growth = (1.0 + r).powf(n);
        r * growth / (growth - 1.0)
    }

    /// Flattened `(key, value, source)` rows, as stored in the project file and `project.csv`.
    pub fn to_rows(&self) -> Vec<(String, f64, String)> {
        let mut rows = Vec::new();
        for m in &self.modes {
            let name = m.mode.as_str();
            for (field, value) in [
                ("ef_kg_per_tkm", &m.ef_kg_per_tkm),
                ("cost_per_tkm", &m.cost_per_tkm),
                ("circuity", &m.circuity),
                ("capex_per_km", &m.capex_per_km),
            ] {
                rows.push((format!("transport.{name}.{field}"), value.value, value.source.clone()));
            }
        }
        rows.push((
            "link.lifetime_years".into(),
            self.link_lifetime_years.value,
            self.link_lifetime_years.source.clone(),
        ));
        rows.push(("link.discount_rate".into(), self.discount_rate.value, self.discount_rate.source.clone()));
        rows
    }

    /// Sets one parameter by its key (as in [`Self::to_rows`]).
    pub fn set(&mut self, key: &str, value: f64, source: &str) -> Result<(), String> {
        let sourced = Sourced::new(value, source);
        match key {
            "link.lifetime_years" => self.link_lifetime_years = sourced,
            "link.discount_rate" => self.discount_rate = sourced,
            _ => {
                let mut parts = key.split('.');
                let (Some("transport"), Some(mode), Some(field), None) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    return Err(format!("unknown parameter '{key}'"));
                };
                let mode: TransportMode = mode.parse()?;
                let Some(entry) = self.modes.iter_mut().find(|m| m.mode == mode) else {
                    return Err(format!("unknown transport mode in '{key}'"));
                };
                match field {
                    "ef_kg_per_tkm" => entry.ef_kg_per_tkm = sourced,
                    "cost_per_tkm" => entry.cost_per_tkm = sourced,
                    "circuity" => entry.circuity = sourced,
                    "capex_per_km" => entry.capex_per_km = sourced,
                    _ => return Err(format!("unknown parameter '{key}'")),
                }
            }
        }
        Ok(())
    }

    /// Parameter keys whose value is out of range, with the reason.
    pub fn problem(key: &str, value: f64) -> Option<String> {
        if !value.is_finite() {
            return Some(format!("{key} must be a number"));
        }
        if key.ends_with(".circuity") && value < 1.0 {
            return Some(format!("{key} must be at least 1 (a route is never shorter than the straight line)"));
        }
        if value < 0.0 {
            return Some(format!("{key} must not be negative"));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_carry_the_published_road_factor_and_rows_round_trip() {
        let params = EvaluationParams::default();
        let road = params.mode(TransportMode::Road);
        assert_eq!(road.ef_kg_per_tkm.value, 0.11072);
        assert!(!road.ef_kg_per_tkm.is_assumption());
        assert!(road.cost_per_tkm.is_assumption());
        assert_eq!(params.mode(TransportMode::Pipeline).circuity.value, 1.0);

        let mut copy = EvaluationParams { modes: Vec::new(), ..params.clone() };
        copy.modes = EvaluationParams::default().modes;
        copy.set("transport.rail.circuity", 1.2, "test").unwrap();
        assert_eq!(copy.mode(TransportMode::Rail).circuity.value, 1.2);
        let mut rebuilt = EvaluationParams::default();
        for (key, value, source) in copy.to_rows() {
            rebuilt.set(&key, value, &source).unwrap();
        }
        assert_eq!(rebuilt, copy);
        assert!(rebuilt.set("transport.rocket.circuity", 1.0, "").is_err());
    }
}
