//! The Workshops pane: the round tables of the project (date, venue, facilitator, programme,
//! attendees, notes), a form for a new one, and what the selected one produced: the haves and
//! wants entered there, the candidates among them, and the synergies that came from it with the
//! stages they reached since. Quick entry records which workshop its entries come from.

use std::collections::HashSet;

use egui::RichText;

use super::header;
use crate::core::history::Edit;
use crate::core::model::*;
use crate::core::workbench::{Workshop, is_date, latest_stages, workshop_summary};
use crate::i18n::shown;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::{Pick, colors};
use crate::ui::state::AppContext;
use crate::ui::windows::Window;

/// A workshop as typed.
#[derive(Clone, Default)]
pub struct WorkshopForm {
    pub id: String,
    pub date: String,
    pub venue: String,
    pub facilitator: String,
    pub programme: String,
    pub notes: String,
}

#[derive(Default)]
pub struct WorkshopsPanel {
    /// The workshop shown (its id).
    pub selected: Option<String>,
    pub form: WorkshopForm,
    problem: Option<String>,
    /// The firm search of "add an attendee".
    attendee: String,
    /// What the shown workshop produced, for the data version and workshop it was worked out
    /// for (a pass over all flows, exchanges and stages: not one per frame).
    produced: Option<((u64, String), Produced)>,
}

/// A workshop's summary and its lines as shown.
struct Produced {
    summary: crate::core::workbench::WorkshopSummary,
    /// "{firm} has 2,000 t biomass", one per flow entered there.
    flows: Vec<String>,
    /// Each synergy from it and its line ("{from} -> {to}: {material} · {stage}").
    synergies: Vec<(ExchangeId, String)>,
}

impl Produced {
    fn of(state: &crate::ui::state::AppState, data: &ProjectData, w: &Workshop) -> Self {
        let summary = workshop_summary(data, w);
        let flows_by_id: std::collections::HashMap<FlowId, &Flow> = data.flows.iter().map(|f| (f.id, f)).collect();
        let flows = summary
            .flows
            .iter()
            .filter_map(|id| flows_by_id.get(id))
            .map(|f| {
                let verb = crate::ui::words::direction(f.direction);
                format!(
                    "{} {verb} {} {} {}",
                    state.firm_name(&f.firm),
                    shown(f.quantity),
                    f.unit,
                    state.material_name(&f.material)
                )
            })
            .collect();
        let latest = latest_stages(&data.stages);
        let exchanges: std::collections::HashMap<ExchangeId, &Exchange> =
            data.exchanges.iter().map(|e| (e.id, e)).collect();
        let synergies = summary
            .leads
            .iter()
            .filter_map(|id| exchanges.get(id))
            .map(|e| {
                let stage = latest.get(&e.id).map_or(crate::ui::words::status(e.status), |c| {
                    t!("ui-stage-on", stage = crate::ui::words::stage(c.stage), date = c.date.clone())
                });
                let text = format!(
                    "{} -> {}: {} · {stage}",
                    state.firm_name(&e.from),
                    state.firm_name(&e.to),
                    state.material_name(&e.material)
                );
                (e.id, text)
            })
            .collect();
        Produced { summary, flows, synergies }
    }
}

impl WorkshopForm {
    fn workshop(&self, data: &ProjectData) -> Result<Workshop, String> {
        let id = self.id.trim();
        if id.is_empty() {
            return Err(t!("ui-a-workshop-needs-an-id-e"));
        }
        if data.workshops.iter().any(|w| w.id == id) {
            return Err(t!("ui-workshop-exists", id = id.to_string()));
        }
        let date = self.date.trim();
        if !is_date(date) {
            return Err(t!("ui-date-bad", date = date.to_string()));
        }
        Ok(Workshop {
            id: id.to_string(),
            date: date.to_string(),
            venue: self.venue.trim().to_string(),
            facilitator: self.facilitator.trim().to_string(),
            programme: self.programme.trim().to_string(),
            notes: self.notes.trim().to_string(),
            attendees: Vec::new(),
        })
    }
}

impl WorkshopsPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let Some(data) = ctx.data() else { return };
        ui.horizontal(|ui| {
            let n = data.workshops.len();
            ui.heading(t!("ui-workshops-count", count = n));
            if ui
                .button(t!("ui-programme-report"))
                .on_hover_text(t!("ui-file-export-the-programme-report-as"))
                .clicked()
            {
                ctx.send(Command::OpenWindow(Window::Export));
            }
        });
        egui::ScrollArea::vertical().id_salt("workshops-scroll").show(ui, |ui| {
            if !data.workshops.is_empty() {
                egui::Grid::new("workshops").striped(true).num_columns(5).show(ui, |ui| {
                    for title in
                        [t!("ui-date"), t!("ui-workshop"), t!("ui-venue"), t!("ui-facilitator"), t!("ui-programme")]
                    {
                        header(ui, title);
                    }
                    ui.end_row();
                    for w in data.workshops.iter().rev() {
                        ui.label(&w.date);
                        let selected = self.selected.as_deref() == Some(w.id.as_str());
                        if ui.selectable_label(selected, &w.id).clicked() {
                            self.selected = Some(w.id.clone());
                        }
                        ui.label(&w.venue);
                        ui.label(&w.facilitator);
                        ui.label(&w.programme);
                        ui.end_row();
                    }
                });
            }
            let selected = self.selected.as_ref().and_then(|id| data.workshops.iter().find(|w| &w.id == id));
            if let Some(w) = selected {
                ui.separator();
                self.detail_ui(ctx, ui, data, w);
            }
            ui.separator();
            self.form_ui(ctx, ui, data);
        });
    }

    fn form_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, data: &ProjectData) {
        ui.label(RichText::new(t!("ui-new-workshop")).strong());
        let form = &mut self.form;
        if form.date.is_empty() {
            form.date = chrono::Local::now().format("%Y-%m-%d").to_string();
        }
        egui::Grid::new("workshop-form").num_columns(2).show(ui, |ui| {
            super::text_rows(
                ui,
                "workshop-field",
                [
                    (t!("ui-id"), &mut form.id, t!("ui-e-g-kalundborg-2021-05")),
                    (t!("ui-date"), &mut form.date, "YYYY-MM-DD".into()),
                    (t!("ui-venue"), &mut form.venue, t!("ui-hint-where")),
                    (t!("ui-facilitator"), &mut form.facilitator, t!("ui-who-leads-it")),
                    (t!("ui-programme"), &mut form.programme, t!("ui-e-g-bis-interreg-2019-2021")),
                    (t!("ui-notes"), &mut form.notes, t!("ui-agenda-remarks")),
                ],
            );
        });
        if ui.button(t!("ui-add-workshop")).clicked() {
            match form.workshop(data) {
                Ok(w) => {
                    self.selected = Some(w.id.clone());
                    ctx.send(Command::Apply(Edit::SetWorkshop { id: w.id.clone(), before: None, after: Some(w) }));
                    self.form = WorkshopForm::default();
                    self.problem = None;
                }
                Err(problem) => self.problem = Some(problem),
            }
        }
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem).color(colors::VERMILION));
        }
    }

    /// The selected workshop: attendees, quick entry for it, and what it produced.
    fn detail_ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, data: &ProjectData, w: &Workshop) {
        let state = ctx.state;
        ui.label(RichText::new(format!("{} · {} · {}", w.id, w.date, w.venue)).strong());
        if !w.notes.is_empty() {
            ui.label(RichText::new(&w.notes).italics());
        }
        if ui.button(t!("ui-enter-haves-and-wants-at-this")).clicked() {
            ctx.send(Command::QuickEntryAt(w.id.clone()));
        }
        // Attendees: firms, and the people of those firms who were there.
        let mut change: Option<Workshop> = None;
        ui.label(RichText::new(t!("ui-attendees", count = w.attendees.len())).strong());
        for firm in &w.attendees {
            ui.horizontal_wrapped(|ui| {
                ui.label(state.firm_name(firm));
                if ui.small_button("✕").on_hover_text(t!("ui-not-an-attendee")).clicked() {
                    let mut after = w.clone();
                    after.attendees.retain(|f| f != firm);
                    change = Some(after);
                }
                for c in data.contacts.iter().filter(|c| &c.firm == firm) {
                    let mut attended = c.workshops.contains(&w.id);
                    if ui.checkbox(&mut attended, &c.name).changed() {
                        let mut after = c.clone();
                        if attended {
                            after.workshops.push(w.id.clone());
                        } else {
                            after.workshops.retain(|id| id != &w.id);
                        }
                        ctx.send(Command::Apply(Edit::SetContact { before: Some(c.clone()), after }));
                    }
                }
            });
        }
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.attendee).hint_text(t!("ui-add-an-attending-firm-a-few")));
            let needle = self.attendee.trim().to_lowercase();
            if !needle.is_empty() {
                for f in data
                    .firms
                    .iter()
                    .filter(|f| f.name.to_lowercase().contains(&needle) && !w.attendees.contains(&f.id))
                    .take(5)
                {
                    if ui.small_button(&f.name).clicked() {
                        let mut after = w.clone();
                        after.attendees.push(f.id.clone());
                        change = Some(after);
                        self.attendee.clear();
                    }
                }
            }
        });
        if let Some(after) = change {
            ctx.send(Command::Apply(Edit::SetWorkshop {
                id: w.id.clone(),
                before: Some(w.clone()),
                after: Some(after),
            }));
        }

        // What it produced.
        let key = (state.data_version(), w.id.clone());
        if self.produced.as_ref().is_none_or(|(k, _)| *k != key) {
            self.produced = Some((key, Produced::of(state, data, w)));
        }
        let Some((_, produced)) = &self.produced else { return };
        let summary = &produced.summary;
        ui.label(RichText::new(t!("ui-produced", count = summary.flows.len())).strong());
        let flows: HashSet<FlowId> = summary.flows.iter().copied().collect();
        for line in &produced.flows {
            ui.label(line);
        }
        let leads: Vec<_> = state
            .candidates
            .iter()
            .filter(|c| flows.contains(&c.supply_flow_id) || flows.contains(&c.demand_flow_id))
            .collect();
        if state.candidates.is_empty() && !flows.is_empty() {
            // No matching has run (or it found nothing at all): "0 leads" would read as a verdict.
            ui.horizontal(|ui| {
                ui.label(RichText::new(t!("ui-leads-not-matched-yet")).strong());
                if state.jobs.matching.is_some() {
                    ui.spinner();
                } else if ui.button(t!("ui-run-matching")).clicked() {
                    ctx.send(Command::StartMatching { greenfield: false, include_products: false });
                }
            });
        } else {
            ui.label(RichText::new(t!("ui-leads", count = leads.len())).strong());
        }
        for c in leads.iter().take(20) {
            ui.label(t!(
                "ui-lead-line",
                from = c.supply_firm.clone(),
                to = c.demand_firm.clone(),
                material = state.material_name(&c.supply_material),
                co2 = shown(c.co2_avoided_t)
            ));
        }
        ui.label(RichText::new(t!("ui-synergies-from-it", count = summary.leads.len())).strong());
        for (id, text) in &produced.synergies {
            if ui.link(text).clicked() {
                ctx.send(Command::Select(Some(Pick::Exchange(*id))));
                ctx.send(Command::Show(crate::ui::dock::Pane::Exchanges));
            }
        }
        let reached: Vec<String> = summary
            .reached
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{} {n}", crate::ui::words::stage(*s)))
            .collect();
        let reached = if reached.is_empty() { t!("ui-no-stage-recorded-yet") } else { reached.join(", ") };
        ui.label(t!("ui-reached-since", date = w.date.clone(), stages = reached));
    }
}

/// A box to pick the workshop haves and wants are entered at ("none" for none), latest first.
pub fn workshop_picker(ui: &mut egui::Ui, salt: &str, data: &ProjectData, workshop: &mut String) {
    let shown = |id: &str| match data.workshops.iter().find(|w| w.id == id) {
        Some(w) => format!("{} ({}, {})", w.id, w.date, w.venue),
        None => "none".to_string(),
    };
    egui::ComboBox::from_id_salt(salt).selected_text(shown(workshop)).show_ui(ui, |ui| {
        ui.selectable_value(workshop, String::new(), "none");
        for w in data.workshops.iter().rev() {
            ui.selectable_value(workshop, w.id.clone(), shown(&w.id));
        }
    });
}
