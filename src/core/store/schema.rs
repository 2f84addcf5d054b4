//! The project file's schema: the migrations from each version to the next (and back, for tests).

#[allow(unused_imports)]
use super::*;

/// Forward migrations: entry `i` takes a file from schema `i` to `i + 1`.
pub(super) const MIGRATIONS: &[fn(&Transaction) -> rusqlite::Result<()>] = &[
    migrate_0_to_1,
    migrate_1_to_2,
    migrate_2_to_3,
    migrate_3_to_4,
    migrate_4_to_5,
    migrate_5_to_6,
    migrate_6_to_7,
    migrate_7_to_8,
];

pub(super) fn now_iso() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Schema 1: the GeoPackage core tables, the project tables and their registration.
pub(super) fn migrate_0_to_1(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
         CREATE TABLE IF NOT EXISTS gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
            description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
         CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
         CREATE TABLE se_metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE se_project (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE se_parameters (key TEXT PRIMARY KEY, value REAL NOT NULL, source TEXT NOT NULL);
         CREATE TABLE firms (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL, nace TEXT, employees INTEGER, address TEXT, notes TEXT, source TEXT);
         CREATE TABLE exchanges (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, geom LINESTRING, from_firm_id TEXT NOT NULL,
            to_firm_id TEXT NOT NULL, material TEXT NOT NULL, quantity REAL, unit TEXT NOT NULL,
            status TEXT NOT NULL, start_year INTEGER, end_year INTEGER, transport TEXT,
            notes TEXT, source TEXT);
         CREATE TABLE flows (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, firm_id TEXT NOT NULL, direction TEXT NOT NULL,
            material TEXT NOT NULL, quantity REAL NOT NULL, unit TEXT NOT NULL, ewc TEXT,
            quality TEXT, available_from INTEGER, available_to INTEGER, price_per_unit REAL,
            disposal_cost_per_unit REAL, accepts_hazardous BOOLEAN NOT NULL DEFAULT 0,
            confidential BOOLEAN NOT NULL DEFAULT 0, source TEXT);
         CREATE TABLE materials (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            kind TEXT NOT NULL, unit TEXT NOT NULL, ewc_codes TEXT, max_distance_km REAL NOT NULL,
            max_distance_source TEXT, transport TEXT NOT NULL, ef_virgin REAL NOT NULL,
            ef_virgin_source TEXT, ef_disposal REAL NOT NULL, ef_disposal_source TEXT,
            virgin_price REAL NOT NULL, virgin_price_source TEXT, disposal_cost REAL NOT NULL,
            disposal_cost_source TEXT, builtin BOOLEAN NOT NULL DEFAULT 0);
         CREATE TABLE substitution_rules (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, supply_material TEXT NOT NULL,
            demand_material TEXT NOT NULL, ratio REAL NOT NULL, source TEXT,
            UNIQUE (supply_material, demand_material));",
    )?;
    let srs: [(&str, i32, &str, i32, &str, &str); 3] = [
        (
            "WGS 84 geodetic",
            4326,
            "EPSG",
            4326,
            WGS84_WKT,
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
        ),
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ];
    for (name, id, org, org_id, def, desc) in srs {
        tx.execute(
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![name, id, org, org_id, def, desc],
        )?;
    }
    let now = now_iso();
    let contents: [(&str, &str, &str, Option<i32>); 5] = [
        ("firms", "features", "Firms and other sites of the project", Some(SRS_WGS84)),
        ("exchanges", "features", "Exchanges between firms, drawn from supplier to receiver", Some(SRS_WGS84)),
        ("flows", "attributes", "What each firm has (supply) and wants (demand), per year", None),
        ("materials", "attributes", "Material catalogue with evaluation defaults and their sources", None),
        ("substitution_rules", "attributes", "Supply materials that can stand in for demand materials", None),
    ];
    for (table, data_type, description, srs_id) in contents {
        tx.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
             VALUES (?1, ?2, ?1, ?3, ?4, ?5)",
            params![table, data_type, description, now, srs_id],
        )?;
    }
    for (table, kind) in [("firms", "POINT"), ("exchanges", "LINESTRING")] {
        tx.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)",
            params![table, kind, SRS_WGS84],
        )?;
    }
    tx.execute("INSERT INTO se_metadata (key, value) VALUES ('application', 'symbiosis-explorer')", [])?;
    Ok(())
}

/// Schema 2: indexes that keep per-firm look-ups fast on national-scale projects.
pub(super) fn migrate_1_to_2(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE INDEX IF NOT EXISTS se_flows_firm ON flows (firm_id);
         CREATE INDEX IF NOT EXISTS se_exchanges_from ON exchanges (from_firm_id);
         CREATE INDEX IF NOT EXISTS se_exchanges_to ON exchanges (to_firm_id);",
    )
}

/// Schema 3: default QGIS styles for the firms and exchanges layers in `layer_styles`.
pub(super) fn migrate_2_to_3(tx: &Transaction) -> rusqlite::Result<()> {
    crate::core::qgis::write_default_styles(tx)
}

/// Schema 4: materials know their density and energy content (for unit conversions); the
/// built-in ones get the catalogue's sourced values.
pub(super) fn migrate_3_to_4(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE materials ADD COLUMN density_t_per_m3 REAL;
         ALTER TABLE materials ADD COLUMN density_source TEXT;
         ALTER TABLE materials ADD COLUMN energy_mwh_per_t REAL;
         ALTER TABLE materials ADD COLUMN energy_source TEXT;",
    )?;
    for m in crate::core::catalogue::builtin_materials() {
        tx.execute(
            "UPDATE materials SET density_t_per_m3 = ?2, density_source = ?3, energy_mwh_per_t = ?4, energy_source = ?5
             WHERE id = ?1 AND builtin",
            params![
                m.id.as_str(),
                m.density_t_per_m3.as_ref().map(|d| d.value),
                m.density_t_per_m3.as_ref().map(|d| d.source.clone()),
                m.energy_mwh_per_t.as_ref().map(|e| e.value),
                m.energy_mwh_per_t.as_ref().map(|e| e.source.clone()),
            ],
        )?;
    }
    Ok(())
}

/// Schema 5: the evaluation model. Supply flows have a role (residue or product), firms a
/// country and an ETS flag (the country from their position), materials their disposal route
/// (the supply-side counterfactual), rules the emissions of the use. Built-in materials and
/// rules that the file lacks are added; nothing the file has is changed or renamed.
pub(super) fn migrate_4_to_5(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE flows ADD COLUMN role TEXT NOT NULL DEFAULT 'residue';
         ALTER TABLE firms ADD COLUMN country TEXT;
         ALTER TABLE firms ADD COLUMN ets BOOLEAN NOT NULL DEFAULT 0;
         ALTER TABLE firms ADD COLUMN port TEXT;
         ALTER TABLE exchanges ADD COLUMN counterfactual_km REAL;
         ALTER TABLE materials ADD COLUMN disposal_route TEXT NOT NULL DEFAULT 'none';
         ALTER TABLE materials ADD COLUMN other_modes TEXT;
         ALTER TABLE substitution_rules ADD COLUMN use_ef REAL NOT NULL DEFAULT 0;
         ALTER TABLE substitution_rules ADD COLUMN use_ef_source TEXT;",
    )?;
    // A fresh file is written whole after its migrations; only older projects gain the new
    // catalogue entries here.
    let has_catalogue: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM materials)", [], |r| r.get(0))?;
    if !has_catalogue {
        return Ok(());
    }
    // A built-in material no user has overridden (a materials.csv row or edit clears `builtin`)
    // takes the corrected catalogue entry, with its own source per number; new ones are added.
    let to_sql = |e: StoreError| rusqlite::Error::ToSqlConversionFailure(e.to_string().into());
    for m in &crate::core::catalogue::builtin_materials() {
        let replaced = tx.execute("DELETE FROM materials WHERE id = ?1 AND builtin", [m.id.as_str()])?;
        let exists: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM materials WHERE id = ?1)", [m.id.as_str()], |r| r.get(0))?;
        if replaced > 0 || !exists {
            insert_material_at(tx, m, false).map_err(to_sql)?;
        }
    }
    // Rules still as the previous catalogue shipped them take the corrected ratio and sources.
    const SHIPPED_BEFORE: &[(&str, &str, &str)] = &[
        ("fgd_gypsum", "natural_gypsum", "Kalundborg: FGD gypsum replaces natural gypsum at Gyproc (symbiosis.dk/en)"),
        ("fly_ash", "cement_raw_material", "Kalundborg: fly ash to cement making (iisd.org business case 77)"),
        ("biogas", "natural_gas", "assumption: upgraded biomethane, energy basis"),
        ("refinery_gas", "natural_gas", "Kalundborg: refinery gas fuelled Gyproc from 1972 (NAP 4982); energy basis"),
        ("biological_sludge", "fertiliser", "assumption: nutrient content of wet sludge as fertiliser equivalent"),
    ];
    for rule in crate::core::catalogue::builtin_rules() {
        if let Some((_, _, old)) =
            SHIPPED_BEFORE.iter().find(|(a, b, _)| *a == rule.supply.as_str() && *b == rule.demand.as_str())
        {
            tx.execute(
                "UPDATE substitution_rules SET ratio = ?3, source = ?4, use_ef = ?5, use_ef_source = ?6
                 WHERE supply_material = ?1 AND demand_material = ?2 AND source = ?7",
                params![
                    rule.supply.as_str(),
                    rule.demand.as_str(),
                    rule.ratio,
                    rule.source,
                    rule.use_ef,
                    rule.use_ef_source,
                    old
                ],
            )?;
        }
    }
    for rule in crate::core::catalogue::builtin_rules() {
        tx.execute(
            "INSERT OR IGNORE INTO substitution_rules (supply_material, demand_material, ratio, source, use_ef, use_ef_source)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6
             WHERE EXISTS (SELECT 1 FROM materials WHERE id = ?1) AND EXISTS (SELECT 1 FROM materials WHERE id = ?2)",
            params![rule.supply.as_str(), rule.demand.as_str(), rule.ratio, rule.source, rule.use_ef, rule.use_ef_source],
        )?;
    }
    let firms: Vec<(i64, Option<Vec<u8>>)> = {
        let mut stmt = tx.prepare("SELECT fid, geom FROM firms")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?
    };
    for (fid, blob) in firms {
        if let Some(Ok(Geometry::Point(p))) = blob.as_deref().map(gpkg::decode) {
            let code = crate::core::countries::country_at(p);
            let port = crate::core::countries::nearest_port(p).map(|(port, _)| port.name.as_str());
            tx.execute("UPDATE firms SET country = ?2, port = ?3 WHERE fid = ?1", params![fid, code, port])?;
        }
    }
    Ok(())
}

/// Schema 6: the languages of the round table. Flows may carry a Russian waste code (FKKO);
/// materials their names and synonyms in other languages (JSON objects: language code -> name,
/// language code -> list of words). Built-in materials no user has overridden take the
/// catalogue's names; nothing else changes.
pub(super) fn migrate_5_to_6(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE flows ADD COLUMN fkko TEXT;
         ALTER TABLE materials ADD COLUMN names TEXT;
         ALTER TABLE materials ADD COLUMN synonyms TEXT;",
    )?;
    for m in &crate::core::catalogue::builtin_materials() {
        tx.execute(
            "UPDATE materials SET names = ?2, synonyms = ?3 WHERE id = ?1 AND builtin",
            params![m.id.as_str(), names_json(&m.names), names_json(&m.synonyms)],
        )?;
    }
    Ok(())
}

/// The workbench's attribute tables, as registered in `gpkg_contents` (QGIS lists them).
const WORKBENCH_TABLES: [(&str, &str); 4] = [
    ("stages", "The synergy pipeline: each stage change of an exchange (date, who, note, next action)"),
    ("outcomes", "Outcomes reported per exchange and year, beside the modelled figures"),
    (
        "contacts",
        "PERSONAL DATA: contact persons of firms (name, role, email, phone, consent); never exported without asking",
    ),
    ("workshops", "Workshops (round tables) where leads were found"),
];

/// Schema 7: the facilitator's workbench. Stage changes, reported outcomes, contacts (personal
/// data, so marked in their registration) and workshops as attribute tables; flows record the
/// workshop they came from, exchanges their programme. Existing exchanges keep their status,
/// and the stage it stands for is shown until a stage is recorded: no history is invented.
pub(super) fn migrate_6_to_7(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE flows ADD COLUMN workshop_id TEXT;
         ALTER TABLE exchanges ADD COLUMN programme TEXT;
         CREATE TABLE stages (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, exchange_id INTEGER NOT NULL, stage TEXT NOT NULL,
            date TEXT NOT NULL, by TEXT, note TEXT, reason TEXT, next_action TEXT, next_action_due TEXT);
         CREATE TABLE outcomes (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, exchange_id INTEGER NOT NULL, year INTEGER NOT NULL,
            landfill_diversion_t REAL, co2_t REAL, cost_savings REAL, additional_sales REAL, jobs_created REAL,
            jobs_safeguarded REAL, private_investment REAL, water_saved_m3 REAL, virgin_material_saved_t REAL,
            evidence TEXT, verified BOOLEAN NOT NULL DEFAULT 0);
         CREATE TABLE contacts (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, firm_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT,
            email TEXT, phone TEXT, language TEXT, consent_date TEXT, consent_basis TEXT);
         CREATE TABLE workshops (
            fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, date TEXT NOT NULL, venue TEXT,
            facilitator TEXT, programme TEXT, notes TEXT);",
    )?;
    let now = now_iso();
    for (table, description) in WORKBENCH_TABLES {
        tx.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
             VALUES (?1, 'attributes', ?1, ?2, ?3)",
            params![table, description, now],
        )?;
    }
    Ok(())
}

/// Schema 8: who owns a synergy's next action, and who attended a workshop (its firms in
/// `workshops.attendees`, its people in `contacts.workshops`, both `;`-separated ids).
pub(super) fn migrate_7_to_8(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE stages ADD COLUMN next_action_owner TEXT;
         ALTER TABLE workshops ADD COLUMN attendees TEXT;
         ALTER TABLE contacts ADD COLUMN workshops TEXT;",
    )
}

/// Takes a fresh file back to an older schema, as an older app would have written it (to test
/// migrations on real older files).
pub(super) fn undo_migrations(tx: &Transaction, to: i64) -> rusqlite::Result<()> {
    if to < 8 {
        tx.execute_batch(
            "ALTER TABLE stages DROP COLUMN next_action_owner;
             ALTER TABLE workshops DROP COLUMN attendees;
             ALTER TABLE contacts DROP COLUMN workshops;",
        )?;
    }
    if to < 7 {
        tx.execute_batch(
            "ALTER TABLE flows DROP COLUMN workshop_id;
             ALTER TABLE exchanges DROP COLUMN programme;
             DROP TABLE stages; DROP TABLE outcomes; DROP TABLE contacts; DROP TABLE workshops;
             DELETE FROM gpkg_contents WHERE table_name IN ('stages', 'outcomes', 'contacts', 'workshops');",
        )?;
    }
    if to < 6 {
        tx.execute_batch(
            "ALTER TABLE flows DROP COLUMN fkko;
             ALTER TABLE materials DROP COLUMN names;
             ALTER TABLE materials DROP COLUMN synonyms;",
        )?;
    }
    if to < 5 {
        tx.execute_batch(
            "ALTER TABLE flows DROP COLUMN role;
             ALTER TABLE firms DROP COLUMN country;
             ALTER TABLE firms DROP COLUMN ets;
             ALTER TABLE firms DROP COLUMN port;
             ALTER TABLE exchanges DROP COLUMN counterfactual_km;
             ALTER TABLE materials DROP COLUMN disposal_route;
             ALTER TABLE materials DROP COLUMN other_modes;
             ALTER TABLE substitution_rules DROP COLUMN use_ef;
             ALTER TABLE substitution_rules DROP COLUMN use_ef_source;
             DELETE FROM se_project WHERE key = 'evaluation_year';",
        )?;
    }
    if to < 4 {
        tx.execute_batch(
            "ALTER TABLE materials DROP COLUMN density_t_per_m3;
             ALTER TABLE materials DROP COLUMN density_source;
             ALTER TABLE materials DROP COLUMN energy_mwh_per_t;
             ALTER TABLE materials DROP COLUMN energy_source;",
        )?;
    }
    if to < 3 {
        tx.execute_batch("DROP TABLE layer_styles; DELETE FROM gpkg_contents WHERE table_name = 'layer_styles';")?;
    }
    if to < 2 {
        tx.execute_batch("DROP INDEX se_flows_firm; DROP INDEX se_exchanges_from; DROP INDEX se_exchanges_to;")?;
    }
    tx.execute("UPDATE se_metadata SET value = ?1 WHERE key = 'schema_version'", [to.to_string()])?;
    Ok(())
}

/// Runs the migrations from `from` up to `to` in one transaction.
pub(super) fn migrate(conn: &mut Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    migrate_in(&tx, from, to)?;
    tx.commit()
}

/// Runs the migrations from `from` up to `to` inside the caller's transaction.
pub(super) fn migrate_in(tx: &Transaction, from: i64, to: i64) -> rusqlite::Result<()> {
    for version in from..to {
        let step = MIGRATIONS[version as usize];
        step(tx)?;
    }
    tx.execute(
        "INSERT INTO se_metadata (key, value) VALUES ('schema_version', ?1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [to.to_string()],
    )?;
    Ok(())
}
