//! The HTML report: one self-contained file (no external resource of any kind) with the
//! project's summary figures, its indicators per scenario, the map and charts as embedded
//! images, every exchange with its evaluation breakdown and sources, the best candidates, and
//! what each firm has and wants. Confidential flows are left out unless asked for, before
//! anything is computed, so that no figure derived from them appears either.

use std::fmt::Write as _;

use base64::Engine as _;

use crate::core::export::{ExportError, ExportSummary};
use crate::core::indicators::Indicators;
use crate::core::matching::{Breakdown, Candidate, MatchOptions, Matcher, Objective};
use crate::core::model::*;
use crate::core::{info::Info, scenarios, store::SCHEMA_VERSION, style};
use crate::i18n::Localized as _;
use crate::map_image::{self, MapImageOptions};

/// What the report left out and how big it is.
pub struct Report {
    pub html: String,
    pub confidential_left_out: usize,
}

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The report's language and how it writes numbers.
#[derive(Clone, Copy)]
struct Words<'a> {
    lang: &'a str,
}

impl Words<'_> {
    /// A message without arguments, escaped for HTML.
    fn t(&self, key: &str) -> String {
        escape(&crate::i18n::message(self.lang, key, None))
    }

    /// A number for a table, with the language's separators and `decimals` after the point.
    fn figure(&self, v: f64, decimals: usize) -> String {
        crate::i18n::number(self.lang, v, decimals)
    }

    /// A source in the report's language ([`crate::i18n::sources::source_in`]), escaped; an empty one
    /// reads "assumption".
    fn source_text(&self, source: &str) -> String {
        if source.trim().is_empty() {
            format!("<em>{}</em>", self.t("assumption"))
        } else {
            escape(&crate::i18n::sources::source_in(self.lang, source))
        }
    }

    fn scenario_name(&self, s: &str) -> String {
        match s {
            "existing" => self.t("scenario-existing"),
            "existing_plus_proposed" => self.t("scenario-existing-plus-proposed"),
            "optimal" => self.t("scenario-optimal"),
            other => escape(other),
        }
    }

    fn status(&self, status: &str) -> String {
        self.named("status", status)
    }

    /// The word for `value` of an enumeration (`<prefix>-<value>` messages), or the value itself
    /// where there is none.
    fn named(&self, prefix: &str, value: &str) -> String {
        let key = format!("{prefix}-{value}");
        if crate::i18n::has_message(&key) { self.t(&key) } else { escape(value) }
    }
}

/// A message with arguments, escaped for HTML.
macro_rules! say {
    ($words:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        escape(&crate::tr!($words.lang, $key, $($name = $value),+))
    };
}

/// A horizontal bar chart as inline SVG.
fn bar_chart(words: Words, title: &str, rows: &[(String, f64, style::Rgb)], unit: &str) -> String {
    let max = rows.iter().map(|r| r.1.abs()).fold(0.0_f64, f64::max).max(1e-9);
    let (label_w, bar_w, row_h) = (200.0, 420.0, 26.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="760" height="{height}" viewBox="0 0 760 {height}" font-family="sans-serif" font-size="13"><title>{}</title><text x="0" y="18" font-weight="bold" font-size="15">{}</text>"#,
        escape(title),
        escape(title)
    );
    for (i, (label, value, rgb)) in rows.iter().enumerate() {
        let y = 32.0 + row_h * i as f64;
        let w = (value.abs() / max * bar_w).max(1.0);
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end">{}</text><rect x="{}" y="{}" width="{w:.1}" height="{}" fill="#{:02x}{:02x}{:02x}"/><text x="{}" y="{}">{} {}</text>"##,
            label_w - 8.0,
            y + 16.0,
            escape(label),
            label_w,
            y + 3.0,
            row_h - 8.0,
            rgb[0],
            rgb[1],
            rgb[2],
            label_w + w + 6.0,
            y + 16.0,
            words.figure(*value, 0),
            escape(unit)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A line chart of one value per year as inline SVG.
fn line_chart(words: Words, title: &str, points: &[(i32, f64)], unit: &str) -> String {
    let (w, h, left, bottom) = (760.0, 260.0, 70.0, 30.0);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12"><title>{}</title><text x="0" y="16" font-weight="bold" font-size="15">{}</text>"#,
        escape(title),
        escape(title)
    );
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        let max = points.iter().map(|p| p.1).fold(0.0_f64, f64::max).max(1e-9);
        let span = f64::from((last.0 - first.0).max(1));
        let x = |year: i32| left + f64::from(year - first.0) / span * (w - left - 20.0);
        let y = |v: f64| h - bottom - v / max * (h - bottom - 40.0);
        let path: Vec<String> = points.iter().map(|(yr, v)| format!("{:.1},{:.1}", x(*yr), y(*v))).collect();
        // A tick and label every decade between the first and last year.
        let mut decade = (first.0 / 10 + 1) * 10;
        while decade < last.0 - 3 {
            let _ = write!(
                svg,
                r##"<line x1="{0:.1}" y1="{1}" x2="{0:.1}" y2="{2}" stroke="#888"/><text x="{0:.1}" y="{3}" text-anchor="middle">{decade}</text>"##,
                x(decade),
                h - bottom,
                h - bottom + 5.0,
                h - 10.0
            );
            decade += 10;
        }
        let _ = write!(
            svg,
            r##"<line x1="{left}" y1="{0}" x2="{1}" y2="{0}" stroke="#888"/><line x1="{left}" y1="40" x2="{left}" y2="{0}" stroke="#888"/><polyline fill="none" stroke="#009e73" stroke-width="2.5" points="{2}"/><text x="{left}" y="{3}">{4}</text><text x="{1}" y="{3}" text-anchor="end">{5}</text><text x="{6}" y="{7}" text-anchor="end">{8} {9}</text>"##,
            h - bottom,
            w - 20.0,
            path.join(" "),
            h - 10.0,
            first.0,
            last.0,
            left - 6.0,
            y(max) + 4.0,
            words.figure(max, 0),
            escape(unit)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn breakdown_table(words: Words, b: &Breakdown, data: &ProjectData) -> String {
    let mut out = format!(
        "<table class=\"terms\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        words.t("report-col-term"),
        words.t("report-col-value"),
        words.t("report-col-formula"),
        words.t("report-col-parameters")
    );
    for t in &b.terms {
        let params: Vec<String> = t
            .parameters
            .iter()
            .map(|p| {
                let value = crate::i18n::precise(words.lang, p.value);
                let unit = crate::i18n::sources::unit_in(words.lang, &p.unit);
                let value = if unit.is_empty() { value } else { format!("{value} {unit}") };
                format!("{} = {} ({})", escape(&p.name), escape(&value), words.source_text(&p.source))
            })
            .collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{} {}</td><td><code>{}</code></td><td>{}</td></tr>",
            term_cell(words, &t.name),
            escape(&crate::i18n::precise(words.lang, t.value)),
            escape(&crate::i18n::sources::unit_in(words.lang, &t.unit)),
            escape(&crate::i18n::errors::formula_in(words.lang, &t.formula, &b.counterfactual_phrases, data)),
            params.join("<br>")
        );
    }
    out.push_str("</table>");
    out
}

/// A term of a breakdown: its name in the report's language, and its symbol (as the formulas
/// use it) underneath.
fn term_cell(words: Words, symbol: &str) -> String {
    match crate::i18n::sources::term_name(words.lang, symbol) {
        Some(name) => format!("{}<br><code class=\"meta\">{}</code>", escape(&name), escape(symbol)),
        None => escape(symbol),
    }
}

/// A material for a table: its name in the report's language, and its id (as in the CSV files)
/// underneath.
fn material_cell(words: Words, data: &ProjectData, id: &MaterialId) -> String {
    match data.material(id) {
        Some(m) if m.name_in(words.lang) != id.0 => {
            format!("{}<br><span class=\"meta\">{}</span>", escape(m.name_in(words.lang)), escape(&id.0))
        }
        _ => escape(&id.0),
    }
}

/// Writes `report.html` into `dir` (atomically), dated today, in `lang` (a code of
/// [`crate::i18n::LANGUAGES`]; its words, numbers and material names).
pub fn export_html(
    project: &ProjectData,
    dir: &std::path::Path,
    include_confidential: bool,
    lang: &str,
) -> Result<ExportSummary, ExportError> {
    crate::core::guard::heavy("an HTML report");
    let generated = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let report = build(project, include_confidential, &generated, lang).map_err(ExportError::Render)?;
    let path = dir.join("report.html");
    crate::core::output::write_atomic(&path, report.html.as_bytes()).map_err(ExportError::Write)?;
    Ok(ExportSummary { files: vec![path], confidential_left_out: report.confidential_left_out })
}

/// Writes the programme report of `selection` into `dir`: `programme_report.html` (self-contained,
/// printable) or, with `csv`, `programme_report.csv` (section, item, value, verified; names
/// guarded against formulas, the same in every language), the HTML in `lang`. Returns the file and the number of synergies it covers.
pub fn export_programme(
    project: &ProjectData,
    dir: &std::path::Path,
    selection: &crate::core::programme::Selection,
    csv: bool,
    lang: &str,
) -> Result<(std::path::PathBuf, usize), ExportError> {
    crate::core::guard::heavy("a programme report");
    let report = crate::core::programme::report(project, selection);
    let (name, bytes) = if csv {
        let mut writer = ::csv::Writer::from_writer(Vec::new());
        let failed = |e: ::csv::Error| ExportError::Render(e.to_string());
        writer.write_record(["section", "item", "value", "verified"]).map_err(failed)?;
        for [section, item, value, verified] in report.csv_rows() {
            // Names may come from anyone: guard them; numbers stay numbers.
            let item = crate::core::output::guard_formula(&item).into_owned();
            writer.write_record([section, item, value, verified]).map_err(failed)?;
        }
        ("programme_report.csv", writer.into_inner().map_err(|e| ExportError::Render(e.to_string()))?)
    } else {
        ("programme_report.html", programme_html(project, &report, lang).into_bytes())
    };
    let path = dir.join(name);
    crate::core::output::write_atomic(&path, &bytes).map_err(ExportError::Write)?;
    Ok((path, report.synergies))
}

/// Above this many exchanges the report lists their figures without a breakdown each.
const MAX_BREAKDOWNS: usize = 500;
/// Firms listed with their flows (a national register lists the first ones and says so).
const MAX_FIRMS_LISTED: usize = 1000;
/// Candidates shown.
const MAX_CANDIDATES: usize = 20;

/// Builds the report of `project` in `lang`, generated at `generated` (a date for the title page).
pub fn build(project: &ProjectData, include_confidential: bool, generated: &str, lang: &str) -> Result<Report, String> {
    let w = Words { lang };
    let (data, confidential_left_out) = crate::core::export::visible(project, include_confidential);
    let info = Info::of(&data, SCHEMA_VERSION);
    // The park as it stands in the project's evaluation year: every figure below is of that year
    // and of the one allocation of its existing exchanges.
    let year = data.meta.year();
    let matcher = Matcher::new(&data, MatchOptions { year: Some(year), ..MatchOptions::default() });
    let cancel = std::sync::atomic::AtomicBool::new(false);
    // Candidates as numbers; only the best shown are made in full (a national register has
    // millions of them).
    let mut compact = matcher.compact(&cancel);
    let candidate_count = compact.len();
    compact.sort_by(|a, b| {
        b.net_benefit.total_cmp(&a.net_benefit).then(a.supply.cmp(&b.supply)).then(a.demand.cmp(&b.demand))
    });
    let candidates: Vec<Candidate> =
        compact.iter().take(MAX_CANDIDATES).filter_map(|c| matcher.candidate_of(c)).collect();
    drop(compact);
    let indicators = scenarios::report(&data, Some(year), Objective::Benefit, scenarios::Limits::default())
        .map_err(|e| format!("indicators: {e}"))?;
    let (rows, totals) = scenarios::exchange_rows(&data, Some(year));
    let currency = data.meta.currency.as_str();
    let m = &data.meta;
    // An HTML language tag: Bokmål is `nb`, the pseudo-language is English underneath.
    let html_lang = if crate::i18n::LANGUAGES.contains(&lang) { lang } else { "en" };

    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{}</style></head><body>",
        say!(w, "report-title", name = m.name.as_str()),
        CSS
    );
    let _ = write!(
        h,
        "<header><h1>{}</h1><p class=\"lead\">{}</p><p>{}</p><p class=\"meta\">{}</p>",
        escape(&m.name),
        escape(&m.region),
        escape(m.description_in(lang)),
        say!(
            w,
            "report-meta",
            region = m.region.as_str(),
            year = year.to_string(),
            currency = currency,
            priceyear = m.price_year.to_string(),
            date = generated,
            version = env!("CARGO_PKG_VERSION")
        )
    );
    if confidential_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"note\">{}</p>",
            say!(w, "report-confidential-left-out", count = confidential_left_out)
        );
    } else if include_confidential && data.flows.iter().any(|f| f.confidential) {
        let _ = write!(h, "<p class=\"note warn\">{}</p>", w.t("report-confidential-included"));
    }
    h.push_str("</header>");

    // Summary figures.
    let existing = indicators.scenarios.iter().find(|s| s.scenario == "existing");
    let running = rows.iter().filter(|r| r.in_existing).count();
    let _ = write!(h, "<section><h2>{}</h2><div class=\"cards\">", w.t("report-summary"));
    let mut card = |value: String, label: String| {
        let _ = write!(h, "<div class=\"card\"><div class=\"v\">{value}</div><div>{label}</div></div>");
    };
    card(w.figure(data.firms.len() as f64, 0), w.t("report-card-firms"));
    card(w.figure(data.flows.len() as f64, 0), w.t("report-card-flows"));
    card(
        say!(w, "report-card-running", running = running, total = data.exchanges.len()),
        say!(w, "report-card-running-label", year = year.to_string()),
    );
    if let Some(s) = existing {
        card(w.figure(s.co2_avoided_t, 0), say!(w, "report-card-co2", year = year.to_string()));
        card(w.figure(s.net_benefit, 0), say!(w, "report-card-benefit", currency = currency));
    }
    card(w.figure(candidate_count as f64, 0), w.t("report-card-candidates"));
    h.push_str("</div>");
    let _ = write!(h, "<table><tr><th>{}</th><th>{}</th></tr>", w.t("report-col-status"), w.t("report-col-exchanges"));
    for (status, n) in &info.counts.exchanges {
        let _ = write!(h, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", w.status(status));
    }
    h.push_str("</table></section>");

    // Map: the project's own view, and every firm where some lie outside it (partners far away).
    let (width, height) = (1600, 1000);
    let overview = map_image::fit_view(&data, width, height);
    let mut maps = vec![(
        crate::tr!(lang, "report-map-alt", name = m.name.as_str()),
        MapImageOptions { lang: lang.to_string(), ..MapImageOptions::new(width, height) },
    )];
    if data.meta.view != MapView::BALTIC && overview.zoom < data.meta.view.zoom - 1.0 {
        let title = crate::tr!(lang, "report-map-every-firm", name = m.name.as_str());
        let options = MapImageOptions {
            view: Some(overview),
            title: Some(title.clone()),
            lang: lang.to_string(),
            ..MapImageOptions::new(width, height)
        };
        maps.push((title, options));
    }
    let _ = write!(h, "<section><h2>{}</h2>", w.t("report-map"));
    for (alt, options) in &maps {
        let png = map_image::png(&data, options)?;
        let _ = write!(
            h,
            "<img class=\"map\" alt=\"{}\" src=\"data:image/png;base64,{}\">",
            escape(alt),
            base64::engine::general_purpose::STANDARD.encode(&png)
        );
    }
    h.push_str("</section>");

    // Indicators.
    let _ = write!(
        h,
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("report-indicators"),
        w.t("report-col-scenario"),
        w.t("report-col-firms-linked"),
        w.t("report-col-links"),
        w.t("report-col-exchanges"),
        w.t("report-col-link-density"),
        w.t("report-col-connectance"),
        w.t("report-col-cyclicity"),
        w.t("report-col-co2-avoided"),
        say!(w, "report-col-net-benefit", currency = currency),
        w.t("report-col-finn"),
    );
    for s in &indicators.scenarios {
        let finn: Vec<String> = s
            .finn_cycling_index
            .iter()
            .map(|f| match f.value {
                Some(v) => format!("{} ({})", w.figure(v, 3), escape(&f.unit)),
                None => say!(w, "report-finn-undefined", unit = f.unit.as_str()),
            })
            .collect();
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            w.scenario_name(&s.scenario),
            s.firms,
            s.links,
            s.exchanges,
            w.figure(s.link_density, 3),
            w.figure(s.connectance, 4),
            w.figure(s.cyclicity, 3),
            w.figure(s.co2_avoided_t, 0),
            w.figure(s.net_benefit, 0),
            finn.join("; ")
        );
    }
    let _ = write!(h, "</table><p class=\"meta\">{}</p>", w.t("report-indicators-note"));
    if indicators.optimal_status == crate::core::optimise::SolveStatus::TimeLimit {
        let _ = write!(
            h,
            "<p class=\"note\">{}</p>",
            say!(w, "report-time-limit", gap = w.figure(indicators.optimal_gap * 100.0, 1))
        );
    }
    h.push_str("</section>");

    // Charts.
    let _ = write!(h, "<section><h2>{}</h2>", w.t("report-charts"));
    let mut by_material: Vec<(String, f64, style::Rgb)> = Vec::new();
    let mut evaluated: Vec<(&Exchange, &scenarios::ExchangeRow, Option<Breakdown>)> = Vec::new();
    let detailed = data.exchanges.len() <= MAX_BREAKDOWNS;
    for (ex, row) in data.exchanges.iter().zip(&rows) {
        let b = if detailed { matcher.explain_exchange(ex.id) } else { None };
        if row.in_existing {
            let kind = data.material(&ex.material).map_or(MaterialKind::Material, |m| m.kind);
            match by_material.iter_mut().find(|r| r.0 == ex.material.0) {
                Some(r) => r.1 += row.co2_avoided_t,
                None => by_material.push((ex.material.0.clone(), row.co2_avoided_t, style::kind_rgb(kind))),
            }
        }
        evaluated.push((ex, row, b));
    }
    by_material.sort_by(|a, b| b.1.total_cmp(&a.1));
    // Bars are labelled with the material's name in the report's language.
    for bar in &mut by_material {
        if let Some(material) = data.material(&MaterialId::new(&bar.0)) {
            bar.0 = material.name_in(lang).to_string();
        }
    }
    let plain = |key: &str| crate::i18n::message(lang, key, None);
    h.push_str(&bar_chart(w, &plain("report-chart-co2-by-material"), &by_material, "t"));
    let scen: Vec<(String, f64, style::Rgb)> = indicators
        .scenarios
        .iter()
        .map(|s: &Indicators| (scenario_label(lang, &s.scenario), s.co2_avoided_t, style::GREEN))
        .collect();
    h.push_str(&bar_chart(w, &plain("report-chart-co2-by-scenario"), &scen, "t"));
    let benefit: Vec<(String, f64, style::Rgb)> =
        indicators.scenarios.iter().map(|s| (scenario_label(lang, &s.scenario), s.net_benefit, style::BLUE)).collect();
    h.push_str(&bar_chart(w, &plain("report-chart-benefit-by-scenario"), &benefit, &data.meta.currency));
    let years: Vec<(i32, f64)> = indicators.by_year.iter().map(|y| (y.year, y.co2_avoided_t)).collect();
    if years.len() > 1 {
        h.push_str(&line_chart(w, &plain("report-chart-co2-by-year"), &years, "t"));
    }
    h.push_str("</section>");

    // Exchanges with their breakdowns.
    let _ = write!(
        h,
        "<section><h2>{}</h2><p>{}</p><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("report-exchanges"),
        say!(w, "report-exchanges-intro", year = year.to_string()),
        w.t("report-col-from"),
        w.t("report-col-to"),
        w.t("report-col-material"),
        w.t("report-col-quantity"),
        w.t("report-col-status"),
        w.t("report-col-years"),
        w.t("report-col-transport"),
        w.t("report-col-co2"),
        say!(w, "report-col-money", currency = currency),
        w.t("report-col-source"),
    );
    let name_of = |id: &FirmId| data.firm(id).map_or_else(|| id.0.clone(), |f| f.name.clone());
    for (ex, row, b) in &evaluated {
        let years = match (ex.start_year, ex.end_year) {
            (Some(s), Some(e)) => format!("{s}–{e}"),
            (Some(s), None) => say!(w, "report-years-since", year = s.to_string()),
            (None, Some(e)) => say!(w, "report-years-until", year = e.to_string()),
            (None, None) => String::new(),
        };
        let (co2, benefit) = if row.in_existing {
            (w.figure(row.co2_avoided_t, 1), w.figure(row.net_benefit, 0))
        } else {
            (say!(w, "report-not-running", year = year.to_string()), String::from("—"))
        };
        let role =
            if row.role == FlowRole::Product { format!(" {}", w.t("report-product-sale")) } else { String::new() };
        let quantity = if row.in_existing {
            let stated = match ex.quantity {
                Some(q) if (q - row.quantity).abs() > 1e-9 * q.abs().max(1.0) => {
                    format!(" {}", say!(w, "report-quantity-states", quantity = w.figure(q, 0)))
                }
                Some(_) => String::new(),
                None => format!(" {}", w.t("report-quantity-from-flows")),
            };
            format!("{} {}{stated}", w.figure(row.quantity, 0), ex.unit)
        } else {
            ex.quantity.map_or_else(
                || w.t("report-quantity-unknown"),
                |q| say!(w, "report-quantity-stated", quantity = w.figure(q, 0), unit = ex.unit.as_str()),
            )
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{quantity}</td><td>{status}{role}</td><td>{years}</td><td>{}</td><td class=\"n\">{co2}</td><td class=\"n\">{benefit}</td><td class=\"src\">{}</td></tr>",
            escape(&name_of(&ex.from)),
            escape(&name_of(&ex.to)),
            material_cell(w, &data, &ex.material),
            ex.transport.map_or(String::new(), |t| t.to_string()),
            w.source_text(&ex.source),
            status = w.status(ex.status.as_str()),
        );
        if let Some(text) = &row.overfill {
            let _ = write!(
                h,
                "<tr class=\"detail note\"><td colspan=\"10\" class=\"note\">{}</td></tr>",
                say!(w, "report-overfill", text = text.in_lang(w.lang))
            );
        }
        match b {
            Some(b) if row.in_existing => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\"><details><summary>{}</summary>{}</details></td></tr>",
                    say!(
                        w,
                        "report-how-evaluated",
                        counterfactual =
                            crate::i18n::errors::counterfactual_in(w.lang, &b.counterfactual_phrases, &data)
                    ),
                    breakdown_table(w, b, &data)
                );
            }
            Some(b) if ex.status == ExchangeStatus::Proposed => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\"><details><summary>{}</summary>{}</details></td></tr>",
                    say!(
                        w,
                        "report-proposed-adds",
                        co2 = w.figure(b.candidate.co2_avoided_t, 1),
                        benefit = w.figure(b.candidate.net_benefit, 0),
                        currency = currency
                    ),
                    breakdown_table(w, b, &data)
                );
            }
            _ if !row.in_existing => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\">{}</td></tr>",
                    say!(w, "report-not-running-row", year = year.to_string())
                );
            }
            _ if !detailed => {}
            _ => {
                let key = if confidential_left_out > 0 {
                    "report-not-evaluated-confidential"
                } else {
                    "report-not-evaluated"
                };
                let _ = write!(h, "<tr class=\"detail\"><td colspan=\"10\">{}</td></tr>", w.t(key));
            }
        }
    }
    let _ = write!(
        h,
        "<tr class=\"total\"><td colspan=\"7\"><strong>{}</strong></td>\
         <td class=\"n\"><strong>{}</strong></td><td class=\"n\"><strong>{}</strong></td><td></td></tr>",
        say!(w, "report-total", running = running, year = year.to_string()),
        w.figure(totals.co2_avoided_t, 1),
        w.figure(totals.net_benefit, 0)
    );
    if !detailed {
        let _ = write!(
            h,
            "<tr><td colspan=\"10\" class=\"note\">{}</td></tr>",
            say!(w, "report-breakdowns-left-out", count = data.exchanges.len(), max = MAX_BREAKDOWNS)
        );
    }
    h.push_str("</table></section>");

    // Candidates.
    let shown = candidates.len();
    let _ = write!(
        h,
        "<section><h2>{}</h2><p>{}</p><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("report-candidates"),
        say!(w, "report-candidates-best", shown = shown, total = candidate_count),
        w.t("report-col-supplier"),
        w.t("report-col-receiver"),
        w.t("report-col-supply-demand"),
        w.t("report-col-quantity"),
        w.t("report-col-distance"),
        w.t("report-col-co2"),
        say!(w, "report-col-money", currency = currency),
    );
    let material_name = |id: &MaterialId| data.material_name(id, lang).to_string();
    for c in candidates.iter().take(shown) {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{} → {}</td><td class=\"n\">{} {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&c.supply_firm),
            escape(&c.demand_firm),
            escape(&material_name(&c.supply_material)),
            escape(&material_name(&c.demand_material)),
            w.figure(c.quantity, 0),
            c.unit,
            w.figure(c.distance_km, 1),
            w.figure(c.co2_avoided_t, 1),
            w.figure(c.net_benefit, 0)
        );
    }
    h.push_str("</table></section>");

    // Firms and flows.
    let _ = write!(
        h,
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("report-firms"),
        w.t("report-col-firm"),
        w.t("report-col-nace"),
        w.t("report-col-has"),
        w.t("report-col-wants"),
        w.t("report-col-source"),
    );
    let mut flows_of: std::collections::HashMap<&FirmId, Vec<&crate::core::model::Flow>> =
        std::collections::HashMap::new();
    for f in &data.flows {
        flows_of.entry(&f.firm).or_default().push(f);
    }
    for firm in data.firms.iter().take(MAX_FIRMS_LISTED) {
        let list = |direction: Direction| {
            flows_of
                .get(&firm.id)
                .into_iter()
                .flatten()
                .filter(|f| f.direction == direction)
                .map(|f| {
                    let unit = crate::i18n::sources::unit_in(w.lang, f.unit.as_str());
                    format!("{} {} {}", escape(&material_name(&f.material)), w.figure(f.quantity, 0), escape(&unit))
                })
                .collect::<Vec<_>>()
                .join("<br>")
        };
        let _ = write!(
            h,
            "<tr><td>{}<br><span class=\"meta\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td class=\"src\">{}</td></tr>",
            escape(&firm.name),
            escape(&firm.id.0),
            escape(&firm.nace),
            list(Direction::Supply),
            list(Direction::Demand),
            w.source_text(&firm.source)
        );
    }
    if data.firms.len() > MAX_FIRMS_LISTED {
        let _ = write!(
            h,
            "<tr><td colspan=\"5\" class=\"note\">{}</td></tr>",
            say!(w, "report-firms-listed", shown = MAX_FIRMS_LISTED, total = data.firms.len())
        );
    }
    h.push_str("</table></section>");

    // Sources and credits.
    let _ = write!(
        h,
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("report-parameters"),
        w.t("report-col-parameter"),
        w.t("report-col-value"),
        w.t("report-col-source"),
    );
    for (key, value, source) in data.params.to_rows() {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"src\">{}</td></tr>",
            escape(&key),
            escape(&crate::i18n::precise(w.lang, value)),
            w.source_text(&source)
        );
    }
    let _ = write!(
        h,
        "</table><p class=\"meta\">{}</p></section></body></html>",
        say!(w, "report-credits", basemap = crate::basemap::credits(w.lang))
    );
    h.push('\n');
    Ok(Report { html: h, confidential_left_out })
}

/// A scenario's name in `lang`, unescaped (for chart labels, which escape it themselves).
pub fn scenario_label(lang: &str, scenario: &str) -> String {
    match scenario {
        "existing" => crate::i18n::message(lang, "scenario-existing", None),
        "existing_plus_proposed" => crate::i18n::message(lang, "scenario-existing-plus-proposed", None),
        "optimal" => crate::i18n::message(lang, "scenario-optimal", None),
        other => other.to_string(),
    }
}

/// The label of an outcome figure of [`crate::core::workbench::OUTCOME_FIGURES`] in `lang`, with
/// its unit (`currency` for money); an unknown name as it is.
pub fn outcome_figure_label(lang: &str, name: &str, currency: &str) -> String {
    let currency = currency.to_string();
    match name {
        "landfill_diversion_t" => crate::tr!(lang, "ui-landfill-diversion-t"),
        "co2_t" => crate::tr!(lang, "ui-co2-t-co2e"),
        "cost_savings" => crate::tr!(lang, "ui-cost-savings", currency = currency),
        "additional_sales" => crate::tr!(lang, "ui-additional-sales", currency = currency),
        "jobs_created" => crate::tr!(lang, "ui-jobs-created"),
        "jobs_safeguarded" => crate::tr!(lang, "ui-jobs-safeguarded"),
        "private_investment" => crate::tr!(lang, "ui-private-investment", currency = currency),
        "water_saved_m3" => crate::tr!(lang, "ui-water-saved-m3"),
        "virgin_material_saved_t" => crate::tr!(lang, "ui-virgin-material-saved-t"),
        other => other.into(),
    }
}

/// The programme report as one self-contained HTML page in `lang` (a code of
/// [`crate::i18n::LANGUAGES`]): its words, stage and reason names and numbers; the names of
/// programmes, workshops and facilitators stay as they are.
pub fn programme_html(data: &ProjectData, r: &crate::core::programme::ProgrammeReport, lang: &str) -> String {
    let w = Words { lang };
    let html_lang = if crate::i18n::LANGUAGES.contains(&lang) { lang } else { "en" };
    let stage = |s: crate::core::workbench::Stage| w.t(&format!("stage-{s}"));
    let mut h = String::new();
    let scope = match (&r.programme, &r.from, &r.to) {
        (None, None, None) => crate::tr!(lang, "programme-scope-everything"),
        (p, f, t) => {
            let programme = p.as_ref().map_or_else(
                || crate::tr!(lang, "programme-scope-all-programmes"),
                |p| crate::tr!(lang, "programme-scope-programme", programme = p.as_str()),
            );
            match (f, t) {
                (None, None) => programme,
                (f, t) => crate::tr!(
                    lang,
                    "programme-scope-window",
                    scope = programme,
                    from = f.clone().unwrap_or_else(|| crate::tr!(lang, "programme-scope-start")),
                    to = t.clone().unwrap_or_else(|| crate::tr!(lang, "programme-scope-today"))
                ),
            }
        }
    };
    let title = say!(w, "programme-title", name = data.meta.name.as_str());
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{CSS}</style></head><body>\
         <header><h1>{title}</h1><p class=\"lead\">{}</p><p class=\"meta\">{}</p>{}</header>",
        escape(&scope),
        say!(w, "programme-lead", synergies = r.synergies, year = r.year.to_string()),
        if r.without_history > 0 {
            format!(
                "<p class=\"meta\">{}</p>",
                say!(w, "programme-without-history", without = r.without_history, synergies = r.synergies)
            )
        } else {
            String::new()
        }
    );
    let _ = write!(
        h,
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th></tr>",
        w.t("programme-by-stage"),
        w.t("programme-col-stage"),
        w.t("programme-col-synergies")
    );
    for (s, n) in &r.by_stage {
        let _ = write!(h, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", stage(*s));
    }
    let _ = write!(
        h,
        "</table><table><tr><th>{}</th><th>{}</th></tr>",
        w.t("programme-col-dropped-because"),
        w.t("programme-col-synergies")
    );
    for (reason, n) in &r.dropped_by_reason {
        let name = match reason {
            None => w.t("programme-reason-not-given"),
            Some(reason) => w.named("reason", reason.as_str()),
        };
        let _ = write!(h, "<tr><td>{name}</td><td class=\"n\">{n}</td></tr>");
    }
    let _ = write!(
        h,
        "</table></section><section><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("programme-conversion"),
        w.t("programme-col-from"),
        w.t("programme-col-to"),
        w.t("programme-col-reached-from"),
        w.t("programme-col-reached-to"),
        w.t("programme-col-rate")
    );
    for c in &r.conversions {
        let rate = c.rate.map_or("—".to_string(), |v| format!("{} %", w.figure(v * 100.0, 0)));
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{rate}</td></tr>",
            stage(c.from),
            stage(c.to),
            w.figure(c.reached_from as f64, 0),
            w.figure(c.reached_to as f64, 0)
        );
    }
    let _ = write!(
        h,
        "</table></section><section><h2>{}</h2><p class=\"meta\">{}</p>\
         <table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        w.t("programme-outcomes"),
        say!(w, "programme-outcomes-meta", currency = r.currency.as_str(), year = r.year.to_string()),
        w.t("programme-col-figure"),
        w.t("programme-col-reporting"),
        w.t("programme-col-reported"),
        w.t("programme-col-verified"),
        w.t("programme-col-modelled")
    );
    for rep in &r.reported {
        let label = escape(&outcome_figure_label(lang, rep.figure, &r.currency));
        let modelled = match rep.figure {
            "co2_t" => say!(
                w,
                "programme-modelled-co2",
                all = w.figure(r.modelled_co2_t, 0),
                reporting = w.figure(r.modelled_co2_t_of_reporting, 0),
                synergies = rep.synergies
            ),
            _ => "—".into(),
        };
        if rep.synergies == 0 {
            let _ = write!(
                h,
                "<tr><td>{label}</td><td class=\"n\">0</td><td class=\"n\">{}</td><td class=\"n\">—</td><td class=\"n\">{modelled}</td></tr>",
                w.t("programme-not-reported")
            );
            continue;
        }
        let share = if rep.total != 0.0 {
            format!(" ({} %)", w.figure(rep.verified / rep.total * 100.0, 0))
        } else {
            String::new()
        };
        let _ = write!(
            h,
            "<tr><td>{label}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}{share}</td><td class=\"n\">{modelled}</td></tr>",
            rep.synergies,
            w.figure(rep.total, 0),
            w.figure(rep.verified, 0)
        );
    }
    let _ = write!(
        h,
        "<tr><td>{}</td><td></td><td></td><td></td><td class=\"n\">{}</td></tr></table></section>",
        w.t("programme-net-benefit"),
        say!(w, "programme-per-year", value = w.figure(r.modelled_net_benefit, 0), currency = r.currency.as_str())
    );
    for (title, groups, none) in [
        ("programme-per-workshop", &r.by_workshop, "programme-no-workshop"),
        ("programme-per-facilitator", &r.by_facilitator, "programme-no-facilitator"),
    ] {
        let _ = write!(
            h,
            "<section><h2>{}</h2><table><tr><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            w.t(title),
            w.t("programme-col-synergies"),
            w.t("programme-col-in-progress"),
            w.t("programme-col-completed"),
            w.t("programme-col-dropped")
        );
        for (name, g) in groups {
            let name = name.as_deref().map_or_else(|| w.t(none), escape);
            let _ = write!(
                h,
                "<tr><td>{name}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                g.synergies, g.in_progress, g.completed, g.dropped
            );
        }
        h.push_str("</table></section>");
    }
    h.push_str("</body></html>\n");
    h
}

const CSS: &str = "body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#111;line-height:1.4}\
h1{margin-bottom:.2em}h2{border-bottom:2px solid #009e73;padding-bottom:.2em;margin-top:2em}\
.lead{font-size:1.2em;margin-top:0}.meta{color:#555;font-size:.9em}.note{background:#fff4d6;padding:.5em 1em}\
.warn{background:#ffd9cc}.cards{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}\
.card{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;min-width:10em}.card .v{font-size:1.8em;font-weight:bold}\
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}td.src{overflow-wrap:anywhere;min-width:12em}\
th{background:#f2f2f2}td.n{text-align:right;white-space:nowrap}tr.detail td{border-bottom:2px solid #bbb;font-size:.9em}\
table.terms{width:auto}img.map{max-width:100%;border:1px solid #ccc;margin-bottom:1em}svg{display:block;margin:1.5em 0;max-width:100%}\
code{font-size:.9em}@media print{details{display:block}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a href=\"x\">R&D</a>"), "&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;");
    }
}
