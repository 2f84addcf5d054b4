//! The built-in material catalogue and substitution rules.
//!
//! No authoritative per-material maximum distance, price or emission factor exists for
//! exchanges between firms (shared/data/cases.md), so every default here is an editable
//! assumption, and says so, unless a source is named.

use super::model::{DisposalRoute, Material, MaterialId, MaterialKind, Sourced, SubstitutionRule, TransportMode, Unit};

/// Distance classes (km, applied to the transport distance after circuity).
const STEAM_KM: f64 = 10.0;
const HEAT_KM: f64 = 30.0;
const WATER_KM: f64 = 50.0;
const GAS_KM: f64 = 50.0;
const WET_KM: f64 = 100.0;
const SOLID_KM: f64 = 300.0;

/// A number with its own source (`"assumption: ..."` where none gives it).
type V = (f64, &'static str);

struct Row {
    id: &'static str,
    name: &'static str,
    kind: MaterialKind,
    km: f64,
    mode: TransportMode,
    ewc: &'static [&'static str],
    /// Supply-side counterfactual: what happens to it without an exchange.
    route: DisposalRoute,
    /// t CO2e per unit of it bought new (what a demand for it displaces).
    ef_virgin: V,
    /// t CO2e per unit of its counterfactual disposal (what a supply of it avoids).
    ef_disposal: V,
    /// EUR per unit bought new.
    price: V,
    /// EUR per unit of its counterfactual disposal (landfilled residues: the country's landfill cost).
    disposal: V,
}

use DisposalRoute as R;
use MaterialKind::{Energy, Material as Solid, Water};
use TransportMode::{Grid, Pipeline, Road};

const NONE: V = (0.0, "no disposal: nothing avoided");
const NOT_BOUGHT: V = (0.0, "not bought new: a demand names what it displaces instead");
const NG_BOILER: &str = "natural-gas boiler: IPCC 2006 Vol. 2 Table 2.2 default 56.1 kg CO2/GJ (0.202 t/MWh of gas) at assumption: 90 % boiler efficiency";
const LANDFILL_COST: V = (
    30.0,
    "assumption: used only where the firm's country is unknown; otherwise the country's landfill tax and gate fee (country.XX.landfill_cost)",
);
const LANDFILL_EF: V = (0.005, "assumption: landfill operations for an inert mineral residue");
const INERT_DISPOSAL: V = (0.0, "assumption: inert when landfilled");

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Energy, MWh.
    Row { id: "steam", name: "Steam", kind: Energy, km: STEAM_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.224, NG_BOILER), ef_disposal: NONE, price: (35.0, "assumption: natural gas at about 30 EUR/MWh (2024) through a 90 % boiler"), disposal: NONE },
    Row { id: "process_heat", name: "Process heat", kind: Energy, km: STEAM_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.224, NG_BOILER), ef_disposal: NONE, price: (35.0, "assumption: as steam, a natural-gas boiler"), disposal: NONE },
    Row { id: "waste_heat", name: "Waste heat", kind: Energy, km: HEAT_KM, mode: Pipeline, ewc: &[], route: R::Cooling, ef_virgin: (0.0, "surplus heat is not bought as such: a demand names the heat it displaces"), ef_disposal: (0.0, "cooling away surplus heat emits nothing that an exchange avoids"), price: NOT_BOUGHT, disposal: (0.0, "assumption: cooling costs not modelled") },
    Row { id: "district_heat", name: "District heat", kind: Energy, km: HEAT_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.15, "assumption: used only where the firm's country is unknown; otherwise the country's district-heat factor (country.XX.heat_ef)"), ef_disposal: NONE, price: (30.0, "assumption: production cost of district heat, 2024"), disposal: NONE },
    Row { id: "electricity", name: "Electricity", kind: Energy, km: WATER_KM, mode: Grid, ewc: &[], route: R::None, ef_virgin: (0.15, "assumption: used only where the firm's country is unknown; otherwise the country's grid factor (country.XX.grid_ef)"), ef_disposal: NONE, price: (80.0, "assumption: industrial power price before taxes, 2024"), disposal: NONE },
    Row { id: "natural_gas", name: "Natural gas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.202, "IPCC 2006 Vol. 2 Table 2.2 default 56.1 kg CO2/GJ = 0.202 t CO2/MWh (combustion)"), ef_disposal: NONE, price: (40.0, "assumption: industrial gas price 2024, about 35-45 EUR/MWh"), disposal: NONE },
    Row { id: "lpg", name: "LPG", kind: Energy, km: GAS_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.227, "IPCC 2006 Vol. 2 Table 2.2 default 63.1 kg CO2/GJ = 0.227 t CO2/MWh (combustion)"), ef_disposal: NONE, price: (70.0, "assumption: delivered LPG 2024, about 70 EUR/MWh"), disposal: NONE },
    Row { id: "biogas", name: "Biogas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.0, "biogenic: a demand names the fossil gas it displaces (rules biogas -> natural_gas, biogas -> lpg)"), ef_disposal: NONE, price: NOT_BOUGHT, disposal: NONE },
    Row { id: "refinery_gas", name: "Refinery gas", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::Flaring, ef_virgin: NOT_BOUGHT, ef_disposal: (0.207, "flared: IPCC 2006 Vol. 2 Table 2.2 default for refinery gas 57.6 kg CO2/GJ = 0.207 t CO2/MWh"), price: NOT_BOUGHT, disposal: (0.0, "assumption: flaring costs not modelled") },
    Row { id: "hydrogen", name: "Excess hydrogen", kind: Energy, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::Flaring, ef_virgin: (0.28, "assumption: grey hydrogen from steam methane reforming, about 9-10 kg CO2 per kg H2 (33.3 kWh LHV)"), ef_disposal: (0.0, "flared or vented hydrogen burns to water"), price: (75.0, "assumption: grey hydrogen at about 2.5 EUR/kg, 2024"), disposal: NONE },
    // Mineral and industrial residues, t.
    Row { id: "fgd_gypsum", name: "FGD gypsum", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100105", "100107"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: LANDFILL_EF, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "natural_gypsum", name: "Natural gypsum", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.01, "assumption: quarrying and shipping mined gypsum"), ef_disposal: NONE, price: (15.0, "assumption: delivered natural gypsum, 2024"), disposal: NONE },
    Row { id: "fly_ash", name: "Fly ash", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100102", "100103", "100117"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: LANDFILL_EF, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "bottom_ash", name: "Bottom ash", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100101", "190112"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: LANDFILL_EF, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "blast_furnace_slag", name: "Blast-furnace slag", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100201", "100202"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: LANDFILL_EF, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "steel_slag", name: "Steel slag", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100202"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: LANDFILL_EF, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "clinker", name: "Clinker (replaced in blended cement)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.84, "about 0.8-0.85 t CO2 per t clinker in total (GCCA GNR), 0.52 t of it from calcination (IPCC 2006 Vol. 3 Ch. 2), via shared/data/cases.md"), ef_disposal: NONE, price: (60.0, "assumption: production cost of clinker, 2024"), disposal: NONE },
    Row { id: "cement_raw_material", name: "Cement raw material", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.05, "assumption: quarried clay and limestone for raw meal; clinker savings count only where a demand names clinker"), ef_disposal: NONE, price: (20.0, "assumption: quarried raw meal components"), disposal: NONE },
    Row { id: "aggregates", name: "Aggregates (virgin gravel and crushed rock)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.005, "assumption: quarrying and crushing"), ef_disposal: NONE, price: (12.0, "assumption: delivered aggregates, 2024"), disposal: NONE },
    Row { id: "cd_waste", name: "Construction and demolition waste", kind: Solid, km: WET_KM, mode: Road, ewc: &["170107", "170904"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: INERT_DISPOSAL, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "virgin_sand", name: "Virgin sand", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.003, "assumption: dredging or quarrying sand"), ef_disposal: NONE, price: (15.0, "assumption: delivered sand, 2024"), disposal: NONE },
    Row { id: "foundry_sand", name: "Spent foundry sand", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["100908"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: INERT_DISPOSAL, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "lime", name: "Lime", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (1.0, "assumption: calcination (about 0.75-0.8 t CO2/t) plus kiln fuel"), ef_disposal: NONE, price: (120.0, "assumption: quicklime, 2024"), disposal: NONE },
    Row { id: "glass_cullet", name: "Glass cullet", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["150107", "200102", "191205"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: INERT_DISPOSAL, price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "glass_batch", name: "Glass batch (sand, soda ash, limestone)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.3, "assumption: carbonates released and the extra melting energy of virgin batch, about 0.3 t CO2 per t"), ef_disposal: NONE, price: (80.0, "assumption: glass batch materials, 2024"), disposal: NONE },
    Row { id: "scrap_metal", name: "Scrap metal (steel)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["170405", "191202", "120101"], route: R::None, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "scrap is always sold: no disposal avoided"), price: NOT_BOUGHT, disposal: (0.0, "scrap is always sold: no disposal avoided") },
    Row { id: "pig_iron", name: "Pig iron (virgin iron units)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (1.9, "assumption: blast furnace and basic oxygen route, about 1.9 t CO2 per t"), ef_disposal: NONE, price: (400.0, "assumption: pig iron, 2024"), disposal: NONE },
    Row { id: "sulphur", name: "Sulphur", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["050116"], route: R::None, ef_virgin: (0.05, "assumption: mined or recovered elemental sulphur"), ef_disposal: NONE, price: (100.0, "assumption: elemental sulphur, 2024"), disposal: NONE },
    Row { id: "co2", name: "Carbon dioxide", kind: Solid, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.1, "assumption: CO2 made on purpose (gas burned for greenhouses, or liquefied and trucked)"), ef_disposal: (0.0, "vented: emitted with or without the exchange"), price: (30.0, "assumption: delivered industrial CO2, 2024"), disposal: NONE },
    Row { id: "oxygen", name: "Oxygen (from electrolysis)", kind: Solid, km: GAS_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.05, "assumption: cryogenic air separation, about 0.4 MWh per t at a low-carbon grid"), ef_disposal: (0.0, "vented"), price: (80.0, "assumption: industrial oxygen, 2024"), disposal: NONE },
    // Fuels, t.
    Row { id: "coal", name: "Coal", kind: Solid, km: 2000.0, mode: TransportMode::Ship, ewc: &[], route: R::None, ef_virgin: (2.44, "IPCC 2006 Vol. 2 Tables 1.2 and 2.2: other bituminous coal 25.8 GJ/t x 94.6 kg CO2/GJ = 2.44 t CO2/t"), ef_disposal: NONE, price: (110.0, "assumption: delivered steam coal, 2024"), disposal: NONE },
    Row { id: "fuel_oil", name: "Fuel oil", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (3.13, "IPCC 2006 Vol. 2 Tables 1.2 and 2.2: residual fuel oil 40.4 GJ/t x 77.4 kg CO2/GJ = 3.13 t CO2/t"), ef_disposal: NONE, price: (500.0, "assumption: heavy fuel oil, 2024"), disposal: NONE },
    Row { id: "diesel", name: "Diesel", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (3.19, "IPCC 2006 Vol. 2 Tables 1.2 and 2.2: gas/diesel oil 43.0 GJ/t x 74.1 kg CO2/GJ = 3.19 t CO2/t"), ef_disposal: NONE, price: (900.0, "assumption: diesel before taxes, 2024"), disposal: NONE },
    Row { id: "wood_chips", name: "Wood chips", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["030105"], route: R::None, ef_virgin: (0.03, "assumption: harvest, chipping and haulage of virgin chips (biogenic combustion CO2 not counted)"), ef_disposal: NONE, price: (50.0, "assumption: fresh wood chips, about 20 EUR/MWh, 2024"), disposal: NONE },
    Row { id: "sawdust", name: "Sawdust and shavings", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["030105"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "biogenic: burning it emits no fossil CO2"), price: NOT_BOUGHT, disposal: (20.0, "assumption: cost of getting rid of sawdust as low-grade fuel") },
    Row { id: "bark", name: "Bark", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["030101", "030301"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "biogenic: burning it emits no fossil CO2"), price: NOT_BOUGHT, disposal: (15.0, "assumption: cost of getting rid of bark as low-grade fuel") },
    Row { id: "wood_pallets", name: "Wood pallets", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["150103"], route: R::Incineration, ef_virgin: (0.1, "assumption: sawn timber and nails for new pallets"), ef_disposal: (0.0, "biogenic: burning it emits no fossil CO2"), price: (250.0, "assumption: new pallets, about 10 EUR for 40 kg"), disposal: (40.0, "assumption: gate fee for waste wood") },
    Row { id: "plastic_waste", name: "Plastic waste", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["070213", "150102", "191204"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "assumption (consequential): the region's incinerators run at capacity, so plastic diverted from one is replaced by other waste and its incineration CO2 is not avoided; landfilled plastic emits little. Its fossil carbon counts where a use burns it (rule use_ef)"), price: NOT_BOUGHT, disposal: (80.0, "assumption: incineration gate fee, 2024") },
    Row { id: "recycled_plastic", name: "Plastic (virgin PE/PP replaced by recyclate)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (1.9, "assumption: virgin PE/PP cradle to gate, about 1.8-2.0 t CO2e/t"), ef_disposal: NONE, price: (1250.0, "virgin PE/PP about 1,100-1,400 EUR/t in 2024 (market quotes, shared/data/cases.md)"), disposal: NONE },
    Row { id: "end_of_life_tyres", name: "End-of-life tyres", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["160103"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "assumption (consequential): as for plastic waste, incineration capacity diverted tyres free is refilled, so no incineration CO2 is avoided"), price: NOT_BOUGHT, disposal: (60.0, "assumption: tyre take-back fee per t") },
    Row { id: "used_cooking_oil", name: "Used cooking oil", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["200125"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "biogenic"), price: NOT_BOUGHT, disposal: (30.0, "assumption: collection and treatment of waste oil and fat") },
    // Organic residues, t (wet weight unless said).
    Row { id: "sewage_sludge", name: "Sewage sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["190805"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.05, "assumption: fuel to dry and incinerate wet sludge, N2O"), price: NOT_BOUGHT, disposal: (40.0, "assumption: incineration of wet sludge, 2024") },
    Row { id: "biological_sludge", name: "Biological sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["070512", "020204"], route: R::Incineration, ef_virgin: NOT_BOUGHT, ef_disposal: (0.05, "assumption: fuel to dry and incinerate wet sludge, N2O"), price: NOT_BOUGHT, disposal: (40.0, "assumption: incineration of wet sludge, 2024") },
    Row { id: "digestate", name: "Digestate (whole, wet)", kind: Solid, km: WET_KM, mode: Road, ewc: &["190604", "190606"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "assumption: stored and spread by the biogas plant itself; no emission counted"), price: NOT_BOUGHT, disposal: (5.0, "assumption: cost of storing and spreading digestate without a buyer") },
    Row { id: "mineral_nitrogen", name: "Mineral nitrogen fertiliser (t N)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (3.5, "about 3.5 kg CO2e per kg N for ammonium nitrate made in Europe (Fertilizers Europe, via shared/data/cases.md)"), ef_disposal: NONE, price: (1250.0, "assumption: calcium ammonium nitrate (27 % N) at about 340 EUR/t in 2024, about 1,250 EUR per t N"), disposal: NONE },
    Row { id: "fertiliser", name: "Mineral fertiliser (CAN, 27 % N)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.95, "computed: 27 % N x 3.5 t CO2e per t N (Fertilizers Europe, via shared/data/cases.md)"), ef_disposal: NONE, price: (340.0, "assumption: calcium ammonium nitrate, about 340 EUR/t in 2024"), disposal: NONE },
    Row { id: "compost", name: "Compost", kind: Solid, km: WET_KM, mode: Road, ewc: &["190503"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "assumption: stable organic matter"), price: NOT_BOUGHT, disposal: LANDFILL_COST },
    Row { id: "yeast_slurry", name: "Yeast slurry", kind: Solid, km: WET_KM, mode: Road, ewc: &["070599"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: treatment of wet yeast as waste"), price: NOT_BOUGHT, disposal: (20.0, "assumption: treatment of wet yeast as waste") },
    Row { id: "brewers_yeast", name: "Brewers' yeast", kind: Solid, km: WET_KM, mode: Road, ewc: &["020704"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: treatment as waste"), price: NOT_BOUGHT, disposal: (20.0, "assumption: treatment as waste") },
    Row { id: "spent_grain", name: "Spent grain (brewers' grains)", kind: Solid, km: WET_KM, mode: Road, ewc: &["020701"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: composting or digestion as waste"), price: NOT_BOUGHT, disposal: (20.0, "assumption: composting or digestion as waste") },
    Row { id: "whey", name: "Whey", kind: Solid, km: WET_KM, mode: Road, ewc: &["020501"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: treatment as wastewater"), price: NOT_BOUGHT, disposal: (15.0, "assumption: treatment as wastewater") },
    Row { id: "stillage", name: "Stillage", kind: Solid, km: WET_KM, mode: Road, ewc: &["020702"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: treatment as wastewater"), price: NOT_BOUGHT, disposal: (15.0, "assumption: treatment as wastewater") },
    Row { id: "ddgs", name: "DDGS / draff (distillers' grains)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &["020702"], route: R::None, ef_virgin: NOT_BOUGHT, ef_disposal: NONE, price: NOT_BOUGHT, disposal: NONE },
    Row { id: "soy_meal", name: "Soybean meal (protein feed replaced)", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.5, "assumption: imported soybean meal without land-use change, about 0.4-0.6 t CO2e/t"), ef_disposal: NONE, price: (450.0, "assumption: soybean meal, about 400-500 EUR/t in 2024"), disposal: NONE },
    Row { id: "animal_feed", name: "Animal feed", kind: Solid, km: SOLID_KM, mode: Road, ewc: &[], route: R::None, ef_virgin: (0.5, "assumption: compound feed with imported soy, as fed"), ef_disposal: NONE, price: (300.0, "assumption: compound feed, 2024"), disposal: NONE },
    Row { id: "biomass", name: "Biomass residues", kind: Solid, km: WET_KM, mode: Road, ewc: &["020304", "020399", "020103"], route: R::Treatment, ef_virgin: (0.02, "assumption: virgin energy crops or straw bought in"), ef_disposal: (0.02, "assumption: composting wet organic residues"), price: (20.0, "assumption: straw and energy crops, 2024"), disposal: (15.0, "assumption: composting wet organic residues") },
    Row { id: "fish_waste", name: "Fish waste", kind: Solid, km: WET_KM, mode: Road, ewc: &["020202"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.05, "assumption: rendering or disposal of animal by-products"), price: NOT_BOUGHT, disposal: (50.0, "assumption: rendering or disposal of animal by-products") },
    Row { id: "shell_waste", name: "Shrimp and fish shells", kind: Solid, km: WET_KM, mode: Road, ewc: &["020202", "020203"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.05, "assumption: disposal of animal by-products"), price: NOT_BOUGHT, disposal: (50.0, "assumption: disposal of animal by-products") },
    Row { id: "aquaculture_sludge", name: "Aquaculture sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["020106", "020199"], route: R::Discharge, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0, "assumption: discharged or spread untreated"), price: NOT_BOUGHT, disposal: (10.0, "assumption: discharge or spreading costs") },
    Row { id: "paper_sludge", name: "Paper sludge", kind: Solid, km: WET_KM, mode: Road, ewc: &["030305", "030311"], route: R::Landfill, ef_virgin: NOT_BOUGHT, ef_disposal: (0.02, "assumption: landfill of fibre sludge"), price: NOT_BOUGHT, disposal: LANDFILL_COST },
    // Water, m3.
    Row { id: "surface_water", name: "Surface water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.0002, "assumption: abstraction and pumping"), ef_disposal: NONE, price: (0.5, "assumption: abstraction charge and pumping"), disposal: NONE },
    Row { id: "process_water", name: "Process water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], route: R::None, ef_virgin: (0.0004, "assumption: groundwater abstraction and treatment"), ef_disposal: NONE, price: (1.5, "assumption: treated water for industry, 2024"), disposal: NONE },
    Row { id: "cooling_water", name: "Cooling water", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], route: R::Discharge, ef_virgin: (0.0002, "assumption: abstraction and pumping"), ef_disposal: (0.0, "discharged warm: nothing counted"), price: (0.5, "assumption: abstraction charge and pumping"), disposal: (0.0, "assumption: no discharge fee for clean cooling water") },
    Row { id: "wastewater", name: "Wastewater", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &["161002"], route: R::Treatment, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0005, "assumption: municipal wastewater treatment"), price: NOT_BOUGHT, disposal: (2.0, "assumption: municipal wastewater charge, 2024") },
    Row { id: "treated_effluent", name: "Treated effluent", kind: Water, km: WATER_KM, mode: Pipeline, ewc: &[], route: R::Discharge, ef_virgin: NOT_BOUGHT, ef_disposal: (0.0001, "assumption: pumping to the outfall"), price: NOT_BOUGHT, disposal: (0.3, "assumption: discharge fees") },
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
        "lpg" => (None, ncv(47.3, "liquefied petroleum gases")),
        "hydrogen" => (None, Some(Sourced::new(33.3, "hydrogen, lower heating value 120 MJ/kg = 33.3 MWh per t"))),
        "wood_chips" => (
            None,
            Some(Sourced::new(
                9.3 / 3.6,
                "Danish Energy Agency standard factor for fresh wood chips (traeflis) 9.3 GJ/t (shared/data/cases.md)",
            )),
        ),
        "biomass" => (None, ncv(11.6, "other primary solid biomass")),
        "surface_water" | "process_water" | "cooling_water" | "wastewater" | "treated_effluent" => (water(), None),
        "sewage_sludge" | "biological_sludge" | "yeast_slurry" | "digestate" | "whey" | "stillage"
        | "aquaculture_sludge" => {
            (Some(Sourced::new(1.0, "assumption: wet sludge and slurry are mostly water, about 1 t per m3")), None)
        }
        _ => (None, None),
    }
}

fn assumption(why: &str) -> String {
    format!("assumption: {why}")
}

fn sourced((value, source): V) -> Sourced<f64> {
    Sourced::new(value, source)
}

/// The catalogue every new project starts with.
pub fn builtin_materials() -> Vec<Material> {
    ROWS.iter()
        .map(|row| {
            let distance_class = match row.km {
                _ if row.mode == Grid => "electricity by wire 50 km".to_string(),
                km if km == STEAM_KM => "steam and process heat 10 km".into(),
                km if km == HEAT_KM => "waste and district heat 30 km".into(),
                km if km == WET_KM => "wet organics and sludges 100 km".into(),
                km if km == SOLID_KM => "bulk minerals and other solids 300 km".into(),
                km if km == WATER_KM => "water and gases by pipe 50 km".into(),
                km => format!("traded by sea, {km} km"),
            };
            let translations = super::lang::builtin_material_names().get(row.id).cloned().unwrap_or_default();
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
                // Bulk solids that go by road may also go by short-sea ship between ports.
                other_modes: if row.kind == Solid && row.mode == Road { vec![TransportMode::Ship] } else { vec![] },
                ef_virgin: sourced(row.ef_virgin),
                ef_disposal: sourced(row.ef_disposal),
                disposal_route: row.route,
                virgin_price: sourced(row.price),
                disposal_cost: sourced(row.disposal),
                builtin: true,
                density_t_per_m3: physical(row.id).0,
                energy_mwh_per_t: physical(row.id).1,
                names: translations.names,
                synonyms: translations.synonyms,
            }
        })
        .collect()
}

/// The materials whose displacement happens on the receiving firm's own site (fuel it no
/// longer burns, clinker it no longer calcines): only these save an ETS installation allowances.
pub fn burned_on_site(material: &str) -> bool {
    matches!(
        material,
        "natural_gas" | "lpg" | "coal" | "fuel_oil" | "steam" | "process_heat" | "clinker" | "lime" | "hydrogen"
    )
}

/// Materials a combined heat and power plant delivers at the cost of some electricity.
pub fn is_chp_heat(material: &str) -> bool {
    matches!(material, "steam" | "process_heat" | "district_heat")
}

const PLASTIC_FOSSIL: &str = "fossil carbon of the plastic burned in the kiln, IPCC default carbon content 2.5-2.75 t CO2/t (shared/data/cases.md); 2.6";

/// The substitution rules every new project starts with.
pub fn builtin_rules() -> Vec<SubstitutionRule> {
    #[rustfmt::skip]
    let rules: &[(&str, &str, f64, &str, f64, &str)] = &[
        ("fgd_gypsum", "natural_gypsum", 1.0, "Kalundborg: FGD gypsum replaces natural gypsum at Gyproc (symbiosis.dk/en); mass basis", 0.0, ""),
        ("fly_ash", "cement_raw_material", 1.0, "Kalundborg: fly ash to cement making (iisd.org business case 77); mass basis", 0.0, ""),
        ("fly_ash", "clinker", 1.0, "assumption: 1 t of clinker replaced per t of fly ash in blended cement (mass basis; clinker factor from shared/data/cases.md)", 0.0, ""),
        ("blast_furnace_slag", "clinker", 1.0, "assumption: ground granulated blast-furnace slag replaces clinker 1:1 by mass in blended cement", 0.0, ""),
        ("bottom_ash", "aggregates", 1.0, "assumption: processed bottom ash replaces road-base aggregate 1:1 by mass", 0.0, ""),
        ("steel_slag", "aggregates", 1.0, "assumption: steel slag replaces aggregate 1:1 by mass", 0.0, ""),
        ("cd_waste", "aggregates", 1.0, "assumption: crushed concrete replaces aggregate 1:1 by mass", 0.0, ""),
        ("foundry_sand", "virgin_sand", 1.0, "assumption: spent foundry sand replaces sand 1:1 by mass", 0.0, ""),
        ("glass_cullet", "glass_batch", 1.2, "assumption: 1 t of cullet replaces about 1.2 t of batch materials", 0.0, ""),
        ("scrap_metal", "pig_iron", 1.0, "assumption: 1 t of steel scrap replaces about 1 t of virgin iron units", 0.0, ""),
        ("paper_sludge", "cement_raw_material", 0.5, "assumption: the mineral half of de-inking sludge replaces raw meal", 0.0, ""),
        ("steam", "process_heat", 1.0, "assumption: energy basis, MWh for MWh", 0.0, ""),
        ("waste_heat", "district_heat", 1.0, "assumption: energy basis after a heat pump, MWh for MWh", 0.0, ""),
        ("biogas", "natural_gas", 1.0, "assumption: upgraded biomethane, energy basis (biogenic: no fossil CO2 in use)", 0.0, ""),
        ("biogas", "lpg", 1.0, "assumption: energy basis (biogenic: no fossil CO2 in use)", 0.0, ""),
        ("hydrogen", "natural_gas", 1.0, "assumption: energy basis as fuel (burns to water)", 0.0, ""),
        ("refinery_gas", "natural_gas", 1.0, "Kalundborg: refinery gas fuelled Gyproc from 1972 (NAP 4982); energy basis", 0.207, "fossil CO2 of burning refinery gas, IPCC 2006 Vol. 2 Table 2.2 default 57.6 kg CO2/GJ"),
        ("plastic_waste", "coal", 1.16, "assumption: kiln co-processing by heating value, mixed plastic waste about 30 GJ/t against other bituminous coal 25.8 GJ/t (IPCC 2006 Vol. 2 Table 1.2)", 2.6, PLASTIC_FOSSIL),
        ("end_of_life_tyres", "coal", 1.1, "assumption: kiln co-processing by heating value, tyres about 28 GJ/t against coal 25.8 GJ/t", 1.9, "assumption: fossil share of the carbon in tyres (about 70 % of 80 % C) burned in the kiln"),
        ("used_cooking_oil", "diesel", 0.78, "assumption: biodiesel (about 37 GJ/t, 0.9 t per t of oil) against diesel 43 GJ/t", 0.0, ""),
        ("sawdust", "wood_chips", 1.0, "assumption: dry sawdust and fresh chips have similar heating values per t", 0.0, ""),
        ("bark", "wood_chips", 0.8, "assumption: wet bark has about 80 % of the heating value of fresh chips", 0.0, ""),
        ("wood_pallets", "wood_chips", 1.0, "assumption: waste wood as fuel, mass basis", 0.0, ""),
        ("treated_effluent", "process_water", 1.0, "assumption: after polishing, m3 for m3", 0.0, ""),
        ("yeast_slurry", "animal_feed", 0.2, "assumption: about 20 % dry matter replaces feed on a dry basis", 0.0, ""),
        ("brewers_yeast", "soy_meal", 0.12, "assumption: wet yeast about 12 % dry matter at 45 % protein, against soybean meal about 46 % protein", 0.0, ""),
        ("spent_grain", "soy_meal", 0.12, "assumption: wet spent grain about 23 % dry matter at 25 % protein, against soybean meal about 46 % protein", 0.0, ""),
        ("ddgs", "soy_meal", 0.65, "assumption: DDGS about 30 % crude protein against soybean meal about 46 %", 0.0, ""),
        ("whey", "animal_feed", 0.065, "assumption: liquid whey about 6.5 % dry matter replaces feed on a dry basis", 0.0, ""),
        ("stillage", "biomass", 1.0, "assumption: thin stillage as digester feedstock, mass basis", 0.0, ""),
        ("aquaculture_sludge", "biomass", 1.0, "assumption: as digester feedstock, mass basis", 0.0, ""),
        ("digestate", "mineral_nitrogen", 0.004, "whole digestate about 3-5 kg N per t fresh weight (WRAP; AHDB RB209 digestate tables, via shared/data/cases.md); 4 kg", 0.0, ""),
        ("digestate", "fertiliser", 0.015, "computed: 4 kg N per t of digestate (WRAP; AHDB RB209) as CAN at 27 % N", 0.0, ""),
        ("biological_sludge", "mineral_nitrogen", 0.004, "assumption: about 4 kg N per t of wet sludge, as for whole digestate (WRAP; AHDB RB209 range 3-5 kg)", 0.0, ""),
        ("biological_sludge", "fertiliser", 0.015, "assumption: about 4 kg N per t of wet sludge (as for digestate), expressed as CAN at 27 % N", 0.0, ""),
        ("plastic_waste", "recycled_plastic", 0.8, "assumption: 80 % sorting and reprocessing yield", 0.0, ""),
    ];
    rules
        .iter()
        .map(|&(supply, demand, ratio, source, use_ef, use_source)| SubstitutionRule {
            use_ef,
            use_ef_source: if use_ef == 0.0 { String::new() } else { use_source.into() },
            ..SubstitutionRule::new(supply, demand, ratio, source)
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
        assert!(note.unwrap().english.contains("1 t per m3"));
        // Natural gas: 48 GJ/t, so 3 t are 40 MWh; fresh wood chips 9.3 GJ/t, so 2.5833 MWh are 1 t.
        assert!((m("natural_gas").convert(3.0, Unit::Tonne).unwrap().0 - 40.0).abs() < 1e-9);
        assert!((m("wood_chips").convert(9.3 / 3.6, Unit::Mwh).unwrap().0 - 1.0).abs() < 1e-9);
        // No factor: explained, never guessed.
        let err = m("fly_ash").convert(10.0, Unit::Mwh).unwrap_err().to_string();
        assert!(err.starts_with("fly_ash is measured in t, not MWh") && err.contains("no energy content"), "{err}");
        let err = m("fly_ash").convert(10.0, Unit::CubicMetre).unwrap_err().to_string();
        assert!(err.contains("no density") && err.contains("density_t_per_m3"), "{err}");
        assert_eq!(m("fly_ash").convert(7.0, Unit::Tonne).unwrap(), (7.0, None), "same unit: no note");
    }

    #[test]
    fn the_catalogue_has_sixty_materials_each_number_with_its_own_source_and_valid_ewc_codes() {
        let materials = builtin_materials();
        assert!(materials.len() >= 60, "{} materials", materials.len());
        for m in &materials {
            for (what, s) in [
                ("ef_virgin", &m.ef_virgin),
                ("ef_disposal", &m.ef_disposal),
                ("virgin_price", &m.virgin_price),
                ("disposal_cost", &m.disposal_cost),
                ("max_distance_km", &m.max_distance_km),
            ] {
                assert!(!s.source.trim().is_empty(), "{} {what} has no source", m.id);
            }
            // The reviewer's example: electricity's disposal cost is not sourced from a grid average.
            assert!(!m.disposal_cost.source.contains("grid average"), "{}", m.id);
            for code in &m.ewc_codes {
                assert!(super::super::reference::ewc(code).is_some(), "{}: EWC {code} is not in the list", m.id);
            }
        }
        let m = |id: &str| materials.iter().find(|m| m.id.as_str() == id).unwrap_or_else(|| panic!("{id}"));
        // Codes the review found wrong.
        assert_eq!(m("biological_sludge").ewc_codes[0], "070512");
        assert_eq!(m("yeast_slurry").ewc_codes, vec!["070599"]);
        assert!(!m("wastewater").ewc_codes.contains(&"190703".to_string()), "landfill leachate is not wastewater");
        for id in [
            "blast_furnace_slag",
            "steel_slag",
            "spent_grain",
            "brewers_yeast",
            "whey",
            "sawdust",
            "bark",
            "paper_sludge",
            "glass_cullet",
            "scrap_metal",
            "used_cooking_oil",
            "end_of_life_tyres",
            "cd_waste",
            "hydrogen",
            "oxygen",
            "co2",
            "shell_waste",
            "aquaculture_sludge",
            "wood_pallets",
            "recycled_plastic",
            "digestate",
            "mineral_nitrogen",
            "clinker",
            "coal",
            "lpg",
            "soy_meal",
        ] {
            m(id);
        }
        assert_eq!(m("fgd_gypsum").disposal_route, DisposalRoute::Landfill);
        assert_eq!(m("plastic_waste").disposal_route, DisposalRoute::Incineration);
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
