//! `import` and `info` as a user runs them: good files become a project; bad files get
//! `FILE:LINE:COLUMN: message` lines and leave nothing behind.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::path::Path;

use common::*;
use symbiosis_explorer::core::{OpenMode, ProjectFile, Unit};

const FIRMS: &str = "id,name,lat,lon,nace,employees,address,notes,source\n\
    power,Power station,55.661528,11.080892,35.11,120,,,test\n\
    boards,Board plant,55.66,11.1,23.62,,,,test\n";
const FLOWS: &str = "firm_id,direction,material,quantity,unit,ewc,quality,available_from,available_to,price_per_unit,disposal_cost_per_unit,accepts_hazardous,confidential,source\n\
    power,supply,fgd_gypsum,150000,t,10 01 05,,1993,2019,,,,,test\n\
    boards,demand,natural_gypsum,200000,t,,,1972,,,,,,test\n\
    power,supply,steam,1000,MWh,,,,,,,,yes,test\n";
const EXCHANGES: &str = "from_firm_id,to_firm_id,material,quantity,unit,status,start_year,end_year,transport,notes,source\n\
    power,boards,fgd_gypsum,150000,t,ended,1993,2019,road,,test\n\
    power,boards,steam,,,proposed,,,,,\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn import(dir: &Path, firms: &str, flows: &str, exchanges: Option<&str>) -> std::process::Output {
    let firms = write(dir, "firms.csv", firms);
    let flows = write(dir, "flows.csv", flows);
    let out = dir.join("park.gpkg").display().to_string();
    let mut args = vec!["import", "--firms", &firms, "--flows", &flows];
    let exchanges_path;
    if let Some(text) = exchanges {
        exchanges_path = write(dir, "exchanges.csv", text);
        args.extend(["--exchanges", &exchanges_path]);
    }
    args.extend(["--out", &out]);
    cli(&args)
}

fn info_json(path: &Path) -> serde_json::Value {
    let out = cli(&["info", &path.display().to_string(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("info --json prints JSON only")
}

#[test]
fn good_files_become_a_project_that_info_describes() {
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), FIRMS, FLOWS, Some(EXCHANGES));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "import prints nothing on stdout");

    let info = info_json(&dir.path().join("park.gpkg"));
    assert_eq!(info["schema_version"], 8);
    assert_eq!(info["counts"]["firms"], 2);
    assert_eq!(info["counts"]["flows"], 3);
    assert_eq!(info["counts"]["exchanges"]["ended"], 1);
    assert_eq!(info["counts"]["exchanges"]["proposed"], 1);
    assert_eq!(info["counts"]["exchanges"]["realised"], 0);
    assert_eq!(info["project"]["currency"], "EUR");
    let totals: Vec<(String, String, String, f64)> = info["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["material"].as_str().unwrap().into(),
                t["direction"].as_str().unwrap().into(),
                t["unit"].as_str().unwrap().into(),
                t["quantity"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        totals,
        vec![
            ("fgd_gypsum".into(), "supply".into(), "t".into(), 150000.0),
            ("natural_gypsum".into(), "demand".into(), "t".into(), 200000.0),
            ("steam".into(), "supply".into(), "MWh".into(), 1000.0),
        ]
    );

    let text = cli(&["info", &dir.path().join("park.gpkg").display().to_string()]);
    assert!(stdout(&text).contains("Firms:       2"), "{}", stdout(&text));
}

#[test]
fn nordic_spreadsheet_exports_import_like_plain_csv() {
    let dir = tempfile::tempdir().unwrap();
    let firms = "\u{feff}id;name;lat;lon;nace\r\npower;Asnæs Værket;55,661528;11,080892;35.11\r\nboards;Gyproc;55,66;11,1;23.62\r\n";
    let flows = "\u{feff}firm_id;direction;material;quantity;unit\r\npower;supply;fgd_gypsum;150 000,5;t\r\nboards;demand;natural_gypsum;1.200,25;t\r\n";
    let out = import(dir.path(), firms, flows, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let info = info_json(&dir.path().join("park.gpkg"));
    let quantities: Vec<f64> =
        info["totals"].as_array().unwrap().iter().map(|t| t["quantity"].as_f64().unwrap()).collect();
    assert_eq!(quantities, vec![150000.5, 1200.25]);
    let data = symbiosis_explorer::core::ProjectFile::open(dir.path().join("park.gpkg")).unwrap().load().unwrap();
    assert_eq!(data.firms[0].name, "Asnæs Værket");
    assert_eq!(data.firms[0].location.lat, 55.661528);
}

#[test]
fn each_kind_of_error_is_reported_at_its_file_line_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let firms = "id,name,lat,lon,nace\n\
        power,Power,55.66,11.08,35.11\n\
        boards,Boards,155.66,11.1,23.62\n\
        lab,Lab,55.6,11.1,99.99\n";
    let flows = "firm_id,direction,material,quantity,unit,ewc,available_from,available_to\n\
        power,supply,fgd_gypsum,150000,t,,1993,2019\n\
        nobody,supply,fly_ash,10,t,,,\n\
        power,supply,moon_dust,10,t,,,\n\
        power,supply,fly_ash,-10,t,,,\n\
        power,supply,fly_ash,10,MWh,,,\n\
        power,supply,fly_ash,10,t,,19x3,\n\
        power,supply,fly_ash,10,t,,2019,1993\n\
        power,sideways,fly_ash,10,t,,,\n\
        power,supply,fly_ash,10,t,99 99 99,,\n\
        power,supply,fly_ash,lots,t,,,\n";
    let exchanges = "from_firm_id,to_firm_id,material,quantity,unit,status,start_year,end_year\n\
        power,power,fly_ash,,,,,\n\
        power,ghost,fly_ash,,,,,\n\
        power,lab,fly_ash,,,maybe,,\n\
        power,lab,fly_ash,,,,2020,2010\n";
    let before = snapshot(dir.path());
    let out = import(dir.path(), firms, flows, Some(exchanges));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    let f = |name: &str| dir.path().join(name).display().to_string();
    let expected = [
        format!("{}:3:3: lat 155.66 is outside -90..90", f("firms.csv")),
        format!("{}:4:5: unknown NACE Rev.2 code '99.99'", f("firms.csv")),
        format!("{}:3:1: unknown firm id 'nobody'", f("flows.csv")),
        format!("{}:4:3: unknown material 'moon_dust'", f("flows.csv")),
        format!("{}:5:4: negative quantity -10", f("flows.csv")),
        format!("{}:6:5: unit mismatch: fly_ash is measured in t, not MWh", f("flows.csv")),
        format!("{}:7:7: available_from '19x3' is not a year", f("flows.csv")),
        format!("{}:8:8: end year 1993 is before start year 2019", f("flows.csv")),
        format!("{}:9:2: unknown direction 'sideways'", f("flows.csv")),
        format!("{}:10:6: unknown EWC code '99 99 99'", f("flows.csv")),
        format!("{}:11:4: quantity 'lots' is not a number", f("flows.csv")),
        format!("{}:2:2: an exchange needs two different firms", f("exchanges.csv")),
        format!("{}:3:2: unknown firm id 'ghost'", f("exchanges.csv")),
        format!("{}:4:6: unknown status 'maybe'", f("exchanges.csv")),
        format!("{}:5:8: end year 2010 is before start year 2020", f("exchanges.csv")),
    ];
    for e in &expected {
        assert!(err.lines().any(|l| l.starts_with(e.as_str())), "missing\n  {e}\nin\n{err}");
    }
    assert_eq!(err.lines().count(), expected.len(), "one line per problem:\n{err}");
    // The CSV files were written by this test after `before`; only the project must be absent.
    let after: Vec<String> = snapshot(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert!(before.is_empty());
    assert_eq!(after, vec!["exchanges.csv", "firms.csv", "flows.csv"], "no project, journal or partial file left");
}

#[test]
fn a_failed_import_leaves_an_existing_project_untouched() {
    let dir = tempfile::tempdir().unwrap();
    assert!(import(dir.path(), FIRMS, FLOWS, None).status.success());
    let project = dir.path().join("park.gpkg");
    let bytes = fs::read(&project).unwrap();
    let out = import(dir.path(), FIRMS, "firm_id,direction,material,quantity,unit\npower,supply,fly_ash,-1,t\n", None);
    assert!(!out.status.success());
    assert_eq!(fs::read(&project).unwrap(), bytes);
    let names: Vec<String> = snapshot(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, vec!["firms.csv", "flows.csv", "park.gpkg"]);
}

#[test]
fn a_missing_input_file_or_bad_project_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(&[
        "import",
        "--firms",
        "/nonexistent/firms.csv",
        "--flows",
        "x.csv",
        "--out",
        &dir.path().join("p.gpkg").display().to_string(),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/firms.csv") && err.contains("No such file"), "{err}");

    let junk = dir.path().join("junk.gpkg");
    fs::write(&junk, "hello").unwrap();
    let out = cli(&["info", &junk.display().to_string(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out).trim(),
        format!("error: {}: not a project file (not an SQLite database or GeoPackage)", junk.display())
    );
}

#[test]
fn custom_materials_rules_and_project_settings_import() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let materials = write(
        d,
        "materials.csv",
        "id,name,kind,unit,max_distance_km,transport,ef_virgin,virgin_price,source\nammonium_thiosulphate,ATS,material,t,250,road,0.5,200,test source\n",
    );
    let rules = write(d, "rules.csv", "supply_material,demand_material,ratio,source\nsteam,district_heat,0.9,test\n");
    let project = write(
        d,
        "project.csv",
        "key,value,source\nname,Test park,\ncurrency,DKK,\nview_zoom,12,\ntransport.road.circuity,1.4,local survey\n",
    );
    let firms = write(d, "firms.csv", FIRMS);
    let flows =
        write(d, "flows.csv", "firm_id,direction,material,quantity,unit\npower,supply,ammonium_thiosulphate,100,t\n");
    let out_path = d.join("park.gpkg");
    let out = cli(&[
        "import",
        "--firms",
        &firms,
        "--flows",
        &flows,
        "--materials",
        &materials,
        "--rules",
        &rules,
        "--project",
        &project,
        "--out",
        &out_path.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let data = symbiosis_explorer::core::ProjectFile::open(&out_path).unwrap().load().unwrap();
    use symbiosis_explorer::core::*;
    let ats = data.material(&MaterialId::new("ammonium_thiosulphate")).unwrap();
    assert_eq!((ats.max_distance_km.value, ats.virgin_price.value, ats.builtin), (250.0, 200.0, false));
    assert_eq!(data.substitution_ratio(&MaterialId::new("steam"), &MaterialId::new("district_heat")), Some(0.9));
    assert_eq!((data.meta.name.as_str(), data.meta.currency.as_str(), data.meta.view.zoom), ("Test park", "DKK", 12.0));
    let road = data.params.mode(TransportMode::Road);
    assert_eq!((road.circuity.value, road.circuity.source.as_str()), (1.4, "local survey"));
}

#[test]
fn quantities_in_kg_gj_or_another_dimension_are_converted_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let flows = "firm_id,direction,material,quantity,unit,price_per_unit\n\
        power,supply,fly_ash,2500,kg,\n\
        power,supply,steam,3600,GJ,\n\
        boards,demand,process_water,800,t,\n\
        boards,demand,natural_gas,3,t,\n\
        boards,demand,natural_gypsum,1000,kg,0.02\n";
    let out = import(dir.path(), FIRMS, flows, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let f = dir.path().join("flows.csv").display().to_string();
    for note in [
        format!("{f}:2:5: note: 2500 kg converted to 2.5 t for fly_ash"),
        format!("{f}:3:5: note: 3600 GJ converted to 1000 MWh for steam"),
        format!("{f}:4:5: note: 800 t converted to 800 m3 for process_water using 1 t per m3"),
        format!("{f}:5:5: note: 3 t converted to 40 MWh for natural_gas using 13.333333 MWh per t (IPCC 2006"),
    ] {
        assert!(err.lines().any(|l| l.starts_with(&note)), "missing\n  {note}\nin\n{err}");
    }
    let info = info_json(&dir.path().join("park.gpkg"));
    let total = |material: &str| {
        let row = info["totals"].as_array().unwrap().iter().find(|t| t["material"] == material).unwrap().clone();
        (row["quantity"].as_f64().unwrap(), row["unit"].as_str().unwrap().to_string())
    };
    assert_eq!(total("fly_ash"), (2.5, "t".into()));
    assert_eq!(total("steam"), (1000.0, "MWh".into()));
    assert_eq!(total("process_water"), (800.0, "m3".into()));
    assert!((total("natural_gas").0 - 40.0).abs() < 1e-9);
    // A price per kg becomes a price per t.
    let data = ProjectFile::open_with(dir.path().join("park.gpkg"), OpenMode::ReadOnly).unwrap().load().unwrap();
    let gypsum = data.flows.iter().find(|f| f.material.as_str() == "natural_gypsum").unwrap();
    assert_eq!((gypsum.quantity, gypsum.unit), (1.0, Unit::Tonne));
    assert!((gypsum.price_per_unit.unwrap() - 20.0).abs() < 1e-9);
}

#[test]
fn a_unit_the_catalogue_cannot_convert_is_explained_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let flows = "firm_id,direction,material,quantity,unit\npower,supply,fly_ash,10,m3\n";
    let out = import(dir.path(), FIRMS, flows, None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("flows.csv:2:5: unit mismatch: fly_ash is measured in t, not m3, and the catalogue gives no density (t per m3)")
            && err.contains("density_t_per_m3"),
        "{err}"
    );
    assert!(!dir.path().join("park.gpkg").exists());
}
