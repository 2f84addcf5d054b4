//! Column mapping: a CSV text's header, and the text rewritten with its columns renamed or
//! dropped, so that files with other column names import.

use super::*;

/// The header of a CSV text (BOM and delimiter handled), for column mapping.
pub fn header_of(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned();
    let first = text.lines().next().unwrap_or("");
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).delimiter(detect_delimiter(first)).from_reader(first.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default()
}

/// Rewrites a CSV text with columns renamed (`Some(name)`) or dropped (`None`) by header name,
/// keeping its delimiter and its line numbers, so that files with other column names import.
pub fn apply_column_mapping(bytes: &[u8], mapping: &HashMap<String, Option<String>>) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| "the file is not UTF-8".to_string())?;
    let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).flexible(true).from_writer(Vec::new());
    let mut keep: Vec<Option<String>> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        if i == 0 {
            keep = record
                .iter()
                .map(|h| mapping.get(h.trim()).cloned().unwrap_or_else(|| Some(h.trim().to_string())))
                .collect();
            let header: Vec<&str> = keep.iter().flatten().map(String::as_str).collect();
            writer.write_record(header).map_err(|e| e.to_string())?;
        } else {
            let row: Vec<&str> = record.iter().zip(&keep).filter(|(_, k)| k.is_some()).map(|(c, _)| c).collect();
            writer.write_record(row).map_err(|e| e.to_string())?;
        }
    }
    writer.into_inner().map_err(|e| e.to_string())
}
