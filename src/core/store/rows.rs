//! Rows in and out: writing and reading firms, flows, exchanges, materials, rules and the project's metadata, and keeping geometries and layer extents in step.

#[allow(unused_imports)]
use super::*;

/// Records that `table` changed now, with its extent for feature tables.
/// Keeps the firms layer's extent in `gpkg_contents` exact after one firm left `removed` and/or
/// arrived at `added`, without reading every firm: the box only grows, unless the firm that left
/// lay on its edge (then it is computed again from all firms).
pub(super) fn touch_firms(tx: &Connection, removed: Option<LatLon>, added: Option<LatLon>) -> Result<(), StoreError> {
    let extent: (Option<f64>, Option<f64>, Option<f64>, Option<f64>) =
        tx.query_row("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'firms'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let (Some(mut x0), Some(mut y0), Some(mut x1), Some(mut y1)) = extent else { return touch(tx, "firms") };
    if removed.is_some_and(|p| p.lon == x0 || p.lon == x1 || p.lat == y0 || p.lat == y1) {
        return touch(tx, "firms");
    }
    if let Some(p) = added {
        (x0, y0, x1, y1) = (x0.min(p.lon), y0.min(p.lat), x1.max(p.lon), y1.max(p.lat));
    }
    tx.execute(
        "UPDATE gpkg_contents SET last_change = ?1, min_x = ?2, min_y = ?3, max_x = ?4, max_y = ?5 WHERE table_name = 'firms'",
        params![now_iso(), x0, y0, x1, y1],
    )?;
    Ok(())
}

pub(super) fn touch(tx: &Connection, table: &str) -> Result<(), StoreError> {
    let now = now_iso();
    if matches!(table, "firms" | "exchanges") {
        // `table` is one of two fixed names, never user input.
        let sql = format!(
            "SELECT MIN(ST_MinX(geom)), MIN(ST_MinY(geom)), MAX(ST_MaxX(geom)), MAX(ST_MaxY(geom)) FROM {table}"
        );
        let extent: (Option<f64>, Option<f64>, Option<f64>, Option<f64>) =
            tx.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        tx.execute(
            "UPDATE gpkg_contents SET last_change = ?2, min_x = ?3, min_y = ?4, max_x = ?5, max_y = ?6 WHERE table_name = ?1",
            params![table, now, extent.0, extent.1, extent.2, extent.3],
        )?;
    } else {
        tx.execute("UPDATE gpkg_contents SET last_change = ?2 WHERE table_name = ?1", params![table, now])?;
    }
    Ok(())
}

pub(super) fn line_between(tx: &Connection, from: &FirmId, to: &FirmId) -> Result<Option<Vec<u8>>, StoreError> {
    let (Some(a), Some(b)) = (firm_location(tx, from)?, firm_location(tx, to)?) else {
        return Ok(None);
    };
    Ok(Some(gpkg::encode(&Geometry::LineString(vec![a, b]), SRS_WGS84)))
}

/// Brings geometries back in step after another program (QGIS, GDAL) edited the file in place:
/// firm points another tool stored in its own blob format (SpatiaLite, bare WKB, as
/// `ogrinfo -sql "UPDATE ..."` can) are rewritten as GeoPackage blobs, and each exchange line
/// runs again from its from-firm to its to-firm (the firms layer is the truth). One
/// transaction, and none at all when everything is in step. Returns the lines redrawn.
pub(super) fn redraw_stale_exchanges(tx: &Transaction) -> Result<usize, StoreError> {
    let conn: &Connection = tx;
    let mut positions = HashMap::new();
    let mut foreign_points = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT fid, id, geom FROM firms")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let blob: Option<Vec<u8>> = r.get(2)?;
            if let Some(blob) = blob
                && let Ok(Geometry::Point(p)) = gpkg::decode(&blob)
            {
                if !gpkg::is_geopackage_blob(&blob) {
                    foreign_points.push((r.get::<_, i64>(0)?, gpkg::encode(&Geometry::Point(p), SRS_WGS84)));
                }
                positions.insert(r.get::<_, String>(1)?, p);
            }
        }
    }
    let mut stale = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT fid, from_firm_id, to_firm_id, geom FROM exchanges")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (Some(a), Some(b)) = (positions.get(&r.get::<_, String>(1)?), positions.get(&r.get::<_, String>(2)?))
            else {
                continue; // a missing firm is reported by `load`, not papered over here
            };
            let line = Geometry::LineString(vec![*a, *b]);
            let blob: Option<Vec<u8>> = r.get(3)?;
            let in_step =
                blob.as_deref().is_some_and(|b| gpkg::is_geopackage_blob(b) && gpkg::decode(b).as_ref() == Ok(&line));
            if !in_step {
                stale.push((r.get::<_, i64>(0)?, gpkg::encode(&line, SRS_WGS84)));
            }
        }
    }
    if stale.is_empty() && foreign_points.is_empty() {
        return Ok(0);
    }
    for (fid, geom) in &foreign_points {
        tx.execute("UPDATE firms SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    if !foreign_points.is_empty() {
        touch(tx, "firms")?;
    }
    for (fid, geom) in &stale {
        tx.execute("UPDATE exchanges SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    if !stale.is_empty() {
        touch(tx, "exchanges")?;
    }
    Ok(stale.len())
}

pub(super) fn redraw_exchanges_of(tx: &Connection, firm: &FirmId) -> Result<(), StoreError> {
    let mut stmt =
        tx.prepare("SELECT fid, from_firm_id, to_firm_id FROM exchanges WHERE from_firm_id = ?1 OR to_firm_id = ?1")?;
    let rows: Vec<(i64, String, String)> =
        stmt.query_map([firm.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    if rows.is_empty() {
        return Ok(());
    }
    for (fid, from, to) in rows {
        let geom = line_between(tx, &FirmId(from), &FirmId(to))?;
        tx.execute("UPDATE exchanges SET geom = ?2 WHERE fid = ?1", params![fid, geom])?;
    }
    touch(tx, "exchanges")
}

pub(super) fn update_firm_row(tx: &Connection, firm: &Firm) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE firms SET geom = ?2, name = ?3, nace = ?4, employees = ?5, address = ?6, notes = ?7, source = ?8,
         country = ?9, ets = ?10, port = ?11 WHERE id = ?1",
    )?
    .execute(params![
        firm.id.as_str(),
        gpkg::encode(&Geometry::Point(firm.location), SRS_WGS84),
        firm.name,
        firm.nace,
        firm.employees,
        firm.address,
        firm.notes,
        firm.source,
        firm.country,
        firm.ets,
        firm.port
    ])?;
    Ok(())
}

pub(super) fn insert_firm(tx: &Connection, firm: &Firm) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO firms (geom, id, name, nace, employees, address, notes, source, country, ets, port)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        gpkg::encode(&Geometry::Point(firm.location), SRS_WGS84),
        firm.id.as_str(),
        firm.name,
        firm.nace,
        firm.employees,
        firm.address,
        firm.notes,
        firm.source,
        firm.country,
        firm.ets,
        firm.port
    ])?;
    Ok(())
}

pub(super) fn insert_flow(tx: &Connection, flow: &Flow, id: Option<FlowId>) -> Result<FlowId, StoreError> {
    tx.prepare_cached(
        "INSERT INTO flows (fid, firm_id, direction, material, quantity, unit, ewc, quality, available_from,
         available_to, price_per_unit, disposal_cost_per_unit, accepts_hazardous, confidential, source, role, fkko,
         workshop_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        id.map(|i| i.0),
        flow.firm.as_str(),
        flow.direction.as_str(),
        flow.material.as_str(),
        flow.quantity,
        flow.unit.as_str(),
        flow.ewc,
        flow.quality,
        flow.available_from,
        flow.available_to,
        flow.price_per_unit,
        flow.disposal_cost_per_unit,
        flow.accepts_hazardous,
        flow.confidential,
        flow.source,
        flow.role.as_str(),
        flow.fkko,
        (!flow.workshop_id.is_empty()).then_some(flow.workshop_id.as_str())
    ])?;
    Ok(FlowId(tx.last_insert_rowid()))
}

pub(super) fn insert_exchange(
    tx: &Connection,
    ex: &Exchange,
    id: Option<ExchangeId>,
) -> Result<ExchangeId, StoreError> {
    let geom = line_between(tx, &ex.from, &ex.to)?;
    tx.prepare_cached(
        "INSERT INTO exchanges (fid, geom, from_firm_id, to_firm_id, material, quantity, unit, status, start_year,
         end_year, transport, notes, source, counterfactual_km, programme)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        id.map(|i| i.0),
        geom,
        ex.from.as_str(),
        ex.to.as_str(),
        ex.material.as_str(),
        ex.quantity,
        ex.unit.as_str(),
        ex.status.as_str(),
        ex.start_year,
        ex.end_year,
        ex.transport.map(TransportMode::as_str),
        ex.notes,
        ex.source,
        ex.counterfactual_km,
        (!ex.programme.is_empty()).then_some(ex.programme.as_str())
    ])?;
    Ok(ExchangeId(tx.last_insert_rowid()))
}

pub(super) fn insert_material(tx: &Connection, m: &Material) -> Result<(), StoreError> {
    insert_material_at(tx, m, true)
}

/// Inserts a material; without `names` as schema 5 had it (no names or synonyms columns: the
/// migration to schema 5 adds catalogue entries before those columns exist).
pub(super) fn insert_material_at(tx: &Connection, m: &Material, names: bool) -> Result<(), StoreError> {
    let (columns, values) = if names { (", names, synonyms", ", ?24, ?25") } else { ("", "") };
    tx.prepare_cached(&format!(
        "INSERT INTO materials (id, name, kind, unit, ewc_codes, max_distance_km, max_distance_source, transport,
         ef_virgin, ef_virgin_source, ef_disposal, ef_disposal_source, virgin_price, virgin_price_source,
         disposal_cost, disposal_cost_source, builtin, density_t_per_m3, density_source, energy_mwh_per_t,
         energy_source, disposal_route, other_modes{columns})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                 ?23{values})"
    ))?
    .execute(rusqlite::params_from_iter(material_values(m).into_iter().take(if names { 25 } else { 23 })))?;
    Ok(())
}

/// A material's values in the column order of [`insert_material_at`].
fn material_values(m: &Material) -> Vec<rusqlite::types::Value> {
    use rusqlite::types::Value;
    let text = |s: &str| Value::Text(s.to_string());
    let real = |v: f64| Value::Real(v);
    let opt_real = |v: Option<f64>| v.map_or(Value::Null, Value::Real);
    let opt_text = |v: Option<String>| v.map_or(Value::Null, Value::Text);
    vec![
        text(m.id.as_str()),
        text(&m.name),
        text(m.kind.as_str()),
        text(m.unit.as_str()),
        text(&m.ewc_codes.join(" ")),
        real(m.max_distance_km.value),
        text(&m.max_distance_km.source),
        text(m.transport.as_str()),
        real(m.ef_virgin.value),
        text(&m.ef_virgin.source),
        real(m.ef_disposal.value),
        text(&m.ef_disposal.source),
        real(m.virgin_price.value),
        text(&m.virgin_price.source),
        real(m.disposal_cost.value),
        text(&m.disposal_cost.source),
        Value::Integer(i64::from(m.builtin)),
        opt_real(m.density_t_per_m3.as_ref().map(|d| d.value)),
        opt_text(m.density_t_per_m3.as_ref().map(|d| d.source.clone())),
        opt_real(m.energy_mwh_per_t.as_ref().map(|e| e.value)),
        opt_text(m.energy_mwh_per_t.as_ref().map(|e| e.source.clone())),
        text(m.disposal_route.as_str()),
        text(&modes_text(&m.other_modes)),
        opt_text(names_json(&m.names)),
        opt_text(names_json(&m.synonyms)),
    ]
}

/// Names or synonyms per language as stored: a JSON object, or NULL where there are none.
pub(super) fn names_json<V: serde::Serialize>(map: &std::collections::BTreeMap<String, V>) -> Option<String> {
    (!map.is_empty()).then(|| serde_json::to_string(map).unwrap_or_default())
}

/// Reads what [`names_json`] wrote; anything else is an error naming the material and column.
fn names_from_json<V: serde::de::DeserializeOwned>(
    text: Option<String>,
    what: impl Fn() -> String,
    column: &str,
    shape: &str,
) -> Result<std::collections::BTreeMap<String, V>, StoreError> {
    match text.filter(|t| !t.trim().is_empty()) {
        None => Ok(Default::default()),
        Some(t) => serde_json::from_str(&t)
            .map_err(|e| StoreError::Invalid(format!("{}: {column} is not a JSON object of {shape} ({e})", what()))),
    }
}

/// Transport modes as stored: space-separated names.
pub(super) fn modes_text(modes: &[TransportMode]) -> String {
    modes.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(" ")
}

pub(super) fn write_meta(tx: &Connection, meta: &ProjectMeta) -> Result<(), StoreError> {
    let rows = [
        ("name", meta.name.clone()),
        ("region", meta.region.clone()),
        ("description", meta.description.clone()),
        ("currency", meta.currency.clone()),
        ("price_year", meta.price_year.to_string()),
        ("evaluation_year", meta.evaluation_year.map_or(String::new(), |y| y.to_string())),
        ("view_lat", meta.view.lat.to_string()),
        ("view_lon", meta.view.lon.to_string()),
        ("view_zoom", meta.view.zoom.to_string()),
    ];
    for (key, value) in rows {
        tx.execute(
            "INSERT INTO se_project (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    tx.execute("DELETE FROM se_project WHERE key LIKE 'tour\\_%' ESCAPE '\\' OR key LIKE 'description.%'", [])?;
    for (i, step) in meta.tour.iter().enumerate() {
        tx.execute("INSERT INTO se_project (key, value) VALUES (?1, ?2)", params![format!("tour_{}", i + 1), step])?;
    }
    for (key, value) in meta.translated_rows() {
        tx.execute("INSERT INTO se_project (key, value) VALUES (?1, ?2)", params![key, value])?;
    }
    Ok(())
}

/// Writes a whole project into freshly migrated tables.
pub(super) fn write_project(tx: &Transaction, data: &ProjectData) -> Result<(), StoreError> {
    write_meta(tx, &data.meta)?;
    for (key, value, source) in data.params.to_rows() {
        tx.execute("INSERT INTO se_parameters (key, value, source) VALUES (?1, ?2, ?3)", params![key, value, source])?;
    }
    for m in &data.materials {
        insert_material(tx, m)?;
    }
    for rule in &data.rules {
        // A plain INSERT, not `upsert_rule_row`: a rule given twice is an error, not merged.
        tx.execute(
            "INSERT INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                rule.supply.as_str(),
                rule.demand.as_str(),
                rule.ratio,
                rule.source,
                rule.use_ef,
                rule.use_ef_source
            ],
        )?;
    }
    for firm in &data.firms {
        insert_firm(tx, firm)?;
    }
    for flow in &data.flows {
        insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
    }
    for ex in &data.exchanges {
        insert_exchange(tx, ex, (ex.id.0 > 0).then_some(ex.id))?;
    }
    super::workbench_rows::write(tx, data)?;
    for table in [
        "firms",
        "exchanges",
        "flows",
        "materials",
        "substitution_rules",
        "stages",
        "outcomes",
        "contacts",
        "workshops",
    ] {
        touch(tx, table)?;
    }
    // Again now that the materials and quantities are known (the migration wrote them empty).
    crate::core::qgis::write_default_styles(tx)?;
    Ok(())
}

/// A read error of one row as a message naming the row and the column: "flow 12: column
/// 'quantity' holds text where the app expects a number".
pub(super) fn name_row(what: String, err: StoreError) -> StoreError {
    use rusqlite::types::Type;
    let kind = |t: &Type| match t {
        Type::Null => "nothing (NULL)",
        Type::Integer => "an integer",
        Type::Real => "a number",
        Type::Text => "text",
        Type::Blob => "binary data",
    };
    match err {
        StoreError::Sqlite(rusqlite::Error::InvalidColumnType(_, column, found)) => StoreError::Invalid(format!(
            "{what}: column '{column}' holds {} where the app expects another type (a number, a text or a flag)",
            kind(&found)
        )),
        StoreError::Sqlite(rusqlite::Error::IntegralValueOutOfRange(i, v)) => {
            StoreError::Invalid(format!("{what}: the value {v} in column {} is out of range", i + 1))
        }
        StoreError::Sqlite(rusqlite::Error::FromSqlConversionFailure(i, found, e)) => {
            StoreError::Invalid(format!("{what}: column {} holds {} the app cannot read ({e})", i + 1, kind(&found)))
        }
        StoreError::Invalid(message) if !message.starts_with(&what) => {
            StoreError::Invalid(format!("{what}: {message}"))
        }
        other => other,
    }
}

/// A stored text that must parse into a typed value; names the row when it does not.
pub(super) fn parse_field<T: std::str::FromStr<Err = String>>(
    text: &str,
    what: impl FnOnce() -> String,
) -> Result<T, StoreError> {
    text.parse().map_err(|e| StoreError::Invalid(format!("{}: {e}", what())))
}

pub(super) fn opt_text(v: Option<String>) -> String {
    v.unwrap_or_default()
}

/// Reads the flows with `from < fid <= to`, in id order.
pub(super) fn load_flows(conn: &Connection, from: i64, to: i64) -> Result<Vec<Flow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT fid, firm_id, direction, material, quantity, unit, ewc, quality, available_from, available_to,
         price_per_unit, disposal_cost_per_unit, accepts_hazardous, confidential, source, role, fkko, workshop_id
         FROM flows
         WHERE fid > ?1 AND fid <= ?2 ORDER BY fid",
    )?;
    let mut rows = stmt.query([from, to])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let what = || format!("flow {id}");
        let read = || -> Result<Flow, StoreError> {
            Ok(Flow {
                id: FlowId(id),
                firm: FirmId(r.get(1)?),
                direction: parse_field(&r.get::<_, String>(2)?, what)?,
                role: parse_field(&r.get::<_, String>(15)?, what)?,
                material: MaterialId(r.get(3)?),
                quantity: r.get(4)?,
                unit: parse_field(&r.get::<_, String>(5)?, what)?,
                ewc: r.get::<_, Option<String>>(6)?.filter(|s| !s.is_empty()),
                fkko: r.get::<_, Option<String>>(16)?.filter(|s| !s.is_empty()),
                quality: opt_text(r.get(7)?),
                available_from: r.get(8)?,
                available_to: r.get(9)?,
                price_per_unit: r.get(10)?,
                disposal_cost_per_unit: r.get(11)?,
                accepts_hazardous: r.get(12)?,
                confidential: r.get(13)?,
                source: opt_text(r.get(14)?),
                workshop_id: opt_text(r.get(17)?),
            })
        };
        out.push(read().map_err(|e| name_row(what(), e))?);
    }
    Ok(out)
}

/// The columns [`material_from_row`] reads, in its order.
pub(super) const MATERIAL_COLUMNS: &str = "id, name, kind, unit, ewc_codes, max_distance_km, max_distance_source, transport, \
     ef_virgin, ef_virgin_source, ef_disposal, ef_disposal_source, virgin_price, virgin_price_source, disposal_cost, \
     disposal_cost_source, builtin, density_t_per_m3, density_source, energy_mwh_per_t, energy_source, disposal_route, other_modes, \
     names, synonyms";

pub(super) fn material_from_row(r: &rusqlite::Row) -> Result<Material, StoreError> {
    let id: String = r.get(0)?;
    let what = || format!("material '{id}'");
    let sourced = |v: usize, s: usize| -> rusqlite::Result<Sourced<f64>> {
        Ok(Sourced::new(r.get::<_, f64>(v)?, opt_text(r.get(s)?)))
    };
    let optional = |v: usize, s: usize| -> rusqlite::Result<Option<Sourced<f64>>> {
        Ok(r.get::<_, Option<f64>>(v)?.map(|value| Sourced::new(value, opt_text(r.get(s).ok().flatten()))))
    };
    Ok(Material {
        id: MaterialId(id.clone()),
        name: r.get(1)?,
        kind: parse_field(&r.get::<_, String>(2)?, what)?,
        unit: parse_field(&r.get::<_, String>(3)?, what)?,
        ewc_codes: opt_text(r.get(4)?).split_whitespace().map(str::to_string).collect(),
        max_distance_km: sourced(5, 6)?,
        transport: parse_field(&r.get::<_, String>(7)?, what)?,
        ef_virgin: sourced(8, 9)?,
        ef_disposal: sourced(10, 11)?,
        disposal_route: parse_field(&r.get::<_, String>(21)?, what)?,
        other_modes: opt_text(r.get(22)?)
            .split_whitespace()
            .map(|m| parse_field(m, || format!("material '{id}'")))
            .collect::<Result<Vec<TransportMode>, _>>()?,
        virgin_price: sourced(12, 13)?,
        disposal_cost: sourced(14, 15)?,
        builtin: r.get(16)?,
        density_t_per_m3: optional(17, 18)?,
        energy_mwh_per_t: optional(19, 20)?,
        names: names_from_json(r.get(23)?, what, "names", "language code to name")?,
        synonyms: names_from_json(r.get(24)?, what, "synonyms", "language code to a list of words")?,
    })
}

/// The columns [`firm_from_row`] reads, in its order.
pub(super) const FIRM_COLUMNS: &str = "geom, id, name, nace, employees, address, notes, source, country, ets, port";

pub(super) fn firm_from_row(r: &rusqlite::Row) -> Result<Firm, StoreError> {
    let id: String = r.get(1)?;
    let blob: Option<Vec<u8>> = r.get(0)?;
    let location = match blob.as_deref().map(gpkg::decode) {
        Some(Ok(Geometry::Point(p))) => p,
        Some(Ok(_)) => return Err(StoreError::Invalid(format!("firm '{id}': its geometry is not a point"))),
        Some(Err(e)) => return Err(StoreError::Invalid(format!("firm '{id}': {e}"))),
        None => return Err(StoreError::Invalid(format!("firm '{id}' has no position"))),
    };
    Ok(Firm {
        id: FirmId(id),
        name: opt_text(r.get(2)?),
        location,
        nace: opt_text(r.get(3)?),
        employees: r.get::<_, Option<i64>>(4)?.and_then(|n| u32::try_from(n).ok()),
        address: opt_text(r.get(5)?),
        notes: opt_text(r.get(6)?),
        source: opt_text(r.get(7)?),
        country: opt_text(r.get(8)?),
        ets: r.get(9)?,
        port: opt_text(r.get(10)?),
    })
}

pub(super) fn upsert_rule_row(tx: &Connection, rule: &SubstitutionRule) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (supply_material, demand_material) DO UPDATE SET ratio = excluded.ratio, source = excluded.source,
         use_ef = excluded.use_ef, use_ef_source = excluded.use_ef_source",
        params![rule.supply.as_str(), rule.demand.as_str(), rule.ratio, rule.source, rule.use_ef, rule.use_ef_source],
    )?;
    Ok(())
}

pub(super) fn read_rule(
    tx: &Connection,
    supply: &MaterialId,
    demand: &MaterialId,
) -> Result<Option<SubstitutionRule>, StoreError> {
    Ok(tx
        .query_row(
            "SELECT ratio, source, use_ef, use_ef_source FROM substitution_rules
             WHERE supply_material = ?1 AND demand_material = ?2",
            params![supply.as_str(), demand.as_str()],
            |r| {
                Ok(SubstitutionRule {
                    supply: supply.clone(),
                    demand: demand.clone(),
                    ratio: r.get(0)?,
                    source: opt_text(r.get(1)?),
                    use_ef: r.get(2)?,
                    use_ef_source: opt_text(r.get(3)?),
                })
            },
        )
        .optional()?)
}

pub(super) fn read_firm(tx: &Connection, id: &FirmId) -> Result<Option<Firm>, StoreError> {
    let mut stmt = tx.prepare_cached(&format!("SELECT {FIRM_COLUMNS} FROM firms WHERE id = ?1"))?;
    let mut rows = stmt.query([id.as_str()])?;
    rows.next()?.map(firm_from_row).transpose()
}

pub(super) fn read_material(tx: &Connection, id: &MaterialId) -> Result<Option<Material>, StoreError> {
    let mut stmt = tx.prepare_cached(&format!("SELECT {MATERIAL_COLUMNS} FROM materials WHERE id = ?1"))?;
    let mut rows = stmt.query([id.as_str()])?;
    rows.next()?.map(material_from_row).transpose()
}

pub(super) fn load_project(conn: &Connection) -> Result<ProjectData, StoreError> {
    let mut data = load_project_without_flows(conn)?;
    data.flows = load_flows(conn, i64::MIN, i64::MAX)?;
    Ok(data)
}

pub(super) fn load_project_without_flows(conn: &Connection) -> Result<ProjectData, StoreError> {
    let mut meta = ProjectMeta::default();
    let mut tour: Vec<(usize, String)> = Vec::new();
    let mut translated_steps = std::collections::BTreeMap::new();
    {
        let mut stmt = conn.prepare("SELECT key, value FROM se_project")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (key, value) = row?;
            match key.as_str() {
                "name" => meta.name = value,
                "region" => meta.region = value,
                "description" => meta.description = value,
                "currency" => meta.currency = value,
                "price_year" => meta.price_year = value.parse().unwrap_or(meta.price_year),
                "evaluation_year" => meta.evaluation_year = value.parse().ok(),
                "view_lat" => meta.view.lat = value.parse().unwrap_or(meta.view.lat),
                "view_lon" => meta.view.lon = value.parse().unwrap_or(meta.view.lon),
                "view_zoom" => meta.view.zoom = value.parse().unwrap_or(meta.view.zoom),
                other => {
                    if let Some(n) = other.strip_prefix("tour_").and_then(|n| n.parse::<usize>().ok()) {
                        tour.push((n, value));
                    } else {
                        meta.set_translated(other, &value, &mut translated_steps);
                    }
                }
            }
        }
    }

    tour.sort();
    meta.tour = tour.into_iter().map(|(_, step)| step).collect();
    meta.set_translated_tours(translated_steps);

    let mut params = EvaluationParams::default();
    {
        let mut stmt = conn.prepare("SELECT key, value, source FROM se_parameters")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key: String = r.get(0)?;
            let read = || -> Result<(f64, String), StoreError> { Ok((r.get(1)?, opt_text(r.get(2)?))) };
            let (value, source) = read().map_err(|e| name_row(format!("parameter {key}"), e))?;
            // Keys this version does not know are kept in the file but not used.
            let _ = params.set(&key, value, &source);
        }
    }

    let materials = {
        let mut stmt = conn.prepare(&format!("SELECT {MATERIAL_COLUMNS} FROM materials ORDER BY fid"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get::<_, Option<String>>(0)?.unwrap_or_default();
            out.push(material_from_row(r).map_err(|e| name_row(format!("material '{id}'"), e))?);
        }
        out
    };

    let rules = {
        let mut stmt = conn
            .prepare("SELECT supply_material, demand_material, ratio, source, use_ef, use_ef_source FROM substitution_rules ORDER BY fid")?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let read = || -> Result<SubstitutionRule, StoreError> {
                Ok(SubstitutionRule {
                    supply: MaterialId(r.get(0)?),
                    demand: MaterialId(r.get(1)?),
                    ratio: r.get(2)?,
                    source: opt_text(r.get(3)?),
                    use_ef: r.get(4)?,
                    use_ef_source: opt_text(r.get(5)?),
                })
            };
            let name = || {
                let text = |i| r.get::<_, Option<String>>(i).ok().flatten().unwrap_or_default();
                format!("rule {} -> {}", text(0), text(1))
            };
            out.push(read().map_err(|e| name_row(name(), e))?);
        }
        out
    };

    let firms = {
        let mut stmt = conn.prepare(&format!("SELECT {FIRM_COLUMNS} FROM firms ORDER BY fid"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get::<_, Option<String>>(1)?.unwrap_or_default();
            out.push(firm_from_row(r).map_err(|e| name_row(format!("firm '{id}'"), e))?);
        }
        out
    };

    let exchanges = {
        let mut stmt = conn.prepare(
            "SELECT fid, from_firm_id, to_firm_id, material, quantity, unit, status, start_year, end_year, transport,
             notes, source, counterfactual_km, programme FROM exchanges ORDER BY fid",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let what = || format!("exchange {id}");
            let read = || -> Result<Exchange, StoreError> {
                let transport: Option<String> = r.get(9)?;
                Ok(Exchange {
                    id: ExchangeId(id),
                    from: FirmId(r.get(1)?),
                    to: FirmId(r.get(2)?),
                    material: MaterialId(r.get(3)?),
                    quantity: r.get(4)?,
                    unit: parse_field(&r.get::<_, String>(5)?, what)?,
                    status: parse_field(&r.get::<_, String>(6)?, what)?,
                    start_year: r.get(7)?,
                    end_year: r.get(8)?,
                    transport: match transport.filter(|t| !t.is_empty()) {
                        Some(t) => Some(parse_field(&t, what)?),
                        None => None,
                    },
                    notes: opt_text(r.get(10)?),
                    source: opt_text(r.get(11)?),
                    counterfactual_km: r.get(12)?,
                    programme: opt_text(r.get(13)?),
                })
            };
            out.push(read().map_err(|e| name_row(what(), e))?);
        }
        out
    };

    let workbench = super::workbench_rows::load(conn)?;
    Ok(ProjectData {
        meta,
        params,
        materials,
        rules,
        firms,
        flows: Vec::new(),
        exchanges,
        stages: workbench.stages,
        outcomes: workbench.outcomes,
        contacts: workbench.contacts,
        workshops: workbench.workshops,
    })
}
