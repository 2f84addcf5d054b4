//! The facilitator's workbench in the data: workshops, contacts, stage changes and reported
//! outcomes through `import`, the project file and `export`, as a user runs them.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::path::Path;

use common::*;
use symbiosis_explorer::core::workbench::{DropReason, Stage};
use symbiosis_explorer::core::{ExchangeStatus, ProjectFile};

const FIRMS: &str = "id,name,lat,lon\nasnaes,Asnæs Power Station,55.661,11.081\ngyproc,Gyproc,55.67,11.1\nnovo,Novo Nordisk,55.65,11.12\n";
const FLOWS: &str = "firm_id,direction,material,quantity,unit,workshop_id\n\
    asnaes,supply,fgd_gypsum,150000,t,ws-2019\n\
    gyproc,demand,natural_gypsum,200000,t,\n\
    asnaes,supply,steam,1000,MWh,\n\
    novo,demand,steam,800,MWh,\n";
const EXCHANGES: &str = "id,from_firm_id,to_firm_id,material,status,programme\n\
    10,asnaes,gyproc,fgd_gypsum,proposed,BIS Interreg 2019-2021\n\
    20,asnaes,novo,steam,realised,\n";
const WORKSHOPS: &str = "id,date,venue,facilitator,programme,notes,attendees\n\
    ws-2019,2019-10-02,Kalundborg town hall,Symbiosis Center Denmark,BIS Interreg 2019-2021,illustrative,asnaes;gyproc\n";
const CONTACTS: &str = "firm_id,name,role,email,phone,language,consent_date,consent_basis,workshops\n\
    gyproc,Karin Testesen,Plant manager,karin@example.org,+45 0000 0000,da,2019-10-02,signed at the workshop,ws-2019\n";
const STAGES: &str = "exchange_id,stage,date,by,note,next_action,next_action_due,next_action_owner\n\
    10,identified,2019-10-02,facilitator,found at the round table,call Gyproc,2019-10-15,Anna\n\
    10,contacted,2019-10-14,facilitator,,meet both,2019-11-01,\n\
    10,agreed,2020-03-01,facilitator,contract signed,,,\n";
const OUTCOMES: &str = "exchange_id,year,landfill_diversion_t,co2_t,cost_savings,additional_sales,jobs_created,jobs_safeguarded,private_investment,water_saved_m3,virgin_material_saved_t,evidence,verified\n\
    10,2021,150000,9800,1200000,,2,,500000,,150000,annual report 2021 p. 12,true\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `import` of the files given as (flag, name, text), with firms and flows.
fn import(dir: &Path, files: &[(&str, &str, &str)]) -> std::process::Output {
    import_with(dir, files, &[])
}

/// [`import`] with more arguments (`--lang ru`).
fn import_with(dir: &Path, files: &[(&str, &str, &str)], extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "import".to_string(),
        "--firms".into(),
        write(dir, "firms.csv", FIRMS),
        "--flows".into(),
        write(dir, "flows.csv", FLOWS),
    ];
    for (flag, name, text) in files {
        args.push(format!("--{flag}"));
        args.push(write(dir, name, text));
    }
    args.extend(["--out".into(), dir.join("park.gpkg").display().to_string()]);
    args.extend(extra.iter().map(|a| a.to_string()));
    cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

fn all_files() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        ("exchanges", "exchanges.csv", EXCHANGES),
        ("workshops", "workshops.csv", WORKSHOPS),
        ("contacts", "contacts.csv", CONTACTS),
        ("stages", "stages.csv", STAGES),
        ("outcomes", "outcomes.csv", OUTCOMES),
    ]
}

#[test]
fn workshops_contacts_stages_and_outcomes_are_imported_and_the_latest_stage_sets_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), &all_files());
    assert!(out.status.success(), "{}", stderr(&out));
    // exchanges.csv said proposed; the latest stage (agreed, 2020-03-01) wins, and says so.
    let err = stderr(&out);
    assert!(
        err.contains("exchanges.csv:2:5: note: exchange 10 has status proposed but its latest stage is agreed (2020-03-01): the stage wins, status agreed"),
        "{err}"
    );
    let ru = stderr(&import_with(tempfile::tempdir().unwrap().path(), &all_files(), &["--lang", "ru"]));
    assert!(
        ru.contains("exchanges.csv:2:5: примечание: у обмена 10 статус proposed, но его последний этап — agreed"),
        "{ru}"
    );
    let data = ProjectFile::open(dir.path().join("park.gpkg")).unwrap().load().unwrap();
    let gypsum = data.exchanges.iter().find(|e| e.id.0 == 10).expect("the id of exchanges.csv is kept");
    assert_eq!(gypsum.status, ExchangeStatus::Agreed);
    assert_eq!(gypsum.programme, "BIS Interreg 2019-2021");
    assert_eq!(data.exchanges.iter().find(|e| e.id.0 == 20).unwrap().status, ExchangeStatus::Realised);
    assert_eq!(data.flows[0].workshop_id, "ws-2019");
    assert_eq!(data.stages.len(), 3);
    assert_eq!(data.stages[1].next_action_due.as_deref(), Some("2019-11-01"));
    assert_eq!(data.outcomes[0].co2_t, Some(9800.0));
    assert!(data.outcomes[0].verified);
    assert_eq!(data.outcomes[0].water_saved_m3, None, "an empty figure is not reported, not zero");
    assert_eq!(data.stages[0].next_action_owner, "Anna", "the next action has an owner");
    assert_eq!(data.contacts[0].language, "da");
    assert_eq!(data.contacts[0].workshops, ["ws-2019"], "the person attended the workshop");
    assert_eq!(data.workshops[0].facilitator, "Symbiosis Center Denmark");
    let attendees: Vec<&str> = data.workshops[0].attendees.iter().map(|f| f.as_str()).collect();
    assert_eq!(attendees, ["asnaes", "gyproc"]);
}

#[test]
fn the_workbench_round_trips_through_csv_and_contacts_leave_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let project = dir.path().join("park.gpkg");
    let data = ProjectFile::open(&project).unwrap().load().unwrap();

    let public = dir.path().join("public");
    let out = export(&project, "csv", &public, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in ["stages.csv", "outcomes.csv", "workshops.csv"] {
        assert!(public.join(name).exists(), "{name} is always exported");
    }
    assert!(!public.join("contacts.csv").exists(), "personal data stays in unless asked for");
    for file in fs::read_dir(&public).unwrap() {
        let text = fs::read_to_string(file.unwrap().path()).unwrap();
        assert!(!text.contains("Karin") && !text.contains("karin@example.org"), "no personal data in any file");
    }

    let internal = dir.path().join("internal");
    let out = export(&project, "csv", &internal, &["--include-personal"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let contacts = fs::read_to_string(internal.join("contacts.csv")).unwrap();
    assert!(contacts.starts_with("firm_id,name,role,email,phone,language,consent_date,consent_basis,workshops\n"));
    assert!(contacts.contains("Karin Testesen"));
    let exchanges = fs::read_to_string(internal.join("exchanges.csv")).unwrap();
    assert!(exchanges.lines().next().unwrap().ends_with(",id,programme"));

    let again = dir.path().join("again.gpkg");
    let out = import_csv_dir(&internal, &again);
    assert!(out.status.success(), "{}", stderr(&out));
    let reread = ProjectFile::open(&again).unwrap().load().unwrap();
    assert_eq!(reread.exchanges, data.exchanges);
    assert_eq!(reread.stages, data.stages);
    assert_eq!(reread.outcomes, data.outcomes);
    assert_eq!(reread.contacts, data.contacts);
    assert_eq!(reread.workshops, data.workshops);
    assert_eq!(
        reread.flows.iter().map(|f| &f.workshop_id).collect::<Vec<_>>(),
        data.flows.iter().map(|f| &f.workshop_id).collect::<Vec<_>>()
    );

    let out = export(&project, "html", &dir.path().join("html"), &["--include-personal"]);
    assert!(!out.status.success(), "contacts are in no report");
}

#[test]
fn bad_workbench_rows_are_file_line_column_errors_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, name, text, expected) in [
        (
            "stages",
            "stages.csv",
            "exchange_id,stage,date\n99,identified,2020-01-01\n",
            "stages.csv:2:1: unknown exchange 99",
        ),
        (
            "stages",
            "stages.csv",
            "exchange_id,stage,date\n10,signed,2020-01-01\n",
            "stages.csv:2:2: unknown stage 'signed'",
        ),
        (
            "stages",
            "stages.csv",
            "exchange_id,stage,date\n10,met,01.02.2020\n",
            "stages.csv:2:3: date '01.02.2020' is not a date written YYYY-MM-DD",
        ),
        (
            "stages",
            "stages.csv",
            "exchange_id,stage,date,reason\n10,met,2020-01-01,economic\n",
            "stages.csv:2:4: a reason is given only where the stage is dropped",
        ),
        ("contacts", "contacts.csv", "firm_id,name\nnobody,X\n", "contacts.csv:2:1: unknown firm 'nobody'"),
        (
            "contacts",
            "contacts.csv",
            "firm_id,name,language\ngyproc,X,klingon\n",
            "contacts.csv:2:3: unknown language 'klingon'; the languages are en, ru, da",
        ),
        (
            "outcomes",
            "outcomes.csv",
            "exchange_id,year,co2_t\n10,2021,1\n10,2021,2\n",
            "outcomes.csv:3:2: exchange 10 has a second outcome for 2021",
        ),
        (
            "outcomes",
            "outcomes.csv",
            "exchange_id,year,verified\n10,2021,maybe\n",
            "outcomes.csv:2:3: verified 'maybe' is not yes/no",
        ),
        (
            "outcomes",
            "outcomes.csv",
            "exchange_id,year,co2_t\n10,2021,lots\n",
            "outcomes.csv:2:3: co2_t 'lots' is not a number",
        ),
        (
            "workshops",
            "workshops.csv",
            "id,date\nws-2019,2019-13-01\n",
            "workshops.csv:2:2: date '2019-13-01' is not a date",
        ),
        (
            "workshops",
            "workshops.csv",
            "id,date,attendees\nws-2019,2019-10-01,asnaes;nobody\n",
            "workshops.csv:2:3: unknown firm 'nobody' (not in firms.csv)",
        ),
        (
            "contacts",
            "contacts.csv",
            "firm_id,name,workshops\ngyproc,X,ws-2020\n",
            "contacts.csv:2:3: unknown workshop 'ws-2020' (not in workshops.csv)",
        ),
    ] {
        let mut files = vec![("exchanges", "exchanges.csv", EXCHANGES), (flag, name, text)];
        if flag != "workshops" {
            files.push(("workshops", "workshops.csv", WORKSHOPS));
        }
        let out = import(dir.path(), &files);
        assert!(!out.status.success(), "{name}: {text} was accepted");
        assert!(stderr(&out).contains(expected), "{expected}\n{}", stderr(&out));
        assert!(!dir.path().join("park.gpkg").exists(), "nothing written for {name}");
        // The same problem at the same cell in Russian, none of its English words left.
        let ru = stderr(&import_with(dir.path(), &files, &["--lang", "ru"]));
        let cell = expected.split(": ").next().unwrap();
        let said = ru.lines().find(|l| l.contains(cell)).unwrap_or_else(|| panic!("{cell} in {ru}"));
        let words = said.split_once(cell).unwrap().1;
        assert!(words.chars().any(|c| ('а'..='я').contains(&c)), "in Russian: {said}");
        assert!(!words.contains(" is not ") && !words.contains("unknown"), "no English left: {said}");
    }
    // A flow naming a workshop that workshops.csv does not have.
    let out = import(dir.path(), &[("exchanges", "exchanges.csv", EXCHANGES)]);
    assert!(stderr(&out).contains("flows.csv:2:6: unknown workshop 'ws-2019'"), "{}", stderr(&out));
}

#[test]
fn stage_words_and_drop_reasons_are_the_issue_s() {
    assert_eq!(
        Stage::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        ["identified", "contacted", "met", "feasibility", "agreed", "implemented", "completed", "dropped"]
    );
    assert_eq!(
        DropReason::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        ["technical", "economic", "regulatory", "quality", "no_interest", "other"]
    );
}

#[test]
fn the_workbench_tables_are_registered_for_qgis_and_an_older_file_gains_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.gpkg");
    ProjectFile::create_at_version(&path, &small_project(), false, 6).unwrap();
    let tables = |path: &Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('stages', 'outcomes', 'contacts', 'workshops')",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(tables(&path), 0, "schema 6 had none of them");
    let data = ProjectFile::open(&path).unwrap().load().unwrap();
    assert_eq!(tables(&path), 4, "opening migrated the file");
    assert!(data.stages.is_empty() && data.exchanges.iter().all(|e| e.programme.is_empty()));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let registered: Vec<(String, String)> = conn
        .prepare("SELECT table_name, description FROM gpkg_contents WHERE data_type = 'attributes' ORDER BY table_name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let names: Vec<&str> = registered.iter().map(|(n, _)| n.as_str()).collect();
    for table in ["contacts", "outcomes", "stages", "workshops"] {
        assert!(names.contains(&table), "{table} is listed in gpkg_contents: {names:?}");
    }
    let contacts = &registered.iter().find(|(n, _)| n == "contacts").unwrap().1;
    assert!(contacts.starts_with("PERSONAL DATA"), "marked as personal data in the file: {contacts}");
}

/// `programme-report PROJECT --format FORMAT --out DIR` and `extra`.
fn programme_report(project: &Path, format: &str, dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args =
        vec!["programme-report", project.to_str().unwrap(), "--format", format, "--out", dir.to_str().unwrap()];
    args.extend(extra);
    cli(&args)
}

/// `programme-report` as CSV: (section, item) -> (value, verified).
fn programme_csv(
    project: &Path,
    dir: &Path,
    extra: &[&str],
) -> std::collections::HashMap<(String, String), (String, String)> {
    let out = programme_report(project, "csv", dir, extra);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = fs::read_to_string(dir.join("programme_report.csv")).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("section,item,value,verified"));
    lines
        .map(|line| {
            let cells: Vec<String> = line.split(',').map(str::to_string).collect();
            ((cells[0].clone(), cells[1].clone()), (cells[2].clone(), cells[3].clone()))
        })
        .collect()
}

#[test]
fn the_programme_report_counts_synergies_by_stage_and_sets_reported_beside_modelled() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let project = dir.path().join("park.gpkg");
    let get = |rows: &std::collections::HashMap<(String, String), (String, String)>, s: &str, i: &str| {
        rows.get(&(s.to_string(), i.to_string())).cloned().unwrap_or_else(|| panic!("no row {s},{i}"))
    };

    // The programme has one synergy, at agreed, reached through identified and contacted.
    let rows = programme_csv(&project, &dir.path().join("bis"), &["--programme", "BIS Interreg 2019-2021"]);
    assert_eq!(get(&rows, "synergies", "all").0, "1");
    assert_eq!(get(&rows, "stage", "agreed").0, "1");
    assert_eq!(get(&rows, "stage", "completed").0, "0");
    assert_eq!(get(&rows, "conversion", "identified -> contacted").0, "1");
    assert_eq!(get(&rows, "conversion", "agreed -> implemented").0, "0");
    assert_eq!(get(&rows, "reported", "co2_t"), ("9800".to_string(), "9800".to_string()));
    assert_eq!(get(&rows, "reported", "jobs_created"), ("2".to_string(), "2".to_string()));
    assert!(rows.contains_key(&("modelled".to_string(), "co2_t".to_string())), "modelled beside reported");
    assert_eq!(get(&rows, "workshop", "ws-2019: synergies").0, "1", "the gypsum flow came from the workshop");
    assert_eq!(get(&rows, "facilitator", "facilitator: synergies").0, "1");

    // Without a programme or dates: every synergy, the realised steam exchange at the stage its
    // status stands for.
    let rows = programme_csv(&project, &dir.path().join("all"), &[]);
    assert_eq!(get(&rows, "synergies", "all").0, "2");
    assert_eq!(get(&rows, "stage", "implemented").0, "1");
    assert_eq!(get(&rows, "synergies", "without_stage_history").0, "1", "the steam exchange has no stages");
    // Asnæs's gypsum was entered at the workshop, its steam was not: the steam exchange is not
    // the workshop's.
    assert_eq!(get(&rows, "workshop", "ws-2019: synergies").0, "1", "{rows:?}");
    assert_eq!(get(&rows, "workshop", "(none): synergies").0, "1", "{rows:?}");
    // Not reported is not zero; the model's CO2 of the reporting synergies stands beside theirs.
    assert_eq!(get(&rows, "reported", "water_saved_m3"), (String::new(), String::new()));
    let number = |s: &str| s.parse::<f64>().unwrap();
    let all = number(&get(&rows, "modelled", "co2_t").0);
    let of_reporting = number(&get(&rows, "modelled", "co2_t_of_reporting_synergies").0);
    assert!(all > 0.0 && of_reporting < all, "the running steam exchange reported nothing: {all} vs {of_reporting}");

    // A window of dates counts the stage changes within it only.
    let rows = programme_csv(&project, &dir.path().join("2020"), &["--from", "2020-01-01", "--to", "2020-12-31"]);
    assert_eq!(get(&rows, "synergies", "all").0, "1");
    assert_eq!(get(&rows, "stage", "agreed").0, "1");

    // The HTML is one self-contained page.
    let out = programme_report(&project, "html", &dir.path().join("html"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = fs::read_to_string(dir.path().join("html/programme_report.html")).unwrap();
    assert!(
        html.contains("<h2>Outcomes: reported beside modelled</h2>")
            && !html.contains("<script")
            && !html.contains("http")
    );
    assert!(!html.contains("Karin"), "no personal data in the report");
}

#[test]
fn the_programme_report_speaks_the_language_of_lang_and_its_csv_stays_the_same() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let project = dir.path().join("park.gpkg");
    let report = |lang: &str, format: &str| {
        let out_dir = dir.path().join(format!("{lang}-{format}"));
        let out = programme_report(&project, format, &out_dir, &["--lang", lang]);
        assert!(out.status.success(), "{}", stderr(&out));
        let file = out_dir.join(format!("programme_report.{format}"));
        (fs::read_to_string(&file).unwrap(), stderr(&out))
    };
    let (html, said) = report("ru", "html");
    assert!(html.contains("<html lang=\"ru\">"), "{}", &html[..200]);
    for words in [
        "отчёт по программе",
        "<h2>Синергии по этапам</h2>",
        "<h2>Переход между этапами</h2>",
        "<td>технико-экономическое обоснование</td>",
        "<h2>Результаты: отчётные рядом с модельными</h2>",
        "<td>Создано рабочих мест</td>",
        "нет отчёта",
        "(действующих, 2026 г.)",
        "<td>(без семинара)</td>",
        "Синергий без записанной смены этапа: 1 из 2.",
    ] {
        assert!(html.contains(words), "the Russian programme report says {words:?}: {html}");
    }
    for english in ["Synergies by stage", "reached from", "not reported", "net benefit", "feasibility"] {
        assert!(!html.contains(english), "no English {english:?} left in the Russian report");
    }
    assert!(said.contains("синергий: 2"), "stderr in Russian too: {said}");
    // Numbers with Russian separators: the modelled CO2 is in the thousands.
    let modelled = html.split("т/год (все действующие)").next().unwrap().rsplit('>').next().unwrap().trim();
    assert!(modelled.contains('\u{a0}') || modelled.len() < 4, "grouped the Russian way: {modelled:?}");
    // The German report in German; the CSV is the same bytes in every language.
    let (de, _) = report("de", "html");
    assert!(de.contains("<h2>Übergang zwischen Stufen</h2>") && de.contains("<td>Machbarkeitsstudie</td>"));
    assert_eq!(report("ru", "csv").0, report("en", "csv").0);
    // The refusals in Russian as well.
    let out = programme_report(&project, "csv", dir.path(), &["--programme", "Nope", "--lang", "ru"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("ни один обмен не относится к программе «Nope»"), "{}", stderr(&out));
}

#[test]
fn a_programme_report_of_an_unknown_programme_or_a_backwards_window_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let project = dir.path().join("park.gpkg");
    let run = |extra: &[&str]| programme_report(&project, "csv", dir.path(), extra);
    let out = run(&["--programme", "Nope"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out)
            .contains("no exchange belongs to programme 'Nope' (the project's programmes: BIS Interreg 2019-2021)"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--from", "2021-01-01", "--to", "2020-01-01"]);
    assert!(stderr(&out).contains("--from 2021-01-01 is after --to 2020-01-01"), "{}", stderr(&out));
    let out = run(&["--from", "1.1.2020"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'1.1.2020' is not a date written YYYY-MM-DD"), "{}", stderr(&out));
    assert!(!dir.path().join("programme_report.csv").exists());
}

fn session_of(path: &Path) -> symbiosis_explorer::core::session::Session {
    symbiosis_explorer::core::session::Session::new(ProjectFile::open(path).unwrap()).unwrap()
}

/// Whether the file's bytes (and its write-ahead log, if any) hold `text`.
fn file_holds(path: &Path, text: &str) -> bool {
    let mut bytes = fs::read(path).unwrap();
    let wal = path.with_extension("gpkg-wal");
    if wal.exists() {
        bytes.extend(fs::read(wal).unwrap());
    }
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn removing_a_person_leaves_no_trace_of_the_name_in_the_file_and_cannot_be_undone() {
    use symbiosis_explorer::core::history::Edit;
    use symbiosis_explorer::core::workbench::{Contact, StageChange};
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let path = dir.path().join("park.gpkg");
    let mut session = session_of(&path);
    let karin = session.data().contacts[0].clone();
    // The facilitator mentions her in a stage note, and edits her phone once (the old row's
    // bytes are freed inside the file).
    let change = StageChange {
        exchange: symbiosis_explorer::core::ExchangeId(10),
        stage: Stage::Met,
        date: "2020-01-10".into(),
        by: "facilitator".into(),
        note: "met Karin Testesen on site".into(),
        reason: None,
        next_action: "send Karin Testesen the offer".into(),
        next_action_due: None,
        next_action_owner: String::new(),
    };
    session.apply(session.stage_edit(change).unwrap()).unwrap();
    let edited = Contact { phone: "+45 1111 1111".into(), ..karin.clone() };
    session.apply(Edit::SetContact { before: Some(karin.clone()), after: edited }).unwrap();
    // ... and in an exchange's notes and a flow's source.
    let gypsum = session.data().exchanges.iter().find(|e| e.id.0 == 10).unwrap().clone();
    let noted =
        symbiosis_explorer::core::Exchange { notes: "price agreed with Karin Testesen".into(), ..gypsum.clone() };
    session.apply(Edit::UpdateExchange { before: gypsum, after: noted }).unwrap();
    let flow = session.data().flows[0].clone();
    let sourced = symbiosis_explorer::core::Flow { source: "phone call, karin@example.org".into(), ..flow.clone() };
    session.apply(Edit::UpdateFlow { before: flow, after: sourced }).unwrap();
    let other = Contact {
        id: 0,
        name: "Ole Andersen".into(),
        email: "ole@example.org".into(),
        phone: "+45 2222 2222".into(),
        ..karin.clone()
    };
    session.apply(Edit::SetContact { before: None, after: other }).unwrap();
    assert!(session.can_undo());

    let text = session.erase_contact(karin.id).unwrap().to_string();
    assert!(text.contains("not undoable"), "{text}");
    assert!(!session.can_undo(), "the undo history is gone: nothing can bring her back");
    assert_eq!(session.data().contacts.len(), 1, "the other person stays");
    assert_eq!(session.data().contacts[0].name, "Ole Andersen");
    let note = &session.data().stages.iter().find(|s| s.stage == Stage::Met).unwrap();
    assert_eq!(note.note, "met (person removed) on site", "references in free texts go too");
    assert_eq!(note.next_action, "send (person removed) the offer");
    let exchange = session.data().exchanges.iter().find(|e| e.id.0 == 10).unwrap();
    assert_eq!(exchange.notes, "price agreed with (person removed)");
    assert_eq!(session.data().flows[0].source, "phone call, (person removed)");
    for trace in ["Karin Testesen", "karin@example.org", "+45 0000 0000", "+45 1111 1111"] {
        assert!(!file_holds(&path, trace), "the file still holds {trace}");
    }
    drop(session);
    for trace in ["Karin Testesen", "karin@example.org", "+45 1111 1111"] {
        assert!(!file_holds(&path, trace), "after closing, the file still holds {trace}");
    }
    assert!(file_holds(&path, "Ole Andersen"), "the check can find a name that is there");
    let reread = ProjectFile::open(&path).unwrap().load().unwrap();
    assert_eq!(reread.contacts.len(), 1);
}

#[test]
fn a_firm_deleted_takes_its_contacts_and_undo_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let path = dir.path().join("park.gpkg");
    let mut session = session_of(&path);
    let gyproc = symbiosis_explorer::core::FirmId::new("gyproc");
    let edit = session.delete_firm_edit(&gyproc).unwrap();
    session.apply(edit).unwrap();
    assert!(session.data().contacts.is_empty());
    assert!(ProjectFile::open(&path).unwrap().load().unwrap().contacts.is_empty(), "gone from the file too");
    session.undo().unwrap().unwrap();
    assert_eq!(session.contacts_of(&gyproc).len(), 1);
    let reread = ProjectFile::open(&path).unwrap().load().unwrap();
    assert_eq!(reread.contacts, session.data().contacts, "undo restored the same row");
}

#[test]
fn outcomes_and_workshops_edited_in_the_app_are_one_undoable_step_each() {
    use symbiosis_explorer::core::history::Edit;
    use symbiosis_explorer::core::workbench::Outcome;
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let path = dir.path().join("park.gpkg");
    let mut session = session_of(&path);
    let steam = symbiosis_explorer::core::ExchangeId(20);
    let mut outcome = Outcome::new(steam, 2022);
    outcome.co2_t = Some(400.0);
    outcome.verified = true;
    session
        .apply(Edit::SetOutcome { exchange: steam, year: 2022, before: None, after: Some(outcome.clone()) })
        .unwrap();
    let stored = |path: &Path| ProjectFile::open(path).unwrap().load().unwrap();
    assert!(stored(&path).outcomes.contains(&outcome));
    let mut revised = outcome.clone();
    revised.co2_t = Some(350.0);
    session
        .apply(Edit::SetOutcome {
            exchange: steam,
            year: 2022,
            before: Some(outcome.clone()),
            after: Some(revised.clone()),
        })
        .unwrap();
    assert_eq!(stored(&path).outcomes.iter().filter(|o| o.exchange == steam).count(), 1, "one row per year");
    session.undo().unwrap().unwrap();
    assert!(stored(&path).outcomes.contains(&outcome));
    assert!(session.data().outcomes.contains(&outcome));
    session.undo().unwrap().unwrap();
    assert!(!stored(&path).outcomes.iter().any(|o| o.exchange == steam));

    let before = session.data().workshops[0].clone();
    let mut after = before.clone();
    after.attendees.push(symbiosis_explorer::core::FirmId::new("novo"));
    session
        .apply(Edit::SetWorkshop { id: before.id.clone(), before: Some(before.clone()), after: Some(after.clone()) })
        .unwrap();
    assert_eq!(stored(&path).workshops, [after]);
    session.undo().unwrap().unwrap();
    assert_eq!(stored(&path).workshops, std::slice::from_ref(&before));
    assert_eq!(session.data().workshops, [before]);
    // A bad date is refused, and nothing changes.
    let mut bad = session.data().workshops[0].clone();
    bad.date = "2019-02-30".into();
    let id = bad.id.clone();
    assert!(session.apply(Edit::SetWorkshop { id, before: None, after: Some(bad) }).is_err());
    assert_eq!(stored(&path).workshops.len(), 1);
}

#[test]
fn a_schema_7_file_keeps_its_workbench_and_gains_owners_and_attendees() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), &all_files()).status.success());
    let data = ProjectFile::open(dir.path().join("park.gpkg")).unwrap().load().unwrap();
    let old = dir.path().join("old.gpkg");
    ProjectFile::create_at_version(&old, &data, false, 7).unwrap();
    let columns = |table: &str| -> Vec<String> {
        let conn = rusqlite::Connection::open(&old).unwrap();
        let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')")).unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert!(!columns("stages").contains(&"next_action_owner".to_string()), "schema 7 had no owners");

    let migrated = ProjectFile::open(&old).unwrap().load().unwrap();
    assert!(columns("stages").contains(&"next_action_owner".to_string()));
    assert!(columns("workshops").contains(&"attendees".to_string()));
    assert!(columns("contacts").contains(&"workshops".to_string()));
    let info = cli(&["info", old.to_str().unwrap()]);
    assert!(stdout(&info).contains("Schema:      8"), "{}", stdout(&info));
    // What schema 7 held is all there; what it could not hold is empty, not invented.
    assert_eq!(migrated.stages.len(), data.stages.len());
    assert_eq!(migrated.stages[0].next_action, "call Gyproc");
    assert!(migrated.stages.iter().all(|s| s.next_action_owner.is_empty()));
    assert_eq!(migrated.workshops[0].venue, "Kalundborg town hall");
    assert!(migrated.workshops[0].attendees.is_empty());
    assert_eq!(migrated.contacts[0].name, "Karin Testesen");
    assert!(migrated.contacts[0].workshops.is_empty());
    assert_eq!(migrated.outcomes, data.outcomes);
}

#[test]
fn a_workshop_whose_id_reads_like_the_no_workshop_group_keeps_its_own_synergies() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let project = d.join("park.gpkg");
    let args = [
        ("--firms", write(d, "firms.csv", FIRMS)),
        ("--flows", write(d, "flows.csv", &FLOWS.replace("ws-2019", "(none)"))),
        ("--exchanges", write(d, "exchanges.csv", EXCHANGES)),
        ("--workshops", write(d, "workshops.csv", &WORKSHOPS.replace("ws-2019", "(none)"))),
    ];
    let mut argv = vec!["import".to_string()];
    argv.extend(args.into_iter().flat_map(|(flag, path)| [flag.to_string(), path]));
    argv.extend(["--out".to_string(), project.display().to_string()]);
    let out = cli(&argv.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.status.success(), "{}", stderr(&out));
    // The gypsum synergy came from the workshop "(none)", the steam one from no workshop: two
    // groups, one synergy each, not one group of two.
    assert!(programme_report(&project, "csv", &d.join("csv"), &[]).status.success());
    let csv = fs::read_to_string(d.join("csv/programme_report.csv")).unwrap();
    let groups: Vec<&str> = csv.lines().filter(|l| l.starts_with("workshop,(none): synergies,")).collect();
    assert_eq!(groups, ["workshop,(none): synergies,1,", "workshop,(none): synergies,1,"], "{csv}");
    assert!(programme_report(&project, "html", &d.join("html"), &[]).status.success());
    let html = fs::read_to_string(d.join("html/programme_report.html")).unwrap();
    assert!(html.contains("<td>(none)</td>") && html.contains("<td>(no workshop)</td>"), "{html}");
}
