//! The three-way merge of projects (`core::sync`): what survives, what conflicts, what a chosen
//! side decides; the area of a partial check-out; what a connection string may show.

#![allow(clippy::unwrap_used)]

mod common;

use common::{exchange, firm};
use symbiosis_explorer::core::sync::{Prefer, ROW, Records, Sides, merge_projects, parse_bbox, pg, within};
use symbiosis_explorer::core::*;

fn flow(id: i64, firm: &str, direction: Direction, material: &str, quantity: f64) -> Flow {
    Flow { id: FlowId(id), ..common::flow(firm, direction, material, quantity, Unit::Tonne) }
}

fn park() -> ProjectData {
    let mut data = ProjectData::new(ProjectMeta { name: "Park".into(), ..ProjectMeta::default() });
    for (id, lat, lon) in [("A", 55.60, 11.10), ("B", 55.65, 11.20), ("C", 57.0, 12.0)] {
        data.firms.push(firm(id, lat, lon));
    }
    data.flows.push(flow(1, "A", Direction::Supply, "fly_ash", 100.0));
    data.flows.push(flow(2, "B", Direction::Demand, "fly_ash", 80.0));
    data
}

fn firm_mut<'a>(data: &'a mut ProjectData, id: &str) -> &'a mut Firm {
    data.firms.iter_mut().find(|f| f.id.as_str() == id).unwrap()
}

#[test]
fn the_project_survives_the_trip_through_records() {
    let data = park();
    let back = Records::of(&data).to_project().unwrap();
    assert_eq!(Records::of(&back), Records::of(&data));
    assert_eq!(back.firms.len(), 3);
    assert_eq!(back.materials.len(), data.materials.len());
    assert_eq!(back.params, data.params);
}

#[test]
fn edits_of_different_firms_and_fields_both_survive() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    firm_mut(&mut mine, "A").name = "Asnæs power station".into();
    firm_mut(&mut theirs, "B").employees = Some(120);
    firm_mut(&mut theirs, "A").notes = "steam since 1982".into();
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let a = m.project.firm(&FirmId::new("A")).unwrap();
    assert_eq!(a.name, "Asnæs power station");
    assert_eq!(a.notes, "steam since 1982");
    assert_eq!(m.project.firm(&FirmId::new("B")).unwrap().employees, Some(120));
}

#[test]
fn each_conflict_can_take_its_own_side_and_one_left_open_stops_the_merge() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.flows[0].quantity = 150.0;
    theirs.flows[0].quantity = 90.0;
    mine.flows[1].quantity = 7.0;
    theirs.flows[1].quantity = 8.0;
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert_eq!(m.conflicts.len(), 2);
    let mut sides = Sides::none();
    sides.choose(&m.conflicts[0], Prefer::Local);
    assert!(!sides.decide(&m.conflicts), "one conflict still has no side");
    sides.choose(&m.conflicts[1], Prefer::Server);
    assert!(sides.decide(&m.conflicts));
    let merged = merge_projects(&base, &mine, &theirs, &sides).unwrap();
    assert_eq!(merged.project.flows[0].quantity, 150.0, "mine, as chosen for the first");
    assert_eq!(merged.project.flows[1].quantity, 8.0, "theirs, as chosen for the second");
    // A single choice wins over the one for all.
    let mut sides = Sides::all(Prefer::Server);
    sides.choose(&m.conflicts[0], Prefer::Local);
    let merged = merge_projects(&base, &mine, &theirs, &sides).unwrap();
    assert_eq!((merged.project.flows[0].quantity, merged.project.flows[1].quantity), (150.0, 8.0));
}

#[test]
fn the_same_field_changed_both_ways_is_a_conflict_decided_only_by_a_chosen_side() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.flows[0].quantity = 150.0;
    theirs.flows[0].quantity = 90.0;
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].to_string(), "conflict: flows 1 quantity: local '150.0' server '90.0'");
    let local = merge_projects(&base, &mine, &theirs, &Sides::all(Prefer::Local)).unwrap();
    assert_eq!(local.project.flows[0].quantity, 150.0);
    let server = merge_projects(&base, &mine, &theirs, &Sides::all(Prefer::Server)).unwrap();
    assert_eq!(server.project.flows[0].quantity, 90.0);
    // The same change on both sides is no conflict.
    theirs.flows[0].quantity = 150.0;
    assert!(merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap().conflicts.is_empty());
}

#[test]
fn deleting_a_row_the_other_side_edited_is_a_conflict() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.flows.retain(|f| f.id != FlowId(2));
    theirs.flows[1].quantity = 95.0;
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, ROW);
    assert!(m.conflicts[0].to_string().starts_with("conflict: flows 2 (row): local '(deleted)' server '{"));
    let local = merge_projects(&base, &mine, &theirs, &Sides::all(Prefer::Local)).unwrap();
    assert!(local.project.flows.iter().all(|f| f.id != FlowId(2)));
    // Deleted on one side, untouched on the other: deleted.
    let m = merge_projects(&base, &mine, &base, &Sides::none()).unwrap();
    assert!(m.conflicts.is_empty());
    assert!(m.project.flows.iter().all(|f| f.id != FlowId(2)));
}

#[test]
fn rows_added_on_both_sides_under_one_number_are_both_kept() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.flows.push(flow(3, "C", Direction::Supply, "wood_chips", 5.0));
    theirs.flows.push(flow(3, "B", Direction::Supply, "fly_ash", 7.0));
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.renumbered, 1);
    assert_eq!(m.project.flows.len(), 4);
    let wood = m.project.flows.iter().find(|f| f.material.as_str() == "wood_chips").unwrap();
    assert_eq!(wood.id, FlowId(4));
    assert!(m.project.flows.iter().any(|f| f.id == FlowId(3) && f.quantity == 7.0));
}

#[test]
fn a_flow_added_to_a_firm_the_other_side_deleted_is_refused_by_name() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.flows.push(flow(3, "C", Direction::Supply, "fly_ash", 5.0));
    theirs.firms.retain(|f| f.id.as_str() != "C");
    let err = merge_projects(&base, &mine, &theirs, &Sides::none()).err().unwrap();
    assert!(err.contains("do not fit together"), "{err}");
    assert!(err.contains("'C'") || err.contains(" C"), "{err}");
}

#[test]
fn a_moved_firm_conflicts_on_its_position() {
    let base = park();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    firm_mut(&mut mine, "A").location = LatLon::new(55.61, 11.11);
    firm_mut(&mut theirs, "A").location = LatLon::new(55.62, 11.12);
    let m = merge_projects(&base, &mine, &theirs, &Sides::none()).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, "geom");
}

#[test]
fn an_area_holds_its_firms_their_flows_and_exchanges_between_them() {
    let mut data = park();
    data.exchanges.push(Exchange { id: ExchangeId(1), ..exchange("A", "B", "fly_ash", Unit::Tonne) });
    data.exchanges.push(Exchange { id: ExchangeId(2), ..exchange("A", "C", "fly_ash", Unit::Tonne) });
    let area = within(&data, parse_bbox("11.0,55.5,11.3,55.7").unwrap());
    assert_eq!(area.firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["A", "B"]);
    assert_eq!(area.flows.len(), 2);
    assert_eq!(area.exchanges.iter().map(|e| e.id).collect::<Vec<_>>(), [ExchangeId(1)]);
    assert!(area.problems().is_empty(), "{:?}", area.problems());
}

#[test]
fn a_bad_area_is_refused_with_what_to_give() {
    for bad in ["1,2,3", "a,b,c,d", "12,56,11,57", "0,95,1,96", "NaN,1,2,3"] {
        let err = parse_bbox(bad).unwrap_err();
        assert!(err.contains("--bbox"), "{bad}: {err}");
    }
}

#[test]
fn passwords_never_survive_redaction() {
    assert_eq!(pg::redact("postgres://anna:s3cret@db.example:5432/park"), "postgres://anna@db.example:5432/park");
    assert_eq!(
        pg::redact("postgresql://anna:s3cret@h/db?sslmode=require&password=x"),
        "postgresql://anna@h/db?sslmode=require"
    );
    assert_eq!(pg::redact("host=h user=anna password='se cret' dbname=park"), "host=h user=anna dbname=park");
    assert_eq!(pg::redact("postgres://h/db"), "postgres://h/db");
}

#[test]
fn sslmode_takes_libpq_meanings_from_the_string_or_the_environment() {
    use symbiosis_explorer::core::sync::tls::{Verify, options};
    let none = |_: &str| None;
    let o = options("postgres://anna@h/db?sslmode=verify-full&sslrootcert=%2Fhome%2Fa%2Fca.crt", none).unwrap();
    assert_eq!(o.rest, "postgres://anna@h/db?sslmode=require", "postgres only knows require");
    assert_eq!((o.verify, o.root_cert.as_deref()), (Verify::AuthorityAndHost, Some("/home/a/ca.crt")));
    let o = options("host=h sslmode=verify-ca dbname=db", none).unwrap();
    assert_eq!((o.rest.as_str(), o.verify), ("host=h dbname=db sslmode=require", Verify::Authority));
    let o = options("postgres://h/db?application_name=x", none).unwrap();
    assert_eq!((o.rest.as_str(), o.verify), ("postgres://h/db?application_name=x", Verify::Nothing));
    let env = |k: &str| match k {
        "PGSSLMODE" => Some("verify-full".to_string()),
        "PGSSLROOTCERT" => Some("/etc/ca.crt".to_string()),
        _ => None,
    };
    let o = options("postgres://h/db", env).unwrap();
    assert_eq!(
        (o.rest.as_str(), o.verify, o.root_cert.as_deref()),
        ("postgres://h/db?sslmode=require", Verify::AuthorityAndHost, Some("/etc/ca.crt"))
    );
    let o = options("postgres://h/db?sslmode=disable", env).unwrap();
    assert_eq!((o.sslmode, o.verify), (Some("disable"), Verify::Nothing), "the string wins over the environment");
    let err = options("postgres://h/db?sslmode=sometimes", none).unwrap_err();
    assert!(err.contains("'sometimes'") && err.contains("verify-full"), "{err}");
}

#[test]
fn schema_names_are_checked_before_any_sql() {
    assert!(pg::check_schema("kalundborg_2024").is_ok());
    for bad in ["", "Kalundborg", "a;drop", "public", "pg_x", "1park", "x\"y"] {
        assert!(pg::check_schema(bad).is_err(), "{bad}");
    }
    assert_eq!(pg::schema_from_file(std::path::Path::new("/x/Kalundborg 2024.gpkg")), "kalundborg_2024");
    assert_eq!(pg::schema_from_file(std::path::Path::new("2024.gpkg")), "p_2024");
}
