//! Synthetic, plausible Baltic projects for scale tests and demonstrations.
//!
//! Firms cluster around real towns (GeoNames, > 5,000 inhabitants), picked with probability
//! proportional to population; each firm belongs to a sector with a NACE code and gets 2-10
//! flows typical of that sector (power plants supply ash, gypsum, steam and heat; cement
//! plants want raw materials; farms want feed and fertiliser; recyclers want plastics...), with
//! log-uniform quantities in a plausible range. The same seed always gives the same project.

use std::sync::OnceLock;

use super::model::*;

const TOWNS_CSV: &str = include_str!("../../assets/towns.csv");

/// A town firms cluster around.
#[derive(Clone, Debug)]
pub struct Town {
    pub name: String,
    pub country: String,
    pub location: LatLon,
    pub population: u64,
}

/// The shipped GeoNames towns, largest first.
pub fn towns() -> &'static [Town] {
    static TOWNS: OnceLock<Vec<Town>> = OnceLock::new();
    TOWNS.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(TOWNS_CSV.as_bytes());
        reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                Some(Town {
                    name: r.get(1)?.to_string(),
                    country: r.get(2)?.to_string(),
                    location: LatLon::new(r.get(3)?.parse().ok()?, r.get(4)?.parse().ok()?),
                    population: r.get(5)?.parse().ok()?,
                })
            })
            .collect()
    })
}

/// The box (min lon, min lat, max lon, max lat) whose towns generated firms cluster around: the
/// Baltic core the benchmarks' figures were measured in (3-33 E, 53-67 N), so that a seed gives
/// the same project as before the basemap grew to the whole region. The map labels every town.
pub const GENERATE_BOX: [f64; 4] = [3.0, 53.0, 33.0, 67.0];

/// The towns generated firms cluster around, largest first.
fn generator_towns() -> Vec<&'static Town> {
    let [w, s, e, n] = GENERATE_BOX;
    towns().iter().filter(|t| (w..=e).contains(&t.location.lon) && (s..=n).contains(&t.location.lat)).collect()
}

/// A flow a sector typically has: direction, material, quantity range, probability.
struct Typical {
    direction: Direction,
    material: &'static str,
    min: f64,
    max: f64,
    chance: f64,
    /// EWC code and the chance the flow is classed as hazardous under it.
    hazardous: Option<(&'static str, f64)>,
}

const fn s(material: &'static str, min: f64, max: f64, chance: f64) -> Typical {
    Typical { direction: Direction::Supply, material, min, max, chance, hazardous: None }
}

const fn d(material: &'static str, min: f64, max: f64, chance: f64) -> Typical {
    Typical { direction: Direction::Demand, material, min, max, chance, hazardous: None }
}

struct Sector {
    label: &'static str,
    nace: &'static [&'static str],
    weight: f64,
    flows: &'static [Typical],
}

#[rustfmt::skip]
const SECTORS: &[Sector] = &[
    Sector { label: "Power Station", nace: &["35.11"], weight: 1.5, flows: &[
        s("steam", 2e4, 5e5, 0.8), s("waste_heat", 1e4, 3e5, 0.8), s("electricity", 5e4, 2e6, 0.9),
        Typical { direction: Direction::Supply, material: "fly_ash", min: 5e3, max: 2e5, chance: 0.7, hazardous: Some(("100116", 0.15)) },
        s("fgd_gypsum", 5e3, 1.5e5, 0.5), s("wastewater", 5e4, 1e6, 0.4),
        d("wood_chips", 2e4, 5e5, 0.5), d("surface_water", 1e5, 5e6, 0.6), d("treated_effluent", 5e4, 5e5, 0.3),
        d("biogas", 1e4, 1e5, 0.2),
    ]},
    Sector { label: "District Heating", nace: &["35.30"], weight: 3.0, flows: &[
        d("district_heat", 1e4, 5e5, 0.95), d("wood_chips", 5e3, 2e5, 0.6), d("natural_gas", 1e4, 2e5, 0.4),
        d("electricity", 1e3, 3e4, 0.5), s("fly_ash", 500.0, 2e4, 0.3),
    ]},
    Sector { label: "Refinery", nace: &["19.20"], weight: 0.3, flows: &[
        s("refinery_gas", 2e4, 3e5, 0.9), s("co2", 5e4, 5e5, 0.6), s("sulphur", 5e3, 5e4, 0.8), s("waste_heat", 5e4, 5e5, 0.8),
        s("wastewater", 2e5, 2e6, 0.7), d("steam", 5e4, 5e5, 0.7), d("process_water", 2e5, 3e6, 0.8), d("electricity", 5e4, 3e5, 0.9),
        d("natural_gas", 2e4, 2e5, 0.5), d("biogas", 1e4, 5e4, 0.2),
    ]},
    Sector { label: "Chemicals", nace: &["20.11", "20.13", "20.14", "20.15", "20.16"], weight: 2.0, flows: &[
        s("co2", 1e3, 1e5, 0.3), s("waste_heat", 5e3, 1e5, 0.6), s("wastewater", 2e4, 5e5, 0.7),
        Typical { direction: Direction::Supply, material: "biological_sludge", min: 1e3, max: 5e4, chance: 0.3, hazardous: Some(("070711", 0.3)) },
        d("steam", 1e4, 2e5, 0.7), d("process_water", 5e4, 1e6, 0.8), d("electricity", 1e4, 2e5, 0.9), d("sulphur", 1e3, 3e4, 0.2),
        d("natural_gas", 1e4, 1e5, 0.5),
    ]},
    Sector { label: "Cement Works", nace: &["23.51"], weight: 0.3, flows: &[
        d("cement_raw_material", 1e5, 1e6, 0.95), d("plastic_waste", 5e3, 5e4, 0.5), d("wood_chips", 5e3, 5e4, 0.3),
        d("electricity", 5e4, 3e5, 0.9), s("waste_heat", 2e4, 2e5, 0.6), s("co2", 1e5, 1e6, 0.3),
    ]},
    Sector { label: "Plasterboard", nace: &["23.62"], weight: 0.3, flows: &[
        d("natural_gypsum", 5e4, 3e5, 0.95), d("natural_gas", 2e4, 1e5, 0.7), d("electricity", 1e4, 5e4, 0.8),
        s("waste_heat", 5e3, 3e4, 0.5), s("plastic_waste", 100.0, 1e3, 0.4),
    ]},
    Sector { label: "Food", nace: &["10.11", "10.13", "10.39", "10.51", "10.61", "10.71", "10.89"], weight: 8.0, flows: &[
        s("biomass", 500.0, 3e4, 0.7), s("wastewater", 1e4, 5e5, 0.7), s("waste_heat", 1e3, 3e4, 0.5), s("plastic_waste", 50.0, 2e3, 0.4),
        d("process_water", 1e4, 5e5, 0.8), d("process_heat", 2e3, 5e4, 0.7), d("electricity", 1e3, 5e4, 0.9), d("natural_gas", 2e3, 5e4, 0.4),
    ]},
    Sector { label: "Seafood", nace: &["10.20"], weight: 1.5, flows: &[
        s("fish_waste", 500.0, 2e4, 0.9), s("wastewater", 1e4, 3e5, 0.7), s("waste_heat", 500.0, 1e4, 0.3),
        d("process_water", 1e4, 3e5, 0.8), d("process_heat", 1e3, 2e4, 0.6), d("electricity", 1e3, 2e4, 0.8), d("natural_gas", 1e3, 2e4, 0.4),
    ]},
    Sector { label: "Brewery", nace: &["11.05", "11.01"], weight: 1.0, flows: &[
        s("yeast_slurry", 200.0, 2e4, 0.9), s("biomass", 500.0, 2e4, 0.8), s("co2", 100.0, 5e3, 0.4), s("wastewater", 1e4, 3e5, 0.7),
        d("process_water", 1e4, 5e5, 0.9), d("process_heat", 1e3, 3e4, 0.7), d("electricity", 500.0, 2e4, 0.8), d("co2", 100.0, 2e3, 0.2),
    ]},
    Sector { label: "Farm", nace: &["01.11", "01.13", "01.41", "01.46", "01.50"], weight: 14.0, flows: &[
        d("fertiliser", 20.0, 2e3, 0.8), d("animal_feed", 50.0, 5e3, 0.6), d("electricity", 20.0, 2e3, 0.5), d("process_water", 1e3, 5e4, 0.3),
        s("biomass", 100.0, 1e4, 0.7), s("wood_chips", 50.0, 2e3, 0.2),
    ]},
    Sector { label: "Greenhouses", nace: &["01.13"], weight: 1.0, flows: &[
        d("co2", 100.0, 5e3, 0.7), d("waste_heat", 1e3, 5e4, 0.8), d("process_water", 1e3, 5e4, 0.6), d("fertiliser", 10.0, 500.0, 0.6),
        d("electricity", 500.0, 2e4, 0.7), s("biomass", 100.0, 3e3, 0.6),
    ]},
    Sector { label: "Fish Farm", nace: &["03.21", "03.22"], weight: 0.8, flows: &[
        d("waste_heat", 1e3, 3e4, 0.6), d("animal_feed", 100.0, 5e3, 0.9), s("fish_waste", 10.0, 1e3, 0.8), s("wastewater", 1e4, 5e5, 0.5),
    ]},
    Sector { label: "Biogas", nace: &["35.21"], weight: 1.5, flows: &[
        d("biomass", 5e3, 1e5, 0.9), d("yeast_slurry", 1e3, 3e4, 0.4), d("fish_waste", 500.0, 1e4, 0.3), d("sewage_sludge", 1e3, 3e4, 0.4),
        s("biogas", 5e3, 1e5, 0.95), s("fertiliser", 200.0, 5e3, 0.8), d("process_heat", 1e3, 1e4, 0.5),
    ]},
    Sector { label: "Wastewater Plant", nace: &["37.00"], weight: 2.0, flows: &[
        d("wastewater", 1e5, 1e7, 0.95), s("sewage_sludge", 1e3, 5e4, 0.9), s("treated_effluent", 1e5, 1e7, 0.8),
        s("biogas", 1e3, 3e4, 0.5), s("waste_heat", 5e3, 1e5, 0.5), d("electricity", 1e3, 3e4, 0.8),
    ]},
    Sector { label: "Water Works", nace: &["36.00"], weight: 1.0, flows: &[
        s("process_water", 1e5, 1e7, 0.95), d("surface_water", 1e5, 1e7, 0.5), d("electricity", 1e3, 2e4, 0.8),
    ]},
    Sector { label: "Pharma", nace: &["21.10", "21.20", "20.59"], weight: 0.8, flows: &[
        s("biological_sludge", 1e3, 1e5, 0.6), s("yeast_slurry", 1e3, 5e4, 0.4), s("wastewater", 5e4, 2e6, 0.8), s("waste_heat", 5e3, 8e4, 0.6),
        d("steam", 1e4, 3e5, 0.8), d("process_water", 1e5, 3e6, 0.9), d("electricity", 1e4, 2e5, 0.9),
    ]},
    Sector { label: "Plastics Recycling", nace: &["38.32"], weight: 1.5, flows: &[
        d("plastic_waste", 1e3, 5e4, 0.95), s("recycled_plastic", 500.0, 4e4, 0.95), d("electricity", 500.0, 1e4, 0.8),
        s("wastewater", 1e3, 5e4, 0.4),
    ]},
    Sector { label: "Plastics", nace: &["22.21", "22.22", "22.29"], weight: 3.0, flows: &[
        d("recycled_plastic", 100.0, 1e4, 0.5), s("plastic_waste", 50.0, 3e3, 0.8), s("waste_heat", 500.0, 1e4, 0.4),
        d("electricity", 1e3, 3e4, 0.9),
    ]},
    Sector { label: "Waste Management", nace: &["38.11", "38.21"], weight: 2.0, flows: &[
        s("plastic_waste", 500.0, 3e4, 0.8), s("biomass", 1e3, 5e4, 0.7), s("wood_chips", 500.0, 2e4, 0.5),
        Typical { direction: Direction::Supply, material: "fly_ash", min: 500.0, max: 2e4, chance: 0.2, hazardous: Some(("190113", 0.8)) },
        s("waste_heat", 1e4, 2e5, 0.3), d("electricity", 500.0, 1e4, 0.6),
    ]},
    Sector { label: "Sawmill", nace: &["16.10", "16.21"], weight: 3.0, flows: &[
        s("wood_chips", 1e3, 1e5, 0.95), s("biomass", 500.0, 3e4, 0.6), d("process_heat", 1e3, 3e4, 0.7), d("electricity", 1e3, 2e4, 0.8),
    ]},
    Sector { label: "Paper Mill", nace: &["17.11", "17.12"], weight: 0.8, flows: &[
        s("biological_sludge", 5e3, 1e5, 0.7), s("waste_heat", 2e4, 3e5, 0.8), s("biomass", 5e3, 1e5, 0.6), s("fly_ash", 1e3, 3e4, 0.4),
        d("wood_chips", 5e4, 1e6, 0.9), d("steam", 2e4, 5e5, 0.7), d("process_water", 5e5, 1e7, 0.9), d("electricity", 2e4, 5e5, 0.9),
    ]},
    Sector { label: "Steelworks", nace: &["24.10", "24.51"], weight: 0.8, flows: &[
        s("waste_heat", 2e4, 5e5, 0.9), s("co2", 1e4, 5e5, 0.4), s("fly_ash", 1e3, 5e4, 0.3), s("wastewater", 5e4, 1e6, 0.6),
        d("electricity", 5e4, 1e6, 0.9), d("natural_gas", 2e4, 5e5, 0.7), d("process_water", 1e5, 2e6, 0.7),
    ]},
    Sector { label: "Engineering", nace: &["25.11", "25.62", "28.11", "28.22", "29.10", "27.11"], weight: 18.0, flows: &[
        s("plastic_waste", 5.0, 300.0, 0.4), s("waste_heat", 100.0, 5e3, 0.4), s("wastewater", 500.0, 2e4, 0.3),
        d("electricity", 200.0, 2e4, 0.95), d("process_heat", 200.0, 1e4, 0.6), d("recycled_plastic", 10.0, 500.0, 0.03),
    ]},
    Sector { label: "Construction Materials", nace: &["23.61", "23.63", "23.32"], weight: 2.0, flows: &[
        d("cement_raw_material", 2e3, 5e4, 0.5), d("fly_ash", 1e3, 3e4, 0.5), d("electricity", 1e3, 2e4, 0.8),
        d("natural_gypsum", 1e3, 2e4, 0.2), s("waste_heat", 500.0, 1e4, 0.3),
    ]},
];

/// Flows any industrial site may have, used to round a firm up to its number of flows.
#[rustfmt::skip]
const GENERAL: &[Typical] = &[
    d("electricity", 100.0, 1e4, 1.0), s("waste_heat", 100.0, 5e3, 1.0), s("wastewater", 500.0, 2e4, 1.0),
    d("process_water", 500.0, 5e4, 1.0), s("plastic_waste", 5.0, 300.0, 1.0), d("process_heat", 100.0, 5e3, 1.0),
    s("biomass", 10.0, 1e3, 1.0), d("natural_gas", 100.0, 5e3, 1.0), d("steam", 100.0, 5e3, 1.0), s("co2", 10.0, 1e3, 1.0),
];

/// Options of a generated project.
#[derive(Clone, Copy, Debug)]
pub struct GenerateOptions {
    pub firms: usize,
    pub seed: u64,
}

/// The most firms [`generate`] makes (a national register of a large country).
pub const MAX_FIRMS: usize = 2_000_000;

/// Generates a project; `progress` is told how many firms are done.
pub fn generate(options: GenerateOptions, mut progress: impl FnMut(usize)) -> ProjectData {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let towns = generator_towns();
    let mut cumulative_pop = Vec::with_capacity(towns.len());
    let mut acc = 0.0;
    for t in &towns {
        acc += t.population as f64;
        cumulative_pop.push(acc);
    }
    let total_weight: f64 = SECTORS.iter().map(|s| s.weight).sum();
    let mut project = ProjectData::new(ProjectMeta {
        name: format!("Synthetic Baltic project ({} firms, seed {})", options.firms, options.seed),
        region: "Baltic Sea region".into(),
        description: "Generated by `symbiosis-explorer generate`: firms clustered around GeoNames towns weighted by population, sector-typical flows with plausible quantities. Not real data.".into(),
        ..ProjectMeta::default()
    });
    project.firms.reserve(options.firms);
    project.flows.reserve(options.firms * 6);
    let units: std::collections::HashMap<&str, Unit> =
        project.materials.iter().map(|m| (m.id.as_str(), m.unit)).collect();
    let step = (options.firms / 10).max(1);
    for n in 0..options.firms {
        let town = &towns[cumulative_pop.partition_point(|&c| c < rng.f64() * acc).min(towns.len() - 1)];
        let mut pick = rng.f64() * total_weight;
        let sector = SECTORS
            .iter()
            .find(|s| {
                pick -= s.weight;
                pick <= 0.0
            })
            .unwrap_or(&SECTORS[0]);
        // Industrial areas spread further around bigger towns.
        let sigma_km = 1.5 + (town.population as f64).sqrt() / 400.0;
        let (dx, dy) = normal_pair(&mut rng);
        let lat = (town.location.lat + dy * sigma_km / 111.2).clamp(-89.0, 89.0);
        let lon = town.location.lon + dx * sigma_km / (111.2 * lat.to_radians().cos().max(0.1));
        let id = FirmId(format!("F{:06}", n + 1));
        let nace = sector.nace[rng.usize(..sector.nace.len())];
        // 2-10 flows (6 on average): the sector's flows drawn by their chance, topped up with
        // its common ones and then the general flows every site has, each material and
        // direction at most once.
        let wanted = rng.usize(2..=10);
        let mut chosen: Vec<&Typical> = sector.flows.iter().filter(|t| rng.f64() < t.chance).collect();
        for t in sector.flows.iter().filter(|t| t.chance >= 0.5).chain(GENERAL) {
            if chosen.len() >= wanted {
                break;
            }
            if !chosen.iter().any(|c| c.material == t.material && c.direction == t.direction) {
                chosen.push(t);
            }
        }
        chosen.truncate(wanted);
        for t in chosen {
            let quantity = (t.min.ln() + rng.f64() * (t.max.ln() - t.min.ln())).exp();
            let quantity = (quantity * 10.0).round() / 10.0;
            let (ewc, hazardous) = match t.hazardous {
                Some((code, chance)) if rng.f64() < chance => (Some(code.to_string()), true),
                _ => (None, false),
            };
            let available_from = (rng.f64() < 0.2).then(|| 1990 + rng.i32(0..35));
            let available_to = (rng.f64() < 0.05).then(|| available_from.unwrap_or(2000) + rng.i32(1..30));
            project.flows.push(Flow {
                id: FlowId(project.flows.len() as i64 + 1),
                firm: id.clone(),
                direction: t.direction,
                role: FlowRole::Residue,
                material: MaterialId::new(t.material),
                quantity,
                unit: units[t.material],
                ewc,
                fkko: None,
                workshop_id: String::new(),
                quality: String::new(),
                available_from,
                available_to,
                price_per_unit: None,
                disposal_cost_per_unit: None,
                accepts_hazardous: !hazardous && t.direction == Direction::Demand && rng.f64() < 0.05,
                confidential: rng.f64() < 0.02,
                source: "synthetic".into(),
            });
        }
        project.firms.push(Firm {
            id,
            name: format!("{} {} {}", town.name, sector.label, n + 1),
            location: LatLon::new(lat, lon),
            nace: nace.into(),
            employees: Some((10.0 * (rng.f64() * 6.0).exp()).round() as u32),
            address: format!("{}, {}", town.name, town.country),
            country: town.country.clone(),
            ets: false,
            port: super::countries::nearest_port(LatLon::new(lat, lon)).map_or(String::new(), |(p, _)| p.name.clone()),
            notes: String::new(),
            source: "synthetic".into(),
        });
        if (n + 1) % step == 0 {
            progress(n + 1);
        }
    }
    project
}

/// Two independent standard normal numbers (Box-Muller).
fn normal_pair(rng: &mut fastrand::Rng) -> (f64, f64) {
    let u1 = rng.f64().max(f64::MIN_POSITIVE);
    let u2 = rng.f64();
    let r = (-2.0 * u1.ln()).sqrt();
    let theta = std::f64::consts::TAU * u2;
    (r * theta.cos(), r * theta.sin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_sound_project() {
        let a = generate(GenerateOptions { firms: 300, seed: 7 }, |_| {});
        let b = generate(GenerateOptions { firms: 300, seed: 7 }, |_| {});
        let c = generate(GenerateOptions { firms: 300, seed: 8 }, |_| {});
        assert_eq!(a, b);
        assert_ne!(a.firms, c.firms);
        assert!(a.problems().is_empty(), "{:?}", a.problems());
        let per_firm = a.flows.len() as f64 / a.firms.len() as f64;
        assert!((2.0..=10.0).contains(&per_firm), "{per_firm}");
        for firm in &a.firms {
            let n = a.flows.iter().filter(|f| f.firm == firm.id).count();
            assert!((2..=10).contains(&n), "{} has {n} flows", firm.id);
            assert!(
                (50.0..70.0).contains(&firm.location.lat) && (0.0..35.0).contains(&firm.location.lon),
                "{:?}",
                firm.location
            );
            assert!(crate::core::reference::nace(&firm.nace).is_some(), "{}", firm.nace);
        }
        for flow in &a.flows {
            if let Some(code) = &flow.ewc {
                assert!(crate::core::reference::ewc(code).is_some_and(|e| e.hazardous), "{code}");
            }
        }
    }
}
