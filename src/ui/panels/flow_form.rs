//! The add-or-edit-a-flow form of the Flows pane: its fields as typed, and the flow they make.

use crate::i18n::Localized as _;
use egui::RichText;

use crate::core::history::Edit;
use crate::core::lang::Said;
use crate::core::model::*;
use crate::core::numbers::parse_number;
use crate::core::reference;
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

/// Fields of the flow form.
#[derive(Clone, Debug)]
pub struct FlowDraft {
    /// The flow being edited, if the form edits one instead of adding.
    pub editing: Option<Flow>,
    pub direction: Direction,
    pub material: String,
    /// What the user typed to find a material: its name or a synonym in any language.
    pub material_search: String,
    pub quantity: String,
    /// The unit the quantity is typed in; None is the material's own unit.
    pub unit: Option<Unit>,
    pub ewc_search: String,
    pub ewc: Option<String>,
    /// A Russian waste code (FKKO) as typed; checked for its form when saved.
    pub fkko: String,
    pub from: String,
    pub to: String,
    pub accepts_hazardous: bool,
    pub confidential: bool,
    /// Supply side: residue or product.
    pub role: FlowRole,
    pub source: String,
}

impl Default for FlowDraft {
    fn default() -> Self {
        Self {
            editing: None,
            direction: Direction::Supply,
            material: "steam".into(),
            material_search: String::new(),
            quantity: String::new(),
            unit: None,
            ewc_search: String::new(),
            ewc: None,
            fkko: String::new(),
            from: String::new(),
            to: String::new(),
            accepts_hazardous: false,
            confidential: false,
            role: FlowRole::Residue,
            source: String::new(),
        }
    }
}

impl FlowDraft {
    /// The form filled in with a flow, to edit it.
    pub fn editing(f: Flow) -> Self {
        let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
        FlowDraft {
            direction: f.direction,
            material: f.material.0.clone(),
            material_search: String::new(),
            quantity: crate::core::numbers::format_number(f.quantity),
            unit: None,
            ewc_search: String::new(),
            ewc: f.ewc.clone(),
            fkko: f.fkko.as_deref().map(reference::display_fkko).unwrap_or_default(),
            from: year(f.available_from),
            to: year(f.available_to),
            accepts_hazardous: f.accepts_hazardous,
            confidential: f.confidential,
            role: f.role,
            source: f.source.clone(),
            editing: Some(f),
        }
    }
}

impl FlowDraft {
    /// The add (or edit) a flow form for `firm`.
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, firm: &Firm, materials: &[Material]) {
        let title = if self.editing.is_some() { t!("ui-edit-the-flow") } else { t!("ui-add-a-flow") };
        let lang = ctx.state.lang;
        ui.label(RichText::new(title).strong());
        let d = &mut *self;
        egui::Grid::new("add-flow").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            ui.label(t!("ui-direction"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut d.direction, Direction::Supply, crate::ui::words::direction(Direction::Supply));
                ui.radio_value(&mut d.direction, Direction::Demand, crate::ui::words::direction(Direction::Demand));
            });
            ui.end_row();
            ui.label(t!("ui-material"));
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut d.material_search)
                        .hint_text(t!("ui-find-a-name-or-word-in"))
                        .id_salt("material-search"),
                );
                // Typed text narrows the list to the materials it names, best first ("опилки",
                // "træflis", "Hackschnitzel").
                let mut listed: Vec<(u8, &Material)> = if d.material_search.trim().is_empty() {
                    materials.iter().map(|m| (0, m)).collect()
                } else {
                    materials.iter().filter_map(|m| m.match_rank(&d.material_search).map(|r| (r, m))).collect()
                };
                listed.sort_by_key(|(rank, _)| *rank);
                if let [(_, only)] = listed.as_slice() {
                    d.material = only.id.0.clone();
                }
                egui::ComboBox::from_id_salt("material-picker")
                    .selected_text(d.material.clone())
                    .height(360.0)
                    .show_ui(ui, |ui| {
                        for (_, m) in &listed {
                            let text = format!("{} ({}) · {}", m.name_in(lang), m.unit, m.id);
                            ui.selectable_value(&mut d.material, m.id.0.clone(), text);
                        }
                    });
            });
            ui.end_row();
            let material = materials.iter().find(|m| m.id.0 == d.material);
            let unit = material.map_or(Unit::Tonne, |m| m.unit);
            ui.label(t!("ui-quantity-per-year"));
            ui.horizontal(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut d.quantity)
                        .hint_text(t!("ui-eg", example = "1500"))
                        .desired_width(120.0),
                );
                // Units this material converts from (kg/GJ always; m3 or MWh where density or
                // energy content is known); stored in the material's own unit.
                let shown = d.unit.unwrap_or(unit);
                egui::ComboBox::from_id_salt("flow-unit").selected_text(format!("{shown}/yr")).show_ui(ui, |ui| {
                    ui.selectable_value(&mut d.unit, None, format!("{unit}/yr"));
                    for u in
                        Unit::ALL.iter().filter(|u| **u != unit && material.is_some_and(|m| m.units_per(**u).is_ok()))
                    {
                        ui.selectable_value(
                            &mut d.unit,
                            Some(*u),
                            t!("ui-unit-converted", unit = u.to_string(), to = unit.to_string()),
                        );
                    }
                });
            });
            ui.end_row();
            ui.label(t!("ui-years"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.from).hint_text(t!("ui-hint-from")).desired_width(60.0));
                ui.add(egui::TextEdit::singleline(&mut d.to).hint_text(t!("ui-hint-to")).desired_width(60.0));
            });
            ui.end_row();
            ui.label("EWC");
            ui.vertical(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.ewc_search).hint_text(t!("ui-search-ewc-code-or-words")));
                if let Some(code) = d.ewc.as_deref().and_then(reference::ewc) {
                    ui.label(format!("{} {}", code.display_code(), code.description));
                }
                if d.ewc_search.len() >= 2 {
                    let q = d.ewc_search.to_lowercase();
                    let digits = reference::normalise_ewc(&q);
                    for e in reference::ewc_codes()
                        .iter()
                        .filter(|e| {
                            (!digits.is_empty() && e.code.starts_with(&digits))
                                || e.description.to_lowercase().contains(&q)
                        })
                        .take(8)
                    {
                        let text = RichText::new(format!("{} {}", e.display_code(), e.description));
                        let text = if e.hazardous { text.color(colors::VERMILION) } else { text };
                        if ui.small_button(text).clicked() {
                            d.ewc = Some(e.code.clone());
                            d.ewc_search.clear();
                        }
                    }
                }
            });
            ui.end_row();
            ui.label(t!("ui-fkko")).on_hover_text(t!("ui-russian-waste-code-11-digits-the"));
            ui.vertical(|ui| {
                ui.add(egui::TextEdit::singleline(&mut d.fkko).hint_text(t!("ui-eg", example = "4 71 101 01 52 1")));
                if let Ok(code) = reference::FkkoCode::parse(&d.fkko) {
                    let text = RichText::new(t!("ui-hazard-class", class = code.hazard_class()));
                    ui.label(if code.is_hazardous() { text.color(colors::VERMILION) } else { text });
                }
            });
            ui.end_row();
            ui.label(t!("ui-flags"));
            ui.horizontal(|ui| {
                ui.checkbox(&mut d.accepts_hazardous, t!("ui-accepts-hazardous"));
                ui.checkbox(&mut d.confidential, t!("ui-confidential-tag"));
            });
            ui.end_row();
            if d.direction == Direction::Supply {
                ui.label(t!("ui-role"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut d.role, FlowRole::Residue, crate::ui::words::role(FlowRole::Residue))
                        .on_hover_text(t!("ui-waste-by-product-surplus-energy-or"));
                    ui.radio_value(&mut d.role, FlowRole::Product, crate::ui::words::role(FlowRole::Product))
                        .on_hover_text(t!("ui-what-the-firm-exists-to-sell"));
                });
                ui.end_row();
            }
            ui.label(t!("ui-source"));
            ui.text_edit_singleline(&mut d.source);
            ui.end_row();
        });
        let editing = self.editing.clone();
        let label = if editing.is_some() { t!("ui-save-changes") } else { t!("ui-add-flow") };
        ui.horizontal(|ui| {
            if ui.button(RichText::new(label).strong()).clicked() {
                match self.flow(firm, materials) {
                    Ok((flow, note)) => {
                        if let Some(note) = note {
                            ctx.info(t!("ui-saved-note", note = note.localized()));
                        }
                        match editing {
                            Some(before) => {
                                // What the form does not show is kept as it was.
                                let after = Flow {
                                    id: before.id,
                                    quality: before.quality.clone(),
                                    price_per_unit: before.price_per_unit,
                                    disposal_cost_per_unit: before.disposal_cost_per_unit,
                                    ..flow
                                };
                                ctx.send(Command::Apply(Edit::UpdateFlow { after, before }))
                            }
                            None => ctx.send(Command::Apply(Edit::InsertFlow(flow))),
                        }
                        *self = FlowDraft::default();
                    }
                    Err(e) => ctx.error(e),
                }
            }
            if self.editing.is_some() && ui.button(t!("ui-cancel")).clicked() {
                *self = FlowDraft::default();
            }
        });
    }

    /// The flow the form describes, in its material's unit, with a note of any unit conversion.
    pub fn flow(&self, firm: &Firm, materials: &[Material]) -> Result<(Flow, Option<Said>), String> {
        let d = self;
        let material = materials
            .iter()
            .find(|m| m.id.0 == d.material)
            .ok_or_else(|| t!("ui-unknown-material", material = d.material.clone()))?;
        let quantity = parse_number(&d.quantity).map_err(|e| t!("ui-quantity-bad", error = e.localized()))?;
        if !(quantity.is_finite() && quantity >= 0.0) {
            return Err(t!("ui-quantity-must-be-zero-or-more"));
        }
        let (quantity, note) =
            material.convert(quantity, d.unit.unwrap_or(material.unit)).map_err(|e| e.localized())?;
        let year = |s: &str| -> Result<Option<i32>, String> {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<i32>().ok().filter(|y| PLAUSIBLE_YEARS.contains(y)).map(Some).ok_or_else(|| {
                t!(
                    "ui-not-a-year-range",
                    text = s,
                    from = PLAUSIBLE_YEARS.start().to_string(),
                    to = PLAUSIBLE_YEARS.end().to_string()
                )
            })
        };
        let (from, to) = (year(&d.from)?, year(&d.to)?);
        if let (Some(a), Some(b)) = (from, to)
            && a > b
        {
            return Err(t!("ui-years-reversed", from = a.to_string(), to = b.to_string()));
        }
        let fkko = match d.fkko.trim() {
            "" => None,
            typed => Some(reference::FkkoCode::parse(typed).map_err(|e| e.localized())?.code),
        };
        let flow = Flow {
            id: FlowId(0),
            firm: firm.id.clone(),
            direction: d.direction,
            role: if d.direction == Direction::Supply { d.role } else { FlowRole::Residue },
            material: material.id.clone(),
            quantity,
            unit: material.unit,
            ewc: d.ewc.clone(),
            fkko,
            workshop_id: String::new(),
            quality: String::new(),
            available_from: from,
            available_to: to,
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: d.accepts_hazardous,
            confidential: d.confidential,
            source: if d.source.trim().is_empty() { "entered in Symbiosis Explorer".into() } else { d.source.clone() },
        };
        Ok((flow, note))
    }
}
