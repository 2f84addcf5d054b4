//! The built-in material catalogue and substitution rules.
//!
//! No authoritative per-material maximum distance, price or emission factor exists for
//! exchanges between firms (shared/data/cases.md), so every default here is an editable
//! assumption, and says so, unless a source is named.

use super::model::{Material, MaterialId, MaterialKind, Sourced, SubstitutionRule, TransportMode, Unit};

/// Distance classes (km, applied to the transport distance after circuity).
const STEAM_KM: f64 = 10.0;
const HEAT_KM: f64 = 30.0;
const WATER_KM: f64 = 50.0;
const GAS_KM: f64 = 50.0;
const WET_KM: f64 = 100.0;
const SOLID_KM: f64 = 300.0;

struct Row {
    id: &'static str,
    name: &'static str,
    kind: MaterialKind,
    km: f64,
    mode: TransportMode,
    ewc: &'static [&'static str],
    /// t CO2e per unit: (virgin replaced, disposal avoided).
    ef: (f64, f64),
    /// EUR per unit: (virgin price, disposal cost).
    money: (f64, f64),
    why: &'static str,
}

use MaterialKind::{Energy, Material as Solid, Water};
use TransportMode::{Grid, Pipeline, Road};

#[rustfmt::skip]
const ROWS: &[Row] = &[
    Row { id: "steam", name: "Steam", kind: Energy, km: STEAM_KM, mode: Pipeline, ewc: &[], ef: (0.224, 0.0), money: (35.0, 0.0), why: "natural-gas boiler at 90 % efficiency (0.202 t CO2/MWh fuel)" },
    Row { id: "process_heat", name: "Process heat", kind: Energy, km: STEAM_KM, mode: Pipeline, ewc: &[], ef: (0.224, 0.0), money: (35.0, 0.0), why: "as steam" },
    Row { id: "waste_heat", name: "Waste heat", kind: Energy, km: HEAT_KM, mode: Pipeline, ewc: &[], ef: (0.0, 0.0), money: (0.0, 0.0), why: "surplus heat has no virgin value of its own; its use replaces heat" },
    Row { id: "district_heat", name: "District heat", kind: Energy, km: HEAT_KM, mode: Pipeline, ewc: &[], ef: (0.15, 0.0), money: (30.0, 0.0), why: "mixed fuel heat-only boilers" },
    Row { id: "electricity", name: "Electricity", kind: Energy, km: WATER_KM, mode: Grid, ewc: &[], ef: (0.15, 0.0), money: (80.0, 0.0), why: "Nordic/Danish grid average" },
    Row { id: "fgd_gypsum", name: "FGD gypsum", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100105", "100107"], ef: (0.0, 0.005), money: (0.0, 30.0), why: "landfill of by-product gypsum" },
    Row { id: "natural_gypsum", name: "Natural gypsum", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], ef: (0.01, 0.0), money: (15.0, 0.0), why: "quarrying and shipping mined gypsum" },
    Row { id: "fly_ash", name: "Fly ash", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100102", "100117"], ef: (0.0, 0.005), money: (0.0, 25.0), why: "landfill of coal or biomass ash" },
    Row { id: "cement_raw_material", name: "Cement raw material", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], ef: (0.05, 0.0), money: (20.0, 0.0), why: "quarried clay/limestone; clinker savings not counted" },
    Row { id: "surface_water", name: "Surface water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], ef: (0.0002, 0.0), money: (0.5, 0.0), why: "abstraction and pumping" },
    Row { id: "process_water", name: "Process water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], ef: (0.0004, 0.0), money: (1.5, 0.0), why: "groundwater abstraction and treatment" },
    Row { id: "cooling_water", name: "Cooling water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], ef: (0.0002, 0.0), money: (0.5, 0.0), why: "abstraction and pumping" },
    Row { id: "wastewater", name: "Wastewater", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &["161002", "190703"], ef: (0.0, 0.0005), money: (0.0, 2.0), why: "municipal wastewater treatment" },
    Row { id: "treated_effluent", name: "Treated effluent", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], ef: (0.0, 0.0001), money: (0.0, 0.3), why: "discharge fees" },
    Row { id: "sewage_sludge", name: "Sewage sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["190805"], ef: (0.0, 0.05), money: (0.0, 40.0), why: "incineration or landfill of wet sludge" },
    Row { id: "biological_sludge", name: "Biological sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["070612", "020204"], ef: (0.0, 0.05), money: (0.0, 40.0), why: "incineration of wet sludge" },
    Row { id: "fertiliser", name: "Fertiliser", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], ef: (0.7, 0.0), money: (300.0, 0.0), why: "mineral NPK fertiliser production" },
    Row { id: "yeast_slurry", name: "Yeast slurry", kind: Solid, km: WET_KM, mode: Road, ewc: &["020702"], ef: (0.0, 0.02), money: (0.0, 20.0), why: "disposal of wet yeast" },
    Row { id: "animal_feed", name: "Animal feed", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], ef: (0.5, 0.0), money: (300.0, 0.0), why: "imported soy meal" },
    Row { id: "biomass", name: "Biomass residues", kind: Solid, km: WET_KM, mode: Road, ewc: &["020304", "020399"], ef: (0.02, 0.02), money: (20.0, 15.0), why: "wet organic residues" },
    Row { id: "biogas", name: "Biogas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], ef: (0.0, 0.0), money: (0.0, 0.0), why: "its use replaces natural gas (rule)" },
    Row { id: "natural_gas", name: "Natural gas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], ef: (0.202, 0.0), money: (40.0, 0.0), why: "IPCC combustion factor 0.202 t CO2/MWh" },
    Row { id: "refinery_gas", name: "Refinery gas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], ef: (0.0, 0.0), money: (0.0, 0.0), why: "flared when not used; its use replaces natural gas (rule)" },
    Row { id: "co2", name: "Carbon dioxide", kind: Solid, km: GAS_KM, mode: Pipeline, ewc: &[], ef: (0.1, 0.0), money: (30.0, 0.0), why: "CO2 produced on purpose from fossil sources" },
    Row { id: "sulphur", name: "Sulphur", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["050116"], ef: (0.05, 0.0), money: (100.0, 5.0), why: "mined or recovered elemental sulphur" },
    Row { id: "wood_chips", name: "Wood chips", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["030105"], ef: (0.03, 0.0), money: (40.0, 0.0), why: "harvest and chipping" },
    Row { id: "fish_waste", name: "Fish waste", kind: Solid, km: WET_KM, mode: Road, ewc: &["020202"], ef: (0.0, 0.05), money: (0.0, 50.0), why: "disposal of animal by-products" },
    Row { id: "plastic_waste", name: "Plastic waste", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["070213", "150102", "191204"], ef: (0.0, 2.3), money: (0.0, 80.0), why: "incineration of mixed plastics" },
    Row { id: "recycled_plastic", name: "Recycled plastic", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], ef: (1.5, 0.0), money: (600.0, 0.0), why: "virgin polymer production" },
];

/// Net calorific values, IPCC 2006 Guidelines for National GHG Inventories, Vol. 2, Table 1.2.
const IPCC_NCV: &str = "IPCC 2006 Guidelines, Vol. 2 (Energy), Table 1.2 default net calorific value";

/// Known energy contents (MWh per t = GJ per t / 3.6) and densities (t per m3).
fn physical(id: &str) -> (Option<Sourced<f64>>, Option<Sourced<f64>>) {
    let ncv =
        |gj_per_t: f64, fuel: &str| Some(Sourced::new(gj_per_t / 3.6, format!("{IPCC_NCV}: {fuel} {gj_per_t} GJ/t")));
    let water = || Some(Sourced::new(1.0, "density of water, 1 t per m3"));
    match id {
        "natural_gas" => (None, ncv(48.0, "natural gas")),
        "refinery_gas" => (None, ncv(49.5, "refinery gas")),
        "biogas" => (None, ncv(50.4, "other biogas")),
        "wood_chips" => (None, ncv(15.6, "wood/wood waste")),
        "biomass" => (None, ncv(11.6, "other primary solid biomass")),
        "surface_water" | "process_water" | "cooling_water" | "wastewater" | "treated_effluent" => (water(), None),
        "sewage_sludge" | "biological_sludge" | "yeast_slurry" => {
            (Some(Sourced::new(1.0, "assumption: wet sludge and slurry are mostly water, about 1 t per m3")), None)
        }
        _ => (None, None),
    }
}

fn assumption(why: &str) -> String {
    format!("assumption: {why}")
}

/// The catalogue every new project starts with.
pub fn builtin_materials() -> Vec<Material> {
    ROWS.iter()
        .map(|row| {
            let distance_class = match row.km {
                _ if row.mode == Grid => "electricity by wire 50 km",
                km if km == STEAM_KM => "steam and process heat 10 km",
                km if km == HEAT_KM => "waste and district heat 30 km",
                km if km == WET_KM => "wet organics and sludges 100 km",
                km if km == SOLID_KM => "bulk minerals and other solids 300 km",
                _ => "water and gases by pipe 50 km",
            };
            Material {
                id: MaterialId::new(row.id),
                name: row.name.into(),
                kind: row.kind,
                unit: Unit::for_kind(row.kind),
                ewc_codes: row.ewc.iter().map(|c| c.to_string()).collect(),
                max_distance_km: Sourced::new(
                    row.km,
                    assumption(&format!("Symbiosis Explorer default class: {distance_class}")),
                ),
                transport: row.mode,
                ef_virgin: Sourced::new(row.ef.0, assumption(row.why)),
                ef_disposal: Sourced::new(row.ef.1, assumption(row.why)),
                virgin_price: Sourced::new(row.money.0, assumption(&format!("{}; EUR 2024", row.why))),
                disposal_cost: Sourced::new(row.money.1, assumption(&format!("{}; EUR 2024", row.why))),
                builtin: true,
                density_t_per_m3: physical(row.id).0,
                energy_mwh_per_t: physical(row.id).1,
            }
        })
        .collect()
}

/// The substitution rules every new project starts with.
pub fn builtin_rules() -> Vec<SubstitutionRule> {
    #[rustfmt::skip]
    let rules: &[(&str, &str, f64, &str)] = &[
        ("fgd_gypsum", "natural_gypsum", 1.0, "Kalundborg: FGD gypsum replaces natural gypsum at Gyproc (symbiosis.dk/en)"),
        ("fly_ash", "cement_raw_material", 1.0, "Kalundborg: fly ash to cement making (iisd.org business case 77)"),
        ("steam", "process_heat", 1.0, "assumption: energy basis, MWh for MWh"),
        ("waste_heat", "district_heat", 1.0, "assumption: energy basis after a heat pump, MWh for MWh"),
        ("biogas", "natural_gas", 1.0, "assumption: upgraded biomethane, energy basis"),
        ("refinery_gas", "natural_gas", 1.0, "Kalundborg: refinery gas fuelled Gyproc from 1972 (NAP 4982); energy basis"),
        ("treated_effluent", "process_water", 1.0, "assumption: after polishing, m3 for m3"),
        ("yeast_slurry", "animal_feed", 0.2, "assumption: about 20 % dry matter replaces feed on a dry basis"),
        ("biological_sludge", "fertiliser", 0.05, "assumption: nutrient content of wet sludge as fertiliser equivalent"),
        ("plastic_waste", "recycled_plastic", 0.8, "assumption: 80 % sorting and reprocessing yield"),
    ];
    rules
        .iter()
        .map(|&(supply, demand, ratio, source)| SubstitutionRule {
            supply: MaterialId::new(supply),
            demand: MaterialId::new(demand),
            ratio,
            source: source.into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_every_required_material_with_the_unit_of_its_kind() {
        let materials = builtin_materials();
        for id in [
            "steam",
            "process_heat",
            "waste_heat",
            "district_heat",
            "electricity",
            "fgd_gypsum",
            "natural_gypsum",
            "fly_ash",
            "cement_raw_material",
            "surface_water",
            "process_water",
            "cooling_water",
            "wastewater",
            "treated_effluent",
            "sewage_sludge",
            "biological_sludge",
            "fertiliser",
            "yeast_slurry",
            "animal_feed",
            "biomass",
            "biogas",
            "natural_gas",
            "refinery_gas",
            "co2",
            "sulphur",
            "wood_chips",
            "fish_waste",
            "plastic_waste",
            "recycled_plastic",
        ] {
            let m = materials.iter().find(|m| m.id.as_str() == id).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(m.unit, Unit::for_kind(m.kind), "{id}");
            assert!(m.max_distance_km.is_assumption(), "{id}: distances are editable assumptions");
        }
        let km = |id: &str| materials.iter().find(|m| m.id.as_str() == id).unwrap().max_distance_km.value;
        assert_eq!(km("steam"), 10.0);
        assert_eq!(km("district_heat"), 30.0);
        assert_eq!(km("process_water"), 50.0);
        assert_eq!(km("biogas"), 50.0);
        assert_eq!(km("sewage_sludge"), 100.0);
        assert_eq!(km("fly_ash"), 300.0);
    }

    #[test]
    fn units_convert_within_a_dimension_always_and_across_only_with_a_known_factor() {
        let materials = builtin_materials();
        let m = |id: &str| materials.iter().find(|m| m.id.as_str() == id).unwrap();
        // kg to t and GJ to MWh need nothing from the catalogue.
        assert_eq!(m("fly_ash").convert(2500.0, Unit::Kilogram).unwrap().0, 2.5);
        assert!((m("steam").convert(36.0, Unit::Gigajoule).unwrap().0 - 10.0).abs() < 1e-12);
        // Water: 1 t per m3, so 500 t of process water are 500 m3.
        let (q, note) = m("process_water").convert(500.0, Unit::Tonne).unwrap();
        assert_eq!(q, 500.0);
        assert!(note.unwrap().contains("1 t per m3"));
        // Natural gas: 48 GJ/t, so 3 t are 40 MWh; and 1000 kg of wood chips in MWh via t.
        assert!((m("natural_gas").convert(3.0, Unit::Tonne).unwrap().0 - 40.0).abs() < 1e-9);
        assert!((m("wood_chips").convert(4.333_333_333_333_333, Unit::Mwh).unwrap().0 - 1.0).abs() < 1e-9);
        // No factor: explained, never guessed.
        let err = m("fly_ash").convert(10.0, Unit::Mwh).unwrap_err();
        assert!(err.starts_with("fly_ash is measured in t, not MWh") && err.contains("no energy content"), "{err}");
        let err = m("fly_ash").convert(10.0, Unit::CubicMetre).unwrap_err();
        assert!(err.contains("no density") && err.contains("density_t_per_m3"), "{err}");
        assert_eq!(m("fly_ash").convert(7.0, Unit::Tonne).unwrap(), (7.0, None), "same unit: no note");
    }

    #[test]
    fn every_rule_names_catalogue_materials() {
        let materials = builtin_materials();
        let rules = builtin_rules();
        assert!(rules.len() >= 9);
        for rule in rules {
            assert!(materials.iter().any(|m| m.id == rule.supply), "{}", rule.supply);
            assert!(materials.iter().any(|m| m.id == rule.demand), "{}", rule.demand);
            assert!(!rule.source.is_empty());
        }
    }
}
