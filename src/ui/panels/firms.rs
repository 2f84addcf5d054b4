//! The Firms pane: search the firms, select one, edit it. Text fields commit once, on Enter or
//! when they lose focus (one undo step per field change); numbers and pickers commit when set.

use egui::RichText;

use crate::core::history::Edit;
use crate::core::model::*;
use crate::core::reference;
use crate::t;
use crate::ui::command::Command;
use crate::ui::dock::Pane;
use crate::ui::map::layer::{Pick, colors, sector};
use crate::ui::state::AppContext;

#[derive(Default)]
pub struct FirmsPanel {
    pub search: String,
    /// The filtered firm list, for the data version and search text it was made for.
    rows: Option<((u64, String), Vec<usize>)>,
    nace_search: String,
    pending_delete: Option<FirmId>,
    /// The selected firm as being edited, with the data version it was taken from.
    draft: Option<(u64, Firm)>,
    /// The last edit sent, for the data version it was sent in: a field can report losing
    /// focus on two frames, and the same edit is not sent twice.
    sent: Option<(u64, Firm)>,
    /// The selected firm's contact persons.
    pub contacts: super::contacts::ContactsSection,
}

impl FirmsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(project) = &ctx.state.project else {
            ui.label(t!("ui-no-project-open-use-file-open"));
            return;
        };
        ui.horizontal(|ui| {
            ui.label(t!("ui-search"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(t!("ui-name-nace-or-material"))
                    .desired_width(f32::INFINITY),
            );
        });
        let needle = self.search.to_lowercase();
        let data = project.session.data();
        let index = &project.index;
        // Filtered once per change of search text or data, not every frame.
        let key = (ctx.state.data_version(), needle.clone());
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut rows: Vec<usize> = (0..data.firms.len())
                .filter(|&i| {
                    let f = &data.firms[i];
                    needle.is_empty()
                        || f.name.to_lowercase().contains(&needle)
                        || f.id.as_str().to_lowercase().contains(&needle)
                        || f.nace.contains(&needle)
                        || index.materials_of(i).contains(&needle)
                })
                .collect();
            // By name, whatever order edits left the firms in.
            rows.sort_by(|&a, &b| data.firms[a].name.cmp(&data.firms[b].name));
            self.rows = Some((key, rows));
        }
        let rows = self.rows.as_ref().map_or(&[][..], |(_, rows)| rows.as_slice());
        let row_height = ui.spacing().interact_size.y + 4.0;
        // Only the rows in view are laid out, however many firms match.
        egui::ScrollArea::vertical().id_salt("firm-list").max_height(260.0).auto_shrink([false, true]).show_rows(
            ui,
            row_height,
            rows.len(),
            |ui, range| {
                for f in rows[range].iter().filter_map(|&i| data.firms.get(i)) {
                    let selected = ctx.state.selection == Some(Pick::Firm(f.id.clone()));
                    let (_, color) = sector(&f.nace);
                    ui.horizontal(|ui| {
                        let (dot, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().circle_filled(dot.center(), 5.0, color);
                        if ui.selectable_label(selected, &f.name).clicked() {
                            ctx.send(Command::FocusFirm(f.id.clone()));
                        }
                        ui.label(RichText::new(&f.nace).weak());
                    });
                }
            },
        );
        ui.label(RichText::new(t!("ui-firms-shown", shown = rows.len(), total = data.firms.len())).weak());
        ui.separator();
        self.editor_ui(ctx, ui);
    }

    fn editor_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let mut move_firms = ctx.state.move_firms;
        if ui.checkbox(&mut move_firms, t!("ui-move-firms-by-dragging-them-on")).changed() {
            ctx.send(Command::MoveFirms(move_firms));
        }
        let Some(firm) = ctx.state.selected_firm() else {
            ui.label(t!("ui-select-a-firm-in-the-list"));
            ui.label(t!("ui-click-an-empty-spot-on-the"));
            let pointer = ctx.state.pointer;
            if let Some(at) = pointer.clicked_empty.or(pointer.cursor)
                && ui
                    .button(t!(
                        "ui-add-firm-at",
                        lat = crate::i18n::ui_number(at.lat, 4),
                        lon = crate::i18n::ui_number(at.lon, 4)
                    ))
                    .clicked()
            {
                add_firm_at(ctx, at);
            }
            return;
        };
        let version = ctx.state.data_version();
        let editing = ui.memory(|m| m.focused().is_some());
        let stale = self.draft.as_ref().is_none_or(|(v, d)| d.id != firm.id || (*v != version && !editing));
        if stale {
            self.draft = Some((version, firm.clone()));
        }
        let Some((_, draft)) = &mut self.draft else { return };
        ui.heading(&firm.name);
        let mut commit = false;
        egui::Grid::new("firm-editor").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            ui.label(t!("ui-name"));
            commit |= ui.text_edit_singleline(&mut draft.name).lost_focus();
            ui.end_row();
            ui.label(t!("ui-latitude"));
            let lat =
                ui.add(egui::DragValue::new(&mut draft.location.lat).speed(0.0005).range(-90.0..=90.0).max_decimals(6));
            commit |= set(&lat);
            ui.end_row();
            ui.label(t!("ui-longitude"));
            let lon = ui
                .add(egui::DragValue::new(&mut draft.location.lon).speed(0.0005).range(-180.0..=180.0).max_decimals(6));
            commit |= set(&lon);
            ui.end_row();
            ui.label("NACE");
            ui.vertical(|ui| {
                let title =
                    reference::nace(&draft.nace).map_or("—".to_string(), |n| format!("{} {}", n.code, n.description));
                ui.label(title);
                ui.add(
                    egui::TextEdit::singleline(&mut self.nace_search).hint_text(t!("ui-search-nace-by-code-or-words")),
                );
                if !self.nace_search.is_empty() {
                    let q = self.nace_search.to_lowercase();
                    for n in reference::nace_codes()
                        .iter()
                        .filter(|n| {
                            n.level == "class" && (n.code.starts_with(&q) || n.description.to_lowercase().contains(&q))
                        })
                        .take(8)
                    {
                        if ui.small_button(format!("{} {}", n.code, n.description)).clicked() {
                            draft.nace = n.code.clone();
                            self.nace_search.clear();
                            commit = true;
                        }
                    }
                }
            });
            ui.end_row();
            ui.label(t!("ui-country"));
            ui.horizontal(|ui| {
                let shown = if draft.country.is_empty() { t!("ui-country-none") } else { draft.country.clone() };
                egui::ComboBox::from_id_salt("firm-country").selected_text(shown).show_ui(ui, |ui| {
                    for code in crate::core::params::COUNTRIES {
                        let name = crate::core::countries::name(code).unwrap_or(code);
                        commit |= ui
                            .selectable_value(&mut draft.country, code.to_string(), format!("{code} {name}"))
                            .clicked();
                    }
                });
                if let Some(code) = crate::core::countries::country_at(draft.location)
                    && code != draft.country
                    && ui.small_button(t!("ui-use-country", code = code)).clicked()
                {
                    draft.country = code.to_string();
                    commit = true;
                }
            })
            .response
            .on_hover_text(t!("ui-its-grid-district-heat-and-landfill"));
            ui.end_row();
            ui.label(t!("ui-eu-ets"));
            commit |= ui
                .checkbox(&mut draft.ets, t!("ui-an-eu-ets-installation"))
                .on_hover_text(t!("ui-fuel-it-stops-burning-on-its"))
                .changed();
            ui.end_row();
            ui.label(t!("ui-notes"));
            commit |= ui.text_edit_multiline(&mut draft.notes).lost_focus();
            ui.end_row();
            ui.label(t!("ui-source"));
            commit |= ui.text_edit_singleline(&mut draft.source).lost_focus();
            ui.end_row();
        });
        let sent_already = self.sent.as_ref().is_some_and(|(v, f)| *v == version && f == &*draft);
        if commit && draft != firm && !sent_already {
            ctx.send(Command::Apply(Edit::UpdateFirm { before: firm.clone(), after: draft.clone() }));
            self.sent = Some((version, draft.clone()));
        }
        ui.horizontal(|ui| {
            if ui.button(t!("ui-show-flows")).clicked() {
                ctx.send(Command::Show(Pane::Flows));
            }
            if self.pending_delete.as_ref() == Some(&firm.id) {
                ui.label(RichText::new(t!("ui-delete-this-firm-with-its-flows")).color(colors::VERMILION));
                if ui.button(t!("ui-yes-delete")).clicked() {
                    if let Some(edit) = ctx.state.project.as_ref().and_then(|p| p.session.delete_firm_edit(&firm.id)) {
                        ctx.send(Command::Apply(edit));
                        ctx.send(Command::Select(None));
                    }
                    self.pending_delete = None;
                }
                if ui.button(t!("ui-cancel")).clicked() {
                    self.pending_delete = None;
                }
            } else if ui.button(t!("ui-delete-firm")).clicked() {
                self.pending_delete = Some(firm.id.clone());
            }
        });
        ui.separator();
        self.contacts.ui(ctx, ui, firm);
    }
}

/// A number field's value is set: typed and confirmed, or a drag ended (not every drag step).
fn set(r: &egui::Response) -> bool {
    (r.changed() && !r.dragged()) || r.drag_stopped()
}

fn add_firm_at(ctx: &mut AppContext<'_>, at: LatLon) {
    let Some(project) = &ctx.state.project else { return };
    let session = &project.session;
    let mut n = session.data().firms.len() + 1;
    while session.firm(&FirmId(format!("firm{n}"))).is_some() {
        n += 1;
    }
    let firm = Firm {
        id: FirmId(format!("firm{n}")),
        name: format!("New firm {n}"),
        location: at,
        nace: String::new(),
        employees: None,
        address: String::new(),
        notes: String::new(),
        source: "added on the map".into(),
        country: crate::core::countries::country_at(at).unwrap_or_default().to_string(),
        ets: false,
        port: crate::core::countries::nearest_port(at).map_or(String::new(), |(p, _)| p.name.clone()),
    };
    let id = firm.id.clone();
    ctx.send(Command::Apply(Edit::InsertFirm(firm)));
    ctx.send(Command::Select(Some(Pick::Firm(id))));
}
