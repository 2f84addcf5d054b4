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
        ui.menu_button("File", |ui| {
            ui.label("Open or Save As a path:");
            ui.text_edit_singleline(&mut self.path);
            ui.horizontal(|ui| {
                if ui.button("Open").clicked() {
                    ctx.send(Command::Open(PathBuf::from(self.path.trim())));
                    ui.close();
                }
                if ui.button("Save As").clicked() {
                    ctx.send(Command::SaveAs(PathBuf::from(self.path.trim())));
                    ui.close();
                }
                if ui.button("New").clicked() {
                    ctx.send(Command::New(PathBuf::from(self.path.trim())));
                    ui.close();
                }
            });
            if ui.button("Browse…").clicked() {
                if let Some(path) = rfd::FileDialog::new().add_filter("GeoPackage project", &["gpkg"]).pick_file() {
                    ctx.send(Command::Open(path));
                }
                ui.close();
            }
            ui.separator();
            let team = state.project.as_ref().and_then(|p| p.team.as_ref());
            if ui.button("Check out from server…").clicked() {
                ctx.send(Command::OpenWindow(Window::Team));
                ui.close();
            }
            if ui
                .add_enabled(team.is_some_and(|t| !t.read_only), egui::Button::new("Check in"))
                .on_disabled_hover_text("Open an offline copy checked out by a role that may edit")
                .clicked()
            {
                ctx.send(Command::Team(TeamAction::CheckIn { sides: Sides::none() }));
                ui.close();
            }
            if ui
                .add_enabled(team.is_some(), egui::Button::new("Refresh from server"))
                .on_disabled_hover_text("Open an offline copy of a server project")
                .clicked()
            {
                ctx.send(Command::Team(TeamAction::Refresh { sides: Sides::none() }));
                ui.close();
            }
            if ui.button("Merge two copies…").clicked() {
                ctx.send(Command::OpenWindow(Window::Team));
                ui.close();
            }
            ui.separator();
            ui.label("Recent projects");
            for recent in recent_projects() {
                if ui.button(recent.display().to_string()).clicked() {
                    ctx.send(Command::Open(recent));
                    ui.close();
                }
            }
            ui.separator();
            ui.label("Samples");
            for sample in ["kalundborg", "handelo", "sotenas", "mo_i_rana", "leningrad"] {
                if ui.button(format!("Open the {sample} sample")).clicked() {
                    ctx.send(Command::Open(samples_dir().join(format!("{sample}.gpkg"))));
                    ui.close();
                }
            }
        });
        if ui.button("Import CSV…").clicked() {
            ctx.send(Command::OpenWindow(Window::Import));
        }
        if ui.add_enabled(state.project.is_some(), egui::Button::new("Export…")).clicked() {
            ctx.send(Command::OpenWindow(Window::Export));
        }
        ui.menu_button("Edit", |ui| {
            let session = state.project.as_ref().map(|p| &p.session);
            if ui.add_enabled(session.is_some_and(|s| s.can_undo()), egui::Button::new("Undo  (Ctrl+Z)")).clicked() {
                ctx.send(Command::Undo);
            }
            if ui.add_enabled(session.is_some_and(|s| s.can_redo()), egui::Button::new("Redo  (Ctrl+Shift+Z)")).clicked() {
                ctx.send(Command::Redo);
            }
        });
        ui.menu_button("View", |ui| self.view_menu(ctx, ui, dock));
        if ui.button("Quick entry (Ctrl+E)").clicked() {
            ctx.send(Command::OpenWindow(Window::Quick));
        }
        if ui.button("Flow diagram").clicked() {
            ctx.send(Command::Show(Pane::Diagram));
        }
        if ui.button("Present (F11)").clicked() {
            ctx.send(Command::Present(true));
        }
        let mut presenter = state.presenter_view;
        if ui.checkbox(&mut presenter, "Presenter view").on_hover_text("The projector shows the clean view in a second window (drag it to the projector's display); this window keeps the controls").changed() {
            ctx.send(Command::PresenterView(presenter));
        }
        ui.separator();
        if let Some(p) = &state.project {
            ui.label(RichText::new(&p.data().meta.name).strong().size(16.0));
            if p.sample_of.is_some() {
                ui.label(RichText::new("sample (working copy)").italics());
            }
            if p.session.file().is_read_only() {
                ui.label(RichText::new("read-only").color(colors::VERMILION));
            }
        }
    });
    }

    fn view_menu(&mut self, ctx: &mut AppContext<'_>, ui: &mut egui::Ui, dock: &Dock) {
        let state = ctx.state;
        let mut layers = state.layers;
        ui.checkbox(&mut layers.firms, "Firms");
        ui.checkbox(&mut layers.labels, "Firm labels");
        ui.checkbox(&mut layers.exchanges, "Exchanges");
        ui.checkbox(&mut layers.candidates, "Candidates");
        ui.checkbox(&mut layers.towns, "Towns");
        ui.add(egui::Slider::new(&mut layers.top_candidates, 1..=200).text("candidates shown"));
        if layers != state.layers {
            ctx.send(Command::SetLayers(layers));
        }
        ui.separator();
        ui.label("Panes");
        for pane in Pane::ALL {
            let shown = dock.is_shown(pane);
            if ui.selectable_label(shown, pane.title()).clicked() {
                ctx.send(Command::Show(pane));
            }
        }
        if ui.button("Reset layout").on_hover_text("The default arrangement of map, panes and tables").clicked() {
            ctx.send(Command::ResetLayout);
            ui.close();
        }
        ui.separator();
        ui.menu_button("Language", |ui| {
            for code in crate::i18n::LANGUAGES {
                let name = crate::i18n::language_name(code);
                if ui.selectable_label(state.lang == *code, name).clicked() {
                    ctx.send(Command::SetLanguage(code));
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text("The language of the report, the map image and material names");
        ui.separator();
        ui.label("Basemap");
        let basemap = &self.basemap;
        if ui.radio(*basemap == Basemap::BuiltIn, "Built-in offline basemap").clicked() {
            ctx.send(Command::Basemap(Basemap::BuiltIn));
        }
        let online = ui
        .radio(*basemap == Basemap::Online, "OpenStreetMap (online)")
        .on_hover_text("Downloads map tiles from OpenStreetMap while on; every area viewed is kept in a disk cache and stays available offline. Off by default: the app makes no request until you turn this on.");
        if online.clicked() && *basemap != Basemap::Online {
            ctx.send(Command::Basemap(Basemap::Online));
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut self.mbtiles_path)
                    .hint_text("path to an .mbtiles file")
                    .desired_width(220.0),
            );
            if ui.button("Use MBTiles").clicked() {
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
