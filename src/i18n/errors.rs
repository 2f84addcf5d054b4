//! The core's errors in the user's language.
//!
//! The core writes its errors in English (the command line's words, which scripts read); the
//! desktop app shows them through [`Localized`], which puts the same facts into the message of
//! `assets/i18n/<code>/errors.ftl`. English gives back exactly the error's own text (a test
//! checks every variant), so nothing changes where no language was chosen. Details that come
//! from the operating system, SQLite or the server stay as those wrote them.

use super::{english, say};
use crate::core::csv_import::{CsvProblem, ImportError};
use crate::core::error::{OpenError, StoreError};
use crate::core::lang::Phrase;
use crate::core::model::UnitError;
use crate::core::numbers::NumberError;
use crate::core::reference::FkkoError;
use crate::core::sync::pg::TeamError;

/// An error that can be written in any of the app's languages.
pub trait Localized: std::fmt::Display {
    /// The error in `lang` (a code of [`super::LANGUAGES`] or the pseudo-language).
    fn in_lang(&self, lang: &str) -> String;

    /// The error in the desktop app's current language ([`super::ui_language`]).
    fn localized(&self) -> String {
        self.in_lang(super::ui_language())
    }
}

fn path_of(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl Localized for OpenError {
    fn in_lang(&self, lang: &str) -> String {
        use OpenError::*;
        let p = |path: &std::path::Path| ("path", path_of(path));
        match self {
            NotFound(path) => say(lang, "err-open-not-found", [p(path)]),
            Empty(path) => say(lang, "err-open-empty", [p(path)]),
            NotSqlite(path) => say(lang, "err-open-not-sqlite", [p(path)]),
            Truncated { path, expected, actual } => say(
                lang,
                "err-open-truncated",
                [p(path), ("expected", expected.to_string()), ("actual", actual.to_string())],
            ),
            Corrupt { path, detail } => say(lang, "err-open-corrupt", [p(path), ("detail", detail.clone())]),
            ForeignSqlite(path) => say(lang, "err-open-foreign-sqlite", [p(path)]),
            ForeignGeoPackage(path) => say(lang, "err-open-foreign-geopackage", [p(path)]),
            TooNew { path, found, supported } => say(
                lang,
                "err-open-too-new",
                [p(path), ("found", found.to_string()), ("supported", supported.to_string())],
            ),
            BadVersion { path, found, supported } => say(
                lang,
                "err-open-bad-version",
                [p(path), ("found", found.clone()), ("supported", supported.to_string())],
            ),
            NeedsUpgrade { path, found, supported } => say(
                lang,
                "err-open-needs-upgrade",
                [p(path), ("found", found.to_string()), ("supported", supported.to_string())],
            ),
            Locked(path) => say(lang, "err-open-locked", [p(path)]),
            Triggers { path, names } => say(lang, "err-open-triggers", [p(path), ("names", names.join(", "))]),
            NotTables { path, detail } => say(lang, "err-open-not-tables", [p(path), ("detail", detail.clone())]),
            TooSlow { path, seconds } => say(lang, "err-open-too-slow", [p(path), ("seconds", seconds.to_string())]),
            Invalid { path, detail } => say(lang, "err-open-invalid", [p(path), ("detail", detail.clone())]),
            UnsavedWal { path } => say(lang, "err-open-unsaved-wal", [p(path)]),
            Io { path, source } => say(lang, "err-path-detail", [p(path), ("detail", source.to_string())]),
            Sqlite { path, source } => say(lang, "err-path-detail", [p(path), ("detail", source.to_string())]),
        }
    }
}

impl Localized for StoreError {
    fn in_lang(&self, lang: &str) -> String {
        use StoreError::*;
        match self {
            ReadOnly => super::message(lang, "err-store-read-only", None),
            Locked => super::message(lang, "err-store-locked", None),
            // Free text of the core's checks (which field, which value): as written.
            Invalid(text) => text.clone(),
            TooSlow => super::message(lang, "err-store-too-slow", None),
            NotFound(what) => say(lang, "err-store-not-found", [("what", what.clone())]),
            Exists(path) => say(lang, "err-store-exists", [("path", path_of(path))]),
            Io { path, source } => {
                say(lang, "err-path-detail", [("path", path_of(path)), ("detail", source.to_string())])
            }
            Sqlite(e) => say(lang, "err-store-sqlite", [("detail", e.to_string())]),
        }
    }
}

impl Localized for CsvProblem {
    fn in_lang(&self, lang: &str) -> String {
        let Some(phrase) = &self.phrase else { return self.to_string() };
        format!("{}:{}:{}: {}", self.file, self.line, self.column, phrase_in(lang, phrase))
    }
}

impl Localized for crate::core::crs::CrsError {
    fn in_lang(&self, lang: &str) -> String {
        phrase_in(lang, &self.phrase())
    }
}

impl Localized for crate::core::params::ParamError {
    fn in_lang(&self, lang: &str) -> String {
        phrase_in(lang, &self.phrase())
    }
}

impl Localized for crate::core::lang::Said {
    fn in_lang(&self, lang: &str) -> String {
        if lang == "en" { self.english.clone() } else { phrase_in(lang, &self.phrase) }
    }
}

impl Localized for ImportError {
    fn in_lang(&self, lang: &str) -> String {
        match self {
            ImportError::Problems(problems) => problems.iter().map(|p| p.in_lang(lang)).collect::<Vec<_>>().join("\n"),
            ImportError::Io { path, source } => {
                say(lang, "err-path-detail", [("path", path_of(path)), ("detail", source.to_string())])
            }
        }
    }
}

impl Localized for TeamError {
    fn in_lang(&self, lang: &str) -> String {
        use TeamError::*;
        match self {
            Connect { server, detail } => {
                say(lang, "err-team-connect", [("server", server.clone()), ("detail", detail.clone())])
            }
            ReadOnly(detail) => say(lang, "err-team-read-only", [("detail", detail.clone())]),
            Server { server, detail } => {
                say(lang, "err-team-server", [("server", server.clone()), ("detail", detail.clone())])
            }
            // A number, for the plural forms of the other languages.
            Conflicts(conflicts) => crate::tr!(lang, "err-team-conflicts", count = conflicts.len() as i64),
            Open(e) => e.in_lang(lang),
            Store(e) => e.in_lang(lang),
            Refused(text) | Local(text) => text.clone(),
        }
    }
}

impl Localized for NumberError {
    fn in_lang(&self, lang: &str) -> String {
        match self {
            NumberError::Empty => super::message(lang, "err-number-empty", None),
            NumberError::NotANumber(text) => say(lang, "err-number-not-a-number", [("text", text.clone())]),
            NumberError::TooLarge(text) => say(lang, "err-number-too-large", [("text", text.clone())]),
        }
    }
}

impl Localized for FkkoError {
    fn in_lang(&self, lang: &str) -> String {
        phrase_in(lang, &self.phrase())
    }
}

impl Localized for UnitError {
    fn in_lang(&self, lang: &str) -> String {
        phrase_in(lang, &self.phrase("err-unit"))
    }
}

/// Both sides' counterfactuals of an evaluation in `lang` ("supply: …; demand: …"): materials
/// by their names in `lang` (from `data`), disposal routes in its words.
pub fn counterfactual_in(lang: &str, phrases: &[Phrase], data: &crate::core::model::ProjectData) -> String {
    let said: Vec<String> = phrases
        .iter()
        .map(|phrase| {
            let args: Vec<(&str, String)> = phrase
                .args
                .iter()
                .map(|(k, v)| {
                    let v = match *k {
                        "material" => data.material_name(&crate::core::model::MaterialId(v.clone()), lang).to_string(),
                        "route" => super::message(lang, &format!("route-{v}"), None),
                        _ => v.clone(),
                    };
                    (*k, v)
                })
                .collect();
            say(lang, phrase.key, args)
        })
        .collect();
    said.join("; ")
}

/// The prose of the evaluation's formulas, by message (the English is the text the core writes).
const FORMULA_PROSE: &[&str] = &[
    "formula-product-sale",
    "formula-haversine",
    "formula-road-legs",
    "formula-shipped-cheaper",
    "formula-capacity-before",
    "formula-product-transport",
    "formula-use-emits",
    "formula-suppliers-country",
    "formula-ets-burns-less",
    "formula-ets-emits",
    "formula-ets-flares-less",
    "formula-not-paid",
];

/// A term's formula in `lang`: its symbols as written, its prose and the counterfactual it
/// names (`phrases`, as in [`counterfactual_in`]) in the language.
pub fn formula_in(lang: &str, formula: &str, phrases: &[Phrase], data: &crate::core::model::ProjectData) -> String {
    if lang == "en" {
        return formula.to_string();
    }
    let mut text = formula.to_string();
    for phrase in phrases {
        let one = std::slice::from_ref(phrase);
        let english = counterfactual_in("en", one, data);
        if text.ends_with(&english) {
            text = format!("{}{}", &text[..text.len() - english.len()], counterfactual_in(lang, one, data));
        }
    }
    for (english, key) in formula_words() {
        if text.contains(english.as_str()) {
            text = text.replace(english.as_str(), &super::message(lang, key, None));
        }
    }
    // A disposal term's formula ends with the route it is priced at ("…(refinery_gas): flared").
    if let Some((english, key)) = route_words().iter().find(|(english, _)| text.ends_with(&format!("): {english}"))) {
        text = format!("{}{}", &text[..text.len() - english.len()], super::message(lang, key, None));
    }
    text
}

/// The disposal routes' words, by message.
const ROUTES: &[&str] = &[
    "route-none",
    "route-landfill",
    "route-incineration",
    "route-flaring",
    "route-discharge",
    "route-cooling",
    "route-treatment",
    "route-spreading",
];

/// [`FORMULA_PROSE`]'s English, formatted once (a breakdown open in the app asks every frame).
fn formula_words() -> &'static [(String, &'static str)] {
    static WORDS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| english(FORMULA_PROSE))
}

/// [`ROUTES`]' English, formatted once.
fn route_words() -> &'static [(String, &'static str)] {
    static WORDS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| english(ROUTES))
}

/// A phrase of the core in `lang`.
/// Its numbers with the language's separators and its units in the language's symbols; English
/// keeps them as the core wrote them (`1000.5 Gcal`: scripts read the command line's English).
pub fn phrase_in(lang: &str, phrase: &Phrase) -> String {
    let args: Vec<(&str, String)> = phrase
        .args
        .iter()
        .map(|(k, v)| {
            if lang == "en" {
                return (*k, v.clone());
            }
            if let Some(name) = phrase.names.iter().find(|(n, _)| n == k).and_then(|(_, names)| names.get(lang)) {
                return (*k, format!("{name} ({v})"));
            }
            if let Some((_, prefix)) = phrase.words.iter().find(|(n, _)| n == k) {
                let key = format!("{prefix}-{v}");
                if super::has_message(&key) {
                    return (*k, super::message(lang, &key, None));
                }
            }
            match v.parse::<f64>() {
                Ok(n) if n.is_finite() && phrase.numbers.contains(k) => (*k, super::precise(lang, n)),
                _ if phrase.units.contains(k) => (*k, super::sources::unit_in(lang, v)),
                _ if phrase.sources.contains(k) => (*k, super::sources::source_in(lang, v)),
                _ => (*k, v.clone()),
            }
        })
        .chain(phrase.parts.iter().map(|(k, part)| (*k, phrase_in(lang, part))))
        .collect();
    say(lang, phrase.key, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn open_errors() -> Vec<OpenError> {
        let path = PathBuf::from("/tmp/park.gpkg");
        vec![
            OpenError::NotFound(path.clone()),
            OpenError::Empty(path.clone()),
            OpenError::NotSqlite(path.clone()),
            OpenError::Truncated { path: path.clone(), expected: 40960, actual: 4096 },
            OpenError::Corrupt { path: path.clone(), detail: "database disk image is malformed".into() },
            OpenError::ForeignSqlite(path.clone()),
            OpenError::ForeignGeoPackage(path.clone()),
            OpenError::TooNew { path: path.clone(), found: 9, supported: 7 },
            OpenError::BadVersion { path: path.clone(), found: "x".into(), supported: 7 },
            OpenError::NeedsUpgrade { path: path.clone(), found: 5, supported: 7 },
            OpenError::Locked(path.clone()),
            OpenError::Triggers { path: path.clone(), names: vec!["evil".into(), "worse".into()] },
            OpenError::NotTables { path: path.clone(), detail: "firms is a view".into() },
            OpenError::TooSlow { path: path.clone(), seconds: 10 },
            OpenError::Invalid { path: path.clone(), detail: "firm f1: lat 95 is outside -90..90".into() },
            OpenError::UnsavedWal { path },
        ]
    }

    fn other_errors() -> Vec<Box<dyn Localized>> {
        use crate::core::crs::CrsError;
        use crate::core::params::ParamError;
        let material = crate::core::model::MaterialId("sawdust".into());
        use crate::core::model::Unit;
        vec![
            Box::new(StoreError::ReadOnly),
            Box::new(StoreError::Locked),
            Box::new(StoreError::TooSlow),
            Box::new(StoreError::NotFound("firm f9".into())),
            Box::new(StoreError::Exists(PathBuf::from("/tmp/a.gpkg"))),
            Box::new(TeamError::Connect { server: "db.local".into(), detail: "timed out".into() }),
            Box::new(TeamError::ReadOnly("role se_viewer may not write".into())),
            Box::new(TeamError::Server { server: "db.local".into(), detail: "relation missing".into() }),
            Box::new(TeamError::Conflicts(vec![])),
            Box::new(TeamError::Open(OpenError::Locked(PathBuf::from("/tmp/b.gpkg")))),
            Box::new(NumberError::Empty),
            Box::new(CrsError::Unknown { text: "EPSG:x".into(), known: "EPSG:4326, EPSG:3006".into() }),
            Box::new(CrsError::Unsupported { epsg: 2154, known: "EPSG:4326, EPSG:3006".into() }),
            Box::new(CrsError::NotNumbers),
            Box::new(CrsError::FromGrid { code: "EPSG:3006".into(), detail: "bad".into() }),
            Box::new(CrsError::ToGrid { code: "EPSG:3006".into(), detail: "bad".into() }),
            Box::new(CrsError::OutsideRegion {
                easting: 6_400_000.0,
                northing: 500_000.0,
                code: "EPSG:3006".into(),
                name: "SWEREF 99 TM",
                lat: 5.123,
                lon: 14.5,
                swapped: true,
            }),
            Box::new(CrsError::OutsideRegion {
                easting: 1.0,
                northing: 2.0,
                code: "EPSG:3006".into(),
                name: "SWEREF 99 TM",
                lat: 0.0,
                lon: 10.0,
                swapped: false,
            }),
            Box::new(CrsError::NoPosition { lat: 55.5, lon: 170.0, code: "EPSG:3006".into() }),
            Box::new(ParamError::UnknownCurrency {
                key: "fx.XYZ".into(),
                code: "XYZ".into(),
                expected: "DKK, SEK".into(),
            }),
            Box::new(ParamError::CountryKey { key: "country.DK".into() }),
            Box::new(ParamError::UnknownCountry {
                key: "country.XX.grid_ef".into(),
                code: "XX".into(),
                expected: "DK, SE".into(),
            }),
            Box::new(ParamError::CountryField { key: "country.DK.bogus".into() }),
            Box::new(ParamError::Unknown { key: "bogus".into() }),
            Box::new(ParamError::Mode("unknown transport mode 'zeppelin' (expected one of: road, rail)".into())),
            Box::new(ParamError::UnknownMode { key: "transport.zeppelin.circuity".into() }),
            Box::new(NumberError::NotANumber("12a".into())),
            Box::new(NumberError::TooLarge("1e400".into())),
            Box::new(FkkoError::Length("123".into(), 3)),
            Box::new(FkkoError::Characters("4x".into())),
            Box::new(FkkoError::Block("0 71 101 01 52 1".into())),
            Box::new(FkkoError::Class("4 71 101 01 52 0".into(), '0')),
            Box::new(UnitError {
                material: material.clone(),
                unit: Unit::Tonne,
                from: Unit::CubicMetre,
                what: "density (t per m3)",
                column: "density_t_per_m3",
            }),
            Box::new(UnitError {
                material,
                unit: Unit::Mwh,
                from: Unit::Tonne,
                what: "energy content (MWh per t)",
                column: "energy_mwh_per_t",
            }),
        ]
    }

    #[test]
    fn in_english_every_error_reads_exactly_as_the_core_writes_it() {
        for e in open_errors() {
            assert_eq!(e.in_lang("en"), e.to_string());
        }
        for e in other_errors() {
            assert_eq!(e.in_lang("en"), e.to_string());
        }
        // The system's own words stay as the system wrote them, in every language.
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied");
        let e = OpenError::Io { path: PathBuf::from("/tmp/park.gpkg"), source: io };
        assert_eq!(e.in_lang("en"), e.to_string());
        assert_eq!(e.in_lang("ru"), "/tmp/park.gpkg: permission denied");
    }

    #[test]
    fn in_every_other_language_every_error_is_translated_and_keeps_its_facts() {
        let all: Vec<Box<dyn Localized>> =
            open_errors().into_iter().map(|e| Box::new(e) as Box<dyn Localized>).chain(other_errors()).collect();
        for lang in &super::super::LANGUAGES[1..] {
            for e in &all {
                let (english, theirs) = (e.to_string(), e.in_lang(lang));
                // "server X: <the server's words>" reads the same in Danish, Swedish, Norwegian, Estonian.
                let same_word = english.starts_with("server db.local: relation");
                assert!(theirs != english || same_word, "{lang}: not translated: {english}");
                for fact in ["/tmp/park.gpkg", "/tmp/a.gpkg", "db.local", "12a", "sawdust", "evil, worse", "firm f9"] {
                    if english.contains(fact) {
                        assert!(theirs.contains(fact), "{lang}: '{theirs}' lost '{fact}' of '{english}'");
                    }
                }
            }
        }
        let ru = OpenError::Triggers { path: PathBuf::from("/tmp/park.gpkg"), names: vec!["evil".into()] };
        assert!(ru.in_lang("ru").contains("триггер"), "{}", ru.in_lang("ru"));
    }

    /// Import problems of crafted files, one kind of phrase or more each.
    fn import_problems() -> Vec<CsvProblem> {
        use crate::core::csv_import::{Sources, import_from};
        let run = |firms: &str, flows: &str| {
            let sources = Sources::firms_and_flows(
                ("firms.csv".into(), firms.as_bytes()),
                ("flows.csv".into(), flows.as_bytes()),
            );
            import_from(sources).err().unwrap_or_default()
        };
        let firms = "id,name,lat,lon,nace\na,A,95,11,99.99\na,A,55,x,\nb,B,55,11,\n";
        let flows = "firm_id,direction,material,quantity,unit,available_from,available_to,ewc,fkko,confidential\n\
                     zz,supply,wood_chips,1,t,,,,,\n\
                     b,sideways,nothing,-1,,2030,2020,99 99 99,123,maybe\n\
                     b,supply,district_heat,1,t,1700,,,,\n\
                     b,supply,fly_ash,1,barrel,,,,,\n\
                     b,supply,fly_ash,\"1,5\",t,,,,,,extra\n";
        let mut all = run(firms, flows);
        all.extend(run("id,name,lat,lon,lat,bogus\n", "firm_id,direction,material,unit\n"));
        all.extend(run("", "firm_id,direction,material,quantity,unit\nb,\"supply,x,1,t\n"));
        all.extend(run("id,name,x,y,employees\nc,C,500000,6400000,-3\n", "firm_id,direction,material,quantity\n"));
        let two = |firms: &'static [u8], flows: &'static [u8]| {
            Sources::firms_and_flows(("firms.csv".into(), firms), ("flows.csv".into(), flows))
        };
        let (one_firm, no_flows) =
            (b"id,name,lat,lon\nc,C,55,11\n".as_slice(), b"firm_id,direction,material,quantity\n");
        let latin1 = b"firm_id,direction,material,quantity\nc,supply,tr\xe6flis,1\n";
        all.extend(import_from(two(one_firm, latin1)).err().unwrap_or_default());
        let materials = Some(("materials.csv".into(), b"id,name,kind,unit\nrinse,Rinse water,water,t\n".as_slice()));
        let sources = Sources { materials, ..two(b"id,name,lat,lon,country\nc,C,55,11,XX\n", no_flows) };
        all.extend(import_from(sources).err().unwrap_or_default());
        let bell = b"id,name,lat,lon\nc,C\x07,55,11\n".as_slice();
        let huge = b"firm_id,direction,material,quantity,price_per_unit\nc,supply,fly_ash,2e12,1e20\n";
        all.extend(import_from(two(bell, huge)).err().unwrap_or_default());
        let project =
            b"key,value\ncurrency,XYZ\nview_zoom,99\ntour_x,Hello\ndescription.xx,Hej\nfx.DKK,-1\nbogus.key,1\n"
                .as_slice();
        let sources = Sources { project: Some(("project.csv".into(), project)), ..two(one_firm, no_flows) };
        all.extend(import_from(sources).err().unwrap_or_default());
        let grids = b"id,name,x,y,crs\nc,C,1,2,EPSG:9999\nd,D,6400000,500000,EPSG:3006\ne,E,11,95,EPSG:4326\n";
        let heat = b"firm_id,direction,material,quantity,unit\nc,supply,district_heat,1e12,GWh\n";
        all.extend(import_from(two(grids, heat)).err().unwrap_or_default());
        all.extend(import_from(two(b"id,name,lat,lon,x,y\n", no_flows)).err().unwrap_or_default());
        let materials = Some((
            "materials.csv".into(),
            b"id,name,kind,unit,other_modes\nslag2,Slag,material,t,zeppelin\n".as_slice(),
        ));
        let sources = Sources { materials, ..two(b"id,name,lat,lon,port\nc,C,55,11,Atlantis\n", no_flows) };
        all.extend(import_from(sources).err().unwrap_or_default());
        all
    }

    #[test]
    fn a_number_outside_its_range_or_a_control_character_reads_in_english_as_the_core_writes_it() {
        use crate::core::validate::{self, TextKind};
        for (value, range) in
            [(2e12, &validate::QUANTITY), (-1.0, &validate::DISTANCE_KM), (f64::NAN, &validate::PRICE)]
        {
            let problem = validate::out_of_range(value, range).unwrap();
            assert_eq!(phrase_in("en", &problem.phrase("x")), format!("x {problem}"));
            assert!(phrase_in("ru", &problem.phrase("x")).chars().any(|c| ('а'..='я').contains(&c)));
        }
        let outside = validate::out_of_range(2e12, &validate::QUANTITY).unwrap();
        assert_eq!(phrase_in("ru", &outside.phrase("quantity")), "quantity 2e12 вне диапазона 0..1e12");
        for kind in [TextKind::Name, TextKind::Free] {
            let bell = validate::control_character("bell\u{7}", kind).unwrap();
            assert_eq!(phrase_in("en", &bell.cell_phrase()), format!("the cell {bell}"));
            assert!(phrase_in("de", &bell.cell_phrase()).starts_with("die Zelle enthält das Steuerzeichen U+0007"));
        }
    }

    #[test]
    fn every_phrased_import_problem_reads_in_english_as_the_core_writes_it_and_in_russian_otherwise() {
        let problems = import_problems();
        let keys: std::collections::BTreeSet<&str> =
            problems.iter().filter_map(|p| p.phrase.as_ref().map(|ph| ph.key)).collect();
        for key in [
            "err-csv-coordinate-outside",
            "err-csv-duplicate-firm",
            "err-csv-not-a-number",
            "err-csv-unknown-nace",
            "err-csv-unknown-firm",
            "err-csv-unknown-value",
            "err-csv-unknown-material",
            "err-csv-negative-quantity",
            "err-csv-required",
            "err-csv-years-reversed",
            "err-csv-unknown-ewc",
            "err-fkko-length",
            "err-csv-not-yes-no",
            "err-csv-unit-mismatch-energy",
            "err-csv-implausible-year",
            "err-csv-ambiguous-comma",
            "err-csv-row-width",
            "err-csv-column-twice",
            "err-csv-unknown-column",
            "err-csv-missing-column",
            "err-csv-empty-file",
            "err-csv-unclosed-quote",
            "err-csv-employees",
            "err-csv-needs-crs",
            "err-csv-not-utf8",
            "err-csv-outside-range",
            "err-csv-tour-step",
            "err-csv-not-translated-key",
            "err-csv-kind-unit-water",
            "err-csv-unknown-country",
            "err-csv-cell-control-name",
            "err-param-rate-not-positive",
            "err-csv-project-key",
            "err-crs-unsupported",
            "err-crs-outside-swapped",
            "err-csv-two-positions",
            "err-csv-unknown-port",
        ] {
            assert!(keys.contains(key), "no {key} among {keys:?}: {problems:#?}");
        }
        // The core's English is its phrase in en/errors.ftl: the words scripts read stay these.
        let english: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "firms.csv:2:3: lat 95 is outside -90..90",
            "firms.csv:2:5: unknown NACE Rev.2 code '99.99'",
            "flows.csv:3:2: unknown direction 'sideways' (expected one of: supply, demand)",
            "flows.csv:3:7: end year 2020 is before start year 2030",
            "flows.csv:6:11: row has 11 fields but the header has 10",
            "firms.csv:1:6: unknown column 'bogus' (expected: ",
            "firms.csv:2:5: unknown port 'Atlantis' (a port of the basemap, e.g. Kalundborg, Aalborg)",
            "project.csv:6:2: fx.dkk must be more than zero (units of the currency per EUR)",
            "project.csv:7:1: unknown parameter 'bogus.key' (project keys: name, region,",
        ] {
            assert!(english.iter().any(|e| e.starts_with(expected)), "no '{expected}' in {english:#?}");
        }
        for p in problems.iter().filter(|p| p.phrase.is_some()) {
            assert_eq!(p.in_lang("en"), p.to_string());
            let ru = p.in_lang("ru");
            assert_ne!(ru, p.to_string());
            assert!(ru.starts_with(&format!("{}:{}:{}: ", p.file, p.line, p.column)), "{ru}");
        }
    }

    #[test]
    fn a_problem_built_from_another_says_both_parts_in_the_language() {
        let problems = import_problems();
        let said = |key: &str, lang: &str| {
            let p = problems.iter().find(|p| p.phrase.as_ref().is_some_and(|ph| ph.key == key));
            p.unwrap_or_else(|| panic!("no {key}: {problems:#?}")).in_lang(lang)
        };
        let project_key = said("err-csv-project-key", "ru");
        assert!(project_key.contains("неизвестный параметр 'bogus.key'"), "{project_key}");
        assert!(project_key.contains("(ключи проекта: name, region"), "{project_key}");
        let in_unit = problems
            .iter()
            .find(|p| p.to_string().contains("in the material's unit"))
            .expect("a converted quantity out of range");
        let in_unit = in_unit.in_lang("de");
        assert!(in_unit.contains("quantity in der Einheit des Materials: 1e15 liegt außerhalb"), "{in_unit}");
        assert!(said("err-crs-outside-swapped", "fi").contains("itä 6\u{a0}400\u{a0}000 / pohjoinen 500\u{a0}000"));
        let latitude = problems.iter().find(|p| p.to_string().ends_with("y 95 is outside -90..90"));
        assert!(latitude.is_some(), "a row's EPSG:4326 is checked like lat/lon: {problems:#?}");
    }

    #[test]
    fn the_notes_of_unit_conversions_are_said_in_the_app_s_language() {
        use crate::core::csv_import::{Sources, import_from_with_notes};
        let firms = "id;name;lat;lon\ntgk;ТГК-1;59,95;30,3\n";
        let flows = "firm_id;direction;material;quantity;unit\ntgk;supply;district_heat;\"1 000,5\";Гкал\ntgk;supply;fly_ash;2;тыс. т\n";
        let sources =
            Sources::firms_and_flows(("firms.csv".into(), firms.as_bytes()), ("flows.csv".into(), flows.as_bytes()));
        let (_, notes) = import_from_with_notes(sources).unwrap();
        assert_eq!(notes.len(), 2, "{notes:#?}");
        for note in &notes {
            assert!(note.phrase.is_some());
            assert_eq!(note.in_lang("en"), note.to_string());
        }
        assert_eq!(
            notes[0].in_lang("en"),
            "flows.csv:2:5: note: 1000.5 Gcal converted to 1163.5815 MWh for district_heat"
        );
        assert_eq!(
            notes[0].in_lang("ru"),
            "flows.csv:2:5: примечание: 1\u{a0}000,5 Гкал пересчитано в 1\u{a0}163,5815 МВт·ч для материала Тепловая энергия (централизованное теплоснабжение) (district_heat)"
        );
        assert!(notes[1].in_lang("de").contains("Hinweis: 2 kt in 2.000 t umgerechnet"), "{}", notes[1].in_lang("de"));
    }

    #[test]
    fn what_an_edit_did_reads_in_english_as_before_and_in_the_app_s_language_otherwise() {
        use crate::core::history::Edit;
        use crate::core::model::ExchangeStatus;
        let data = crate::core::ProjectFile::open_with(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/sample_projects/kalundborg.gpkg")),
            crate::core::OpenMode::ReadOnly,
        )
        .unwrap()
        .load()
        .unwrap();
        let firm = data.firms[0].clone();
        let before = data.exchanges[0].clone();
        let after = crate::core::model::Exchange { status: ExchangeStatus::Agreed, ..before.clone() };
        let (from, to) = (after.from.to_string(), after.to.to_string());
        let parameter = Edit::SetParameter {
            key: "carbon_price".into(),
            before: (85.0, String::new()),
            after: (1234.5, String::new()),
        };
        for (edit, english, russian) in [
            (
                Edit::InsertFirm(firm.clone()),
                format!("add firm {}", firm.name),
                format!("добавление предприятия {}", firm.name),
            ),
            (
                Edit::UpdateExchange { before, after },
                format!("edit exchange {from} -> {to} (agreed)"),
                format!("изменение обмена {from} -> {to} (согласован)"),
            ),
            (parameter, "parameter carbon_price = 1234.5".into(), "параметр carbon_price = 1\u{a0}234,5".into()),
        ] {
            let said = edit.describe();
            assert_eq!(said.to_string(), english);
            assert_eq!(said.in_lang("en"), english);
            assert_eq!(said.in_lang("ru"), russian);
        }
    }

    #[test]
    fn a_quantity_converted_in_the_flow_form_is_said_in_the_app_s_language() {
        let materials = crate::core::catalogue::builtin_materials();
        let steam = materials.iter().find(|m| m.id.0 == "steam").unwrap();
        let (quantity, note) = steam.convert(3600.0, crate::core::model::Unit::Gigajoule).unwrap();
        let note = note.expect("GJ are not steam's unit");
        assert!((quantity - 1000.0).abs() < 1e-9);
        assert_eq!(note.in_lang("en"), "3600 GJ converted to 1000 MWh for steam");
        let ru = note.in_lang("ru");
        assert!(ru.starts_with("3\u{a0}600 ГДж пересчитано в 1\u{a0}000 МВт·ч для материала Пар"), "{ru}");
        assert!(ru.ends_with("(steam)"), "{ru}");
    }

    #[test]
    fn an_import_problem_with_a_phrase_is_translated_at_its_cell_and_one_without_stays_as_written() {
        let phrased = CsvProblem {
            file: "flows.csv".into(),
            line: 3,
            column: 4,
            message: "quantity 'abc' is not a number".into(),
            phrase: Some(Phrase::new("err-csv-not-a-number", [("name", "quantity"), ("text", "abc")])),
        };
        assert_eq!(phrased.in_lang("en"), phrased.to_string());
        let ru = phrased.in_lang("ru");
        assert!(ru.starts_with("flows.csv:3:4: ") && ru.contains("'abc'") && ru.contains("не число"), "{ru}");
        let plain = CsvProblem { phrase: None, ..phrased };
        assert_eq!(plain.in_lang("ru"), plain.to_string());
    }
}
