//! The readers: each file's rows become firms, flows, exchanges, materials, rules and project
//! settings, checked cell by cell against the project read so far.

use std::collections::{HashMap, HashSet};

use super::table::*;
use super::*;
use crate::core::crs::Crs;
use crate::core::lang;

/// Reads flow rows (a `flows.csv` text, or rows pasted from a spreadsheet) against an existing
/// project's firms and catalogue. Without a header line, the columns are taken in the order of
/// `flows.csv`. New flows have id 0 (the file assigns ids).
/// Quantities in another unit than their material's are converted where the catalogue allows;
/// the notes say which.
pub fn parse_flows(
    project: &ProjectData,
    name: &str,
    text: &str,
) -> Result<(Vec<Flow>, Vec<CsvProblem>), Vec<CsvProblem>> {
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let has_header = first.to_lowercase().split(['\t', ';', ',']).any(|c| c.trim() == "firm_id");
    let delimiter = match detect_delimiter(first) {
        b'\t' => "\t",
        b';' => ";",
        _ => ",",
    };
    let owned;
    let text = if has_header {
        text
    } else {
        owned = format!("{}\n{text}", FLOWS_COLUMNS.join(delimiter));
        &owned
    };
    let mut problems = Problems::new();
    let mut scratch = ProjectData { flows: Vec::new(), exchanges: Vec::new(), ..project.clone() };
    if let Some(table) =
        Table::parse(name.to_string(), text.as_bytes(), FLOWS_COLUMNS, &FLOWS_COLUMNS[..5], &mut problems)
    {
        read_flows(&table, &mut scratch, &mut problems);
    }
    if !problems.0.is_empty() {
        if !has_header {
            // Line numbers count the pasted rows from 1, as the user sees them.
            for p in &mut problems.0 {
                p.line = p.line.saturating_sub(1);
            }
        }
        return Err(problems.0);
    }
    if !has_header {
        for p in &mut problems.1 {
            p.line = p.line.saturating_sub(1);
        }
    }
    Ok((scratch.flows.into_iter().map(|f| Flow { id: FlowId(0), ..f }).collect(), problems.1))
}

pub(super) fn read_project(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let mut tour: Vec<(usize, String)> = Vec::new();
    let mut translated = std::collections::BTreeMap::new();
    read_project_rows(table, project, problems, &mut tour, &mut translated);
    tour.sort();
    project.meta.tour = tour.into_iter().map(|(_, step)| step).collect();
    project.meta.set_translated_tours(translated);
}

pub(super) fn read_project_rows(
    table: &Table,
    project: &mut ProjectData,
    problems: &mut Problems,
    tour: &mut Vec<(usize, String)>,
    translated: &mut std::collections::BTreeMap<String, Vec<(usize, String)>>,
) {
    for row in &table.rows {
        let (Some(key), Some(value)) = (table.cell(row, "key"), table.cell(row, "value")) else {
            continue;
        };
        let source = table.cell(row, "source").map_or("", |c| c.text);
        let meta = &mut project.meta;
        match key.text.to_lowercase().as_str() {
            "name" => meta.name = value.text.to_string(),
            "region" => meta.region = value.text.to_string(),
            "description" => meta.description = value.text.to_string(),
            "currency" => {
                let code = value.text.trim().to_uppercase();
                if crate::core::params::CURRENCIES.contains(&code.as_str()) {
                    meta.currency = code;
                } else {
                    let expected = crate::core::params::CURRENCIES.join(", ");
                    value.say(
                        problems,
                        Phrase::new(
                            "err-csv-unknown-value",
                            [("what", "currency"), ("text", value.text), ("expected", &expected)],
                        ),
                    );
                }
            }
            "price_year" => meta.price_year = value.year(problems, "price_year").unwrap_or(meta.price_year),
            "evaluation_year" => meta.evaluation_year = value.year(problems, "evaluation_year"),
            "view_lat" | "view_lon" | "view_zoom" => {
                let Some(v) = value.number(problems, key.text) else {
                    continue;
                };
                let (range, target) = match key.text.to_lowercase().as_str() {
                    "view_lat" => (-85.0..=85.0, &mut meta.view.lat),
                    "view_lon" => (-180.0..=180.0, &mut meta.view.lon),
                    _ => (0.0..=20.0, &mut meta.view.zoom),
                };
                if range.contains(&v) {
                    *target = v;
                } else {
                    let (from, to) = (range.start().to_string(), range.end().to_string());
                    value.say(
                        problems,
                        Phrase::new(
                            "err-csv-outside-range",
                            [("name", key.text.to_string()), ("value", v.to_string()), ("from", from), ("to", to)],
                        )
                        .with_numbers(&["value"]),
                    );
                }
            }
            other if other.contains('.') && (other.starts_with("tour_") || other.starts_with("description.")) => {
                if !meta.set_translated(other, value.text, translated) {
                    let codes = crate::core::lang::translated().join(", ");
                    key.say(problems, Phrase::new("err-csv-not-translated-key", [("key", other), ("codes", &codes)]));
                }
            }
            other if other.starts_with("tour_") => match other["tour_".len()..].parse::<usize>() {
                Ok(n) if n >= 1 => tour.push((n, value.text.to_string())),
                _ => key.say(problems, Phrase::new("err-csv-tour-step", [("key", other)])),
            },
            other => {
                let Some(v) = value.number(problems, other) else {
                    continue;
                };
                if let Some(problem) = crate::core::params::EvaluationParams::problem(other, v) {
                    value.say(problems, problem.phrase());
                } else if let Err(e) = project.params.set(other, v, source) {
                    let keys = "name, region, description, currency, price_year, evaluation_year, view_lat, view_lon, view_zoom, tour_1, tour_2, ..., transport.road.ef_kg_per_tkm, country.DK.grid_ef, country.DK.landfill_cost, fx.DKK, carbon_price";
                    key.say(
                        problems,
                        Phrase::new("err-csv-project-key", [("keys", keys)]).with_part("problem", e.phrase()),
                    );
                }
            }
        }
    }
}

pub(super) fn read_materials(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let Some(id) = cell("id").and_then(|c| c.required(problems, "id").map(str::to_string)) else {
            continue;
        };
        let name = cell("name").and_then(|c| c.required(problems, "name").map(str::to_string));
        let kind: Option<MaterialKind> =
            cell("kind").and_then(|c| c.required(problems, "kind").and_then(|_| c.parsed(problems)));
        let (Some(name), Some(kind)) = (name, kind) else {
            continue;
        };
        let canonical = Unit::for_kind(kind);
        if let Some(c) = cell("unit").filter(|c| !c.is_empty())
            && let Some(unit) = c.parsed::<Unit>(problems)
            && unit != canonical
        {
            let key = match kind {
                MaterialKind::Material => "err-csv-kind-unit-material",
                MaterialKind::Energy => "err-csv-kind-unit-energy",
                MaterialKind::Water => "err-csv-kind-unit-water",
            };
            c.say(
                problems,
                Phrase::new(key, [("canonical", canonical), ("unit", unit)]).with_units(&["canonical", "unit"]),
            );
        }
        let source = cell("source")
            .map(|c| c.text)
            .filter(|s| !s.is_empty())
            .unwrap_or("assumption: user-supplied, no source given");
        // Each number may have its own source column (`ef_virgin_source`, ...); else `source`.
        let source_of = |name: &'static str| -> String {
            let column = match name {
                "max_distance_km" => "max_distance_source",
                "density_t_per_m3" => "density_source",
                "energy_mwh_per_t" => "energy_source",
                other => {
                    return cell_text(table, row, &format!("{other}_source")).unwrap_or_else(|| source.to_string());
                }
            };
            cell_text(table, row, column).unwrap_or_else(|| source.to_string())
        };
        let value = |name: &'static str, default: f64, problems: &mut Problems| -> Sourced<f64> {
            match cell(name).and_then(|c| c.optional_number(problems, name).map(|v| (v, c))) {
                Some((v, c)) if v < 0.0 && name == "max_distance_km" => {
                    c.say(problems, Phrase::new("err-csv-not-negative", [("name", name)]));
                    Sourced::new(default, source_of(name))
                }
                Some((v, _)) => Sourced::new(v, source_of(name)),
                None => Sourced::new(default, "assumption: not given, default used"),
            }
        };
        let positive = |name: &'static str, problems: &mut Problems| -> Option<Sourced<f64>> {
            let (v, c) = cell(name).and_then(|c| c.optional_number(problems, name).map(|v| (v, c)))?;
            if v <= 0.0 {
                c.say(
                    problems,
                    Phrase::new("err-csv-not-positive", [("name", name.to_string()), ("value", v.to_string())])
                        .with_numbers(&["value"]),
                );
                return None;
            }
            Some(Sourced::new(v, source_of(name)))
        };
        let disposal_route = match cell("disposal_route").filter(|c| !c.is_empty()) {
            Some(c) => c.parsed(problems).unwrap_or(DisposalRoute::None),
            None => DisposalRoute::None,
        };
        let mut other_modes = Vec::new();
        if let Some(c) = cell("other_modes") {
            for mode in c.text.split([' ', ';', '|']).filter(|m| !m.is_empty()) {
                match mode.parse::<TransportMode>() {
                    Ok(m) => other_modes.push(m),
                    Err(e) => c.parse_failed(problems, e),
                }
            }
        }
        let default_km = match kind {
            MaterialKind::Material => 300.0,
            MaterialKind::Water => 50.0,
            MaterialKind::Energy => 30.0,
        };
        let transport = match cell("transport").filter(|c| !c.is_empty()) {
            Some(c) => c.parsed(problems).unwrap_or(TransportMode::Road),
            None if kind == MaterialKind::Material => TransportMode::Road,
            None => TransportMode::Pipeline,
        };
        let mut ewc_codes = Vec::new();
        if let Some(c) = cell("ewc_codes") {
            for code in c.text.split([' ', ';', '|']).filter(|s| !s.is_empty()) {
                match reference::ewc(code) {
                    Some(e) => ewc_codes.push(e.code.clone()),
                    None => c.say(problems, Phrase::new("err-csv-unknown-ewc", [("code", code)])),
                }
            }
        }
        // Names and synonyms in other languages (`name_ru`, `synonyms_ru`: `;`-separated); a
        // row that replaces a catalogue material keeps the catalogue's names it does not give.
        let before = project.materials.iter().find(|m| m.id.0 == id);
        let mut names = before.map(|m| m.names.clone()).unwrap_or_default();
        let mut synonyms = before.map(|m| m.synonyms.clone()).unwrap_or_default();
        for lang in lang::LANGUAGES {
            if *lang != "en"
                && let Some(text) = cell_text(table, row, &format!("name_{lang}"))
            {
                names.insert(lang.to_string(), text);
            }
            if let Some(text) = cell_text(table, row, &format!("synonyms_{lang}")) {
                synonyms.insert(lang.to_string(), lang::split_synonyms(&text));
            }
        }
        let material = Material {
            id: MaterialId(id.clone()),
            name,
            kind,
            unit: canonical,
            ewc_codes,
            max_distance_km: value("max_distance_km", default_km, problems),
            transport,
            other_modes,
            ef_virgin: value("ef_virgin", 0.0, problems),
            ef_disposal: value("ef_disposal", 0.0, problems),
            disposal_route,
            virgin_price: value("virgin_price", 0.0, problems),
            disposal_cost: value("disposal_cost", 0.0, problems),
            builtin: false,
            density_t_per_m3: positive("density_t_per_m3", problems),
            energy_mwh_per_t: positive("energy_mwh_per_t", problems),
            names,
            synonyms,
        };
        match project.materials.iter_mut().find(|m| m.id.0 == id) {
            Some(existing) => *existing = material,
            None => project.materials.push(material),
        }
    }
}

/// A flow's `workshop_id`: empty, or a workshop of `workshops.csv`.
fn workshop_of(cell: Option<Cell>, project: &ProjectData, problems: &mut Problems) -> String {
    match cell.filter(|c| !c.is_empty()) {
        None => String::new(),
        Some(c) if project.workshops.iter().any(|w| w.id == c.text) => c.text.to_string(),
        Some(c) => {
            c.say(problems, Phrase::new("err-csv-unknown-workshop", [("id", c.text)]));
            String::new()
        }
    }
}

/// A cell's text where the column exists and the cell is not empty.
pub(super) fn cell_text(table: &Table, row: &Row, name: &str) -> Option<String> {
    table.cell(row, name).filter(|c| !c.is_empty()).map(|c| c.text.to_string())
}

pub(super) fn read_rules(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    for row in &table.rows {
        let mut material = |name: &str| -> Option<MaterialId> {
            let c = table.cell(row, name)?;
            let id = c.required(problems, name)?;
            if project.materials.iter().any(|m| m.id.0 == id) {
                Some(MaterialId::new(id))
            } else {
                c.say(problems, Phrase::new("err-csv-unknown-material", [("id", id)]));
                None
            }
        };
        let (supply, demand) = (material("supply_material"), material("demand_material"));
        let Some(c) = table.cell(row, "ratio") else {
            continue;
        };
        let ratio = c.required(problems, "ratio").and_then(|_| c.number(problems, "ratio"));
        if let Some(r) = ratio
            && r <= 0.0
        {
            c.say(problems, Phrase::new("err-csv-ratio-positive", [("value", r)]).with_numbers(&["value"]));
            continue;
        }
        let (Some(supply), Some(demand), Some(ratio)) = (supply, demand, ratio) else {
            continue;
        };
        let source = table.cell(row, "source").map_or(String::new(), |c| c.text.to_string());
        let use_ef = table.cell(row, "use_ef").and_then(|c| c.optional_number(problems, "use_ef")).unwrap_or(0.0);
        let use_ef_source = table.cell(row, "use_ef_source").map_or(String::new(), |c| c.text.to_string());
        let rule = SubstitutionRule { supply, demand, ratio, source, use_ef, use_ef_source };
        match project.rules.iter_mut().find(|r| r.supply == rule.supply && r.demand == rule.demand) {
            Some(existing) => *existing = rule,
            None => project.rules.push(rule),
        }
    }
}

/// Where a firm's position is read from: which columns, in which CRS.
pub(super) enum Position {
    LatLon,
    /// Easting and northing columns; the CRS comes from a `crs` column or the import's default.
    Grid {
        x: &'static str,
        y: &'static str,
    },
}

pub(super) fn position_columns(
    table: &Table,
    default_crs: Option<&'static Crs>,
    problems: &mut Problems,
) -> Option<Position> {
    let has = |name: &str| table.columns.contains_key(name);
    let grid = [("x", "y"), ("easting", "northing"), ("east", "north"), ("e", "n")]
        .into_iter()
        .find(|(x, y)| has(x) && has(y));
    match grid {
        Some((x, y)) if has("lat") || has("lon") => {
            let column = table.columns.get(if has("lat") { "lat" } else { "lon" }).map_or(1, |i| i + 1);
            problems.say(&table.file, 1, column, Phrase::new("err-csv-two-positions", [("x", x), ("y", y)]));
            None
        }
        Some((x, y)) => Some(Position::Grid { x, y }),
        None if has("lat") && has("lon") && (has("crs") || default_crs.is_some_and(|c| !c.is_geographic())) => {
            // lat/lon columns with a grid (`--crs` or a row's `crs`) hold northing and easting in
            // it; rows without a grid stay WGS 84 degrees.
            Some(Position::Grid { x: "lon", y: "lat" })
        }
        None if has("lat") && has("lon") => Some(Position::LatLon),
        None => {
            let missing = ["lat", "lon"].into_iter().filter(|c| !has(c)).collect::<Vec<_>>();
            for name in missing {
                let phrase = Phrase::new("err-csv-missing-column", [("name", name)]);
                problems.say(&table.file, 1, 1, phrase);
            }
            None
        }
    }
}

pub(super) fn read_firms(
    table: &Table,
    default_crs: Option<&'static Crs>,
    project: &mut ProjectData,
    problems: &mut Problems,
) {
    let Some(position) = position_columns(table, default_crs, problems) else { return };
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name).expect("required columns exist");
        let opt = |name: &'static str| table.cell(row, name).map_or(String::new(), |c| c.text.to_string());
        let id_cell = cell("id");
        let id = id_cell.required(problems, "id").map(str::to_string);
        if let Some(id) = &id
            && let Some(first) = seen.insert(id.clone(), row.line)
        {
            id_cell.say(
                problems,
                Phrase::new("err-csv-duplicate-firm", [("id", id.clone()), ("line", first.to_string())]),
            );
        }
        let name = cell("name").required(problems, "name").map(str::to_string);
        let location = match position {
            Position::LatLon => {
                let coordinate = |name: &'static str, limit: f64, problems: &mut Problems| {
                    let c = cell(name);
                    let v = c.required(problems, name).and_then(|_| c.number(problems, name))?;
                    c.coordinate_within(problems, name, v, limit).then_some(v)
                };
                let lat = coordinate("lat", 90.0, problems);
                let lon = coordinate("lon", 180.0, problems);
                lat.zip(lon).map(|(lat, lon)| LatLon::new(lat, lon))
            }
            Position::Grid { x, y } => grid_position(table, row, x, y, default_crs, problems),
        };
        let nace = opt("nace");
        if !nace.is_empty() && reference::nace(&nace).is_none() {
            table
                .cell(row, "nace")
                .expect("read above")
                .say(problems, Phrase::new("err-csv-unknown-nace", [("code", &nace)]));
        }
        let employees = table.cell(row, "employees").and_then(|c| {
            let v = c.optional_number(problems, "employees")?;
            if v < 0.0 || v.fract() != 0.0 || v > f64::from(u32::MAX) {
                c.say(problems, Phrase::new("err-csv-employees", [("text", c.text)]));
                return None;
            }
            Some(v as u32)
        });
        let country = match table.cell(row, "country").filter(|c| !c.is_empty()) {
            Some(c) => {
                let code = c.text.trim().to_uppercase();
                if crate::core::countries::is_known(&code) {
                    Some(code)
                } else {
                    let codes = crate::core::params::COUNTRIES.join(", ");
                    c.say(problems, Phrase::new("err-csv-unknown-country", [("text", c.text), ("codes", &codes)]));
                    None
                }
            }
            None => None,
        };
        let ets = table.cell(row, "ets").is_some_and(|c| c.boolean(problems, "ets"));
        let port = match table.cell(row, "port").filter(|c| !c.is_empty()) {
            Some(c) => match crate::core::countries::port(c.text) {
                Some(p) => Some(p.name.clone()),
                None => {
                    c.say(problems, Phrase::new("err-csv-unknown-port", [("text", c.text)]));
                    None
                }
            },
            None => None,
        };
        let (Some(id), Some(name), Some(location)) = (id, name, location) else {
            continue;
        };
        let country = match country {
            Some(code) => code,
            None => match crate::core::countries::country_at(location) {
                Some(code) => code.to_string(),
                None => {
                    if let Some(c) = table.cell(row, "id") {
                        let km = crate::core::countries::NEAREST_WITHIN_KM;
                        c.note(
                            problems,
                            Phrase::new("note-no-country", [("id", id.to_string()), ("km", km.to_string())])
                                .with_numbers(&["km"]),
                        );
                    }
                    String::new()
                }
            },
        };
        project.firms.push(Firm {
            id: FirmId(id),
            name,
            location,
            nace,
            employees,
            address: opt("address"),
            notes: opt("notes"),
            source: opt("source"),
            country,
            ets,
            port: port.unwrap_or_else(|| {
                crate::core::countries::nearest_port(location).map_or(String::new(), |(p, _)| p.name.clone())
            }),
        });
    }
}

/// A firm position from grid columns, in the row's `crs` or the import's default CRS.
pub(super) fn grid_position(
    table: &Table,
    row: &Row,
    x: &'static str,
    y: &'static str,
    default_crs: Option<&'static Crs>,
    problems: &mut Problems,
) -> Option<LatLon> {
    let crs_cell = table.cell(row, "crs").filter(|c| !c.is_empty());
    let crs = match crs_cell {
        Some(c) => match Crs::parse(c.text) {
            Ok(crs) => Some(crs),
            Err(e) => {
                c.say(problems, e.phrase());
                return None;
            }
        },
        None if x == "lon" => Some(default_crs.unwrap_or(crate::core::crs::WGS84)),
        None => default_crs,
    };
    let (xc, yc) = (table.cell(row, x)?, table.cell(row, y)?);
    let easting = xc.required(problems, x).and_then(|_| xc.number(problems, x));
    let northing = yc.required(problems, y).and_then(|_| yc.number(problems, y));
    let Some(crs) = crs else {
        xc.say(problems, Phrase::new("err-csv-needs-crs", [("x", x), ("y", y)]));
        return None;
    };
    let (easting, northing) = (easting?, northing?);
    match crs.to_wgs84(easting, northing) {
        Ok(p) => {
            // A geographic "grid" (a row's EPSG:4326) is not checked by the transformation.
            let within =
                yc.coordinate_within(problems, y, p.lat, 90.0) && xc.coordinate_within(problems, x, p.lon, 180.0);
            within.then_some(p)
        }
        Err(e) => {
            xc.say(problems, e.phrase());
            None
        }
    }
}

/// Checks a cell naming a firm against the firms read so far.
pub(super) fn firm_ref(cell: &Cell, firms: &HashSet<&str>, problems: &mut Problems, name: &str) -> Option<FirmId> {
    let id = cell.required(problems, name)?;
    if firms.contains(id) {
        Some(FirmId::new(id))
    } else {
        cell.say(problems, Phrase::new("err-csv-unknown-firm", [("id", id)]));
        None
    }
}

/// Checks a cell naming a material against the catalogue; returns it with its unit.
pub(super) fn material_ref(cell: &Cell, project: &ProjectData, problems: &mut Problems) -> Option<(MaterialId, Unit)> {
    let id = cell.required(problems, "material")?;
    match project.materials.iter().find(|m| m.id.0 == id) {
        Some(m) => Some((m.id.clone(), m.unit)),
        None => {
            cell.say(problems, Phrase::new("err-csv-unknown-material", [("id", id)]));
            None
        }
    }
}

/// Reads a unit cell (the material's own unit where it may be left empty).
pub(super) fn unit_for(
    cell: Option<Cell>,
    material: Option<&(MaterialId, Unit)>,
    required: bool,
    problems: &mut Problems,
) -> Option<Unit> {
    let expected = material.map(|(_, u)| *u);
    let Some(cell) = cell.filter(|c| !c.is_empty()) else {
        if required && let Some(c) = cell {
            c.say(problems, Phrase::new("err-csv-required", [("name", "unit")]));
            return None;
        }
        return expected;
    };
    cell.parsed::<Unit>(problems)
}

/// A quantity in `unit` as its material's units: converted where the catalogue knows how (with
/// a note at the unit cell), a "unit mismatch" problem where it does not. Returns the factor
/// (material units per given unit) for prices per unit.
pub(super) fn to_material_unit(
    project: &ProjectData,
    material: &MaterialId,
    unit: Unit,
    quantity: Option<f64>,
    cell: Option<Cell>,
    problems: &mut Problems,
) -> Option<f64> {
    let m = project.material(material)?;
    if unit == m.unit {
        return Some(1.0);
    }
    match (m.units_per(unit), cell) {
        (Ok(factor), Some(c)) => {
            if let Some(q) = quantity {
                let how = m.conversion_phrase(q, unit, q * factor);
                c.note(problems, Phrase::new::<&str, 0>("note-text", []).with_part("text", how));
            }
            Some(factor)
        }
        (Ok(factor), None) => Some(factor),
        (Err(e), Some(c)) => {
            c.say(problems, e.phrase("err-csv-unit-mismatch"));
            None
        }
        (Err(_), None) => None,
    }
}

pub(super) fn year_range(
    from: Option<(Cell, Option<i32>)>,
    to: Option<(Cell, Option<i32>)>,
    problems: &mut Problems,
) -> bool {
    if let (Some((_, Some(a))), Some((c, Some(b)))) = (&from, &to)
        && a > b
    {
        c.say(problems, Phrase::new("err-csv-years-reversed", [("from", a), ("to", b)]));
        return false;
    }
    true
}

pub(super) fn read_flows(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let firms: HashSet<String> = project.firms.iter().map(|f| f.id.0.clone()).collect();
    let firms: HashSet<&str> = firms.iter().map(String::as_str).collect();
    let mut flows = Vec::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        let firm = cell("firm_id").and_then(|c| firm_ref(&c, &firms, problems, "firm_id"));
        let direction: Option<Direction> =
            cell("direction").and_then(|c| c.required(problems, "direction").and_then(|_| c.parsed(problems)));
        let material = cell("material").and_then(|c| material_ref(&c, project, problems));
        let quantity = cell("quantity").and_then(|c| {
            let v = c.required(problems, "quantity").and_then(|_| c.number(problems, "quantity"))?;
            if v < 0.0 {
                c.say(problems, Phrase::new("err-csv-negative-quantity", [("value", v)]));
                return None;
            }
            Some(v)
        });
        let unit = unit_for(cell("unit"), material.as_ref(), true, problems);
        let ewc = cell("ewc").filter(|c| !c.is_empty()).and_then(|c| match reference::ewc(c.text) {
            Some(e) => Some(e.code.clone()),
            None => {
                c.say(problems, Phrase::new("err-csv-unknown-ewc", [("code", c.text)]));
                None
            }
        });
        let fkko = cell("fkko").filter(|c| !c.is_empty()).and_then(|c| match reference::FkkoCode::parse(c.text) {
            Ok(code) => Some(code.code),
            Err(e) => {
                c.say(problems, e.phrase());
                None
            }
        });
        let from = cell("available_from").map(|c| {
            let y = c.year(problems, "available_from");
            (c, y)
        });
        let to = cell("available_to").map(|c| {
            let y = c.year(problems, "available_to");
            (c, y)
        });
        let years_ok = year_range(from.as_ref().map(|(c, y)| (*c, *y)), to.as_ref().map(|(c, y)| (*c, *y)), problems);
        let money =
            |name: &'static str, problems: &mut Problems| cell(name).and_then(|c| c.optional_number(problems, name));
        let price = money("price_per_unit", problems);
        let disposal = money("disposal_cost_per_unit", problems);
        let flag = |name: &'static str, problems: &mut Problems| cell(name).is_some_and(|c| c.boolean(problems, name));
        let accepts_hazardous = flag("accepts_hazardous", problems);
        let confidential = flag("confidential", problems);
        let role = match cell("role").filter(|c| !c.is_empty()) {
            Some(c) => c.parsed::<FlowRole>(problems),
            None => Some(FlowRole::Residue),
        };
        let factor = match (&material, unit) {
            (Some((id, _)), Some(u)) => to_material_unit(project, id, u, quantity, cell("unit"), problems),
            _ => None,
        };
        let factor = factor.filter(|f| {
            let converted = [
                quantity.map(|q| (q * f, "quantity")),
                price.map(|p| (p / f, "price_per_unit")),
                disposal.map(|d| (d / f, "disposal_cost_per_unit")),
            ];
            converted.into_iter().flatten().all(|(v, name)| {
                let range = range_of(name).expect("a numeric column");
                match validate::out_of_range(v, range) {
                    Some(p) => {
                        let c = cell(name).or(cell("quantity")).expect("read above");
                        let named = Phrase::new("err-csv-in-material-unit", [("name", name)]);
                        c.say(problems, p.phrase("").with_part("name", named));
                        false
                    }
                    None => true,
                }
            })
        });
        let (Some(firm), Some(direction), Some((material, unit)), Some(quantity), Some(factor), true, Some(role)) =
            (firm, direction, material, quantity, factor, years_ok, role)
        else {
            continue;
        };
        flows.push(Flow {
            id: FlowId(flows.len() as i64 + 1),
            firm,
            direction,
            role,
            material,
            quantity: quantity * factor,
            unit,
            ewc,
            fkko,
            workshop_id: workshop_of(cell("workshop_id"), project, problems),
            quality: text("quality"),
            available_from: from.and_then(|(_, y)| y),
            available_to: to.and_then(|(_, y)| y),
            price_per_unit: price.map(|p| p / factor),
            disposal_cost_per_unit: disposal.map(|d| d / factor),
            accepts_hazardous,
            confidential,
            source: text("source"),
        });
    }
    project.flows = flows;
}

/// Reads the exchanges; returns where each one's status was given (file, line, column), for the
/// note that a later stage changed it.
pub(super) fn read_exchanges(
    table: &Table,
    project: &mut ProjectData,
    problems: &mut Problems,
) -> HashMap<ExchangeId, (String, u64, usize)> {
    let firms: HashSet<String> = project.firms.iter().map(|f| f.id.0.clone()).collect();
    let firms: HashSet<&str> = firms.iter().map(String::as_str).collect();
    let mut exchanges = Vec::new();
    let mut status_cells = HashMap::new();
    let mut ids = HashSet::new();
    for (row_number, row) in table.rows.iter().enumerate() {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        // The exchange's id: the `id` column, else its row's number from 1.
        let id = match cell("id").filter(|c| !c.is_empty()) {
            None => Some(row_number as i64 + 1),
            Some(c) => match c.text.parse::<i64>() {
                Ok(id) if id >= 1 => Some(id),
                _ => {
                    c.say(problems, Phrase::new("err-csv-id-not-whole", [("text", c.text)]));
                    None
                }
            },
        };
        let id = match id {
            Some(id) if !ids.insert(id) => {
                let c = cell("id").unwrap_or(Cell { table, line: row.line, column: 1, text: "" });
                c.say(problems, Phrase::new("err-csv-exchange-id-twice", [("id", id)]));
                None
            }
            other => other,
        };
        let from = cell("from_firm_id").and_then(|c| firm_ref(&c, &firms, problems, "from_firm_id"));
        let to_cell = cell("to_firm_id");
        let to = to_cell.as_ref().and_then(|c| firm_ref(c, &firms, problems, "to_firm_id"));
        if let (Some(a), Some(b), Some(c)) = (&from, &to, &to_cell)
            && a == b
        {
            c.say(problems, Phrase::new("err-csv-same-firm-twice", [("id", a)]));
            continue;
        }
        let material = cell("material").and_then(|c| material_ref(&c, project, problems));
        let quantity = cell("quantity").and_then(|c| {
            let v = c.optional_number(problems, "quantity")?;
            if v < 0.0 {
                c.say(problems, Phrase::new("err-csv-negative-quantity", [("value", v)]).with_numbers(&["value"]));
                return None;
            }
            Some(v)
        });
        let unit = unit_for(cell("unit"), material.as_ref(), false, problems);
        let status = match cell("status").filter(|c| !c.is_empty()) {
            Some(c) => c.parsed(problems),
            None => Some(ExchangeStatus::Realised),
        };
        let start = cell("start_year").map(|c| {
            let y = c.year(problems, "start_year");
            (c, y)
        });
        let end = cell("end_year").map(|c| {
            let y = c.year(problems, "end_year");
            (c, y)
        });
        let years_ok = year_range(start.as_ref().map(|(c, y)| (*c, *y)), end.as_ref().map(|(c, y)| (*c, *y)), problems);
        let transport = match cell("transport").filter(|c| !c.is_empty()) {
            Some(c) => c.parsed(problems).map(Some),
            None => Some(None),
        };
        let counterfactual_km = cell("counterfactual_km").and_then(|c| {
            let v = c.optional_number(problems, "counterfactual_km")?;
            if !(0.0..=20_000.0).contains(&v) {
                c.say(problems, Phrase::new("err-csv-counterfactual-km", [("value", v)]).with_numbers(&["value"]));
                return None;
            }
            Some(v)
        });
        let factor = match (&material, unit) {
            (Some((id, _)), Some(u)) => to_material_unit(project, id, u, quantity, cell("unit"), problems),
            _ => None,
        };
        let (Some(from), Some(to), Some((material, unit)), Some(factor), Some(status), Some(transport), true, Some(id)) =
            (from, to, material, factor, status, transport, years_ok, id)
        else {
            continue;
        };
        if let Some(c) = cell("status") {
            status_cells.insert(ExchangeId(id), (table.file.clone(), c.line, c.column));
        }
        exchanges.push(Exchange {
            id: ExchangeId(id),
            from,
            to,
            material,
            quantity: quantity.map(|q| q * factor),
            unit,
            status,
            start_year: start.and_then(|(_, y)| y),
            end_year: end.and_then(|(_, y)| y),
            transport,
            notes: text("notes"),
            source: text("source"),
            counterfactual_km,
            programme: text("programme"),
        });
    }
    project.exchanges = exchanges;
    status_cells
}
