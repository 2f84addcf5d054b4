//! Three-way merge of projects: what two copies changed since their common base.
//!
//! A project is seen as records (one per firm, flow, exchange, material, rule, stage change,
//! outcome, contact and workshop, plus the project's metadata and its evaluation parameters),
//! each a set of named fields. For every record:
//!
//! - changed on one side only: that side's version survives (an edit, an addition or a deletion);
//! - changed on both sides: field by field, a field changed on one side only takes that side's
//!   value; a field changed differently on both sides is a [`Conflict`];
//! - deleted on one side and edited on the other: a conflict too (field `(row)`).
//!
//! Conflicts are never resolved silently: [`merge`] returns them, and [`Prefer`] decides them
//! only where the user chose a side ([`Sides`]: one for all, or one per conflict). Rows added on both sides under the same number (flows,
//! exchanges and contacts are numbered by the file) are not the same row: the local one is
//! renumbered first ([`renumber_new`]).
//!
//! Used by `merge BASE MINE THEIRS` (file to file) and by check-in to a team server.

pub mod pg;
pub mod sync_state;
pub mod tls;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value};

use super::model::*;
use super::workbench::{Contact, Outcome, StageChange, Workshop};

/// The kinds of record, named as the tables of the project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    Project,
    Parameters,
    Materials,
    Rules,
    Firms,
    Flows,
    Exchanges,
    Stages,
    Outcomes,
    Contacts,
    Workshops,
}

impl Table {
    pub const ALL: [Table; 11] = [
        Table::Project,
        Table::Parameters,
        Table::Materials,
        Table::Rules,
        Table::Firms,
        Table::Flows,
        Table::Exchanges,
        Table::Stages,
        Table::Outcomes,
        Table::Contacts,
        Table::Workshops,
    ];

    /// The table's name in the project file (and on the server).
    pub fn as_str(self) -> &'static str {
        match self {
            Table::Project => "se_project",
            Table::Parameters => "se_parameters",
            Table::Materials => "materials",
            Table::Rules => "substitution_rules",
            Table::Firms => "firms",
            Table::Flows => "flows",
            Table::Exchanges => "exchanges",
            Table::Stages => "stages",
            Table::Outcomes => "outcomes",
            Table::Contacts => "contacts",
            Table::Workshops => "workshops",
        }
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A record's identity within its table: a number (flows, exchanges, contacts) or a text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Number(i64),
    Text(String),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Number(n) => write!(f, "{n}"),
            Key::Text(t) => f.write_str(t),
        }
    }
}

/// A record: its fields by name (the model's own, through serde), in JSON.
pub type Fields = Map<String, Value>;

/// A project as records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    pub tables: BTreeMap<Table, BTreeMap<Key, Fields>>,
}

fn fields_of<T: serde::Serialize>(value: &T) -> Fields {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        // Every record type is a struct: serde gives an object.
        _ => Fields::new(),
    }
}

/// A firm's record names its position `geom`, as the project file's column does.
fn firm_fields(firm: &Firm) -> Fields {
    let mut fields = fields_of(firm);
    if let Some(location) = fields.remove("location") {
        fields.insert("geom".into(), location);
    }
    fields
}

fn stage_key(s: &StageChange, seen: &mut BTreeMap<String, usize>) -> Key {
    let base = format!("{}/{}/{}", s.exchange.0, s.date, s.stage.as_str());
    let n = seen.entry(base.clone()).or_insert(0);
    *n += 1;
    Key::Text(if *n == 1 { base } else { format!("{base}#{n}") })
}

impl Records {
    pub fn of(data: &ProjectData) -> Records {
        let mut tables: BTreeMap<Table, BTreeMap<Key, Fields>> = BTreeMap::new();
        let mut put = |table: Table, key: Key, fields: Fields| {
            tables.entry(table).or_default().insert(key, fields);
        };
        put(Table::Project, Key::Text("project".into()), fields_of(&data.meta));
        put(Table::Parameters, Key::Text("parameters".into()), fields_of(&data.params));
        for m in &data.materials {
            put(Table::Materials, Key::Text(m.id.0.clone()), fields_of(m));
        }
        for r in &data.rules {
            put(Table::Rules, Key::Text(format!("{}>{}", r.supply.0, r.demand.0)), fields_of(r));
        }
        for f in &data.firms {
            put(Table::Firms, Key::Text(f.id.0.clone()), firm_fields(f));
        }
        for f in &data.flows {
            put(Table::Flows, Key::Number(f.id.0), fields_of(f));
        }
        for e in &data.exchanges {
            put(Table::Exchanges, Key::Number(e.id.0), fields_of(e));
        }
        let mut seen = BTreeMap::new();
        for s in &data.stages {
            put(Table::Stages, stage_key(s, &mut seen), fields_of(s));
        }
        for o in &data.outcomes {
            put(Table::Outcomes, Key::Text(format!("{}/{}", o.exchange.0, o.year)), fields_of(o));
        }
        for c in &data.contacts {
            put(Table::Contacts, Key::Number(c.id), fields_of(c));
        }
        for w in &data.workshops {
            put(Table::Workshops, Key::Text(w.id.clone()), fields_of(w));
        }
        Records { tables }
    }

    fn get(&self, table: Table, key: &Key) -> Option<&Fields> {
        self.tables.get(&table).and_then(|t| t.get(key))
    }

    /// Every key of `table` on either side.
    fn keys(sides: [&Records; 3], table: Table) -> BTreeSet<&Key> {
        sides.iter().filter_map(|r| r.tables.get(&table)).flat_map(|t| t.keys()).collect()
    }

    /// The project these records describe (in record order), or why they do not make one.
    pub fn to_project(&self) -> Result<ProjectData, String> {
        fn list<T: serde::de::DeserializeOwned>(records: &Records, table: Table) -> Result<Vec<T>, String> {
            let Some(rows) = records.tables.get(&table) else { return Ok(Vec::new()) };
            rows.iter()
                .map(|(key, fields)| {
                    let mut fields = fields.clone();
                    if table == Table::Firms
                        && let Some(geom) = fields.remove("geom")
                    {
                        fields.insert("location".into(), geom);
                    }
                    serde_json::from_value(Value::Object(fields)).map_err(|e| format!("{table} {key}: {e}"))
                })
                .collect()
        }
        let single = |table: Table| -> Result<Value, String> {
            self.tables
                .get(&table)
                .and_then(|t| t.values().next())
                .map(|f| Value::Object(f.clone()))
                .ok_or_else(|| format!("{table}: missing"))
        };
        let meta: ProjectMeta = serde_json::from_value(single(Table::Project)?).map_err(|e| format!("project: {e}"))?;
        let mut data = ProjectData::new(meta);
        data.params = serde_json::from_value(single(Table::Parameters)?).map_err(|e| format!("parameters: {e}"))?;
        data.materials = list::<Material>(self, Table::Materials)?;
        data.rules = list::<SubstitutionRule>(self, Table::Rules)?;
        data.firms = list::<Firm>(self, Table::Firms)?;
        data.flows = list::<Flow>(self, Table::Flows)?;
        data.exchanges = list::<Exchange>(self, Table::Exchanges)?;
        // A stage history reads in date order per exchange (its keys sort that way).
        data.stages = list::<StageChange>(self, Table::Stages)?;
        data.outcomes = list::<Outcome>(self, Table::Outcomes)?;
        data.contacts = list::<Contact>(self, Table::Contacts)?;
        data.workshops = list::<Workshop>(self, Table::Workshops)?;
        Ok(data)
    }
}

/// Which side decides a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    Local,
    Server,
}

impl std::str::FromStr for Prefer {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "local" | "mine" => Ok(Prefer::Local),
            "server" | "theirs" => Ok(Prefer::Server),
            other => Err(format!("'{other}' is not a side: use local or server (mine or theirs for files)")),
        }
    }
}

/// The sides chosen for conflicts: one for all of them (`--prefer`), or one per conflict (the
/// app's conflict list), the single choices winning over the one for all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sides {
    pub all: Option<Prefer>,
    pub each: BTreeMap<(Table, Key, String), Prefer>,
}

impl Sides {
    /// No side chosen: conflicts stop the merge.
    pub fn none() -> Self {
        Sides::default()
    }

    /// One side for every conflict.
    pub fn all(side: Prefer) -> Self {
        Sides { all: Some(side), each: BTreeMap::new() }
    }

    /// The side chosen for a conflict on `field` of a row, if any.
    pub fn of(&self, table: Table, key: &Key, field: &str) -> Option<Prefer> {
        self.each.get(&(table, key.clone(), field.to_string())).copied().or(self.all)
    }

    /// The side chosen for a conflict, if any.
    pub fn side(&self, c: &Conflict) -> Option<Prefer> {
        self.of(c.table, &c.key, &c.field)
    }

    /// Chooses `side` for one conflict.
    pub fn choose(&mut self, c: &Conflict, side: Prefer) {
        self.each.insert((c.table, c.key.clone(), c.field.clone()), side);
    }

    /// True when every one of `conflicts` has a side.
    pub fn decide(&self, conflicts: &[Conflict]) -> bool {
        conflicts.iter().all(|c| self.side(c).is_some())
    }
}

impl From<Option<Prefer>> for Sides {
    fn from(all: Option<Prefer>) -> Self {
        Sides { all, each: BTreeMap::new() }
    }
}

/// The value a field shows in a conflict report: the row is absent on that side.
pub const DELETED: &str = "(deleted)";
/// The field name of a conflict about the whole row (deleted on one side, edited on the other).
pub const ROW: &str = "(row)";

/// The same field changed differently on both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub table: Table,
    pub key: Key,
    pub field: String,
    /// `None`: the row was deleted on that side.
    pub local: Option<Value>,
    pub server: Option<Value>,
}

/// A field's value as a report shows it: text as it is, anything else as compact JSON.
pub fn show(value: Option<&Value>) -> String {
    match value {
        None => DELETED.to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) => String::new(),
        Some(v) => v.to_string(),
    }
}

impl fmt::Display for Conflict {
    /// `conflict: TABLE ID FIELD: local '...' server '...'`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "conflict: {} {} {}: local '{}' server '{}'",
            self.table,
            self.key,
            self.field,
            show(self.local.as_ref()),
            show(self.server.as_ref())
        )
    }
}

/// What a three-way merge gave.
#[derive(Clone, Debug, Default)]
pub struct Merge {
    pub records: Records,
    /// Conflicts found (all of them, whether or not a side was preferred).
    pub conflicts: Vec<Conflict>,
    /// Records the local side changed (added, edited or deleted) that the result keeps.
    pub local_changes: usize,
    /// Records the server side changed that the result keeps.
    pub server_changes: usize,
}

/// Merges `local` and `server`, both descended from `base`. A conflict with a side chosen in
/// `sides` takes that side's value; one without holds the server's value in the merged records
/// (a caller must not write them while such conflicts stand: see [`Sides::decide`]). All
/// conflicts are returned either way.
pub fn merge(base: &Records, local: &Records, server: &Records, sides: &Sides) -> Merge {
    let mut out = Merge::default();
    for table in Table::ALL {
        let mut rows: BTreeMap<Key, Fields> = BTreeMap::new();
        for key in Records::keys([base, local, server], table) {
            let b = base.get(table, key);
            let l = local.get(table, key);
            let s = server.get(table, key);
            let merged = if l == s {
                l.cloned()
            } else if l == b {
                out.server_changes += 1;
                s.cloned()
            } else if s == b {
                out.local_changes += 1;
                l.cloned()
            } else {
                out.local_changes += 1;
                out.server_changes += 1;
                merge_row(table, key, b, l, s, sides, &mut out.conflicts)
            };
            if let Some(fields) = merged {
                rows.insert(key.clone(), fields);
            }
        }
        if !rows.is_empty() {
            out.records.tables.insert(table, rows);
        }
    }
    out
}

/// A record changed on both sides.
fn merge_row(
    table: Table,
    key: &Key,
    base: Option<&Fields>,
    local: Option<&Fields>,
    server: Option<&Fields>,
    sides: &Sides,
    conflicts: &mut Vec<Conflict>,
) -> Option<Fields> {
    let (Some(l), Some(s)) = (local, server) else {
        // Deleted on one side, edited on the other.
        conflicts.push(Conflict {
            table,
            key: key.clone(),
            field: ROW.into(),
            local: local.map(|f| Value::Object(f.clone())),
            server: server.map(|f| Value::Object(f.clone())),
        });
        return match sides.of(table, key, ROW) {
            Some(Prefer::Local) => local.cloned(),
            _ => server.cloned(),
        };
    };
    let empty = Fields::new();
    let b = base.unwrap_or(&empty);
    let names: BTreeSet<&String> = l.keys().chain(s.keys()).collect();
    let mut merged = Fields::new();
    for name in names {
        let (bv, lv, sv) = (b.get(name), l.get(name), s.get(name));
        let value = if lv == sv || lv == bv {
            sv
        } else if sv == bv {
            lv
        } else {
            conflicts.push(Conflict {
                table,
                key: key.clone(),
                field: name.clone(),
                local: lv.cloned(),
                server: sv.cloned(),
            });
            if sides.of(table, key, name) == Some(Prefer::Local) { lv } else { sv }
        };
        if let Some(v) = value {
            merged.insert(name.clone(), v.clone());
        }
    }
    Some(merged)
}

/// Rows added locally under a number the server has used meanwhile for another row are
/// renumbered past both sides' highest numbers (exchanges carry their stages and outcomes
/// along). `server_max` gives the server's highest number per numbered table, counting rows a
/// partial copy does not hold. Returns how many rows were renumbered.
pub fn renumber_new(
    base: &Records,
    local: &mut ProjectData,
    server: &Records,
    server_max: &BTreeMap<Table, i64>,
) -> usize {
    let taken = |table: Table, id: i64| {
        let key = Key::Number(id);
        base.get(table, &key).is_none()
            && (server.get(table, &key).is_some() || server_max.get(&table).is_some_and(|&max| id <= max))
    };
    let mut renumbered = 0;
    let max_of = |ids: &mut dyn Iterator<Item = i64>, table: Table| {
        ids.max().unwrap_or(0).max(server_max.get(&table).copied().unwrap_or(0)).max(
            server
                .tables
                .get(&table)
                .and_then(|t| t.keys().filter_map(|k| if let Key::Number(n) = k { Some(*n) } else { None }).max())
                .unwrap_or(0),
        )
    };
    let mut next = max_of(&mut local.flows.iter().map(|f| f.id.0), Table::Flows);
    for flow in &mut local.flows {
        if taken(Table::Flows, flow.id.0) {
            next += 1;
            flow.id = FlowId(next);
            renumbered += 1;
        }
    }
    let mut next = max_of(&mut local.exchanges.iter().map(|e| e.id.0), Table::Exchanges);
    let mut moved: BTreeMap<i64, i64> = BTreeMap::new();
    for ex in &mut local.exchanges {
        if taken(Table::Exchanges, ex.id.0) {
            next += 1;
            moved.insert(ex.id.0, next);
            ex.id = ExchangeId(next);
            renumbered += 1;
        }
    }
    for s in &mut local.stages {
        if let Some(&to) = moved.get(&s.exchange.0) {
            s.exchange = ExchangeId(to);
        }
    }
    for o in &mut local.outcomes {
        if let Some(&to) = moved.get(&o.exchange.0) {
            o.exchange = ExchangeId(to);
        }
    }
    let mut next = max_of(&mut local.contacts.iter().map(|c| c.id), Table::Contacts);
    for c in &mut local.contacts {
        if taken(Table::Contacts, c.id) {
            next += 1;
            c.id = next;
            renumbered += 1;
        }
    }
    renumbered
}

/// The records that differ between `from` and `to`: (table, key, the row in `to` or `None` if
/// `to` has none), in table order.
pub fn changes<'a>(from: &'a Records, to: &'a Records) -> Vec<(Table, &'a Key, Option<&'a Fields>)> {
    let mut out = Vec::new();
    for table in Table::ALL {
        let keys: BTreeSet<&Key> =
            [from, to].iter().filter_map(|r| r.tables.get(&table)).flat_map(|t| t.keys()).collect();
        for key in keys {
            let (a, b) = (from.get(table, key), to.get(table, key));
            if a != b {
                out.push((table, key, b));
            }
        }
    }
    out
}

/// The part of a project inside a box (west, south, east, north in degrees): its firms there,
/// their flows and contacts, the exchanges between two of them with their stages and outcomes,
/// and everything not tied to a place (metadata, parameters, materials, rules, workshops, whose
/// attendees outside the box are left out).
pub fn within(data: &ProjectData, bbox: [f64; 4]) -> ProjectData {
    let [w, s, e, n] = bbox;
    let inside = |p: LatLon| p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n;
    let mut out = data.clone();
    out.firms.retain(|f| inside(f.location));
    let firms: BTreeSet<&str> = out.firms.iter().map(|f| f.id.as_str()).collect();
    out.flows.retain(|f| firms.contains(f.firm.as_str()));
    out.contacts.retain(|c| firms.contains(c.firm.as_str()));
    out.exchanges.retain(|x| firms.contains(x.from.as_str()) && firms.contains(x.to.as_str()));
    let exchanges: BTreeSet<i64> = out.exchanges.iter().map(|x| x.id.0).collect();
    out.stages.retain(|s| exchanges.contains(&s.exchange.0));
    out.outcomes.retain(|o| exchanges.contains(&o.exchange.0));
    for w in &mut out.workshops {
        w.attendees.retain(|a| firms.contains(a.as_str()));
    }
    out
}

/// Parses `W,S,E,N` in degrees.
pub fn parse_bbox(text: &str) -> Result<[f64; 4], String> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let numbers: Vec<f64> = parts.iter().filter_map(|p| p.parse::<f64>().ok()).filter(|v| v.is_finite()).collect();
    if parts.len() != 4 || numbers.len() != 4 {
        return Err(format!("--bbox '{text}': give four numbers W,S,E,N in degrees, e.g. 11.0,55.6,11.3,55.8"));
    }
    let [w, s, e, n] = [numbers[0], numbers[1], numbers[2], numbers[3]];
    if !(-180.0..=180.0).contains(&w)
        || !(-180.0..=180.0).contains(&e)
        || !(-90.0..=90.0).contains(&s)
        || !(-90.0..=90.0).contains(&n)
    {
        return Err(format!("--bbox '{text}': longitudes must lie in -180..180 and latitudes in -90..90"));
    }
    if w >= e || s >= n {
        return Err(format!("--bbox '{text}': west must be less than east and south less than north"));
    }
    Ok([w, s, e, n])
}

/// The outcome of [`merge_projects`].
pub struct ProjectMerge {
    pub project: ProjectData,
    pub conflicts: Vec<Conflict>,
    pub local_changes: usize,
    pub server_changes: usize,
    pub renumbered: usize,
}

/// Merges whole projects (`merge BASE MINE THEIRS`): `mine` plays the local side, `theirs` the
/// server. Fails if the merged records do not make a valid project (e.g. one side deleted a
/// firm the other gave a new flow), naming what is wrong.
pub fn merge_projects(
    base: &ProjectData,
    mine: &ProjectData,
    theirs: &ProjectData,
    sides: &Sides,
) -> Result<ProjectMerge, String> {
    let base_records = Records::of(base);
    let theirs_records = Records::of(theirs);
    let mut mine = mine.clone();
    let renumbered = renumber_new(&base_records, &mut mine, &theirs_records, &BTreeMap::new());
    let m = merge(&base_records, &Records::of(&mine), &theirs_records, sides);
    let project = m.records.to_project()?;
    if sides.decide(&m.conflicts) {
        let problems = project.problems();
        if !problems.is_empty() {
            return Err(format!(
                "the two sides' changes do not fit together: {}",
                super::validate::summary(&problems, 8)
            ));
        }
    }
    Ok(ProjectMerge {
        project,
        conflicts: m.conflicts,
        local_changes: m.local_changes,
        server_changes: m.server_changes,
        renumbered,
    })
}
