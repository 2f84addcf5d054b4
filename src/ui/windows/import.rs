//! File > Import CSV: choose the files, map unknown columns, check them like `import` does, and
//! merge them into the open project as one undoable edit.

use crate::i18n::Localized as _;
use egui::RichText;

use crate::core::history::Edit;
use crate::t;
use crate::ui::command::Command;
use crate::ui::jobs::{Job, Poll};
use crate::ui::map::layer::colors;
use crate::ui::state::AppContext;

/// File > Import CSV: the files, and what checking them found.
#[derive(Default)]
pub struct ImportDialog {
    pub firms: String,
    pub flows: String,
    pub exchanges: String,
    pub problems: Vec<String>,
    pub checked: Option<crate::core::model::ProjectData>,
    /// Per file (firms, flows, exchanges): columns not in the format, mapped to a format column
    /// (`Some`) or left out (`None`).
    pub mapping: [std::collections::BTreeMap<String, Option<String>>; 3],
    /// CRS of firm coordinates given as x/y (easting/northing) without a `crs` column.
    pub crs: Option<&'static crate::core::crs::Crs>,
    /// What checking converted on the way in (units).
    pub notes: Vec<String>,
    /// Checking the files (read and validated off the UI thread): the dialog as checked.
    pub job: Option<Job<ImportDialog>>,
}

impl ImportDialog {
    /// Reads the files, applies the column mapping and checks them like `import` does.
    pub fn check(&mut self) {
        use crate::core::csv_import::{self, EXCHANGES_COLUMNS, FIRMS_COLUMNS, FLOWS_COLUMNS, Sources};
        let paths = [self.firms.trim().to_string(), self.flows.trim().to_string(), self.exchanges.trim().to_string()];
        let firm_columns: Vec<&str> = FIRMS_COLUMNS.iter().chain(csv_import::FIRMS_GRID_COLUMNS).copied().collect();
        let known: [&[&str]; 3] = [&firm_columns, FLOWS_COLUMNS, EXCHANGES_COLUMNS];
        let mut texts: Vec<Option<Vec<u8>>> = Vec::new();
        for (i, path) in paths.iter().enumerate() {
            if path.is_empty() {
                texts.push(None);
                continue;
            }
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    self.checked = None;
                    self.problems = vec![format!("{path}: {e}")];
                    return;
                }
            };
            // Columns the format does not know are offered for mapping.
            for column in csv_import::header_of(&bytes) {
                let name = column.to_lowercase();
                if !name.is_empty() && !known[i].contains(&name.as_str()) {
                    self.mapping[i].entry(column).or_insert(None);
                }
            }
            let mapping: std::collections::HashMap<String, Option<String>> =
                self.mapping[i].clone().into_iter().collect();
            match csv_import::apply_column_mapping(&bytes, &mapping) {
                Ok(mapped) => texts.push(Some(mapped)),
                Err(e) => {
                    self.checked = None;
                    self.problems = vec![format!("{path}: {e}")];
                    return;
                }
            }
        }
        let (Some(firms), Some(flows)) = (texts[0].as_deref(), texts[1].as_deref()) else {
            self.checked = None;
            self.problems = vec![t!("ui-choose-a-firms-csv-and-a")];
            return;
        };
        let sources = Sources {
            exchanges: texts[2].as_deref().map(|b| (paths[2].clone(), b)),
            crs: self.crs,
            ..Sources::firms_and_flows((paths[0].clone(), firms), (paths[1].clone(), flows))
        };
        match csv_import::import_from_with_notes(sources) {
            Ok((data, notes)) => {
                self.problems.clear();
                self.notes = notes.iter().map(|n| n.localized()).collect();
                self.checked = Some(data);
            }
            Err(problems) => {
                self.checked = None;
                self.problems = problems.iter().map(|p| p.localized()).collect();
            }
        }
    }
}

impl ImportDialog {
    /// The Import CSV window; returns whether it stays open.
    pub fn ui(&mut self, app: &mut AppContext<'_>, ctx: &egui::Context) -> bool {
        let dialog = self;
        let mut open = true;
        let mut import_now = false;
        if let Some(job) = &dialog.job {
            match job.poll() {
                Poll::Running => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
                Poll::Done(checked) => {
                    dialog.problems = checked.problems;
                    dialog.checked = checked.checked;
                    dialog.notes = checked.notes;
                    dialog.mapping = checked.mapping;
                    dialog.job = None;
                }
                Poll::Gone => {
                    dialog.problems = vec![t!("ui-checking-the-files-stopped-without-a")];
                    dialog.job = None;
                }
            }
        }
        egui::Window::new(t!("ui-import-csv-2")).open(&mut open).default_width(560.0).show(ctx, |ui| {
            ui.label(t!("ui-files-in-the-csv-formats-of"));
            egui::Grid::new("import-files").num_columns(2).show(ui, |ui| {
                for (file, path, hint) in [
                    ("firms.csv", &mut dialog.firms, "ui-path-to-firms-csv"),
                    ("flows.csv", &mut dialog.flows, "ui-path-to-flows-csv"),
                    ("exchanges.csv", &mut dialog.exchanges, "ui-optional"),
                ] {
                    ui.label(file);
                    ui.add(egui::TextEdit::singleline(path).hint_text(t!(hint)).desired_width(420.0));
                    ui.end_row();
                }
                ui.label(t!("ui-coordinates"));
                let shown = |c: Option<&crate::core::crs::Crs>| match c {
                    None => t!("ui-lat-lon-or-x-y-with"),
                    Some(c) => format!("{} ({})", t!("ui-xy-in", code = c.code(), name = c.name), c.area),
                };
                egui::ComboBox::from_id_salt("import-crs").selected_text(shown(dialog.crs)).width(420.0).show_ui(
                    ui,
                    |ui| {
                        ui.selectable_value(&mut dialog.crs, None, shown(None));
                        for crs in crate::core::crs::ALL.iter().filter(|c| !c.is_geographic()) {
                            ui.selectable_value(&mut dialog.crs, Some(crs), shown(Some(crs)));
                        }
                    },
                );
                ui.end_row();
            });
            ui.horizontal(|ui| {
                let checking = dialog.job.is_some();
                if ui.add_enabled(!checking, egui::Button::new(t!("ui-check-files"))).clicked() {
                    let mut probe = ImportDialog {
                        firms: dialog.firms.clone(),
                        flows: dialog.flows.clone(),
                        exchanges: dialog.exchanges.clone(),
                        mapping: dialog.mapping.clone(),
                        crs: dialog.crs,
                        ..ImportDialog::default()
                    };
                    dialog.job = Some(Job::spawn("job-checking-files", app.state.project_version(), move |_| {
                        probe.check();
                        probe
                    }));
                }
                if checking {
                    ui.spinner();
                }
                if let Some(checked) = &dialog.checked
                    && ui
                        .button(t!(
                            "ui-import-counts",
                            firms = checked.firms.len(),
                            flows = checked.flows.len(),
                            exchanges = checked.exchanges.len()
                        ))
                        .clicked()
                {
                    import_now = true;
                }
            });
            let firm_columns: Vec<&str> = crate::core::csv_import::FIRMS_COLUMNS
                .iter()
                .chain(crate::core::csv_import::FIRMS_GRID_COLUMNS)
                .copied()
                .collect();
            let formats =
                [&firm_columns[..], crate::core::csv_import::FLOWS_COLUMNS, crate::core::csv_import::EXCHANGES_COLUMNS];
            for (i, file) in ["firms", "flows", "exchanges"].iter().enumerate() {
                if dialog.mapping[i].is_empty() {
                    continue;
                }
                ui.label(RichText::new(t!("ui-column-mapping", file = format!("{file}.csv"))).strong());
                for (column, target) in dialog.mapping[i].iter_mut() {
                    ui.horizontal(|ui| {
                        ui.label(format!("{column} ->"));
                        egui::ComboBox::from_id_salt(("map", i, column.clone()))
                            .selected_text(target.clone().unwrap_or_else(|| t!("ui-leave-out")))
                            .show_ui(ui, |ui| {
                                ui.selectable_value(target, None, t!("ui-leave-out"));
                                for name in formats[i] {
                                    ui.selectable_value(target, Some((*name).to_string()), *name);
                                }
                            });
                    });
                }
            }
            if dialog.checked.is_some() {
                for n in &dialog.notes {
                    ui.label(RichText::new(n).monospace());
                }
            }
            if !dialog.problems.is_empty() {
                ui.label(RichText::new(t!("ui-import-problems", count = dialog.problems.len())).strong());
                for p in &dialog.problems {
                    ui.label(RichText::new(p).color(colors::VERMILION).monospace());
                }
            }
        });
        if import_now && let Some(checked) = dialog.checked.take() {
            let counts = (checked.firms.len(), checked.flows.len(), checked.exchanges.len());
            app.send(Command::Apply(Edit::Merge { imported: Box::new(checked), merged: Default::default() }));
            app.info(t!("ui-imported-counts", firms = counts.0, flows = counts.1, exchanges = counts.2));
            open = false;
        }
        open
    }
}
