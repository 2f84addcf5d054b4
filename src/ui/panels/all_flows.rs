//! The All flows table (like QGIS's attribute table): every flow with all its columns, sorted
//! and filtered; rows pasted from a spreadsheet; edits of the selected rows at once.

use std::collections::HashSet;

use egui::RichText;

use crate::core::history::Edit;
use crate::core::model::*;
use crate::core::numbers::grouped;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

/// Rows laid out at most (filter to narrow).
const SHOWN: usize = 500;

/// The columns' message keys.
const COLUMNS: [&str; 10] = [
    "ui-firm",
    "ui-direction",
    "ui-material",
    "ui-quantity",
    "ui-role",
    "ui-years",
    "ui-ewc",
    "ui-confidential",
    "ui-id",
    "ui-source",
];

/// What the shown rows depend on: data version, filter, sort column and direction.
type RowsKey = (u64, String, usize, bool);

#[derive(Default)]
pub struct AllFlowsPanel {
    filter: String,
    /// Sort column, and whether descending (the default: ascending by firm).
    sort: (usize, bool),
    rows: Option<(RowsKey, Vec<usize>)>,
    pub selection: HashSet<FlowId>,
    pasted: String,
    paste_problems: Vec<String>,
    /// The workshop pasted rows come from (rows without a `workshop_id` of their own take it).
    pub paste_workshop: String,
    bulk_source: String,
}

impl AllFlowsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(data) = ctx.data() else { return };
        egui::CollapsingHeader::new(t!("ui-paste-rows-from-a-spreadsheet"))
            .id_salt("paste")
            .show(ui, |ui| self.paste_ui(ctx, ui, data));
        ui.horizontal(|ui| {
            ui.label(t!("ui-filter"));
            ui.add(egui::TextEdit::singleline(&mut self.filter).hint_text(t!("ui-firm-material-direction-or-source")));
        });
        let needle = self.filter.to_lowercase();
        let (column, descending) = self.sort;
        let ascending = !descending;
        // Filtered and sorted once per change of filter, sort or data, not every frame.
        let key = (ctx.state.data_version(), needle.clone(), column, ascending);
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut rows: Vec<usize> = (0..data.flows.len())
                .filter(|&i| {
                    let f = &data.flows[i];
                    needle.is_empty()
                        || f.firm.as_str().to_lowercase().contains(&needle)
                        || f.material.as_str().contains(&needle)
                        || f.direction.as_str().contains(&needle)
                        || f.source.to_lowercase().contains(&needle)
                })
                .collect();
            rows.sort_by(|&a, &b| {
                let (a, b) = (&data.flows[a], &data.flows[b]);
                let order = match column {
                    1 => a.direction.cmp(&b.direction),
                    2 => a.material.cmp(&b.material),
                    3 => a.quantity.total_cmp(&b.quantity),
                    4 => a.role.cmp(&b.role),
                    5 => a.available_from.cmp(&b.available_from),
                    6 => a.ewc.cmp(&b.ewc),
                    7 => a.confidential.cmp(&b.confidential),
                    8 => a.id.cmp(&b.id),
                    9 => a.source.cmp(&b.source),
                    _ => a.firm.cmp(&b.firm),
                }
                .then(a.id.cmp(&b.id));
                if ascending { order } else { order.reverse() }
            });
            self.rows = Some((key, rows));
        }
        let rows = self.rows.as_ref().map_or(&[][..], |(_, rows)| rows.as_slice());
        let shown: Vec<&Flow> = rows.iter().take(SHOWN).filter_map(|&i| data.flows.get(i)).collect();
        let mut sort = None;
        let mut toggled = Vec::new();
        egui::ScrollArea::horizontal().id_salt("all-flows-scroll").show(ui, |ui| {
            egui::Grid::new("all-flows").striped(true).num_columns(COLUMNS.len() + 1).show(ui, |ui| {
                ui.label("");
                for (i, key) in COLUMNS.iter().enumerate() {
                    let title = t!(key);
                    let arrow = if column == i { if ascending { " ^" } else { " v" } } else { "" };
                    if ui.button(RichText::new(format!("{title}{arrow}")).strong()).clicked() {
                        sort = Some(i);
                    }
                }
                ui.end_row();
                for f in &shown {
                    let mut checked = self.selection.contains(&f.id);
                    if ui.checkbox(&mut checked, "").on_hover_text(t!("ui-select-flow", id = f.id.0)).changed() {
                        toggled.push(f.id);
                    }
                    ui.label(f.firm.as_str());
                    ui.label(crate::ui::words::direction(f.direction));
                    ui.label(f.material.as_str());
                    ui.label(format!("{} {}", grouped(f.quantity), f.unit));
                    ui.label(if f.direction == Direction::Supply {
                        crate::ui::words::role(f.role)
                    } else {
                        String::new()
                    });
                    ui.label(match (f.available_from, f.available_to) {
                        (None, None) => String::new(),
                        (a, b) => format!(
                            "{}-{}",
                            a.map_or(String::new(), |y| y.to_string()),
                            b.map_or(String::new(), |y| y.to_string())
                        ),
                    });
                    ui.label(f.ewc.clone().unwrap_or_default());
                    ui.label(if f.confidential { t!("ui-yes") } else { String::new() });
                    ui.label(f.id.to_string());
                    ui.label(RichText::new(&f.source).weak());
                    ui.end_row();
                }
            });
        });
        if rows.len() > SHOWN {
            ui.label(RichText::new(t!("ui-showing-flows", shown = SHOWN, total = rows.len())).weak());
        }
        if let Some(i) = sort {
            self.sort = if column == i { (i, !descending) } else { (i, false) };
        }
        for id in toggled {
            if !self.selection.remove(&id) {
                self.selection.insert(id);
            }
        }
        let shown: Vec<FlowId> = shown.iter().map(|f| f.id).collect();
        self.bulk_edit_ui(ctx, ui, data, &shown);
    }

    /// Edits of all selected flows at once, each one transaction (and one undo step).
    fn bulk_edit_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, data: &ProjectData, shown: &[FlowId]) {
        let session = ctx.state.project.as_ref().map(|p| &p.session);
        self.selection.retain(|id| session.is_some_and(|s| s.flow(*id).is_some()));
        let selected: Vec<Flow> = data.flows.iter().filter(|f| self.selection.contains(&f.id)).cloned().collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("ui-n-selected", count = selected.len())).strong());
            if ui.button(t!("ui-select-shown")).clicked() {
                self.selection.extend(shown.iter().copied());
            }
            if ui.button(t!("ui-clear-selection")).clicked() {
                self.selection.clear();
            }
        });
        if selected.is_empty() {
            return;
        }
        let with = |change: &dyn Fn(&mut Flow)| Edit::UpdateFlows {
            before: selected.clone(),
            after: selected
                .iter()
                .map(|f| {
                    let mut f = f.clone();
                    change(&mut f);
                    f
                })
                .collect(),
        };
        let mut edit = None;
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("ui-mark-confidential")).clicked() {
                edit = Some(with(&|f| f.confidential = true));
            }
            if ui.button(t!("ui-unmark-confidential")).clicked() {
                edit = Some(with(&|f| f.confidential = false));
            }
            ui.add(
                egui::TextEdit::singleline(&mut self.bulk_source)
                    .hint_text(t!("ui-source-for-the-selected"))
                    .desired_width(160.0),
            );
            if ui.button(t!("ui-set-source")).clicked() && !self.bulk_source.trim().is_empty() {
                let source = self.bulk_source.trim().to_string();
                edit = Some(with(&|f| f.source = source.clone()));
            }
            if ui.button(t!("ui-delete-selected")).clicked() {
                edit = Some(Edit::DeleteFlows(selected.clone()));
            }
        });
        if let Some(edit) = edit {
            if matches!(edit, Edit::DeleteFlows(_)) {
                self.selection.clear();
            }
            ctx.send(Command::Apply(edit));
        }
    }

    /// Rows pasted from a spreadsheet, checked like a CSV import and added in one transaction.
    fn paste_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, data: &ProjectData) {
        ui.label(t!("ui-tab-separated-rows-in-the-flows"));
        ui.add(
            egui::TextEdit::multiline(&mut self.pasted)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .hint_text(t!("ui-paste-rows-here"))
                .code_editor(),
        );
        ui.horizontal(|ui| {
            ui.label(t!("ui-entered-at-the-workshop"));
            super::workshops::workshop_picker(ui, "paste-workshop", data, &mut self.paste_workshop);
        });
        if ui.button(t!("ui-check-and-add-pasted-rows")).clicked() {
            let parsed =
                crate::core::csv_import::parse_flows(data, "pasted rows", &self.pasted).map(|(mut flows, notes)| {
                    for f in flows.iter_mut().filter(|f| f.workshop_id.is_empty()) {
                        f.workshop_id.clone_from(&self.paste_workshop);
                    }
                    (flows, notes)
                });
            match parsed {
                Ok((flows, _)) if flows.is_empty() => {
                    self.paste_problems = vec![t!("ui-nothing-to-add-paste-rows-first")];
                }
                Ok((flows, notes)) => {
                    let n = flows.len();
                    self.paste_problems.clear();
                    self.pasted.clear();
                    ctx.send(Command::Apply(Edit::InsertFlows(flows)));
                    let converted = if notes.is_empty() {
                        String::new()
                    } else {
                        let notes: Vec<&str> = notes.iter().map(|n| n.message.trim_start_matches("note: ")).collect();
                        format!("; {}", notes.join("; "))
                    };
                    ctx.info(format!("{}{converted}", t!("ui-added-pasted-flows", count = n)));
                }
                Err(problems) => self.paste_problems = problems.iter().map(ToString::to_string).collect(),
            }
        }
        for p in &self.paste_problems {
            ui.label(RichText::new(p).color(colors::VERMILION));
        }
    }
}
