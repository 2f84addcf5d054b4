//! The timeline bar over the map: a year, play/pause, and what started and ended that year.

use egui::RichText;

use crate::core::model::*;
use crate::t;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

/// The timeline's own state: playing, when it last moved on a year, and what it says of the
/// project (kept until the project or the year changes: a frame does not scan every exchange).
#[derive(Default)]
pub(super) struct Timeline {
    playing: bool,
    last_tick: f64,
    summary: Option<Summary>,
}

/// What the timeline says of one project version and year.
struct Summary {
    key: (u64, Option<i32>),
    /// The years the timeline spans: from the first exchange to this year.
    span: (i32, i32),
    /// The year's headline and its new and ended exchanges.
    lines: Vec<String>,
}

impl Summary {
    fn new(key: (u64, Option<i32>), data: Option<&ProjectData>) -> Self {
        let now: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2026);
        let first = data.and_then(|d| d.exchanges.iter().filter_map(|e| e.start_year).min()).unwrap_or(now - 30);
        let lines = match (data, key.1) {
            (Some(data), Some(y)) => year_lines(data, y),
            _ => Vec::new(),
        };
        Self { key, span: (first.min(now), now), lines }
    }
}

/// The year's headline (exchanges running, known quantities), then what started and ended.
fn year_lines(data: &ProjectData, y: i32) -> Vec<String> {
    let running: Vec<&Exchange> = data.exchanges.iter().filter(|e| e.active_in(y)).collect();
    let mut by_unit: std::collections::BTreeMap<Unit, f64> = Default::default();
    for e in &running {
        *by_unit.entry(e.unit).or_default() += e.quantity.unwrap_or(0.0);
    }
    let totals: Vec<String> = by_unit
        .iter()
        .filter(|(_, q)| **q > 0.0)
        .map(|(u, q)| format!("{} {u}", crate::i18n::ui_number(q.round(), 0)))
        .collect();
    let mut lines =
        vec![t!("ui-timeline-year", year = y.to_string(), running = running.len(), totals = totals.join(" + "))];
    let names: std::collections::HashMap<&FirmId, &str> = data.firms.iter().map(|f| (&f.id, f.name.as_str())).collect();
    let name = |id: &FirmId| names.get(id).map_or(id.0.clone(), |n| (*n).to_string());
    let material = |id: &MaterialId| data.material_name(id, crate::i18n::ui_language()).to_string();
    for e in data.exchanges.iter().filter(|e| e.start_year == Some(y) && e.active_in(y)) {
        lines.push(t!("ui-timeline-new", from = name(&e.from), to = name(&e.to), material = material(&e.material)));
    }
    for e in data.exchanges.iter().filter(|e| e.end_year == Some(y - 1)) {
        lines.push(t!("ui-timeline-ended", from = name(&e.from), to = name(&e.to), material = material(&e.material)));
    }
    lines
}

/// The timeline bar: a year, play/pause, and what started and ended that year.
impl Timeline {
    pub(super) fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, rect: egui::Rect, salt: &'static str) {
        let key = (ctx.state.data_version(), ctx.state.year);
        if self.summary.as_ref().is_none_or(|s| s.key != key) {
            self.summary = Some(Summary::new(key, ctx.data()));
        }
        let Some((first, last)) = self.summary.as_ref().map(|s| s.span) else { return };
        let now = ui.input(|i| i.time);
        if self.playing {
            if now - self.last_tick > 0.6 {
                self.last_tick = now;
                let next = ctx.state.year.map_or(first, |y| y + 1);
                if next > last {
                    self.playing = false;
                } else {
                    ctx.send(Command::SetYear(Some(next)));
                }
            }
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
        let Some(data) = ctx.data() else { return };
        let version = key.0;
        let summary = &mut self.summary;
        let frame = egui::Frame::popup(ui.style()).inner_margin(8.0);
        let mut year = ctx.state.year;
        let mut playing = self.playing;
        egui::Area::new(egui::Id::unique(("timeline", salt)))
            .pivot(egui::Align2::RIGHT_BOTTOM)
            .fixed_pos(rect.right_bottom() + egui::vec2(-8.0, -28.0))
            .show(ui.ctx(), |ui| {
                frame.show(ui, |ui| {
                    ui.set_width(440.0);
                    ui.horizontal(|ui| {
                        let mut on = year.is_some();
                        if ui.checkbox(&mut on, t!("ui-timeline")).changed() {
                            year = on.then_some(year.unwrap_or(last));
                            playing = false;
                        }
                        if let Some(y) = year.as_mut() {
                            if ui.button(if playing { t!("ui-pause") } else { t!("ui-play") }).clicked() {
                                if !playing && *y >= last {
                                    *y = first;
                                }
                                playing = !playing;
                            }
                            ui.add(egui::DragValue::new(y).range(first..=last).prefix(format!("{} ", t!("ui-year"))));
                            ui.add(egui::Slider::new(y, first..=last).show_value(false));
                        }
                    });
                    // The year as the widgets above left it: what they show and what is listed agree
                    // in this very frame.
                    if let Some(summary) = summary.as_mut().filter(|_| year.is_some()) {
                        if summary.key != (version, year) {
                            *summary = Summary::new((version, year), Some(data));
                        }
                        let mut lines = summary.lines.iter();
                        if let Some(headline) = lines.next() {
                            ui.label(RichText::new(headline).strong());
                        }
                        for line in lines {
                            ui.label(line);
                        }
                    }
                });
            });
        if year != ctx.state.year {
            ctx.send(Command::SetYear(year));
        }
        self.playing = playing;
    }
}
