//! Numbers as people type and read them: one parser for every field that takes a number, and
//! the formatters the app, the report and the command line show numbers with.

/// A number typed by a person: "1500", "1 500", "1,500", "1,234.5", "1234,5" or "1.234,5".
/// Spaces (also no-break and thin spaces), underscores and apostrophes group digits. Where both
/// a comma and a dot appear, the last one is the decimal mark. A lone comma is a decimal mark
/// ("1234,5") unless it groups thousands as the app shows them ("1,500", "12,000,000").
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let cleaned: String =
        text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '_' | '\'')).collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    let normal = match (cleaned.rfind(','), cleaned.rfind('.')) {
        (Some(c), Some(d)) if c > d => cleaned.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => cleaned.replace(',', ""),
        (Some(_), None) if groups_thousands(&cleaned) => cleaned.replace(',', ""),
        (Some(_), None) if cleaned.matches(',').count() == 1 => cleaned.replace(',', "."),
        (Some(_), None) => return Err(NumberError::NotANumber(text.trim().to_string())),
        (None, _) => cleaned,
    };
    match normal.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(NumberError::TooLarge(text.trim().to_string())),
        Err(_) => Err(NumberError::NotANumber(text.trim().to_string())),
    }
}

/// Why a typed text is not a number.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NumberError {
    #[error("no number given")]
    Empty,
    #[error("'{0}' is not a number")]
    NotANumber(String),
    #[error("'{0}' is too large")]
    TooLarge(String),
}

/// "1,500" or "12,000,000": digits grouped by threes with commas.
fn groups_thousands(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let mut groups = digits.split(',');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// A number for a field or a file: up to 6 decimals, no trailing zeros, no grouping ("1234.5").
pub fn format_number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// A number to read: thousands separated by commas, every decimal kept ("1,234.5").
pub fn grouped(v: f64) -> String {
    let text = format_number(v);
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// A figure to read: rounded (no decimals from 100, one below) and grouped ("90,000").
pub fn group_thousands(v: f64) -> String {
    let rounded = if v.abs() >= 100.0 { v.round() } else { (v * 10.0).round() / 10.0 };
    grouped(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        for (text, value) in [
            ("1500", 1500.0),
            (" 1 500 ", 1500.0),
            ("1,500", 1500.0),
            ("12,000,000", 12e6),
            ("1,234.5", 1234.5),
            ("1234,5", 1234.5),
            ("1.234,5", 1234.5),
            ("0,25", 0.25),
            ("-3,5", -3.5),
            ("1\u{a0}000", 1000.0),
            ("2e3", 2000.0),
        ] {
            assert_eq!(parse_number(text), Ok(value), "{text}");
        }
        for bad in ["", "abc", "1,2,3", "1e999", "12,34,567"] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn what_is_shown_parses_back() {
        for v in [0.0, 5.5, 999.0, 1000.0, 1234.5, 600_000.0, -42_000.25, 12_345_678.0] {
            assert_eq!(parse_number(&grouped(v)), Ok(v), "{}", grouped(v));
        }
        assert_eq!(grouped(600_000.0), "600,000");
        assert_eq!(group_thousands(1234.56), "1,235");
        assert_eq!(group_thousands(12.34), "12.3");
        assert_eq!(format_number(1234.5), "1234.5");
    }
}
