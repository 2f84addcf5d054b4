//! The workspace's panes besides the map. Each is a small struct holding only its own UI state
//! (filters, drafts, caches) with `fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut Ui)`: it
//! reads the shared state through the context and changes anything shared only by sending a
//! [`crate::ui::command::Command`].

pub mod all_flows;
pub mod candidates;
pub mod charts;
pub mod contacts;
pub mod diagram;
pub mod exchanges;
pub mod firms;
pub mod flow_form;
pub mod flows;
pub mod pipeline;
pub mod settings;
pub mod tour;
pub mod workshops;

use egui::RichText;

use super::map::layer::colors;
use crate::core::matching::Breakdown;
use crate::i18n::Localized as _;
use crate::t;

/// Every pane's own state.
#[derive(Default)]
pub struct Panels {
    pub tour: tour::TourPanel,
    pub firms: firms::FirmsPanel,
    pub flows: flows::FlowsPanel,
    pub all_flows: all_flows::AllFlowsPanel,
    pub exchanges: exchanges::ExchangesPanel,
    pub candidates: candidates::CandidatesPanel,
    pub charts: charts::ChartsPanel,
    pub diagram: diagram::DiagramPanel,
    pub settings: settings::SettingsPanel,
    pub workshops: workshops::WorkshopsPanel,
}

impl Panels {
    /// Whether a pane waits for its own background job (an exchange's evaluation).
    pub fn busy(&self) -> bool {
        self.exchanges.pending.is_some()
    }

    /// Forgets what belonged to the project that was open (another one opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

/// Every term of an evaluation with its formula, and every parameter with its source.
/// `data`: the project, for the materials' names in the app's language.
pub fn breakdown_ui(ui: &mut egui::Ui, b: &Breakdown, data: Option<&crate::core::model::ProjectData>) {
    let counterfactual = match data {
        Some(data) if !b.counterfactual_phrases.is_empty() => {
            crate::i18n::errors::counterfactual_in(crate::i18n::ui_language(), &b.counterfactual_phrases, data)
        }
        _ => b.counterfactual.clone(),
    };
    ui.label(RichText::new(t!("ui-counterfactual", text = counterfactual)).strong());
    if let Some(note) = &b.exchange {
        if !note.in_existing {
            ui.label(t!("ui-not-running-in-the-year-shown-2"));
        }
        if let Some(text) = &note.overfill_text {
            ui.label(RichText::new(t!("ui-evaluated-at-flows", exchange = text.localized())).color(colors::VERMILION));
        }
    }
    let lang = crate::i18n::ui_language();
    for t in &b.terms {
        let formula = match data {
            Some(data) => crate::i18n::errors::formula_in(lang, &t.formula, &b.counterfactual_phrases, data),
            None => t.formula.clone(),
        };
        let name = match crate::i18n::sources::term_name(lang, &t.name) {
            Some(said) => format!("{said} ({})", t.name),
            None => t.name.clone(),
        };
        let value = crate::i18n::number(lang, t.value, 2);
        ui.label(format!("{name} = {value} {}   ({formula})", crate::i18n::sources::unit_in(lang, &t.unit)));
        for p in &t.parameters {
            let source = match p.source.as_str() {
                "" => t!("assumption"),
                written => crate::i18n::sources::source_in(lang, written),
            };
            let value = crate::i18n::precise(lang, p.value);
            let unit = crate::i18n::sources::unit_in(lang, &p.unit);
            ui.label(RichText::new(format!("    {} = {value} {unit} — {source}", p.name)).weak());
        }
    }
}

/// A table header cell.
pub fn header(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).strong());
}

/// Rows of a form grid: each a label and a one-line text field with its hint (the hint is also
/// what finds the field in UI tests); `salt` keeps the fields of two forms apart.
pub(crate) fn text_rows(ui: &mut egui::Ui, salt: &str, rows: [(String, &mut String, String); 6]) {
    for (i, (label, text, hint)) in rows.into_iter().enumerate() {
        ui.label(label);
        ui.add(egui::TextEdit::singleline(text).hint_text(hint).id_salt((salt, i)));
        ui.end_row();
    }
}
