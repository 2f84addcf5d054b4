//! The flow diagram pane: the park's (or the selected firm's) existing exchanges as a
//! Sankey-style diagram in one unit family.

use egui::Color32;

use crate::core::indicators::NetworkLink;
use crate::core::model::*;
use crate::t;
use crate::ui::flow_diagram;
use crate::ui::map::layer::Pick;
use crate::ui::state::AppContext;

pub struct DiagramPanel {
    pub unit: Unit,
    selected_only: bool,
    /// Nodes drawn in the last frame.
    pub nodes: usize,
    /// The exchanges drawn (the 60 largest), for the data version, year and firm filter they
    /// were chosen for.
    shown: Option<(ShownKey, Vec<NetworkLink>)>,
}

/// What the drawn exchanges depend on: data version, year, and the firm they are limited to.
type ShownKey = (u64, Option<i32>, Option<FirmId>);

impl Default for DiagramPanel {
    fn default() -> Self {
        Self { unit: Unit::Mwh, selected_only: false, nodes: 0, shown: None }
    }
}

impl DiagramPanel {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui) {
        let state = ctx.state;
        let Some(data) = state.shown() else { return };
        let selected = match &state.selection {
            Some(Pick::Firm(id)) => Some(id),
            _ => None,
        };
        ui.horizontal(|ui| {
            for (u, name) in
                [(Unit::Mwh, "ui-energy-mwh"), (Unit::Tonne, "ui-materials-t"), (Unit::CubicMetre, "ui-water-m3")]
            {
                ui.selectable_value(&mut self.unit, u, crate::i18n::both(name, state.second_lang));
            }
            if let Some(id) = selected {
                ui.checkbox(&mut self.selected_only, t!("ui-only-firm", firm = state.firm_name(id)));
            }
        });
        if !state.links_ready(state.eval_year()) {
            state.existing_links(state.eval_year());
            ui.spinner();
            return;
        }
        let only = selected.filter(|_| self.selected_only).cloned();
        let key = (state.data_version(), state.eval_year(), only);
        if self.shown.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut links = state.existing_links(state.eval_year()).as_ref().clone();
            if let Some(id) = &key.2 {
                links.retain(|l| &l.from == id || &l.to == id);
            }
            // A readable diagram: the 60 largest exchanges.
            links.sort_by(|a, b| b.quantity.total_cmp(&a.quantity));
            links.truncate(60);
            self.shown = Some((key, links));
        }
        let links = self.shown.as_ref().map_or(&[][..], |(_, links)| links.as_slice());
        // Smaller than the diagram needs (a narrow pane beside the map): it scrolls, nothing is cut.
        egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
            let (response, painter) =
                ui.allocate_painter(ui.available_size().max(egui::vec2(600.0, 400.0)), egui::Sense::hover());
            let rect = response.rect.shrink(12.0);
            let layout = flow_diagram::layout(data, links, self.unit, rect, |text| {
                painter.layout_no_wrap(text.to_string(), egui::FontId::proportional(14.0), Color32::BLACK).size().x
            });
            painter.rect_filled(response.rect, 4.0, Color32::WHITE);
            if layout.nodes.is_empty() {
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    crate::i18n::both("ui-no-exchanges-with-known-quantities-in", state.second_lang),
                    egui::FontId::proportional(18.0),
                    Color32::DARK_GRAY,
                );
            }
            flow_diagram::paint(&painter, &layout, Color32::BLACK);
            self.nodes = layout.nodes.len();
        });
    }
}
