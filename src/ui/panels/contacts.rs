//! The contact persons of the selected firm (in the Firms pane): add, edit, and "Remove this
//! person", which erases the person from the file completely and cannot be undone. Contacts are
//! personal data: presentation mode, exports, the report and the map image never show them.

use egui::RichText;

use crate::core::history::Edit;
use crate::core::lang::LANGUAGES;
use crate::core::model::Firm;
use crate::core::workbench::{Contact, is_date};
use crate::t;
use crate::ui::command::Command;
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

/// A contact as typed (a new one has id 0).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactForm {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub language: String,
    pub consent_date: String,
    pub consent_basis: String,
}

impl ContactForm {
    fn of(c: &Contact) -> Self {
        ContactForm {
            id: c.id,
            name: c.name.clone(),
            role: c.role.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            language: c.language.clone(),
            consent_date: c.consent_date.clone().unwrap_or_default(),
            consent_basis: c.consent_basis.clone(),
        }
    }

    /// The contact the form describes at `firm`, or what is wrong with it.
    fn contact(&self, firm: &Firm, before: Option<&Contact>) -> Result<Contact, String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(t!("ui-a-contact-needs-a-name"));
        }
        let consent_date = Some(self.consent_date.trim().to_string()).filter(|d| !d.is_empty());
        if let Some(d) = &consent_date
            && !is_date(d)
        {
            return Err(t!("ui-consent-date-bad", date = d.to_string()));
        }
        Ok(Contact {
            id: self.id,
            firm: firm.id.clone(),
            name: name.to_string(),
            role: self.role.trim().to_string(),
            email: self.email.trim().to_string(),
            phone: self.phone.trim().to_string(),
            language: self.language.clone(),
            consent_date,
            consent_basis: self.consent_basis.trim().to_string(),
            workshops: before.map_or_else(Vec::new, |b| b.workshops.clone()),
        })
    }
}

#[derive(Default)]
pub struct ContactsSection {
    pub form: ContactForm,
    /// The contact waiting for "Remove completely" to be confirmed.
    pending_removal: Option<i64>,
    problem: Option<String>,
}

impl ContactsSection {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, firm: &Firm) {
        let Some(session) = ctx.state.project.as_ref().map(|p| &p.session) else { return };
        let contacts = session.contacts_of(&firm.id);
        let title = t!("ui-contacts-count", count = contacts.len());
        egui::CollapsingHeader::new(title).id_salt("contacts").default_open(true).show(ui, |ui| {
            ui.label(RichText::new(t!("ui-personal-data-never-shown-in-presentation")).weak());
            for c in &contacts {
                ui.horizontal_wrapped(|ui| {
                    let mut line = c.name.clone();
                    for part in [&c.role, &c.email, &c.phone, &c.language] {
                        if !part.is_empty() {
                            line.push_str(&format!(" · {part}"));
                        }
                    }
                    ui.label(RichText::new(line).strong());
                    let consent = match (&c.consent_date, c.consent_basis.as_str()) {
                        (Some(d), "") => t!("ui-consent-on", date = d.to_string()),
                        (Some(d), basis) => format!("{} ({basis})", t!("ui-consent-on", date = d.to_string())),
                        (None, "") => t!("ui-no-consent-recorded"),
                        (None, basis) => t!("ui-consent-basis-only", basis = basis),
                    };
                    ui.label(RichText::new(consent).weak());
                    if ui.small_button(t!("ui-edit")).clicked() {
                        self.form = ContactForm::of(c);
                        self.problem = None;
                    }
                    if self.pending_removal != Some(c.id) && ui.small_button(t!("ui-remove-this-person")).clicked() {
                        self.pending_removal = Some(c.id);
                    }
                });
                if self.pending_removal == Some(c.id) {
                    ui.label(
                        RichText::new(t!(
                            "ui-remove-person-warning",
                            name = c.name.clone(),
                            placeholder = crate::core::store::REMOVED_PERSON
                        ))
                        .color(colors::VERMILION),
                    );
                    ui.horizontal(|ui| {
                        if ui.button(t!("ui-remove-completely")).clicked() {
                            ctx.send(Command::EraseContact(c.id));
                            self.pending_removal = None;
                            if self.form.id == c.id {
                                self.form = ContactForm::default();
                            }
                        }
                        if ui.button(t!("ui-keep")).clicked() {
                            self.pending_removal = None;
                        }
                    });
                }
            }
            ui.separator();
            let editing = self.form.id > 0;
            ui.label(RichText::new(if editing { t!("ui-edit-contact") } else { t!("ui-add-a-contact") }).strong());
            let form = &mut self.form;
            egui::Grid::new("contact-form").num_columns(2).show(ui, |ui| {
                super::text_rows(
                    ui,
                    "contact-field",
                    [
                        (t!("ui-name"), &mut form.name, t!("ui-full-name")),
                        (t!("ui-role"), &mut form.role, t!("ui-e-g-energy-manager")),
                        (t!("ui-email"), &mut form.email, "name@firm".into()),
                        (t!("ui-phone"), &mut form.phone, "+45 …".into()),
                        (t!("ui-consent-date"), &mut form.consent_date, "YYYY-MM-DD".into()),
                        (t!("ui-consent-basis"), &mut form.consent_basis, t!("ui-e-g-agreed-at-the-workshop")),
                    ],
                );
                ui.label(t!("ui-language"));
                let shown = if form.language.is_empty() { "—".to_string() } else { form.language.clone() };
                egui::ComboBox::from_id_salt("contact-language").selected_text(shown).show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.language, String::new(), "—");
                    for code in LANGUAGES {
                        ui.selectable_value(&mut form.language, code.to_string(), *code);
                    }
                });
                ui.end_row();
            });
            ui.horizontal(|ui| {
                let save = if editing { t!("ui-save-contact") } else { t!("ui-add-contact") };
                if ui.button(save).clicked() {
                    let before = contacts.iter().find(|c| c.id == form.id).map(|c| (*c).clone());
                    match form.contact(firm, before.as_ref()) {
                        Ok(after) => {
                            ctx.send(Command::Apply(Edit::SetContact { before, after }));
                            *form = ContactForm::default();
                            self.problem = None;
                        }
                        Err(problem) => self.problem = Some(problem),
                    }
                }
                if editing && ui.button(t!("ui-cancel")).clicked() {
                    *form = ContactForm::default();
                }
            });
            if let Some(problem) = &self.problem {
                ui.label(RichText::new(problem).color(colors::VERMILION));
            }
        });
    }
}
