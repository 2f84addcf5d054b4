//! The languages of the round table in the data: material names and synonyms per language
//! (`materials.csv` `name_<code>`, `synonyms_<code>`) and Russian waste codes (`flows.csv`
//! `fkko`), through `import`, the project file and `export`, as a user runs them.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::fs;
use std::path::Path;

use common::*;
use symbiosis_explorer::core::{MaterialId, ProjectFile};

const FIRMS: &str = "id,name,lat,lon\n\
    tgk,ТГК-1 Центральная ТЭЦ,59.93,30.36\n\
    cement,Цементный завод,59.95,30.50\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn import(dir: &Path, flows: &str, materials: Option<&str>) -> std::process::Output {
    let firms = write(dir, "firms.csv", FIRMS);
    let flows = write(dir, "flows.csv", flows);
    let out = dir.join("park.gpkg").display().to_string();
    let mut args = vec!["import".to_string(), "--firms".into(), firms, "--flows".into(), flows];
    if let Some(text) = materials {
        args.extend(["--materials".into(), write(dir, "materials.csv", text)]);
    }
    args.extend(["--out".into(), out]);
    cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn an_fkko_code_is_imported_checked_for_its_form_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let flows = "firm_id,direction,material,quantity,unit,fkko\n\
        tgk,supply,fly_ash,12000,t,6 11 100 01 40 4\n\
        cement,demand,cement_raw_material,50000,t,\n";
    let out = import(dir.path(), flows, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let data = ProjectFile::open(dir.path().join("park.gpkg")).unwrap().load().unwrap();
    assert_eq!(data.flows[0].fkko.as_deref(), Some("61110001404"), "stored as eleven digits");

    // Class 4 is hazardous: the cement works does not accept hazardous input, so no candidate.
    let matched = cli(&["match", dir.path().join("park.gpkg").to_str().unwrap(), "--format", "json"]);
    assert!(matched.status.success(), "{}", stderr(&matched));
    let candidates: serde_json::Value = serde_json::from_slice(&matched.stdout).unwrap();
    assert_eq!(candidates.as_array().map(Vec::len), Some(0), "{candidates}");

    let csv_dir = dir.path().join("csv");
    let exported = export(&dir.path().join("park.gpkg"), "csv", &csv_dir, &[]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let flows_csv = fs::read_to_string(csv_dir.join("flows.csv")).unwrap();
    let header: Vec<&str> = flows_csv.lines().next().unwrap().split(',').collect();
    let first: Vec<&str> = flows_csv.lines().nth(1).unwrap().split(',').collect();
    let column = header.iter().position(|c| *c == "fkko").expect("an fkko column");
    assert_eq!(first[column], "61110001404", "{flows_csv}");
}

#[test]
fn a_malformed_fkko_code_is_a_file_line_column_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (code, expected) in [
        ("34110000000", "its last digit, the hazard class, is 0"),
        ("6 11 100 01 40", "it has 10 digits, an FKKO code has 11"),
        ("6-11-100-01-40-4*", "only digits and spaces"),
    ] {
        let flows = format!("firm_id,direction,material,quantity,unit,fkko\ntgk,supply,fly_ash,12000,t,{code}\n");
        let out = import(dir.path(), &flows, None);
        assert!(!out.status.success(), "{code} was accepted");
        let err = stderr(&out);
        assert!(err.contains("flows.csv:2:6: "), "{err}");
        assert!(err.contains(expected), "{code}: {err}");
        assert!(!dir.path().join("park.gpkg").exists(), "no project written for {code}");
    }
}

#[test]
fn material_names_per_language_come_from_the_catalogue_and_materials_csv_and_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let materials = "id,name,kind,unit,name_ru,synonyms_ru,name_lt,synonyms_en\n\
        lignin_sludge,Lignin sludge,material,t,Шлам-лигнин,шлам лигнина; лигнин,Lignino dumblas,lignin\n";
    let flows = "firm_id,direction,material,quantity,unit\n\
        tgk,supply,lignin_sludge,300,t\n\
        cement,demand,sawdust,100,t\n";
    let out = import(dir.path(), flows, Some(materials));
    assert!(out.status.success(), "{}", stderr(&out));
    let data = ProjectFile::open(dir.path().join("park.gpkg")).unwrap().load().unwrap();
    let lignin = data.material(&MaterialId::new("lignin_sludge")).unwrap();
    assert_eq!(lignin.name_in("ru"), "Шлам-лигнин");
    assert_eq!(lignin.name_in("lt"), "Lignino dumblas");
    assert_eq!(lignin.name_in("de"), "Lignin sludge", "no German name: the English one");
    assert_eq!(lignin.synonyms["ru"], vec!["шлам лигнина".to_string(), "лигнин".to_string()]);
    assert_eq!(data.find_material("лигнин").map(|m| m.id.as_str()), Some("lignin_sludge"));
    assert_eq!(data.find_material("опилки").map(|m| m.id.as_str()), Some("sawdust"));
    assert_eq!(data.find_material("Hackschnitzel").map(|m| m.id.as_str()), Some("wood_chips"));

    // Exported with its names, and imported again to the same materials.
    let csv_dir = dir.path().join("csv");
    let exported = export(&dir.path().join("park.gpkg"), "csv", &csv_dir, &[]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let materials_csv = fs::read_to_string(csv_dir.join("materials.csv")).unwrap();
    assert!(materials_csv.lines().next().unwrap().contains("name_ru,synonyms_ru"), "{materials_csv}");
    assert!(materials_csv.contains("Шлам-лигнин,шлам лигнина; лигнин"), "{materials_csv}");
    let again = dir.path().join("again.gpkg");
    let out = import_csv_dir(&csv_dir, &again);
    assert!(out.status.success(), "{}", stderr(&out));
    let reread = ProjectFile::open(&again).unwrap().load().unwrap();
    assert_eq!(reread.materials, data.materials);
}

#[test]
fn a_name_in_an_unknown_language_is_not_a_column() {
    let dir = tempfile::tempdir().unwrap();
    let materials = "id,name,kind,unit,name_xx\nlignin_sludge,Lignin sludge,material,t,?\n";
    let flows = "firm_id,direction,material,quantity,unit\ntgk,supply,lignin_sludge,300,t\n";
    let out = import(dir.path(), flows, Some(materials));
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("materials.csv:1:5: unknown column 'name_xx'"), "{err}");
    assert!(err.contains("name_ru"), "the known columns are listed: {err}");
}

/// The letters of the words a reader sees: tags, the embedded images and styles stripped.
fn visible_letters(html: &str) -> Vec<char> {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.chars().filter(|c| c.is_alphabetic()).collect()
}

#[test]
fn the_report_in_russian_speaks_russian_with_russian_numbers_and_material_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = export(&kalundborg_gpkg(), "html", dir.path(), &["--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.contains("<html lang=\"ru\">"));
    for words in
        ["<h2>Сводка</h2>", "<h2>Показатели</h2>", "<h2>Обмены</h2>", "Оптимальное распределение", "Парк в 2024 году"]
    {
        assert!(html.contains(words), "{words} missing");
    }
    // Material names in Russian with the id underneath; firm names as they are.
    assert!(html.contains("Гипс сероочистки (десульфогипс)<br><span class=\"meta\">fgd_gypsum</span>"));
    assert!(html.contains("Gyproc"), "firm names stay as they are");
    // Numbers the Russian way: a no-break space between thousands, a decimal comma.
    let total = html.split("<tr class=\"total\">").nth(1).unwrap();
    let co2 = total.split("<strong>").nth(2).unwrap().split('<').next().unwrap();
    assert!(co2.contains('\u{a0}') && co2.contains(',') && !co2.contains('.'), "{co2}");
    // Every heading and column header is Russian (NACE is a code).
    let cyrillic = |text: &str| text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    for tag in ["<h2>", "<th>"] {
        for cell in html.split(tag).skip(1) {
            let text = cell.split('<').next().unwrap();
            assert!(cyrillic(text) || text == "NACE", "{tag}{text} is not in Russian");
        }
    }
    // The breakdowns' counterfactuals and the prose of their formulas are Russian.
    assert!(html.contains("Как это оценено: поставка: "), "the counterfactual in Russian");
    assert!(html.contains("расстояние между предприятиями по дуге большого круга"), "a formula's prose");
    assert!(!html.contains("would otherwise be") && !html.contains("great-circle distance"));
    // The catalogue's sources, the terms' names and the units are Russian too.
    for words in [
        "допущение: класс Symbiosis Explorer по умолчанию: вода и газы по трубе 50 км",
        "МГЭИК 2006, т. 2, табл. 2.2, по умолчанию 56,1 кг CO2/ГДж = 0,202 т CO2/МВт·ч (сжигание)",
        "чистая выгода<br><code class=\"meta\">net_benefit</code>",
        "т CO2-экв./МВт·ч",
        "поток поставки 69: допущение: ",
    ] {
        assert!(html.contains(words), "{words} missing");
    }
    assert!(!html.contains("assumption: used only where") && !html.contains("(combustion)"));
    // Mostly Cyrillic letters: what stays Latin is the formulas' symbols (supply_left x ratio),
    // firm names, ids and the user's own sources, as given.
    let letters = visible_letters(&html);
    let share = letters.iter().filter(|c| cyrillic(&c.to_string())).count() as f64 / letters.len() as f64;
    eprintln!("Cyrillic share of all the letters of the Russian report: {:.0} %", share * 100.0);
    assert!(share > 0.5, "only {:.0} % of the Russian report's letters are Cyrillic", share * 100.0);

    // The English report of the same project has none.
    let en = tempfile::tempdir().unwrap();
    assert!(export(&kalundborg_gpkg(), "html", en.path(), &[]).status.success());
    let english = fs::read_to_string(en.path().join("report.html")).unwrap();
    assert!(!visible_letters(&english).iter().any(|c| ('\u{400}'..='\u{4ff}').contains(c)));
}

#[test]
fn an_unknown_language_is_refused_with_the_list_and_csv_is_the_same_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = export(&kalundborg_gpkg(), "html", dir.path(), &["--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("unknown language 'xx'; the languages are en, ru, da, sv, nb, fi, de, pl, et, lv, lt"),
        "{err}"
    );
    assert!(!dir.path().join("report.html").exists());
    // CSV with --lang: the files byte for byte as without it; only the messages are Russian.
    let (english, russian) = (dir.path().join("en"), dir.path().join("ru"));
    let plain = export(&kalundborg_gpkg(), "csv", &english, &[]);
    let out = export(&kalundborg_gpkg(), "csv", &russian, &["--lang", "ru"]);
    assert!(plain.status.success() && out.status.success(), "{}", stderr(&out));
    assert!(stderr(&plain).contains("wrote "), "{}", stderr(&plain));
    assert!(stderr(&out).contains("записан"), "{}", stderr(&out));
    let mut files: Vec<_> = fs::read_dir(&english).unwrap().map(|e| e.unwrap().file_name()).collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    for name in files {
        assert_eq!(fs::read(english.join(&name)).unwrap(), fs::read(russian.join(&name)).unwrap(), "{name:?}");
    }
}

#[test]
fn every_command_s_messages_follow_lang_and_without_it_stay_english() {
    let dir = tempfile::tempdir().unwrap();
    let flows = "firm_id,direction,material,quantity,unit\n\
                 tgk,supply,district_heat,\"1 000,5\",Гкал\n\
                 cement,supply,fly_ash,-5,t\n\
                 ghost,supply,fly_ash,5,t\n";
    let firms = write(dir.path(), "firms.csv", FIRMS);
    let flows_csv = write(dir.path(), "flows.csv", flows);
    let out = dir.path().join("park.gpkg").display().to_string();
    let import = |lang: &[&str]| {
        let mut args = vec!["import", "--firms", &firms, "--flows", &flows_csv, "--out", &out];
        args.extend(lang);
        cli(&args)
    };
    // The problems at their cells, in Russian with --lang ru (the option anywhere on the line).
    let ru = import(&["--lang", "ru"]);
    assert_eq!(ru.status.code(), Some(2));
    let text = stderr(&ru);
    assert!(text.contains("flows.csv:3:4: отрицательное количество -5"), "{text}");
    assert!(text.contains("flows.csv:4:1: неизвестный id предприятия 'ghost'"), "{text}");
    // Without --lang: English, word for word as before.
    let en = import(&[]);
    let text = stderr(&en);
    assert!(text.contains("flows.csv:3:4: negative quantity -5; quantities are per year and zero or more"), "{text}");
    assert!(text.contains("flows.csv:4:1: unknown firm id 'ghost' (not in the firms file)"), "{text}");
    assert!(!Path::new(&out).exists(), "nothing was written");

    // A clean file: the conversion note and the summary in German.
    write(dir.path(), "flows.csv", "firm_id,direction,material,quantity,unit\ntgk,supply,district_heat,1000.5,Гкал\n");
    let de = import(&["--lang", "de"]);
    assert!(de.status.success(), "{}", stderr(&de));
    let text = stderr(&de);
    assert!(text.contains("Hinweis: 1.000,5 Gcal in 1.163,5815 MWh umgerechnet"), "{text}");
    assert!(text.contains(": Betriebe: 2, Ströme: 1, Austausche: 0"), "{text}");
    fs::remove_file(&out).unwrap();
    let en = import(&[]);
    assert!(stderr(&en).contains("note: 1000.5 Gcal converted to 1163.5815 MWh"), "{}", stderr(&en));
    assert!(stderr(&en).contains("imported 2 firms, 1 flows, 0 exchanges into"), "{}", stderr(&en));

    // A refused file: the reason in the language asked for, before or after the command.
    let missing = dir.path().join("nothere.gpkg").display().to_string();
    let out = cli(&["--lang", "ru", "info", &missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ошибка: ") && stderr(&out).contains("такого файла нет"), "{}", stderr(&out));
    let out = cli(&["info", &missing]);
    assert!(stderr(&out).starts_with("error: ") && stderr(&out).contains(": no such file"), "{}", stderr(&out));

    // A refused option too, in Finnish with --lang fi and word for word in English without it.
    let park = dir.path().join("park.gpkg").display().to_string();
    let target = dir.path().join("x").display().to_string();
    let fi = cli(&["export", &park, "--format", "csv", "--year", "2020", "--out", &target, "--lang", "fi"]);
    assert_eq!(fi.status.code(), Some(1));
    assert_eq!(stderr(&fi).trim(), "virhe: --size, --view ja --year koskevat vain --format png -vientiä");
    let en = cli(&["match", &park, "--top", "0"]);
    assert_eq!(stderr(&en).trim(), "error: --top must be at least 1");
    let ru = cli(&["match", &park, "--top", "0", "--lang", "ru"]);
    assert_eq!(stderr(&ru).trim(), "ошибка: --top должен быть не меньше 1");
}

#[test]
fn the_map_image_draws_its_legend_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = (dir.path().join("en"), dir.path().join("ru"));
    assert!(export(&kalundborg_gpkg(), "png", &en, &["--size", "1280x720"]).status.success());
    let out = export(&kalundborg_gpkg(), "png", &ru, &["--size", "1280x720", "--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let a = image::open(en.join("map.png")).unwrap().to_rgb8();
    let b = image::open(ru.join("map.png")).unwrap().to_rgb8();
    // The same map; only the words of the legend and credits differ, in their corners.
    let differ = |x0: u32, x1: u32, y0: u32, y1: u32| {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| a.get_pixel(x, y) != b.get_pixel(x, y))
            .count()
    };
    assert!(differ(0, 400, 360, 720) > 200, "the legend's words changed");
    assert_eq!(differ(400, 880, 100, 500), 0, "the map itself is the same");
}

#[test]
fn descriptions_and_tours_in_other_languages_are_read_kept_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let firms = write(dir.path(), "firms.csv", FIRMS);
    let flows = write(dir.path(), "flows.csv", "firm_id,direction,material,quantity,unit\ntgk,supply,fly_ash,1,t\n");
    let project = write(
        dir.path(),
        "project.csv",
        "key,value\nname,Park\ndescription,A park\ndescription.ru,Парк\ntour_1,First\ntour_2,Second\n\
         tour_2.ru,Второй шаг\ntour_1.ru,Первый шаг\ntour_1.da,Første trin\n",
    );
    let out_path = dir.path().join("park.gpkg");
    let args =
        ["import", "--firms", &firms, "--flows", &flows, "--project", &project, "--out", out_path.to_str().unwrap()];
    let out = cli(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = ProjectFile::open(&out_path).unwrap().load().unwrap().meta;
    assert_eq!(meta.description_in("ru"), "Парк");
    assert_eq!(meta.description_in("de"), "A park", "no German description: the English one");
    assert_eq!(meta.tour_in("ru"), ["Первый шаг", "Второй шаг"], "in step order");
    assert_eq!(meta.tour_in("da"), ["Første trin"]);
    assert_eq!(meta.tour_in("en"), ["First", "Second"]);

    let csv_dir = dir.path().join("csv");
    assert!(export(&out_path, "csv", &csv_dir, &[]).status.success());
    let again = dir.path().join("again.gpkg");
    let out = import_csv_dir(&csv_dir, &again);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ProjectFile::open(&again).unwrap().load().unwrap().meta, meta);

    // A translated key in an unknown language is an error at its cell.
    let bad = write(dir.path(), "bad.csv", "key,value\ndescription.xx,?\n");
    let bad_out = dir.path().join("bad.gpkg");
    let out =
        cli(&["import", "--firms", &firms, "--flows", &flows, "--project", &bad, "--out", bad_out.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad.csv:2:1: 'description.xx' is not a translated key"), "{}", stderr(&out));
}

/// Every `source` text in `value` (the catalogue's, the rules' and the parameters' own).
fn sources_of(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if let (true, Some(text)) = (key.ends_with("source"), v.as_str()) {
                    out.insert(text.to_string());
                }
                sources_of(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| sources_of(v, out)),
        _ => {}
    }
}

/// The figures of a text, whatever a language's separators: "1 250,5" and "1,250.5" both
/// give 12505; "CO2" gives 2.
fn figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.replace('³', "3").chars().collect();
    let mut runs = vec![String::new()];
    for (i, &c) in chars.iter().enumerate() {
        let digit_at = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
        let thousands = |j: usize| (j..j + 3).all(digit_at) && !digit_at(j + 3);
        let joins = i > 0 && digit_at(i - 1) && digit_at(i + 1);
        if c.is_ascii_digit() {
            runs.last_mut().unwrap().push(c);
        } else if joins && (c == '.' || c == ',' || ([' ', '\u{a0}', '\u{202f}'].contains(&c) && thousands(i + 1))) {
            // a separator inside one number
        } else if !runs.last().unwrap().is_empty() {
            runs.push(String::new());
        }
    }
    runs.retain(|r| !r.is_empty());
    runs.sort();
    runs
}

#[test]
fn every_source_of_the_catalogue_is_translated_into_every_language_with_its_figures_kept() {
    use symbiosis_explorer::core::{catalogue, params::EvaluationParams};
    use symbiosis_explorer::i18n::sources::{source_in, translated_sources};
    let mut texts = std::collections::BTreeSet::new();
    sources_of(&serde_json::to_value(catalogue::builtin_materials()).unwrap(), &mut texts);
    sources_of(&serde_json::to_value(catalogue::builtin_rules()).unwrap(), &mut texts);
    sources_of(&serde_json::to_value(EvaluationParams::default()).unwrap(), &mut texts);
    texts.remove("");
    assert!(texts.len() > 200, "{} sources", texts.len());
    let table: std::collections::BTreeMap<_, _> = translated_sources().collect();
    let others = ["ru", "da", "sv", "nb", "fi", "de", "pl", "et", "lv", "lt"];
    for text in &texts {
        let row = table.get(text.as_str()).unwrap_or_else(|| panic!("no row in sources.csv for '{text}'"));
        let langs: Vec<&str> = row.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(langs, others, "{text}");
        for (lang, said) in row {
            assert!(!said.trim().is_empty() && said != text, "{lang}: '{text}' is not translated");
            assert_eq!(figures(said), figures(text), "{lang}: '{said}' does not keep the figures of '{text}'");
            assert_eq!(&source_in(lang, text), said);
        }
        assert_eq!(source_in("en", text), *text);
    }
    // No row for a text the catalogue no longer has.
    let stale: Vec<_> = table.keys().filter(|t| !texts.contains(**t)).collect();
    assert!(stale.is_empty(), "rows of sources.csv no source uses: {stale:?}");
    // The check of figures is not blind.
    assert_eq!(figures("1 250,5 EUR je t CO2"), figures("1,250.5 EUR per t CO2"));
    assert_ne!(figures("0,2 t"), figures("0.02 t"));
}
