//! Quick have/want entry for live workshops: firm, has or wants, material, rough quantity, typed
//! with the keyboard alone (Tab between fields, Enter to add). Each entry is a flow marked as a
//! workshop entry; matching runs again at once, and the entries can be kept or discarded later.

use crate::core::model::*;
use crate::i18n::Localized as _;
use crate::t;

/// A rough quantity as typed, in the material's unit: a number ("1 500", "2,5"), optionally with
/// its unit ("100 Гкал", "2 kt", "500 kWh"), converted where the catalogue allows.
/// "has" or "wants", in the app's language or in English (`has`, `supply`, `wants`, ...).
fn direction_in(text: &str) -> Option<Direction> {
    let typed = text.trim().to_lowercase();
    [Direction::Supply, Direction::Demand]
        .into_iter()
        .find(|d| crate::ui::words::direction(*d).to_lowercase() == typed)
        .or_else(|| typed.parse().ok())
}

fn quantity_in(text: &str, material: &Material) -> Result<f64, String> {
    let split = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
    let (number, unit) = (text[..split].trim(), text[split..].trim());
    let value = crate::core::numbers::parse_number(number)
        .ok()
        .filter(|q| q.is_finite() && *q >= 0.0)
        .ok_or_else(|| t!("ui-quantity-not-a-number", text = text))?;
    if unit.is_empty() {
        return Ok(value);
    }
    let unit: Unit = unit.parse()?;
    material.convert(value, unit).map(|(q, _)| q).map_err(|e| e.localized())
}

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
    /// The workshop the entries come from (its id; empty: none), kept from entry to entry.
    pub workshop: String,
}

impl QuickEntry {
    /// The flow the form describes, or what is wrong with it. A firm matches by id or by the start
    /// of its name, a material also by its name or a synonym in any language ("опилки",
    /// "træflis"), so a few letters are enough.
    pub fn flow(&self, data: &ProjectData) -> Result<Flow, String> {
        let firm_text = self.firm.trim().to_lowercase();
        let firm = data
            .firms
            .iter()
            .find(|f| f.id.as_str().to_lowercase() == firm_text)
            .or_else(|| {
                data.firms.iter().find(|f| !firm_text.is_empty() && f.name.to_lowercase().starts_with(&firm_text))
            })
            .ok_or_else(|| t!("ui-no-firm-called", name = self.firm.trim().to_string()))?;
        let direction = direction_in(&self.direction).ok_or_else(|| t!("ui-type-has-or-wants"))?;
        let material = data
            .find_material(&self.material)
            .ok_or_else(|| t!("ui-no-material-called", name = self.material.trim().to_string()))?;
        let quantity = quantity_in(self.quantity.trim(), material)?;
        Ok(Flow {
            id: FlowId(0),
            firm: firm.id.clone(),
            direction,
            role: FlowRole::Residue,
            material: material.id.clone(),
            quantity,
            unit: material.unit,
            ewc: None,
            fkko: None,
            workshop_id: self.workshop.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A project with the built-in catalogue and one firm, "ТГК-1" (id `tgk`).
    fn park() -> ProjectData {
        let mut data = ProjectData::new(ProjectMeta::default());
        data.firms.push(Firm {
            id: FirmId::new("tgk"),
            name: "ТГК-1".into(),
            location: LatLon::new(59.95, 30.3),
            nace: "35.30".into(),
            employees: None,
            address: String::new(),
            notes: String::new(),
            source: "test".into(),
            country: "RU".into(),
            ets: false,
            port: String::new(),
        });
        data
    }

    fn typed(material: &str, quantity: &str) -> Result<Flow, String> {
        let form = QuickEntry {
            firm: "тгк".into(),
            direction: "has".into(),
            material: material.into(),
            quantity: quantity.into(),
            problem: None,
            workshop: String::new(),
        };
        form.flow(&park())
    }

    fn entry(quantity: &str) -> Result<Flow, String> {
        typed("district", quantity)
    }

    #[test]
    fn a_quantity_may_carry_its_unit_and_is_stored_in_the_materials() {
        assert_eq!(entry("1 500").unwrap().quantity, 1500.0);
        assert_eq!(entry("2,5").unwrap().quantity, 2.5);
        let gcal = entry("100 Гкал").unwrap();
        assert_eq!(gcal.unit, Unit::Mwh);
        assert!((gcal.quantity - 116.3).abs() < 1e-9, "{}", gcal.quantity);
        assert!((entry("500 kWh").unwrap().quantity - 0.5).abs() < 1e-12);
        let err = entry("3 t").unwrap_err();
        assert!(err.contains("district_heat is measured in MWh, not t"), "{err}");
        assert!(entry("lots").unwrap_err().contains("quantity 'lots' is not a number"));
        assert!(entry("5 barrels").unwrap_err().contains("unknown unit 'barrels'"));
    }

    #[test]
    fn a_material_is_found_by_its_name_or_synonym_in_the_room_s_language() {
        let material = |text: &str| typed(text, "10").map(|f| f.material.0);
        assert_eq!(material("опилки").as_deref(), Ok("sawdust"));
        assert_eq!(material("Træflis").as_deref(), Ok("wood_chips"));
        assert_eq!(material("Sägespäne").as_deref(), Ok("sawdust"));
        assert_eq!(material("щепа").as_deref(), Ok("wood_chips"));
        assert_eq!(material("zrębki").as_deref(), Ok("wood_chips"));
        assert_eq!(material("зола-унос").as_deref(), Ok("fly_ash"));
        assert_eq!(material("kaukolämpö").as_deref(), Ok("district_heat"));
        assert!(material("флогистон").unwrap_err().contains("no material called 'флогистон'"));
    }
}
