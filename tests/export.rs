//! Exports: CSV in the import formats (export then import reproduces the project) and GeoJSON.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use common::*;
use serde_json::Value;

#[test]
fn csv_export_then_import_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    let run = export(&kalundborg_gpkg(), "csv", &out, &["--include-confidential"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(stdout(&run), "");
    for custom in ["materials.csv", "rules.csv", "project.csv"] {
        assert!(out.join(custom).exists(), "the sample's own {custom} is exported");
    }
    let rebuilt_path = dir.path().join("rebuilt.gpkg");
    let rebuilt = rebuilt_path.display().to_string();
    let run = import_csv_dir(&out, &rebuilt_path);
    assert!(run.status.success(), "{}", stderr(&run));
    let info = |p: &str| stdout(&cli(&["info", p, "--json"]));
    assert_eq!(info(&rebuilt), info(&kalundborg_gpkg().display().to_string()));
    // Positions at full precision, the whole model equal.
    use symbiosis_explorer::core::*;
    let a = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    let b = ProjectFile::open_with(&rebuilt, OpenMode::ReadOnly).unwrap().load().unwrap();
    assert_eq!(a.firms, b.firms);
    assert_eq!(a.flows, b.flows);
    assert_eq!(a.exchanges, b.exchanges);
    let candidates = std::fs::read_to_string(out.join("candidates.csv")).unwrap();
    assert!(candidates.starts_with("supply_flow_id,supply_firm_id,supply_firm,demand_flow_id"));
    assert!(candidates.lines().count() > 10);
}

#[test]
fn confidential_flows_stay_out_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    let run = export(&kalundborg_gpkg(), "csv", &out, &[]);
    assert!(run.status.success());
    assert!(stderr(&run).contains("1 confidential flows left out"), "{}", stderr(&run));
    let flows = std::fs::read_to_string(out.join("flows.csv")).unwrap();
    // Unibio's electricity demand (40,000 MWh) is the sample's confidential flow.
    assert!(!flows.contains("unibio,demand,electricity"), "{flows}");
    assert!(flows.contains("unibio,demand,natural_gas"));
    let gj = dir.path().join("gj");
    assert!(export(&kalundborg_gpkg(), "geojson", &gj, &[]).status.success());
    let firms: Value = serde_json::from_str(&std::fs::read_to_string(gj.join("firms.geojson")).unwrap()).unwrap();
    let unibio = firms["features"].as_array().unwrap().iter().find(|f| f["properties"]["id"] == "unibio").unwrap();
    let materials: Vec<&str> =
        unibio["properties"]["flows"].as_array().unwrap().iter().map(|f| f["material"].as_str().unwrap()).collect();
    assert!(materials.contains(&"natural_gas") && !materials.contains(&"electricity"), "{materials:?}");
}

#[test]
fn geojson_parses_back_with_counts_and_lon_lat() {
    let dir = tempfile::tempdir().unwrap();
    let run = export(&kalundborg_gpkg(), "geojson", dir.path(), &[]);
    assert!(run.status.success(), "{}", stderr(&run));
    let read =
        |n: &str| -> Value { serde_json::from_str(&std::fs::read_to_string(dir.path().join(n)).unwrap()).unwrap() };
    let firms = read("firms.geojson");
    assert_eq!(firms["type"], "FeatureCollection");
    let features = firms["features"].as_array().unwrap();
    assert_eq!(features.len(), 21);
    let asnaes = features.iter().find(|f| f["properties"]["id"] == "asnaes").unwrap();
    assert_eq!(asnaes["geometry"]["coordinates"], serde_json::json!([11.080892, 55.661528]), "RFC 7946: lon, lat");
    let exchanges = read("exchanges.geojson");
    let lines = exchanges["features"].as_array().unwrap();
    assert_eq!(lines.len(), 30);
    let gypsum = lines.iter().find(|f| f["properties"]["material"] == "fgd_gypsum").unwrap();
    assert_eq!(gypsum["geometry"]["type"], "LineString");
    assert_eq!(gypsum["geometry"]["coordinates"][0], serde_json::json!([11.080892, 55.661528]));
    assert!(!read("candidates.geojson")["features"].as_array().unwrap().is_empty());
}

#[test]
fn exporting_where_a_file_stands_is_one_clear_line_and_the_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "keep me").unwrap();
    for format in ["csv", "geojson", "html", "png"] {
        let out = export(&kalundborg_gpkg(), format, &blocker, &[]);
        assert!(!out.status.success(), "{format}");
        let err = stderr(&out);
        assert!(err.contains("could not create") && err.contains("not-a-folder"), "{format}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{format}: {err}");
        assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "keep me");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing else was written");
}

/// `cards`: one A4 sheet per firm asked for (repeatable `--firm`), then the blank cards; an
/// unknown firm is refused by id and leaves an existing PDF as it was.
#[test]
fn cards_prints_a_sheet_per_firm_then_blank_cards_and_refuses_an_unknown_firm() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("cards.pdf");
    let pdf_arg = pdf.display().to_string();
    let k = kalundborg_gpkg().display().to_string();
    let pages = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let count = |p: &str| text.matches(p).count();
        count("/Type /Page") + count("/Type/Page") - count("/Type /Pages") - count("/Type/Pages")
    };
    let out = cli(&["cards", &k, "--firm", "asnaes", "--firm", "gyproc", "--blank", "3", "--out", &pdf_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("5 A4 sheets, 3 of them blank"), "{}", stdout(&out));
    let written = std::fs::read(&pdf).unwrap();
    assert!(written.starts_with(b"%PDF-"));
    assert_eq!(pages(&written), 5);

    let out = cli(&["cards", &k, "--firm", "asnaes", "--firm", "no_such_firm", "--out", &pdf_arg]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown firm 'no_such_firm'"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&pdf).unwrap(), written, "the earlier PDF is untouched");

    let out = cli(&["cards", &k, "--out", &pdf_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let info = cli(&["info", &k, "--json"]);
    let firms = serde_json::from_str::<serde_json::Value>(&stdout(&info)).unwrap()["counts"]["firms"].as_u64().unwrap();
    assert!(pages(&std::fs::read(&pdf).unwrap()) >= firms as usize, "every firm has a sheet");

    // In another language: the same sheets, other words (a different PDF); an unknown code is
    // refused with the list and nothing is written.
    let english = std::fs::read(&pdf).unwrap();
    let out = cli(&["cards", &k, "--lang", "ru", "--out", &pdf_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let russian = std::fs::read(&pdf).unwrap();
    assert_eq!(pages(&russian), pages(&english));
    assert_ne!(russian, english);
    let out = cli(&["cards", &k, "--lang", "xx", "--out", &pdf_arg]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown language 'xx'; the languages are en, ru"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&pdf).unwrap(), russian);
}

#[test]
fn with_lang_the_export_s_messages_are_in_that_language_and_without_it_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let ru = export(&kalundborg_gpkg(), "html", &dir.path().join("ru"), &["--lang", "ru"]);
    assert!(ru.status.success(), "{}", stderr(&ru));
    assert!(stderr(&ru).contains("записан "), "{}", stderr(&ru));
    assert!(stderr(&ru).contains("конфиденциальный поток исключён"), "{}", stderr(&ru));
    let en = export(&kalundborg_gpkg(), "html", &dir.path().join("en"), &[]);
    assert!(stderr(&en).contains("wrote ") && stderr(&en).contains("1 confidential flows left out"), "{}", stderr(&en));
}
