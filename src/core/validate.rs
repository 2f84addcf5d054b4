//! One check of a whole project: what the app accepts, wherever the data came from.
//!
//! A project reaches the app from CSV, from another program's edit of the GeoPackage, or from
//! a file built by anyone. [`problems`] is the single gate: the project file runs it before it
//! writes anything on open (migration, line redraw) and before it creates a file, and import
//! runs it on what it built. Every number must be finite and in the range its figures can
//! take; every year plausible; every reference present; every unit the one of its material;
//! every text free of control characters.
//!
//! The ranges are wide (no real park comes near them) but keep every product of two figures
//! finite and within what the LP solver takes (see [`super::optimise`]).

use std::collections::HashSet;
use std::ops::RangeInclusive;

use super::model::*;
use super::params::{CURRENCIES, EvaluationParams};

/// A flow's or exchange's quantity per year, in its unit (world steel output is about 2e9 t).
pub const QUANTITY: RangeInclusive<f64> = 0.0..=1e12;
/// A price, cost or gate fee per unit, in the project's currency (negative: paid to take it).
pub const PRICE: RangeInclusive<f64> = -1e9..=1e9;
/// A reported outcome figure (tonnes, money, jobs, m3 per year).
pub const OUTCOME: RangeInclusive<f64> = -1e12..=1e12;
/// An emission factor, t CO2e per unit (the strongest greenhouse gases are about 2.5e4).
pub const FACTOR: RangeInclusive<f64> = -1e5..=1e5;
/// A distance in km (once round the Earth).
pub const DISTANCE_KM: RangeInclusive<f64> = 0.0..=40_075.0;
/// A substitution ratio: functional units of demand met per unit of supply.
pub const RATIO: RangeInclusive<f64> = 1e-6..=1e6;
/// Density (t/m3) and energy content (MWh/t): the densest metal is 22.6 t/m3, hydrogen 33 MWh/t.
pub const PHYSICAL: RangeInclusive<f64> = 1e-6..=1e3;
/// Web-map zoom levels.
pub const ZOOM: RangeInclusive<f64> = 0.0..=22.0;
/// Any evaluation parameter (prices, factors, costs per km, exchange rates).
pub const PARAMETER: f64 = 1e9;

/// What kind of text a field holds, for [`text_problem`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Ids and names: one line, no control characters at all.
    Name,
    /// Notes, sources, descriptions: may hold TAB, LF and CR, no other control character.
    Free,
}

/// Why `text` cannot be stored in a field of `kind`, if it cannot: NUL and the C0/C1
/// controls (ANSI escapes start with one) cut names in GDAL and QGIS and drive terminals.
pub fn text_problem(text: &str, kind: TextKind) -> Option<String> {
    control_character(text, kind).map(|c| c.to_string())
}

/// A control character where a field of its kind may not hold one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlCharacter {
    pub character: char,
    pub kind: TextKind,
}

impl std::fmt::Display for ControlCharacter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            TextKind::Name => "ids and names may hold no control characters",
            TextKind::Free => "text may hold no control characters other than tab and line breaks",
        };
        write!(f, "holds the control character {} ({what})", self.code())
    }
}

impl ControlCharacter {
    /// `U+0007`.
    pub fn code(&self) -> String {
        format!("U+{:04X}", self.character as u32)
    }

    /// "the cell …" as a phrase any language can say.
    pub fn cell_phrase(&self) -> super::lang::Phrase {
        let key = match self.kind {
            TextKind::Name => "err-csv-cell-control-name",
            TextKind::Free => "err-csv-cell-control-free",
        };
        super::lang::Phrase::new(key, [("code", self.code())])
    }
}

/// The first control character of `text` a field of `kind` may not hold.
pub fn control_character(text: &str, kind: TextKind) -> Option<ControlCharacter> {
    let character = text.chars().find(|&c| {
        let allowed = kind == TextKind::Free && matches!(c, '\t' | '\n' | '\r');
        c.is_control() && !allowed
    })?;
    Some(ControlCharacter { character, kind })
}

/// Why a number is not in the range its figure can take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OutOfRange {
    /// NaN or an infinity.
    NotUsable(f64),
    /// Below zero where the range starts at zero.
    Negative {
        value: f64,
        max: f64,
    },
    Outside {
        value: f64,
        from: f64,
        to: f64,
    },
}

impl std::fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            OutOfRange::NotUsable(value) => write!(f, "{value} is not a number the app can use"),
            OutOfRange::Negative { value, max } => {
                write!(f, "{} is negative; it must be zero or more (up to {})", short(value), short(max))
            }
            OutOfRange::Outside { value, from, to } => {
                write!(f, "{} is outside {}..{}", short(value), short(from), short(to))
            }
        }
    }
}

impl OutOfRange {
    /// "`name` …" as a phrase any language can say (numbers as a person writes them: 1e20).
    pub fn phrase(&self, name: &str) -> super::lang::Phrase {
        use super::lang::Phrase;
        let name = name.to_string();
        match *self {
            OutOfRange::NotUsable(value) => {
                Phrase::new("err-range-not-usable", [("name", name), ("value", value.to_string())])
            }
            OutOfRange::Negative { value, max } => {
                Phrase::new("err-range-negative", [("name", name), ("value", short(value)), ("max", short(max))])
            }
            OutOfRange::Outside { value, from, to } => Phrase::new(
                "err-csv-outside-range",
                [("name", name), ("value", short(value)), ("from", short(from)), ("to", short(to))],
            ),
        }
    }
}

/// Why `value` is not in `range`, if it is not (NaN and infinities never are).
pub fn out_of_range(value: f64, range: &RangeInclusive<f64>) -> Option<OutOfRange> {
    if !value.is_finite() {
        return Some(OutOfRange::NotUsable(value));
    }
    if range.contains(&value) {
        return None;
    }
    if value < 0.0 && *range.start() == 0.0 {
        return Some(OutOfRange::Negative { value, max: *range.end() });
    }
    Some(OutOfRange::Outside { value, from: *range.start(), to: *range.end() })
}

/// [`out_of_range`] in English.
pub fn range_problem(value: f64, range: &RangeInclusive<f64>) -> Option<String> {
    out_of_range(value, range).map(|o| o.to_string())
}

/// A number as a person writes it: 1e20, 0.004, -1e9, 40075.
pub fn short(v: f64) -> String {
    let a = v.abs();
    if a != 0.0 && !(1e-3..1e6).contains(&a) { format!("{v:e}") } else { format!("{v}") }
}

fn year_problem(year: i32) -> Option<String> {
    (!PLAUSIBLE_YEARS.contains(&year))
        .then(|| format!("{year} is not a plausible year ({}..{})", PLAUSIBLE_YEARS.start(), PLAUSIBLE_YEARS.end()))
}

/// Collects problems as "item: field problem".
struct Problems(Vec<String>);

impl Problems {
    fn text(&mut self, item: &dyn Fn() -> String, field: &str, text: &str, kind: TextKind) {
        if let Some(p) = text_problem(text, kind) {
            self.0.push(format!("{}: {field} {p}", item()));
        }
    }

    fn number(&mut self, item: &dyn Fn() -> String, field: &str, value: f64, range: &RangeInclusive<f64>) {
        if let Some(p) = range_problem(value, range) {
            self.0.push(format!("{}: {field} {p}", item()));
        }
    }

    fn language(&mut self, item: &dyn Fn() -> String, field: &str, code: &str) {
        if !super::lang::LANGUAGES.contains(&code) {
            let code: String = code.chars().take(20).collect();
            self.0.push(format!(
                "{}: {field} in unknown language '{code}' ({})",
                item(),
                super::lang::LANGUAGES.join(", ")
            ));
        }
    }

    fn year(&mut self, item: &dyn Fn() -> String, field: &str, year: Option<i32>) {
        if let Some(p) = year.and_then(year_problem) {
            self.0.push(format!("{}: {field} {p}", item()));
        }
    }
}

/// Every broken invariant of `data`, each naming its item and field. Empty: the app can use it.
pub fn problems(data: &ProjectData) -> Vec<String> {
    let mut out = Problems(Vec::new());
    meta_problems(&data.meta, &mut out);
    params_problems(&data.params, &mut out);

    let mut material_ids = HashSet::new();
    for m in &data.materials {
        if m.id.0.trim().is_empty() {
            out.0.push(format!("material '{}' has an empty id", m.name));
        }
        if !material_ids.insert(&m.id) {
            out.0.push(format!("material id '{}' is used twice", m.id));
        }
        material_checks(m, &mut out);
    }

    for rule in &data.rules {
        let item = || format!("rule {} -> {}", rule.supply, rule.demand);
        for m in [&rule.supply, &rule.demand] {
            if !material_ids.contains(m) {
                out.0.push(format!("{}: names unknown material '{m}'", item()));
            }
        }
        rule_checks(rule, &mut out);
    }

    let mut firm_ids = HashSet::new();
    for firm in &data.firms {
        if firm.id.0.trim().is_empty() {
            out.0.push(format!("firm '{}' has an empty id", firm.name));
        }
        if !firm_ids.insert(&firm.id) {
            out.0.push(format!("firm id '{}' is used twice", firm.id));
        }
        firm_checks(firm, &mut out);
    }

    for flow in &data.flows {
        if !firm_ids.contains(&flow.firm) {
            out.0.push(format!("flow {} belongs to unknown firm '{}'", flow.id, flow.firm));
        }
        match data.material(&flow.material) {
            None => out.0.push(format!("flow {} has unknown material '{}'", flow.id, flow.material)),
            Some(m) if m.unit != flow.unit => {
                out.0.push(format!("flow {} is in {} but {} is measured in {}", flow.id, flow.unit, m.id, m.unit))
            }
            Some(_) => {}
        }
        flow_checks(flow, &mut out);
    }

    for ex in &data.exchanges {
        let item = || format!("exchange {} ({} -> {})", ex.id, ex.from, ex.to);
        for end in [&ex.from, &ex.to] {
            if !firm_ids.contains(end) {
                out.0.push(format!("exchange {} names unknown firm '{end}'", ex.id));
            }
        }
        match data.material(&ex.material) {
            None => out.0.push(format!("exchange {} has unknown material '{}'", ex.id, ex.material)),
            Some(m) if m.unit != ex.unit => {
                out.0.push(format!("{}: is in {} but {} is measured in {}", item(), ex.unit, m.id, m.unit))
            }
            Some(_) => {}
        }
        exchange_checks(ex, &mut out);
    }
    workbench_checks(data, &mut out);
    out.0
}

/// The workbench's rows, each on its own: dates, years, figures and texts. A stage change or
/// outcome of an exchange that was deleted stays (undo brings the exchange back with its id).
fn workbench_checks(data: &ProjectData, out: &mut Problems) {
    use super::workbench::is_date;
    let mut date = |item: &dyn Fn() -> String, field: &str, text: &str| {
        if !is_date(text) {
            let shown: String = text.chars().take(20).collect();
            out.0.push(format!("{}: {field} '{shown}' is not a date written YYYY-MM-DD", item()));
        }
    };
    for s in &data.stages {
        let item = || format!("stage change of exchange {}", s.exchange);
        date(&item, "date", &s.date);
        if let Some(due) = &s.next_action_due {
            date(&item, "next_action_due", due);
        }
    }
    for c in &data.contacts {
        if let Some(d) = &c.consent_date {
            date(&|| format!("contact of firm '{}'", c.firm), "consent_date", d);
        }
    }
    for w in &data.workshops {
        date(&|| format!("workshop '{}'", w.id), "date", &w.date);
    }
    let mut workshop_ids = HashSet::new();
    for w in &data.workshops {
        let item = || format!("workshop '{}'", w.id);
        if w.id.trim().is_empty() || !workshop_ids.insert(w.id.as_str()) {
            out.0.push(format!("{}: its id is empty or used twice", item()));
        }
        out.text(&item, "id", &w.id, TextKind::Name);
        for (field, text) in [("venue", &w.venue), ("facilitator", &w.facilitator), ("programme", &w.programme)] {
            out.text(&item, field, text, TextKind::Name);
        }
        out.text(&item, "notes", &w.notes, TextKind::Free);
        for firm in &w.attendees {
            out.text(&item, "attendees", &firm.0, TextKind::Name);
        }
    }
    for s in &data.stages {
        let item = || format!("stage change of exchange {}", s.exchange);
        out.text(&item, "by", &s.by, TextKind::Name);
        out.text(&item, "next_action_owner", &s.next_action_owner, TextKind::Name);
        for (field, text) in [("note", &s.note), ("next_action", &s.next_action)] {
            out.text(&item, field, text, TextKind::Free);
        }
    }
    for o in &data.outcomes {
        let item = || format!("outcome of exchange {} in {}", o.exchange, o.year);
        out.year(&item, "year", Some(o.year));
        for (field, value) in super::workbench::OUTCOME_FIGURES.iter().zip(o.figures()) {
            if let Some(v) = value {
                out.number(&item, field, v, &OUTCOME);
            }
        }
        out.text(&item, "evidence", &o.evidence, TextKind::Free);
    }
    for c in &data.contacts {
        let item = || format!("contact of firm '{}'", c.firm);
        if c.name.trim().is_empty() {
            out.0.push(format!("{}: has no name", item()));
        }
        for (field, text) in [("name", &c.name), ("role", &c.role), ("email", &c.email), ("phone", &c.phone)] {
            out.text(&item, field, text, TextKind::Name);
        }
        if !c.language.is_empty() {
            out.language(&item, "language", &c.language);
        }
        out.text(&item, "consent_basis", &c.consent_basis, TextKind::Free);
        for workshop in &c.workshops {
            out.text(&item, "workshops", workshop, TextKind::Name);
        }
    }
}

fn material_checks(m: &Material, out: &mut Problems) {
    let item = || format!("material '{}'", m.id);
    out.text(&item, "id", &m.id.0, TextKind::Name);
    out.text(&item, "name", &m.name, TextKind::Name);
    for code in &m.ewc_codes {
        out.text(&item, "ewc_codes", code, TextKind::Name);
    }
    for (lang, name) in &m.names {
        out.language(&item, "names", lang);
        out.text(&item, &format!("name_{lang}"), name, TextKind::Name);
    }
    for (lang, words) in &m.synonyms {
        out.language(&item, "synonyms", lang);
        for word in words {
            out.text(&item, &format!("synonyms_{lang}"), word, TextKind::Name);
        }
    }
    out.number(&item, "max_distance_km", m.max_distance_km.value, &DISTANCE_KM);
    out.number(&item, "ef_virgin", m.ef_virgin.value, &FACTOR);
    out.number(&item, "ef_disposal", m.ef_disposal.value, &FACTOR);
    out.number(&item, "virgin_price", m.virgin_price.value, &PRICE);
    out.number(&item, "disposal_cost", m.disposal_cost.value, &PRICE);
    for (field, value) in [("density_t_per_m3", &m.density_t_per_m3), ("energy_mwh_per_t", &m.energy_mwh_per_t)] {
        if let Some(v) = value {
            out.number(&item, field, v.value, &PHYSICAL);
            out.text(&item, &format!("{field} source"), &v.source, TextKind::Free);
        }
    }
    for (field, s) in [
        ("max_distance_source", &m.max_distance_km.source),
        ("ef_virgin_source", &m.ef_virgin.source),
        ("ef_disposal_source", &m.ef_disposal.source),
        ("virgin_price_source", &m.virgin_price.source),
        ("disposal_cost_source", &m.disposal_cost.source),
    ] {
        out.text(&item, field, s, TextKind::Free);
    }
}

/// The problems of one material on its own (not its references): numbers, years, texts.
pub fn material_problems(m: &Material) -> Vec<String> {
    let mut out = Problems(Vec::new());
    material_checks(m, &mut out);
    out.0
}

fn rule_checks(rule: &SubstitutionRule, out: &mut Problems) {
    let item = || format!("rule {} -> {}", rule.supply, rule.demand);
    out.number(&item, "ratio", rule.ratio, &RATIO);
    out.number(&item, "use_ef", rule.use_ef, &FACTOR);
    out.text(&item, "source", &rule.source, TextKind::Free);
    out.text(&item, "use_ef_source", &rule.use_ef_source, TextKind::Free);
}

/// The problems of one rule on its own (not its references): numbers, years, texts.
pub fn rule_problems(rule: &SubstitutionRule) -> Vec<String> {
    let mut out = Problems(Vec::new());
    rule_checks(rule, &mut out);
    out.0
}

fn firm_checks(firm: &Firm, out: &mut Problems) {
    let item = || format!("firm '{}'", firm.id);
    if let Some(p) = firm.location.problem() {
        out.0.push(format!("{}: {p}", item()));
    }
    for (field, text) in [
        ("id", &firm.id.0),
        ("name", &firm.name),
        ("nace", &firm.nace),
        ("address", &firm.address),
        ("country", &firm.country),
        ("port", &firm.port),
    ] {
        out.text(&item, field, text, TextKind::Name);
    }
    out.text(&item, "notes", &firm.notes, TextKind::Free);
    out.text(&item, "source", &firm.source, TextKind::Free);
}

/// The problems of one firm on its own (not its references): numbers, years, texts.
pub fn firm_problems(firm: &Firm) -> Vec<String> {
    let mut out = Problems(Vec::new());
    firm_checks(firm, &mut out);
    out.0
}

fn flow_checks(flow: &Flow, out: &mut Problems) {
    let item = || format!("flow {} of firm '{}'", flow.id, flow.firm);
    out.number(&item, "quantity", flow.quantity, &QUANTITY);
    for (field, value) in
        [("price_per_unit", flow.price_per_unit), ("disposal_cost_per_unit", flow.disposal_cost_per_unit)]
    {
        if let Some(v) = value {
            out.number(&item, field, v, &PRICE);
        }
    }
    out.year(&item, "available_from", flow.available_from);
    out.year(&item, "available_to", flow.available_to);
    if let (Some(from), Some(to)) = (flow.available_from, flow.available_to)
        && from > to
    {
        out.0.push(format!("flow {} is available from {from} to {to}", flow.id));
    }
    if let Some(ewc) = &flow.ewc {
        out.text(&item, "ewc", ewc, TextKind::Name);
    }
    if let Some(fkko) = &flow.fkko
        && let Err(e) = super::reference::FkkoCode::parse(fkko)
    {
        out.0.push(format!("{}: fkko {e}", item()));
    }
    out.text(&item, "quality", &flow.quality, TextKind::Free);
    out.text(&item, "source", &flow.source, TextKind::Free);
    out.text(&item, "workshop_id", &flow.workshop_id, TextKind::Name);
}

/// The problems of one flow on its own (not its references): numbers, years, texts.
pub fn flow_problems(flow: &Flow) -> Vec<String> {
    let mut out = Problems(Vec::new());
    flow_checks(flow, &mut out);
    out.0
}

fn exchange_checks(ex: &Exchange, out: &mut Problems) {
    let item = || format!("exchange {} ({} -> {})", ex.id, ex.from, ex.to);
    out.text(&item, "programme", &ex.programme, TextKind::Name);
    if ex.from == ex.to {
        out.0.push(format!("{}: runs from a firm to itself", item()));
    }
    if let Some(q) = ex.quantity {
        out.number(&item, "quantity", q, &QUANTITY);
    }
    if let Some(km) = ex.counterfactual_km {
        out.number(&item, "counterfactual_km", km, &DISTANCE_KM);
    }
    out.year(&item, "start_year", ex.start_year);
    out.year(&item, "end_year", ex.end_year);
    if let (Some(start), Some(end)) = (ex.start_year, ex.end_year)
        && start > end
    {
        out.0.push(format!("exchange {} starts in {start} after it ends in {end}", ex.id));
    }
    out.text(&item, "notes", &ex.notes, TextKind::Free);
    out.text(&item, "source", &ex.source, TextKind::Free);
}

/// The problems of one exchange on its own (not its references): numbers, years, texts.
pub fn exchange_problems(ex: &Exchange) -> Vec<String> {
    let mut out = Problems(Vec::new());
    exchange_checks(ex, &mut out);
    out.0
}

fn meta_problems(meta: &ProjectMeta, out: &mut Problems) {
    let item = || "project".to_string();
    out.text(&item, "name", &meta.name, TextKind::Name);
    out.text(&item, "region", &meta.region, TextKind::Name);
    out.text(&item, "description", &meta.description, TextKind::Free);
    for step in &meta.tour {
        out.text(&item, "tour step", step, TextKind::Free);
    }
    if !CURRENCIES.contains(&meta.currency.as_str()) {
        out.0.push(format!("project: currency '{}' is not one of {}", meta.currency, CURRENCIES.join(", ")));
    }
    out.year(&item, "price_year", Some(meta.price_year));
    out.year(&item, "evaluation_year", meta.evaluation_year);
    let view = meta.view;
    if let Some(p) = LatLon::new(view.lat, view.lon).problem() {
        out.0.push(format!("project: map view {p}"));
    }
    out.number(&item, "map view zoom", view.zoom, &ZOOM);
}

fn params_problems(params: &EvaluationParams, out: &mut Problems) {
    for (key, value, source) in params.to_rows() {
        let item = || format!("parameter {key}");
        if let Some(p) = EvaluationParams::problem(&key, value) {
            out.0.push(format!("parameter {p}"));
        } else {
            out.number(&item, "value", value, &(-PARAMETER..=PARAMETER));
        }
        out.text(&item, "source", &source, TextKind::Free);
    }
}

/// The problems of the project's own settings (name, currency, years, map view).
pub fn meta_problems_of(meta: &ProjectMeta) -> Vec<String> {
    let mut out = Problems(Vec::new());
    meta_problems(meta, &mut out);
    out.0
}

/// [`problems`] as one message: the first few, and how many more.
pub fn summary(problems: &[String], shown: usize) -> String {
    let mut text = problems.iter().take(shown).cloned().collect::<Vec<_>>().join("; ");
    if problems.len() > shown {
        text.push_str(&format!("; and {} more", problems.len() - shown));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_refuse_every_control_character_and_free_text_keeps_line_breaks() {
        assert_eq!(text_problem("Asnæs Power Station, \"Ørsted\"", TextKind::Name), None);
        assert_eq!(text_problem("line one\nline two\ttab\r\n", TextKind::Free), None);
        for bad in ["a\0b", "red\u{1b}[31m", "x\u{85}y", "tab\there"] {
            let p = text_problem(bad, TextKind::Name).expect(bad);
            assert!(p.contains("U+00"), "{p}");
        }
        assert!(text_problem("bell\u{7}", TextKind::Free).unwrap().contains("U+0007"));
        assert!(text_problem("nul\0", TextKind::Free).unwrap().contains("U+0000"));
    }

    #[test]
    fn ranges_refuse_non_finite_and_far_values() {
        assert_eq!(range_problem(1e6, &QUANTITY), None);
        assert!(range_problem(f64::NAN, &QUANTITY).unwrap().contains("not a number"));
        assert!(range_problem(f64::INFINITY, &QUANTITY).is_some());
        assert!(range_problem(-1.0, &QUANTITY).unwrap().contains("negative; it must be zero or more"));
        assert_eq!(range_problem(1e20, &PRICE).unwrap(), "1e20 is outside -1e9..1e9");
        assert!(range_problem(1e-16, &RATIO).is_some());
    }
}
