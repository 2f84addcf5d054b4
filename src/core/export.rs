//! Exports: the CSV import formats (so that export then import reproduces the project) and
//! RFC 7946 GeoJSON (lon/lat) of firms, exchanges and candidates.
//!
//! Confidential flows are left out unless asked for; candidates computed from them are too.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::catalogue;
use super::crs::{self, Crs};
use super::csv_import::{EXCHANGES_COLUMNS, FIRMS_COLUMNS, FLOWS_COLUMNS, MATERIAL_NAME_COLUMNS, RULES_COLUMNS};
use super::matching::{CANDIDATE_COLUMNS, Candidate, MatchOptions, Matcher};
use super::model::*;
use super::output::{self, FileSet};
use super::workbench::Contact;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not create {}: {error}", path.display())]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{}: {error}", path.display())]
    Csv { path: PathBuf, error: csv::Error },
    #[error("{0}")]
    Crs(String),
    #[error(transparent)]
    Write(#[from] super::output::WriteError),
    /// The picture or report could not be made (before anything was written).
    #[error("{0}")]
    Render(String),
}

/// What was written.
#[derive(Debug, Default)]
pub struct ExportSummary {
    pub files: Vec<PathBuf>,
    pub confidential_left_out: usize,
}

fn number(v: f64) -> String {
    format!("{v}")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// The project as exported, presented or reported: no contact persons (personal data),
/// confidential flows removed unless included, and how many were.
pub fn visible(project: &ProjectData, include_confidential: bool) -> (ProjectData, usize) {
    let mut data = project.clone();
    // Contact persons are personal data: only a CSV export asked to include them writes them.
    data.contacts.clear();
    let before = data.flows.len();
    if !include_confidential {
        data.flows.retain(|f| !f.confidential);
    }
    let left_out = before - data.flows.len();
    (data, left_out)
}

/// Columns of the import formats that hold numbers (never guarded against formulas).
const NUMERIC_COLUMNS: &[&str] = &[
    "lat",
    "lon",
    "x",
    "y",
    "employees",
    "quantity",
    "available_from",
    "available_to",
    "price_per_unit",
    "disposal_cost_per_unit",
    "start_year",
    "end_year",
    "counterfactual_km",
    "max_distance_km",
    "ef_virgin",
    "ef_disposal",
    "virgin_price",
    "disposal_cost",
    "density_t_per_m3",
    "energy_mwh_per_t",
    "ratio",
    "use_ef",
    "exchange_id",
    "year",
];

/// The keys of `project.csv` whose value is text (the others are numbers).
const TEXT_KEYS: &[&str] = &["name", "region", "description", "currency"];

/// The workbench's files: stage changes, outcomes and workshops; contacts only when asked for.
fn write_workbench(files: &mut FileSet, data: &ProjectData, contacts: Option<&[Contact]>) -> Result<(), ExportError> {
    use super::csv_import::{CONTACTS_COLUMNS, STAGES_COLUMNS, WORKSHOPS_COLUMNS, outcomes_columns};
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    write_csv(
        files,
        "workshops.csv",
        WORKSHOPS_COLUMNS,
        data.workshops.iter().map(|w| {
            vec![
                w.id.clone(),
                w.date.clone(),
                w.venue.clone(),
                w.facilitator.clone(),
                w.programme.clone(),
                w.notes.clone(),
                w.attendees.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";"),
            ]
        }),
    )?;
    write_csv(
        files,
        "stages.csv",
        STAGES_COLUMNS,
        data.stages.iter().map(|s| {
            vec![
                s.exchange.0.to_string(),
                s.stage.to_string(),
                s.date.clone(),
                s.by.clone(),
                s.note.clone(),
                s.next_action.clone(),
                text(&s.next_action_due),
                s.reason.map_or(String::new(), |r| r.to_string()),
                s.next_action_owner.clone(),
            ]
        }),
    )?;
    write_csv(
        files,
        "outcomes.csv",
        &outcomes_columns(),
        data.outcomes.iter().map(|o| {
            let mut row = vec![o.exchange.0.to_string(), o.year.to_string()];
            row.extend(o.figures().iter().map(|v| v.map_or(String::new(), number)));
            row.extend([o.evidence.clone(), o.verified.to_string()]);
            row
        }),
    )?;
    if let Some(contacts) = contacts {
        write_csv(
            files,
            "contacts.csv",
            CONTACTS_COLUMNS,
            contacts.iter().map(|c| {
                vec![
                    c.firm.0.clone(),
                    c.name.clone(),
                    c.role.clone(),
                    c.email.clone(),
                    c.phone.clone(),
                    c.language.clone(),
                    text(&c.consent_date),
                    c.consent_basis.clone(),
                    c.workshops.join(";"),
                ]
            }),
        )?;
    }
    Ok(())
}

fn write_csv(
    files: &mut FileSet,
    name: &str,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<(), ExportError> {
    let path = PathBuf::from(name);
    let csv_err = |error| ExportError::Csv { path: path.clone(), error };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(csv_err)?;
    let numeric = |h: &&str| NUMERIC_COLUMNS.contains(h) || super::workbench::OUTCOME_FIGURES.contains(h);
    let text_column: Vec<bool> = header.iter().map(|h| !numeric(h)).collect();
    let project_file = header == ["key", "value", "source"];
    for row in rows {
        let text_value = project_file
            && (TEXT_KEYS.contains(&row[0].as_str())
                || row[0].starts_with("tour_")
                || row[0].starts_with("description."));
        let cells = row.iter().enumerate().map(|(i, cell)| {
            let text = text_column.get(i).copied().unwrap_or(true) && !(project_file && i == 1 && !text_value);
            if text { output::guard_formula(cell) } else { std::borrow::Cow::Borrowed(cell.as_str()) }
        });
        writer.write_record(cells.map(|c| c.into_owned())).map_err(csv_err)?;
    }
    let bytes = writer.into_inner().map_err(|e| {
        ExportError::Write(super::output::WriteError::Write { path: path.clone(), source: e.into_error() })
    })?;
    files.write(name, &bytes).map_err(ExportError::Write)?;
    Ok(())
}

/// Candidates of the exported project (the best 10 per supply flow).
pub fn candidates(project: &ProjectData) -> Vec<Candidate> {
    Matcher::new(project, MatchOptions::default()).run(&std::sync::atomic::AtomicBool::new(false)).candidates
}

/// Writes `firms.csv`, `flows.csv`, `exchanges.csv`, `project.csv`, `candidates.csv`, and
/// `materials.csv` / `rules.csv` where the project has its own, into `dir`.
pub fn export_csv(project: &ProjectData, dir: &Path, include_confidential: bool) -> Result<ExportSummary, ExportError> {
    export_csv_in(project, dir, include_confidential, crs::WGS84)
}

/// As [`export_csv`], with firm positions in `crs`: lat/lon for WGS 84, otherwise `x`
/// (easting) and `y` (northing) in metres with a `crs` column, which import reads back.
pub fn export_csv_in(
    project: &ProjectData,
    dir: &Path,
    include_confidential: bool,
    crs: &Crs,
) -> Result<ExportSummary, ExportError> {
    export_csv_with(project, dir, include_confidential, false, crs)
}

/// As [`export_csv_in`]; with `include_personal`, also `contacts.csv` (personal data: left out
/// unless asked for). `stages.csv`, `outcomes.csv` and `workshops.csv` are always written.
pub fn export_csv_with(
    project: &ProjectData,
    dir: &Path,
    include_confidential: bool,
    include_personal: bool,
    crs: &Crs,
) -> Result<ExportSummary, ExportError> {
    crate::core::guard::heavy("a CSV export");
    let (data, left_out) = visible(project, include_confidential);
    let mut header: Vec<&str> = FIRMS_COLUMNS.to_vec();
    if !crs.is_geographic() {
        header.splice(2..4, ["x", "y", "crs"]);
    }
    let mut firm_rows = Vec::with_capacity(data.firms.len());
    for f in &data.firms {
        let mut row = vec![f.id.0.clone(), f.name.clone()];
        if crs.is_geographic() {
            row.extend([number(f.location.lat), number(f.location.lon)]);
        } else {
            let (x, y) = crs.from_wgs84(f.location).map_err(|e| ExportError::Crs(format!("firm '{}': {e}", f.id)))?;
            row.extend([number(x), number(y), crs.code()]);
        }
        row.extend([
            f.nace.clone(),
            opt(f.employees),
            f.address.clone(),
            f.notes.clone(),
            f.source.clone(),
            f.country.clone(),
            f.ets.to_string(),
            f.port.clone(),
        ]);
        firm_rows.push(row);
    }
    let mut files = FileSet::new(dir).map_err(ExportError::Write)?;
    write_csv(&mut files, "firms.csv", &header, firm_rows)?;
    write_csv(
        &mut files,
        "flows.csv",
        FLOWS_COLUMNS,
        data.flows.iter().map(|f| {
            vec![
                f.firm.0.clone(),
                f.direction.to_string(),
                f.material.0.clone(),
                number(f.quantity),
                f.unit.to_string(),
                f.ewc.clone().unwrap_or_default(),
                f.quality.clone(),
                opt(f.available_from),
                opt(f.available_to),
                opt(f.price_per_unit),
                opt(f.disposal_cost_per_unit),
                f.accepts_hazardous.to_string(),
                f.confidential.to_string(),
                f.source.clone(),
                f.role.to_string(),
                f.fkko.clone().unwrap_or_default(),
                f.workshop_id.clone(),
            ]
        }),
    )?;
    write_csv(
        &mut files,
        "exchanges.csv",
        EXCHANGES_COLUMNS,
        data.exchanges.iter().map(|e| {
            vec![
                e.from.0.clone(),
                e.to.0.clone(),
                e.material.0.clone(),
                opt(e.quantity),
                e.unit.to_string(),
                e.status.to_string(),
                opt(e.start_year),
                opt(e.end_year),
                opt(e.transport),
                e.notes.clone(),
                e.source.clone(),
                opt(e.counterfactual_km),
                e.id.0.to_string(),
                e.programme.clone(),
            ]
        }),
    )?;
    let builtin = catalogue::builtin_materials();
    let custom: Vec<&Material> = data.materials.iter().filter(|m| !builtin.contains(m)).collect();
    if !custom.is_empty() {
        write_csv(
            &mut files,
            "materials.csv",
            &super::csv_import::materials_columns(),
            custom.iter().map(|m| {
                let mut row = vec![
                    m.id.0.clone(),
                    m.name.clone(),
                    m.kind.to_string(),
                    m.unit.to_string(),
                    m.ewc_codes.join(" "),
                    number(m.max_distance_km.value),
                    m.transport.to_string(),
                    number(m.ef_virgin.value),
                    number(m.ef_disposal.value),
                    number(m.virgin_price.value),
                    number(m.disposal_cost.value),
                    m.ef_virgin.source.clone(),
                    m.density_t_per_m3.as_ref().map_or(String::new(), |d| number(d.value)),
                    m.energy_mwh_per_t.as_ref().map_or(String::new(), |e| number(e.value)),
                    m.disposal_route.to_string(),
                    m.other_modes.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(" "),
                    m.max_distance_km.source.clone(),
                    m.ef_virgin.source.clone(),
                    m.ef_disposal.source.clone(),
                    m.virgin_price.source.clone(),
                    m.disposal_cost.source.clone(),
                    m.density_t_per_m3.as_ref().map_or(String::new(), |d| d.source.clone()),
                    m.energy_mwh_per_t.as_ref().map_or(String::new(), |e| e.source.clone()),
                ];
                for column in MATERIAL_NAME_COLUMNS {
                    let (kind, lang) = column.split_once('_').unwrap_or_default();
                    row.push(match kind {
                        "name" => m.names.get(lang).cloned().unwrap_or_default(),
                        _ => m.synonyms.get(lang).map(|words| words.join("; ")).unwrap_or_default(),
                    });
                }
                row
            }),
        )?;
    }
    let builtin_rules = catalogue::builtin_rules();
    let rules: Vec<&SubstitutionRule> = data.rules.iter().filter(|r| !builtin_rules.contains(r)).collect();
    if !rules.is_empty() {
        write_csv(
            &mut files,
            "rules.csv",
            RULES_COLUMNS,
            rules.iter().map(|r| {
                vec![
                    r.supply.0.clone(),
                    r.demand.0.clone(),
                    number(r.ratio),
                    r.source.clone(),
                    number(r.use_ef),
                    r.use_ef_source.clone(),
                ]
            }),
        )?;
    }
    let meta = &data.meta;
    let mut rows: Vec<Vec<String>> = vec![
        vec!["name".into(), meta.name.clone(), String::new()],
        vec!["region".into(), meta.region.clone(), String::new()],
        vec!["description".into(), meta.description.clone(), String::new()],
        vec!["currency".into(), meta.currency.clone(), String::new()],
        vec!["price_year".into(), meta.price_year.to_string(), String::new()],
        vec!["evaluation_year".into(), opt(meta.evaluation_year), String::new()],
        vec!["view_lat".into(), number(meta.view.lat), String::new()],
        vec!["view_lon".into(), number(meta.view.lon), String::new()],
        vec!["view_zoom".into(), number(meta.view.zoom), String::new()],
    ];
    for (i, step) in meta.tour.iter().enumerate() {
        rows.push(vec![format!("tour_{}", i + 1), step.clone(), String::new()]);
    }
    for (key, value) in meta.translated_rows() {
        rows.push(vec![key, value, String::new()]);
    }
    let defaults = super::params::EvaluationParams::default().to_rows();
    for row in data.params.to_rows() {
        if !defaults.contains(&row) {
            rows.push(vec![row.0, number(row.1), row.2]);
        }
    }
    write_csv(&mut files, "project.csv", &["key", "value", "source"], rows)?;
    write_workbench(&mut files, &data, include_personal.then_some(project.contacts.as_slice()))?;
    let candidates = candidates(&data);
    write_csv(&mut files, "candidates.csv", CANDIDATE_COLUMNS, candidates.iter().map(Candidate::csv_row))?;
    let files = files.commit().map_err(ExportError::Write)?;
    Ok(ExportSummary { files, confidential_left_out: left_out })
}

fn feature_collection(features: Vec<Value>) -> Value {
    json!({ "type": "FeatureCollection", "features": features })
}

/// Writes `firms.geojson`, `exchanges.geojson` and `candidates.geojson` (RFC 7946, lon/lat).
pub fn export_geojson(
    project: &ProjectData,
    dir: &Path,
    include_confidential: bool,
) -> Result<ExportSummary, ExportError> {
    crate::core::guard::heavy("a GeoJSON export");
    let (data, left_out) = visible(project, include_confidential);
    let mut files = FileSet::new(dir).map_err(ExportError::Write)?;
    let point = |p: LatLon| json!({ "type": "Point", "coordinates": [p.lon, p.lat] });
    let line = |a: LatLon, b: LatLon| json!({ "type": "LineString", "coordinates": [[a.lon, a.lat], [b.lon, b.lat]] });
    let firms: Vec<Value> = data
        .firms
        .iter()
        .map(|f| {
            let flows: Vec<Value> = data
                .flows
                .iter()
                .filter(|x| x.firm == f.id)
                .map(|x| json!({ "direction": x.direction, "material": x.material, "quantity": x.quantity, "unit": x.unit }))
                .collect();
            json!({
                "type": "Feature",
                "id": f.id,
                "geometry": point(f.location),
                "properties": { "id": f.id, "name": f.name, "nace": f.nace, "country": f.country, "ets": f.ets, "employees": f.employees, "address": f.address,
                                "notes": f.notes, "source": f.source, "flows": flows },
            })
        })
        .collect();
    let exchanges: Vec<Value> = data
        .exchanges
        .iter()
        .filter_map(|e| {
            let (a, b) = (data.firm(&e.from)?, data.firm(&e.to)?);
            Some(json!({
                "type": "Feature",
                "id": e.id,
                "geometry": line(a.location, b.location),
                "properties": { "from_firm_id": e.from, "to_firm_id": e.to, "material": e.material, "quantity": e.quantity,
                                "unit": e.unit, "status": e.status, "start_year": e.start_year, "end_year": e.end_year,
                                "transport": e.transport, "notes": e.notes, "source": e.source },
            }))
        })
        .collect();
    let candidates: Vec<Value> = candidates(&data)
        .iter()
        .filter_map(|c| {
            let (a, b) = (data.firm(&c.supply_firm_id)?, data.firm(&c.demand_firm_id)?);
            Some(json!({ "type": "Feature", "geometry": line(a.location, b.location), "properties": c }))
        })
        .collect();
    for (name, features) in [("firms", firms), ("exchanges", exchanges), ("candidates", candidates)] {
        let text = serde_json::to_string_pretty(&feature_collection(features)).expect("JSON values serialise");
        files.write(&format!("{name}.geojson"), text.as_bytes()).map_err(ExportError::Write)?;
    }
    let files = files.commit().map_err(ExportError::Write)?;
    Ok(ExportSummary { files, confidential_left_out: left_out })
}
