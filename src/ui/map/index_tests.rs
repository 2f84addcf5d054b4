//! `MapIndex::follow` against a fresh index, over random edits and undos of Kalundborg.
use super::*;
use crate::core::history::Edit;
use crate::core::session::Session;

/// Everything a fresh index computes, in firm-id order, to compare with a followed one.
fn summary(index: &MapIndex, data: &ProjectData) -> Vec<String> {
    let mut rows: Vec<String> = data
        .firms
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut materials: Vec<&str> = index.materials_of(i).split_whitespace().collect();
            materials.sort_unstable();
            let near = index.firms_in(
                [f.location.lon - 1e-9, f.location.lat - 1e-9],
                [f.location.lon + 1e-9, f.location.lat + 1e-9],
            );
            format!(
                "{} t={} y={:?} m={:?} c={:?} near={} at={:?}",
                f.id,
                index.throughput[i],
                index.firm_years[i],
                materials,
                index.colors[i],
                near.contains(&i),
                index.mercator[i]
            )
        })
        .collect();
    rows.sort();
    let mut lines: Vec<String> = data
        .exchanges
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (a, b, kind) = index.exchange_ends[i].expect("both firms are in the project");
            let found = index.exchanges_in([-180.0, -90.0], [180.0, 90.0]).contains(&i);
            format!("{} {}->{} {kind:?} {found}", e.id, data.firms[a].id, data.firms[b].id)
        })
        .collect();
    lines.sort();
    rows.extend(lines);
    rows
}

#[test]
fn an_index_that_follows_edits_equals_one_built_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.gpkg");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_projects/kalundborg.gpkg");
    std::fs::copy(sample, &path).unwrap();
    let mut session = Session::new(crate::core::ProjectFile::open(&path).unwrap()).unwrap();
    let mut index = MapIndex::new(session.data());
    let mut rng = fastrand::Rng::with_seed(11);
    for step in 0..120 {
        let data = session.data();
        let firm = data.firms[rng.usize(..data.firms.len())].clone();
        let edit = match step % 6 {
            0 => Edit::UpdateFirm {
                before: firm.clone(),
                after: Firm {
                    location: LatLon::new(firm.location.lat + 0.01, firm.location.lon - 0.01),
                    nace: "20.11".into(),
                    ..firm
                },
            },
            1 => {
                let mut flow = data.flows[rng.usize(..data.flows.len())].clone();
                flow.id = FlowId(0);
                flow.firm = firm.id.clone();
                flow.available_from = Some(1990 + step / 10);
                flow.available_to = None;
                Edit::InsertFlow(flow)
            }
            2 => {
                let flow = data.flows[rng.usize(..data.flows.len())].clone();
                Edit::UpdateFlow { before: flow.clone(), after: Flow { quantity: flow.quantity * 2.0, ..flow } }
            }
            3 if data.flows.len() > 20 => Edit::DeleteFlow(data.flows[rng.usize(..data.flows.len())].clone()),
            4 if data.firms.len() > 8 => session.delete_firm_edit(&firm.id).unwrap(),
            _ => Edit::InsertFirm(Firm {
                id: FirmId(format!("new{step}")),
                location: LatLon::new(55.6 + f64::from(step) * 1e-3, 11.1),
                ..firm
            }),
        };
        let undo = step % 5 == 4;
        session.apply(edit).unwrap();
        if undo {
            session.undo().unwrap().unwrap();
        }
        let changes = session.take_changes();
        index.follow(session.data(), &changes);
        assert_eq!(
            summary(&index, session.data()),
            summary(&MapIndex::new(session.data()), session.data()),
            "step {step}"
        );
    }
}
