//! A pane on its own: the Firms pane in an egui_kittest harness with a test `AppState` and no
//! `App`. The pane reads the state and only sends commands; the test checks what it sends.

#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, Queryable as _};
use symbiosis_explorer::core::history::Edit;
use symbiosis_explorer::core::model::*;
use symbiosis_explorer::ui::command::Command;
use symbiosis_explorer::ui::map::layer::Pick;
use symbiosis_explorer::ui::panels::firms::FirmsPanel;
use symbiosis_explorer::ui::state::{AppContext, AppState, LaunchOptions};

struct Pane {
    state: AppState,
    panel: FirmsPanel,
    /// What the pane sent, all frames so far.
    sent: Vec<Command>,
}

/// The Firms pane over the Kalundborg sample (a working copy), 500 x 900 points.
fn firms_pane() -> Harness<'static, Pane> {
    let mut state = AppState::new(LaunchOptions::default());
    let (project, _) = symbiosis_explorer::ui::recent::open_project(&common::kalundborg_gpkg()).unwrap();
    state.project = Some(project);
    let pane = Pane { state, panel: FirmsPanel::default(), sent: Vec::new() };
    let mut harness = Harness::builder().with_size(egui::vec2(500.0, 900.0)).build_ui_state(
        |ui, pane: &mut Pane| {
            let mut commands = Vec::new();
            pane.panel.ui(&mut AppContext::new(&pane.state, &mut commands), ui);
            pane.sent.extend(commands);
        },
        pane,
    );
    harness.run_steps(2);
    harness
}

fn text_input(hint: &'static str) -> impl Fn(&AccessKitNode<'_>) -> bool {
    move |n| n.role() == Role::TextInput && n.placeholder() == Some(hint)
}

#[test]
fn the_firms_pane_filters_selects_and_edits_by_commands_alone() {
    let mut h = firms_pane();
    let sample = std::fs::read(common::kalundborg_gpkg()).unwrap();
    h.get_by_label("21 of 21 firms");
    h.get_by(text_input("name, NACE or material")).click();
    h.run_steps(1);
    h.get_by(text_input("name, NACE or material")).type_text("saint-gobain");
    h.run_steps(2);
    h.get_by_label("1 of 21 firms");
    assert!(h.query_by_label("Asnæs Power Station (Ørsted)").is_none(), "the list is filtered");

    // Clicking a firm asks for it to be focused; the pane changes nothing itself.
    h.get_by_label("Gyproc (Saint-Gobain)").click();
    h.run_steps(1);
    assert!(
        h.state().sent.iter().any(|c| matches!(c, Command::FocusFirm(id) if id.as_str() == "gyproc")),
        "sent: {:?}",
        h.state().sent
    );
    assert!(h.state().state.selection.is_none(), "selection is the app's to change");

    // With the firm selected (as the app would after that command), a name typed and confirmed
    // with Enter is one edit: the name, nothing else, sent once.
    h.state_mut().state.selection = Some(Pick::Firm(FirmId::new("gyproc")));
    h.state_mut().sent.clear();
    h.run_steps(2);
    let name_field =
        |n: &AccessKitNode<'_>| n.role() == Role::TextInput && n.value().as_deref() == Some("Gyproc (Saint-Gobain)");
    h.get_by(name_field).click();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by(name_field).type_text("Gyproc Kalundborg");
    h.run_steps(1);
    assert!(h.state().sent.is_empty(), "nothing is saved while typing: {:?}", h.state().sent);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    let edits: Vec<&Edit> = h
        .state()
        .sent
        .iter()
        .filter_map(|c| match c {
            Command::Apply(edit) => Some(edit),
            _ => None,
        })
        .collect();
    match edits.as_slice() {
        [Edit::UpdateFirm { before, after }] => {
            assert_eq!((before.name.as_str(), after.name.as_str()), ("Gyproc (Saint-Gobain)", "Gyproc Kalundborg"));
            assert_eq!(Firm { name: before.name.clone(), ..after.clone() }, *before, "only the name changed");
        }
        other => panic!("one firm edit expected, got {other:?}"),
    }
    // The pane never wrote: the project is as opened, and the shipped sample untouched.
    let data = h.state().state.data().unwrap();
    assert_eq!(data.firm(&FirmId::new("gyproc")).unwrap().name, "Gyproc (Saint-Gobain)");
    assert_eq!(std::fs::read(common::kalundborg_gpkg()).unwrap(), sample);
}
