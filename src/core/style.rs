//! How the project is drawn, shared by every client that draws it: the desktop map, the map
//! image export and the QGIS styles written into the project file. Colours are the
//! colour-blind-safe palette of Okabe & Ito, as plain RGB.

use super::model::{ExchangeStatus, MaterialKind};

pub type Rgb = [u8; 3];

pub const ORANGE: Rgb = [230, 159, 0];
pub const SKY: Rgb = [86, 180, 233];
pub const GREEN: Rgb = [0, 158, 115];
pub const YELLOW: Rgb = [240, 228, 66];
pub const BLUE: Rgb = [0, 114, 178];
pub const VERMILION: Rgb = [213, 94, 0];
pub const PURPLE: Rgb = [204, 121, 167];
pub const GREY: Rgb = [110, 110, 110];
pub const LIGHT_GREY: Rgb = [170, 170, 170];

/// Colour of a material kind: energy vermilion, water blue, materials green.
pub fn kind_rgb(kind: MaterialKind) -> Rgb {
    match kind {
        MaterialKind::Energy => VERMILION,
        MaterialKind::Water => BLUE,
        MaterialKind::Material => GREEN,
    }
}

/// A sector: its name, its ranges of NACE divisions (first and last) and its colour.
pub type SectorGroup = (&'static str, &'static [(u32, u32)], Rgb);

/// The sectors firms are coloured by; a division in none of them is "Other".
pub const SECTOR_GROUPS: &[SectorGroup] = &[
    ("Agriculture and fishing", &[(1, 3)], GREEN),
    ("Mining and refining", &[(5, 9), (19, 19)], GREY),
    ("Food and drink", &[(10, 12)], YELLOW),
    ("Manufacturing", &[(13, 18), (22, 33)], SKY),
    ("Chemicals and pharma", &[(20, 21)], PURPLE),
    ("Energy", &[(35, 35)], ORANGE),
    ("Water and waste", &[(36, 39)], BLUE),
];

pub const OTHER_SECTOR: (&str, Rgb) = ("Other", LIGHT_GREY);

/// Sector name and colour of a firm from its NACE code (its first two digits).
pub fn sector(nace: &str) -> (&'static str, Rgb) {
    let division: u32 = nace.get(..2).and_then(|d| d.parse().ok()).unwrap_or(0);
    SECTOR_GROUPS
        .iter()
        .find(|(_, ranges, _)| ranges.iter().any(|(a, b)| (*a..=*b).contains(&division)))
        .map(|(name, _, rgb)| (*name, *rgb))
        .unwrap_or(OTHER_SECTOR)
}

/// Exchanges not yet running are dashed; ended and rejected ones are faded.
pub fn status_is_dashed(status: ExchangeStatus) -> bool {
    matches!(status, ExchangeStatus::Candidate | ExchangeStatus::Proposed | ExchangeStatus::Agreed)
}

pub fn status_is_faded(status: ExchangeStatus) -> bool {
    matches!(status, ExchangeStatus::Ended | ExchangeStatus::Rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_follow_nace_divisions() {
        assert_eq!(sector("35.11").0, "Energy");
        assert_eq!(sector("19.20").0, "Mining and refining");
        assert_eq!(sector("21.10").0, "Chemicals and pharma");
        assert_eq!(sector("84.11").0, "Other");
        assert_eq!(sector("").0, "Other");
    }
}
