//! The Flows pane: what the selected firm has and wants, and the form to add or edit a flow.

use egui::RichText;

use super::flow_form::FlowDraft;
use crate::core::history::Edit;
use crate::core::model::*;
use crate::core::numbers::grouped;
use crate::core::reference;
use crate::t;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

#[derive(Default)]
pub struct FlowsPanel {
    pub draft: FlowDraft,
    /// The firm the form was filled in for: another firm selected starts a fresh form.
    draft_firm: Option<FirmId>,
}

impl FlowsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(firm) = ctx.state.selected_firm() else {
            ui.label(t!("ui-select-a-firm-firms-tab-or"));
            return;
        };
        let lang = ctx.state.lang;
        let Some(data) = ctx.data() else { return };
        if self.draft_firm.as_ref() != Some(&firm.id) {
            self.draft = FlowDraft::default();
            self.draft_firm = Some(firm.id.clone());
        }
        ui.heading(t!("ui-flows-of", firm = firm.name.clone()));
        let flows: Vec<&Flow> = data.flows.iter().filter(|f| f.firm == firm.id).collect();
        for (direction, title) in [(Direction::Supply, t!("ui-has-supply")), (Direction::Demand, t!("ui-wants-demand"))]
        {
            ui.label(RichText::new(title).strong());
            egui::Grid::new(format!("flows-{direction}")).striped(true).num_columns(5).show(ui, |ui| {
                for f in flows.iter().filter(|f| f.direction == direction) {
                    let material = data.material(&f.material);
                    // The name in the app's language, the id (as in the CSV files) underneath.
                    ui.vertical(|ui| {
                        ui.label(material.map_or(f.material.as_str(), |m| m.name_in(lang)));
                        if material.is_some_and(|m| m.name_in(lang) != f.material.as_str()) {
                            ui.label(RichText::new(f.material.as_str()).small().weak());
                        }
                    });
                    ui.label(format!("{} {}/yr", grouped(f.quantity), f.unit));
                    let years = match (f.available_from, f.available_to) {
                        (Some(a), Some(b)) => format!("{a}-{b}"),
                        (Some(a), None) => t!("ui-from-year", year = a.to_string()),
                        (None, Some(b)) => t!("ui-until-year", year = b.to_string()),
                        _ => String::new(),
                    };
                    ui.label(years);
                    let mut tags = Vec::new();
                    if let Some(code) = f.ewc.as_deref().and_then(reference::ewc) {
                        tags.push(code.display_code());
                    }
                    if f.confidential {
                        tags.push(t!("ui-confidential-tag"));
                    }
                    ui.label(tags.join(" ")).on_hover_text(&f.source);
                    ui.horizontal(|ui| {
                        if ui
                            .small_button(t!("ui-edit-flow"))
                            .on_hover_text(t!("ui-load-this-flow-into-the-form"))
                            .clicked()
                        {
                            self.draft = FlowDraft::editing((*f).clone());
                        }
                        if ui
                            .small_button(t!("ui-delete"))
                            .on_hover_text(t!("ui-delete-this-flow-ctrl-z-undoes"))
                            .clicked()
                        {
                            ctx.send(Command::Apply(Edit::DeleteFlow((*f).clone())));
                        }
                    });
                    ui.end_row();
                }
            });
        }
        ui.separator();
        self.draft.ui(ctx, ui, firm, &data.materials);
    }
}
