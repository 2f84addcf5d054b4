//! File > Export: CSV (the import formats, any CRS), GeoJSON, the HTML report and a map image,
//! written in the background; confidential flows are left out unless asked for.

use std::path::PathBuf;

use egui::RichText;

use crate::core::model::*;
use crate::t;
use crate::ui::command::Command;
use crate::ui::state::AppContext;

/// What the Export window can write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExportKind {
    Csv,
    Geojson,
    Html,
    Png,
    Cards,
    /// The programme report (synergies by stage, outcomes reported beside modelled).
    ProgrammeHtml,
    ProgrammeCsv,
}

/// The Export window: where to, what to include, the map image size and the CSV grid.
pub struct ExportDialog {
    pub dir: String,
    pub include_confidential: bool,
    pub size: (u32, u32),
    pub crs: Option<&'static crate::core::crs::Crs>,
    /// What the last export wrote (or why it failed).
    pub last: String,
    /// The programme report's programme (empty: all) and window of dates (empty: open).
    pub programme: String,
    pub from: String,
    pub to: String,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            dir: String::new(),
            include_confidential: false,
            size: (1920, 1080),
            crs: None,
            last: String::new(),
            programme: String::new(),
            from: String::new(),
            to: String::new(),
        }
    }
}

/// One export, as the window asked for it (run in the background).
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub kind: ExportKind,
    pub dir: PathBuf,
    pub include_confidential: bool,
    pub size: (u32, u32),
    pub crs: Option<&'static crate::core::crs::Crs>,
    /// The map view to draw (PNG) and the timeline's year.
    pub view: MapView,
    pub year: Option<i32>,
    /// The language of the report and the map image (the app's).
    pub lang: &'static str,
    /// What the programme report covers.
    pub programme: crate::core::programme::Selection,
}

/// Runs one export; returns what was written.
pub fn run(data: &ProjectData, request: &ExportRequest) -> Result<String, String> {
    let dialog = request;
    let dir = &request.dir;
    let confidential = dialog.include_confidential;
    let written = match request.kind {
        ExportKind::Csv => {
            crate::core::export::export_csv_in(data, dir, confidential, dialog.crs.unwrap_or(crate::core::crs::WGS84))
        }
        ExportKind::Geojson => crate::core::export::export_geojson(data, dir, confidential),
        ExportKind::Html => crate::report::export_html(data, dir, confidential, request.lang),
        ExportKind::Cards => crate::cards::export_cards(data, dir, confidential, request.lang),
        ExportKind::ProgrammeHtml | ExportKind::ProgrammeCsv => {
            let csv = request.kind == ExportKind::ProgrammeCsv;
            crate::report::export_programme(data, dir, &request.programme, csv, request.lang)
                .map(|(path, _)| crate::core::export::ExportSummary { files: vec![path], confidential_left_out: 0 })
        }
        ExportKind::Png => {
            let options = crate::map_image::MapImageOptions {
                view: Some(request.view),
                year: request.year,
                lang: request.lang.to_string(),
                ..crate::map_image::MapImageOptions::new(dialog.size.0, dialog.size.1)
            };
            crate::map_image::export_png(data, dir, confidential, &options)
        }
    }
    .map_err(|e| e.to_string())?;
    let files: Vec<String> = written.files.iter().map(|f| f.display().to_string()).collect();
    let mut text = t!("ui-wrote", files = files.join(", "));
    if written.confidential_left_out > 0 {
        text.push_str(&format!(" ({})", t!("ui-confidential-left-out", count = written.confidential_left_out)));
    }
    Ok(text)
}

impl ExportDialog {
    /// The Export window; returns whether it stays open.
    pub fn ui(&mut self, app: &mut AppContext<'_>, ctx: &egui::Context, view: MapView) -> bool {
        let dialog = self;
        let mut open = true;
        let mut run = None;
        egui::Window::new(t!("ui-export-2")).open(&mut open).default_width(520.0).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(t!("ui-folder"));
                ui.add(egui::TextEdit::singleline(&mut dialog.dir).desired_width(360.0));
                if ui.button(t!("ui-browse")).clicked()
                    && let Some(dir) = rfd::FileDialog::new().pick_folder()
                {
                    dialog.dir = dir.display().to_string();
                }
            });
            ui.checkbox(&mut dialog.include_confidential, t!("ui-include-confidential-flows-left-out-by"));
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t!("ui-csv-the-import-formats")).clicked() {
                    run = Some(ExportKind::Csv);
                }
                let shown = |c: Option<&crate::core::crs::Crs>| match c {
                    None => t!("ui-lat-lon-wgs-84"),
                    Some(c) => t!("ui-xy-in", code = c.code(), name = c.name),
                };
                egui::ComboBox::from_id_salt("export-crs").selected_text(shown(dialog.crs)).show_ui(ui, |ui| {
                    ui.selectable_value(&mut dialog.crs, None, shown(None));
                    for crs in crate::core::crs::ALL.iter().filter(|c| !c.is_geographic()) {
                        ui.selectable_value(&mut dialog.crs, Some(crs), shown(Some(crs)));
                    }
                });
            });
            if ui.button(t!("ui-geojson-firms-exchanges-candidates-lon-lat")).clicked() {
                run = Some(ExportKind::Geojson);
            }
            if ui.button(t!("ui-html-report-one-self-contained-file")).clicked() {
                run = Some(ExportKind::Html);
            }
            let cards = t!("ui-export-cards", blank = crate::cards::APP_BLANK_CARDS);
            if ui.button(cards).clicked() {
                run = Some(ExportKind::Cards);
            }
            ui.horizontal(|ui| {
                if ui.button(t!("ui-map-image-png-of-the-current")).clicked() {
                    run = Some(ExportKind::Png);
                }
                for (w, h) in [(1280, 720), (1920, 1080), (3840, 2160)] {
                    ui.radio_value(&mut dialog.size, (w, h), format!("{w}×{h}"));
                }
            });
            ui.label(RichText::new(t!("ui-the-map-image-has-a-legend")).weak());
            ui.separator();
            let data = app.data();
            let mut programmes: Vec<&str> = data
                .map(|d| {
                    d.exchanges
                        .iter()
                        .map(|e| e.programme.as_str())
                        .chain(d.workshops.iter().map(|w| w.programme.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            programmes.retain(|p| !p.is_empty());
            programmes.sort_unstable();
            programmes.dedup();
            ui.horizontal(|ui| {
                ui.label(t!("ui-programme-report-of"));
                let shown = if dialog.programme.is_empty() { t!("ui-all-synergies") } else { dialog.programme.clone() };
                egui::ComboBox::from_id_salt("export-programme").selected_text(shown).show_ui(ui, |ui| {
                    ui.selectable_value(&mut dialog.programme, String::new(), t!("ui-all-synergies"));
                    for p in &programmes {
                        ui.selectable_value(&mut dialog.programme, p.to_string(), *p);
                    }
                });
                ui.label(t!("ui-hint-from"));
                ui.add(egui::TextEdit::singleline(&mut dialog.from).hint_text("YYYY-MM-DD").desired_width(90.0));
                ui.label(t!("ui-hint-to"));
                ui.add(egui::TextEdit::singleline(&mut dialog.to).hint_text("YYYY-MM-DD").desired_width(90.0));
            });
            ui.horizontal(|ui| {
                if ui.button(t!("ui-programme-report-html")).clicked() {
                    run = Some(ExportKind::ProgrammeHtml);
                }
                if ui.button(t!("ui-programme-report-csv")).clicked() {
                    run = Some(ExportKind::ProgrammeCsv);
                }
            });
            if app.state.jobs.export.is_some() {
                ui.spinner();
            }
            if !dialog.last.is_empty() {
                ui.separator();
                ui.label(&dialog.last);
            }
        });
        let date = |text: &str| {
            let text = text.trim();
            (!text.is_empty()).then(|| text.to_string())
        };
        let (from, to) = (date(&dialog.from), date(&dialog.to));
        let bad_date = [&from, &to].into_iter().flatten().find(|d| !crate::core::workbench::is_date(d)).cloned();
        if let Some(kind) = run {
            if dialog.dir.trim().is_empty() {
                dialog.last = t!("ui-type-the-folder-to-export-into");
            } else if let Some(d) =
                bad_date.filter(|_| matches!(kind, ExportKind::ProgrammeHtml | ExportKind::ProgrammeCsv))
            {
                dialog.last = t!("ui-date-bad", date = d);
            } else {
                let request = ExportRequest {
                    kind,
                    dir: PathBuf::from(dialog.dir.trim()),
                    include_confidential: dialog.include_confidential,
                    size: dialog.size,
                    crs: dialog.crs,
                    view,
                    year: app.state.year,
                    lang: app.state.lang,
                    programme: crate::core::programme::Selection { programme: date(&dialog.programme), from, to },
                };
                dialog.last = t!("ui-exporting-into", dir = request.dir.display().to_string());
                app.send(Command::Export(request));
            }
        }
        if let Some(m) = app
            .state
            .message
            .as_ref()
            .filter(|_| app.state.jobs.export.is_none() && dialog.last.starts_with("Exporting"))
        {
            dialog.last = m.text.clone();
        }
        open
    }
}
