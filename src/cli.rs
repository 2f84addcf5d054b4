//! The command line: a thin client of the core. stdout carries only the requested output;
//! every failure is one specific line on stderr and a non-zero exit code.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use crate::core::csv_import::{self, ImportError, ImportFiles};
use crate::core::info::Info;
use crate::core::{OpenMode, ProjectFile};

#[derive(Parser, Debug)]
#[command(
    name = "symbiosis-explorer",
    version,
    about = "Industrial symbiosis explorer: firms, flows and exchanges in one GeoPackage project file"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Project to open in the desktop app (default: the Kalundborg sample).
    pub project: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Summarise a project: metadata, counts and totals by material.
    Info {
        project: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Build a new project file from CSV files.
    Import {
        #[arg(long)]
        firms: PathBuf,
        #[arg(long)]
        flows: PathBuf,
        #[arg(long)]
        exchanges: Option<PathBuf>,
        #[arg(long)]
        materials: Option<PathBuf>,
        #[arg(long)]
        rules: Option<PathBuf>,
        #[arg(long)]
        project: Option<PathBuf>,
        /// The project file to write (replaced only once the import has succeeded).
        #[arg(long)]
        out: PathBuf,
    },
}

/// A failure the CLI reports: lines for stderr, and the exit code.
pub struct Failure {
    pub lines: Vec<String>,
    pub code: i32,
}

impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        // One line: the context chain joined, most general first.
        let text = err
            .chain()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(": ");
        Failure {
            lines: vec![format!("error: {text}")],
            code: 1,
        }
    }
}

/// Runs a subcommand, writing its output to `out`.
pub fn run(command: Command, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    match command {
        Command::Info { project, json } => {
            let file = ProjectFile::open_with(&project, OpenMode::ReadOnly)
                .map_err(anyhow::Error::from)?;
            let data = file
                .load()
                .with_context(|| format!("{}", project.display()))?;
            let info = Info::of(&data, file.schema_version().map_err(anyhow::Error::from)?);
            let text = if json {
                serde_json::to_string_pretty(&info).map_err(anyhow::Error::from)? + "\n"
            } else {
                info.to_text()
            };
            out.write_all(text.as_bytes())
                .map_err(anyhow::Error::from)?;
            Ok(())
        }
        Command::Import {
            firms,
            flows,
            exchanges,
            materials,
            rules,
            project,
            out: target,
        } => {
            let files = ImportFiles {
                firms,
                flows,
                exchanges,
                materials,
                rules,
                project,
            };
            let data = match csv_import::import(&files) {
                Ok(data) => data,
                Err(ImportError::Problems(problems)) => {
                    return Err(Failure {
                        lines: problems.iter().map(ToString::to_string).collect(),
                        code: 2,
                    });
                }
                Err(e) => return Err(anyhow::Error::from(e).into()),
            };
            ProjectFile::create(&target, &data, true)
                .with_context(|| format!("could not write {}", target.display()))?;
            eprintln!(
                "imported {} firms, {} flows, {} exchanges into {}",
                data.firms.len(),
                data.flows.len(),
                data.exchanges.len(),
                target.display()
            );
            Ok(())
        }
    }
}
