//! One CSV text as a table: delimiter, BOM and decimal commas detected, header checked against
//! the known columns, every cell with its line and column for the problem it may have, and
//! the limits a hostile file meets (line and field sizes, unclosed quotes, problem counts).

use std::collections::HashMap;

use super::*;

/// A parsed CSV file: its header and its rows with their line numbers.
pub(super) struct Table {
    pub(super) file: String,
    pub(super) decimal_comma: bool,
    pub(super) columns: HashMap<String, usize>,
    pub(super) rows: Vec<Row>,
}

pub(super) struct Row {
    pub(super) line: u64,
    pub(super) cells: Vec<String>,
}

/// Collects problems while reading cells, so that one run reports all of them.
/// The second list holds notes: things done that the user should know of (unit conversions).
pub(super) struct Problems(pub(super) Vec<CsvProblem>, pub(super) Vec<CsvProblem>);

impl Problems {
    pub(super) fn new() -> Self {
        Problems(Vec::new(), Vec::new())
    }

    /// A problem only English says (its words built at run time).
    pub(super) fn push(&mut self, file: &str, line: u64, column: usize, message: impl Into<String>) {
        self.push_problem(CsvProblem { file: file.to_string(), line, column, message: message.into(), phrase: None });
    }

    /// A problem that any language can say: its English is the phrase's (`en/errors.ftl`).
    pub(super) fn say(&mut self, file: &str, line: u64, column: usize, phrase: Phrase) {
        let message = phrase.english();
        self.push_problem(CsvProblem { file: file.to_string(), line, column, message, phrase: Some(phrase) });
    }

    fn push_problem(&mut self, problem: CsvProblem) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(problem);
        } else if self.0.len() == MAX_PROBLEMS {
            let phrase = Phrase::new("err-csv-stopped", [("count", MAX_PROBLEMS)]);
            let (message, phrase) = (phrase.english(), Some(phrase));
            self.0.push(CsvProblem { message, phrase, ..problem });
        }
    }
}

/// A cell being read: where it is, what it holds.
#[derive(Clone, Copy)]
pub(super) struct Cell<'a> {
    pub(super) table: &'a Table,
    pub(super) line: u64,
    pub(super) column: usize,
    pub(super) text: &'a str,
}

/// The delimiter a header line uses most: tab, `;` or `,`.
pub(super) fn detect_delimiter(header_line: &str) -> u8 {
    let count = |c: char| header_line.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .filter(|&(_, n)| n > 0)
        .map_or(b',', |(d, _)| d)
}

impl Table {
    pub(super) fn parse(
        file: String,
        bytes: &[u8],
        known: &[&str],
        required: &[&str],
        problems: &mut Problems,
    ) -> Option<Table> {
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
                problems.say(&file, line, column, Phrase::new("err-csv-not-utf8", [("file", &file)]));
                return None;
            }
        };
        if let Some(line) = overlong_line(text.as_bytes()) {
            problems.say(&file, line, 1, Phrase::new("err-csv-line-too-long", [("bytes", MAX_LINE_BYTES)]));
            return None;
        }
        let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
        if let Some((line, column)) = unclosed_quote(text, delimiter) {
            problems.say(&file, line, column, Phrase::new::<&str, 0>("err-csv-unclosed-quote", []));
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
                        problems.say(
                            &file,
                            line,
                            i + 1,
                            Phrase::new("err-csv-field-too-long", [("bytes", MAX_FIELD_BYTES)]),
                        );
                        return None;
                    }
                    records.push(Row { line, cells: r.iter().map(|c| strip_formula_guard(c).to_string()).collect() });
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.say(&file, line, 1, Phrase::new("err-csv-unreadable-row", [("detail", e)]));
                    return None;
                }
            }
        }
        let mut rows = records.into_iter();
        let Some(header) = rows.next() else {
            problems.say(&file, 1, 1, Phrase::new("err-csv-empty-file", [("columns", required.join(", "))]));
            return None;
        };
        let mut columns = HashMap::new();
        let mut ok = true;
        let mut header_problems = 0usize;
        // The first MAX_HEADER_PROBLEMS problems of the header are told, the rest counted.
        let mut told = || {
            header_problems += 1;
            header_problems <= MAX_HEADER_PROBLEMS
        };
        for (i, name) in header.cells.iter().enumerate() {
            let name = name.trim().to_lowercase();
            if name.is_empty() {
                continue;
            }
            if let Some(p) = validate::text_problem(&name, validate::TextKind::Name) {
                if told() {
                    problems.push(&file, 1, i + 1, format!("the column name {p}"));
                }
                ok = false;
            } else if !known.contains(&name.as_str()) {
                if told() {
                    let phrase =
                        Phrase::new("err-csv-unknown-column", [("name", name.clone()), ("known", known.join(", "))]);
                    problems.say(&file, 1, i + 1, phrase);
                }
                ok = false;
            } else if columns.insert(name.clone(), i).is_some() {
                if told() {
                    problems.say(&file, 1, i + 1, Phrase::new("err-csv-column-twice", [("name", &name)]));
                }
                ok = false;
            }
        }
        if header_problems > MAX_HEADER_PROBLEMS {
            problems.say(
                &file,
                1,
                1,
                Phrase::new("err-csv-more-in-header", [("count", header_problems - MAX_HEADER_PROBLEMS)]),
            );
        }
        for name in required {
            if !columns.contains_key(*name) {
                problems.say(&file, 1, 1, Phrase::new("err-csv-missing-column", [("name", name)]));
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
                    if let Some(p) = validate::control_character(cell, kind) {
                        problems.say(&file, row.line, i + 1, p.cell_phrase());
                    }
                }
                if row.cells.len() > width && row.cells[width..].iter().any(|c| !c.trim().is_empty()) {
                    problems.say(
                        &file,
                        row.line,
                        width + 1,
                        Phrase::new("err-csv-row-width", [("fields", row.cells.len()), ("width", width)]),
                    );
                }
            })
            .collect();
        ok.then_some(Table { file, decimal_comma: delimiter != b',', columns, rows })
    }

    pub(super) fn cell<'a>(&'a self, row: &'a Row, name: &str) -> Option<Cell<'a>> {
        let index = *self.columns.get(name)?;
        let text = row.cells.get(index).map_or("", |s| s.trim());
        Some(Cell { table: self, line: row.line, column: index + 1, text })
    }
}

impl Cell<'_> {
    pub(super) fn problem(&self, problems: &mut Problems, message: impl Into<String>) {
        problems.push(&self.table.file, self.line, self.column, message);
    }

    /// A problem of this cell that any language can say (its English is the phrase's).
    pub(super) fn say(&self, problems: &mut Problems, phrase: Phrase) {
        problems.say(&self.table.file, self.line, self.column, phrase);
    }

    /// A note of this cell (the phrase has the "note: " itself).
    pub(super) fn note(&self, problems: &mut Problems, phrase: Phrase) {
        problems.1.push(CsvProblem {
            file: self.table.file.clone(),
            line: self.line,
            column: self.column,
            message: phrase.english(),
            phrase: Some(phrase),
        });
    }

    /// Whether the coordinate `name` of this cell lies within -`limit`..`limit` degrees; where
    /// not, the problem at the cell.
    pub(super) fn coordinate_within(&self, problems: &mut Problems, name: &str, value: f64, limit: f64) -> bool {
        if value.is_finite() && value.abs() <= limit {
            return true;
        }
        self.say(
            problems,
            Phrase::new(
                "err-csv-coordinate-outside",
                [("name", name.to_string()), ("value", value.to_string()), ("limit", limit.to_string())],
            ),
        );
        false
    }

    pub(super) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Parses a number, accepting decimal commas and space thousands separators where the
    /// delimiter allows them.
    pub(super) fn number(&self, problems: &mut Problems, name: &str) -> Option<f64> {
        let cleaned: String = self.text.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
        let normalised = if self.table.decimal_comma && cleaned.contains(',') {
            if cleaned.contains('.') { cleaned.replace('.', "").replace(',', ".") } else { cleaned.replace(',', ".") }
        } else {
            cleaned
        };
        match normalised.parse::<f64>() {
            // A negative quantity gets its own message from the caller.
            Ok(v) if v.is_finite() && name == "quantity" && v < 0.0 => Some(v),
            Ok(v) if v.is_finite() => match range_of(name).and_then(|range| validate::out_of_range(v, range)) {
                Some(p) => {
                    self.say(problems, p.phrase(name));
                    None
                }
                None => Some(v),
            },
            _ if !self.table.decimal_comma && self.text.contains(',') => {
                self.say(problems, Phrase::new("err-csv-ambiguous-comma", [("name", name), ("text", self.text)]));
                None
            }
            _ => {
                self.say(problems, Phrase::new("err-csv-not-a-number", [("name", name), ("text", self.text)]));
                None
            }
        }
    }

    pub(super) fn optional_number(&self, problems: &mut Problems, name: &str) -> Option<f64> {
        if self.is_empty() { None } else { self.number(problems, name) }
    }

    pub(super) fn year(&self, problems: &mut Problems, name: &str) -> Option<i32> {
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
                self.say(
                    problems,
                    Phrase::new("err-csv-implausible-year", [("name", name.to_string()), ("year", y.to_string())]),
                );
                None
            }
            None => {
                self.say(problems, Phrase::new("err-csv-not-a-year", [("name", name), ("text", self.text)]));
                None
            }
        }
    }

    pub(super) fn boolean(&self, problems: &mut Problems, name: &str) -> bool {
        match self.text.to_lowercase().as_str() {
            "" | "0" | "false" | "no" | "n" | "nej" | "nei" | "ei" | "nein" => false,
            "1" | "true" | "yes" | "y" | "x" | "ja" | "j" | "kyllä" => true,
            _ => {
                self.say(problems, Phrase::new("err-csv-not-yes-no", [("name", name), ("text", self.text)]));
                false
            }
        }
    }

    pub(super) fn parsed<T: std::str::FromStr<Err = String>>(&self, problems: &mut Problems) -> Option<T> {
        match self.text.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.parse_failed(problems, e);
                None
            }
        }
    }

    /// A text enum's "unknown unit 'barrel' (expected one of: ...)" at this cell.
    pub(super) fn parse_failed(&self, problems: &mut Problems, message: String) {
        match Phrase::of_unknown_value(&message) {
            Some(phrase) => self.say(problems, phrase),
            None => self.problem(problems, message),
        }
    }

    pub(super) fn required(&self, problems: &mut Problems, name: &str) -> Option<&str> {
        if self.is_empty() {
            self.say(problems, Phrase::new("err-csv-required", [("name", name)]));
            None
        } else {
            Some(self.text)
        }
    }
}

/// The range a numeric column's values must be in (see [`validate`]).
pub(super) fn range_of(column: &str) -> Option<&'static std::ops::RangeInclusive<f64>> {
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
pub(super) const NAME_COLUMNS: &[&str] = &[
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
pub(super) const MAX_PROBLEMS: usize = 1000;
/// Most header problems one file reports.
pub(super) const MAX_HEADER_PROBLEMS: usize = 100;
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
pub(super) fn unclosed_quote(text: &str, delimiter: u8) -> Option<(u64, usize)> {
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
pub(super) fn overlong_line(bytes: &[u8]) -> Option<u64> {
    (1u64..).zip(bytes.split(|&b| b == b'\n')).find(|(_, chunk)| chunk.len() > MAX_LINE_BYTES).map(|(line, _)| line)
}
