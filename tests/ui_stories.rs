//! The desktop app driven through its real UI by labels (egui_kittest, no GPU needed):
//! one test per user story.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use egui_kittest::kittest::Queryable as _;
use symbiosis_explorer::core::model::*;
use symbiosis_explorer::ui::dock::Pane;
use symbiosis_explorer::ui::{App, LaunchOptions};

type State = Option<App>;

/// The app on the Kalundborg sample (a working copy), in a 1600x1000 window.
fn kalundborg() -> Harness<'static, State> {
    opened(common::kalundborg_gpkg())
}

/// The app on a project file, in a 1600x1000 window, once it has opened.
fn opened(project: std::path::PathBuf) -> Harness<'static, State> {
    let mut harness = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_ui_state(
        move |ui, state: &mut State| {
            let app = state.get_or_insert_with(|| {
                App::new(ui.ctx(), LaunchOptions { project: Some(project.clone()), ..LaunchOptions::default() })
            });
            app.show(ui);
        },
        None,
    );
    harness.run_steps(1);
    // The project opens in the background.
    wait_for_jobs(&mut harness);
    harness
}

/// The app on the Kalundborg sample with Gyproc's flows open.
fn kalundborg_at_gyproc_flows() -> Harness<'static, State> {
    let mut h = kalundborg();
    h.get_by_label("Gyproc (Saint-Gobain)").click();
    h.run_steps(2);
    h.get_by_label("Show flows").click();
    h.run_steps(2);
    h
}

/// The app on the Kalundborg sample with the steam exchange Asnæs -> Novo Nordisk selected in the
/// Exchanges tab (its evaluation computed).
fn kalundborg_at_steam_to_novo() -> Harness<'static, State> {
    let mut h = kalundborg();
    h.get_by_label("Exchanges").click();
    h.run_steps(2);
    h.get_by_label("Asnæs Power Station (Ørsted) -> Novo Nordisk Kalundborg: Steam").click();
    wait_for_jobs(&mut h);
    h
}

/// Types `text` into the text field whose hint is `hint`, scrolled into view first.
fn type_into(h: &mut Harness<'static, State>, hint: &str, text: &str) {
    let field =
        |n: &egui_kittest::kittest::AccessKitNode<'_>| n.role() == Role::TextInput && n.placeholder() == Some(hint);
    h.get_by(field).scroll_to_me();
    h.run_steps(30);
    h.get_by(field).click();
    h.run_steps(1);
    h.get_by(field).type_text(text);
    h.run_steps(1);
}

/// In the open quick-entry window, "Gyp, wants, fly ash, 1000" by keyboard only, then Enter;
/// returns the flow entered.
fn quick_entry_gyproc_wants_fly_ash(h: &mut Harness<'static, State>) -> Flow {
    h.get_by_label("Quick have/want entry");
    for (i, text) in ["Gyp", "wants", "fly ash", "1000"].into_iter().enumerate() {
        if i > 0 {
            h.key_press(egui::Key::Tab);
            h.run_steps(1);
        }
        h.get_by(|n| n.role() == Role::TextInput && n.is_focused()).type_text(text);
        h.run_steps(1);
    }
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    data(h).flows.iter().find(|f| f.source == "workshop entry").expect("the entry is a flow").clone()
}

/// Runs frames until matching, run again by itself, has a candidate for `flow`'s demand.
fn wait_for_candidate_of(h: &mut Harness<'static, State>, flow: FlowId) {
    let started = std::time::Instant::now();
    while !app(h).state.candidates.iter().any(|c| c.demand_flow_id == flow) {
        assert!(started.elapsed().as_secs() < 30, "a candidate for the new flow appears");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
}

/// Runs frames until no background job is left (matching, optimising, scenarios, exports...).
fn wait_for_jobs(h: &mut Harness<'static, State>) {
    // A click lands in the next frame and a pane may start its job in the one after: idle means
    // no job for three frames in a row.
    let started = std::time::Instant::now();
    let mut idle = 0;
    while idle < 3 {
        assert!(started.elapsed().as_secs() < 120, "the background job finishes");
        h.run_steps(1);
        if app(h).busy() {
            idle = 0;
            std::thread::sleep(std::time::Duration::from_millis(10));
        } else {
            idle += 1;
        }
    }
    h.run_steps(1);
}

fn app<'h>(h: &'h mut Harness<'static, State>) -> &'h mut App {
    h.state_mut().as_mut().expect("the app starts on the first frame")
}

fn data(h: &mut Harness<'static, State>) -> ProjectData {
    app(h).state.data().expect("a project is open").clone()
}

/// Opens the import window, types both file paths and presses "Check files".
fn open_import_and_check(h: &mut Harness<'static, State>, firms: &std::path::Path, flows: &std::path::Path) {
    h.get_by_label("Import CSV…").click();
    h.run_steps(4);
    for (hint, path) in [("path to firms.csv", firms), ("path to flows.csv", flows)] {
        h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some(hint)).click();
        h.run_steps(1);
        h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some(hint))
            .type_text(&path.display().to_string());
        h.run_steps(1);
    }
    h.get_by_label("Check files").click();
    wait_for_jobs(h);
}

#[test]
fn open_kalundborg_find_asnaes_and_see_its_flows() {
    let mut h = kalundborg();
    let sample_bytes = std::fs::read(common::kalundborg_gpkg()).unwrap();
    let search = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == Role::TextInput && n.placeholder() == Some("name, NACE or material")
    };
    h.get_by(search).click();
    h.run_steps(1);
    h.get_by(search).type_text("Asnæs");
    h.run_steps(2);
    // The search narrows the list to Asnæs and its fish farm.
    assert!(h.query_by_label("Gyproc (Saint-Gobain)").is_none(), "the list is filtered");
    h.get_by_label("Asnæs Power Station (Ørsted)").click();
    h.run_steps(2);
    assert_eq!(
        app(&mut h).state.selection,
        Some(symbiosis_explorer::ui::map::layer::Pick::Firm(FirmId::new("asnaes")))
    );
    h.get_by_label("Flows").click();
    h.run_steps(2);
    assert!(app(&mut h).dock.is_shown(Pane::Flows));
    h.get_by_label("Flows of Asnæs Power Station (Ørsted)");
    h.get_by_label("FGD gypsum");
    h.get_by_label("150,000 t/yr");
    h.get_by_label("Has (supply)");
    h.get_by_label("Wants (demand)");
    assert_eq!(std::fs::read(common::kalundborg_gpkg()).unwrap(), sample_bytes, "the shipped sample is never modified");
}

#[test]
fn add_a_flow_then_undo_it() {
    let mut h = kalundborg_at_gyproc_flows();
    let before = data(&mut h).flows.len();
    // Quantity field: the text input with the hint, typed like a user would.
    h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some("e.g. 1500")).click();
    h.run_steps(1);
    h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some("e.g. 1500")).type_text("1234,5");
    h.run_steps(1);
    h.get_by_label("Add flow").click();
    h.run_steps(2);
    let after = data(&mut h);
    assert_eq!(after.flows.len(), before + 1, "{:?}", app(&mut h).state.message);
    let added = after.flows.iter().max_by_key(|f| f.id).unwrap();
    assert_eq!((added.firm.as_str(), added.quantity, added.material.as_str()), ("gyproc", 1234.5, "steam"));
    h.get_by_label("1,234.5 MWh/yr");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(data(&mut h).flows.len(), before, "undo removes it from the file");
    assert!(h.query_by_label("1,234.5 MWh/yr").is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(data(&mut h).flows.len(), before + 1, "redo puts it back");
}

#[test]
fn run_matching_propose_a_candidate_and_agree_it() {
    let mut h = kalundborg();
    h.get_by_label("Candidates").click();
    h.run_steps(1);
    h.get_by_label("greenfield (ignore existing exchanges)").click();
    h.get_by_label("Run matching").click();
    let started = std::time::Instant::now();
    while app(&mut h).state.candidates.is_empty() {
        assert!(started.elapsed().as_secs() < 30, "matching finishes");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(2);
    let exchanges_before = data(&mut h).exchanges.len();
    let first = app(&mut h).state.candidates[0].clone();
    h.get_all_by_label("Propose").next().expect("a Propose button per candidate").click();
    h.run_steps(2);
    let d = data(&mut h);
    assert_eq!(d.exchanges.len(), exchanges_before + 1);
    let proposed = d.exchanges.iter().max_by_key(|e| e.id).unwrap().clone();
    assert_eq!((proposed.from.clone(), proposed.status), (first.supply_firm_id.clone(), ExchangeStatus::Proposed));

    h.get_by_label("Exchanges").click();
    h.run_steps(2);
    let material = d.material(&first.supply_material).map_or(first.supply_material.0.clone(), |m| m.name.clone());
    let label = format!("{} -> {}: {}", first.supply_firm, first.demand_firm, material);
    // The proposal is the last exchange of that pair (an older one may have ended).
    // The table narrowed to the receiver, as a planner finds a row among many.
    let filter = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == Role::TextInput && n.placeholder() == Some("firm, material or status")
    };
    h.get_by(filter).click();
    h.run_steps(1);
    h.get_by(filter).type_text("proposed");
    h.run_steps(2);
    h.get_all_by_label(&label).last().expect("the proposed exchange is listed").click();
    wait_for_jobs(&mut h);
    assert_eq!(
        app(&mut h).state.selection,
        Some(symbiosis_explorer::ui::map::layer::Pick::Exchange(proposed.id)),
        "the proposal is selected"
    );
    h.get_by_label("Evaluation: every term and its source");
    // The status box (the pipeline's stage picker below it starts on "identified").
    let status_box = h.get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some("proposed"));
    status_box.click();
    h.run_steps(3);
    h.get_by_label("agreed").click();
    h.run_steps(2);
    let status = data(&mut h).exchanges.iter().find(|e| e.id == proposed.id).unwrap().status;
    assert_eq!(status, ExchangeStatus::Agreed);
}

#[test]
fn moving_a_firm_redraws_its_exchange_line_in_the_file() {
    let mut h = kalundborg();
    h.get_by_label("Gyproc (Saint-Gobain)").click();
    h.run_steps(2);
    // Type a new latitude in the firm editor, as a planner correcting a position would.
    h.get_all_by(|n| n.role() == Role::SpinButton && n.value().is_some_and(|v| v.starts_with("55.66")))
        .next()
        .expect("the latitude field")
        .click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    h.get_all_by(|n| n.role() == Role::SpinButton && n.value().is_some_and(|v| v.starts_with("55.66")))
        .next()
        .expect("the latitude is being typed")
        .type_text("55.7");
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    let path = app(&mut h).state.project.as_ref().unwrap().session.file().path().to_path_buf();
    let d = data(&mut h);
    let gyproc = d.firm(&FirmId::new("gyproc")).unwrap();
    assert!((gyproc.location.lat - 55.66).abs() > 1e-6, "the firm moved: {:?}", gyproc.location);
    // The exchange line from Asnæs ends at the new position.
    let points = common::stored_line(&path, "asnaes", "gyproc");
    assert_eq!(points.last().copied(), Some(gyproc.location));
}

#[test]
fn import_a_csv_with_an_error_and_see_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let firms = dir.path().join("firms.csv");
    let flows = dir.path().join("flows.csv");
    std::fs::write(&firms, "id,name,lat,lon\nnewco,New Co,55.67,11.12\n").unwrap();
    std::fs::write(&flows, "firm_id,direction,material,quantity,unit\nnewco,supply,fly_ash,-5,t\n").unwrap();
    let mut h = kalundborg();
    let firms_before = data(&mut h).firms.len();
    open_import_and_check(&mut h, &firms, &flows);
    let expected = format!("{}:2:4: negative quantity -5; quantities are per year and zero or more", flows.display());
    h.get_by_label(&expected);
    h.get_by_label_contains("nothing was imported");
    assert_eq!(data(&mut h).firms.len(), firms_before);

    // Fixed, the same files import into the open project.
    std::fs::write(&flows, "firm_id,direction,material,quantity,unit\nnewco,supply,fly_ash,5,t\n").unwrap();
    h.get_by_label("Check files").click();
    wait_for_jobs(&mut h);
    h.get_by_label("Import 1 firms, 1 flows, 0 exchanges").click();
    h.run_steps(2);
    let d = data(&mut h);
    assert_eq!(d.firms.len(), firms_before + 1);
    assert!(d.flows.iter().any(|f| f.firm.as_str() == "newco" && f.quantity == 5.0));
}

#[test]
fn paste_rows_from_a_spreadsheet_into_the_flows_table() {
    let mut h = kalundborg();
    let before = data(&mut h).flows.len();
    h.get_by_label("All flows").click();
    h.run_steps(2);
    h.get_by_label("Paste rows from a spreadsheet").click();
    h.run_steps(2);
    let paste = |h: &mut Harness<'static, State>, text: &str| {
        h.get_by_role(Role::MultilineTextInput).click();
        h.run_steps(1);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_role(Role::MultilineTextInput).type_text(text);
        h.run_steps(1);
        h.get_by_label("Check and add pasted rows").click();
        h.run_steps(2);
    };
    // A row naming an unknown firm is refused with its line and column; nothing is added.
    paste(&mut h, "gyproc\tdemand\tfly_ash\t100\tt\nnobody\tsupply\tsteam\t5\tMWh");
    h.get_by_label_contains("pasted rows:2:1: unknown firm id 'nobody'");
    assert_eq!(data(&mut h).flows.len(), before);
    // Nordic numbers pasted from a spreadsheet are fine; the rows were collected at the sample's
    // workshop, picked in the box above the button.
    h.get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some("none")).click();
    h.run_steps(2);
    h.get_by_label_contains("illustrative-2021-05 (").click();
    h.run_steps(2);
    paste(&mut h, "gyproc\tdemand\tfly_ash\t1 200,5\tt\ncomet\tsupply\twastewater\t300\tm3");
    let d = data(&mut h);
    assert_eq!(d.flows.len(), before + 2, "{:?}", app(&mut h).state.message);
    let pasted = d.flows.iter().find(|f| f.firm.as_str() == "gyproc" && f.material.as_str() == "fly_ash");
    assert_eq!(pasted.map(|f| (f.quantity, f.workshop_id.as_str())), Some((1200.5, "illustrative-2021-05")));
    // Sorting by quantity puts the biggest flow (5.5 Mt crude oil) last, then first.
    h.get_by_label("Quantity").click();
    h.run_steps(2);
    h.get_by_label("Quantity ^");
    h.get_by_label("Quantity ^").click();
    h.run_steps(2);
    h.get_by_label("Quantity v");
}

#[test]
fn why_not_names_the_rule_and_optimise_shows_its_totals() {
    let mut h = kalundborg();
    h.get_by_label("Candidates").click();
    h.run_steps(2);
    h.get_by_label("Why not? Explain any pair of flows").click();
    h.run_steps(2);
    // Flow 3 is Asnæs' FGD gypsum, flow 70 the cement maker's raw material: no rule links them.
    for (hint, text) in [("supply flow id", "3"), ("demand flow id", "70")] {
        let field =
            |n: &egui_kittest::kittest::AccessKitNode<'_>| n.role() == Role::TextInput && n.placeholder() == Some(hint);
        h.get_by(field).click();
        h.run_steps(1);
        h.get_by(field).type_text(text);
        h.run_steps(1);
    }
    h.get_by_label("Why not?").click();
    wait_for_jobs(&mut h);
    h.get_by_label_contains("excluded by rule 'material'");

    h.get_by_label("Optimise").click();
    let started = std::time::Instant::now();
    while h.query_by_label_contains("(shown on the map)").is_none() {
        assert!(started.elapsed().as_secs() < 30, "optimising finishes: {:?}", app(&mut h).state.message);
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.get_by_label_contains("(shown on the map)");
    assert!(!app(&mut h).state.candidates.is_empty(), "the allocation is drawn on the map");
}

#[test]
fn edit_a_flow_then_undo_the_edit() {
    let mut h = kalundborg_at_gyproc_flows();
    h.get_all_by_label("Edit flow").next().expect("an Edit flow button per flow").click();
    h.run_steps(2);
    h.get_by_label("Edit the flow");
    // The form holds the first listed flow (Gyproc's first supply flow): its quantity is loaded.
    let first = data(&mut h)
        .flows
        .iter()
        .find(|f| f.firm.as_str() == "gyproc" && f.direction == Direction::Supply)
        .unwrap()
        .clone();
    let loaded = symbiosis_explorer::core::matching::format_number(first.quantity);
    h.get_by(|n| n.role() == Role::TextInput && n.value().as_deref() == Some(loaded.as_str())).click();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    h.get_all_by_role(Role::TextInput)
        .find(|n| n.is_focused())
        .expect("the quantity field has focus")
        .type_text("4321");
    h.run_steps(1);
    let flows_before = data(&mut h).flows.len();
    h.get_by_label("Save changes").click();
    h.run_steps(2);
    let d = data(&mut h);
    assert_eq!(d.flows.len(), flows_before, "edited, not added");
    let edited = d.flows.iter().find(|f| f.id == first.id).unwrap();
    assert_eq!((edited.quantity, edited.material.clone()), (4321.0, first.material.clone()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(!data(&mut h).flows.iter().any(|f| f.quantity == 4321.0), "undo restores the quantity");
}

#[test]
fn drag_a_firm_on_the_map_and_its_exchange_line_follows() {
    let mut h = kalundborg();
    h.get_by_label("Move firms by dragging them on the map (right-drag pans)").click();
    h.run_steps(2);
    let id = FirmId::new("gyproc");
    let start = app(&mut h).firm_on_screen(&id).expect("Gyproc is on the map");
    let end = start + egui::vec2(80.0, -60.0);
    let pointer = |h: &mut Harness<'static, State>, pos: egui::Pos2, pressed: Option<bool>| {
        h.input_mut().events.push(egui::Event::PointerMoved(pos));
        if let Some(pressed) = pressed {
            h.input_mut().events.push(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        h.run_steps(1);
    };
    pointer(&mut h, start, None);
    pointer(&mut h, start, Some(true));
    for step in 1..=8 {
        pointer(&mut h, start + (end - start) * (step as f32 / 8.0), None);
    }
    pointer(&mut h, end, Some(false));
    h.run_steps(2);

    let before = common::kalundborg_gpkg();
    let d = data(&mut h);
    let moved = d.firm(&id).unwrap().location;
    let original = ProjectFileRead::location(&before, "gyproc");
    assert!(moved.lat > original.lat && moved.lon > original.lon, "dragged north-east: {original:?} -> {moved:?}");
    // The map draws it where it was dropped, no longer where it was.
    let near =
        |h: &mut Harness<'static, State>, p: egui::Pos2| app(h).map.drawn_firms().iter().any(|c| c.distance(p) < 2.0);
    assert!(near(&mut h, end), "a symbol at the drop point: {:?}", app(&mut h).map.drawn_firms());
    assert!(!near(&mut h, start), "no symbol left at the start");
    // The file's exchange line from Asnæs now ends where Gyproc was dropped.
    let path = app(&mut h).state.project.as_ref().unwrap().session.file().path().to_path_buf();
    let points = common::stored_line(&path, "asnaes", "gyproc");
    assert_eq!(points.last().copied(), Some(moved));
    // Undo puts it back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(data(&mut h).firm(&id).unwrap().location, original);
    assert!(near(&mut h, start) && !near(&mut h, end), "the map shows it back in place");
}

/// Reads the shipped sample, to compare with what the app changed in its working copy.
struct ProjectFileRead;

impl ProjectFileRead {
    fn location(path: &std::path::Path, firm: &str) -> LatLon {
        let data = symbiosis_explorer::core::ProjectFile::open_with(path, symbiosis_explorer::core::OpenMode::ReadOnly)
            .unwrap()
            .load()
            .unwrap();
        data.firm(&FirmId::new(firm)).unwrap().location
    }
}

#[test]
fn edit_several_flows_at_once_in_the_flows_table() {
    let mut h = kalundborg();
    h.get_by_label("All flows").click();
    h.run_steps(2);
    let filter = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == Role::TextInput && n.placeholder() == Some("firm, material, direction or source")
    };
    h.get_by(filter).click();
    h.run_steps(1);
    h.get_by(filter).type_text("gyproc");
    h.run_steps(2);
    h.get_by_label("Select shown").click();
    h.run_steps(2);
    let gyproc_flows = data(&mut h).flows.iter().filter(|f| f.firm.as_str() == "gyproc").count();
    h.get_by_label(&format!("{gyproc_flows} selected"));
    h.get_by_label("Mark confidential").click();
    h.run_steps(2);
    let d = data(&mut h);
    assert!(d.flows.iter().filter(|f| f.firm.as_str() == "gyproc").all(|f| f.confidential));
    assert!(
        d.flows.iter().filter(|f| f.firm.as_str() != "gyproc").any(|f| !f.confidential),
        "only the selected changed"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(
        data(&mut h).flows.iter().filter(|f| f.firm.as_str() == "gyproc").all(|f| !f.confidential),
        "one undo step"
    );
}

#[test]
fn import_maps_columns_with_other_names() {
    let dir = tempfile::tempdir().unwrap();
    let firms = dir.path().join("firms.csv");
    let flows = dir.path().join("flows.csv");
    std::fs::write(&firms, "id,name,lat,lon\nnewco,New Co,55.67,11.12\n").unwrap();
    std::fs::write(
        &flows,
        "Firma,direction,material,quantity,unit,Kommentar\nnewco,supply,fly_ash,5,t,from the survey\n",
    )
    .unwrap();
    let mut h = kalundborg();
    open_import_and_check(&mut h, &firms, &flows);
    h.get_by_label_contains("missing required column 'firm_id'");
    h.get_by_label("Firma ->");
    h.get_by_label("Kommentar ->");
    // Map "Firma" to firm_id; "Kommentar" stays left out.
    // The first choice is the coordinates' CRS; then one mapping choice per column ("Firma" first).
    h.get_all_by_role(Role::ComboBox).nth(1).expect("a mapping choice per column").click();
    h.run_steps(3);
    h.get_by_label("firm_id").click();
    h.run_steps(2);
    h.get_by_label("Check files").click();
    wait_for_jobs(&mut h);
    h.get_by_label("Import 1 firms, 1 flows, 0 exchanges").click();
    h.run_steps(2);
    assert!(data(&mut h).flows.iter().any(|f| f.firm.as_str() == "newco" && f.quantity == 5.0));
    // An import was a mistake? One undo takes all of it back, redo brings it again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(data(&mut h).firm(&FirmId::new("newco")).is_none(), "undo removes the imported firm");
    assert!(data(&mut h).flows.iter().all(|f| f.firm.as_str() != "newco"));
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run_steps(2);
    assert!(data(&mut h).firm(&FirmId::new("newco")).is_some(), "redo imports it again");
}

#[test]
fn the_timeline_shows_the_gypsum_exchange_start_in_1993_and_end_after_2019() {
    let mut h = kalundborg();
    h.get_by_label("Timeline").click();
    h.run_steps(2);
    let set_year = |h: &mut Harness<'static, State>, year: &str| {
        h.get_by(|n| n.role() == Role::SpinButton && n.value().is_some_and(|v| v.starts_with("Year "))).click();
        h.run_steps(1);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_steps(1);
        h.get_by(|n| n.role() == Role::SpinButton && n.is_focused()).type_text(year);
        h.run_steps(1);
        h.key_press(egui::Key::Enter);
        h.run_steps(2);
    };
    set_year(&mut h, "1993");
    assert_eq!(app(&mut h).state.year, Some(1993));
    h.get_by_label("New: Asnæs Power Station (Ørsted) -> Gyproc (Saint-Gobain): FGD gypsum");
    h.get_by_label_contains("1993: ");
    set_year(&mut h, "2020");
    h.get_by_label("Ended: Asnæs Power Station (Ørsted) -> Gyproc (Saint-Gobain): FGD gypsum");
    h.get_by_label("Ended: Asnæs Power Station (Ørsted) -> Cement maker (Aalborg Portland): Fly ash");
    // Play moves on year by year.
    h.get_by_label("Play").click();
    h.run_steps(3);
    h.get_by_label("Pause");
}

#[test]
fn presentation_mode_shows_a_second_language_beside_the_first() {
    let mut h = kalundborg();
    h.get_by_label("Present (F11)").click();
    wait_for_jobs(&mut h);
    // Without a second language: English alone.
    h.get_by_label("CO₂ avoided per year");
    assert!(h.query_by_label("Energy / Энергия").is_none());
    // The presentation bar's choice: Russian beside English.
    h.get_by_label("Second language");
    h.get_all_by_role(Role::ComboBox).find(|n| n.value().as_deref() == Some("none")).expect("the choice").click();
    h.run_steps(2);
    h.get_by_label("Русский").click();
    h.run_steps(3);
    assert_eq!(app(&mut h).state.second_lang, Some("ru"));
    // The headline's labels in both, the legend's entries side by side.
    h.get_by_label("CO₂ avoided per year");
    h.get_by_label("CO₂ предотвращено в год");
    h.get_by_label("Energy / Энергия");
    h.get_by_label("Legend / Легенда");
    h.get_by_label_contains("Agriculture and fishing / ");
    // The app's own chrome stays in the first language.
    h.get_by_label("Exit presentation (F11)");
}

#[test]
fn presentation_mode_hides_confidential_flows_and_can_anonymise_names() {
    let mut h = kalundborg();
    h.get_by_label("Present (F11)").click();
    wait_for_jobs(&mut h);
    assert!(app(&mut h).state.presenting.is_some());
    h.get_by_label("Exit presentation (F11)");
    assert!(h.query_by_label("Import CSV…").is_none(), "editing chrome is hidden");
    h.get_by_label("CO₂ avoided per year");
    let view = app(&mut h).state.presenting.as_ref().unwrap();
    // Unibio's electricity demand is the sample's confidential flow.
    assert!(!view.data.flows.iter().any(|f| f.confidential));
    assert!(view.data.flows.iter().any(|f| f.firm.as_str() == "unibio"), "its other flows stay");
    assert!(view.data.firms.iter().any(|f| f.name.starts_with("Asnæs")));
    // An edit made while presenting reaches the room (the presented project is made anew).
    let gyproc = data(&mut h).firm(&FirmId::new("gyproc")).unwrap().clone();
    let renamed = Firm { name: "Gyproc Kalundborg".into(), ..gyproc.clone() };
    app(&mut h).send(symbiosis_explorer::ui::command::Command::Apply(
        symbiosis_explorer::core::history::Edit::UpdateFirm { before: gyproc, after: renamed },
    ));
    wait_for_jobs(&mut h);
    let view = app(&mut h).state.presenting.as_ref().unwrap();
    assert!(view.data.firms.iter().any(|f| f.name == "Gyproc Kalundborg"), "the room sees the new name");

    h.get_by_label("Anonymise firms").click();
    wait_for_jobs(&mut h);
    let names: Vec<String> =
        app(&mut h).state.presenting.as_ref().unwrap().data.firms.iter().map(|f| f.name.clone()).collect();
    assert!(names.iter().all(|n| n.starts_with("Firm ")), "{names:?}");
    assert!(names.contains(&"Firm A (Energy)".to_string()), "{names:?}");

    h.key_press(egui::Key::F11);
    h.run_steps(3);
    assert!(app(&mut h).state.presenting.is_none());
    h.get_by_label("Import CSV…");
}

#[test]
fn a_keyboard_only_quick_entry_creates_a_flow_and_a_candidate() {
    let mut h = kalundborg();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run_steps(3);
    let added = quick_entry_gyproc_wants_fly_ash(&mut h);
    assert_eq!(
        (added.firm.as_str(), added.direction, added.material.as_str(), added.quantity),
        ("gyproc", Direction::Demand, "fly_ash", 1000.0)
    );
    // Matching runs again by itself: Asnæs' wood ash now has a buyer next door.
    wait_for_candidate_of(&mut h, added.id);
    // Afterwards the entry is reviewed: discarded.
    h.get_by_label("1 workshop entries to review");
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(!data(&mut h).flows.iter().any(|f| f.source == "workshop entry"));
}

#[test]
fn compare_the_scenarios_side_by_side() {
    let mut h = kalundborg();
    h.get_by_label("Charts").click();
    h.run_steps(2);
    h.get_by_label("Compare scenarios").click();
    wait_for_jobs(&mut h);
    // The scenarios by their names, as the report names them.
    h.get_by_label("Existing + proposed");
    h.get_by_label("Optimal allocation");
    h.get_by_label("cyclicity");
    let report = app(&mut h).state.scenarios.clone().expect("a report");
    assert_eq!(report.scenarios.len(), 3);
    assert!(report.scenarios[2].co2_avoided_t >= report.scenarios[0].co2_avoided_t, "the optimum adds to what exists");
}

/// A regional register (generated, 4,000 firms): Optimise and Compare scenarios run in the
/// background while the app keeps drawing, over the same candidates as the command line (20 per
/// supply flow, not a handful), and reach the same optimum.
#[test]
fn optimise_and_compare_scenarios_on_a_regional_register_match_the_command_line() {
    use symbiosis_explorer::core::generate::{GenerateOptions, generate};
    use symbiosis_explorer::core::matching::Objective;
    use symbiosis_explorer::core::scenarios;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("region.gpkg");
    let data = generate(GenerateOptions { firms: 4_000, seed: 2 }, |_| {});
    symbiosis_explorer::core::ProjectFile::create(&path, &data, false).unwrap();
    let year = Some(data.meta.year());
    let (_, _, cli) =
        scenarios::optimal_allocation(&data, Objective::Benefit, year, scenarios::Limits::default()).unwrap();

    let mut h = opened(path);
    h.get_by_label("Candidates").click();
    h.run_steps(2);
    h.get_by_label("Optimise").click();
    // The click starts a job; frames go on being drawn meanwhile.
    h.run_steps(2);
    assert!(app(&mut h).busy(), "optimising runs in the background");
    wait_for_jobs(&mut h);
    let optimal = app(&mut h).state.optimal.clone().expect("the optimum is shown");
    assert!(
        (optimal.objective - cli.objective).abs() <= 1e-6 * cli.objective.abs(),
        "{} vs {}",
        optimal.objective,
        cli.objective
    );
    assert_eq!(optimal.gap, 0.0);

    h.get_by_label("Charts").click();
    h.run_steps(2);
    h.get_by_label("Compare scenarios").click();
    h.run_steps(2);
    assert!(app(&mut h).busy(), "the comparison runs in the background");
    wait_for_jobs(&mut h);
    let report = app(&mut h).state.scenarios.clone().expect("a report");
    let expected = scenarios::report(&data, year, Objective::Benefit, scenarios::Limits::default()).unwrap();
    assert_eq!(
        report.scenarios[2].net_benefit, expected.scenarios[2].net_benefit,
        "the optimal scenario of `indicators`"
    );
}

#[test]
fn the_flow_diagram_renders_for_the_sample() {
    let mut h = kalundborg();
    h.get_all_by_label("Flow diagram").next().expect("the menu button").click();
    h.run_steps(3);
    assert!(app(&mut h).panels.diagram.nodes >= 5, "energy exchanges: {} nodes", app(&mut h).panels.diagram.nodes);
    h.get_by_label("materials (t)").click();
    h.run_steps(3);
    assert!(app(&mut h).panels.diagram.nodes >= 4);
}

#[test]
fn each_guided_tour_can_be_stepped_through() {
    for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"] {
        let path = common::root().join(format!("sample_projects/{sample}.gpkg"));
        let mut h = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_ui_state(
            move |ui, state: &mut State| {
                let app = state.get_or_insert_with(|| {
                    App::new(ui.ctx(), LaunchOptions { project: Some(path.clone()), ..LaunchOptions::default() })
                });
                app.show(ui);
            },
            None,
        );
        h.run_steps(1);
        wait_for_jobs(&mut h);
        h.get_by_label("About & tour").click();
        h.run_steps(2);
        let steps = data(&mut h).meta.tour.len();
        assert!(steps >= 2, "{sample} has a tour");
        for step in 1..steps {
            h.get_by_label(&format!("step {step} of {steps}"));
            h.get_by_label("Next").click();
            h.run_steps(2);
        }
        h.get_by_label(&format!("step {steps} of {steps}"));
        if sample == "leningrad" {
            h.get_by_label_contains("Illustrative sample");
        }
        if sample == "kalundborg" {
            // Published figures (tour) beside this app's own.
            h.get_by_label_contains("586,000 t CO2 saved per year");
            // The park in its evaluation year, 2024: the coal-era and other ended exchanges are out.
            h.get_by_label_contains("Computed here for the 22 existing exchanges");
            h.get_by_label("Would the matcher have found this park?").click();
            wait_for_jobs(&mut h);
            let text = app(&mut h).state.rediscovery.clone().unwrap_or_default();
            assert!(
                text.contains(
                    "Greenfield matching found 29 of the 29 documented exchanges, each in a year in which it ran"
                ),
                "{text}"
            );
            h.get_by_label_contains("1 product sale (what a firm exists to sell) is not");
        }
    }
}

#[test]
fn presenter_view_keeps_the_controls_and_shows_the_clean_view_in_a_second_window() {
    let mut h = kalundborg();
    h.get_by_label("Presenter view").click();
    wait_for_jobs(&mut h);
    assert!(app(&mut h).state.presenter_view);
    // The controls stay here...
    h.get_by_label("Import CSV…");
    h.get_by_label("Firms");
    // ...while the projector window shows the headline of the presented project.
    h.get_by_label("CO₂ avoided per year");
    let view = app(&mut h).state.presenting.as_ref().expect("the projector's project");
    assert!(!view.data.flows.iter().any(|f| f.confidential));
    // Headless, the projector window is embedded over this one; closing it ends the view.
    app(&mut h).set_presenter_view(false);
    h.run_steps(3);
    assert!(!app(&mut h).state.presenter_view && app(&mut h).state.presenting.is_none());
    assert!(h.query_by_label("CO₂ avoided per year").is_none());
}

#[test]
fn export_the_map_view_as_an_image_and_the_project_as_a_report() {
    let mut h = kalundborg();
    h.get_by_label("Export…").click();
    h.run_steps(4);
    let dir = tempfile::tempdir().unwrap();
    let dialog = app(&mut h).windows.export.as_mut().expect("the export window is open");
    assert!(dialog.dir.ends_with("export"), "a folder beside the project is offered: {}", dialog.dir);
    dialog.dir = dir.path().display().to_string();
    h.get_by_label("1280×720").click();
    h.run_steps(1);
    h.get_by_label("Map image (PNG) of the current view").click();
    wait_for_jobs(&mut h);
    let img = image::open(dir.path().join("map.png")).expect("map.png written").to_rgb8();
    assert_eq!(img.dimensions(), (1280, 720));
    // The picture is framed on the desk map's view (the sample opens on the park).
    let view = app(&mut h).map.current_view();
    assert!((view.lat - 55.664).abs() < 0.01 && (view.lon - 11.1).abs() < 0.01, "{view:?}");
    h.get_by_label("HTML report (one self-contained file)").click();
    wait_for_jobs(&mut h);
    let html = std::fs::read_to_string(dir.path().join("report.html")).expect("report.html written");
    assert!(html.contains("Kalundborg Symbiosis") && !html.contains("<script"));
    assert!(h.query_all_by_label_contains("report.html").count() >= 1, "the window says what it wrote");
}

#[test]
fn the_language_chosen_in_the_view_menu_names_materials_and_writes_the_report_in_it() {
    let mut h = kalundborg_at_gyproc_flows();
    assert_eq!(app(&mut h).state.lang, "en", "tests start in English (no system language)");
    h.get_by_label("Natural gypsum");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("Русский").click();
    h.run_steps(2);
    assert_eq!(app(&mut h).state.lang, "ru");
    assert!(app(&mut h).state.lang_chosen, "remembered for the next session");
    // Gyproc's flows name their materials in Russian, with the id underneath.
    h.get_by_label("Природный гипс");
    assert!(h.query_all_by_label("natural_gypsum").count() >= 1);
    assert!(h.query_by_label("Natural gypsum").is_none());
    // The app's own words change at once, without a restart: the tabs, menus and buttons.
    assert!(h.query_by_label("About & tour").is_none(), "no English tab left");
    assert!(h.query_all_by_label("Изменить поток").count() >= 1, "each flow's edit button");
    // The sample's guided tour in Russian.
    h.get_by_label("О проекте и тур").click();
    h.run_steps(2);
    h.get_by_label_contains("Найдите Asnæs");
    h.get_by_label("Экскурсия");

    h.get_by_label("Экспорт…").click();
    h.run_steps(4);
    let dir = tempfile::tempdir().unwrap();
    app(&mut h).windows.export.as_mut().expect("the export window is open").dir = dir.path().display().to_string();
    h.get_by_label("Отчёт HTML (один самодостаточный файл)").click();
    wait_for_jobs(&mut h);
    let html = std::fs::read_to_string(dir.path().join("report.html")).expect("report.html written");
    assert!(html.contains("<html lang=\"ru\">") && html.contains("<h2>Сводка</h2>"));
    assert!(html.contains("Промышленный симбиоз Калунборга"), "the sample's Russian description");
}

#[test]
fn a_flow_typed_in_gj_is_stored_in_mwh_and_the_app_says_so() {
    let mut h = kalundborg_at_gyproc_flows();
    let before = data(&mut h).flows.len();
    // The material picker starts on steam (MWh); type the quantity in GJ instead.
    h.get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some("MWh/yr")).click();
    h.run_steps(2);
    h.get_by_label("GJ/yr (converted to MWh)").click();
    h.run_steps(2);
    let quantity = h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some("e.g. 1500"));
    quantity.click();
    h.run_steps(1);
    h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some("e.g. 1500")).type_text("3600");
    h.run_steps(1);
    h.get_by_label("Add flow").click();
    h.run_steps(2);
    let flows = data(&mut h).flows;
    assert_eq!(flows.len(), before + 1);
    let added = flows.iter().max_by_key(|f| f.id.0).unwrap();
    assert_eq!((added.material.as_str(), added.quantity, added.unit), ("steam", 1000.0, Unit::Mwh));
    h.get_by_label_contains("3600 GJ converted to 1000 MWh for steam");
}

#[test]
fn online_tiles_are_offered_but_off_until_the_user_turns_them_on() {
    let mut h = kalundborg();
    assert!(app(&mut h).map.online.is_none(), "no online tile source exists at start");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("OpenStreetMap (online)");
    h.get_by_label("Built-in offline basemap");
    h.run_steps(2);
    assert!(app(&mut h).map.online.is_none(), "looking at the choice requests nothing");
    let cache = symbiosis_explorer::ui::recent::online_tile_cache().expect("a cache folder for tiles seen online");
    assert!(cache.ends_with("symbiosis-explorer/osm-tiles"));
}

#[test]
fn a_supply_flow_becomes_a_product_and_a_firm_says_its_country_and_ets_flag() {
    let mut h = kalundborg_at_gyproc_flows();
    // Gyproc's first flow is a supply: the form offers its role.
    h.get_all_by_label("Edit flow").next().expect("an Edit flow button per flow").click();
    h.run_steps(2);
    let first = data(&mut h)
        .flows
        .iter()
        .find(|f| f.firm.as_str() == "gyproc" && f.direction == Direction::Supply)
        .unwrap()
        .clone();
    assert_eq!((first.direction, first.role), (Direction::Supply, FlowRole::Residue));
    h.get_by_label("product").click();
    h.run_steps(1);
    h.get_by_label("Save changes").click();
    h.run_steps(2);
    let after = data(&mut h).flows.iter().find(|f| f.id == first.id).unwrap().clone();
    assert_eq!(after.role, FlowRole::Product, "{:?}", app(&mut h).state.message);

    // The firm editor shows the country taken from the position and the ETS flag.
    h.get_by_label("Firms").click();
    h.run_steps(2);
    h.get_by_label("Country");
    assert_eq!(data(&mut h).firm(&FirmId::new("gyproc")).unwrap().country, "DK");
    assert!(data(&mut h).firm(&FirmId::new("gyproc")).unwrap().ets, "the sample marks Gyproc an ETS installation");
    h.get_by_label("an EU ETS installation").click();
    h.run_steps(2);
    assert!(!data(&mut h).firm(&FirmId::new("gyproc")).unwrap().ets, "the flag is saved");
}

#[test]
fn the_exchanges_tab_shows_each_exchanges_share_of_the_park_in_its_evaluation_year() {
    let mut h = kalundborg_at_steam_to_novo();
    // 250,000 MWh of CHP steam: 0.224 t/MWh displaced less 0.15 MWh power lost x 0.12 t/MWh (DK).
    h.get_by_label_contains("250,000 MWh per year: 51,500 t CO₂ avoided");
    h.get_by_label("Evaluation: every term and its source").click();
    h.run_steps(2);
    h.get_by_label_contains("Counterfactual: supply: Steam extracted from a CHP in DK at the cost of the power it would otherwise make; demand: displaces Steam bought or made new");
    assert!(h.get_all_by_label_contains("co2_chp_power_lost").next().is_some());
}

#[test]
fn settings_set_the_evaluation_year_and_the_currency_every_figure_is_shown_in() {
    let mut h = kalundborg();
    h.get_by_label("Settings").click();
    h.run_steps(2);
    assert_eq!(data(&mut h).meta.evaluation_year, Some(2024));
    h.get_by_label("fixed").click();
    h.run_steps(2);
    assert_eq!(data(&mut h).meta.evaluation_year, None, "unticked: this year");
    h.get_by_label_contains("this year (");
    // DKK: the same park in Danish kroner, converted at the stated rate.
    let before = app(&mut h).state.existing_links_now(Some(2024)).iter().map(|l| l.net_benefit).sum::<f64>();
    h.get_all_by_role(Role::ComboBox).find(|n| n.value().as_deref() == Some("EUR")).expect("the currency").click();
    h.run_steps(2);
    h.get_by_label_contains("DKK (7.4589 per EUR)").click();
    h.run_steps(3);
    assert_eq!(data(&mut h).meta.currency, "DKK");
    let after = app(&mut h).state.existing_links_now(Some(2024)).iter().map(|l| l.net_benefit).sum::<f64>();
    assert!((after - before * 7.4589).abs() < 1e-6 * after.abs(), "{before} EUR -> {after} DKK");
}

#[test]
fn save_as_writes_a_copy_in_the_background_and_edits_go_there() {
    use symbiosis_explorer::core::history::Edit;
    use symbiosis_explorer::ui::command::Command;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("my-park.gpkg");
    let mut h = kalundborg();
    let working_copy = app(&mut h).state.project.as_ref().unwrap().session.file().path().to_path_buf();
    app(&mut h).send(Command::SaveAs(working_copy.clone()));
    h.run_steps(2);
    assert!(app(&mut h).state.message.as_ref().is_some_and(|m| m.error), "the same file is refused");

    app(&mut h).send(Command::SaveAs(target.clone()));
    wait_for_jobs(&mut h);
    let project = app(&mut h).state.project.as_ref().unwrap();
    assert_eq!(project.session.file().path(), target.as_path(), "edits now go to the copy");
    assert!(project.sample_of.is_none(), "no longer a sample's working copy");
    h.get_by_label_contains("Saved as");

    // An edit lands in the copy, not in the working copy it came from.
    let gyproc = data(&mut h).firm(&FirmId::new("gyproc")).unwrap().clone();
    let renamed = Firm { name: "Gyproc Kalundborg".into(), ..gyproc.clone() };
    app(&mut h).send(Command::Apply(Edit::UpdateFirm { before: gyproc, after: renamed }));
    h.run_steps(2);
    let name_in = |path: &std::path::Path| {
        let file = symbiosis_explorer::core::store::ProjectFile::open_with(
            path,
            symbiosis_explorer::core::store::OpenMode::ReadOnly,
        )
        .unwrap();
        file.load().unwrap().firm(&FirmId::new("gyproc")).unwrap().name.clone()
    };
    assert_eq!(name_in(&target), "Gyproc Kalundborg");
    assert_eq!(name_in(&working_copy), "Gyproc (Saint-Gobain)");
}

#[test]
fn opening_a_bad_file_says_why_and_keeps_the_open_project() {
    use symbiosis_explorer::ui::command::Command;
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.gpkg");
    std::fs::write(&bad, "firm,lat,lon\n").unwrap();
    let mut h = kalundborg();
    let before = data(&mut h);
    app(&mut h).send(Command::Open(bad.clone()));
    h.run_steps(1);
    // It opens in the background: meanwhile the project stays open and the status says so.
    assert!(app(&mut h).state.data().is_some());
    wait_for_jobs(&mut h);
    let message = app(&mut h).state.message.clone().unwrap();
    assert!(message.error, "{}", message.text);
    assert!(message.text.contains("notes.gpkg") && message.text.contains("Choose another file"), "{}", message.text);
    assert_eq!(data(&mut h), before, "the open project is untouched");
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), "firm,lat,lon\n", "the bad file is left as it was");
}

/// The app in Russian with the Kalundborg sample open, its first jobs done.
fn russian_kalundborg() -> Harness<'static, State> {
    let project = common::kalundborg_gpkg();
    let mut h = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_ui_state(
        move |ui, state: &mut State| {
            let options =
                LaunchOptions { project: Some(project.clone()), lang: Some("ru"), ..LaunchOptions::default() };
            state.get_or_insert_with(|| App::new(ui.ctx(), options)).show(ui);
        },
        None,
    );
    h.run_steps(1);
    wait_for_jobs(&mut h);
    h
}

#[test]
fn in_russian_an_exchange_s_breakdown_names_its_terms_units_and_sources_in_russian() {
    let mut h = russian_kalundborg();
    let data = app(&mut h).state.data().unwrap().clone();
    // The charts' units are Russian ("тыс. м³/год", not "m3").
    let shown: Vec<String> = h.get_all_by(|_| true).filter_map(|n| n.accesskit_node().label()).collect();
    let has = |needle: &str| shown.iter().any(|l| l.contains(needle));
    assert!(has("тыс. м³/год") && !has("тыс. m3/год"), "{shown:?}");
    // The breakdown of the first exchange, as the Exchanges pane shows it unfolded.
    let matcher = symbiosis_explorer::core::matching::Matcher::new(
        &data,
        symbiosis_explorer::core::matching::MatchOptions { year: Some(data.meta.year()), ..Default::default() },
    );
    let breakdown = matcher.explain_exchange(data.exchanges.first().unwrap().id).unwrap();
    let mut pane = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_ui(move |ui| {
        symbiosis_explorer::i18n::set_ui_language("ru");
        symbiosis_explorer::ui::panels::breakdown_ui(ui, &breakdown, Some(&data));
    });
    pane.run_steps(3);
    // (a plain label's text is its accessible value here)
    let shown: Vec<String> = pane.get_all_by(|_| true).filter_map(|n| n.accesskit_node().value()).collect();
    let has = |needle: &str| shown.iter().any(|l| l.contains(needle));
    // The term by its Russian name beside its symbol, its value the Russian way, its unit in Russian.
    assert!(has("чистая выгода (net_benefit) = "), "{shown:?}");
    assert!(has("расстояние (distance_km) = ") && has(" км "), "{shown:?}");
    // The parameters' sources: the catalogue's in Russian, a flow's own words after "допущение:".
    assert!(has("допущение: класс Symbiosis Explorer по умолчанию"), "{shown:?}");
    assert!(!has("assumption: used only where") && !has("Symbiosis Explorer default class"), "{shown:?}");
}

#[test]
fn in_russian_a_refused_file_and_an_import_problem_say_why_in_russian() {
    use symbiosis_explorer::i18n::message;
    use symbiosis_explorer::ui::command::Command;
    let dir = tempfile::tempdir().unwrap();
    // A project with a planted trigger, as it might come by mail.
    let trap = dir.path().join("trap.gpkg");
    std::fs::copy(common::kalundborg_gpkg(), &trap).unwrap();
    rusqlite::Connection::open(&trap)
        .unwrap()
        .execute_batch("CREATE TRIGGER wipe AFTER UPDATE ON exchanges BEGIN DELETE FROM flows; END;")
        .unwrap();
    let bytes = std::fs::read(&trap).unwrap();
    let mut h = russian_kalundborg();
    app(&mut h).send(Command::Open(trap.clone()));
    h.run_steps(1);
    wait_for_jobs(&mut h);
    let said = app(&mut h).state.message.clone().unwrap();
    assert!(said.error);
    for words in ["trap.gpkg", "содержит триггеры", "wipe", "оставлен без изменений", "DROP TRIGGER"]
    {
        assert!(said.text.contains(words), "'{words}' not in: {}", said.text);
    }
    assert!(!said.text.contains("holds triggers"), "no English left: {}", said.text);
    assert_eq!(std::fs::read(&trap).unwrap(), bytes, "the refused file is left as it was");

    // An import whose flows have problems: each at its cell, in Russian.
    let firms = dir.path().join("firms.csv");
    let flows = dir.path().join("flows.csv");
    std::fs::write(&firms, "id,name,lat,lon\nnewco,New Co,55.67,11.12\n").unwrap();
    std::fs::write(
        &flows,
        "firm_id,direction,material,quantity,unit\nnewco,supply,fly_ash,-5,t\nghost,supply,fly_ash,5,баррель\n",
    )
    .unwrap();
    h.get_by_label(&message("ru", "ui-import-csv", None)).click();
    h.run_steps(4);
    for (hint, path) in [("ui-path-to-firms-csv", &firms), ("ui-path-to-flows-csv", &flows)] {
        let hint = message("ru", hint, None);
        h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some(hint.as_str())).click();
        h.run_steps(1);
        h.get_by(|n| n.role() == Role::TextInput && n.placeholder() == Some(hint.as_str()))
            .type_text(&path.display().to_string());
        h.run_steps(1);
    }
    h.get_by_label(&message("ru", "ui-check-files", None)).click();
    wait_for_jobs(&mut h);
    let at = |line_column: &str| format!("{}:{line_column}: ", flows.display());
    h.get_by_label(&format!("{}отрицательное количество -5; количества даются за год и не меньше нуля", at("2:4")));
    h.get_by_label(&format!("{}неизвестный id предприятия 'ghost' (его нет в файле предприятий)", at("3:1")));
    h.get_by_label_contains(&format!("{}unit: неизвестное значение 'баррель'", at("3:5")));
}

#[test]
fn matching_started_while_presenting_lands_without_confidential_flows() {
    use symbiosis_explorer::ui::command::Command;
    let mut h = kalundborg();
    // Matching at the desk, then one supply flow with candidates is made confidential.
    app(&mut h).send(Command::StartMatching { greenfield: true, include_products: false });
    wait_for_jobs(&mut h);
    let secret = app(&mut h).state.candidates[0].supply_flow_id;
    let before = data(&mut h).flows.iter().find(|f| f.id == secret).unwrap().clone();
    let after = Flow { confidential: true, ..before.clone() };
    app(&mut h).send(Command::Apply(symbiosis_explorer::core::history::Edit::UpdateFlow { before, after }));
    h.run_steps(2);
    let confidential: Vec<FlowId> = data(&mut h).flows.iter().filter(|f| f.confidential).map(|f| f.id).collect();
    assert!(confidential.contains(&secret));
    app(&mut h).send(Command::StartMatching { greenfield: true, include_products: false });
    wait_for_jobs(&mut h);
    let touches = |h: &mut Harness<'static, State>| {
        app(h)
            .state
            .candidates
            .iter()
            .filter(|c| confidential.contains(&c.supply_flow_id) || confidential.contains(&c.demand_flow_id))
            .count()
    };
    assert!(touches(&mut h) > 0, "the desk sees candidates of the confidential flow");

    // In the room: matching started there (as quick entry does) lands, without them.
    h.get_by_label("Present (F11)").click();
    wait_for_jobs(&mut h);
    assert_eq!(touches(&mut h), 0, "entering presentation hides them");
    app(&mut h).send(Command::StartMatching { greenfield: true, include_products: false });
    wait_for_jobs(&mut h);
    assert!(!app(&mut h).state.candidates.is_empty(), "the result landed, not dropped");
    assert_eq!(touches(&mut h), 0, "no candidate of a confidential flow on the projector");
    let message = app(&mut h).state.message.clone().unwrap();
    assert!(!message.text.contains("dropped"), "{}", message.text);
}

#[test]
fn a_synergy_moves_from_identified_to_completed_with_dates_and_shows_its_history() {
    let mut h = kalundborg_at_steam_to_novo();
    h.get_by_label_contains("No stage recorded yet (its status stands for: implemented)");
    let exchange = match app(&mut h).state.selection {
        Some(symbiosis_explorer::ui::map::layer::Pick::Exchange(id)) => id,
        _ => panic!("the exchange is selected"),
    };
    let steps = [
        ("identified", "2021-01-10", "call Novo", "2021-01-20"),
        ("contacted", "2021-01-18", "site visit", "2021-02-15"),
        ("feasibility", "2021-03-01", "", ""),
        ("completed", "2022-01-15", "", ""),
    ];
    for (stage, date, next, due) in steps {
        // The form as the facilitator fills it in: stage, date, next action and its due date.
        let form = &mut app(&mut h).panels.exchanges.stage_form;
        form.stage = stage.parse().unwrap();
        form.date = date.into();
        form.next_action = next.into();
        form.due = due.into();
        // The form sits below the evaluation: scrolled into view, as a user would.
        h.get_by_label("Record stage").scroll_to_me();
        h.run_steps(30);
        h.get_by_label("Record stage").click();
        h.run_steps(3);
        if !next.is_empty() {
            // An open synergy shows its next action and when it is due, also in My actions
            // (overdue: the dates of this story are in the past).
            h.get_by_label(&format!("Next: {next} (due {due})"));
            h.get_by_label("My actions: 1 open, 1 overdue");
        }
    }
    // While it was open its next action was listed in My actions; once completed it is not.
    assert!(h.query_by_label_contains("My actions").is_none(), "no open synergy left");
    // The history, in order, with dates, and the exchange realised.
    let history: Vec<(String, String)> = data(&mut h)
        .stages
        .iter()
        .filter(|s| s.exchange == exchange)
        .map(|s| (s.stage.to_string(), s.date.clone()))
        .collect();
    assert_eq!(history, steps.iter().map(|(s, d, _, _)| (s.to_string(), d.to_string())).collect::<Vec<_>>());
    for (stage, date, _, _) in steps {
        h.get_by_label_contains(&format!("{date} · {stage}"));
    }
    let status = |h: &mut Harness<'static, State>| data(h).exchanges.iter().find(|e| e.id == exchange).unwrap().status;
    assert_eq!(status(&mut h), ExchangeStatus::Realised);
    // The file has it too.
    let file = app(&mut h).state.project.as_ref().unwrap().session.file().load().unwrap();
    assert_eq!(file.stages.iter().filter(|s| s.exchange == exchange).count(), 4);
}

#[test]
fn a_synergy_dropped_in_the_app_keeps_its_reason_and_is_rejected() {
    let mut h = kalundborg_at_steam_to_novo();
    let form = &mut app(&mut h).panels.exchanges.stage_form;
    form.stage = symbiosis_explorer::core::workbench::Stage::Dropped;
    form.date = "2023-06-01".into();
    h.run_steps(2);
    // The reason picker appears for a dropped synergy; the facilitator picks "economic".
    h.get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some("other")).click();
    h.run_steps(2);
    h.get_by_label("economic").click();
    h.run_steps(2);
    h.get_by_label("Record stage").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Record stage").click();
    h.run_steps(3);
    let d = data(&mut h);
    let last = d.stages.last().expect("a stage change recorded");
    assert_eq!(last.reason, Some(symbiosis_explorer::core::workbench::DropReason::Economic));
    let exchange = d.exchanges.iter().find(|e| e.id == last.exchange).unwrap();
    assert_eq!(exchange.status, ExchangeStatus::Rejected);
    h.get_by_label_contains("2023-06-01 · dropped (economic)");
}

#[test]
fn a_reported_outcome_is_shown_beside_the_modelled_one_and_in_the_charts() {
    let mut h = kalundborg_at_steam_to_novo();
    h.get_by_label("None reported yet.");
    // The facilitator opens the form and reports 2022's CO2, verified against evidence.
    h.get_by_label("Report an outcome").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Report an outcome").click();
    h.run_steps(3);
    {
        let form = &mut app(&mut h).panels.exchanges.outcome_form;
        form.year = "2022".into();
        form.figures[1] = "9 800".into(); // co2_t, typed with a space as a thousands separator
        form.evidence = "Novo Nordisk environmental report 2022".into();
        form.verified = true;
    }
    h.get_by_label("Save outcome").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Save outcome").click();
    wait_for_jobs(&mut h);
    let d = data(&mut h);
    let outcome = d.outcomes.iter().find(|o| o.year == 2022).expect("the outcome is saved");
    assert_eq!(outcome.co2_t, Some(9800.0));
    assert!(outcome.verified);
    // Beside the modelled figure, never added to it: both are on the line.
    let line = h.get_by_label_contains("2022: modelled ").accesskit_node().value().unwrap_or_default();
    assert!(line.contains("t CO₂ per year, reported CO₂ (t CO₂e) 9,800, verified"), "{line}");
    // The charts set the two side by side.
    h.get_by_label("Charts").click();
    wait_for_jobs(&mut h);
    h.get_by_label_contains("CO₂ per exchange: modelled (t/yr) beside reported (t CO₂e)");
    h.get_by_label_contains("Novo Nordisk Kalundborg Steam: modelled ");
    h.get_by_label_contains("reported 9,800 t in 2022 (verified)");
    // One undo takes it back.
    app(&mut h).send(symbiosis_explorer::ui::command::Command::Undo);
    h.run_steps(3);
    assert!(!data(&mut h).outcomes.iter().any(|o| o.year == 2022));
}

#[test]
fn a_contact_is_absent_from_presentation_and_report_and_removing_leaves_no_trace_in_the_file() {
    let mut h = kalundborg();
    h.get_by_label("Gyproc (Saint-Gobain)").click();
    h.run_steps(3);
    for (hint, text) in
        [("full name", "Karin Testesen"), ("name@firm", "karin@example.org"), ("YYYY-MM-DD", "2024-05-02")]
    {
        type_into(&mut h, hint, text);
    }
    h.get_by_label("Add contact").click();
    h.run_steps(3);
    h.get_by_label("Karin Testesen · karin@example.org");
    h.get_by_label("consent 2024-05-02");
    let path = app(&mut h).state.project.as_ref().unwrap().session.file().path().to_path_buf();
    assert_eq!(data(&mut h).contacts.len(), 1);

    // Presentation: the room never sees her.
    h.get_by_label("Present (F11)").click();
    wait_for_jobs(&mut h);
    assert!(app(&mut h).state.presenting.as_ref().unwrap().data.contacts.is_empty());
    assert!(h.query_by_label_contains("Karin").is_none(), "no contact on screen while presenting");
    h.key_press(egui::Key::F11);
    h.run_steps(3);

    // The HTML report (File > Export) does not name her.
    let out = tempfile::tempdir().unwrap();
    h.get_by_label("Export…").click();
    h.run_steps(4);
    app(&mut h).windows.export.as_mut().expect("the export window is open").dir = out.path().display().to_string();
    h.get_by_label("HTML report (one self-contained file)").click();
    wait_for_jobs(&mut h);
    let report = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(report.contains("Gyproc"), "the report is the whole park");
    assert!(!report.contains("Karin") && !report.contains("karin@example.org"), "no contact in the report");
    app(&mut h).windows.export = None;

    // "Remove this person": asked first, then gone from the file, bytes and all.
    h.get_by_label("Remove this person…").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Remove this person…").click();
    h.run_steps(3);
    h.get_by_label_contains("This cannot be undone, and it clears the undo history.");
    h.get_by_label("Remove completely").click();
    h.run_steps(3);
    assert!(data(&mut h).contacts.is_empty());
    assert!(h.query_by_label_contains("Karin").is_none());
    let message = app(&mut h).state.message.clone().unwrap();
    assert!(message.text.contains("not undoable"), "{}", message.text);
    assert!(!app(&mut h).state.project.as_ref().unwrap().session.can_undo());
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend(std::fs::read(path.with_extension("gpkg-wal")).unwrap_or_default());
    for trace in ["Karin Testesen", "karin@example.org"] {
        assert!(!bytes.windows(trace.len()).any(|w| w == trace.as_bytes()), "the file still holds {trace}");
    }
}

#[test]
fn a_workshop_run_with_quick_entry_shows_its_entries_and_leads_in_the_workshop_view() {
    let mut h = kalundborg();
    h.get_by_label("Workshops").click();
    h.run_steps(2);
    for (hint, text) in [("e.g. kalundborg-2021-05", "round-table-2026"), ("where", "Kalundborg town hall")] {
        type_into(&mut h, hint, text);
    }
    h.get_by_label("Add workshop").click();
    h.run_steps(3);
    assert!(data(&mut h).workshops.iter().any(|w| w.id == "round-table-2026" && w.venue == "Kalundborg town hall"));
    h.get_by_label_contains("round-table-2026 · ").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Produced: 0 haves and wants entered");
    h.get_by_label("Enter haves and wants at this workshop (quick entry)").click();
    h.run_steps(3);
    let added = quick_entry_gyproc_wants_fly_ash(&mut h);
    assert_eq!(added.workshop_id, "round-table-2026", "the entry records its workshop");
    wait_for_candidate_of(&mut h, added.id);
    h.run_steps(3);
    // The workshop view lists what it produced: the entry and the candidates it led to.
    h.get_by_label("Produced: 1 haves and wants entered");
    // (The quick-entry window, still open, lists it too.)
    assert!(h.query_all_by_label("Gyproc (Saint-Gobain) wants 1,000 t Fly ash").count() >= 1);
    let leads = h.get_by_label_contains("Leads: ").accesskit_node().value().unwrap_or_default();
    assert!(!leads.starts_with("Leads: 0 "), "{leads}");
    assert!(h.query_all_by_label_contains(" -> Gyproc (Saint-Gobain): ").count() >= 1, "the leads are listed");
    h.get_by_label("Synergies from it: 0");
}

/// Changes a project file with plain SQL, as QGIS or another program would.
fn edit_with_sql(path: &std::path::Path, sql: &str) {
    rusqlite::Connection::open(path).unwrap().execute_batch(sql).unwrap();
}

#[test]
fn merging_two_copies_in_the_app_shows_conflicts_side_by_side_and_keeps_the_side_chosen_for_each() {
    let dir = tempfile::tempdir().unwrap();
    let [base, mine, theirs] =
        ["base.gpkg", "mine.gpkg", "theirs.gpkg"].map(|n| common::kalundborg_copy(dir.path(), n));
    let merged = dir.path().join("merged.gpkg");
    edit_with_sql(
        &mine,
        "UPDATE firms SET name = 'Gyproc Mine' WHERE id = 'gyproc'; UPDATE firms SET notes = 'my note' WHERE id = 'novo_nordisk'",
    );
    edit_with_sql(
        &theirs,
        "UPDATE firms SET name = 'Gyproc Theirs', notes = 'from theirs' WHERE id = 'gyproc'; UPDATE firms SET notes = 'their note' WHERE id = 'novo_nordisk'",
    );
    let mut h = opened(mine.clone());
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Merge two copies…").click();
    h.run_steps(3);
    for (hint, path) in [
        ("the copy both started from (.gpkg)", &base),
        ("your copy (.gpkg)", &mine),
        ("the other copy (.gpkg)", &theirs),
        ("the file to write (.gpkg)", &merged),
    ] {
        type_into(&mut h, hint, path.to_str().unwrap());
    }
    h.get_by_label("Merge").click();
    wait_for_jobs(&mut h);
    h.get_by_label("Conflicts (2)");
    assert!(!merged.exists(), "nothing is written while conflicts stand");
    let go = "Merge with these choices";
    assert!(h.get_by_label(go).accesskit_node().is_disabled(), "every conflict needs a side first");
    // Side by side: both values of each conflict, to choose from.
    for side in ["Theirs: Gyproc Theirs", "Mine: my note"] {
        h.get_by_label(side);
    }
    h.get_by_label("Mine: Gyproc Mine").click();
    h.run_steps(2);
    h.get_by_label_contains("1 conflict(s) still need a side");
    h.get_by_label("Theirs: their note").click();
    h.run_steps(2);
    assert!(!h.get_by_label(go).accesskit_node().is_disabled());
    h.get_by_label(go).click();
    wait_for_jobs(&mut h);
    // The merged project is written and opened: each conflict as chosen, the rest from both.
    assert_eq!(app(&mut h).state.project.as_ref().unwrap().session.file().path(), merged.as_path());
    let d = data(&mut h);
    let firm = |id: &str| d.firms.iter().find(|f| f.id.as_str() == id).unwrap().clone();
    assert_eq!(firm("gyproc").name, "Gyproc Mine");
    assert_eq!(firm("gyproc").notes, "from theirs", "a field only theirs changed");
    assert_eq!(firm("novo_nordisk").notes, "their note");
    h.get_by_label_contains("Merged into");
}

#[test]
fn a_copy_checked_out_by_a_read_only_role_opens_view_only_with_its_server_in_the_title() {
    use symbiosis_explorer::core::sync::sync_state::{self, SyncHeader, SyncState};
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.gpkg");
    let project = symbiosis_explorer::core::ProjectFile::open_with(
        common::kalundborg_gpkg(),
        symbiosis_explorer::core::OpenMode::ReadOnly,
    )
    .unwrap()
    .load()
    .unwrap();
    let header = SyncHeader {
        server: "postgres://viewer@team.example/region".into(),
        schema: "kalundborg".into(),
        bbox: None,
        at: "2026-12-02T10:00:00Z".into(),
        revision: 3,
        read_only: true,
    };
    sync_state::write(&copy, &project, &SyncState { header, base: project.clone() }).unwrap();
    let mut h = opened(copy.clone());
    let title = symbiosis_explorer::ui::windows::team::title(&app(&mut h).state);
    assert!(
        title.contains("copy of kalundborg on postgres://viewer@team.example/region, revision 3")
            && title.ends_with("read-only"),
        "{title}"
    );
    assert!(app(&mut h).state.project.as_ref().unwrap().session.file().is_read_only(), "opened view-only");
    let message = app(&mut h).state.message.clone().unwrap();
    assert!(message.text.contains("your role on the team server may only view"), "{}", message.text);
    h.get_by_label("File").click();
    h.run_steps(2);
    assert!(h.get_by_label("Check in").accesskit_node().is_disabled(), "nothing to send as a reader");
    assert!(
        !h.get_by_label("Refresh from server").accesskit_node().is_disabled(),
        "taking the server's changes is fine"
    );
    h.get_by_label("Check out from server…").click();
    h.run_steps(3);
    h.get_by_label_contains("Read-only: this role may view the server project");
}

// The pseudo-locale test: the app runs in a pseudo-language whose every message is wrapped in
// `[#…#]`, is walked through its panes, menus and windows, and fails on any visible text that
// is not wrapped and is not the project's own data (names, ids, sources, numbers): a string
// that bypasses the translations.

/// The app on the Kalundborg sample in the pseudo-language.
fn pseudo_kalundborg() -> Harness<'static, State> {
    let project = common::kalundborg_gpkg();
    let mut h = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_ui_state(
        move |ui, state: &mut State| {
            let app = state.get_or_insert_with(|| {
                App::new(
                    ui.ctx(),
                    LaunchOptions {
                        project: Some(project.clone()),
                        lang: Some(symbiosis_explorer::i18n::PSEUDO),
                        ..LaunchOptions::default()
                    },
                )
            });
            app.show(ui);
        },
        None,
    );
    h.run_steps(1);
    wait_for_jobs(&mut h);
    h
}

/// Every text of the project's own that the app may show as it is: names, ids, codes, sources,
/// notes, tour steps. Longest first, so that a name is taken out before a word inside it.
fn project_texts(data: &ProjectData) -> Vec<String> {
    let mut texts: Vec<String> = vec![];
    let meta = &data.meta;
    texts.extend([meta.name.clone(), meta.region.clone(), meta.currency.clone()]);
    texts.extend(meta.translated_rows().into_iter().map(|(_, v)| v));
    texts.push(meta.description.clone());
    texts.extend(meta.tour.iter().cloned());
    for f in &data.firms {
        texts.extend([
            f.id.0.clone(),
            f.name.clone(),
            f.nace.clone(),
            f.notes.clone(),
            f.source.clone(),
            f.country.clone(),
        ]);
        // The NACE and EWC titles of the reference lists are data, in English as published.
        if let Some(code) = symbiosis_explorer::core::reference::nace(&f.nace) {
            texts.push(code.description.clone());
        }
    }
    for f in &data.flows {
        texts.extend([f.material.0.clone(), f.source.clone(), f.quality.clone(), f.ewc.clone().unwrap_or_default()]);
        texts.push(f.unit.to_string());
    }
    for m in &data.materials {
        texts.extend([m.id.0.clone(), m.name.clone(), m.unit.to_string(), m.transport.to_string()]);
        for lang in symbiosis_explorer::i18n::LANGUAGES {
            texts.push(m.name_in(lang).to_string());
        }
        for v in [&m.ef_virgin, &m.ef_disposal, &m.virgin_price, &m.disposal_cost, &m.max_distance_km] {
            texts.push(v.source.clone());
        }
        texts.extend(m.density_t_per_m3.iter().chain(&m.energy_mwh_per_t).map(|v| v.source.clone()));
    }
    for e in &data.exchanges {
        texts.extend([e.notes.clone(), e.source.clone(), e.programme.clone()]);
        texts.push(e.unit.to_string());
    }
    for (key, _, source) in data.params.to_rows() {
        texts.extend([key, source]);
    }
    for w in &data.workshops {
        texts.extend([w.id.clone(), w.venue.clone(), w.facilitator.clone(), w.programme.clone(), w.notes.clone()]);
    }
    for s in &data.stages {
        texts.extend([s.by.clone(), s.note.clone(), s.next_action.clone(), s.next_action_owner.clone()]);
    }
    for o in &data.outcomes {
        texts.push(o.evidence.clone());
    }
    for r in &data.rules {
        texts.extend([r.supply.0.clone(), r.demand.0.clone(), r.source.clone()]);
    }
    // Codes and symbols that are the same in every language.
    texts.extend(
        ["CO₂", "CO2", "EUR", "DKK", "km", "NACE", "EWC", "GeoPackage", "Natural Earth", "GSHHG", "GeoNames"]
            .map(String::from),
    );
    texts.retain(|t| t.trim().chars().filter(|c| c.is_alphabetic()).count() >= 2);
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts.dedup();
    texts
}

/// What of `text` is neither wrapped chrome nor project data: empty when all is well.
fn unwrapped(text: &str, data_texts: &[String]) -> String {
    if text.contains("[#") {
        return String::new();
    }
    let mut rest = text.to_string();
    for d in data_texts {
        if rest.contains(d.as_str()) {
            rest = rest.replace(d.as_str(), " ");
        }
    }
    // A path (a recent project, a file written) is the user's data.
    let rest: String = rest.split(' ').filter(|w| !w.contains('/')).collect::<Vec<_>>().join(" ");
    // Numbers, units of one or two letters and punctuation carry no words.
    let words: Vec<&str> = rest.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() > 2).collect();
    words.join(" ")
}

/// Every visible text of the current frame that bypasses the translations.
fn leaks(h: &Harness<'static, State>, data_texts: &[String], step: &str, found: &mut Vec<String>) {
    // A wrapped label's lines are text runs of its node: the label itself is checked whole.
    // egui's own names of a window's resize edges, close and collapse buttons are not text the
    // app draws (and egui has no translations of them).
    const EGUI_OWN: [&str; 2] = ["Close window", "Hide"];
    for node in h.get_all_by(|n| !matches!(n.role(), egui::accesskit::Role::TextRun | egui::accesskit::Role::Splitter))
    {
        let node = node.accesskit_node();
        if node.label().is_some_and(|l| EGUI_OWN.contains(&l.as_str())) {
            continue;
        }
        for text in [node.label(), node.value()].into_iter().flatten() {
            let rest = unwrapped(&text, data_texts);
            if !rest.is_empty() {
                let line = format!("{step}: {text:?} (words {rest:?})");
                if !found.contains(&line) {
                    found.push(line);
                }
            }
        }
    }
}

fn click(h: &mut Harness<'static, State>, label: &str) {
    let Some(node) = h.query_all_by_label(label).next() else {
        let shown: Vec<String> = h.get_all_by(|_| true).filter_map(|n| n.accesskit_node().label()).collect();
        panic!("no {label:?} to click among {shown:?}");
    };
    node.click();
    h.run_steps(3);
}

fn wrapped(key: &str) -> String {
    symbiosis_explorer::i18n::message(symbiosis_explorer::i18n::PSEUDO, key, None)
}

#[test]
fn every_visible_label_of_the_app_comes_from_the_translations() {
    let mut h = pseudo_kalundborg();
    let data = app(&mut h).state.data().unwrap().clone();
    let texts = project_texts(&data);
    let mut found = vec![];
    leaks(&h, &texts, "opened", &mut found);

    // Each pane in turn.
    for (key, step) in [
        ("ui-settings", "settings"),
        ("ui-all-flows", "all flows"),
        ("ui-candidates", "candidates"),
        ("ui-exchanges", "exchanges"),
        ("ui-workshops", "workshops"),
        ("ui-flow-diagram", "flow diagram"),
        ("ui-charts", "charts"),
        ("ui-about-tour", "tour"),
        ("ui-firms", "firms"),
    ] {
        click(&mut h, &wrapped(key));
        wait_for_jobs(&mut h);
        leaks(&h, &texts, step, &mut found);
    }

    // A firm, its editor and its flows.
    click(&mut h, "Gyproc (Saint-Gobain)");
    leaks(&h, &texts, "firm editor", &mut found);
    click(&mut h, &wrapped("ui-show-flows"));
    leaks(&h, &texts, "flows of a firm", &mut found);

    // Matching, then the candidates and one candidate's breakdown.
    click(&mut h, &wrapped("ui-candidates"));
    click(&mut h, &wrapped("ui-run-matching"));
    wait_for_jobs(&mut h);
    leaks(&h, &texts, "candidates found", &mut found);

    // An exchange and its evaluation and pipeline.
    click(&mut h, &wrapped("ui-exchanges"));
    let first = data.exchanges.first().unwrap();
    let name = |id: &symbiosis_explorer::core::model::FirmId| data.firm(id).unwrap().name.clone();
    let material = data.material(&first.material).map_or(first.material.0.clone(), |m| m.name.clone());
    let label = format!("{} -> {}: {}", name(&first.from), name(&first.to), material);
    click(&mut h, &label);
    wait_for_jobs(&mut h);
    leaks(&h, &texts, "exchange detail", &mut found);

    // The menus and the windows they open.
    for (menu, step) in [("ui-file", "file menu"), ("ui-edit", "edit menu"), ("ui-view", "view menu")] {
        click(&mut h, &wrapped(menu));
        leaks(&h, &texts, step, &mut found);
        h.key_press(egui::Key::Escape);
        h.run_steps(2);
    }
    for (menu, item, step) in [
        (Some("ui-file"), "ui-merge-two-copies", "team window"),
        (None, "ui-import-csv", "import window"),
        (None, "ui-export", "export window"),
        (Some("ui-view"), "ui-quick-entry-ctrl-e", "quick entry window"),
    ] {
        if let Some(menu) = menu {
            h.key_press(egui::Key::Escape);
            h.run_steps(2);
            click(&mut h, &wrapped(menu));
        }
        click(&mut h, &wrapped(item));
        leaks(&h, &texts, step, &mut found);
    }

    // Presentation mode.
    click(&mut h, &wrapped("ui-present-f11"));
    wait_for_jobs(&mut h);
    leaks(&h, &texts, "presentation", &mut found);

    assert!(found.is_empty(), "{} visible texts bypass the translations:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_finds_a_hard_coded_label() {
    let texts = vec!["Gyproc (Saint-Gobain)".to_string()];
    assert_eq!(unwrapped("[#Show flows#]", &texts), "");
    assert_eq!(unwrapped("Gyproc (Saint-Gobain)", &texts), "");
    assert_eq!(unwrapped("1 234,5 t", &texts), "");
    assert_eq!(unwrapped("Show flows", &texts), "Show flows");
    assert_eq!(unwrapped("Gyproc (Saint-Gobain): inputs", &texts), "inputs");
}
