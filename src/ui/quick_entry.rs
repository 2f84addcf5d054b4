//! Quick have/want entry for live workshops: firm, has or wants, material, rough quantity, typed
//! with the keyboard alone (Tab between fields, Enter to add). Each entry is a flow marked as a
//! workshop entry; matching runs again at once, and the entries can be kept or discarded later.

use crate::core::model::*;

/// The `source` of flows entered in a workshop (kept ones say so).
pub const WORKSHOP_SOURCE: &str = "workshop entry";
pub const KEPT_SOURCE: &str = "workshop entry (kept)";

#[derive(Default)]
pub struct QuickEntry {
    pub firm: String,
    pub direction: String,
    pub material: String,
    pub quantity: String,
    pub problem: Option<String>,
}

impl QuickEntry {
    /// The flow the form describes, or what is wrong with it. Firm and material match by id or
    /// by the start of their name, so a few letters are enough.
    pub fn flow(&self, data: &ProjectData) -> Result<Flow, String> {
        let firm_text = self.firm.trim().to_lowercase();
        let firm = data
            .firms
            .iter()
            .find(|f| f.id.as_str().to_lowercase() == firm_text)
            .or_else(|| {
                data.firms.iter().find(|f| !firm_text.is_empty() && f.name.to_lowercase().starts_with(&firm_text))
            })
            .ok_or_else(|| format!("no firm called '{}'", self.firm.trim()))?;
        let direction: Direction = self.direction.parse().map_err(|_| "type has or wants".to_string())?;
        let material_text = self.material.trim().to_lowercase();
        let material = data
            .materials
            .iter()
            .find(|m| m.id.as_str() == material_text)
            .or_else(|| {
                data.materials
                    .iter()
                    .find(|m| !material_text.is_empty() && m.name.to_lowercase().starts_with(&material_text))
            })
            .ok_or_else(|| format!("no material called '{}'", self.material.trim()))?;
        let quantity: f64 = self
            .quantity
            .trim()
            .replace([' ', '\u{a0}'], "")
            .replace(',', ".")
            .parse()
            .ok()
            .filter(|q: &f64| q.is_finite() && *q >= 0.0)
            .ok_or_else(|| format!("quantity '{}' is not a number", self.quantity.trim()))?;
        Ok(Flow {
            id: FlowId(0),
            firm: firm.id.clone(),
            direction,
            role: FlowRole::Residue,
            material: material.id.clone(),
            quantity,
            unit: material.unit,
            ewc: None,
            quality: "rough figure from a workshop".into(),
            available_from: None,
            available_to: None,
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: false,
            confidential: false,
            source: WORKSHOP_SOURCE.into(),
        })
    }
}
