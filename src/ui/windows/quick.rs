//! The quick have/want window for live workshops (Ctrl+E), and the review of its entries.

use egui::{Key, RichText};

use crate::core::history::Edit;
use crate::core::model::*;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::quick_entry::{KEPT_SOURCE, QuickEntry, WORKSHOP_SOURCE};
use crate::ui::state::AppContext;

/// The quick have/want form and the review of this workshop's entries; returns whether the
/// window stays open.
pub fn window(quick: &mut QuickEntry, app: &mut AppContext<'_>, ctx: &egui::Context) -> bool {
    let Some(data) = app.data() else { return false };
    let mut open = true;
    let mut submit = false;
    let mut review: Option<Edit> = None;
    egui::Window::new(t!("ui-quick-have-want-entry")).open(&mut open).default_width(520.0).show(ctx, |ui| {
        ui.label(t!("ui-type-tab-to-the-next-field"));
        egui::Grid::new("quick").num_columns(2).show(ui, |ui| {
            ui.label(t!("ui-workshop"));
            crate::ui::panels::workshops::workshop_picker(ui, "quick-workshop", data, &mut quick.workshop);
            ui.end_row();
            ui.label(t!("ui-firm"));
            let firm = ui.add(egui::TextEdit::singleline(&mut quick.firm).hint_text(t!("ui-firm-name-or-id")));
            if quick.firm.is_empty()
                && quick.direction.is_empty()
                && !firm.has_focus()
                && ui.memory(|m| m.focused().is_none())
            {
                firm.request_focus();
            }
            ui.end_row();
            ui.label(t!("ui-has-or-wants"));
            ui.add(egui::TextEdit::singleline(&mut quick.direction).hint_text(t!("ui-has-wants")));
            ui.end_row();
            ui.label(t!("ui-material"));
            ui.add(egui::TextEdit::singleline(&mut quick.material).hint_text(t!("ui-material-name-or-id")));
            ui.end_row();
            ui.label(t!("ui-quantity-per-year"));
            let quantity = ui.add(egui::TextEdit::singleline(&mut quick.quantity).hint_text(t!("ui-rough-figure")));
            if quantity.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                submit = true;
            }
            ui.end_row();
        });
        if ui.button(t!("ui-add-enter")).clicked() {
            submit = true;
        }
        if let Some(problem) = &quick.problem {
            ui.label(RichText::new(problem).color(colors::VERMILION));
        }
        let entries: Vec<Flow> = data.flows.iter().filter(|f| f.source == WORKSHOP_SOURCE).cloned().collect();
        if !entries.is_empty() {
            ui.separator();
            ui.label(RichText::new(t!("ui-entries-to-review", count = entries.len())).strong());
            for f in &entries {
                ui.horizontal(|ui| {
                    let firm = data.firm(&f.firm).map_or(f.firm.0.clone(), |x| x.name.clone());
                    ui.label(format!(
                        "{firm} {} {} {} {}",
                        crate::ui::words::direction(f.direction),
                        crate::i18n::shown(f.quantity),
                        f.unit,
                        app.state.material_name(&f.material)
                    ));
                    if ui.small_button(t!("ui-keep")).clicked() {
                        review = Some(Edit::UpdateFlow {
                            before: f.clone(),
                            after: Flow { source: KEPT_SOURCE.into(), ..f.clone() },
                        });
                    }
                    if ui.small_button(t!("ui-discard")).clicked() {
                        review = Some(Edit::DeleteFlow(f.clone()));
                    }
                });
            }
        }
    });
    if submit {
        match quick.flow(data) {
            Ok(flow) => {
                let text = format!("{} {} {}", flow.firm, flow.direction, flow.material);
                app.send(Command::Apply(Edit::InsertFlow(flow)));
                app.info(format!("Added {text}; matching again"));
                app.send(Command::StartMatching { greenfield: false, include_products: false });
                *quick = QuickEntry { workshop: std::mem::take(&mut quick.workshop), ..Default::default() };
            }
            Err(problem) => quick.problem = Some(problem),
        }
    }
    if let Some(edit) = review {
        app.send(Command::Apply(edit));
    }
    open
}
