//! A Sankey-style flow diagram of the park, in the spirit of the classic Kalundborg diagram:
//! firms as nodes in three columns (those that only send, those that send and receive, those
//! that only receive), exchanges as bands sized by quantity in one unit family and coloured by
//! material kind. Drawn with egui's painter; labels never overlap.

use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, pos2, vec2};

use super::map::layer::kind_color;
use crate::core::indicators::NetworkLink;
use crate::core::model::*;

/// One firm in the diagram.
#[derive(Clone, Debug)]
pub struct Node {
    pub firm: FirmId,
    pub name: String,
    pub rect: Rect,
    pub label: Rect,
}

/// One exchange band.
#[derive(Clone, Debug)]
pub struct Band {
    pub from: usize,
    pub to: usize,
    pub quantity: f64,
    pub material: String,
    pub kind: MaterialKind,
    /// Vertical span at the source's right edge and at the target's left edge.
    pub source_span: (f32, f32),
    pub target_span: (f32, f32),
}

#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub nodes: Vec<Node>,
    pub bands: Vec<Band>,
}

const NODE_WIDTH: f32 = 14.0;
const LABEL_HEIGHT: f32 = 18.0;
const GAP: f32 = 10.0;

/// Lays out the links of one unit family inside `rect`. `label_width` measures a label.
pub fn layout(
    data: &ProjectData,
    links: &[NetworkLink],
    unit: Unit,
    rect: Rect,
    label_width: impl Fn(&str) -> f32,
) -> Layout {
    let links: Vec<&NetworkLink> =
        links.iter().filter(|l| l.unit == unit && l.quantity > 0.0 && l.from != l.to).collect();
    let mut firms: Vec<FirmId> = links.iter().flat_map(|l| [l.from.clone(), l.to.clone()]).collect();
    firms.sort();
    firms.dedup();
    if firms.is_empty() {
        return Layout::default();
    }
    let index = |id: &FirmId| firms.iter().position(|f| f == id).expect("every end is a node");
    let (mut inflow, mut outflow) = (vec![0.0; firms.len()], vec![0.0; firms.len()]);
    for l in &links {
        outflow[index(&l.from)] += l.quantity;
        inflow[index(&l.to)] += l.quantity;
    }
    let column = |i: usize| match (inflow[i] > 0.0, outflow[i] > 0.0) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) => 2,
    };
    // Heights share what room is left after gaps and label rows.
    let mut per_column: [Vec<usize>; 3] = Default::default();
    for i in 0..firms.len() {
        per_column[column(i)].push(i);
    }
    for col in &mut per_column {
        col.sort_by(|a, b| inflow[*b].max(outflow[*b]).total_cmp(&inflow[*a].max(outflow[*a])));
    }
    let throughput = |i: usize| inflow[i].max(outflow[i]);
    let scale = per_column
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| {
            let total: f64 = c.iter().map(|&i| throughput(i)).sum();
            let room = rect.height() - c.len() as f32 * (LABEL_HEIGHT.max(4.0) + GAP);
            f64::from(room.max(20.0)) / total
        })
        .fold(f64::INFINITY, f64::min);
    // Labels sit right of their node; each column starts after the widest label before it.
    let name_of = |i: usize| data.firm(&firms[i]).map_or(firms[i].0.clone(), |f| f.name.clone());
    let widest = |c: usize| per_column[c].iter().map(|&i| label_width(&name_of(i))).fold(0.0f32, f32::max);
    let x0 = rect.left() + 4.0;
    let x1 = x0 + NODE_WIDTH + 6.0 + widest(0) + 60.0;
    let x2 = (x1 + NODE_WIDTH + 6.0 + widest(1) + 60.0).min(rect.right() - NODE_WIDTH - 6.0 - widest(2));
    let xs = [x0, x1, x2.max(x1 + NODE_WIDTH + 20.0)];
    let mut nodes: Vec<Option<Node>> = vec![None; firms.len()];
    for (c, col) in per_column.iter().enumerate() {
        let mut y = rect.top();
        for &i in col {
            // A node is at least as tall as its label, so labels in a column never overlap.
            let height = ((throughput(i) * scale) as f32).max(LABEL_HEIGHT);
            let node_rect = Rect::from_min_size(pos2(xs[c], y), vec2(NODE_WIDTH, height));
            let name = name_of(i);
            let width = label_width(&name);
            let label = Rect::from_min_size(
                pos2(node_rect.right() + 6.0, node_rect.center().y - LABEL_HEIGHT / 2.0),
                vec2(width, LABEL_HEIGHT),
            );
            nodes[i] = Some(Node { firm: firms[i].clone(), name, rect: node_rect, label });
            y += height + GAP;
        }
    }
    let nodes: Vec<Node> = nodes.into_iter().map(|n| n.expect("every node has a column")).collect();
    let (mut out_used, mut in_used) = (vec![0.0f32; nodes.len()], vec![0.0f32; nodes.len()]);
    let mut bands = Vec::new();
    let mut sorted = links.clone();
    sorted.sort_by(|a, b| b.quantity.total_cmp(&a.quantity));
    for l in sorted {
        let (from, to) = (index(&l.from), index(&l.to));
        let width = ((l.quantity * scale) as f32).max(1.0);
        let s0 = nodes[from].rect.top() + out_used[from];
        let t0 = nodes[to].rect.top() + in_used[to];
        out_used[from] += width;
        in_used[to] += width;
        let kind = data.material(&MaterialId::new(l.material.clone())).map_or(MaterialKind::Material, |m| m.kind);
        bands.push(Band {
            from,
            to,
            quantity: l.quantity,
            material: l.material.clone(),
            kind,
            source_span: (s0, s0 + width),
            target_span: (t0, t0 + width),
        });
    }
    Layout { nodes, bands }
}

/// A cubic curve from `a` to `b`, leaving and arriving horizontally.
fn curve(a: Pos2, b: Pos2, steps: usize) -> Vec<Pos2> {
    let dx = ((b.x - a.x).abs() / 2.0).max(40.0);
    let (c1, c2) = (pos2(a.x + dx, a.y), pos2(b.x - dx, b.y));
    (0..=steps)
        .map(|i| {
            let t = i as f32 / steps as f32;
            let u = 1.0 - t;
            let p = a.to_vec2() * (u * u * u)
                + c1.to_vec2() * (3.0 * u * u * t)
                + c2.to_vec2() * (3.0 * u * t * t)
                + b.to_vec2() * (t * t * t);
            p.to_pos2()
        })
        .collect()
}

/// Paints a laid-out diagram.
pub fn paint(painter: &egui::Painter, layout: &Layout, text: Color32) {
    for band in &layout.bands {
        let (a, b) = (&layout.nodes[band.from], &layout.nodes[band.to]);
        let top = curve(pos2(a.rect.right(), band.source_span.0), pos2(b.rect.left(), band.target_span.0), 24);
        let bottom = curve(pos2(a.rect.right(), band.source_span.1), pos2(b.rect.left(), band.target_span.1), 24);
        let color = kind_color(band.kind).gamma_multiply(0.55);
        // The band as a strip of quads between its two edges.
        let mut mesh = egui::Mesh::default();
        for (t, bt) in top.iter().zip(&bottom) {
            mesh.colored_vertex(*t, color);
            mesh.colored_vertex(*bt, color);
        }
        for i in 0..top.len().saturating_sub(1) as u32 {
            let k = i * 2;
            mesh.add_triangle(k, k + 1, k + 2);
            mesh.add_triangle(k + 2, k + 1, k + 3);
        }
        painter.add(Shape::mesh(mesh));
    }
    for node in &layout.nodes {
        painter.rect_filled(node.rect, 2.0, Color32::from_gray(60));
        painter.rect_filled(node.label.expand(2.0), 3.0, Color32::from_white_alpha(200));
        painter.text(node.label.left_center(), egui::Align2::LEFT_CENTER, &node.name, FontId::proportional(14.0), text);
        painter.rect_stroke(node.rect, 2.0, Stroke::new(1.0, Color32::from_gray(30)), egui::StrokeKind::Inside);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kalundborg_lays_out_without_overlapping_labels() {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_projects/kalundborg.gpkg");
        let data = crate::core::ProjectFile::open_with(path, crate::core::OpenMode::ReadOnly).unwrap().load().unwrap();
        let matcher = crate::core::matching::Matcher::new(
            &data,
            crate::core::matching::MatchOptions { greenfield: true, ..Default::default() },
        );
        let links = crate::core::scenarios::exchange_links(&matcher, |e| crate::core::scenarios::is_existing(e, None));
        for unit in [Unit::Mwh, Unit::Tonne, Unit::CubicMetre] {
            let layout = layout(&data, &links, unit, Rect::from_min_size(Pos2::ZERO, vec2(900.0, 700.0)), |s| {
                s.len() as f32 * 7.5
            });
            assert!(layout.nodes.len() >= 3 && !layout.bands.is_empty(), "{unit}: {} nodes", layout.nodes.len());
            for (i, a) in layout.nodes.iter().enumerate() {
                for b in &layout.nodes[i + 1..] {
                    assert!(!a.label.intersects(b.label), "{unit}: labels of {} and {} overlap", a.name, b.name);
                    assert!(!a.rect.intersects(b.rect), "{unit}: nodes overlap");
                }
            }
            let asnaes = layout.nodes.iter().find(|n| n.firm.as_str() == "asnaes");
            if unit == Unit::Mwh {
                assert!(asnaes.is_some(), "Asnæs sends steam");
            }
        }
    }
}
