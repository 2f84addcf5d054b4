//! What is under the pointer: the firms and exchange lines near it, found through the map
//! index (a few features, not every one in view), measured on screen as they are drawn.

use egui::{Pos2, Vec2};
use walkers::Projector;

use crate::core::model::*;

use super::layer::Pick;
use super::scene::{Scene, firm_radius, line_width};
use super::screen::distance_to_segment;

/// How far (points) from the pointer a feature can be picked: the largest firm symbol plus the
/// slack a pointer gets.
const REACH: f32 = 16.0;

/// The nearest firm or exchange line within reach of `p`, with its distance.
pub fn pick(scene: &Scene<'_>, projector: &Projector, p: Pos2, firms_only: bool) -> Option<(f32, Pick)> {
    let corner = |d: Vec2| {
        let q = projector.unproject((p + d).to_vec2());
        [q.x(), q.y()]
    };
    let (a, b) = (corner(Vec2::splat(-REACH)), corner(Vec2::splat(REACH)));
    let (min, max) = ([a[0].min(b[0]), a[1].min(b[1])], [a[0].max(b[0]), a[1].max(b[1])]);
    let (index, key) = (scene.index, scene.key);
    let mut best: Option<(f32, Pick)> = None;
    let mut consider = |d: f32, pick: Pick, radius: f32| {
        if d <= radius && best.as_ref().is_none_or(|(b, _)| d < *b) {
            best = Some((d, pick));
        }
    };
    if key.layers.exchanges && !firms_only {
        for i in index.exchanges_in(min, max) {
            let (Some(ex), Some(Some((from, to, _)))) = (scene.data.exchanges.get(i), index.exchange_ends.get(i))
            else {
                continue;
            };
            if key.year.is_some_and(|y| !ex.active_in(y)) {
                continue;
            }
            let (Some(a), Some(b)) = (scene.firm_at(*from), scene.firm_at(*to)) else { continue };
            let width = line_width(ex.quantity, index.max_exchange);
            consider(distance_to_segment(p, a, b), Pick::Exchange(ex.id), width / 2.0 + 4.0);
        }
    }
    if key.layers.firms {
        let mut near = index.firms_in(min, max);
        if let Some((id, _)) = &key.dragging
            && let Some(i) = index.firm(id)
        {
            near.push(i);
        }
        for i in near {
            let (Some(firm), Some(at)) = (scene.data.firms.get(i), scene.firm_at(i)) else { continue };
            if !scene.firm_shown(i) {
                continue;
            }
            let radius = firm_radius(index.throughput.get(i).copied().unwrap_or(0.0), index.max_throughput);
            consider(p.distance(at), Pick::Firm(firm.id.clone()), radius + 3.0);
        }
    }
    best
}

/// The firm under `p`, if any.
pub fn firm_at(scene: &Scene<'_>, projector: &Projector, p: Pos2) -> Option<FirmId> {
    match pick(scene, projector, p, true)? {
        (_, Pick::Firm(id)) => Some(id),
        _ => None,
    }
}
