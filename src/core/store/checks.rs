//! What an edit checks before it writes: firms, flows, exchanges and materials as the model allows them.

#[allow(unused_imports)]
use super::*;

pub(super) fn validate_firm(firm: &Firm) -> Result<(), StoreError> {
    if firm.id.as_str().trim().is_empty() {
        return Err(StoreError::Invalid("a firm needs an id".into()));
    }
    if firm.name.trim().is_empty() {
        return Err(StoreError::Invalid(format!("firm '{}' needs a name", firm.id)));
    }
    first_problem(validate::firm_problems(firm))
}

pub(super) fn firm_location(tx: &Connection, id: &FirmId) -> Result<Option<LatLon>, StoreError> {
    let blob: Option<Option<Vec<u8>>> =
        tx.query_row("SELECT geom FROM firms WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
    let Some(blob) = blob else { return Ok(None) };
    match blob.as_deref().map(gpkg::decode) {
        Some(Ok(Geometry::Point(p))) => Ok(Some(p)),
        _ => Err(StoreError::Invalid(format!("firm '{id}' has no valid point geometry"))),
    }
}

pub(super) fn require_material(tx: &Connection, id: &MaterialId) -> Result<Unit, StoreError> {
    let unit: Option<String> =
        tx.query_row("SELECT unit FROM materials WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
    let Some(unit) = unit else {
        return Err(StoreError::Invalid(format!("unknown material '{id}'")));
    };
    unit.parse().map_err(StoreError::Invalid)
}

pub(super) fn require_firm(tx: &Connection, id: &FirmId) -> Result<LatLon, StoreError> {
    firm_location(tx, id)?.ok_or_else(|| StoreError::Invalid(format!("unknown firm '{id}'")))
}

pub(super) fn validate_flow(tx: &Connection, flow: &Flow) -> Result<(), StoreError> {
    first_problem(validate::flow_problems(flow))?;
    require_firm(tx, &flow.firm)?;
    let unit = require_material(tx, &flow.material)?;
    if unit != flow.unit {
        return Err(StoreError::Invalid(format!("{} is measured in {unit}, not {}", flow.material, flow.unit)));
    }
    if !(flow.quantity.is_finite() && flow.quantity >= 0.0) {
        return Err(StoreError::Invalid(format!("quantity must be zero or more, not {}", flow.quantity)));
    }
    if let (Some(from), Some(to)) = (flow.available_from, flow.available_to)
        && from > to
    {
        return Err(StoreError::Invalid(format!("available from {from} is after available to {to}")));
    }
    Ok(())
}

pub(super) fn validate_exchange(tx: &Connection, ex: &Exchange) -> Result<(), StoreError> {
    first_problem(validate::exchange_problems(ex))?;
    require_firm(tx, &ex.from)?;
    require_firm(tx, &ex.to)?;
    let unit = require_material(tx, &ex.material)?;
    if unit != ex.unit {
        return Err(StoreError::Invalid(format!("{} is measured in {unit}, not {}", ex.material, ex.unit)));
    }
    if let Some(q) = ex.quantity
        && !(q.is_finite() && q >= 0.0)
    {
        return Err(StoreError::Invalid(format!("quantity must be zero or more, not {q}")));
    }
    if let (Some(start), Some(end)) = (ex.start_year, ex.end_year)
        && start > end
    {
        return Err(StoreError::Invalid(format!("start year {start} is after end year {end}")));
    }
    Ok(())
}

pub(super) fn material_problem(m: &Material) -> Option<String> {
    if m.id.as_str().trim().is_empty() {
        return Some("a material needs an id".into());
    }
    validate::material_problems(m).into_iter().next()
}

/// The first of `problems` as the error of an edit.
pub(super) fn first_problem(problems: Vec<String>) -> Result<(), StoreError> {
    match problems.into_iter().next() {
        Some(problem) => Err(StoreError::Invalid(problem)),
        None => Ok(()),
    }
}
