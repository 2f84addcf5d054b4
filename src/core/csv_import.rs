//! CSV import: `firms.csv`, `flows.csv`, `exchanges.csv` and the optional `materials.csv`,
//! `rules.csv`, `project.csv` become one project.
//!
//! Accepts UTF-8 with or without BOM, `,`, `;` or tab delimiters, and decimal commas in
//! `;`- or tab-separated files (Nordic spreadsheet exports). Every problem is reported as
//! `FILE:LINE:COLUMN: message` (header = line 1, columns from 1), and nothing is imported
//! while any problem remains.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use super::crs::Crs;
use super::model::*;
use super::{reference, validate};

/// One problem in one cell (or row) of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    pub file: String,
    pub line: u64,
    pub column: usize,
    pub message: String,
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
    /// The CRS of firm coordinates given as x/y (easting/northing) without a `crs` column;
    /// None means WGS 84.
    pub crs: Option<&'static Crs>,
}

/// A parsed CSV file: its header and its rows with their line numbers.
struct Table {
    file: String,
    decimal_comma: bool,
    columns: HashMap<String, usize>,
    rows: Vec<Row>,
}

struct Row {
    line: u64,
    cells: Vec<String>,
}

/// Collects problems while reading cells, so that one run reports all of them.
/// The second list holds notes: things done that the user should know of (unit conversions).
struct Problems(Vec<CsvProblem>, Vec<CsvProblem>);

impl Problems {
    fn new() -> Self {
        Problems(Vec::new(), Vec::new())
    }

    fn push(&mut self, file: &str, line: u64, column: usize, message: impl Into<String>) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(CsvProblem { file: file.to_string(), line, column, message: message.into() });
        } else if self.0.len() == MAX_PROBLEMS {
            let message = format!("stopped after {MAX_PROBLEMS} problems; correct these and run the import again");
            self.0.push(CsvProblem { file: file.to_string(), line, column, message });
        }
    }
}

/// A cell being read: where it is, what it holds.
#[derive(Clone, Copy)]
struct Cell<'a> {
    table: &'a Table,
    line: u64,
    column: usize,
    text: &'a str,
}

/// The delimiter a header line uses most: tab, `;` or `,`.
fn detect_delimiter(header_line: &str) -> u8 {
    let count = |c: char| header_line.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .filter(|&(_, n)| n > 0)
        .map_or(b',', |(d, _)| d)
}

impl Table {
    fn parse(file: String, bytes: &[u8], known: &[&str], required: &[&str], problems: &mut Problems) -> Option<Table> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let before = &bytes[..e.valid_up_to()];
                let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
                // The field the bad byte is in, counting delimiters (quotes are rare here).
                let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
                let delimiter = detect_delimiter(&String::from_utf8_lossy(header));
                let line_start = before.rsplit(|&b| b == b'\n').next().unwrap_or_default();
                let column = 1 + line_start.iter().filter(|&&b| b == delimiter).count();
                problems.push(&file, line, column, "the file is not UTF-8; save it as \"CSV UTF-8\" and try again");
                return None;
            }
        };
        if let Some(line) = overlong_line(text.as_bytes()) {
            problems.push(
                &file,
                line,
                1,
                format!("the line is longer than {MAX_LINE_BYTES} bytes; is this a CSV file? (rows are one line each)"),
            );
            return None;
        }
        let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
        if let Some((line, column)) = unclosed_quote(text, delimiter) {
            problems.push(
                &file,
                line,
                column,
                "a quote (\") opens a field here and is never closed; close it, or double a quote inside a field (\"\")",
            );
            return None;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut records: Vec<Row> = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line());
                    if let Some(i) = r.iter().position(|c| c.len() > MAX_FIELD_BYTES) {
                        problems.push(&file, line, i + 1, format!("the field is longer than {MAX_FIELD_BYTES} bytes"));
                        return None;
                    }
                    records.push(Row { line, cells: r.iter().map(|c| strip_formula_guard(c).to_string()).collect() });
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.push(&file, line, 1, format!("unreadable CSV row: {e}"));
                    return None;
                }
            }
        }
        let mut rows = records.into_iter();
        let Some(header) = rows.next() else {
            problems.push(&file, 1, 1, format!("the file is empty; it needs a header with {}", required.join(", ")));
            return None;
        };
        let mut columns = HashMap::new();
        let mut ok = true;
        let mut header_problems = 0usize;
        let mut header_problem = |problems: &mut Problems, column: usize, message: String| {
            header_problems += 1;
            if header_problems <= MAX_HEADER_PROBLEMS {
                problems.push(&file, 1, column, message);
            }
        };
        for (i, name) in header.cells.iter().enumerate() {
            let name = name.trim().to_lowercase();
            if name.is_empty() {
                continue;
            }
            if let Some(p) = validate::text_problem(&name, validate::TextKind::Name) {
                header_problem(problems, i + 1, format!("the column name {p}"));
                ok = false;
            } else if !known.contains(&name.as_str()) {
                header_problem(problems, i + 1, format!("unknown column '{name}' (expected: {})", known.join(", ")));
                ok = false;
            } else if columns.insert(name.clone(), i).is_some() {
                header_problem(problems, i + 1, format!("column '{name}' appears twice"));
                ok = false;
            }
        }
        if header_problems > MAX_HEADER_PROBLEMS {
            problems.push(
                &file,
                1,
                1,
                format!("and {} more problems in the header", header_problems - MAX_HEADER_PROBLEMS),
            );
        }
        for name in required {
            if !columns.contains_key(*name) {
                problems.push(&file, 1, 1, format!("missing required column '{name}'"));
                ok = false;
            }
        }
        let width = header.cells.len();
        let kinds: Vec<validate::TextKind> = header
            .cells
            .iter()
            .map(|h| {
                if NAME_COLUMNS.contains(&h.trim().to_lowercase().as_str()) {
                    validate::TextKind::Name
                } else {
                    validate::TextKind::Free
                }
            })
            .collect();
        let rows: Vec<Row> = rows
            .filter(|row| row.cells.iter().any(|c| !c.trim().is_empty()))
            .inspect(|row| {
                for (i, cell) in row.cells.iter().enumerate() {
                    let kind = kinds.get(i).copied().unwrap_or(validate::TextKind::Free);
                    if let Some(p) = validate::text_problem(cell, kind) {
                        problems.push(&file, row.line, i + 1, format!("the cell {p}"));
                    }
                }
                if row.cells.len() > width && row.cells[width..].iter().any(|c| !c.trim().is_empty()) {
                    problems.push(
                        &file,
                        row.line,
                        width + 1,
                        format!("row has {} fields but the header has {width}", row.cells.len()),
                    );
                }
            })
            .collect();
        ok.then_some(Table { file, decimal_comma: delimiter != b',', columns, rows })
    }

    fn cell<'a>(&'a self, row: &'a Row, name: &str) -> Option<Cell<'a>> {
        let index = *self.columns.get(name)?;
        let text = row.cells.get(index).map_or("", |s| s.trim());
        Some(Cell { table: self, line: row.line, column: index + 1, text })
    }
}

impl Cell<'_> {
    fn problem(&self, problems: &mut Problems, message: impl Into<String>) {
        problems.push(&self.table.file, self.line, self.column, message);
    }

    fn note(&self, problems: &mut Problems, message: impl Into<String>) {
        let message = format!("note: {}", message.into());
        problems.1.push(CsvProblem { file: self.table.file.clone(), line: self.line, column: self.column, message });
    }

    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Parses a number, accepting decimal commas and space thousands separators where the
    /// delimiter allows them.
    fn number(&self, problems: &mut Problems, name: &str) -> Option<f64> {
        let cleaned: String = self.text.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
        let normalised = if self.table.decimal_comma && cleaned.contains(',') {
            if cleaned.contains('.') { cleaned.replace('.', "").replace(',', ".") } else { cleaned.replace(',', ".") }
        } else {
            cleaned
        };
        match normalised.parse::<f64>() {
            // A negative quantity gets its own message from the caller.
            Ok(v) if v.is_finite() && name == "quantity" && v < 0.0 => Some(v),
            Ok(v) if v.is_finite() => match range_of(name).and_then(|range| validate::range_problem(v, range)) {
                Some(p) => {
                    self.problem(problems, format!("{name} {p}"));
                    None
                }
                None => Some(v),
            },
            _ if !self.table.decimal_comma && self.text.contains(',') => {
                self.problem(
                    problems,
                    format!(
                        "{name} '{}' is ambiguous in a comma-separated file; use a point as decimal mark",
                        self.text
                    ),
                );
                None
            }
            _ => {
                self.problem(problems, format!("{name} '{}' is not a number", self.text));
                None
            }
        }
    }

    fn optional_number(&self, problems: &mut Problems, name: &str) -> Option<f64> {
        if self.is_empty() { None } else { self.number(problems, name) }
    }

    fn year(&self, problems: &mut Problems, name: &str) -> Option<i32> {
        if self.is_empty() {
            return None;
        }
        let year = self.text.parse::<i32>().ok().or_else(|| {
            let v = self.text.replace(',', ".").parse::<f64>().ok()?;
            (v.fract() == 0.0).then_some(v as i32)
        });
        match year {
            Some(y) if crate::core::model::PLAUSIBLE_YEARS.contains(&y) => Some(y),
            Some(y) => {
                self.problem(problems, format!("{name} {y} is not a plausible year (1800..2200)"));
                None
            }
            None => {
                self.problem(problems, format!("{name} '{}' is not a year", self.text));
                None
            }
        }
    }

    fn boolean(&self, problems: &mut Problems, name: &str) -> bool {
        match self.text.to_lowercase().as_str() {
            "" | "0" | "false" | "no" | "n" | "nej" | "nei" | "ei" | "nein" => false,
            "1" | "true" | "yes" | "y" | "x" | "ja" | "j" | "kyllä" => true,
            _ => {
                self.problem(problems, format!("{name} '{}' is not yes/no (use true or false)", self.text));
                false
            }
        }
    }

    fn parsed<T: std::str::FromStr<Err = String>>(&self, problems: &mut Problems) -> Option<T> {
        match self.text.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(problems, e);
                None
            }
        }
    }

    fn required(&self, problems: &mut Problems, name: &str) -> Option<&str> {
        if self.is_empty() {
            self.problem(problems, format!("{name} is required"));
            None
        } else {
            Some(self.text)
        }
    }
}

/// The range a numeric column's values must be in (see [`validate`]).
fn range_of(column: &str) -> Option<&'static std::ops::RangeInclusive<f64>> {
    Some(match column {
        "quantity" => &validate::QUANTITY,
        "price_per_unit" | "disposal_cost_per_unit" | "virgin_price" | "disposal_cost" => &validate::PRICE,
        "ef_virgin" | "ef_disposal" | "use_ef" => &validate::FACTOR,
        "max_distance_km" | "counterfactual_km" => &validate::DISTANCE_KM,
        "ratio" => &validate::RATIO,
        "density_t_per_m3" | "energy_mwh_per_t" => &validate::PHYSICAL,
        _ => return None,
    })
}

/// Columns that hold ids, names and codes: no control characters at all (others are free
/// text, where tab and line breaks may stand).
const NAME_COLUMNS: &[&str] = &[
    "id",
    "name",
    "firm_id",
    "from_firm_id",
    "to_firm_id",
    "material",
    "supply_material",
    "demand_material",
    "nace",
    "country",
    "port",
    "unit",
    "direction",
    "role",
    "status",
    "transport",
    "ewc",
    "ewc_codes",
    "kind",
    "key",
    "crs",
];

/// Most problems one import reports; the rest are counted.
const MAX_PROBLEMS: usize = 1000;
/// Most header problems one file reports.
const MAX_HEADER_PROBLEMS: usize = 100;
/// The longest line a CSV file may have, and the longest field.
pub const MAX_LINE_BYTES: usize = 1 << 20;
pub const MAX_FIELD_BYTES: usize = 1 << 16;

/// Undoes the export's guard against spreadsheet formulas: one leading `'` goes when what
/// follows (after any further `'`) starts as a formula would (`=`, `+`, `-`, `@`, tab, CR).
pub fn strip_formula_guard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Where a quoted field opens and is never closed, as (line, column), if one does.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<(u64, usize)> {
    let bytes = text.as_bytes();
    let (mut line, mut column) = (1u64, 1usize);
    let mut at_field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if at_field_start && b == b'"' {
            let opened = (line, column);
            i += 1;
            loop {
                match bytes.get(i) {
                    None => return Some(opened),
                    Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(b'\n') => {
                        line += 1;
                        i += 1;
                    }
                    Some(_) => i += 1,
                }
            }
            at_field_start = false;
            continue;
        }
        if b == delimiter {
            column += 1;
            at_field_start = true;
        } else if b == b'\n' {
            line += 1;
            column = 1;
            at_field_start = true;
        } else if b != b'\r' {
            at_field_start = false;
        }
        i += 1;
    }
    None
}

/// The first line longer than [`MAX_LINE_BYTES`], if any, as (line number, its length so far).
fn overlong_line(bytes: &[u8]) -> Option<u64> {
    (1u64..).zip(bytes.split(|&b| b == b'\n')).find(|(_, chunk)| chunk.len() > MAX_LINE_BYTES).map(|(line, _)| line)
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
pub const RULES_COLUMNS: &[&str] =
    &["supply_material", "demand_material", "ratio", "source", "use_ef", "use_ef_source"];
pub const PROJECT_COLUMNS: &[&str] = &["key", "value", "source"];

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
            return Err(ImportError::Problems(vec![CsvProblem {
                file: display(path),
                line,
                column: 1,
                message: format!(
                    "the line is longer than {MAX_LINE_BYTES} bytes; is this a CSV file? (rows are one line each)"
                ),
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
    for path in [&files.exchanges, &files.materials, &files.rules, &files.project].into_iter().flatten() {
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
    /// The CRS of firm coordinates given as x/y (easting/northing) without a `crs` column.
    pub crs: Option<&'static Crs>,
}

/// The header of a CSV text (BOM and delimiter handled), for column mapping.
pub fn header_of(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned();
    let first = text.lines().next().unwrap_or("");
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).delimiter(detect_delimiter(first)).from_reader(first.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default()
}

/// Rewrites a CSV text with columns renamed (`Some(name)`) or dropped (`None`) by header name,
/// keeping its delimiter and its line numbers, so that files with other column names import.
pub fn apply_column_mapping(bytes: &[u8], mapping: &HashMap<String, Option<String>>) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| "the file is not UTF-8".to_string())?;
    let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).flexible(true).from_writer(Vec::new());
    let mut keep: Vec<Option<String>> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        if i == 0 {
            keep = record
                .iter()
                .map(|h| mapping.get(h.trim()).cloned().unwrap_or_else(|| Some(h.trim().to_string())))
                .collect();
            let header: Vec<&str> = keep.iter().flatten().map(String::as_str).collect();
            writer.write_record(header).map_err(|e| e.to_string())?;
        } else {
            let row: Vec<&str> = record.iter().zip(&keep).filter(|(_, k)| k.is_some()).map(|(c, _)| c).collect();
            writer.write_record(row).map_err(|e| e.to_string())?;
        }
    }
    writer.into_inner().map_err(|e| e.to_string())
}

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
        && let Some(table) = Table::parse(name, bytes, MATERIALS_COLUMNS, &["id", "name", "kind"], &mut problems)
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
    let (name, bytes) = sources.flows;
    if let Some(table) = Table::parse(name, bytes, FLOWS_COLUMNS, &FLOWS_COLUMNS[..5], &mut problems) {
        read_flows(&table, &mut project, &mut problems);
    }
    if let Some((name, bytes)) = sources.exchanges
        && let Some(table) = Table::parse(name, bytes, EXCHANGES_COLUMNS, &EXCHANGES_COLUMNS[..3], &mut problems)
    {
        read_exchanges(&table, &mut project, &mut problems);
    }

    if !problems.0.is_empty() {
        return Err(problems.0);
    }
    // The cells were checked one by one; this is the project as a whole (the same check the
    // project file makes), so that nothing the app cannot open is ever written.
    let whole: Vec<CsvProblem> = project
        .problems()
        .into_iter()
        .map(|message| CsvProblem { file: "(the imported project)".into(), line: 0, column: 0, message })
        .take(MAX_PROBLEMS)
        .collect();
    if whole.is_empty() { Ok((project, problems.1)) } else { Err(whole) }
}

fn read_project(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let mut tour: Vec<(usize, String)> = Vec::new();
    read_project_rows(table, project, problems, &mut tour);
    tour.sort();
    project.meta.tour = tour.into_iter().map(|(_, step)| step).collect();
}

fn read_project_rows(
    table: &Table,
    project: &mut ProjectData,
    problems: &mut Problems,
    tour: &mut Vec<(usize, String)>,
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
                if super::params::CURRENCIES.contains(&code.as_str()) {
                    meta.currency = code;
                } else {
                    value.problem(
                        problems,
                        format!(
                            "unknown currency '{}' (expected one of: {})",
                            value.text,
                            super::params::CURRENCIES.join(", ")
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
                    value.problem(problems, format!("{} {v} is outside {}..{}", key.text, range.start(), range.end()));
                }
            }
            other if other.starts_with("tour_") => match other["tour_".len()..].parse::<usize>() {
                Ok(n) if n >= 1 => tour.push((n, value.text.to_string())),
                _ => key.problem(problems, format!("tour step '{other}' needs a number from 1 (tour_1, tour_2, ...)")),
            },
            other => {
                let Some(v) = value.number(problems, other) else {
                    continue;
                };
                if let Some(problem) = super::params::EvaluationParams::problem(other, v) {
                    value.problem(problems, problem);
                } else if let Err(e) = project.params.set(other, v, source) {
                    key.problem(problems, format!("{e} (project keys: name, region, description, currency, price_year, evaluation_year, view_lat, view_lon, view_zoom, tour_1, tour_2, ..., or a parameter such as transport.road.ef_kg_per_tkm, country.DK.grid_ef, country.DK.landfill_cost, fx.DKK, carbon_price)"));
                }
            }
        }
    }
}

fn read_materials(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
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
            c.problem(problems, format!("unit mismatch: {kind} is measured in {canonical}, not {unit}"));
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
                    c.problem(problems, "max_distance_km must not be negative");
                    Sourced::new(default, source_of(name))
                }
                Some((v, _)) => Sourced::new(v, source_of(name)),
                None => Sourced::new(default, "assumption: not given, default used"),
            }
        };
        let positive = |name: &'static str, problems: &mut Problems| -> Option<Sourced<f64>> {
            let (v, c) = cell(name).and_then(|c| c.optional_number(problems, name).map(|v| (v, c)))?;
            if v <= 0.0 {
                c.problem(problems, format!("{name} must be more than zero, not {v}"));
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
                    Err(e) => c.problem(problems, e),
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
                    None => c.problem(problems, format!("unknown EWC code '{code}'")),
                }
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
        };
        match project.materials.iter_mut().find(|m| m.id.0 == id) {
            Some(existing) => *existing = material,
            None => project.materials.push(material),
        }
    }
}

/// A cell's text where the column exists and the cell is not empty.
fn cell_text(table: &Table, row: &Row, name: &str) -> Option<String> {
    table.cell(row, name).filter(|c| !c.is_empty()).map(|c| c.text.to_string())
}

fn read_rules(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    for row in &table.rows {
        let mut material = |name: &str| -> Option<MaterialId> {
            let c = table.cell(row, name)?;
            let id = c.required(problems, name)?;
            if project.materials.iter().any(|m| m.id.0 == id) {
                Some(MaterialId::new(id))
            } else {
                c.problem(problems, format!("unknown material '{id}'"));
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
            c.problem(problems, format!("ratio must be positive, not {r}"));
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
enum Position {
    LatLon,
    /// Easting and northing columns; the CRS comes from a `crs` column or the import's default.
    Grid {
        x: &'static str,
        y: &'static str,
    },
}

fn position_columns(table: &Table, default_crs: Option<&'static Crs>, problems: &mut Problems) -> Option<Position> {
    let has = |name: &str| table.columns.contains_key(name);
    let grid = [("x", "y"), ("easting", "northing"), ("east", "north"), ("e", "n")]
        .into_iter()
        .find(|(x, y)| has(x) && has(y));
    match grid {
        Some((x, y)) if has("lat") || has("lon") => {
            let column = table.columns.get(if has("lat") { "lat" } else { "lon" }).map_or(1, |i| i + 1);
            problems.push(
                &table.file,
                1,
                column,
                format!("both lat/lon and {x}/{y} columns: keep one pair, so that no position is read twice"),
            );
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
                problems.push(&table.file, 1, 1, format!("missing required column '{name}'"));
            }
            None
        }
    }
}

fn read_firms(table: &Table, default_crs: Option<&'static Crs>, project: &mut ProjectData, problems: &mut Problems) {
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
            id_cell.problem(problems, format!("duplicate firm id '{id}' (first on line {first})"));
        }
        let name = cell("name").required(problems, "name").map(str::to_string);
        let location = match position {
            Position::LatLon => {
                let coordinate = |name: &'static str, limit: f64, problems: &mut Problems| {
                    let c = cell(name);
                    let v = c.required(problems, name).and_then(|_| c.number(problems, name))?;
                    if v.abs() > limit {
                        c.problem(problems, format!("{name} {v} is outside -{limit}..{limit}"));
                        return None;
                    }
                    Some(v)
                };
                let lat = coordinate("lat", 90.0, problems);
                let lon = coordinate("lon", 180.0, problems);
                lat.zip(lon).map(|(lat, lon)| LatLon::new(lat, lon))
            }
            Position::Grid { x, y } => grid_position(table, row, x, y, default_crs, problems),
        };
        let nace = opt("nace");
        if !nace.is_empty() && reference::nace(&nace).is_none() {
            table.cell(row, "nace").expect("read above").problem(problems, format!("unknown NACE Rev.2 code '{nace}'"));
        }
        let employees = table.cell(row, "employees").and_then(|c| {
            let v = c.optional_number(problems, "employees")?;
            if v < 0.0 || v.fract() != 0.0 || v > f64::from(u32::MAX) {
                c.problem(problems, format!("employees must be a whole number of zero or more, not {}", c.text));
                return None;
            }
            Some(v as u32)
        });
        let country = match table.cell(row, "country").filter(|c| !c.is_empty()) {
            Some(c) => {
                let code = c.text.trim().to_uppercase();
                if super::countries::is_known(&code) {
                    Some(code)
                } else {
                    c.problem(
                        problems,
                        format!(
                            "unknown country '{}' (an ISO 3166 alpha-2 code of the map, e.g. {})",
                            c.text,
                            super::params::COUNTRIES.join(", ")
                        ),
                    );
                    None
                }
            }
            None => None,
        };
        let ets = table.cell(row, "ets").is_some_and(|c| c.boolean(problems, "ets"));
        let port = match table.cell(row, "port").filter(|c| !c.is_empty()) {
            Some(c) => match super::countries::port(c.text) {
                Some(p) => Some(p.name.clone()),
                None => {
                    c.problem(
                        problems,
                        format!("unknown port '{}' (a port of the basemap, e.g. Kalundborg, Aalborg)", c.text),
                    );
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
            None => match super::countries::country_at(location) {
                Some(code) => code.to_string(),
                None => {
                    if let Some(c) = table.cell(row, "id") {
                        c.note(
                            problems,
                            format!(
                                "firm '{id}' lies in no country of the map (nor within {} km of one): give its country in a 'country' column; country parameters do not apply to it",
                                super::countries::NEAREST_WITHIN_KM
                            ),
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
                super::countries::nearest_port(location).map_or(String::new(), |(p, _)| p.name.clone())
            }),
        });
    }
}

/// A firm position from grid columns, in the row's `crs` or the import's default CRS.
fn grid_position(
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
                c.problem(problems, e.to_string());
                return None;
            }
        },
        None if x == "lon" => Some(default_crs.unwrap_or(super::crs::WGS84)),
        None => default_crs,
    };
    let (xc, yc) = (table.cell(row, x)?, table.cell(row, y)?);
    let easting = xc.required(problems, x).and_then(|_| xc.number(problems, x));
    let northing = yc.required(problems, y).and_then(|_| yc.number(problems, y));
    let Some(crs) = crs else {
        xc.problem(problems, format!("{x}/{y} need a CRS: add a 'crs' column (e.g. EPSG:3006) or import with --crs"));
        return None;
    };
    let (easting, northing) = (easting?, northing?);
    match crs.to_wgs84(easting, northing) {
        Ok(p) => match p.problem() {
            None => Some(p),
            Some(problem) => {
                xc.problem(problems, problem);
                None
            }
        },
        Err(e) => {
            xc.problem(problems, e.to_string());
            None
        }
    }
}

/// Checks a cell naming a firm against the firms read so far.
fn firm_ref(cell: &Cell, firms: &HashSet<&str>, problems: &mut Problems, name: &str) -> Option<FirmId> {
    let id = cell.required(problems, name)?;
    if firms.contains(id) {
        Some(FirmId::new(id))
    } else {
        cell.problem(problems, format!("unknown firm id '{id}' (not in the firms file)"));
        None
    }
}

/// Checks a cell naming a material against the catalogue; returns it with its unit.
fn material_ref(cell: &Cell, project: &ProjectData, problems: &mut Problems) -> Option<(MaterialId, Unit)> {
    let id = cell.required(problems, "material")?;
    match project.materials.iter().find(|m| m.id.0 == id) {
        Some(m) => Some((m.id.clone(), m.unit)),
        None => {
            cell.problem(problems, format!("unknown material '{id}' (add it in materials.csv or use a catalogue id)"));
            None
        }
    }
}

/// Reads a unit cell (the material's own unit where it may be left empty).
fn unit_for(
    cell: Option<Cell>,
    material: Option<&(MaterialId, Unit)>,
    required: bool,
    problems: &mut Problems,
) -> Option<Unit> {
    let expected = material.map(|(_, u)| *u);
    let Some(cell) = cell.filter(|c| !c.is_empty()) else {
        if required && let Some(c) = cell {
            c.problem(problems, "unit is required");
            return None;
        }
        return expected;
    };
    cell.parsed::<Unit>(problems)
}

/// A quantity in `unit` as its material's units: converted where the catalogue knows how (with
/// a note at the unit cell), a "unit mismatch" problem where it does not. Returns the factor
/// (material units per given unit) for prices per unit.
fn to_material_unit(
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
                c.note(problems, m.conversion_note(q, unit, q * factor));
            }
            Some(factor)
        }
        (Ok(factor), None) => Some(factor),
        (Err(e), Some(c)) => {
            c.problem(problems, format!("unit mismatch: {e}"));
            None
        }
        (Err(_), None) => None,
    }
}

fn year_range(from: Option<(Cell, Option<i32>)>, to: Option<(Cell, Option<i32>)>, problems: &mut Problems) -> bool {
    if let (Some((_, Some(a))), Some((c, Some(b)))) = (&from, &to)
        && a > b
    {
        c.problem(problems, format!("end year {b} is before start year {a}"));
        return false;
    }
    true
}

fn read_flows(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
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
                c.problem(problems, format!("negative quantity {v}; quantities are per year and zero or more"));
                return None;
            }
            Some(v)
        });
        let unit = unit_for(cell("unit"), material.as_ref(), true, problems);
        let ewc = cell("ewc").filter(|c| !c.is_empty()).and_then(|c| match reference::ewc(c.text) {
            Some(e) => Some(e.code.clone()),
            None => {
                c.problem(problems, format!("unknown EWC code '{}' (European List of Waste, e.g. 10 01 05)", c.text));
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
                match validate::range_problem(v, range) {
                    Some(p) => {
                        let c = cell(name).or(cell("quantity")).expect("read above");
                        c.problem(problems, format!("{name} in the material's unit: {p}"));
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

fn read_exchanges(table: &Table, project: &mut ProjectData, problems: &mut Problems) {
    let firms: HashSet<String> = project.firms.iter().map(|f| f.id.0.clone()).collect();
    let firms: HashSet<&str> = firms.iter().map(String::as_str).collect();
    let mut exchanges = Vec::new();
    for row in &table.rows {
        let cell = |name: &'static str| table.cell(row, name);
        let text = |name: &'static str| cell(name).map_or(String::new(), |c| c.text.to_string());
        let from = cell("from_firm_id").and_then(|c| firm_ref(&c, &firms, problems, "from_firm_id"));
        let to_cell = cell("to_firm_id");
        let to = to_cell.as_ref().and_then(|c| firm_ref(c, &firms, problems, "to_firm_id"));
        if let (Some(a), Some(b), Some(c)) = (&from, &to, &to_cell)
            && a == b
        {
            c.problem(problems, format!("an exchange needs two different firms, not '{a}' twice"));
            continue;
        }
        let material = cell("material").and_then(|c| material_ref(&c, project, problems));
        let quantity = cell("quantity").and_then(|c| {
            let v = c.optional_number(problems, "quantity")?;
            if v < 0.0 {
                c.problem(problems, format!("negative quantity {v}"));
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
                c.problem(problems, format!("counterfactual_km must be 0 to 20000 km, not {v}"));
                return None;
            }
            Some(v)
        });
        let factor = match (&material, unit) {
            (Some((id, _)), Some(u)) => to_material_unit(project, id, u, quantity, cell("unit"), problems),
            _ => None,
        };
        let (Some(from), Some(to), Some((material, unit)), Some(factor), Some(status), Some(transport), true) =
            (from, to, material, factor, status, transport, years_ok)
        else {
            continue;
        };
        exchanges.push(Exchange {
            id: ExchangeId(exchanges.len() as i64 + 1),
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
        });
    }
    project.exchanges = exchanges;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources<'a>(firms: &'a str, flows: &'a str) -> Sources<'a> {
        Sources {
            firms: ("firms.csv".into(), firms.as_bytes()),
            flows: ("flows.csv".into(), flows.as_bytes()),
            exchanges: None,
            materials: None,
            rules: None,
            project: None,
            crs: None,
        }
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
