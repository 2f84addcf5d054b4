//! The dockable workspace (egui_tiles): the map in the middle, the side panes on the left, the
//! tables in a wide dock below (like QGIS's attribute table) and the charts and the flow diagram
//! beside the map. Tabs can be dragged, split and resized; the layout is remembered between
//! sessions, and View > Reset layout brings this default back.

use egui_tiles::{Container, Linear, LinearDir, SimplificationOptions, Tile, TileId, Tiles, Tree, UiResponse};
use serde::{Deserialize, Serialize};

use super::map::MapPanel;
use super::panels::Panels;
use super::state::AppContext;
use crate::t;

/// What a tile of the workspace shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pane {
    Map,
    Tour,
    Firms,
    Flows,
    Settings,
    AllFlows,
    Candidates,
    Exchanges,
    Charts,
    Diagram,
    Workshops,
}

impl Pane {
    pub const ALL: [Pane; 11] = [
        Pane::Map,
        Pane::Tour,
        Pane::Firms,
        Pane::Flows,
        Pane::Settings,
        Pane::AllFlows,
        Pane::Candidates,
        Pane::Exchanges,
        Pane::Charts,
        Pane::Diagram,
        Pane::Workshops,
    ];

    pub fn title(self) -> String {
        match self {
            Pane::Map => t!("ui-map"),
            Pane::Tour => t!("ui-about-tour"),
            Pane::Firms => t!("ui-firms"),
            Pane::Flows => t!("ui-flows"),
            Pane::Settings => t!("ui-settings"),
            Pane::AllFlows => t!("ui-all-flows"),
            Pane::Candidates => t!("ui-candidates"),
            Pane::Exchanges => t!("ui-exchanges"),
            Pane::Charts => t!("ui-charts"),
            Pane::Diagram => t!("ui-flow-diagram"),
            Pane::Workshops => t!("ui-workshops"),
        }
    }
}

#[derive(Serialize, Deserialize)]
pub struct Dock {
    pub tree: Tree<Pane>,
}

impl Default for Dock {
    fn default() -> Self {
        let mut tiles = Tiles::default();
        let side = [Pane::Firms, Pane::Flows, Pane::Tour, Pane::Settings].map(|p| tiles.insert_pane(p)).to_vec();
        let side = tiles.insert_tab_tile(side);
        let map = tiles.insert_pane(Pane::Map);
        let charts = [Pane::Charts, Pane::Diagram].map(|p| tiles.insert_pane(p)).to_vec();
        let charts = tiles.insert_tab_tile(charts);
        let tables =
            [Pane::Candidates, Pane::AllFlows, Pane::Exchanges, Pane::Workshops].map(|p| tiles.insert_pane(p)).to_vec();
        let tables = tiles.insert_tab_tile(tables);
        let top = split(&mut tiles, LinearDir::Horizontal, &[(map, 0.62), (charts, 0.38)]);
        let right = split(&mut tiles, LinearDir::Vertical, &[(top, 0.6), (tables, 0.4)]);
        let root = split(&mut tiles, LinearDir::Horizontal, &[(side, 0.25), (right, 0.75)]);
        Self { tree: Tree::new(egui::Id::unique("workspace"), root, tiles) }
    }
}

/// A row or column of tiles with the given shares.
fn split(tiles: &mut Tiles<Pane>, dir: LinearDir, children: &[(TileId, f32)]) -> TileId {
    let mut linear = Linear::new(dir, children.iter().map(|(id, _)| *id).collect());
    for (id, share) in children {
        linear.shares.set_share(*id, *share);
    }
    tiles.insert_container(Container::Linear(linear))
}

impl Dock {
    /// Brings a pane to the front of its tab group. Selecting a firm shows the Firms pane, unless
    /// its Flows are in front already.
    pub fn show(&mut self, pane: Pane) {
        if pane == Pane::Firms && self.is_shown(Pane::Flows) {
            return;
        }
        if self.tree.tiles.find_pane(&pane).is_none() {
            // Closed (dragged away or lost from an old layout): it comes back as a tab of the root.
            let id = self.tree.tiles.insert_pane(pane);
            if let Some(root) = self.tree.root
                && let Some(Tile::Container(c)) = self.tree.tiles.get_mut(root)
            {
                c.add_child(id);
            }
        }
        self.tree.make_active(|_, tile| matches!(tile, Tile::Pane(p) if *p == pane));
    }

    /// Whether a pane is in front (visible) now.
    pub fn is_shown(&self, pane: Pane) -> bool {
        self.tree.active_tiles().iter().any(|id| matches!(self.tree.tiles.get(*id), Some(Tile::Pane(p)) if *p == pane))
    }

    /// A remembered layout is used only if it still has every pane exactly once.
    pub fn is_complete(&self) -> bool {
        Pane::ALL
            .iter()
            .all(|pane| self.tree.tiles.tiles().filter(|t| matches!(t, Tile::Pane(p) if p == pane)).count() == 1)
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut AppContext<'_>, panels: &mut Panels, map: &mut MapPanel) {
        let mut behavior = Behavior { ctx, panels, map };
        self.tree.ui(&mut behavior, ui);
    }
}

struct Behavior<'a, 'b> {
    ctx: &'a mut AppContext<'b>,
    panels: &'a mut Panels,
    map: &'a mut MapPanel,
}

impl egui_tiles::Behavior<Pane> for Behavior<'_, '_> {
    fn tab_title_for_pane(&mut self, pane: &Pane) -> egui::WidgetText {
        pane.title().into()
    }

    fn pane_ui(&mut self, ui: &mut egui::Ui, _tile_id: TileId, pane: &mut Pane) -> UiResponse {
        let (ctx, p) = (&mut *self.ctx, &mut *self.panels);
        if *pane == Pane::Map {
            self.map.ui(ctx, ui, "desk");
            return UiResponse::None;
        }
        // The panes' own background: the dock paints none, and the window behind may be dark.
        ui.painter().rect_filled(ui.max_rect(), 0.0, ui.visuals().panel_fill);
        egui::Frame::NONE.inner_margin(8.0).show(ui, |ui| {
            egui::ScrollArea::both().id_salt(*pane).auto_shrink([false, false]).show(ui, |ui| match pane {
                Pane::Map => {}
                Pane::Tour => p.tour.ui(ctx, ui),
                Pane::Firms => p.firms.ui(ctx, ui),
                Pane::Flows => p.flows.ui(ctx, ui),
                Pane::Settings => p.settings.ui(ctx, ui),
                Pane::AllFlows => p.all_flows.ui(ctx, ui),
                Pane::Candidates => p.candidates.ui(ctx, ui),
                Pane::Exchanges => p.exchanges.ui(ctx, ui),
                Pane::Charts => p.charts.ui(ctx, ui),
                Pane::Diagram => p.diagram.ui(ctx, ui),
                Pane::Workshops => p.workshops.ui(ctx, ui),
            });
        });
        UiResponse::None
    }

    fn simplification_options(&self) -> SimplificationOptions {
        SimplificationOptions { all_panes_must_have_tabs: true, ..SimplificationOptions::default() }
    }

    fn tab_bar_height(&self, _style: &egui::Style) -> f32 {
        28.0
    }

    fn gap_width(&self, _style: &egui::Style) -> f32 {
        4.0
    }
}
