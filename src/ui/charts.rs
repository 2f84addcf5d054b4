//! Charts: avoided CO2 and net benefit by material, exchanged quantity by year, and the
//! selected firm's inputs and outputs.

use std::collections::BTreeMap;

use egui::RichText;
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use super::app::App;
use super::map_layer::{Pick, colors};
use crate::core::matching::{MatchOptions, Matcher};
use crate::core::model::*;
use crate::core::scenarios;

pub fn charts_ui(ui: &mut egui::Ui, app: &mut App) {
    let Some(project) = &app.project else { return };
    let data = &project.data;
    let matcher = Matcher::new(data, MatchOptions { greenfield: true, ..MatchOptions::default() });
    let links = scenarios::exchange_links(&matcher, |ex| scenarios::is_existing(ex, None));

    ui.label(RichText::new("Existing exchanges by material: avoided CO2 (t/yr) and net benefit (k per yr)").strong());
    let mut by_material: BTreeMap<String, (f64, f64)> = BTreeMap::new();
    for l in &links {
        let e = by_material.entry(l.material.clone()).or_default();
        e.0 += l.co2_avoided_t;
        e.1 += l.net_benefit / 1000.0;
    }
    let names: Vec<String> = by_material.keys().cloned().collect();
    let co2: Vec<Bar> =
        by_material.values().enumerate().map(|(i, v)| Bar::new(i as f64 - 0.2, v.0).width(0.4)).collect();
    let benefit: Vec<Bar> =
        by_material.values().enumerate().map(|(i, v)| Bar::new(i as f64 + 0.2, v.1).width(0.4)).collect();
    let label_names = names.clone();
    Plot::new("by-material")
        .height(220.0)
        .legend(Legend::default())
        .x_axis_formatter(move |mark, _| label_names.get(mark.value.round() as usize).cloned().unwrap_or_default())
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("CO2 avoided, t/yr", co2).color(colors::GREEN));
            plot.bar_chart(
                BarChart::new(format!("Net benefit, k{}/yr", data.meta.currency), benefit).color(colors::BLUE),
            );
        });

    ui.label(RichText::new("Exchanged quantity by year (known quantities)").strong());
    let first = data.exchanges.iter().filter_map(|e| e.start_year).min().unwrap_or(2000);
    let last = chrono_year().max(data.exchanges.iter().filter_map(|e| e.end_year).max().unwrap_or(first));
    let mut lines: BTreeMap<Unit, Vec<[f64; 2]>> = BTreeMap::new();
    for year in first..=last {
        let mut totals: BTreeMap<Unit, f64> = BTreeMap::new();
        for e in data.exchanges.iter().filter(|e| e.start_year.is_some() && e.active_in(year)) {
            *totals.entry(e.unit).or_default() += e.quantity.unwrap_or(0.0);
        }
        for unit in [Unit::Tonne, Unit::Mwh, Unit::CubicMetre] {
            lines.entry(unit).or_default().push([f64::from(year), totals.get(&unit).copied().unwrap_or(0.0) / 1000.0]);
        }
    }
    Plot::new("by-year").height(200.0).legend(Legend::default()).allow_drag(false).allow_zoom(false).show(ui, |plot| {
        for (unit, points) in lines {
            let color = match unit {
                Unit::Tonne => colors::GREEN,
                Unit::Mwh => colors::VERMILION,
                Unit::CubicMetre => colors::BLUE,
            };
            plot.line(Line::new(format!("thousand {unit}/yr"), PlotPoints::from(points)).color(color).width(2.5));
        }
    });

    if let Some(Pick::Firm(id)) = &app.selection
        && let Some(firm) = data.firm(id)
    {
        ui.label(RichText::new(format!("{}: inputs (wants) and outputs (has)", firm.name)).strong());
        let flows: Vec<&Flow> = data.flows.iter().filter(|f| &f.firm == id).collect();
        let bars: Vec<Bar> = flows
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let sign = if f.direction == Direction::Supply { 1.0 } else { -1.0 };
                Bar::new(i as f64, sign * f.quantity)
                    .name(format!("{} {} ({})", f.direction, f.material, f.unit))
                    .width(0.7)
            })
            .collect();
        let names: Vec<String> = flows.iter().map(|f| f.material.0.clone()).collect();
        Plot::new("firm-flows")
            .height(200.0)
            .x_axis_formatter(move |mark, _| names.get(mark.value.round() as usize).cloned().unwrap_or_default())
            .allow_drag(false)
            .allow_zoom(false)
            .show(ui, |plot| {
                plot.bar_chart(BarChart::new("quantity per year (outputs up, inputs down)", bars).color(colors::ORANGE))
            });
    } else {
        ui.label("Select a firm to see its inputs and outputs.");
    }
}

fn chrono_year() -> i32 {
    chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2026)
}
