//! The domain model: a project, its firms, their flows, the material catalogue and exchanges.
//!
//! Identities and units are types: a firm id is not a flow id, a tonne is not a MWh.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::params::EvaluationParams;

/// A firm's own text id, as the user gave it (kept through import and export).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FirmId(pub String);

/// A flow's id: the `fid` of its row in the project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FlowId(pub i64);

/// An exchange's id: the `fid` of its row in the project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExchangeId(pub i64);

/// A material's catalogue id (`steam`, `fgd_gypsum`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MaterialId(pub String);

macro_rules! display_inner {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}
display_inner!(FirmId, FlowId, ExchangeId, MaterialId);

impl FirmId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl MaterialId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Defines a closed set of names that are stored and typed as text.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $text:literal $(| $alias:literal)*),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                // Fast path: the canonical spelling, as the project file stores it.
                $(if s == $text { return Ok($name::$variant); })*
                let lower = s.trim().to_lowercase();
                match lower.as_str() {
                    $($text $(| $alias)* => Ok($name::$variant),)*
                    _ => Err(format!(
                        concat!("unknown ", $what, " '{}' (expected one of: {})"),
                        s.trim(),
                        [$($text),*].join(", ")
                    )),
                }
            }
        }
    };
}

pub(crate) use text_enum;

text_enum!(
    /// What a unit measures; quantities of different dimensions never mix.
    Unit, "unit" {
        Tonne => "t" | "tonne" | "tonnes" | "ton" | "т",
        Mwh => "MWh" | "mwh" | "мвт·ч" | "мвтч" | "мвт ч",
        CubicMetre => "m3" | "m³" | "м3" | "м³",
        Kilogram => "kg" | "kilogram" | "kilograms" | "кг",
        Gigajoule => "GJ" | "gj" | "гдж",
        Kilotonne => "kt" | "thousand t" | "тыс. т" | "тыс.т" | "тыс т",
        Kwh => "kWh" | "kwh" | "квт·ч" | "квтч" | "квт ч",
        Gwh => "GWh" | "gwh" | "гвт·ч" | "гвтч" | "гвт ч",
        Gigacalorie => "Gcal" | "gcal" | "гкал",
    }
);

// `text_enum!` lower-cases its input, so "MWh" needs its lower-case spelling to match.
impl Unit {
    /// The canonical unit for a material kind: energy in MWh, water in m3, everything else in t.
    pub fn for_kind(kind: MaterialKind) -> Unit {
        match kind {
            MaterialKind::Material => Unit::Tonne,
            MaterialKind::Energy => Unit::Mwh,
            MaterialKind::Water => Unit::CubicMetre,
        }
    }

    /// What the unit measures and how many of the dimension's base unit (t, m3, MWh) one of it is.
    pub fn dimension(self) -> (Dimension, f64) {
        match self {
            Unit::Tonne => (Dimension::Mass, 1.0),
            Unit::Kilogram => (Dimension::Mass, 0.001),
            Unit::CubicMetre => (Dimension::Volume, 1.0),
            Unit::Mwh => (Dimension::Energy, 1.0),
            Unit::Gigajoule => (Dimension::Energy, 1.0 / 3.6),
            Unit::Kilotonne => (Dimension::Mass, 1000.0),
            Unit::Kwh => (Dimension::Energy, 0.001),
            Unit::Gwh => (Dimension::Energy, 1000.0),
            // The International Table calorie, 4.1868 J (the heat unit of Russian district
            // heating tariffs): 1 Gcal = 4.1868 GJ = 1.163 MWh.
            Unit::Gigacalorie => (Dimension::Energy, 4.1868 / 3.6),
        }
    }
}

/// A number for a message: at most 6 decimals, no trailing zeros.
fn short(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    Mass,
    Volume,
    Energy,
}

text_enum!(
    /// The family a material belongs to (drives colours, units and distance defaults).
    MaterialKind, "material kind" {
        Material => "material",
        Energy => "energy",
        Water => "water",
    }
);

text_enum!(
    /// Whether a firm has (supply) or wants (demand) a flow.
    Direction, "direction" {
        Supply => "supply" | "has" | "output" | "by-product" | "waste",
        Demand => "demand" | "wants" | "input" | "want",
    }
);

text_enum!(
    /// What a supply flow is to the firm that has it. A residue (waste, by-product, surplus
    /// energy or water) has a counterfactual fate that an exchange avoids; a product is what
    /// the firm exists to sell, and selling it is trade, not symbiosis.
    FlowRole, "role" {
        Residue => "residue" | "waste" | "by-product" | "byproduct" | "surplus",
        Product => "product",
    }
);

#[allow(clippy::derivable_impls)] // the enum is made by `text_enum!`, which takes no #[default]
impl Default for FlowRole {
    fn default() -> Self {
        FlowRole::Residue
    }
}

text_enum!(
    /// What happens to a residue when no exchange takes it: the supply-side counterfactual.
    DisposalRoute, "disposal route" {
        None => "none",
        Landfill => "landfill",
        Incineration => "incineration",
        Flaring => "flaring",
        Discharge => "discharge",
        Cooling => "cooling",
        Treatment => "treatment",
        Spreading => "spreading",
    }
);

impl DisposalRoute {
    /// The counterfactual in words, for breakdowns and reports ("would otherwise be ...").
    pub fn describe(self) -> &'static str {
        match self {
            DisposalRoute::None => "left unused at no cost (nothing avoided)",
            DisposalRoute::Landfill => "landfilled (landfill tax and gate fee)",
            DisposalRoute::Incineration => "incinerated",
            DisposalRoute::Flaring => "flared",
            DisposalRoute::Discharge => "discharged (fees)",
            DisposalRoute::Cooling => "cooled away",
            DisposalRoute::Treatment => "treated as waste",
            DisposalRoute::Spreading => "spread on land untreated",
        }
    }
}

text_enum!(
    /// Life cycle of an exchange between two firms.
    ExchangeStatus, "status" {
        Candidate => "candidate",
        Proposed => "proposed",
        Agreed => "agreed",
        Realised => "realised" | "realized",
        Rejected => "rejected",
        Ended => "ended",
    }
);

text_enum!(
    /// How a material travels between two firms.
    TransportMode, "transport mode" {
        Road => "road" | "truck",
        Articulated => "articulated" | "articulated_truck" | "hgv",
        Rail => "rail",
        Ship => "ship" | "sea",
        Pipeline => "pipeline" | "pipe",
        Grid => "grid" | "wire",
    }
);

impl TransportMode {
    /// Energy by pipe or wire has no tonne-km: its emissions and costs sit in the fixed link.
    pub fn carries_tonnes(self) -> bool {
        !matches!(self, TransportMode::Grid)
    }
}

/// A WGS84 position in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// Why this is not a usable position, if it is not one.
    pub fn problem(&self) -> Option<String> {
        if !self.lat.is_finite() || !(-90.0..=90.0).contains(&self.lat) {
            return Some(format!("latitude {} is outside -90..90", self.lat));
        }
        if !self.lon.is_finite() || !(-180.0..=180.0).contains(&self.lon) {
            return Some(format!("longitude {} is outside -180..180", self.lon));
        }
        None
    }
}

/// The map view a project opens on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    /// Web-map zoom level (0 = whole world, ~5 = the Baltic Sea, ~13 = an industrial park).
    pub zoom: f64,
}

impl MapView {
    /// The Baltic Sea region, where an empty project opens.
    pub const BALTIC: MapView = MapView { lat: 59.0, lon: 19.0, zoom: 4.6 };
}

/// Project metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectMeta {
    pub name: String,
    pub region: String,
    pub description: String,
    /// ISO 4217 code of every money figure in the project.
    pub currency: String,
    /// The year whose prices the money figures are in.
    pub price_year: i32,
    /// The year the park is evaluated in (None: the system clock's year).
    #[serde(default)]
    pub evaluation_year: Option<i32>,
    pub view: MapView,
    /// Steps of a guided tour (samples for students), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tour: Vec<String>,
    /// The description in other languages (language code -> text; project.csv
    /// `description.<code>`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub descriptions: BTreeMap<String, String>,
    /// The tour in other languages (language code -> steps; project.csv `tour_N.<code>`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tours: BTreeMap<String, Vec<String>>,
}

impl ProjectMeta {
    /// The description in `lang`, else the one in English.
    pub fn description_in(&self, lang: &str) -> &str {
        self.descriptions.get(lang).map_or(self.description.as_str(), String::as_str)
    }

    /// The tour in `lang`, else the one in English.
    pub fn tour_in(&self, lang: &str) -> &[String] {
        self.tours.get(lang).map_or(self.tour.as_slice(), Vec::as_slice)
    }

    /// Sets the translated key `description.<code>` or `tour_N.<code>` (N from 1); false where
    /// `key` is neither or names an unknown language.
    pub fn set_translated(
        &mut self,
        key: &str,
        value: &str,
        steps: &mut BTreeMap<String, Vec<(usize, String)>>,
    ) -> bool {
        let Some((base, lang)) = key.rsplit_once('.') else { return false };
        let Ok(lang) = super::lang::parse(lang) else { return false };
        if lang == "en" {
            return false;
        }
        if base == "description" {
            self.descriptions.insert(lang.to_string(), value.to_string());
            return true;
        }
        match base.strip_prefix("tour_").and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n >= 1 => {
                steps.entry(lang.to_string()).or_default().push((n, value.to_string()));
                true
            }
            _ => false,
        }
    }

    /// Puts the tour steps gathered by [`Self::set_translated`] in order.
    pub fn set_translated_tours(&mut self, steps: BTreeMap<String, Vec<(usize, String)>>) {
        for (lang, mut list) in steps {
            list.sort();
            self.tours.insert(lang, list.into_iter().map(|(_, s)| s).collect());
        }
    }

    /// The translated keys as project.csv and the project file hold them, in order.
    pub fn translated_rows(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> =
            self.descriptions.iter().map(|(lang, text)| (format!("description.{lang}"), text.clone())).collect();
        for (lang, steps) in &self.tours {
            for (i, step) in steps.iter().enumerate() {
                rows.push((format!("tour_{}.{lang}", i + 1), step.clone()));
            }
        }
        rows
    }

    /// The year the park is evaluated in: `evaluation_year`, else the system clock's year.
    pub fn year(&self) -> i32 {
        self.evaluation_year.unwrap_or_else(current_year)
    }
}

/// The system clock's year.
pub fn current_year() -> i32 {
    chrono::Datelike::year(&chrono::Utc::now())
}

/// The years a project may name (start and end of flows and exchanges, the evaluation year).
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

impl Default for ProjectMeta {
    fn default() -> Self {
        Self {
            name: "Untitled project".into(),
            region: String::new(),
            description: String::new(),
            currency: "EUR".into(),
            price_year: 2024,
            evaluation_year: None,
            view: MapView::BALTIC,
            tour: Vec::new(),
            descriptions: BTreeMap::new(),
            tours: BTreeMap::new(),
        }
    }
}

/// A firm (or other site: a lake, a municipality) that has or wants flows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Firm {
    pub id: FirmId,
    pub name: String,
    pub location: LatLon,
    /// NACE Rev.2 code (`35.11`); empty where none applies.
    pub nace: String,
    pub employees: Option<u32>,
    pub address: String,
    pub notes: String,
    /// Where the facts about this firm came from.
    pub source: String,
    /// ISO 3166 alpha-2 country code (from the position, or given); empty where unknown.
    #[serde(default)]
    pub country: String,
    /// An EU ETS installation: avoided emissions on its site save allowances.
    #[serde(default)]
    pub ets: bool,
    /// The port (of the basemap's ports) within 10 km it ships through; empty where none.
    #[serde(default)]
    pub port: String,
}

/// Something a firm has (supply) or wants (demand), per year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    pub id: FlowId,
    pub firm: FirmId,
    pub direction: Direction,
    /// Supply side: a residue (the default) or a product the firm sells.
    #[serde(default)]
    pub role: FlowRole,
    pub material: MaterialId,
    /// Quantity per year, in `unit`.
    pub quantity: f64,
    pub unit: Unit,
    /// European List of Waste code, six digits without spaces.
    pub ewc: Option<String>,
    /// Russian waste code (FKKO), eleven digits without spaces, besides or instead of `ewc`; its
    /// last digit is the hazard class (1-4 hazardous).
    #[serde(default)]
    pub fkko: Option<String>,
    pub quality: String,
    pub available_from: Option<i32>,
    pub available_to: Option<i32>,
    /// Price per unit the firm pays or gets; overrides the catalogue's virgin price.
    pub price_per_unit: Option<f64>,
    /// Disposal cost per unit; overrides the catalogue's disposal cost.
    pub disposal_cost_per_unit: Option<f64>,
    /// Demand side: accepts input classed as hazardous waste.
    pub accepts_hazardous: bool,
    /// Hidden in presentations and exports unless asked for.
    pub confidential: bool,
    pub source: String,
    /// The workshop it was entered at (a `workshops.csv` id), where it came from one.
    #[serde(default)]
    pub workshop_id: String,
}

impl Flow {
    /// Whether the flow is available in `year` (open ends always are).
    pub fn available_in(&self, year: i32) -> bool {
        self.available_from.is_none_or(|from| from <= year) && self.available_to.is_none_or(|to| year <= to)
    }
}

/// An exchange between two firms, real or planned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    pub id: ExchangeId,
    pub from: FirmId,
    pub to: FirmId,
    pub material: MaterialId,
    /// Quantity per year, where known.
    pub quantity: Option<f64>,
    pub unit: Unit,
    pub status: ExchangeStatus,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub transport: Option<TransportMode>,
    pub notes: String,
    pub source: String,
    /// A product sale only: the transport distance (km) from the supplier the receiver would
    /// otherwise buy from; the transport it saves is all such a sale is credited with.
    #[serde(default)]
    pub counterfactual_km: Option<f64>,
    /// The programme it belongs to (e.g. "BIS Interreg 2019-2021"), where it belongs to one.
    #[serde(default)]
    pub programme: String,
}

impl Exchange {
    /// Whether the exchange was running in `year`.
    pub fn active_in(&self, year: i32) -> bool {
        matches!(self.status, ExchangeStatus::Realised | ExchangeStatus::Ended | ExchangeStatus::Agreed)
            && self.start_year.is_none_or(|start| start <= year)
            && self.end_year.is_none_or(|end| year <= end)
    }
}

/// A value with the source it came from ("assumption: ..." where none gives it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: String,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: impl Into<String>) -> Self {
        Self { value, source: source.into() }
    }

    /// True where no published source backs the value.
    pub fn is_assumption(&self) -> bool {
        self.source.trim().is_empty() || self.source.trim_start().to_lowercase().starts_with("assumption")
    }
}

/// A catalogue entry: what a material is and its evaluation defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Material {
    pub id: MaterialId,
    pub name: String,
    pub kind: MaterialKind,
    pub unit: Unit,
    /// EWC codes this material is usually classed under.
    pub ewc_codes: Vec<String>,
    /// Maximum transport distance (km, after circuity) over which an exchange is plausible.
    pub max_distance_km: Sourced<f64>,
    pub transport: TransportMode,
    /// Other modes it may travel by (ship between firms near a port, with road legs to the ports);
    /// the evaluation picks the best feasible one for the objective and says which.
    #[serde(default)]
    pub other_modes: Vec<TransportMode>,
    /// t CO2e avoided per unit of virgin material replaced.
    pub ef_virgin: Sourced<f64>,
    /// t CO2e avoided per unit not disposed of.
    pub ef_disposal: Sourced<f64>,
    /// What happens to it without an exchange (supply-side counterfactual).
    #[serde(default = "default_route")]
    pub disposal_route: DisposalRoute,
    /// Price per unit of the virgin material (project currency).
    pub virgin_price: Sourced<f64>,
    /// Cost per unit of disposing of it (project currency).
    pub disposal_cost: Sourced<f64>,
    /// Shipped with the app (as opposed to added by the user).
    pub builtin: bool,
    /// Bulk density, t per m3, where known: converts between t and m3.
    pub density_t_per_m3: Option<Sourced<f64>>,
    /// Energy content (net calorific value), MWh per t, where known: converts between t and MWh.
    pub energy_mwh_per_t: Option<Sourced<f64>>,
    /// Its name in other languages (language code -> name); `name` is the English one.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Other words for it, per language (language code -> words; `en` too): pickers, search and
    /// quick entry find the material by them.
    #[serde(default)]
    pub synonyms: BTreeMap<String, Vec<String>>,
}

/// Why a quantity cannot be converted into a material's unit.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(
    "{material} is measured in {unit}, not {from}, and the catalogue gives no {what} to convert it \
     (add {column} in materials.csv, or give the quantity in {unit})"
)]
pub struct UnitError {
    pub material: MaterialId,
    pub unit: Unit,
    pub from: Unit,
    /// The factor missing: "density (t per m3)" or "energy content (MWh per t)".
    pub what: &'static str,
    /// The materials.csv column that would give it.
    pub column: &'static str,
}

impl UnitError {
    /// The error in words any language can say: the message `{prefix}-density` or
    /// `{prefix}-energy` of `assets/i18n/<code>/errors.ftl`, by the factor that is missing.
    pub fn phrase(&self, prefix: &'static str) -> super::lang::Phrase {
        let key = match (prefix, self.column) {
            ("err-csv-unit-mismatch", "density_t_per_m3") => "err-csv-unit-mismatch-density",
            ("err-csv-unit-mismatch", _) => "err-csv-unit-mismatch-energy",
            (_, "density_t_per_m3") => "err-unit-no-density",
            _ => "err-unit-no-energy",
        };
        let args = [
            ("material", self.material.to_string()),
            ("unit", self.unit.to_string()),
            ("from", self.from.to_string()),
            ("column", self.column.to_string()),
        ];
        super::lang::Phrase::new(key, args)
    }
}

impl Material {
    /// Its name in `lang` (a code of [`super::lang::LANGUAGES`]), else the English one.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.get(lang).map_or(self.name.as_str(), String::as_str)
    }

    /// How well `typed` names this material: 0 for its id, 1 where its English name, 2 where a
    /// name in another language, 3 where a synonym starts with it (case and `ё` folded); None
    /// where nothing does. Quick entry and the pickers take the best.
    pub fn match_rank(&self, typed: &str) -> Option<u8> {
        let typed = super::lang::fold(typed);
        if typed.is_empty() {
            return None;
        }
        let starts = |name: &str| super::lang::fold(name).starts_with(&typed);
        if self.id.as_str() == typed {
            Some(0)
        } else if starts(&self.name) {
            Some(1)
        } else if self.names.values().any(|n| starts(n)) {
            Some(2)
        } else if self.synonyms.values().flatten().any(|n| starts(n)) {
            Some(3)
        } else {
            None
        }
    }

    /// How many of this material's units one `from` unit is, or why there is no such number.
    /// Within a dimension (kg and t, GJ and MWh) always; across dimensions only through the
    /// material's density or energy content.
    pub fn units_per(&self, from: Unit) -> Result<f64, UnitError> {
        let (have, to_base) = from.dimension();
        let (want, from_base) = self.unit.dimension();
        let density = self.density_t_per_m3.as_ref().map(|s| s.value).filter(|v| *v > 0.0);
        let energy = self.energy_mwh_per_t.as_ref().map(|s| s.value).filter(|v| *v > 0.0);
        let missing = |what: &'static str, column: &'static str| UnitError {
            material: self.id.clone(),
            unit: self.unit,
            from,
            what,
            column,
        };
        // Base units of `have` per base unit of `want`, through t where the dimensions differ.
        let across = |from: Dimension, to: Dimension| -> Result<f64, UnitError> {
            use Dimension::*;
            let tonnes_per = |d: Dimension| match d {
                Mass => Ok(1.0),
                Volume => density.ok_or_else(|| missing("density (t per m3)", "density_t_per_m3")),
                Energy => {
                    energy.map(|e| 1.0 / e).ok_or_else(|| missing("energy content (MWh per t)", "energy_mwh_per_t"))
                }
            };
            Ok(tonnes_per(from)? / tonnes_per(to)?)
        };
        let factor = if have == want { 1.0 } else { across(have, want)? };
        Ok(to_base * factor / from_base)
    }

    /// `quantity` in `from` units as this material's units, with a note saying how it was
    /// converted (None when `from` is already its unit).
    pub fn convert(&self, quantity: f64, from: Unit) -> Result<(f64, Option<super::lang::Said>), UnitError> {
        if from == self.unit {
            return Ok((quantity, None));
        }
        let converted = quantity * self.units_per(from)?;
        let phrase = self.conversion_phrase(quantity, from, converted);
        Ok((converted, Some(super::lang::Said { english: phrase.english(), phrase })))
    }

    /// Says how `quantity` in `from` became `converted` in this material's unit, and on what
    /// grounds (the density or energy content used, with its source): `converted*` of
    /// `assets/i18n/<code>/errors.ftl`.
    pub fn conversion_phrase(&self, quantity: f64, from: Unit, converted: f64) -> super::lang::Phrase {
        let (have, _) = from.dimension();
        let (want, _) = self.unit.dimension();
        let (key, factor, source) = match (have, want) {
            (a, b) if a == b => ("converted", String::new(), String::new()),
            (Dimension::Energy, _) | (_, Dimension::Energy) if self.energy_mwh_per_t.is_some() => {
                let e = self.energy_mwh_per_t.as_ref().expect("checked");
                ("converted-energy", short(e.value), e.source.clone())
            }
            _ => {
                let d = self.density_t_per_m3.as_ref().map_or((0.0, String::new()), |d| (d.value, d.source.clone()));
                ("converted-density", short(d.0), d.1)
            }
        };
        super::lang::Phrase::new(
            key,
            [
                ("quantity", short(quantity)),
                ("from", from.to_string()),
                ("converted", short(converted)),
                ("unit", self.unit.to_string()),
                ("material", self.id.to_string()),
                ("factor", factor),
                ("source", source),
            ],
        )
        .with_numbers(&["quantity", "converted", "factor"])
        .with_units(&["from", "unit"])
        .with_sources(&["source"])
        .with_names("material", self.names.clone())
    }
}

fn default_route() -> DisposalRoute {
    DisposalRoute::None
}

/// A supply material that can stand in for a demand material.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubstitutionRule {
    pub supply: MaterialId,
    pub demand: MaterialId,
    /// Units of demand met per unit of supply (a functional ratio: N content, heating value, ...).
    pub ratio: f64,
    pub source: String,
    /// t CO2e the receiver emits per unit of supply used this way (the fossil carbon of a waste
    /// burned as fuel); 0 where the use emits nothing the displaced input would not.
    #[serde(default)]
    pub use_ef: f64,
    #[serde(default)]
    pub use_ef_source: String,
}

impl SubstitutionRule {
    pub fn new(supply: &str, demand: &str, ratio: f64, source: &str) -> Self {
        Self {
            supply: MaterialId::new(supply),
            demand: MaterialId::new(demand),
            ratio,
            source: source.into(),
            use_ef: 0.0,
            use_ef_source: String::new(),
        }
    }
}

/// A whole project, as held in memory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectData {
    pub meta: ProjectMeta,
    pub params: EvaluationParams,
    pub materials: Vec<Material>,
    pub rules: Vec<SubstitutionRule>,
    pub firms: Vec<Firm>,
    pub flows: Vec<Flow>,
    pub exchanges: Vec<Exchange>,
    /// The facilitator's workbench: stage changes, reported outcomes, contacts, workshops.
    #[serde(default)]
    pub stages: Vec<super::workbench::StageChange>,
    #[serde(default)]
    pub outcomes: Vec<super::workbench::Outcome>,
    #[serde(default)]
    pub contacts: Vec<super::workbench::Contact>,
    #[serde(default)]
    pub workshops: Vec<super::workbench::Workshop>,
}

impl ProjectData {
    /// An empty project with the built-in catalogue and default parameters.
    pub fn new(meta: ProjectMeta) -> Self {
        Self {
            meta,
            params: EvaluationParams::default(),
            materials: super::catalogue::builtin_materials(),
            rules: super::catalogue::builtin_rules(),
            firms: Vec::new(),
            flows: Vec::new(),
            exchanges: Vec::new(),
            stages: Vec::new(),
            outcomes: Vec::new(),
            contacts: Vec::new(),
            workshops: Vec::new(),
        }
    }

    pub fn firm(&self, id: &FirmId) -> Option<&Firm> {
        self.firms.iter().find(|f| &f.id == id)
    }

    pub fn material(&self, id: &MaterialId) -> Option<&Material> {
        self.materials.iter().find(|m| &m.id == id)
    }

    /// A material's name in `lang` (its English name where it has none there), or its id where
    /// the project does not have it.
    pub fn material_name<'a>(&'a self, id: &'a MaterialId, lang: &str) -> &'a str {
        self.material(id).map_or(id.0.as_str(), |m| m.name_in(lang))
    }

    /// The material `typed` names best (its id, or the start of its name or a synonym in any
    /// language: "опилки" finds sawdust, "træflis" wood chips); on a tie, the first in the
    /// catalogue.
    pub fn find_material(&self, typed: &str) -> Option<&Material> {
        self.materials
            .iter()
            .filter_map(|m| m.match_rank(typed).map(|rank| (rank, m)))
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, m)| m)
    }

    /// The ratio at which `supply` meets `demand`: 1 for the same material, else the rule's.
    pub fn substitution_ratio(&self, supply: &MaterialId, demand: &MaterialId) -> Option<f64> {
        if supply == demand {
            return Some(1.0);
        }
        self.rules.iter().find(|r| &r.supply == supply && &r.demand == demand).map(|r| r.ratio)
    }

    /// Every broken invariant, described for a person. An empty list means the project is sound
    /// (see [`super::validate`]).
    pub fn problems(&self) -> Vec<String> {
        super::validate::problems(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_parse_in_any_case_and_print_canonically() {
        assert_eq!("MWh".parse::<Unit>(), Ok(Unit::Mwh));
        assert_eq!("mwh".parse::<Unit>(), Ok(Unit::Mwh));
        assert_eq!(" t ".parse::<Unit>(), Ok(Unit::Tonne));
        assert_eq!(Unit::CubicMetre.to_string(), "m3");
        let err = "barrel".parse::<Unit>().unwrap_err();
        assert!(err.contains("unknown unit 'barrel'") && err.contains("MWh") && err.contains("Gcal"), "{err}");
    }

    #[test]
    fn russian_and_other_units_parse_and_measure_what_they_say() {
        for (text, unit) in [
            ("Гкал", Unit::Gigacalorie),
            ("гкал", Unit::Gigacalorie),
            ("Gcal", Unit::Gigacalorie),
            ("т", Unit::Tonne),
            ("кг", Unit::Kilogram),
            ("м3", Unit::CubicMetre),
            ("м³", Unit::CubicMetre),
            ("тыс. т", Unit::Kilotonne),
            ("kWh", Unit::Kwh),
            ("кВт·ч", Unit::Kwh),
            ("GWh", Unit::Gwh),
            ("МВт·ч", Unit::Mwh),
        ] {
            assert_eq!(text.parse::<Unit>(), Ok(unit), "{text}");
        }
        let mwh = |u: Unit| {
            let (d, f) = u.dimension();
            assert_eq!(d, Dimension::Energy);
            f
        };
        assert!((mwh(Unit::Gigacalorie) - 1.163).abs() < 1e-12, "1 Gcal = 1.163 MWh");
        assert!((mwh(Unit::Kwh) - 0.001).abs() < 1e-15 && (mwh(Unit::Gwh) - 1000.0).abs() < 1e-9);
        assert_eq!(Unit::Kilotonne.dimension(), (Dimension::Mass, 1000.0));
        // Every unit prints as it parses back.
        for u in Unit::ALL {
            assert_eq!(u.to_string().parse::<Unit>(), Ok(*u));
        }
    }

    #[test]
    fn direction_accepts_has_and_wants() {
        assert_eq!("has".parse::<Direction>(), Ok(Direction::Supply));
        assert_eq!("Wants".parse::<Direction>(), Ok(Direction::Demand));
    }

    #[test]
    fn identity_always_substitutes_and_rules_give_their_ratio() {
        let project = ProjectData::new(ProjectMeta::default());
        let gypsum = MaterialId::new("fgd_gypsum");
        assert_eq!(project.substitution_ratio(&gypsum, &gypsum), Some(1.0));
        assert!(project.substitution_ratio(&gypsum, &MaterialId::new("natural_gypsum")).is_some());
        assert_eq!(project.substitution_ratio(&MaterialId::new("natural_gypsum"), &gypsum), None);
    }

    #[test]
    fn a_new_project_is_sound_and_broken_invariants_are_named() {
        let mut project = ProjectData::new(ProjectMeta::default());
        assert_eq!(project.problems(), Vec::<String>::new());
        let firm = Firm {
            id: FirmId::new("a"),
            name: "A".into(),
            location: LatLon::new(95.0, 11.0),
            nace: String::new(),
            employees: None,
            address: String::new(),
            notes: String::new(),
            source: String::new(),
            country: String::new(),
            ets: false,
            port: String::new(),
        };
        project.firms.push(firm.clone());
        project.firms.push(firm);
        project.flows.push(Flow {
            id: FlowId(1),
            firm: FirmId::new("ghost"),
            direction: Direction::Supply,
            role: FlowRole::Residue,
            material: MaterialId::new("steam"),
            quantity: -1.0,
            unit: Unit::Tonne,
            ewc: None,
            fkko: None,
            workshop_id: String::new(),
            quality: String::new(),
            available_from: Some(2000),
            available_to: Some(1990),
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: false,
            confidential: false,
            source: String::new(),
        });
        let problems = project.problems().join("\n");
        for expected in [
            "firm id 'a' is used twice",
            "latitude 95 is outside",
            "unknown firm 'ghost'",
            "is in t but steam is measured in MWh",
            "quantity -1",
            "available from 2000 to 1990",
        ] {
            assert!(problems.contains(expected), "missing '{expected}' in:\n{problems}");
        }
    }

    #[test]
    fn availability_and_activity_follow_the_years() {
        let ex = Exchange {
            id: ExchangeId(1),
            from: FirmId::new("a"),
            to: FirmId::new("b"),
            material: MaterialId::new("fgd_gypsum"),
            quantity: None,
            unit: Unit::Tonne,
            status: ExchangeStatus::Ended,
            start_year: Some(1993),
            end_year: Some(2019),
            transport: None,
            notes: String::new(),
            source: String::new(),
            counterfactual_km: None,
            programme: String::new(),
        };
        assert!(!ex.active_in(1992));
        assert!(ex.active_in(1993) && ex.active_in(2019));
        assert!(!ex.active_in(2020));
    }
}
