//! The words of an evaluation breakdown in the user's language: where each number comes from
//! (its source), the names of its terms and its units.
//!
//! The core writes every source in English, as the catalogue, the parameters and the user's data
//! give it. The catalogue's and the parameters' own texts (about 230 of them: "assumption: …",
//! the IPCC and DESNZ references) are translated in `assets/i18n/sources.csv`, one row per
//! English text and one column per language; a test fails if one lacks a row or a language, or
//! if a translation does not keep every figure of its English. The few sources the evaluation
//! composes ("supply flow 12: …", "DK grid: …", the capital recovery factor's) are messages of
//! `app.ftl` around their parts; a source of the user's own data keeps its words, only its
//! leading "assumption:" (or "illustrative:", "computed:") is translated. English gives back
//! every source exactly as the core wrote it.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;

use super::{message, say};

const SOURCES_CSV: &str = include_str!("../../assets/i18n/sources.csv");

/// The evaluation's own words for where a parameter comes from, by message (the English is the
/// text the core writes).
const SOURCE_WORDS: &[&str] = &[
    "source-term-above",
    "source-as-above",
    "source-in-tonnes",
    "source-unit-conversion",
    "source-own-quantity",
    "source-stated-supplier",
    "source-identity",
    "source-water-t",
];

/// How a source of the user's own data may begin, longest first, by message.
const TAGS: &[(&str, &str)] = &[
    ("computed upper bound", "source-tag-computed-upper"),
    ("assumption", "source-tag-assumption"),
    ("illustrative", "source-tag-illustrative"),
    ("computed", "source-tag-computed"),
];

/// The translations of the catalogue's and the parameters' source texts: by English text, one
/// per language in the order of the file's columns.
struct Table {
    langs: Vec<String>,
    rows: HashMap<String, Vec<String>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut reader = csv::ReaderBuilder::new().from_reader(SOURCES_CSV.as_bytes());
        let langs = reader.headers().map(|h| h.iter().skip(1).map(str::to_string).collect()).unwrap_or_default();
        let rows = reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                let mut cells = r.iter().map(str::to_string);
                Some((cells.next()?, cells.collect()))
            })
            .collect();
        Table { langs, rows }
    })
}

/// The English texts of [`SOURCE_WORDS`], formatted once.
fn source_words() -> &'static HashMap<String, &'static str> {
    static WORDS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    WORDS.get_or_init(|| super::english(SOURCE_WORDS).into_iter().collect())
}

/// Every English text `assets/i18n/sources.csv` translates, with its translations by language.
pub fn translated_sources() -> impl Iterator<Item = (&'static str, Vec<(&'static str, &'static str)>)> {
    let table = table();
    table.rows.iter().map(move |(english, texts)| {
        let by_lang = table.langs.iter().map(String::as_str).zip(texts.iter().map(String::as_str)).collect();
        (english.as_str(), by_lang)
    })
}

/// A parameter's source in `lang` (see the module's documentation); English as written.
pub fn source_in(lang: &str, source: &str) -> String {
    if lang == "en" || source.is_empty() {
        return source.to_string();
    }
    translated(lang, source).unwrap_or_else(|| source.to_string())
}

fn translated(lang: &str, source: &str) -> Option<String> {
    if let Some(key) = source_words().get(source) {
        return Some(message(lang, key, None));
    }
    composed(lang, source).or_else(|| part_in(lang, source))
}

/// The part a composed source wraps (a flow's, a country's or a parameter's own source): the
/// catalogue's texts and a user's tag translated, never composed again, so a crafted source
/// ("flow 1: flow 1: …" a million times) cannot nest the translation without end.
fn part_in(lang: &str, part: &str) -> Option<String> {
    let table = table();
    let column = table.langs.iter().position(|l| l == lang);
    table.rows.get(part).zip(column).and_then(|(texts, i)| texts.get(i).cloned()).or_else(|| tagged(lang, part))
}

fn part(lang: &str, part: &str) -> String {
    part_in(lang, part).unwrap_or_else(|| part.to_string())
}

/// The sources the evaluation composes around a flow's, a country's or a parameter's own.
fn composed(lang: &str, source: &str) -> Option<String> {
    let text = |v: &str| FluentValue::from(v.to_string());
    for (prefix, key) in
        [("supply flow ", "source-supply-flow"), ("demand flow ", "source-demand-flow"), ("flow ", "source-flow")]
    {
        if let Some((id, rest)) = source.strip_prefix(prefix).and_then(|s| s.split_once(": "))
            && !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_digit())
        {
            return Some(say(lang, key, [("id", text(id)), ("source", text(&part(lang, rest)))]));
        }
    }
    if let Some((country, rest)) = source.split_once(' ')
        && country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
    {
        for (what, key) in [
            ("grid: ", "source-country-grid"),
            ("district heat: ", "source-country-heat"),
            ("landfill tax and gate fee: ", "source-country-landfill"),
        ] {
            if let Some(rest) = rest.strip_prefix(what) {
                return Some(say(lang, key, [("country", text(country)), ("source", text(&part(lang, rest)))]));
            }
        }
    }
    if let Some(ports) =
        source.strip_prefix("great circle to the ports ").and_then(|s| s.strip_suffix(" (Natural Earth ports)"))
    {
        let (from, to) = ports.split_once(" and ")?;
        return Some(say(lang, "source-road-legs", [("from", text(from)), ("to", text(to))]));
    }
    if let Some((from, to)) = source.split_once(" to ")
        && crate::core::countries::port(from).is_some()
        && crate::core::countries::port(to).is_some()
    {
        return Some(say(lang, "source-sea-leg", [("from", text(from)), ("to", text(to))]));
    }
    // "<formula> with r = <r> (<source>) and n = <n> years (<source>)"
    let (formula, rest) = source.split_once(" with r = ")?;
    let (r, rest) = rest.split_once(" (")?;
    let (r_source, rest) = rest.split_once(") and n = ")?;
    let (n, rest) = rest.split_once(" years (")?;
    let n_source = rest.strip_suffix(')')?;
    let number = |v: &str| v.parse::<f64>().ok().map(FluentValue::from);
    Some(say(
        lang,
        "source-crf",
        [
            ("formula", text(formula)),
            ("r", number(r)?),
            ("r_source", text(&part(lang, r_source))),
            ("n", number(n)?),
            ("n_source", text(&part(lang, n_source))),
        ],
    ))
}

/// A source of the user's own data: its leading tag in `lang`, the rest as written.
fn tagged(lang: &str, source: &str) -> Option<String> {
    TAGS.iter().find_map(|(tag, key)| {
        let rest = source.strip_prefix(tag)?;
        if rest.is_empty() {
            Some(message(lang, key, None))
        } else {
            rest.strip_prefix(": ").map(|rest| format!("{}: {rest}", message(lang, key, None)))
        }
    })
}

/// The name of an evaluation term in `lang` ("distance" for `distance_km`), where it has one.
pub fn term_name(lang: &str, symbol: &str) -> Option<String> {
    let key = format!("term-{symbol}");
    super::has_message(&key).then(|| message(lang, &key, None))
}

/// A unit of a breakdown in `lang`: "t CO2e/MWh" reads "т CO2-экв./МВт·ч" in Russian; currency
/// codes stay as they are.
pub fn unit_in(lang: &str, unit: &str) -> String {
    if lang == "en" || unit.is_empty() {
        return unit.to_string();
    }
    if unit == "per year" {
        return message(lang, "unit-per-year", None);
    }
    if let Some((a, b)) = unit.split_once(" per ") {
        let text = |v: &str| FluentValue::from(unit_in(lang, v));
        return say(lang, "unit-per", [("a", text(a)), ("b", text(b))]);
    }
    let word = |w: &str| match w {
        "t" => message(lang, "unit-t", None),
        "kg" => message(lang, "unit-kg", None),
        "km" => message(lang, "unit-km", None),
        "m" => message(lang, "unit-m", None),
        "m3" => message(lang, "unit-m3", None),
        "MWh" => message(lang, "unit-MWh", None),
        "kWh" => message(lang, "unit-kWh", None),
        "GWh" => message(lang, "unit-GWh", None),
        "GJ" => message(lang, "unit-GJ", None),
        "Gcal" => message(lang, "unit-Gcal", None),
        "kt" => message(lang, "unit-kt", None),
        "t-km" => message(lang, "unit-t-km", None),
        "CO2e" => message(lang, "unit-co2e", None),
        "unit" => message(lang, "unit-unit", None),
        other => other.to_string(),
    };
    unit.split('/').map(|part| part.split(' ').map(word).collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("/")
}

/// A scale bar's distance in `lang`: "2 km", "500 m" ("2 км" in Russian).
pub fn distance(lang: &str, metres: f64) -> String {
    if metres >= 1000.0 {
        format!("{} {}", super::precise(lang, metres / 1000.0), unit_in(lang, "km"))
    } else {
        format!("{} {}", super::precise(lang, metres), unit_in(lang, "m"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stays_as_written_and_composed_sources_are_said_around_their_parts() {
        for s in ["supply flow 12: assumption: no quantity published", "DK grid: anything", "term above"] {
            assert_eq!(source_in("en", s), s);
        }
        assert_eq!(
            source_in("ru", "supply flow 12: assumption: no quantity published (NAP 4982)"),
            "поток поставки 12: допущение: no quantity published (NAP 4982)"
        );
        assert_eq!(source_in("ru", "term above"), "строка выше");
        assert_eq!(source_in("de", "illustrative"), "illustrativ");
        let crf = source_in(
            "ru",
            "r(1+r)^n / ((1+r)^n - 1) with r = 0.05 (assumption: real discount rate for infrastructure) and n = 25 years (assumption: typical lifetime of an industrial pipe or cable)",
        );
        assert_eq!(
            crf,
            "r(1+r)^n / ((1+r)^n - 1) при r = 0,05 (допущение: реальная ставка дисконтирования для инфраструктуры) и n = 25 лет (допущение: типичный срок службы промышленной трубы или кабеля)"
        );
        assert!(source_in("fi", "SE grid: not in the EU ETS").starts_with("sähköverkko SE: ei EU:n"));
        // A sea leg between two ports of the basemap; a text that only looks like one stays.
        assert_eq!(source_in("de", "Kalundborg to Aalborg"), "Kalundborg nach Aalborg");
        assert_eq!(source_in("de", "Atlantis to Aalborg"), "Atlantis to Aalborg");
    }

    #[test]
    fn a_crafted_source_nesting_flows_without_end_is_said_once_and_kept() {
        // A project's flow source from a hostile file: the evaluation wraps it once.
        let crafted = "flow 1: ".repeat(200_000);
        let said = source_in("ru", &format!("supply flow 7: {crafted}"));
        assert_eq!(said, format!("поток поставки 7: {crafted}"));
    }

    #[test]
    fn units_are_said_in_the_language_and_currency_codes_stay() {
        assert_eq!(unit_in("en", "t CO2e/MWh"), "t CO2e/MWh");
        assert_eq!(unit_in("ru", "t CO2e/MWh"), "т CO2-экв./МВт·ч");
        assert_eq!(unit_in("ru", "EUR/t-km"), "EUR/т·км");
        assert_eq!(unit_in("ru", "MWh per MWh"), "МВт·ч на МВт·ч");
        assert_eq!(unit_in("de", "per year"), "pro Jahr");
        assert_eq!(unit_in("de", "m3"), "m³");
        assert_eq!(term_name("ru", "net_benefit").as_deref(), Some("чистая выгода"));
        assert_eq!(term_name("ru", "no_such_term"), None);
    }
}
