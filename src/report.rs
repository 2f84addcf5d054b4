//! The HTML report: one self-contained file (no external resource of any kind) with the
//! project's summary figures, its indicators per scenario, the map and charts as embedded
//! images, every exchange with its evaluation breakdown and sources, the best candidates, and
//! what each firm has and wants. Confidential flows are left out unless asked for, before
//! anything is computed, so that no figure derived from them appears either.

use std::fmt::Write as _;

use base64::Engine as _;

use crate::core::export::{ExportError, ExportSummary};
use crate::core::indicators::Indicators;
use crate::core::matching::{Breakdown, Candidate, MatchOptions, Matcher, Objective, format_number};
use crate::core::model::*;
use crate::core::{info::Info, scenarios, store::SCHEMA_VERSION, style};
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

/// A number for a table: thousands separated by thin spaces, `decimals` after the point.
fn figure(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{2009}');
        }
        grouped.push(ch);
    }
    let sign = if v < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

fn source_text(source: &str) -> String {
    if source.trim().is_empty() { "<em>assumption</em>".into() } else { escape(source) }
}

/// A horizontal bar chart as inline SVG.
fn bar_chart(title: &str, rows: &[(String, f64, style::Rgb)], unit: &str) -> String {
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
            figure(*value, 0),
            escape(unit)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A line chart of one value per year as inline SVG.
fn line_chart(title: &str, points: &[(i32, f64)], unit: &str) -> String {
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
            figure(max, 0),
            escape(unit)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn breakdown_table(b: &Breakdown) -> String {
    let mut out = String::from(
        "<table class=\"terms\"><tr><th>term</th><th>value</th><th>formula</th><th>parameters (source)</th></tr>",
    );
    for t in &b.terms {
        let params: Vec<String> = t
            .parameters
            .iter()
            .map(|p| {
                format!(
                    "{} = {} {} ({})",
                    escape(&p.name),
                    escape(&format_number(p.value)),
                    escape(&p.unit),
                    source_text(&p.source)
                )
            })
            .collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{} {}</td><td><code>{}</code></td><td>{}</td></tr>",
            escape(&t.name),
            escape(&format_number(t.value)),
            escape(&t.unit),
            escape(&t.formula),
            params.join("<br>")
        );
    }
    out.push_str("</table>");
    out
}

/// A material for a table: its name, and its id (as in the CSV files) underneath.
fn material_cell(data: &ProjectData, id: &MaterialId) -> String {
    match data.material(id) {
        Some(m) if m.name != id.0 => format!("{}<br><span class=\"meta\">{}</span>", escape(&m.name), escape(&id.0)),
        _ => escape(&id.0),
    }
}

fn scenario_name(s: &str) -> &str {
    match s {
        "existing" => "Existing",
        "existing_plus_proposed" => "Existing + proposed",
        "optimal" => "Optimal allocation",
        other => other,
    }
}

/// Writes `report.html` into `dir` (atomically), dated today.
pub fn export_html(
    project: &ProjectData,
    dir: &std::path::Path,
    include_confidential: bool,
) -> Result<ExportSummary, ExportError> {
    crate::core::guard::heavy("an HTML report");
    let generated = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let report = build(project, include_confidential, &generated).map_err(ExportError::Render)?;
    let path = dir.join("report.html");
    crate::core::output::write_atomic(&path, report.html.as_bytes()).map_err(ExportError::Write)?;
    Ok(ExportSummary { files: vec![path], confidential_left_out: report.confidential_left_out })
}

/// Above this many exchanges the report lists their figures without a breakdown each.
const MAX_BREAKDOWNS: usize = 500;
/// Firms listed with their flows (a national register lists the first ones and says so).
const MAX_FIRMS_LISTED: usize = 1000;
/// Candidates shown.
const MAX_CANDIDATES: usize = 20;

/// Builds the report of `project`, generated at `generated` (a date for the title page).
pub fn build(project: &ProjectData, include_confidential: bool, generated: &str) -> Result<Report, String> {
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
    let currency = escape(&data.meta.currency);
    let m = &data.meta;

    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} — Symbiosis Explorer report</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{}</style></head><body>",
        escape(&m.name),
        CSS
    );
    let _ = write!(
        h,
        "<header><h1>{}</h1><p class=\"lead\">{}</p><p>{}</p><p class=\"meta\">Region: {} · The park in {year} · Currency: {} (prices of {}) · Report generated {} by Symbiosis Explorer {}</p>",
        escape(&m.name),
        escape(&m.region),
        escape(&m.description),
        escape(&m.region),
        currency,
        m.price_year,
        escape(generated),
        env!("CARGO_PKG_VERSION")
    );
    if confidential_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"note\">{confidential_left_out} confidential {} left out of this report and of every figure in it.</p>",
            if confidential_left_out == 1 { "flow is" } else { "flows are" }
        );
    } else if include_confidential && data.flows.iter().any(|f| f.confidential) {
        h.push_str(
            "<p class=\"note warn\">This report includes confidential flows: do not share it outside the project.</p>",
        );
    }
    h.push_str("</header>");

    // Summary figures.
    let existing = indicators.scenarios.iter().find(|s| s.scenario == "existing");
    let running = rows.iter().filter(|r| r.in_existing).count();
    h.push_str("<section><h2>Summary</h2><div class=\"cards\">");
    let mut card = |value: String, label: &str| {
        let _ = write!(h, "<div class=\"card\"><div class=\"v\">{value}</div><div>{}</div></div>", escape(label));
    };
    card(data.firms.len().to_string(), "firms");
    card(data.flows.len().to_string(), "flows (has and wants)");
    card(format!("{running} of {}", data.exchanges.len()), &format!("exchanges running in {year}"));
    if let Some(s) = existing {
        card(figure(s.co2_avoided_t, 0), &format!("t CO₂ avoided per year (running exchanges, {year})"));
        card(figure(s.net_benefit, 0), &format!("{} net benefit per year", data.meta.currency));
    }
    card(candidate_count.to_string(), "candidate exchanges found");
    h.push_str("</div>");
    h.push_str("<table><tr><th>status</th><th>exchanges</th></tr>");
    for (status, n) in &info.counts.exchanges {
        let _ = write!(h, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", escape(status));
    }
    h.push_str("</table></section>");

    // Map: the project's own view, and every firm where some lie outside it (partners far away).
    let (w, h_px) = (1600, 1000);
    let overview = map_image::fit_view(&data, w, h_px);
    let mut maps = vec![(format!("Map of the firms and exchanges of {}", m.name), MapImageOptions::new(w, h_px))];
    if data.meta.view != MapView::BALTIC && overview.zoom < data.meta.view.zoom - 1.0 {
        let title = format!("{}: every firm", m.name);
        let options =
            MapImageOptions { view: Some(overview), title: Some(title.clone()), ..MapImageOptions::new(w, h_px) };
        maps.push((title, options));
    }
    h.push_str("<section><h2>Map</h2>");
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
    h.push_str(
        "<section><h2>Indicators</h2><table><tr><th>scenario</th><th>firms linked</th><th>links</th><th>exchanges</th>\
         <th>link density L/S</th><th>connectance</th><th>cyclicity</th><th>t CO₂/yr avoided</th>",
    );
    let _ = write!(h, "<th>net benefit {currency}/yr</th><th>Finn cycling index</th></tr>");
    for s in &indicators.scenarios {
        let finn: Vec<String> = s
            .finn_cycling_index
            .iter()
            .map(|f| match f.value {
                Some(v) => format!("{} ({})", format_number(v), escape(&f.unit)),
                None => format!("undefined ({})", escape(&f.unit)),
            })
            .collect();
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.3}</td><td class=\"n\">{:.4}</td><td class=\"n\">{:.3}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            scenario_name(&s.scenario),
            s.firms,
            s.links,
            s.exchanges,
            s.link_density,
            s.connectance,
            s.cyclicity,
            figure(s.co2_avoided_t, 0),
            figure(s.net_benefit, 0),
            finn.join("; ")
        );
    }
    h.push_str(
        "</table><p class=\"meta\">Link density: links per firm; connectance: links over possible links; cyclicity: \
         spectral radius of the firm network (0 for a chain, 1 for a loop); Finn index: share of throughflow that cycles, per unit.</p>",
    );
    if indicators.optimal_status == crate::core::optimise::SolveStatus::TimeLimit {
        let _ = write!(
            h,
            "<p class=\"note\">The optimal scenario is the best allocation found within the time limit: within {:.1} % of the optimum (a proven bound).</p>",
            indicators.optimal_gap * 100.0
        );
    }
    h.push_str("</section>");

    // Charts.
    h.push_str("<section><h2>Charts</h2>");
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
    h.push_str(&bar_chart("CO₂ avoided per year by material (running exchanges)", &by_material, "t"));
    let scen: Vec<(String, f64, style::Rgb)> = indicators
        .scenarios
        .iter()
        .map(|s: &Indicators| (scenario_name(&s.scenario).to_string(), s.co2_avoided_t, style::GREEN))
        .collect();
    h.push_str(&bar_chart("CO₂ avoided per year by scenario", &scen, "t"));
    let benefit: Vec<(String, f64, style::Rgb)> = indicators
        .scenarios
        .iter()
        .map(|s| (scenario_name(&s.scenario).to_string(), s.net_benefit, style::BLUE))
        .collect();
    h.push_str(&bar_chart("Net benefit per year by scenario", &benefit, &data.meta.currency));
    let years: Vec<(i32, f64)> = indicators.by_year.iter().map(|y| (y.year, y.co2_avoided_t)).collect();
    if years.len() > 1 {
        h.push_str(&line_chart("CO₂ avoided per year by the park, year by year", &years, "t"));
    }
    h.push_str("</section>");

    // Exchanges with their breakdowns.
    let _ = write!(
        h,
        "<section><h2>Exchanges</h2><p>Each exchange's figures are its share of the park in {year}: the running \
         exchanges are allocated once to their flows' capacities (in order of start year), so the rows add up to the \
         summary. Quantities are what that allocation gives each exchange; an exchange not running in {year} shows none.</p>\
         <table><tr><th>from</th><th>to</th><th>material</th><th>quantity/yr</th><th>status</th>\
         <th>years</th><th>transport</th><th>t CO₂/yr</th><th>{currency}/yr</th><th>source</th></tr>"
    );
    let name_of = |id: &FirmId| data.firm(id).map_or_else(|| id.0.clone(), |f| f.name.clone());
    for (ex, row, b) in &evaluated {
        let years = match (ex.start_year, ex.end_year) {
            (Some(s), Some(e)) => format!("{s}–{e}"),
            (Some(s), None) => format!("since {s}"),
            (None, Some(e)) => format!("until {e}"),
            (None, None) => String::new(),
        };
        let (co2, benefit) = if row.in_existing {
            (figure(row.co2_avoided_t, 1), figure(row.net_benefit, 0))
        } else {
            (format!("— (not running in {year})"), String::from("—"))
        };
        let role = if row.role == FlowRole::Product { " (product sale)" } else { "" };
        let quantity = if row.in_existing {
            let stated = match ex.quantity {
                Some(q) if (q - row.quantity).abs() > 1e-9 * q.abs().max(1.0) => {
                    format!(" (states {})", figure(q, 0))
                }
                Some(_) => String::new(),
                None => " (from its flows)".into(),
            };
            format!("{} {}{stated}", figure(row.quantity, 0), ex.unit)
        } else {
            ex.quantity.map_or_else(|| "unknown".into(), |q| format!("{} {} (stated)", figure(q, 0), ex.unit))
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{quantity}</td><td>{status}{role}</td><td>{years}</td><td>{}</td><td class=\"n\">{co2}</td><td class=\"n\">{benefit}</td><td class=\"src\">{}</td></tr>",
            escape(&name_of(&ex.from)),
            escape(&name_of(&ex.to)),
            material_cell(&data, &ex.material),
            ex.transport.map_or(String::new(), |t| t.to_string()),
            source_text(&ex.source),
            status = ex.status,
        );
        if let Some(text) = &row.overfill {
            let _ = write!(
                h,
                "<tr class=\"detail note\"><td colspan=\"10\" class=\"note\">{}: evaluated at what the flows allow.</td></tr>",
                escape(text)
            );
        }
        match b {
            Some(b) if row.in_existing => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\"><details><summary>How this was evaluated: {}</summary>{}</details></td></tr>",
                    escape(&b.counterfactual),
                    breakdown_table(b)
                );
            }
            Some(b) if ex.status == ExchangeStatus::Proposed => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\"><details><summary>Proposed: what it would add after the running exchanges ({} t CO₂/yr, {} {currency}/yr; not in the totals)</summary>{}</details></td></tr>",
                    figure(b.candidate.co2_avoided_t, 1),
                    figure(b.candidate.net_benefit, 0),
                    breakdown_table(b)
                );
            }
            _ if !row.in_existing => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\">Not running in {year}: not in this year's figures.</td></tr>"
                );
            }
            _ if !detailed => {}
            _ => {
                let _ = write!(
                    h,
                    "<tr class=\"detail\"><td colspan=\"10\">Not evaluated: the project holds no matching supply and demand flows for this exchange{}.</td></tr>",
                    if confidential_left_out > 0 { " (or they are confidential)" } else { "" }
                );
            }
        }
    }
    let _ = write!(
        h,
        "<tr class=\"total\"><td colspan=\"7\"><strong>Total of the {running} exchanges running in {year}</strong></td>\
         <td class=\"n\"><strong>{}</strong></td><td class=\"n\"><strong>{}</strong></td><td></td></tr>",
        figure(totals.co2_avoided_t, 1),
        figure(totals.net_benefit, 0)
    );
    if !detailed {
        let _ = write!(
            h,
            "<tr><td colspan=\"10\" class=\"note\">Breakdowns are left out: the project has {} exchanges (more than {MAX_BREAKDOWNS}); `symbiosis-explorer exchanges` lists each one's figures and `explain` its breakdown.</td></tr>",
            data.exchanges.len()
        );
    }
    h.push_str("</table></section>");

    // Candidates.
    let shown = candidates.len();
    let _ = write!(
        h,
        "<section><h2>Best candidate exchanges</h2><p>The {shown} best of {} candidates by net benefit.</p><table>\
         <tr><th>supplier</th><th>receiver</th><th>supply → demand</th><th>quantity/yr</th><th>distance km</th>\
         <th>t CO₂/yr</th><th>{currency}/yr</th></tr>",
        format_number(candidate_count as f64)
    );
    for c in candidates.iter().take(shown) {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{} → {}</td><td class=\"n\">{} {}</td><td class=\"n\">{:.1}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&c.supply_firm),
            escape(&c.demand_firm),
            escape(&c.supply_material.0),
            escape(&c.demand_material.0),
            figure(c.quantity, 0),
            c.unit,
            c.distance_km,
            figure(c.co2_avoided_t, 1),
            figure(c.net_benefit, 0)
        );
    }
    h.push_str("</table></section>");

    // Firms and flows.
    h.push_str(
        "<section><h2>Firms: what they have and want</h2><table><tr><th>firm</th><th>NACE</th><th>has</th><th>wants</th><th>source</th></tr>",
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
                .map(|f| format!("{} {} {}", escape(&f.material.0), figure(f.quantity, 0), f.unit))
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
            source_text(&firm.source)
        );
    }
    if data.firms.len() > MAX_FIRMS_LISTED {
        let _ = write!(
            h,
            "<tr><td colspan=\"5\" class=\"note\">The first {MAX_FIRMS_LISTED} of {} firms are listed; `symbiosis-explorer export --format csv` writes them all.</td></tr>",
            format_number(data.firms.len() as f64)
        );
    }
    h.push_str("</table></section>");

    // Sources and credits.
    h.push_str("<section><h2>Evaluation parameters and sources</h2><table><tr><th>parameter</th><th>value</th><th>source</th></tr>");
    for (key, value, source) in data.params.to_rows() {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"src\">{}</td></tr>",
            escape(&key),
            escape(&format_number(value)),
            source_text(&source)
        );
    }
    let _ = write!(
        h,
        "</table><p class=\"meta\">Basemap: {}. Waste codes: European List of Waste (Commission Decision 2000/532/EC); \
         sectors: NACE Rev. 2 (Eurostat).</p></section></body></html>",
        escape(crate::basemap::CREDITS)
    );
    h.push('\n');
    Ok(Report { html: h, confidential_left_out })
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
    fn figures_group_thousands_and_keep_signs() {
        assert_eq!(figure(1234567.891, 1), "1\u{2009}234\u{2009}567.9");
        assert_eq!(figure(-1500.0, 0), "−1\u{2009}500");
        assert_eq!(figure(-0.01, 0), "0");
        assert_eq!(figure(999.0, 0), "999");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a href=\"x\">R&D</a>"), "&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;");
    }
}
