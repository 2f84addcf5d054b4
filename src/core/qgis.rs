//! Default QGIS styles, stored in the project file's `layer_styles` table as QGIS itself stores
//! them, so that QGIS opens the firms and exchanges layers styled like the app: firms as circles
//! coloured by sector and labelled with their names, exchanges coloured by material kind, as wide
//! as their quantity, dashed while not yet running and faded once ended or rejected.
//!
//! Rows a user saved from QGIS are never touched: only rows owned by this app are replaced, and
//! ours are the default only where no other default exists.

use rusqlite::{Transaction, params};

use super::model::{ExchangeStatus, MaterialKind};
use super::style::{self, Rgb};

pub const STYLE_NAME: &str = "Symbiosis Explorer";
pub const STYLE_OWNER: &str = "symbiosis-explorer";

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256),
    f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
    styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";

fn qgis_color(rgb: Rgb, alpha: u8) -> String {
    format!("{},{},{},{alpha}", rgb[0], rgb[1], rgb[2])
}

/// Escapes text for an XML attribute value.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

/// A QGIS expression string literal.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn option(name: &str, value: &str) -> String {
    format!(r#"<Option name="{name}" type="QString" value="{}"/>"#, xml(value))
}

/// A data-defined property of a symbol layer, driven by a QGIS expression.
fn data_defined(name: &str, expression: &str) -> String {
    format!(
        r#"<Option name="{name}" type="Map"><Option name="active" type="bool" value="true"/><Option name="expression" type="QString" value="{}"/><Option name="type" type="int" value="3"/></Option>"#,
        xml(expression)
    )
}

fn document(geometry_type: u8, renderer: &str, labeling: &str) -> String {
    let labels = if labeling.is_empty() { "0" } else { "1" };
    format!(
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n\
         <qgis version=\"3.28.0\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"{labels}\">\n\
         {renderer}\n{labeling}\n<layerGeometryType>{geometry_type}</layerGeometryType>\n</qgis>\n"
    )
}

/// The firms layer: a circle per firm in its sector's colour (categorised on an expression over
/// the NACE division), labelled with the firm's name.
pub fn firms_qml() -> String {
    // Plain comparisons: BETWEEN needs QGIS 3.26, and LTR installations are often older.
    // A missing or odd NACE code is division 0 ("Other"), never an evaluation error.
    let division =
        r#"(CASE WHEN regexp_match(coalesce("nace", ''), '^[0-9][0-9]') THEN to_int(left("nace", 2)) ELSE 0 END)"#;
    let mut cases = String::from("CASE");
    for (name, ranges, _) in style::SECTOR_GROUPS {
        let test = ranges
            .iter()
            .map(|(a, b)| format!("({division} >= {a} AND {division} <= {b})"))
            .collect::<Vec<_>>()
            .join(" OR ");
        cases.push_str(&format!(" WHEN {test} THEN {}", literal(name)));
    }
    cases.push_str(&format!(" ELSE {} END", literal(style::OTHER_SECTOR.0)));

    let groups = style::SECTOR_GROUPS.iter().map(|(name, _, rgb)| (*name, *rgb)).chain([style::OTHER_SECTOR]);
    let mut categories = String::new();
    let mut symbols = String::new();
    for (i, (name, rgb)) in groups.enumerate() {
        categories.push_str(&format!(r#"<category symbol="{i}" value="{0}" label="{0}" render="true"/>"#, xml(name)));
        symbols.push_str(&format!(
            r#"<symbol type="marker" name="{i}" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleMarker" enabled="1" locked="0" pass="0"><Option type="Map">{}{}{}{}{}{}{}</Option></layer></symbol>"#,
            option("name", "circle"),
            option("color", &qgis_color(rgb, 255)),
            option("outline_color", "35,35,35,255"),
            option("outline_style", "solid"),
            option("outline_width", "0.3"),
            option("size", "3.4"),
            option("size_unit", "MM"),
        ));
    }
    let renderer = format!(
        r#"<renderer-v2 type="categorizedSymbol" attr="{}" symbollevels="0" enableorderby="0" forceraster="0"><categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>"#,
        xml(&cases)
    );
    let labeling = r#"<labeling type="simple"><settings calloutType="simple"><text-style fieldName="name" isExpression="0" fontSize="9" fontSizeUnit="Point" textColor="20,20,20,255" namedStyle="Regular"><text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.85"/></text-style><placement placement="6" dist="1.6" distUnits="MM"/><rendering obstacle="1" displayAll="0"/></settings></labeling>"#;
    document(0, &renderer, labeling)
}

/// The exchanges layer: one line per exchange, categorised by status (dashed while candidate,
/// proposed or agreed; faded once ended or rejected), coloured by the kind of its material
/// (`kinds` lists this project's materials) and as wide as the square root of its quantity.
pub fn exchanges_qml(kinds: &[(String, MaterialKind)], max_quantity: f64) -> String {
    let kind_case = |alpha: u8| {
        let mut case = String::from("CASE");
        for kind in MaterialKind::ALL {
            let ids: Vec<String> = kinds.iter().filter(|(_, k)| k == kind).map(|(id, _)| literal(id)).collect();
            if !ids.is_empty() {
                case.push_str(&format!(
                    " WHEN \"material\" IN ({}) THEN {}",
                    ids.join(", "),
                    literal(&qgis_color(style::kind_rgb(*kind), alpha))
                ));
            }
        }
        case.push_str(&format!(" ELSE {} END", literal(&qgis_color(style::GREY, alpha))));
        case
    };
    let max_quantity = if max_quantity.is_finite() && max_quantity > 0.0 { max_quantity } else { 1.0 };
    let width = format!("0.5 + 1.5 * sqrt(coalesce(\"quantity\", {}) / {max_quantity})", max_quantity * 0.1);

    let mut categories = String::new();
    let mut symbols = String::new();
    for (i, status) in ExchangeStatus::ALL.iter().enumerate() {
        let alpha = if style::status_is_faded(*status) { 90 } else { 255 };
        let pen = if style::status_is_dashed(*status) { "dash" } else { "solid" };
        categories.push_str(&format!(r#"<category symbol="{i}" value="{0}" label="{0}" render="true"/>"#, status));
        symbols.push_str(&format!(
            r#"<symbol type="line" name="{i}" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleLine" enabled="1" locked="0" pass="0"><Option type="Map">{}{}{}{}{}</Option><data_defined_properties><Option type="Map">{}<Option name="properties" type="Map">{}{}</Option>{}</Option></data_defined_properties></layer></symbol>"#,
            option("line_color", &qgis_color(style::GREY, alpha)),
            option("line_style", pen),
            option("line_width", "0.8"),
            option("line_width_unit", "MM"),
            option("capstyle", "round"),
            option("name", ""),
            data_defined("outlineColor", &kind_case(alpha)),
            data_defined("outlineWidth", &width),
            option("type", "collection"),
        ));
    }
    let renderer = format!(
        r#"<renderer-v2 type="categorizedSymbol" attr="status" symbollevels="0" enableorderby="0" forceraster="0"><categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>"#
    );
    document(1, &renderer, "")
}

/// Creates `layer_styles` if needed and writes this app's default style for both layers:
/// our own earlier rows are replaced, anyone else's are left as they are.
pub fn write_default_styles(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(CREATE_TABLE)?;
    let columns: Vec<String> = tx
        .prepare("SELECT name FROM pragma_table_info('layer_styles')")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let needed = ["f_table_name", "styleName", "styleQML", "useAsDefault", "owner", "description"];
    if !needed.iter().all(|n| columns.iter().any(|c| c.eq_ignore_ascii_case(n))) {
        return Ok(()); // somebody else's table of that name: not ours to change
    }
    tx.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
         VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles',
                 strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        [],
    )?;
    let kinds: Vec<(String, MaterialKind)> = {
        let mut stmt = tx.prepare("SELECT id, kind FROM materials ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.filter_map(|r| r.ok().and_then(|(id, kind)| Some((id, kind.parse().ok()?)))).collect()
    };
    let max_quantity: Option<f64> = tx.query_row("SELECT MAX(quantity) FROM exchanges", [], |r| r.get(0))?;
    let styles = [
        ("firms", firms_qml(), "Firms coloured by sector, labelled by name"),
        (
            "exchanges",
            exchanges_qml(&kinds, max_quantity.unwrap_or(1.0)),
            "Exchanges coloured by material kind, width by quantity, dashed until running",
        ),
    ];
    for (table, qml, description) in styles {
        tx.execute("DELETE FROM layer_styles WHERE f_table_name = ?1 AND owner = ?2", params![table, STYLE_OWNER])?;
        let other_default: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM layer_styles WHERE f_table_name = ?1 AND useAsDefault)",
            [table],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName,
             styleQML, styleSLD, useAsDefault, description, owner, ui)
             VALUES ('', '', ?1, 'geom', ?2, ?3, '', ?4, ?5, ?6, '')",
            params![table, STYLE_NAME, qml, !other_default, description, STYLE_OWNER],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn project_tables(conn: &Connection) {
        conn.execute_batch(
            "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT,
               description TEXT, last_change TEXT, srs_id INTEGER);
             CREATE TABLE materials (id TEXT, kind TEXT);
             INSERT INTO materials VALUES ('steam', 'energy'), ('fly_ash', 'material');
             CREATE TABLE exchanges (quantity REAL);",
        )
        .unwrap();
    }

    #[test]
    fn default_styles_are_written_once_and_defer_to_the_users_default() {
        let mut conn = Connection::open_in_memory().unwrap();
        project_tables(&conn);
        let tx = conn.transaction().unwrap();
        write_default_styles(&tx).unwrap();
        tx.execute(
            "INSERT INTO layer_styles (f_table_name, styleName, styleQML, useAsDefault, owner)
             VALUES ('firms', 'mine', '<qgis/>', 1, 'planner')",
            [],
        )
        .unwrap();
        tx.execute(
            "UPDATE layer_styles SET useAsDefault = 0 WHERE owner = ?1 AND f_table_name = 'firms'",
            [STYLE_OWNER],
        )
        .unwrap();
        write_default_styles(&tx).unwrap();
        let rows: Vec<(String, String, bool)> = tx
            .prepare("SELECT f_table_name, owner, useAsDefault FROM layer_styles ORDER BY f_table_name, owner")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let rows: Vec<(&str, &str, bool)> = rows.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), *c)).collect();
        assert_eq!(rows, [("exchanges", STYLE_OWNER, true), ("firms", "planner", true), ("firms", STYLE_OWNER, false)]);
        let qml: String = tx
            .query_row("SELECT styleQML FROM layer_styles WHERE f_table_name = 'exchanges'", [], |r| r.get(0))
            .unwrap();
        assert!(qml.contains("&quot;material&quot; IN (&apos;steam&apos;) THEN &apos;213,94,0,"), "{qml}");
    }

    #[test]
    fn a_foreign_table_called_layer_styles_is_left_alone() {
        let mut conn = Connection::open_in_memory().unwrap();
        project_tables(&conn);
        conn.execute_batch("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, note TEXT)").unwrap();
        let tx = conn.transaction().unwrap();
        write_default_styles(&tx).unwrap();
        let n: i64 = tx.query_row("SELECT count(*) FROM layer_styles", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn the_firm_style_names_every_sector_and_escapes_its_expression() {
        let qml = firms_qml();
        for (name, _, _) in style::SECTOR_GROUPS {
            assert!(qml.contains(&format!("value=\"{name}\"")), "{name}");
        }
        assert!(qml.contains("&lt;= 35) THEN &apos;Energy&apos;"), "{qml}");
        assert!(!qml.contains("\"nace\""), "quotes inside attributes are escaped");
    }
}
