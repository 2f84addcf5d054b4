//! Evaluation parameters, each with its own source: transport factors by mode and the fixed-link
//! cost, country parameters (grid electricity, district heat, landfill), exchange rates, the
//! carbon price and the power-loss ratio of CHP extraction steam.

use serde::{Deserialize, Serialize};

use super::lang::Phrase;
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
    /// Loading, unloading and weighing, EUR per tonne moved (once per trip, whatever the distance).
    #[serde(default = "zero")]
    pub handling_per_t: Sourced<f64>,
}

fn zero() -> Sourced<f64> {
    Sourced::new(0.0, "assumption: none")
}

/// What a country contributes to the evaluation: its grid electricity, the district heat an
/// exchange displaces, what landfilling costs there, and whether the EU ETS covers it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountryParams {
    /// ISO 3166 alpha-2.
    pub code: String,
    pub name: String,
    /// ISO 4217 code of its currency.
    pub currency: String,
    /// t CO2e per MWh of grid electricity (the counterfactual of electricity bought or saved).
    pub grid_ef: Sourced<f64>,
    /// t CO2e per MWh of district heat (the counterfactual of heat delivered into a network).
    pub heat_ef: Sourced<f64>,
    /// Landfill tax plus a typical gate fee, EUR per t (the counterfactual cost of a landfilled residue).
    pub landfill_cost: Sourced<f64>,
    /// 1 where the EU ETS carbon price applies to its installations, 0 where it does not.
    pub in_ets: Sourced<f64>,
}

/// The countries of the Baltic Sea Region on the map, in the order of the README's table.
pub const COUNTRIES: &[&str] = &["DK", "SE", "NO", "FI", "EE", "LV", "LT", "PL", "DE", "RU"];

/// Currencies a project may use, each with the country that uses it first.
pub const CURRENCIES: &[&str] = &["EUR", "DKK", "SEK", "NOK", "PLN", "RUB"];

const GRID: &str =
    "EEA/AIB grid emission intensities, order of magnitude (shared/data/cases.md, evaluation factors 2026-11-30)";

fn default_countries() -> Vec<CountryParams> {
    let s = Sourced::new;
    let a = |v: f64, why: &str| Sourced::new(v, format!("assumption: {why}"));
    let landfill_dk = "Danish landfill tax DKK 475/t, about 64 EUR/t (Waste and Raw Materials Tax Act, via shared/data/cases.md), plus assumption: gate fee about 36 EUR/t";
    let ets = |v: f64| {
        Sourced::new(
            v,
            if v > 0.0 { "EU ETS covers EU and EEA countries (Directive 2003/87/EC)" } else { "not in the EU ETS" },
        )
    };
    let row = |code: &str,
               name: &str,
               currency: &str,
               grid: Sourced<f64>,
               heat: Sourced<f64>,
               landfill: Sourced<f64>,
               in_ets: f64| {
        CountryParams {
            code: code.into(),
            name: name.into(),
            currency: currency.into(),
            grid_ef: grid,
            heat_ef: heat,
            landfill_cost: landfill,
            in_ets: ets(in_ets),
        }
    };
    vec![
        row(
            "DK",
            "Denmark",
            "DKK",
            s(0.12, format!("{GRID}: DK about 0.1-0.15")),
            a(0.06, "Danish district heat, mostly biomass and waste, about 0.06 t/MWh"),
            s(100.0, landfill_dk.to_string()),
            1.0,
        ),
        row(
            "SE",
            "Sweden",
            "SEK",
            s(0.03, format!("{GRID}: SE/NO 0.01-0.04")),
            a(0.04, "Swedish district heat, mostly biomass and waste"),
            s(
                90.0,
                "Swedish landfill tax SEK 500+/t, about 44 EUR/t (shared/data/cases.md), plus assumption: gate fee about 46 EUR/t".to_string(),
            ),
            1.0,
        ),
        row(
            "NO",
            "Norway",
            "NOK",
            s(0.02, format!("{GRID}: SE/NO 0.01-0.04")),
            a(0.04, "Norwegian district heat, waste and electric boilers"),
            a(70.0, "Norwegian landfill tax and gate fee"),
            1.0,
        ),
        row(
            "FI",
            "Finland",
            "EUR",
            s(0.07, format!("{GRID}: FI about 0.07")),
            a(0.15, "Finnish district heat with peat, coal and biomass"),
            s(
                110.0,
                "Finnish waste tax 80 EUR/t, mineral waste exempt (environment.fi via shared/data/cases.md), plus assumption: gate fee about 30 EUR/t".to_string(),
            ),
            1.0,
        ),
        row(
            "EE",
            "Estonia",
            "EUR",
            s(0.6, format!("{GRID}: EE about 0.6 (oil shale)")),
            a(0.2, "Estonian district heat, oil shale, gas and biomass"),
            a(60.0, "Estonian pollution charge and gate fee"),
            1.0,
        ),
        row(
            "LV",
            "Latvia",
            "EUR",
            a(0.12, "Latvian grid, hydro and gas, no published figure checked"),
            a(0.2, "Latvian district heat, gas and biomass"),
            a(50.0, "Latvian natural-resources tax and gate fee"),
            1.0,
        ),
        row(
            "LT",
            "Lithuania",
            "EUR",
            a(0.15, "Lithuanian grid with imports, no published figure checked"),
            a(0.1, "Lithuanian district heat, mostly biomass"),
            a(50.0, "Lithuanian landfill tax and gate fee"),
            1.0,
        ),
        row(
            "PL",
            "Poland",
            "PLN",
            s(0.65, format!("{GRID}: PL about 0.65")),
            a(0.35, "Polish district heat, mostly coal"),
            a(50.0, "Polish landfill charge and gate fee"),
            1.0,
        ),
        row(
            "DE",
            "Germany",
            "EUR",
            s(0.38, format!("{GRID}: DE about 0.35-0.4")),
            a(0.25, "German district heat, gas and coal CHP"),
            a(80.0, "German treatment and landfill gate fees (untreated landfill is banned)"),
            1.0,
        ),
        row(
            "RU",
            "Russia",
            "RUB",
            s(0.35, format!("{GRID}: RU about 0.35")),
            a(0.25, "Russian district heat, mostly gas boilers and CHP"),
            s(8.0, "Russian landfill fees about 5-10 EUR/t (shared/data/cases.md)".to_string()),
            0.0,
        ),
    ]
}

fn default_fx() -> Vec<(String, Sourced<f64>)> {
    let ecb = |code: &str, v: f64| {
        (
            code.to_string(),
            Sourced::new(
                v,
                format!(
                    "assumption: {v} {code} per EUR, the ECB euro reference rate averaged over 2024 as recalled; verify against the ECB series"
                ),
            ),
        )
    };
    vec![
        ("EUR".into(), Sourced::new(1.0, "the euro itself")),
        ecb("DKK", 7.4589),
        ecb("SEK", 11.4325),
        ecb("NOK", 11.629),
        ecb("PLN", 4.3058),
        (
            "RUB".into(),
            Sourced::new(
                100.0,
                "assumption: about 100 RUB per EUR, the Bank of Russia's official rate averaged over 2024 (the ECB stopped quoting RUB in 2022); verify",
            ),
        ),
    ]
}

/// All parameters used to evaluate an exchange.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvaluationParams {
    pub modes: Vec<ModeParams>,
    /// Economic lifetime of a fixed link, years.
    pub link_lifetime_years: Sourced<f64>,
    /// Real discount rate used to annualise fixed links (0.05 = 5 %).
    pub discount_rate: Sourced<f64>,
    #[serde(default = "default_countries")]
    pub countries: Vec<CountryParams>,
    /// Units of each currency per EUR.
    #[serde(default = "default_fx")]
    pub fx: Vec<(String, Sourced<f64>)>,
    /// EU ETS allowance price, EUR per t CO2, applied to emissions avoided on an ETS installation's site.
    #[serde(default = "default_carbon_price")]
    pub carbon_price: Sourced<f64>,
    /// MWh of electricity a CHP loses per MWh of extraction steam or heat it delivers.
    #[serde(default = "default_power_loss")]
    pub power_loss_ratio: Sourced<f64>,
}

fn default_carbon_price() -> Sourced<f64> {
    Sourced::new(65.0, "EU ETS allowance, about 65 EUR/t average in 2024 (shared/data/cases.md)")
}

fn default_power_loss() -> Sourced<f64> {
    Sourced::new(
        0.15,
        "assumption: middle of 0.1-0.2 MWh of electricity lost per MWh of extraction steam or heat (power-loss ratio, shared/data/cases.md)",
    )
}

impl Default for EvaluationParams {
    fn default() -> Self {
        let a = |v: f64, why: &str| Sourced::new(v, format!("assumption: {why}"));
        let mode = |mode, ef: Sourced<f64>, cost: Sourced<f64>, circuity: Sourced<f64>, capex: Sourced<f64>| {
            let handling = match mode {
                TransportMode::Road | TransportMode::Articulated => {
                    a(5.0, "loading, unloading and weighing, about 3-8 EUR/t per trip (shared/data/cases.md)")
                }
                TransportMode::Rail => a(6.0, "loading and unloading at rail sidings"),
                TransportMode::Ship => a(8.0, "port handling at both ends of a short-sea voyage"),
                _ => a(0.0, "no handling for pipes and wires"),
            };
            ModeParams {
                mode,
                ef_kg_per_tkm: ef,
                cost_per_tkm: cost,
                circuity,
                capex_per_km: capex,
                handling_per_t: handling,
            }
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
                    Sourced::new(
                        0.016,
                        "Defra 2012 GHG conversion factors: small bulk carrier 0.014-0.02 kg CO2e/t-km, Baltic short sea (shared/data/cases.md); the ocean bulk factor 0.00494 is for large ships",
                    ),
                    a(0.02, "short-sea bulk freight rate, EUR per t-km"),
                    a(1.5, "sea circuity: port-to-port great circle x 1.5 for routes round coasts and islands"),
                    a(0.0, "existing ports"),
                ),
                mode(
                    TransportMode::Pipeline,
                    a(0.0, "pumping energy neglected"),
                    a(0.0, "running cost of a pipe is small beside its capital cost"),
                    Sourced::new(1.0, issue),
                    Sourced::new(
                        500_000.0,
                        "small water and gas pipes about 0.5 M EUR/km; large steam and heat lines 1-3 M EUR/km (Danish Energy Agency technology data for energy transport, via shared/data/cases.md)",
                    ),
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
            countries: default_countries(),
            fx: default_fx(),
            carbon_price: default_carbon_price(),
            power_loss_ratio: default_power_loss(),
        }
    }
}

/// Why a parameter could not be set: its key names nothing the evaluation has.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ParamError {
    UnknownCurrency {
        key: String,
        code: String,
        expected: String,
    },
    CountryKey {
        key: String,
    },
    UnknownCountry {
        key: String,
        code: String,
        expected: String,
    },
    CountryField {
        key: String,
    },
    Unknown {
        key: String,
    },
    /// The transport mode's own message.
    Mode(String),
    UnknownMode {
        key: String,
    },
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.phrase().english())
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

    /// The parameters of a country, if the project has them.
    pub fn country(&self, code: &str) -> Option<&CountryParams> {
        self.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code))
    }

    /// Units of `currency` per EUR, with its source.
    pub fn rate(&self, currency: &str) -> Option<&Sourced<f64>> {
        self.fx.iter().find(|(c, _)| c.eq_ignore_ascii_case(currency)).map(|(_, r)| r)
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
                ("handling_per_t", &m.handling_per_t),
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
        for c in &self.countries {
            for (field, value) in [
                ("grid_ef", &c.grid_ef),
                ("heat_ef", &c.heat_ef),
                ("landfill_cost", &c.landfill_cost),
                ("in_ets", &c.in_ets),
            ] {
                rows.push((format!("country.{}.{field}", c.code), value.value, value.source.clone()));
            }
        }
        for (code, rate) in &self.fx {
            rows.push((format!("fx.{code}"), rate.value, rate.source.clone()));
        }
        rows.push(("carbon_price".into(), self.carbon_price.value, self.carbon_price.source.clone()));
        rows.push(("chp.power_loss_ratio".into(), self.power_loss_ratio.value, self.power_loss_ratio.source.clone()));
        rows
    }

    /// Sets one parameter by its key (as in [`Self::to_rows`]).
    pub fn set(&mut self, key: &str, value: f64, source: &str) -> Result<(), ParamError> {
        let key_string = || key.to_string();
        let sourced = Sourced::new(value, source);
        match key {
            "link.lifetime_years" => self.link_lifetime_years = sourced,
            "link.discount_rate" => self.discount_rate = sourced,
            "carbon_price" => self.carbon_price = sourced,
            "chp.power_loss_ratio" => self.power_loss_ratio = sourced,
            _ if key.starts_with("fx.") => {
                let code = &key[3..];
                if !CURRENCIES.iter().any(|c| c.eq_ignore_ascii_case(code)) {
                    return Err(ParamError::UnknownCurrency {
                        key: key_string(),
                        code: code.to_string(),
                        expected: CURRENCIES.join(", "),
                    });
                }
                let code = code.to_uppercase();
                match self.fx.iter_mut().find(|(c, _)| *c == code) {
                    Some((_, rate)) => *rate = sourced,
                    None => self.fx.push((code, sourced)),
                }
            }
            _ if key.starts_with("country.") => {
                let mut parts = key.split('.').skip(1);
                let (Some(code), Some(field), None) = (parts.next(), parts.next(), parts.next()) else {
                    return Err(ParamError::CountryKey { key: key_string() });
                };
                let Some(entry) = self.countries.iter_mut().find(|c| c.code.eq_ignore_ascii_case(code)) else {
                    return Err(ParamError::UnknownCountry {
                        key: key_string(),
                        code: code.to_string(),
                        expected: COUNTRIES.join(", "),
                    });
                };
                match field {
                    "grid_ef" => entry.grid_ef = sourced,
                    "heat_ef" => entry.heat_ef = sourced,
                    "landfill_cost" => entry.landfill_cost = sourced,
                    "in_ets" => entry.in_ets = sourced,
                    _ => {
                        return Err(ParamError::CountryField { key: key_string() });
                    }
                }
            }
            _ => {
                let mut parts = key.split('.');
                let (Some("transport"), Some(mode), Some(field), None) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    return Err(ParamError::Unknown { key: key_string() });
                };
                let mode: TransportMode = mode.parse().map_err(ParamError::Mode)?;
                let Some(entry) = self.modes.iter_mut().find(|m| m.mode == mode) else {
                    return Err(ParamError::UnknownMode { key: key_string() });
                };
                match field {
                    "ef_kg_per_tkm" => entry.ef_kg_per_tkm = sourced,
                    "cost_per_tkm" => entry.cost_per_tkm = sourced,
                    "circuity" => entry.circuity = sourced,
                    "capex_per_km" => entry.capex_per_km = sourced,
                    "handling_per_t" => entry.handling_per_t = sourced,
                    _ => return Err(ParamError::Unknown { key: key_string() }),
                }
            }
        }
        Ok(())
    }

    /// Why `value` cannot be the parameter `key`, if it cannot.
    pub fn problem(key: &str, value: f64) -> Option<ParamProblem> {
        use ParamProblemKind::*;
        let kind = if !value.is_finite() {
            NotANumber
        } else if key.starts_with("fx.") && value <= 0.0 {
            RateNotPositive
        } else if key.ends_with(".in_ets") && value != 0.0 && value != 1.0 {
            NotEtsFlag
        } else if key == "link.discount_rate" && value >= 1.0 {
            NotAFraction
        } else if key == "link.lifetime_years" && !(1.0..=200.0).contains(&value) {
            Lifetime
        } else if key.ends_with(".circuity") && value < 1.0 {
            CircuityBelowOne
        } else if value < 0.0 {
            Negative
        } else {
            return None;
        };
        Some(ParamProblem { key: key.to_string(), value, kind })
    }
}

/// A value a parameter cannot take, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamProblem {
    pub key: String,
    pub value: f64,
    pub kind: ParamProblemKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamProblemKind {
    NotANumber,
    RateNotPositive,
    NotEtsFlag,
    NotAFraction,
    Lifetime,
    CircuityBelowOne,
    Negative,
}

impl std::fmt::Display for ParamProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.phrase().english())
    }
}

impl ParamProblem {
    /// The problem as a phrase any language can say.
    pub fn phrase(&self) -> Phrase {
        use ParamProblemKind::*;
        let key = match self.kind {
            NotANumber => "err-param-not-a-number",
            RateNotPositive => "err-param-rate-not-positive",
            NotEtsFlag => "err-param-not-ets-flag",
            NotAFraction => "err-param-not-a-fraction",
            Lifetime => "err-param-lifetime",
            CircuityBelowOne => "err-param-circuity",
            Negative => "err-param-negative",
        };
        Phrase::new(key, [("key", self.key.clone()), ("value", self.value.to_string())]).with_numbers(&["value"])
    }
}

impl ParamError {
    /// The error as a phrase any language can say.
    pub fn phrase(&self) -> Phrase {
        use ParamError::*;
        match self {
            UnknownCurrency { key, code, expected } => Phrase::new(
                "err-param-unknown-currency",
                [("key", key.as_str()), ("code", code.as_str()), ("expected", expected.as_str())],
            ),
            CountryKey { key } => Phrase::new("err-param-country-key", [("key", key)]),
            UnknownCountry { key, code, expected } => Phrase::new(
                "err-param-unknown-country",
                [("key", key.as_str()), ("code", code.as_str()), ("expected", expected.as_str())],
            ),
            CountryField { key } => Phrase::new("err-param-country-field", [("key", key)]),
            Unknown { key } => Phrase::new("err-param-unknown", [("key", key)]),
            Mode(message) => Phrase::of_unknown_value(message)
                .unwrap_or_else(|| Phrase::new("err-param-mode", [("detail", message)])),
            UnknownMode { key } => Phrase::new("err-param-unknown-mode", [("key", key)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_value_it_cannot_take_is_said_the_same_by_its_phrase() {
        for (key, value) in [
            ("carbon_price", f64::NAN),
            ("fx.DKK", 0.0),
            ("country.DK.in_ets", 0.5),
            ("link.discount_rate", 5.0),
            ("link.lifetime_years", 500.0),
            ("transport.road.circuity", 0.8),
            ("carbon_price", -1.0),
        ] {
            let problem = EvaluationParams::problem(key, value).expect("a value it cannot take");
            assert!(problem.to_string().starts_with(key), "{problem}");
            assert_eq!(problem.phrase().english(), problem.to_string());
        }
        assert_eq!(EvaluationParams::problem("carbon_price", 85.0), None);
        let unknown = EvaluationParams::default().set("bogus", 1.0, "").unwrap_err();
        assert_eq!(unknown.phrase().english(), unknown.to_string());
    }

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
