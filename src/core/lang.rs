//! The languages of the Baltic round table, and the catalogue's material names in each.
//!
//! The codes are the `--lang` values, the folders `assets/i18n/<code>/` and the suffixes of the
//! data keys (`name_<code>`, `synonyms_<code>`, `description.<code>`). English is the language
//! of the data itself: a material's `name` is its English name.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every language the app speaks, English first.
pub const LANGUAGES: &[&str] = &["en", "ru", "da", "sv", "nb", "fi", "de", "pl", "et", "lv", "lt"];

/// The languages other than English: those with `name_<code>` columns.
pub fn translated() -> &'static [&'static str] {
    &LANGUAGES[1..]
}

/// A language code that is not one of [`LANGUAGES`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{code}'; the languages are {}", LANGUAGES.join(", "))]
pub struct UnknownLanguage {
    pub code: String,
}

/// The code as given (`ru`, `RU`, `nb-NO`, `ru_RU.UTF-8`), if it names one of the languages.
/// Norwegian without a variant (`no`) is Bokmål.
pub fn parse(code: &str) -> Result<&'static str, UnknownLanguage> {
    let base = code.trim().split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
    let base = if base == "no" || base == "nn" { "nb".to_string() } else { base };
    LANGUAGES.iter().copied().find(|l| *l == base).ok_or_else(|| UnknownLanguage { code: code.trim().to_string() })
}

/// A message that any of the languages can say: the key of a message in
/// `assets/i18n/<code>/errors.ftl` and its arguments, as text. Its English
/// ([`Phrase::english`], the words of `en/errors.ftl`) is what the core writes; the app says
/// the phrase in its own language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// The arguments that are numbers written the English way (`1000.5`): each language writes
    /// them with its own separators (`1 000,5`).
    pub numbers: Vec<&'static str>,
    /// The arguments that are units written the English way (`MWh`): each language writes them
    /// its own way (`МВт·ч`).
    pub units: Vec<&'static str>,
    /// The arguments that are phrases themselves, said in the same language.
    pub parts: Vec<(&'static str, Phrase)>,
    /// The arguments that are sources written in English (the catalogue's, the parameters'):
    /// each language says them as `i18n::sources` does.
    pub sources: Vec<&'static str>,
    /// The arguments that are ids with a name in other languages (a material's): each language
    /// with a name writes "name (id)".
    pub names: Vec<(&'static str, BTreeMap<String, String>)>,
    /// The arguments that are the value of an enumeration (a status, a stage): each language
    /// says them by its `<prefix>-<value>` message.
    pub words: Vec<(&'static str, &'static str)>,
}

impl Phrase {
    pub fn new<V: ToString, const N: usize>(key: &'static str, args: [(&'static str, V); N]) -> Phrase {
        Phrase {
            key,
            args: args.into_iter().map(|(k, v)| (k, v.to_string())).collect(),
            numbers: Vec::new(),
            units: Vec::new(),
            parts: Vec::new(),
            sources: Vec::new(),
            names: Vec::new(),
            words: Vec::new(),
        }
    }

    /// The phrase with `names` marked as numbers.
    pub fn with_numbers(mut self, names: &[&'static str]) -> Phrase {
        self.numbers.extend_from_slice(names);
        self
    }

    /// The phrase with `names` marked as units.
    pub fn with_units(mut self, names: &[&'static str]) -> Phrase {
        self.units.extend_from_slice(names);
        self
    }

    /// The phrase with `names` marked as sources.
    pub fn with_sources(mut self, names: &[&'static str]) -> Phrase {
        self.sources.extend_from_slice(names);
        self
    }

    /// The phrase with the id argument `name` named in each language of `names` (code to name).
    pub fn with_names(mut self, name: &'static str, names: BTreeMap<String, String>) -> Phrase {
        self.names.push((name, names));
        self
    }

    /// The phrase with the argument `name` the value of an enumeration named by `<prefix>-<value>`.
    pub fn with_words(mut self, name: &'static str, prefix: &'static str) -> Phrase {
        self.words.push((name, prefix));
        self
    }

    /// The phrase of a text enum's "unknown unit 'barrel' (expected one of: t, kg, ...)" (the
    /// words `model::text_enum!` writes), with the field, the text and the choices as arguments.
    pub fn of_unknown_value(message: &str) -> Option<Phrase> {
        let rest = message.strip_prefix("unknown ")?;
        let (what, rest) = rest.split_once(" '")?;
        let (text, rest) = rest.rsplit_once("' (expected one of: ")?;
        let expected = rest.strip_suffix(')')?;
        Some(Phrase::new("err-csv-unknown-value", [("what", what), ("text", text), ("expected", expected)]))
    }

    /// The phrase with the argument `name` said by `part`, in the same language.
    pub fn with_part(mut self, name: &'static str, part: Phrase) -> Phrase {
        self.args.retain(|(k, _)| *k != name);
        self.parts.push((name, part));
        self
    }
}

/// The core's own English words for its phrases: `assets/i18n/en/errors.ftl`.
const ENGLISH_ERRORS: &str = include_str!("../../assets/i18n/en/errors.ftl");

impl Phrase {
    /// The phrase in English, its arguments as written: the words the command line prints.
    pub fn english(&self) -> String {
        use fluent_bundle::concurrent::FluentBundle;
        use fluent_bundle::{FluentArgs, FluentResource};
        static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        let bundle = BUNDLE.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().expect("a language tag")]);
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(ENGLISH_ERRORS.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
            bundle
        });
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        for (name, part) in &self.parts {
            args.set(*name, part.english());
        }
        let Some(pattern) = bundle.get_message(self.key).and_then(|m| m.value()) else {
            return self.key.to_string();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
    }
}

/// Words the core wrote in English, with the phrase any language says them in. Written and
/// serialised as the English (what the command line and its JSON give).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub english: String,
    pub phrase: Phrase,
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl serde::Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english)
    }
}

/// Names and synonyms of one built-in material in the other languages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MaterialNames {
    pub names: BTreeMap<String, String>,
    pub synonyms: BTreeMap<String, Vec<String>>,
}

const MATERIAL_NAMES_CSV: &str = include_str!("../../assets/i18n/materials.csv");

/// The catalogue's names of built-in materials per language (assets/i18n/materials.csv: one
/// row per material and language: `material,lang,name,synonyms`, synonyms `;`-separated).
pub fn builtin_material_names() -> &'static BTreeMap<String, MaterialNames> {
    static NAMES: OnceLock<BTreeMap<String, MaterialNames>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out: BTreeMap<String, MaterialNames> = BTreeMap::new();
        let mut reader = csv::Reader::from_reader(MATERIAL_NAMES_CSV.as_bytes());
        for row in reader.records().filter_map(Result::ok) {
            let (id, lang, name, synonyms) = (&row[0], &row[1], &row[2], row.get(3).unwrap_or(""));
            let entry = out.entry(id.to_string()).or_default();
            entry.names.insert(lang.to_string(), name.to_string());
            let words = split_synonyms(synonyms);
            if !words.is_empty() {
                entry.synonyms.insert(lang.to_string(), words);
            }
        }
        out
    })
}

/// `"опилки; стружка"` -> `["опилки", "стружка"]` (blanks dropped).
pub fn split_synonyms(text: &str) -> Vec<String> {
    text.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Lower case and without the marks that users leave out when typing fast (`ё` as `е`), to
/// compare what was typed with a name.
pub fn fold(text: &str) -> String {
    text.trim().to_lowercase().replace('ё', "е")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_are_read_from_locales_and_unknown_ones_list_the_languages() {
        assert_eq!(parse("ru_RU.UTF-8"), Ok("ru"));
        assert_eq!(parse("nb-NO"), Ok("nb"));
        assert_eq!(parse("no"), Ok("nb"));
        assert_eq!(parse("DE"), Ok("de"));
        let error = parse("xx").unwrap_err().to_string();
        assert_eq!(error, "unknown language 'xx'; the languages are en, ru, da, sv, nb, fi, de, pl, et, lv, lt");
    }

    #[test]
    fn materials_csv_has_a_name_and_a_synonyms_column_per_language() {
        let mut expected = vec!["synonyms_en".to_string()];
        for lang in translated() {
            expected.push(format!("name_{lang}"));
            expected.push(format!("synonyms_{lang}"));
        }
        assert_eq!(crate::core::csv_import::MATERIAL_NAME_COLUMNS, expected);
    }

    #[test]
    fn every_built_in_material_has_a_name_in_every_language() {
        let names = builtin_material_names();
        for m in crate::core::catalogue::builtin_materials() {
            let entry = names.get(m.id.as_str()).unwrap_or_else(|| panic!("{}: no names", m.id));
            for lang in translated() {
                let name = entry.names.get(*lang).unwrap_or_else(|| panic!("{}: no name in {lang}", m.id));
                assert!(!name.trim().is_empty(), "{}: empty name in {lang}", m.id);
            }
        }
        for id in names.keys() {
            assert!(
                crate::core::catalogue::builtin_materials().iter().any(|m| m.id.as_str() == id),
                "{id}: not in the catalogue"
            );
        }
        for entry in names.values() {
            for lang in entry.names.keys() {
                assert!(translated().contains(&lang.as_str()), "unknown language {lang}");
            }
        }
    }
}
