//! The map's symbology: the colour-blind-safe palette (Okabe & Ito), colours of material kinds
//! and sectors, and the legend's sectors.

use egui::Color32;

use crate::core::model::*;

/// Colour-blind-safe palette (Okabe & Ito), from the core's shared style.
pub mod colors {
    use crate::core::style;
    use egui::Color32;

    pub const fn rgb(c: style::Rgb) -> Color32 {
        Color32::from_rgb(c[0], c[1], c[2])
    }
    pub const ORANGE: Color32 = rgb(style::ORANGE);
    pub const SKY: Color32 = rgb(style::SKY);
    pub const GREEN: Color32 = rgb(style::GREEN);
    pub const YELLOW: Color32 = rgb(style::YELLOW);
    pub const BLUE: Color32 = rgb(style::BLUE);
    pub const VERMILION: Color32 = rgb(style::VERMILION);
    pub const PURPLE: Color32 = rgb(style::PURPLE);
    pub const GREY: Color32 = rgb(style::GREY);
}

/// Colour of a material kind: energy orange, water blue, materials green.
pub fn kind_color(kind: MaterialKind) -> Color32 {
    colors::rgb(crate::core::style::kind_rgb(kind))
}

/// Sector colour from the NACE section of a firm.
pub fn sector(nace: &str) -> (&'static str, Color32) {
    let (name, rgb) = crate::core::style::sector(nace);
    (name, colors::rgb(rgb))
}

/// The legend entries of the firm layer.
pub const SECTORS: &[&str] = &["01", "19", "10", "25", "20", "35", "37", "84"];
