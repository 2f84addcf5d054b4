//! Reference lists shipped with the app: the European List of Waste (EWC) and NACE Rev.2.
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
