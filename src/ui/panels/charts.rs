//! Charts: avoided CO2 and net benefit by material, exchanged quantity by year, and the
//! selected firm's inputs and outputs.

use std::collections::BTreeMap;

use egui::RichText;
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use crate::core::model::*;
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::{Pick, colors};
use crate::ui::state::AppContext;

/// The charts pane: the exchanged quantities by year, computed once per change of data.
#[derive(Default)]
pub struct ChartsPanel {
    by_year: Option<(u64, ByYear)>,
    /// Avoided CO2 and net benefit (k) by material, for the data version and year summed.
    by_material: Option<(Version, ByMaterial)>,
    /// Reported beside modelled CO2 per exchange with an outcome, for the data version and year.
    outcomes: Option<(Version, Vec<OutcomeBars>)>,
}

/// A cache key: the data version and the year shown.
type Version = (u64, Option<i32>);

/// One exchange's CO2: modelled (t/yr, running in the year shown), reported and of it verified
/// (t CO2e, its latest reported year).
#[derive(Clone)]
struct OutcomeBars {
    label: String,
    modelled: Option<f64>,
    reported: f64,
    verified: f64,
    year: i32,
}

/// Avoided CO2 (t/yr) and net benefit (k/yr) by material.
type ByMaterial = BTreeMap<String, (f64, f64)>;

/// Thousand units per year of each unit family, by year.
type ByYear = BTreeMap<Unit, Vec<[f64; 2]>>;

impl ChartsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        scenarios_ui(ctx, ui);
        ui.separator();
        charts_ui(ctx, ui, &mut self.by_year, &mut self.by_material);
        outcomes_ui(ctx, ui, &mut self.outcomes);
    }
}

/// Reported outcomes beside modelled figures, per exchange that has a reported CO2 figure: two
/// bars that are never added together (the verified part of the reported one drawn darker).
fn outcomes_ui(ctx: &mut AppContext<'_>, ui: &mut egui::Ui, cache: &mut Option<(Version, Vec<OutcomeBars>)>) {
    let year = ctx.state.eval_year();
    let Some(data) = ctx.data() else { return };
    if !data.outcomes.iter().any(|o| o.co2_t.is_some()) || !ctx.state.links_ready(year) {
        return;
    }
    let key = (ctx.state.data_version(), year);
    if cache.as_ref().is_none_or(|(k, _)| *k != key) {
        let links = ctx.state.existing_links(year);
        let modelled: std::collections::HashMap<(&FirmId, &FirmId, &str), f64> =
            links.iter().map(|l| ((&l.from, &l.to, l.material.as_str()), l.co2_avoided_t)).collect();
        let mut latest: BTreeMap<ExchangeId, &crate::core::workbench::Outcome> = BTreeMap::new();
        for o in data.outcomes.iter().filter(|o| o.co2_t.is_some()) {
            if latest.get(&o.exchange).is_none_or(|seen| seen.year < o.year) {
                latest.insert(o.exchange, o);
            }
        }
        let bars = latest
            .values()
            .filter_map(|o| {
                let e = data.exchanges.iter().find(|e| e.id == o.exchange)?;
                let reported = o.co2_t.unwrap_or(0.0);
                Some(OutcomeBars {
                    label: format!(
                        "{} -> {} {}",
                        ctx.state.firm_name(&e.from),
                        ctx.state.firm_name(&e.to),
                        ctx.state.material_name(&e.material)
                    ),
                    modelled: modelled.get(&(&e.from, &e.to, e.material.as_str())).copied(),
                    reported,
                    verified: if o.verified { reported } else { 0.0 },
                    year: o.year,
                })
            })
            .collect();
        *cache = Some((key, bars));
    }
    let Some((_, rows)) = cache.as_ref() else { return };
    ui.separator();
    ui.label(RichText::new(t!("ui-co2-per-exchange-modelled-t-yr")).strong());
    for r in rows {
        let modelled =
            r.modelled.map_or(t!("ui-not-running-in-the-year-shown"), |m| t!("ui-t-per-year", value = shown(m)));
        let verified = if r.verified > 0.0 { t!("ui-verified-lower") } else { t!("ui-not-verified") };
        ui.label(t!(
            "ui-outcome-chart-line",
            exchange = r.label.clone(),
            modelled = modelled,
            reported = shown(r.reported),
            year = r.year.to_string(),
            verified = verified
        ));
    }
    let names: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let bar = |i: usize, offset: f64, v: f64| Bar::new(i as f64 + offset, v).width(0.35);
    let modelled: Vec<Bar> = rows.iter().enumerate().map(|(i, r)| bar(i, -0.2, r.modelled.unwrap_or(0.0))).collect();
    let reported: Vec<Bar> = rows.iter().enumerate().map(|(i, r)| bar(i, 0.2, r.reported)).collect();
    let verified: Vec<Bar> = rows.iter().enumerate().map(|(i, r)| bar(i, 0.2, r.verified)).collect();
    Plot::new("outcomes-chart")
        .height(200.0)
        .legend(Legend::default())
        .x_axis_formatter(move |mark, _| names.get(mark.value.round() as usize).cloned().unwrap_or_default())
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(t!("ui-modelled-co2-avoided-t-yr"), modelled).color(colors::GREEN));
            plot.bar_chart(BarChart::new(t!("ui-reported-co2-t"), reported).color(colors::ORANGE));
            plot.bar_chart(BarChart::new(t!("ui-of-it-verified"), verified).color(colors::VERMILION));
        });
}

/// Existing, existing + proposed and optimal scenarios side by side: a table and a chart.
fn scenarios_ui(ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
    ui.label(RichText::new(t!("ui-scenarios-existing-existing-proposed-optimal")).strong());
    ui.horizontal(|ui| {
        let running = ctx.state.jobs.scenarios.is_some();
        if ui
            .add_enabled(!running, egui::Button::new(t!("ui-compare-scenarios")))
            .on_hover_text(t!("ui-runs-matching-and-the-optimal-allocation"))
            .clicked()
        {
            ctx.send(Command::CompareScenarios);
        }
        if running {
            ui.spinner();
        }
    });
    let Some(report) = &ctx.state.scenarios else { return };
    egui::Grid::new("scenario-table").striped(true).num_columns(4).show(ui, |ui| {
        ui.label("");
        for s in &report.scenarios {
            ui.label(RichText::new(crate::report::scenario_label(ctx.state.lang, &s.scenario)).strong());
        }
        ui.end_row();
        let row = |ui: &mut egui::Ui, name: &str, value: &dyn Fn(&crate::core::indicators::Indicators) -> String| {
            ui.label(name);
            for s in &report.scenarios {
                ui.label(value(s));
            }
            ui.end_row();
        };
        row(ui, "firms", &|s| s.firms.to_string());
        row(ui, "links", &|s| s.links.to_string());
        row(ui, "exchanges", &|s| s.exchanges.to_string());
        row(ui, &t!("ui-link-density-l-s"), &|s| format!("{:.2}", s.link_density));
        row(ui, "connectance", &|s| format!("{:.3}", s.connectance));
        row(ui, "cyclicity", &|s| format!("{:.2}", s.cyclicity));
        row(ui, &t!("ui-co2-avoided-t-yr"), &|s| shown(s.co2_avoided_t));
        row(ui, &t!("ui-net-benefit-yr"), &|s| shown(s.net_benefit));
    });
    let bars = |f: fn(&crate::core::indicators::Indicators) -> f64, offset: f64| -> Vec<Bar> {
        report.scenarios.iter().enumerate().map(|(i, s)| Bar::new(i as f64 + offset, f(s)).width(0.35)).collect()
    };
    let names: Vec<String> =
        report.scenarios.iter().map(|s| crate::report::scenario_label(ctx.state.lang, &s.scenario)).collect();
    Plot::new("scenario-chart")
        .height(180.0)
        .legend(Legend::default())
        .x_axis_formatter(move |mark, _| names.get(mark.value.round() as usize).cloned().unwrap_or_default())
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(t!("ui-co2-avoided-kt-yr"), bars(|s| s.co2_avoided_t / 1000.0, -0.2))
                    .color(colors::GREEN),
            );
            plot.bar_chart(
                BarChart::new(t!("ui-net-benefit-m-yr"), bars(|s| s.net_benefit / 1e6, 0.2)).color(colors::BLUE),
            );
        });
}

fn charts_ui(
    ctx: &mut AppContext<'_>,
    ui: &mut egui::Ui,
    by_year: &mut Option<(u64, ByYear)>,
    sums: &mut Option<((u64, Option<i32>), ByMaterial)>,
) {
    let year = ctx.state.eval_year();
    let links = ctx.state.existing_links(year);
    let Some(data) = ctx.data() else { return };
    if !ctx.state.links_ready(year) {
        ui.spinner();
        return;
    }

    let title = match year {
        Some(y) => t!("ui-by-material-in", year = y.to_string()),
        None => t!("ui-by-material"),
    };
    ui.label(RichText::new(title).strong());
    // Summed once per change of data or year (the links are ready for both, see above).
    let links_id = (ctx.state.data_version(), year);
    if sums.as_ref().is_none_or(|(id, _)| *id != links_id) {
        let mut by_material = ByMaterial::new();
        for l in links.iter() {
            let e = by_material.entry(l.material.clone()).or_default();
            e.0 += l.co2_avoided_t;
            e.1 += l.net_benefit / 1000.0;
        }
        *sums = Some((links_id, by_material));
    }
    let by_material = sums.as_ref().map(|(_, m)| m.clone()).unwrap_or_default();
    let names: Vec<String> =
        by_material.keys().map(|id| axis_label(&ctx.state.material_name(&MaterialId(id.clone())))).collect();
    let co2: Vec<Bar> =
        by_material.values().enumerate().map(|(i, v)| Bar::new(i as f64 - 0.2, v.0).width(0.4)).collect();
    let benefit: Vec<Bar> =
        by_material.values().enumerate().map(|(i, v)| Bar::new(i as f64 + 0.2, v.1).width(0.4)).collect();
    let label_names = names.clone();
    Plot::new("by-material")
        .height(260.0)
        .legend(Legend::default())
        .x_axis_formatter(move |mark, _| label_names.get(mark.value.round() as usize).cloned().unwrap_or_default())
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(t!("ui-co2-avoided-t-yr"), co2).color(colors::GREEN));
            plot.bar_chart(
                BarChart::new(t!("ui-net-benefit-k", currency = data.meta.currency.clone()), benefit)
                    .color(colors::BLUE),
            );
        });

    ui.label(RichText::new(t!("ui-exchanged-quantity-by-year-known-quantities")).strong());
    let version = ctx.state.data_version();
    if by_year.as_ref().is_none_or(|(v, _)| *v != version) {
        *by_year = Some((version, quantities_by_year(data)));
    }
    let lines = by_year.as_ref().map(|(_, lines)| lines.clone()).unwrap_or_default();
    Plot::new("by-year").height(240.0).legend(Legend::default()).allow_drag(false).allow_zoom(false).show(ui, |plot| {
        for (unit, points) in lines {
            let color = match unit.dimension().0 {
                Dimension::Mass => colors::GREEN,
                Dimension::Energy => colors::VERMILION,
                Dimension::Volume => colors::BLUE,
            };
            plot.line(
                Line::new(
                    t!(
                        "ui-thousand-unit-per-year",
                        unit = crate::i18n::sources::unit_in(crate::i18n::ui_language(), unit.as_str())
                    ),
                    PlotPoints::from(points),
                )
                .color(color)
                .width(2.5),
            );
        }
    });

    if let Some(Pick::Firm(id)) = &ctx.state.selection
        && let Some(firm) = ctx.state.selected_firm()
    {
        ui.label(RichText::new(t!("ui-firm-inputs-outputs", firm = firm.name.clone())).strong());
        let flows: Vec<&Flow> = data.flows.iter().filter(|f| &f.firm == id).collect();
        let bars: Vec<Bar> = flows
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let sign = if f.direction == Direction::Supply { 1.0 } else { -1.0 };
                Bar::new(i as f64, sign * f.quantity)
                    .name(format!(
                        "{} {} ({})",
                        crate::ui::words::direction(f.direction),
                        ctx.state.material_name(&f.material),
                        f.unit
                    ))
                    .width(0.7)
            })
            .collect();
        let names: Vec<String> = flows.iter().map(|f| axis_label(&ctx.state.material_name(&f.material))).collect();
        Plot::new("firm-flows")
            .height(200.0)
            .x_axis_formatter(move |mark, _| names.get(mark.value.round() as usize).cloned().unwrap_or_default())
            .allow_drag(false)
            .allow_zoom(false)
            .show(ui, |plot| {
                plot.bar_chart(BarChart::new(t!("ui-quantity-per-year-outputs-up-inputs"), bars).color(colors::ORANGE))
            });
    } else {
        ui.label(t!("ui-select-a-firm-to-see-its"));
    }
}

/// A name short enough to stand under a bar: up to 14 letters, then "…" (the legend and the
/// tooltips have it whole).
fn axis_label(name: &str) -> String {
    const MAX: usize = 14;
    if name.chars().count() <= MAX {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(MAX - 1).collect::<String>().trim_end())
    }
}

/// The known quantities of the exchanges running in each year, from the first start to now.
fn quantities_by_year(data: &ProjectData) -> ByYear {
    let first = data.exchanges.iter().filter_map(|e| e.start_year).min().unwrap_or(2000);
    let last = chrono_year().max(data.exchanges.iter().filter_map(|e| e.end_year).max().unwrap_or(first));
    let mut lines = ByYear::new();
    for year in first..=last {
        let mut totals: BTreeMap<Unit, f64> = BTreeMap::new();
        for e in data.exchanges.iter().filter(|e| e.start_year.is_some() && e.active_in(year)) {
            *totals.entry(e.unit).or_default() += e.quantity.unwrap_or(0.0);
        }
        for unit in [Unit::Tonne, Unit::Mwh, Unit::CubicMetre] {
            lines.entry(unit).or_default().push([f64::from(year), totals.get(&unit).copied().unwrap_or(0.0) / 1000.0]);
        }
    }
    lines
}

fn chrono_year() -> i32 {
    chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2026)
}
