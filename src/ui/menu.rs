//! The menu bar (File, Import, Export, Edit, View, quick entry, presentation) and the status bar.

use std::path::PathBuf;

use egui::RichText;

use super::command::Command;
use super::dock::{Dock, Pane};
use super::map::Basemap;
use super::map::layer::colors;
use super::recent::{recent_projects, samples_dir};
use super::state::AppContext;
use super::windows::Window;
use super::windows::team::TeamAction;
use crate::core::sync::Sides;
use crate::t;

#[derive(Default)]
pub struct MenuBar {
    /// The path typed for Open, Save As and New.
    path: String,
    mbtiles_path: String,
    /// The basemap in use (the map pane's, copied in before the frame).
    pub basemap: Basemap,
}

impl MenuBar {
    pub fn ui(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, dock: &Dock) {
        let state = ctx.state;
        ui.horizontal(|ui| {
            ui.menu_button(t!("ui-file"), |ui| {
                ui.label(t!("ui-open-or-save-as-a-path"));
                ui.text_edit_singleline(&mut self.path);
                ui.horizontal(|ui| {
                    if ui.button(t!("ui-open")).clicked() {
                        ctx.send(Command::Open(PathBuf::from(self.path.trim())));
                        ui.close();
                    }
                    if ui.button(t!("ui-save-as")).clicked() {
                        ctx.send(Command::SaveAs(PathBuf::from(self.path.trim())));
                        ui.close();
                    }
                    if ui.button(t!("ui-new")).clicked() {
                        ctx.send(Command::New(PathBuf::from(self.path.trim())));
                        ui.close();
                    }
                });
                if ui.button(t!("ui-browse")).clicked() {
                    if let Some(path) = rfd::FileDialog::new().add_filter("GeoPackage project", &["gpkg"]).pick_file() {
                        ctx.send(Command::Open(path));
                    }
                    ui.close();
                }
                ui.separator();
                let team = state.project.as_ref().and_then(|p| p.team.as_ref());
                if ui.button(t!("ui-check-out-from-server")).clicked() {
                    ctx.send(Command::OpenWindow(Window::Team));
                    ui.close();
                }
                if ui
                    .add_enabled(team.is_some_and(|t| !t.read_only), egui::Button::new(t!("ui-check-in")))
                    .on_disabled_hover_text(t!("ui-open-an-offline-copy-checked-out"))
                    .clicked()
                {
                    ctx.send(Command::Team(TeamAction::CheckIn { sides: Sides::none() }));
                    ui.close();
                }
                if ui
                    .add_enabled(team.is_some(), egui::Button::new(t!("ui-refresh-from-server")))
                    .on_disabled_hover_text(t!("ui-open-an-offline-copy-of-a"))
                    .clicked()
                {
                    ctx.send(Command::Team(TeamAction::Refresh { sides: Sides::none() }));
                    ui.close();
                }
                if ui.button(t!("ui-merge-two-copies")).clicked() {
                    ctx.send(Command::OpenWindow(Window::Team));
                    ui.close();
                }
                ui.separator();
                ui.label(t!("ui-recent-projects"));
                for recent in recent_projects() {
                    if ui.button(recent.display().to_string()).clicked() {
                        ctx.send(Command::Open(recent));
                        ui.close();
                    }
                }
                ui.separator();
                ui.label(t!("ui-samples"));
                for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"] {
                    if ui.button(t!("ui-open-sample", sample = sample.to_string())).clicked() {
                        ctx.send(Command::Open(samples_dir().join(format!("{sample}.gpkg"))));
                        ui.close();
                    }
                }
            });
            if ui.button(t!("ui-import-csv")).clicked() {
                ctx.send(Command::OpenWindow(Window::Import));
            }
            if ui.add_enabled(state.project.is_some(), egui::Button::new(t!("ui-export"))).clicked() {
                ctx.send(Command::OpenWindow(Window::Export));
            }
            ui.menu_button(t!("ui-edit"), |ui| {
                let session = state.project.as_ref().map(|p| &p.session);
                if ui
                    .add_enabled(session.is_some_and(|s| s.can_undo()), egui::Button::new(t!("ui-undo-ctrl-z")))
                    .clicked()
                {
                    ctx.send(Command::Undo);
                }
                if ui
                    .add_enabled(session.is_some_and(|s| s.can_redo()), egui::Button::new(t!("ui-redo-ctrl-shift-z")))
                    .clicked()
                {
                    ctx.send(Command::Redo);
                }
            });
            ui.menu_button(t!("ui-view"), |ui| self.view_menu(ctx, ui, dock));
            if ui.button(t!("ui-quick-entry-ctrl-e")).clicked() {
                ctx.send(Command::OpenWindow(Window::Quick));
            }
            if ui.button(t!("ui-flow-diagram")).clicked() {
                ctx.send(Command::Show(Pane::Diagram));
            }
            if ui.button(t!("ui-present-f11")).clicked() {
                ctx.send(Command::Present(true));
            }
            let mut presenter = state.presenter_view;
            if ui
                .checkbox(&mut presenter, t!("ui-presenter-view"))
                .on_hover_text(t!("ui-the-projector-shows-the-clean-view"))
                .changed()
            {
                ctx.send(Command::PresenterView(presenter));
            }
            ui.separator();
            if let Some(p) = &state.project {
                ui.label(RichText::new(&p.data().meta.name).strong().size(16.0));
                if p.sample_of.is_some() {
                    ui.label(RichText::new(t!("ui-sample-working-copy")).italics());
                }
                if p.session.file().is_read_only() {
                    ui.label(RichText::new(t!("ui-read-only")).color(colors::VERMILION));
                }
            }
        });
    }

    fn view_menu(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, dock: &Dock) {
        let state = ctx.state;
        let mut layers = state.layers;
        ui.checkbox(&mut layers.firms, t!("ui-firms"));
        ui.checkbox(&mut layers.labels, t!("ui-firm-labels"));
        ui.checkbox(&mut layers.exchanges, t!("ui-exchanges"));
        ui.checkbox(&mut layers.candidates, t!("ui-candidates"));
        ui.checkbox(&mut layers.towns, t!("ui-towns"));
        ui.add(egui::Slider::new(&mut layers.top_candidates, 1..=200).text(t!("ui-candidates-shown")));
        if layers != state.layers {
            ctx.send(Command::SetLayers(layers));
        }
        ui.separator();
        ui.label(t!("ui-panes"));
        for pane in Pane::ALL {
            let shown = dock.is_shown(pane);
            if ui.selectable_label(shown, pane.title()).clicked() {
                ctx.send(Command::Show(pane));
            }
        }
        if ui.button(t!("ui-reset-layout")).on_hover_text(t!("ui-the-default-arrangement-of-map-panes")).clicked() {
            ctx.send(Command::ResetLayout);
            ui.close();
        }
        ui.separator();
        ui.menu_button(t!("ui-language"), |ui| {
            for code in crate::i18n::LANGUAGES {
                let name = crate::i18n::language_name(code);
                if ui.selectable_label(state.lang == *code, name).clicked() {
                    ctx.send(Command::SetLanguage(code));
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text(t!("ui-the-language-of-the-report-the"));
        ui.separator();
        ui.label(t!("ui-basemap"));
        let basemap = &self.basemap;
        if ui.radio(*basemap == Basemap::BuiltIn, t!("ui-built-in-offline-basemap")).clicked() {
            ctx.send(Command::Basemap(Basemap::BuiltIn));
        }
        let online = ui
            .radio(*basemap == Basemap::Online, t!("ui-openstreetmap-online"))
            .on_hover_text(t!("ui-downloads-map-tiles-from-openstreetmap-while"));
        if online.clicked() && *basemap != Basemap::Online {
            ctx.send(Command::Basemap(Basemap::Online));
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut self.mbtiles_path)
                    .hint_text(t!("ui-path-to-an-mbtiles-file"))
                    .desired_width(220.0),
            );
            if ui.button(t!("ui-use-mbtiles")).clicked() {
                ctx.send(Command::Basemap(Basemap::MbTiles(PathBuf::from(self.mbtiles_path.trim()))));
            }
        });
    }
}

/// The status bar: the last message, and the pointer's position.
pub fn status_ui(ctx: &AppContext<'_>, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        if ctx.state.jobs.open.is_some() || ctx.state.jobs.present.is_some() {
            ui.spinner();
        }
        if let Some(m) = &ctx.state.message {
            let color = if m.error { colors::VERMILION } else { ui.visuals().text_color() };
            ui.label(RichText::new(&m.text).color(color));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(c) = ctx.state.pointer.cursor {
                ui.monospace(format!("{:.5}° N  {:.5}° E", c.lat, c.lon));
            }
        });
    });
}
