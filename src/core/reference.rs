//! Reference lists shipped with the app: the European List of Waste (EWC) and NACE Rev.2, and
//! the form of the Russian waste codes (FKKO).
//!
//! Both are copied from shared/data by `scripts/sync_assets.sh` and compiled into the binary,
//! so the app needs no file beside it. Attributions: assets/ATTRIBUTION.md.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One entry of the European List of Waste.
#[derive(Clone, Debug, PartialEq)]
pub struct EwcCode {
    /// Six digits without spaces (`100105`).
    pub code: String,
    pub description: String,
    pub chapter_title: String,
    pub hazardous: bool,
}

impl EwcCode {
    /// As the legal list prints it: `10 01 05`, with `*` for hazardous entries.
    pub fn display_code(&self) -> String {
        display_ewc(&self.code, self.hazardous)
    }
}

/// `100105` -> `10 01 05` (and a trailing `*` when hazardous).
pub fn display_ewc(code: &str, hazardous: bool) -> String {
    let spaced = if code.len() == 6 && code.is_ascii() {
        format!("{} {} {}", &code[0..2], &code[2..4], &code[4..6])
    } else {
        code.to_string()
    };
    if hazardous { format!("{spaced}*") } else { spaced }
}

/// A Russian waste code of the Federal Classification Catalogue of Waste (ФККО, Rosprirodnadzor
/// order No. 242 of 22 May 2017): eleven digits, the block (1-9), seven of origin and
/// composition, two of aggregate state and physical form, and last the hazard class, 1 (extremely
/// hazardous) to 5 (practically non-hazardous). The catalogue itself is not shipped: a code is
/// checked for its form only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FkkoCode {
    /// Eleven digits without spaces (`47110101521`).
    pub code: String,
}

/// Why a typed FKKO code is not one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FkkoError {
    #[error("'{0}' is not an FKKO code: it has {1} digits, an FKKO code has 11 (e.g. 4 71 101 01 52 1)")]
    Length(String, usize),
    #[error("'{0}' is not an FKKO code: only digits and spaces may be written (e.g. 4 71 101 01 52 1)")]
    Characters(String),
    #[error("'{0}' is not an FKKO code: its first digit, the block, is 1 to 9")]
    Block(String),
    #[error(
        "'{0}' is not the code of a kind of waste: its last digit, the hazard class, is {1}; a kind of waste has class 1 to 5 (0 marks a heading of the catalogue)"
    )]
    Class(String, char),
}

impl FkkoError {
    /// The error in words any language can say (`assets/i18n/<code>/errors.ftl`).
    pub fn phrase(&self) -> super::lang::Phrase {
        use super::lang::Phrase;
        match self {
            FkkoError::Length(text, n) => {
                Phrase::new("err-fkko-length", [("text", text.clone()), ("digits", n.to_string())])
            }
            FkkoError::Characters(text) => Phrase::new("err-fkko-characters", [("text", text)]),
            FkkoError::Block(text) => Phrase::new("err-fkko-block", [("text", text)]),
            FkkoError::Class(text, class) => {
                Phrase::new("err-fkko-class", [("text", text.clone()), ("class", class.to_string())])
            }
        }
    }
}

impl FkkoCode {
    /// Reads a code as written (`4 71 101 01 52 1`, `47110101521`); spaces, hyphens and
    /// non-breaking spaces between the digits are allowed.
    pub fn parse(text: &str) -> Result<FkkoCode, FkkoError> {
        let text = text.trim();
        let separator = |c: char| c == ' ' || c == '-' || c == '\u{a0}' || c == '\u{202f}';
        if text.chars().any(|c| !c.is_ascii_digit() && !separator(c)) {
            return Err(FkkoError::Characters(text.to_string()));
        }
        let code: String = text.chars().filter(char::is_ascii_digit).collect();
        if code.len() != 11 {
            return Err(FkkoError::Length(text.to_string(), code.len()));
        }
        if code.starts_with('0') {
            return Err(FkkoError::Block(text.to_string()));
        }
        let class = code.chars().last().unwrap_or('0');
        if !('1'..='5').contains(&class) {
            return Err(FkkoError::Class(text.to_string(), class));
        }
        Ok(FkkoCode { code })
    }

    /// The hazard class, 1 to 5.
    pub fn hazard_class(&self) -> u8 {
        self.code.bytes().last().map_or(0, |b| b - b'0')
    }

    /// Classes 1 to 4 are hazardous waste (the matching rule 'hazardous'); class 5 is not.
    pub fn is_hazardous(&self) -> bool {
        (1..=4).contains(&self.hazard_class())
    }

    /// As the catalogue prints it: `4 71 101 01 52 1`.
    pub fn display_code(&self) -> String {
        display_fkko(&self.code)
    }
}

/// `47110101521` -> `4 71 101 01 52 1` (other text is returned as it is).
pub fn display_fkko(code: &str) -> String {
    if code.len() == 11 && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("{} {} {} {} {} {}", &code[0..1], &code[1..3], &code[3..6], &code[6..8], &code[8..10], &code[10..11])
    } else {
        code.to_string()
    }
}

/// One entry of NACE Rev.2.
#[derive(Clone, Debug, PartialEq)]
pub struct NaceCode {
    pub code: String,
    /// section, division, group or class.
    pub level: String,
    pub description: String,
}

const EWC_CSV: &str = include_str!("../../assets/ewc_codes.csv");
const NACE_CSV: &str = include_str!("../../assets/nace_rev2.csv");

/// The EWC list, in legal order.
pub fn ewc_codes() -> &'static [EwcCode] {
    static LIST: OnceLock<Vec<EwcCode>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(EWC_CSV.as_bytes());
        reader
            .records()
            .filter_map(Result::ok)
            .map(|r| EwcCode {
                code: r[0].to_string(),
                description: r[1].to_string(),
                chapter_title: r[3].to_string(),
                hazardous: &r[6] == "1",
            })
            .collect()
    })
}

/// The NACE Rev.2 list, in official order.
pub fn nace_codes() -> &'static [NaceCode] {
    static LIST: OnceLock<Vec<NaceCode>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(NACE_CSV.as_bytes());
        reader
            .records()
            .filter_map(Result::ok)
            .map(|r| NaceCode { code: r[0].to_string(), level: r[1].to_string(), description: r[3].to_string() })
            .collect()
    })
}

fn ewc_index() -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    INDEX.get_or_init(|| ewc_codes().iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect())
}

/// Normalises a typed EWC code (`10 01 05*`, `10.01.05`, `100105`) to six digits.
pub fn normalise_ewc(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Looks up a code in any of the spellings [`normalise_ewc`] accepts.
pub fn ewc(code: &str) -> Option<&'static EwcCode> {
    ewc_index().get(&normalise_ewc(code)).and_then(|&i| ewc_codes().get(i))
}

/// Looks up a NACE code (`35.11`, `C`, `20`).
pub fn nace(code: &str) -> Option<&'static NaceCode> {
    let code = code.trim();
    nace_codes().iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_complete_with_hazardous_flags() {
        assert_eq!(ewc_codes().len(), 842);
        assert_eq!(ewc_codes().iter().filter(|c| c.hazardous).count(), 408);
        assert_eq!(nace_codes().len(), 996);
    }

    #[test]
    fn fkko_codes_are_read_in_either_spelling_and_their_last_digit_is_the_hazard_class() {
        // Fluorescent mercury lamps, class 1; polyethylene granulation waste, class 4; glass batch
        // spillage, class 5 (entries of the catalogue).
        let lamps = FkkoCode::parse("4 71 101 01 52 1").unwrap();
        assert_eq!(lamps.code, "47110101521");
        assert_eq!((lamps.hazard_class(), lamps.is_hazardous()), (1, true));
        assert_eq!(lamps.display_code(), "4 71 101 01 52 1");
        let pe = FkkoCode::parse("31511121204").unwrap();
        assert_eq!((pe.hazard_class(), pe.is_hazardous()), (4, true));
        let batch = FkkoCode::parse("3-41-051-15-40-5").unwrap();
        assert_eq!((batch.hazard_class(), batch.is_hazardous()), (5, false));
        assert_eq!(FkkoCode::parse("4 71 101 01 52"), Err(FkkoError::Length("4 71 101 01 52".into(), 10)));
        assert!(matches!(FkkoCode::parse("34110000000"), Err(FkkoError::Class(_, '0'))));
        assert!(matches!(FkkoCode::parse("3411000000 7"), Err(FkkoError::Class(_, '7'))));
        assert!(matches!(FkkoCode::parse("04110000001"), Err(FkkoError::Block(_))));
        assert!(matches!(FkkoCode::parse("10 01 05"), Err(FkkoError::Length(..))));
        assert!(matches!(FkkoCode::parse("4 71 101 01 52 1*"), Err(FkkoError::Characters(_))));
        let message = FkkoCode::parse("34110000000").unwrap_err().to_string();
        assert!(message.contains("hazard class") && message.contains("1 to 5"), "{message}");
    }

    #[test]
    fn ewc_codes_are_found_in_legal_spelling_and_shown_with_their_star() {
        let gypsum = ewc("10 01 05").expect("FGD gypsum is on the list");
        assert!(!gypsum.hazardous);
        assert_eq!(gypsum.display_code(), "10 01 05");
        let hazardous = ewc_codes().iter().find(|c| c.hazardous).unwrap();
        assert!(hazardous.display_code().ends_with('*'));
        assert!(ewc("99 99 99").is_none());
    }

    #[test]
    fn nace_finds_classes_and_sections() {
        assert_eq!(nace("35.11").unwrap().level, "class");
        assert_eq!(nace("c").unwrap().level, "section");
        assert!(nace("99.99").is_none());
    }
}
