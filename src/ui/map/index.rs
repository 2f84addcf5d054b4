//! What the map needs of a project, computed once and then kept up to date edit by edit: firm
//! throughput, sector colours, Web-Mercator positions, the years each firm takes part in, and
//! spatial indexes of firms and exchange lines, so that a frame only touches what is in view.
//! [`MapIndex::follow`] applies the core's [`Change`]s in O(what changed), not O(project).

use std::collections::HashMap;

use egui::Color32;
use rstar::RTree;
use rstar::primitives::{GeomWithData, Rectangle};

use super::layer::sector;
use crate::core::mercator::mercator_from_latlon;
use crate::core::model::*;
use crate::core::session::Change;

type FirmPoint = GeomWithData<[f64; 2], usize>;
type ExchangeBox = GeomWithData<Rectangle<[f64; 2]>, usize>;
/// An exchange of a firm with its start and end years.
type ExchangeYears = (ExchangeId, Option<i32>, Option<i32>);

/// A flow as the map counts it for its firm.
#[derive(Clone, Debug)]
struct FlowMark {
    id: FlowId,
    material: MaterialId,
    quantity: f64,
    years: (Option<i32>, Option<i32>),
}

pub struct MapIndex {
    pub throughput: Vec<f64>,
    pub max_throughput: f64,
    /// Per firm: its place when ordered by throughput, biggest first (drawing order). Firms added
    /// since the index was built come last until the project is opened again.
    pub rank: Vec<u32>,
    /// Per firm: its sector colour.
    pub colors: Vec<Color32>,
    /// Per firm: Web-Mercator position on a unit world square (x, y in 0..1).
    pub mercator: Vec<[f64; 2]>,
    /// Per firm: the years it takes part in (its flows' availability and its exchanges' years;
    /// open where unknown), for the timeline.
    pub firm_years: Vec<(i32, i32)>,
    /// Per exchange: its firms (indexes) and its material's kind.
    pub exchange_ends: Vec<Option<(usize, usize, MaterialKind)>>,
    pub max_exchange: f64,
    firms: RTree<FirmPoint>,
    /// Per firm: the point it has in `firms`.
    points: Vec<[f64; 2]>,
    exchanges: RTree<ExchangeBox>,
    /// Per exchange: the box it has in `exchanges`.
    boxes: Vec<Option<Rectangle<[f64; 2]>>>,
    firm_index: HashMap<FirmId, usize>,
    /// Per firm: its id.
    ids: Vec<FirmId>,
    /// Per firm: its flows, and the years of its exchanges.
    flows: Vec<Vec<FlowMark>>,
    exchange_years: Vec<Vec<ExchangeYears>>,
    /// Per firm: the material ids of its flows, space-separated, for search.
    materials: Vec<String>,
}

impl MapIndex {
    pub fn new(data: &ProjectData) -> Self {
        let n = data.firms.len();
        let firm_index: HashMap<FirmId, usize> =
            data.firms.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
        let mut flows = vec![Vec::new(); n];
        for f in &data.flows {
            if let Some(&i) = firm_index.get(&f.firm) {
                flows[i].push(mark(f));
            }
        }
        let mut exchange_years = vec![Vec::new(); n];
        for e in &data.exchanges {
            for id in [&e.from, &e.to] {
                if let Some(&i) = firm_index.get(id) {
                    exchange_years[i].push((e.id, e.start_year, e.end_year));
                }
            }
        }
        let points: Vec<[f64; 2]> = data.firms.iter().map(|f| [f.location.lon, f.location.lat]).collect();
        let boxes: Vec<Option<Rectangle<[f64; 2]>>> =
            data.exchanges.iter().map(|e| line_box(data, &firm_index, e)).collect();
        let mut index = Self {
            throughput: vec![0.0; n],
            max_throughput: 1.0,
            rank: Vec::new(),
            colors: data.firms.iter().map(|f| sector(&f.nace).1).collect(),
            mercator: data.firms.iter().map(|f| mercator_from_latlon(f.location)).collect(),
            firm_years: vec![(i32::MIN, i32::MAX); n],
            exchange_ends: data.exchanges.iter().map(|e| ends(data, &firm_index, e)).collect(),
            max_exchange: data.exchanges.iter().filter_map(|e| e.quantity).fold(1.0_f64, f64::max),
            firms: RTree::bulk_load(points.iter().enumerate().map(|(i, p)| GeomWithData::new(*p, i)).collect()),
            exchanges: RTree::bulk_load(
                boxes.iter().enumerate().filter_map(|(i, b)| Some(GeomWithData::new((*b)?, i))).collect(),
            ),
            points,
            boxes,
            ids: data.firms.iter().map(|f| f.id.clone()).collect(),
            firm_index,
            flows,
            exchange_years,
            materials: vec![String::new(); n],
        };
        for i in 0..n {
            index.recount(i);
        }
        let mut by_size: Vec<usize> = (0..n).collect();
        by_size.sort_by(|a, b| index.throughput[*b].total_cmp(&index.throughput[*a]).then(a.cmp(b)));
        index.rank = vec![0; n];
        for (place, &i) in by_size.iter().enumerate() {
            index.rank[i] = place as u32;
        }
        index
    }

    /// Follows the project through changes reported by the session, in order.
    pub fn follow(&mut self, data: &ProjectData, changes: &[Change]) {
        for change in changes {
            match change {
                Change::Reloaded => *self = Self::new(data),
                Change::Settings => {}
                Change::FirmAdded { at, firm } => self.firm_added(*at, firm),
                Change::FirmUpdated { at, before, after } => self.firm_updated(*at, before, after),
                Change::FirmRemoved { at, firm } => self.firm_removed(*at, firm),
                Change::FlowAdded { flow, .. } => self.flow_added(flow),
                Change::FlowUpdated { before, after, .. } => {
                    self.flow_removed(before);
                    self.flow_added(after);
                }
                Change::FlowRemoved { flow, .. } => self.flow_removed(flow),
                Change::ExchangeAdded { at, exchange } => self.exchange_added(data, *at, exchange),
                Change::ExchangeUpdated { at, before, after } => {
                    self.exchange_removed(*at, before, false);
                    self.exchange_added(data, *at, after);
                }
                Change::ExchangeRemoved { at, exchange } => self.exchange_removed(*at, exchange, true),
            }
        }
    }

    /// Throughput, materials and years of one firm, from its own lists.
    fn recount(&mut self, i: usize) {
        let flows = &self.flows[i];
        self.throughput[i] = flows.iter().map(|f| f.quantity).sum::<f64>() + 0.0; // an empty sum is -0
        self.max_throughput = self.max_throughput.max(self.throughput[i]);
        let mut materials = String::new();
        for f in flows {
            materials.push_str(f.material.as_str());
            materials.push(' ');
        }
        self.materials[i] = materials;
        let (mut first, mut last) = (i32::MAX, i32::MIN);
        let years = flows.iter().map(|f| f.years).chain(self.exchange_years[i].iter().map(|&(_, s, e)| (s, e)));
        for (from, to) in years {
            first = first.min(from.unwrap_or(i32::MIN));
            last = last.max(to.unwrap_or(i32::MAX));
        }
        // Nothing dated: always shown.
        self.firm_years[i] = if first > last { (i32::MIN, i32::MAX) } else { (first, last) };
    }

    fn firm_added(&mut self, at: usize, firm: &Firm) {
        let point = [firm.location.lon, firm.location.lat];
        self.firm_index.insert(firm.id.clone(), at);
        self.ids.push(firm.id.clone());
        self.throughput.push(0.0);
        self.rank.push(at as u32);
        self.colors.push(sector(&firm.nace).1);
        self.mercator.push(mercator_from_latlon(firm.location));
        self.firm_years.push((i32::MIN, i32::MAX));
        self.points.push(point);
        self.flows.push(Vec::new());
        self.exchange_years.push(Vec::new());
        self.materials.push(String::new());
        self.firms.insert(GeomWithData::new(point, at));
    }

    fn firm_updated(&mut self, at: usize, before: &Firm, firm: &Firm) {
        self.colors[at] = sector(&firm.nace).1;
        if firm.location == before.location {
            return;
        }
        self.firms.remove(&GeomWithData::new(self.points[at], at));
        self.points[at] = [firm.location.lon, firm.location.lat];
        self.mercator[at] = mercator_from_latlon(firm.location);
        self.firms.insert(GeomWithData::new(self.points[at], at));
        // Its exchange lines moved with it.
        let exchanges: Vec<usize> = (0..self.exchange_ends.len())
            .filter(|&e| self.exchange_ends[e].is_some_and(|(a, b, _)| a == at || b == at))
            .collect();
        for e in exchanges {
            let b = self.exchange_ends[e].map(|(a, b, _)| Rectangle::from_corners(self.points[a], self.points[b]));
            self.set_box(e, b);
        }
    }

    /// The firm at `at` is gone (its flows and exchanges went first); the last firm moved there.
    fn firm_removed(&mut self, at: usize, firm: &Firm) {
        let last = self.points.len() - 1;
        self.firm_index.remove(&firm.id);
        self.firms.remove(&GeomWithData::new(self.points[at], at));
        if at != last {
            self.firms.remove(&GeomWithData::new(self.points[last], last));
            self.firms.insert(GeomWithData::new(self.points[last], at));
            self.firm_index.insert(self.ids[last].clone(), at);
            for (a, b, _) in self.exchange_ends.iter_mut().flatten() {
                if *a == last {
                    *a = at;
                }
                if *b == last {
                    *b = at;
                }
            }
        }
        self.ids.swap_remove(at);
        self.throughput.swap_remove(at);
        self.rank.swap_remove(at);
        self.colors.swap_remove(at);
        self.mercator.swap_remove(at);
        self.firm_years.swap_remove(at);
        self.points.swap_remove(at);
        self.flows.swap_remove(at);
        self.exchange_years.swap_remove(at);
        self.materials.swap_remove(at);
    }

    fn flow_added(&mut self, flow: &Flow) {
        let Some(&i) = self.firm_index.get(&flow.firm) else { return };
        self.flows[i].push(mark(flow));
        self.recount(i);
    }

    fn flow_removed(&mut self, flow: &Flow) {
        let Some(&i) = self.firm_index.get(&flow.firm) else { return };
        self.flows[i].retain(|f| f.id != flow.id);
        self.recount(i);
    }

    fn exchange_added(&mut self, data: &ProjectData, at: usize, e: &Exchange) {
        if at == self.exchange_ends.len() {
            self.exchange_ends.push(None);
            self.boxes.push(None);
        }
        self.exchange_ends[at] = ends(data, &self.firm_index, e);
        let b = self.exchange_ends[at].map(|(a, b, _)| Rectangle::from_corners(self.points[a], self.points[b]));
        self.set_box(at, b);
        self.max_exchange = self.max_exchange.max(e.quantity.unwrap_or(0.0));
        for id in [&e.from, &e.to] {
            if let Some(&i) = self.firm_index.get(id) {
                self.exchange_years[i].push((e.id, e.start_year, e.end_year));
                self.recount(i);
            }
        }
    }

    /// Takes an exchange out; `moved`: the last exchange now sits at `at` (a removal, not an
    /// update in place).
    fn exchange_removed(&mut self, at: usize, exchange: &Exchange, moved: bool) {
        for id in [&exchange.from, &exchange.to] {
            if let Some(&i) = self.firm_index.get(id) {
                self.exchange_years[i].retain(|(x, _, _)| *x != exchange.id);
                self.recount(i);
            }
        }
        self.set_box(at, None);
        if !moved {
            return;
        }
        let last = self.exchange_ends.len() - 1;
        if at != last {
            let moved_box = self.boxes[last];
            self.set_box(last, None);
            self.exchange_ends.swap(at, last);
            self.set_box(at, moved_box);
        }
        self.exchange_ends.pop();
        self.boxes.pop();
    }

    fn set_box(&mut self, at: usize, b: Option<Rectangle<[f64; 2]>>) {
        if let Some(old) = self.boxes[at].take() {
            self.exchanges.remove(&GeomWithData::new(old, at));
        }
        if let Some(new) = b {
            self.exchanges.insert(GeomWithData::new(new, at));
        }
        self.boxes[at] = b;
    }

    /// How many flows a firm has.
    pub fn flow_count(&self, firm: usize) -> usize {
        self.flows.get(firm).map_or(0, Vec::len)
    }

    /// The material ids of a firm's flows, space-separated.
    pub fn materials_of(&self, firm: usize) -> &str {
        self.materials.get(firm).map_or("", String::as_str)
    }

    /// Firms inside a lon/lat box.
    pub fn firms_in(&self, min: [f64; 2], max: [f64; 2]) -> Vec<usize> {
        let envelope = rstar::AABB::from_corners(min, max);
        self.firms.locate_in_envelope(&envelope).map(|g| g.data).collect()
    }

    /// Exchanges whose line box meets a lon/lat box.
    pub fn exchanges_in(&self, min: [f64; 2], max: [f64; 2]) -> Vec<usize> {
        let envelope = rstar::AABB::from_corners(min, max);
        self.exchanges.locate_in_envelope_intersecting(&envelope).map(|g| g.data).collect()
    }

    pub fn firm(&self, id: &FirmId) -> Option<usize> {
        self.firm_index.get(id).copied()
    }
}

fn mark(f: &Flow) -> FlowMark {
    FlowMark { id: f.id, material: f.material.clone(), quantity: f.quantity, years: (f.available_from, f.available_to) }
}

fn ends(data: &ProjectData, firms: &HashMap<FirmId, usize>, e: &Exchange) -> Option<(usize, usize, MaterialKind)> {
    let kind = data.material(&e.material).map_or(MaterialKind::Material, |m| m.kind);
    Some((*firms.get(&e.from)?, *firms.get(&e.to)?, kind))
}

fn line_box(data: &ProjectData, firms: &HashMap<FirmId, usize>, e: &Exchange) -> Option<Rectangle<[f64; 2]>> {
    let (a, b) = (data.firms.get(*firms.get(&e.from)?)?, data.firms.get(*firms.get(&e.to)?)?);
    Some(Rectangle::from_corners([a.location.lon, a.location.lat], [b.location.lon, b.location.lat]))
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
