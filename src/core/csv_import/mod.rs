//! CSV import: `firms.csv`, `flows.csv`, `exchanges.csv` and the optional `materials.csv`,
//! `rules.csv`, `project.csv` become one project.
//!
//! Accepts UTF-8 with or without BOM, `,`, `;` or tab delimiters, and decimal commas in
//! `;`- or tab-separated files (Nordic spreadsheet exports). Every problem is reported as
//! `FILE:LINE:COLUMN: message` (header = line 1, columns from 1), and nothing is imported
//! while any problem remains.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::crs::Crs;
pub use super::lang::Phrase;
use super::model::*;
use super::{reference, validate};

mod mapping;
mod readers;
mod table;
mod workbench;

pub use mapping::*;
pub use readers::parse_flows;
use readers::*;
use table::*;
pub use table::{MAX_FIELD_BYTES, MAX_LINE_BYTES, strip_formula_guard};

/// One problem in one cell (or row) of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    pub file: String,
    pub line: u64,
    pub column: usize,
    /// In English, as the command line writes it.
    pub message: String,
    /// The same in words any language can say (a message key and its arguments), where the
    /// problem is one of the common ones; the app shows it in its own language.
    pub phrase: Option<Phrase>,
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

/// Why an import failed; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Problems(Vec<CsvProblem>),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

/// The files of one import. Only `firms` and `flows` are required.
#[derive(Clone, Debug, Default)]
pub struct ImportFiles {
    pub firms: PathBuf,
    pub flows: PathBuf,
    pub exchanges: Option<PathBuf>,
    pub materials: Option<PathBuf>,
    pub rules: Option<PathBuf>,
    pub project: Option<PathBuf>,
    /// The facilitator's workbench: workshops, contacts, stage changes, outcomes.
    pub workshops: Option<PathBuf>,
    pub contacts: Option<PathBuf>,
    pub stages: Option<PathBuf>,
    pub outcomes: Option<PathBuf>,
    /// The CRS of firm coordinates given as x/y (easting/northing) without a `crs` column;
    /// None means WGS 84.
    pub crs: Option<&'static Crs>,
}

/// Where the columns of each file are documented (README: CSV formats).
pub const FIRMS_COLUMNS: &[&str] =
    &["id", "name", "lat", "lon", "nace", "employees", "address", "notes", "source", "country", "ets", "port"];

/// Columns `firms.csv` may use instead of `lat`/`lon`: grid coordinates in metres (`x`/`y`,
/// `easting`/`northing`, `east`/`north` or `e`/`n`) and the CRS they are in (`crs`, e.g.
/// `EPSG:3006`; else `--crs`).
pub const FIRMS_GRID_COLUMNS: &[&str] = &["x", "y", "easting", "northing", "east", "north", "e", "n", "crs"];
pub const FLOWS_COLUMNS: &[&str] = &[
    "firm_id",
    "direction",
    "material",
    "quantity",
    "unit",
    "ewc",
    "quality",
    "available_from",
    "available_to",
    "price_per_unit",
    "disposal_cost_per_unit",
    "accepts_hazardous",
    "confidential",
    "source",
    "role",
    "fkko",
    "workshop_id",
];
pub const EXCHANGES_COLUMNS: &[&str] = &[
    "from_firm_id",
    "to_firm_id",
    "material",
    "quantity",
    "unit",
    "status",
    "start_year",
    "end_year",
    "transport",
    "notes",
    "source",
    "counterfactual_km",
    "id",
    "programme",
];
pub const MATERIALS_COLUMNS: &[&str] = &[
    "id",
    "name",
    "kind",
    "unit",
    "ewc_codes",
    "max_distance_km",
    "transport",
    "ef_virgin",
    "ef_disposal",
    "virgin_price",
    "disposal_cost",
    "source",
    "density_t_per_m3",
    "energy_mwh_per_t",
    "disposal_route",
    "other_modes",
    "max_distance_source",
    "ef_virgin_source",
    "ef_disposal_source",
    "virgin_price_source",
    "disposal_cost_source",
    "density_source",
    "energy_source",
];
/// The columns of `materials.csv` for other languages: a name per language, and synonyms
/// (`;`-separated) per language, English too.
pub const MATERIAL_NAME_COLUMNS: &[&str] = &[
    "synonyms_en",
    "name_ru",
    "synonyms_ru",
    "name_da",
    "synonyms_da",
    "name_sv",
    "synonyms_sv",
    "name_nb",
    "synonyms_nb",
    "name_fi",
    "synonyms_fi",
    "name_de",
    "synonyms_de",
    "name_pl",
    "synonyms_pl",
    "name_et",
    "synonyms_et",
    "name_lv",
    "synonyms_lv",
    "name_lt",
    "synonyms_lt",
];
pub const RULES_COLUMNS: &[&str] =
    &["supply_material", "demand_material", "ratio", "source", "use_ef", "use_ef_source"];
pub const PROJECT_COLUMNS: &[&str] = &["key", "value", "source"];

pub use workbench::{CONTACTS_COLUMNS, STAGES_COLUMNS, WORKSHOPS_COLUMNS, outcomes_columns};

/// Every column `materials.csv` may have: [`MATERIALS_COLUMNS`], then [`MATERIAL_NAME_COLUMNS`].
pub fn materials_columns() -> Vec<&'static str> {
    MATERIALS_COLUMNS.iter().chain(MATERIAL_NAME_COLUMNS).copied().collect()
}

/// Reads a file, stopping at the first line longer than [`MAX_LINE_BYTES`] (a CSV row is one
/// line) so that a file that is not CSV never fills the memory.
fn read(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read as _;
    let io = |source| ImportError::Io { path: path.to_path_buf(), source };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    let (mut line, mut line_length) = (1u64, 0usize);
    loop {
        let n = file.read(&mut chunk).map_err(io)?;
        if n == 0 {
            return Ok(out);
        }
        for &b in &chunk[..n] {
            if b == b'\n' {
                line += 1;
                line_length = 0;
            } else {
                line_length += 1;
            }
        }
        if line_length > MAX_LINE_BYTES {
            let phrase = Phrase::new("err-csv-line-too-long", [("bytes", MAX_LINE_BYTES)]);
            let (file, message) = (display(path), phrase.english());
            return Err(ImportError::Problems(vec![CsvProblem {
                file,
                line,
                column: 1,
                message,
                phrase: Some(phrase),
            }]));
        }
        out.extend_from_slice(&chunk[..n]);
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Reads the files and builds a project from them, or reports every problem found.
pub fn import(files: &ImportFiles) -> Result<ProjectData, ImportError> {
    import_with_notes(files).map(|(project, _)| project)
}

/// As [`import`], with notes of what was converted on the way in.
pub fn import_with_notes(files: &ImportFiles) -> Result<(ProjectData, Vec<CsvProblem>), ImportError> {
    let mut inputs = vec![(display(&files.firms), read(&files.firms)?), (display(&files.flows), read(&files.flows)?)];
    let optional = [
        &files.exchanges,
        &files.materials,
        &files.rules,
        &files.project,
        &files.workshops,
        &files.contacts,
        &files.stages,
        &files.outcomes,
    ];
    for path in optional.into_iter().flatten() {
        inputs.push((display(path), read(path)?));
    }
    let find = |path: &Option<PathBuf>| path.as_ref().map(|p| display(p));
    let get = |name: &str| inputs.iter().find(|(n, _)| n == name).map(|(n, b)| (n.clone(), b.as_slice()));
    let sources = Sources {
        firms: get(&display(&files.firms)).expect("read above"),
        flows: get(&display(&files.flows)).expect("read above"),
        exchanges: find(&files.exchanges).and_then(|n| get(&n)),
        materials: find(&files.materials).and_then(|n| get(&n)),
        rules: find(&files.rules).and_then(|n| get(&n)),
        project: find(&files.project).and_then(|n| get(&n)),
        workshops: find(&files.workshops).and_then(|n| get(&n)),
        contacts: find(&files.contacts).and_then(|n| get(&n)),
        stages: find(&files.stages).and_then(|n| get(&n)),
        outcomes: find(&files.outcomes).and_then(|n| get(&n)),
        crs: files.crs,
    };
    import_from_with_notes(sources).map_err(ImportError::Problems)
}

/// In-memory CSV texts by file name (for import from the UI, pasted rows, and tests).
pub struct Sources<'a> {
    pub firms: (String, &'a [u8]),
    pub flows: (String, &'a [u8]),
    pub exchanges: Option<(String, &'a [u8])>,
    pub materials: Option<(String, &'a [u8])>,
    pub rules: Option<(String, &'a [u8])>,
    pub project: Option<(String, &'a [u8])>,
    /// The facilitator's workbench (all optional).
    pub workshops: Option<(String, &'a [u8])>,
    pub contacts: Option<(String, &'a [u8])>,
    pub stages: Option<(String, &'a [u8])>,
    pub outcomes: Option<(String, &'a [u8])>,
    /// The CRS of firm coordinates given as x/y (easting/northing) without a `crs` column.
    pub crs: Option<&'static Crs>,
}

impl<'a> Sources<'a> {
    /// Just the two required files (name, bytes); the others absent, coordinates WGS 84.
    pub fn firms_and_flows(firms: (String, &'a [u8]), flows: (String, &'a [u8])) -> Sources<'a> {
        Sources {
            firms,
            flows,
            exchanges: None,
            materials: None,
            rules: None,
            project: None,
            workshops: None,
            contacts: None,
            stages: None,
            outcomes: None,
            crs: None,
        }
    }
}

/// Builds a project from CSV texts, or returns every problem found.
pub fn import_from(sources: Sources) -> Result<ProjectData, Vec<CsvProblem>> {
    import_from_with_notes(sources).map(|(project, _)| project)
}

/// As [`import_from`], with notes of what was converted on the way in.
pub fn import_from_with_notes(sources: Sources) -> Result<(ProjectData, Vec<CsvProblem>), Vec<CsvProblem>> {
    crate::core::guard::heavy("checking CSV files");
    let mut problems = Problems::new();
    let mut project = ProjectData::new(ProjectMeta::default());

    if let Some((name, bytes)) = sources.project
        && let Some(table) = Table::parse(name, bytes, PROJECT_COLUMNS, &["key", "value"], &mut problems)
    {
        read_project(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.materials
        && let Some(table) = Table::parse(name, bytes, &materials_columns(), &["id", "name", "kind"], &mut problems)
    {
        read_materials(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.rules
        && let Some(table) = Table::parse(name, bytes, RULES_COLUMNS, &RULES_COLUMNS[..3], &mut problems)
    {
        read_rules(&table, &mut project, &mut problems);
    }
    let (name, bytes) = sources.firms;
    let known: Vec<&str> = FIRMS_COLUMNS.iter().chain(FIRMS_GRID_COLUMNS).copied().collect();
    if let Some(table) = Table::parse(name, bytes, &known, &FIRMS_COLUMNS[..2], &mut problems) {
        read_firms(&table, sources.crs, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.workshops
        && let Some(table) = Table::parse(name, bytes, WORKSHOPS_COLUMNS, &WORKSHOPS_COLUMNS[..2], &mut problems)
    {
        workbench::read_workshops(&table, &mut project, &mut problems);
    }
    let (name, bytes) = sources.flows;
    if let Some(table) = Table::parse(name, bytes, FLOWS_COLUMNS, &FLOWS_COLUMNS[..5], &mut problems) {
        read_flows(&table, &mut project, &mut problems);
    }
    let mut status_cells = std::collections::HashMap::new();
    if let Some((name, bytes)) = sources.exchanges
        && let Some(table) = Table::parse(name, bytes, EXCHANGES_COLUMNS, &EXCHANGES_COLUMNS[..3], &mut problems)
    {
        status_cells = read_exchanges(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.contacts
        && let Some(table) = Table::parse(name, bytes, CONTACTS_COLUMNS, &CONTACTS_COLUMNS[..2], &mut problems)
    {
        workbench::read_contacts(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.stages
        && let Some(table) = Table::parse(name, bytes, STAGES_COLUMNS, &STAGES_COLUMNS[..3], &mut problems)
    {
        workbench::read_stages(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.outcomes
        && let Some(table) = Table::parse(name, bytes, &outcomes_columns(), &["exchange_id", "year"], &mut problems)
    {
        workbench::read_outcomes(&table, &mut project, &mut problems);
    }
    workbench::apply_stages(&mut project, &status_cells, &mut problems);

    if !problems.0.is_empty() {
        return Err(problems.0);
    }
    // The cells were checked one by one; this is the project as a whole (the same check the
    // project file makes), so that nothing the app cannot open is ever written.
    let whole: Vec<CsvProblem> = project
        .problems()
        .into_iter()
        .map(|message| CsvProblem { file: "(the imported project)".into(), line: 0, column: 0, message, phrase: None })
        .take(MAX_PROBLEMS)
        .collect();
    if whole.is_empty() { Ok((project, problems.1)) } else { Err(whole) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources<'a>(firms: &'a str, flows: &'a str) -> Sources<'a> {
        Sources::firms_and_flows(("firms.csv".into(), firms.as_bytes()), ("flows.csv".into(), flows.as_bytes()))
    }

    #[test]
    fn semicolons_decimal_commas_and_bom_read_like_a_plain_file() {
        let firms = "\u{feff}id;name;lat;lon\nasnaes;Asnæs Power Station;55,661528;11,080892\n";
        let flows = "firm_id;direction;material;quantity;unit\nasnaes;supply;fly_ash;\"170 000,5\";t\n";
        let project = import_from(sources(firms, flows)).unwrap();
        assert_eq!(project.firms[0].location, LatLon::new(55.661528, 11.080892));
        assert_eq!(project.firms[0].name, "Asnæs Power Station");
        assert_eq!(project.flows[0].quantity, 170_000.5);
    }

    #[test]
    fn russian_units_and_decimal_commas_convert_with_a_note() {
        let firms = "id;name;lat;lon\ntgk;ТГК-1;59,95;30,3\nzavod;Завод;59,9;30,4\n";
        let flows = "firm_id;direction;material;quantity;unit\n\
                     tgk;supply;district_heat;\"1 000,5\";Гкал\n\
                     zavod;supply;fly_ash;2,5;тыс. т\n\
                     zavod;demand;district_heat;120;МВт·ч\n";
        let (project, notes) = import_from_with_notes(sources(firms, flows)).unwrap();
        // Stored in each material's unit: district heat in MWh (1 Gcal = 1.163 MWh), ash in t.
        let heat = &project.flows[0];
        assert_eq!(heat.unit, Unit::Mwh);
        assert!((heat.quantity - 1000.5 * 1.163).abs() < 1e-9, "{}", heat.quantity);
        assert_eq!((project.flows[1].unit, project.flows[1].quantity), (Unit::Tonne, 2500.0));
        assert_eq!((project.flows[2].unit, project.flows[2].quantity), (Unit::Mwh, 120.0));
        let said: Vec<String> = notes.iter().map(ToString::to_string).collect();
        assert!(said.iter().any(|n| n.contains("flows.csv:2:") && n.contains("Gcal")), "{said:?}");
        assert!(said.iter().any(|n| n.contains("flows.csv:3:") && n.contains("kt")), "{said:?}");
    }

    #[test]
    fn every_problem_is_reported_at_its_cell() {
        let firms = "id,name,lat,lon\na,A,95,11\nb,B,55,11\nb,B again,55,11\n";
        let flows = "firm_id,direction,material,quantity,unit,available_from,available_to\n\
                     ghost,supply,steam,1,MWh,,\n\
                     b,supply,unobtainium,1,t,,\n\
                     b,supply,fly_ash,-3,t,,\n\
                     b,supply,fly_ash,3,MWh,,\n\
                     b,demand,steam,3,MWh,2020,2010\n\
                     b,demand,steam,3,MWh,twenty,\n";
        let problems: Vec<String> =
            import_from(sources(firms, flows)).unwrap_err().iter().map(ToString::to_string).collect();
        let expected = [
            "firms.csv:2:3: lat 95 is outside -90..90",
            "firms.csv:4:1: duplicate firm id 'b' (first on line 3)",
            "flows.csv:2:1: unknown firm id 'ghost'",
            "flows.csv:3:3: unknown material 'unobtainium'",
            "flows.csv:4:4: negative quantity -3",
            "flows.csv:5:5: unit mismatch: fly_ash is measured in t, not MWh",
            "flows.csv:6:7: end year 2010 is before start year 2020",
            "flows.csv:7:6: available_from 'twenty' is not a year",
        ];
        for e in expected {
            assert!(problems.iter().any(|p| p.starts_with(e)), "missing {e} in {problems:#?}");
        }
        assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    }

    #[test]
    fn missing_and_unknown_columns_are_named_in_the_header() {
        let problems =
            import_from(sources("id,name,lat\n", "firm_id,direction,material,quantity,unit,colour\n")).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(text.contains(&"firms.csv:1:1: missing required column 'lon'".to_string()), "{text:?}");
        assert!(text.iter().any(|p| p.starts_with("flows.csv:1:6: unknown column 'colour'")), "{text:?}");
    }

    #[test]
    fn comma_files_refuse_ambiguous_decimal_commas() {
        let problems =
            import_from(sources("id,name,lat,lon\na,A,\"55,6\",11\n", "firm_id,direction,material,quantity,unit\n"))
                .unwrap_err();
        assert!(problems[0].to_string().starts_with("firms.csv:2:3: lat '55,6' is ambiguous"), "{:?}", problems[0]);
    }

    #[test]
    fn a_column_mapping_renames_and_drops_columns_and_keeps_lines() {
        let text = "Företag;Riktning;Material;Mängd;Enhet;Kommentar\npower;supply;fly_ash;1 000,5;t;x\n";
        assert_eq!(header_of(text.as_bytes())[0], "Företag");
        let mapping: HashMap<String, Option<String>> = [
            ("Företag", Some("firm_id")),
            ("Riktning", Some("direction")),
            ("Material", Some("material")),
            ("Mängd", Some("quantity")),
            ("Enhet", Some("unit")),
            ("Kommentar", None),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
        .collect();
        let mapped = apply_column_mapping(text.as_bytes(), &mapping).unwrap();
        let s = Sources { flows: ("flows.csv".into(), &mapped), ..sources("id,name,lat,lon\npower,P,55,11\n", "") };
        let project = import_from(s).unwrap();
        assert_eq!(project.flows[0].quantity, 1000.5);
    }

    #[test]
    fn non_utf8_files_say_where_and_what_to_do() {
        let firms = b"id,name,lat,lon\na,Asn\xe6s,55,11\n";
        let s =
            Sources { firms: ("firms.csv".into(), firms), ..sources("", "firm_id,direction,material,quantity,unit\n") };
        let problems = import_from(s).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "firms.csv:2:2: the file is not UTF-8; save it as \"CSV UTF-8\" and try again"
        );
    }
}
