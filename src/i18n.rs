//! The app's own words in the languages of the Baltic round table, with Project Fluent.
//!
//! Messages live in `assets/i18n/<code>/app.ftl` (compiled in), one bundle per language of
//! [`crate::core::lang::LANGUAGES`]. A message missing from a language falls back to English
//! (a test fails where a file lacks a key English has). Plural forms are Fluent's (CLDR rules:
//! Russian and Polish have `one`, `few`, `many`); numbers in a message are written with the
//! language's decimal and grouping separators ([`number`]).
//!
//! The pseudo-language [`PSEUDO`] wraps every message in `[#…#]`: a test runs the UI in it and
//! fails on any visible label that is not wrapped (a string that bypasses this module).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::core::lang::{LANGUAGES, UnknownLanguage};

pub mod errors;
pub mod sources;
pub use errors::Localized;

/// The pseudo-language of the tests: English, every message wrapped in `[#…#]`.
pub const PSEUDO: &str = "qps";

/// One `.ftl` file of every language, English first (the order of [`LANGUAGES`]).
macro_rules! ftl_files {
    ($file:literal) => {
        &[
            ("en", include_str!(concat!("../assets/i18n/en/", $file))),
            ("ru", include_str!(concat!("../assets/i18n/ru/", $file))),
            ("da", include_str!(concat!("../assets/i18n/da/", $file))),
            ("sv", include_str!(concat!("../assets/i18n/sv/", $file))),
            ("nb", include_str!(concat!("../assets/i18n/nb/", $file))),
            ("fi", include_str!(concat!("../assets/i18n/fi/", $file))),
            ("de", include_str!(concat!("../assets/i18n/de/", $file))),
            ("pl", include_str!(concat!("../assets/i18n/pl/", $file))),
            ("et", include_str!(concat!("../assets/i18n/et/", $file))),
            ("lv", include_str!(concat!("../assets/i18n/lv/", $file))),
            ("lt", include_str!(concat!("../assets/i18n/lt/", $file))),
        ]
    };
}

/// Each language's messages of the report, map image, cards, catalogue and command line.
pub const FTL: &[(&str, &str)] = ftl_files!("app.ftl");

/// The desktop app's words, in the order of [`FTL`].
pub const UI_FTL: &[(&str, &str)] = ftl_files!("ui.ftl");

/// The core's errors ([`errors::Localized`]), in the order of [`FTL`].
pub const ERRORS_FTL: &[(&str, &str)] = ftl_files!("errors.ftl");

/// A language's number conventions (CLDR): decimal and grouping separators, the minus sign, and
/// the fewest integer digits that are grouped at all (Polish and Estonian write 1234 but 12 345).
struct NumberStyle {
    decimal: char,
    group: char,
    minus: char,
    min_grouping_digits: usize,
}

fn number_style(lang: &str) -> NumberStyle {
    const NBSP: char = '\u{a0}';
    let (decimal, group, minus, min_grouping_digits) = match lang {
        "ru" | "lv" => (',', NBSP, '-', 4),
        "sv" | "nb" | "fi" | "lt" => (',', NBSP, '\u{2212}', 4),
        "et" => (',', NBSP, '\u{2212}', 5),
        "pl" => (',', NBSP, '-', 5),
        "da" | "de" => (',', '.', '-', 4),
        _ => ('.', ',', '-', 4),
    };
    NumberStyle { decimal, group, minus, min_grouping_digits }
}

/// `value` with `decimals` digits after the separator, as `lang` writes numbers:
/// `1,234.5` (en), `1 234,5` (ru, with a no-break space), `1.234,5` (de, da).
pub fn number(lang: &str, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let style = number_style(lang);
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + 8);
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push(style.minus);
    }
    let grouped = int.len() >= style.min_grouping_digits;
    for (i, ch) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push(style.group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push(style.decimal);
        out.push_str(f);
    }
    out
}

/// A number in a message: with the decimals asked for (`NUMBER($n, minimumFractionDigits: 2)`),
/// else as many as it has, up to six (`7.4589` stays `7,4589` in German, not `7,5`); grouped
/// and with the language's separators (Fluent's own formatting knows no grouping).
fn format_value<const LANG: usize>(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let lang = LANGUAGES.get(LANG).copied().unwrap_or("en");
    let decimals = n.options.minimum_fraction_digits.unwrap_or_else(|| decimals_of(n.value));
    Some(number(lang, n.value, decimals))
}

/// How many decimals `v` has, up to six.
fn decimals_of(v: f64) -> usize {
    let text = format!("{v:.6}");
    text.trim_end_matches('0').split_once('.').map_or(0, |(_, f)| f.len())
}

/// `v` as precise as it is (up to six decimals), as `lang` writes numbers.
pub fn precise(lang: &str, v: f64) -> String {
    number(lang, v, decimals_of(v))
}

/// `v` as precise as it is (up to six decimals), in the app's current language.
pub fn ui_decimal(v: f64) -> String {
    precise(ui_language(), v)
}

type Formatter = fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

const FORMATTERS: [Formatter; 11] = [
    format_value::<0>,
    format_value::<1>,
    format_value::<2>,
    format_value::<3>,
    format_value::<4>,
    format_value::<5>,
    format_value::<6>,
    format_value::<7>,
    format_value::<8>,
    format_value::<9>,
    format_value::<10>,
];

struct Catalogue {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let bundles = FTL
            .iter()
            .enumerate()
            .map(|(i, (code, text))| {
                let locale = code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![locale]);
                // No Unicode isolation marks around arguments: egui draws them as boxes.
                bundle.set_use_isolating(false);
                bundle.set_formatter(FORMATTERS.get(i).copied());
                // A file that does not parse keeps the messages that do (a test fails on it).
                for text in [text, UI_FTL[i].1, ERRORS_FTL[i].1] {
                    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
                    let _ = bundle.add_resource(resource);
                }
                (*code, bundle)
            })
            .collect();
        Catalogue { bundles }
    })
}

fn bundle(lang: &str) -> Option<&'static FluentBundle<FluentResource>> {
    catalogue().bundles.iter().find(|(code, _)| *code == lang).map(|(_, b)| b)
}

/// The message `key` in `lang` with named arguments: text or numbers (numbers are formatted the
/// language's way, text is kept as written).
pub fn say<'a, V: Into<FluentValue<'a>>>(
    lang: &str,
    key: &str,
    args: impl IntoIterator<Item = (&'a str, V)>,
) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name, value.into());
    }
    message(lang, key, Some(&fluent))
}

/// The English text of each message of `keys`, with its key (to recognise text the core wrote
/// in English).
pub fn english(keys: &[&'static str]) -> Vec<(String, &'static str)> {
    keys.iter().map(|key| (message("en", key, None), *key)).collect()
}

/// The message `key` in `lang`, with `args`; English where `lang` lacks it, the key itself where
/// English does too (a test makes sure it does not).
pub fn message(lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
    if lang == PSEUDO {
        return format!("[#{}#]", message("en", key, args));
    }
    for code in [lang, "en"] {
        let Some(bundle) = bundle(code) else { continue };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { continue };
        let mut errors = Vec::new();
        return bundle.format_pattern(pattern, args, &mut errors).into_owned();
    }
    key.to_string()
}

thread_local! {
    /// The language the desktop app speaks on this thread: set by the app each frame from its
    /// state (a thread's own, so UI tests in other languages can run side by side).
    static UI_LANGUAGE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("en") };
}

/// Make `lang` the language of [`t!`] on this thread.
pub fn set_ui_language(lang: &'static str) {
    UI_LANGUAGE.with(|l| l.set(lang));
}

/// The language of [`t!`] on this thread.
pub fn ui_language() -> &'static str {
    UI_LANGUAGE.with(std::cell::Cell::get)
}

/// Whether `key` is a message of English (the reference language).
pub fn has_message(key: &str) -> bool {
    bundle("en").is_some_and(|b| b.has_message(key))
}

/// The language the system asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), where it is one of ours.
pub fn system_language() -> Option<&'static str> {
    ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .find_map(|v| v.split(':').find_map(|part| crate::core::lang::parse(part).ok()))
}

/// A language chosen on the command line: one of [`LANGUAGES`], or the pseudo-language.
pub fn parse_language(code: &str) -> Result<&'static str, UnknownLanguage> {
    if code == PSEUDO { Ok(PSEUDO) } else { crate::core::lang::parse(code) }
}

/// The message key of a sector's name (`Chemicals and pharma` -> `sector-chemicals-and-pharma`).
pub fn sector_key(name: &str) -> String {
    let slug: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("sector-{slug}")
}

/// The endonym of each language, for the language menu.
pub fn language_name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "ru" => "Русский",
        "da" => "Dansk",
        "sv" => "Svenska",
        "nb" => "Norsk bokmål",
        "fi" => "Suomi",
        "de" => "Deutsch",
        "pl" => "Polski",
        "et" => "Eesti",
        "lv" => "Latviešu",
        "lt" => "Lietuvių",
        _ => "[#pseudo#]",
    }
}

/// A message with arguments: `tr!(lang, "report-firms-count", count = 12)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr) => {
        $crate::i18n::message($lang, $key, None)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), fluent_bundle::FluentValue::from($value));)+
        $crate::i18n::message($lang, $key, Some(&args))
    }};
}

/// A figure as the app shows it, in its current language: rounded as the command line rounds
/// ([`crate::core::numbers::group_thousands`]: whole from 100, else to one decimal), written
/// `1,234` in English, `1 234` in Russian, `12,5` in German.
pub fn shown(v: f64) -> String {
    let rounded = if v.abs() >= 100.0 { v.round() } else { (v * 10.0).round() / 10.0 };
    number(ui_language(), rounded, decimals_of(rounded))
}

/// `v` with `decimals` decimals in the app's current language.
pub fn ui_number(v: f64, decimals: usize) -> String {
    number(ui_language(), v, decimals)
}

/// A message in the app's language and, for a bilingual round table, `second` beside it:
/// "Energy / Энергия" (the first alone where `second` is none or the same language).
pub fn both(key: &str, second: Option<&'static str>) -> String {
    let first = message(ui_language(), key, None);
    match second.filter(|s| *s != ui_language()) {
        Some(lang) => format!("{first} / {}", message(lang, key, None)),
        None => first,
    }
}

/// A message of the desktop app in its current language ([`ui_language`]):
/// `t!("ui-run-matching")`, `t!("ui-firms-of", shown = 3, total = 21)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::message($crate::i18n::ui_language(), $key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr!($crate::i18n::ui_language(), $key, $($name = $value),+)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of one `.ftl` text, and the problems of parsing it.
    fn keys(text: &str) -> (Vec<String>, Vec<String>) {
        use fluent_syntax::ast::Entry;
        match fluent_syntax::parser::parse(text) {
            Ok(resource) => (
                resource
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        Entry::Message(m) => Some(m.id.name.to_string()),
                        Entry::Term(t) => Some(format!("-{}", t.id.name)),
                        _ => None,
                    })
                    .collect(),
                vec![],
            ),
            Err((_, errors)) => (vec![], errors.iter().map(|e| format!("{e:?}")).collect()),
        }
    }

    /// The keys of English, both files.
    fn english_keys() -> Vec<String> {
        let mut all = keys(FTL[0].1).0;
        all.extend(keys(UI_FTL[0].1).0);
        all.extend(keys(ERRORS_FTL[0].1).0);
        all
    }

    #[test]
    fn every_language_has_exactly_the_keys_of_english_and_parses() {
        for (file, texts) in [("app.ftl", FTL), ("ui.ftl", UI_FTL), ("errors.ftl", ERRORS_FTL)] {
            assert_eq!(texts.iter().map(|(code, _)| *code).collect::<Vec<_>>(), LANGUAGES);
            let (english, errors) = keys(texts[0].1);
            assert!(errors.is_empty(), "en/{file}: {errors:?}");
            assert!(english.len() > 50, "English {file} has its messages");
            for (code, text) in &texts[1..] {
                let (theirs, errors) = keys(text);
                assert!(errors.is_empty(), "{code}/{file} does not parse: {errors:?}");
                let missing: Vec<_> = english.iter().filter(|k| !theirs.contains(k)).collect();
                let extra: Vec<_> = theirs.iter().filter(|k| !english.contains(k)).collect();
                assert!(missing.is_empty(), "{code}/{file} lacks {missing:?}");
                assert!(extra.is_empty(), "{code}/{file} has keys English lacks: {extra:?}");
            }
        }
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<_> = english_keys().into_iter().filter(|k| !seen.insert(k.clone())).collect();
        assert!(twice.is_empty(), "keys in more than one file: {twice:?}");
    }

    #[test]
    fn every_message_formats_in_every_language_without_errors() {
        let english = english_keys();
        let mut args = FluentArgs::new();
        for name in ["count", "n", "year", "name", "total", "value", "unit", "currency", "shown", "date", "version"] {
            args.set(name, FluentValue::from(3));
        }
        for (code, _) in FTL {
            let bundle = bundle(code).unwrap();
            for key in english.iter().filter(|k| !k.starts_with('-')) {
                let message = bundle.get_message(key).unwrap_or_else(|| panic!("{code}: no {key}"));
                let Some(pattern) = message.value() else { continue };
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                // Only arguments this test did not give may be missing.
                let unknown: Vec<String> = errors
                    .iter()
                    .map(ToString::to_string)
                    .filter(|e| !e.starts_with("Resolver error: Unknown variable"))
                    .collect();
                assert!(unknown.is_empty(), "{code} {key}: {unknown:?}");
                assert!(!text.trim().is_empty(), "{code} {key} is empty");
            }
        }
    }

    #[test]
    fn every_message_of_every_language_has_its_glyphs_in_the_app_s_fonts() {
        use ab_glyph::Font as _;
        // The proportional font egui draws with (the map image and the cards use it too),
        // then egui's monospace font.
        let fonts: Vec<ab_glyph::FontRef> = [epaint_default_fonts::UBUNTU_LIGHT, epaint_default_fonts::HACK_REGULAR]
            .iter()
            .map(|bytes| ab_glyph::FontRef::try_from_slice(bytes).unwrap())
            .collect();
        let english = english_keys();
        let mut args = FluentArgs::new();
        for name in ["count", "n", "year", "name", "total", "value", "unit", "currency", "shown", "date", "version"] {
            args.set(name, FluentValue::from(1_234_567.5));
        }
        for (code, _) in FTL {
            for key in english.iter().filter(|k| !k.starts_with('-')) {
                let text = message(code, key, Some(&args));
                for c in text.chars().filter(|c| !c.is_control()) {
                    let found = fonts.iter().any(|f| f.glyph_id(c).0 != 0);
                    assert!(found, "{code} {key}: no glyph for {c:?} (U+{:04X}) in the app's fonts", c as u32);
                }
            }
        }
        // The catalogue's sources in every language: the breakdowns show them.
        for (english, texts) in sources::translated_sources() {
            for (code, text) in texts {
                for c in text.chars() {
                    let found = fonts.iter().any(|f| f.glyph_id(c).0 != 0);
                    assert!(found, "{code} source of '{english}': no glyph for {c:?}");
                }
            }
        }
        // The catalogue's material names too: lists and the map show them.
        for names in crate::core::lang::builtin_material_names().values() {
            for text in names.names.values().chain(names.synonyms.values().flatten()) {
                for c in text.chars() {
                    assert!(fonts[0].glyph_id(c).0 != 0, "material name {text}: no glyph for {c:?}");
                }
            }
        }
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let firms = |lang: &str, n: i64| tr!(lang, "report-confidential-left-out", count = n);
        assert!(firms("en", 1).starts_with("1 confidential flow is"), "{}", firms("en", 1));
        assert!(firms("en", 2).starts_with("2 confidential flows are"), "{}", firms("en", 2));
        // Russian: 1 поток, 2-4 потока, 5-20 потоков, 21 поток.
        assert!(firms("ru", 1).starts_with("1 конфиденциальный поток "), "{}", firms("ru", 1));
        assert!(firms("ru", 3).starts_with("3 конфиденциальных потока "), "{}", firms("ru", 3));
        assert!(firms("ru", 5).starts_with("5 конфиденциальных потоков "), "{}", firms("ru", 5));
        assert!(firms("ru", 21).starts_with("21 конфиденциальный поток "), "{}", firms("ru", 21));
        // Polish: 1 przepływ, 2-4 przepływy, 5 przepływów.
        assert!(firms("pl", 2).contains("przepływy"), "{}", firms("pl", 2));
        assert!(firms("pl", 5).contains("przepływów"), "{}", firms("pl", 5));
    }

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(number("en", 1234567.891, 1), "1,234,567.9");
        assert_eq!(number("ru", 1234567.891, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(number("de", 1234567.891, 1), "1.234.567,9");
        assert_eq!(number("da", -1500.0, 0), "-1.500");
        assert_eq!(number("sv", -1500.0, 0), "\u{2212}1\u{a0}500");
        assert_eq!(number("pl", 1234.0, 0), "1234", "Polish groups from five digits");
        assert_eq!(number("pl", 12345.0, 0), "12\u{a0}345");
        assert_eq!(number("en", -0.01, 0), "0");
        // In a message, through the bundle's formatter.
        let text = tr!("ru", "report-candidates-best", shown = 20, total = 2_600_000);
        assert!(text.contains("2\u{a0}600\u{a0}000"), "{text}");
    }

    #[test]
    fn a_missing_language_or_message_falls_back_and_the_pseudo_language_wraps() {
        assert_eq!(message("en", "report-summary", None), "Summary");
        assert_eq!(message("xx", "report-summary", None), "Summary");
        assert_eq!(message("en", "no-such-message", None), "no-such-message");
        assert_eq!(message(PSEUDO, "report-summary", None), "[#Summary#]");
        assert_eq!(parse_language("ru_RU.UTF-8"), Ok("ru"));
        assert!(parse_language("xx").unwrap_err().to_string().contains("en, ru, da, sv, nb, fi, de, pl, et, lv, lt"));
    }
}
