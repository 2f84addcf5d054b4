//! The command line: a thin client of the core. stdout carries only the requested output;
//! every failure is one specific line on stderr and a non-zero exit code.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use crate::core::crs::Crs;
use crate::core::csv_import::{self, ImportError, ImportFiles};
use crate::core::generate::{self, GenerateOptions};
use crate::core::info::Info;
use crate::core::matching::{CANDIDATE_COLUMNS, Candidate, MatchOptions, Matcher, Objective, format_number};
use crate::core::model::{FlowId, ProjectData};
use crate::core::{OpenMode, ProjectFile, scenarios};
use crate::i18n::Localized as _;

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
    /// Save a screenshot of the window once the basemap is loaded, then exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Window size for the desktop app, e.g. 1600x1000.
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,
    /// Dark theme.
    #[arg(long)]
    pub dark: bool,
    /// Use an MBTiles raster file as the basemap of the desktop app.
    #[arg(long, value_name = "FILE.mbtiles")]
    pub mbtiles: Option<PathBuf>,
    /// Open the desktop app in presentation mode.
    #[arg(long)]
    pub presentation: bool,
    /// Open the desktop app with the timeline at this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// The language (en ru da sv nb fi de pl et lv lt): of the desktop app (default: the one
    /// chosen last time, else the system's); of a command's messages on stderr (default
    /// English); of `export --format html|png` and `cards`. CSV and JSON stay the same.
    #[arg(long, global = true, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<&'static str>,
    /// Presentation mode's second language, shown beside the first (as chosen in its top bar).
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub second_lang: Option<&'static str>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Summarise a project: metadata, counts and totals by material.
    Info(InfoArgs),
    /// Build a new project file from CSV files.
    Import(ImportArgs),
    /// Find and rank candidate exchanges.
    Match(MatchArgs),
    /// Allocate supplies to demands so that the park's objective is maximal (exact LP).
    Optimise(OptimiseArgs),
    /// Network indicators of the existing, existing + proposed and optimal scenarios.
    Indicators(IndicatorsArgs),
    /// Every exchange with its share of the existing scenario: quantity, avoided CO2, net
    /// benefit and the counterfactuals it is measured against.
    Exchanges(ExchangesArgs),
    /// Explain one supply/demand pair: its evaluation breakdown, or the rule that excludes it.
    Explain(ExplainArgs),
    /// Export the project: CSV in the import formats, or GeoJSON (lon/lat).
    Export(ExportArgs),
    /// Generate a synthetic, plausible Baltic project.
    Generate(GenerateArgs),
    /// Printable have/want cards (PDF, A4): per firm a sheet of its haves and wants with blank
    /// rows, then blank cards, for paper-first round tables.
    Cards(CardsArgs),
    /// What a programme's synergies turned into: synergies by stage, conversion rates between
    /// stages, dropped ones by reason, reported outcomes with their verified share beside the
    /// modelled figures, per workshop and per facilitator.
    ProgrammeReport(ProgrammeReportArgs),
    /// Create (or with --replace overwrite) the project as a schema on a team's PostgreSQL +
    /// PostGIS server, where QGIS opens its layers directly.
    Publish(crate::cli_team::PublishArgs),
    /// Write an offline copy of a server project (optionally one area) that remembers its base.
    Checkout(crate::cli_team::CheckoutArgs),
    /// Send what changed in an offline copy since its check-out, merged three ways with what
    /// changed on the server, in one transaction.
    Checkin(crate::cli_team::CheckinArgs),
    /// Merge two copies of a project file that share a base (three ways, as check-in does).
    Merge(crate::cli_team::MergeArgs),
}

/// The arguments of `programme-report`.
#[derive(clap::Args, Debug)]
pub struct ProgrammeReportArgs {
    pub project: PathBuf,
    /// Only the exchanges of this programme (exchanges.csv `programme`); all without it.
    #[arg(long)]
    pub programme: Option<String>,
    /// Only stage changes on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<String>,
    /// Only stage changes on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<String>,
    /// (`--lang`: the HTML in that language; the CSV is the same in every one.)
    #[arg(long, value_enum)]
    pub format: ProgrammeFormat,
    /// Directory to write programme_report.html or programme_report.csv into.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgrammeFormat {
    /// One self-contained, printable programme_report.html.
    Html,
    /// programme_report.csv: section, item, value, verified.
    Csv,
}

fn parse_date(text: &str) -> Result<String, String> {
    if crate::core::workbench::is_date(text) {
        Ok(text.to_string())
    } else {
        Err(format!("'{text}' is not a date written YYYY-MM-DD (e.g. 2021-06-14)"))
    }
}

/// The arguments of `cards`.
#[derive(clap::Args, Debug)]
pub struct CardsArgs {
    pub project: PathBuf,
    /// A firm to print a sheet for (repeatable); without it, every firm.
    #[arg(long = "firm", value_name = "ID")]
    pub firms: Vec<String>,
    /// Blank cards to add after the firms' sheets.
    #[arg(long, default_value_t = 0)]
    pub blank: usize,
    /// Also print confidential flows (a card lies on a shared table: left out by default).
    #[arg(long)]
    pub include_confidential: bool,
    /// The PDF to write. (`--lang`: the cards' words, material names and numbers; default en.)
    #[arg(long)]
    pub out: PathBuf,
}

/// The arguments of `info`.
#[derive(clap::Args, Debug)]
pub struct InfoArgs {
    pub project: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The arguments of `import`.
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[arg(long)]
    pub firms: PathBuf,
    #[arg(long)]
    pub flows: PathBuf,
    #[arg(long)]
    pub exchanges: Option<PathBuf>,
    #[arg(long)]
    pub materials: Option<PathBuf>,
    #[arg(long)]
    pub rules: Option<PathBuf>,
    #[arg(long)]
    pub project: Option<PathBuf>,
    /// Contact persons of firms (personal data): firm_id, name, role, email, phone, language,
    /// consent_date, consent_basis.
    #[arg(long)]
    pub contacts: Option<PathBuf>,
    /// Workshops: id, date, venue, facilitator, programme, notes.
    #[arg(long)]
    pub workshops: Option<PathBuf>,
    /// Stage changes of exchanges: exchange_id, stage, date, by, note, next_action,
    /// next_action_due, reason (dropped only).
    #[arg(long)]
    pub stages: Option<PathBuf>,
    /// Reported outcomes per exchange and year.
    #[arg(long)]
    pub outcomes: Option<PathBuf>,
    /// CRS of firm coordinates given as x/y (or easting/northing) without a crs column:
    /// EPSG:4326 (default), 25832, 25833, 3006, 3067, 3301, 3059, 3346 or 2180.
    #[arg(long, value_parser = parse_crs)]
    pub crs: Option<&'static Crs>,
    /// The project file to write (replaced only once the import has succeeded).
    #[arg(long)]
    pub out: PathBuf,
}

/// The arguments of `match`.
#[derive(clap::Args, Debug)]
pub struct MatchArgs {
    /// The project file (or give --db and --schema to match a server project).
    #[arg(required_unless_present = "db")]
    pub project: Option<PathBuf>,
    /// Match a project on a team server directly (with --schema).
    #[arg(long, value_name = "URL", requires = "schema", conflicts_with = "project")]
    pub db: Option<String>,
    /// The server project's schema (with --db).
    #[arg(long, requires = "db")]
    pub schema: Option<String>,
    /// Candidates kept per supply flow.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    #[arg(long, value_enum, default_value_t = ObjectiveArg::Benefit)]
    pub objective: ObjectiveArg,
    /// Evaluate the park as it stood in this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Ignore existing exchanges, as if the park started from nothing.
    #[arg(long)]
    pub greenfield: bool,
    /// Also offer product flows (role = product); they are product sales and earn no credit.
    #[arg(long)]
    pub include_products: bool,
    #[arg(long, value_enum, default_value_t = MatchFormat::Table)]
    pub format: MatchFormat,
    /// Print the time of each phase (load, index, match) on stderr.
    #[arg(long)]
    pub timings: bool,
}

/// The arguments of `optimise`.
#[derive(clap::Args, Debug)]
pub struct OptimiseArgs {
    pub project: PathBuf,
    #[arg(long, value_enum, default_value_t = ObjectiveArg::Benefit)]
    pub objective: ObjectiveArg,
    #[arg(long)]
    pub year: Option<i32>,
    /// Candidates per supply flow offered to the allocation.
    #[arg(long, default_value_t = scenarios::OPTIMISE_TOP_K)]
    pub top: usize,
    /// Stop after this many seconds of matching and solving together, with the best allocation
    /// found and its proven gap (huge projects).
    #[arg(long, default_value_t = 120.0)]
    pub time_limit: f64,
    /// Also offer product flows (role = product); they earn no credit.
    #[arg(long)]
    pub include_products: bool,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Print the time of each phase (load, match, LP) on stderr.
    #[arg(long)]
    pub timings: bool,
    /// Also write the LP itself as JSON (arcs with ratio and value per unit, and every flow's
    /// capacity), to cross-check the optimum with another solver.
    #[arg(long, value_name = "FILE")]
    pub write_lp: Option<PathBuf>,
}

/// The arguments of `indicators`.
#[derive(clap::Args, Debug)]
pub struct IndicatorsArgs {
    pub project: PathBuf,
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long, value_enum, default_value_t = ObjectiveArg::Benefit)]
    pub objective: ObjectiveArg,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Also offer product flows to the optimal scenario (they earn no credit).
    #[arg(long)]
    pub include_products: bool,
}

/// The arguments of `exchanges`.
#[derive(clap::Args, Debug)]
pub struct ExchangesArgs {
    pub project: PathBuf,
    /// The evaluation year (default: the project's evaluation_year, else this year).
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// The arguments of `explain`.
#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    pub project: PathBuf,
    pub supply_flow_id: i64,
    pub demand_flow_id: i64,
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub greenfield: bool,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

/// The arguments of `export`.
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    pub project: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Directory to write into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Include confidential flows (left out by default).
    #[arg(long)]
    pub include_confidential: bool,
    /// CSV only: also write contacts.csv (the contact persons of firms: personal data).
    #[arg(long)]
    pub include_personal: bool,
    /// CSV only: write firm positions as x/y in this grid (e.g. EPSG:3006) instead of lat/lon.
    #[arg(long, value_parser = parse_crs)]
    pub crs: Option<&'static Crs>,
    /// PNG only: image size WIDTHxHEIGHT in pixels (default 1920x1080).
    #[arg(long, value_parser = crate::map_image::parse_size)]
    pub size: Option<(u32, u32)>,
    /// PNG only: the park as it stood in this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// PNG only: map centre and zoom LAT,LON,ZOOM (default: the project's view, else all firms).
    /// (`--lang`: HTML and PNG in that language; CSV and GeoJSON are the same in every one.)
    #[arg(long, value_parser = crate::map_image::parse_view)]
    pub view: Option<crate::core::model::MapView>,
}

fn parse_lang(code: &str) -> Result<&'static str, String> {
    crate::i18n::parse_language(code).map_err(|e| e.to_string())
}

/// The arguments of `generate`.
#[derive(clap::Args, Debug)]
pub struct GenerateArgs {
    #[arg(long)]
    pub firms: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ObjectiveArg {
    Benefit,
    Co2,
    Quantity,
}

fn parse_crs(text: &str) -> Result<&'static Crs, crate::core::crs::CrsError> {
    Crs::parse(text)
}

impl From<ObjectiveArg> for Objective {
    fn from(o: ObjectiveArg) -> Self {
        match o {
            ObjectiveArg::Benefit => Objective::Benefit,
            ObjectiveArg::Co2 => Objective::Co2,
            ObjectiveArg::Quantity => Objective::Quantity,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum MatchFormat {
    Table,
    Csv,
    Json,
    Summary,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum ExportFormat {
    Csv,
    Geojson,
    /// One self-contained report.html.
    Html,
    /// map.png: the map with legend, scale bar and credits.
    Png,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum TableFormat {
    Table,
    Json,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum ListFormat {
    Table,
    Csv,
    Json,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum TextFormat {
    Text,
    Json,
}

/// A failure the CLI reports: lines for stderr, and the exit code.
pub struct Failure {
    pub lines: Vec<String>,
    pub code: i32,
}

impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        // One line: the context chain joined, most general first; the core's errors in the
        // language of --lang (English without it).
        let lang = crate::i18n::ui_language();
        let text = err.chain().map(|cause| in_lang(cause, lang)).collect::<Vec<_>>().join(": ");
        Failure { lines: vec![error_line(lang, &text)], code: 1 }
    }
}

/// Prints the matching phase and the total time when dropped.
struct DropTimer {
    enabled: bool,
    since: std::time::Instant,
    total: std::time::Instant,
}

impl Drop for DropTimer {
    fn drop(&mut self) {
        if self.enabled {
            eprintln!("timing: match {:.3} s", self.since.elapsed().as_secs_f64());
            eprintln!("timing: total {:.3} s", self.total.elapsed().as_secs_f64());
        }
    }
}

/// Opens a project read-only (commands that read never write) and loads it.
pub(crate) fn load(path: &std::path::Path) -> Result<ProjectData, Failure> {
    let file = ProjectFile::open_with(path, OpenMode::ReadOnly).map_err(anyhow::Error::from)?;
    Ok(file.load().with_context(|| format!("{}", path.display()))?)
}

fn check_year(year: Option<i32>) -> Result<(), Failure> {
    match year {
        Some(y) if !crate::core::model::PLAUSIBLE_YEARS.contains(&y) => {
            Err(anyhow::anyhow!(crate::t!("cli-year-implausible", year = y.to_string())).into())
        }
        _ => Ok(()),
    }
}

/// The year a command evaluates: `--year`, else the project's evaluation year, else this year.
fn evaluation_year(year: Option<i32>, project: &ProjectData) -> Option<i32> {
    Some(year.unwrap_or_else(|| project.meta.year()))
}

pub(crate) fn emit(out: &mut dyn std::io::Write, text: &str) -> Result<(), Failure> {
    // Names cannot hold control characters; what else reaches the terminal is shown escaped.
    let text = crate::core::output::terminal_safe(text);
    match out.write_all(text.as_bytes()) {
        // A reader that stopped early (`| head`) is not an error of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.map_err(anyhow::Error::from)?,
    }
    Ok(())
}

fn json(value: &impl serde::Serialize) -> Result<String, Failure> {
    Ok(serde_json::to_string_pretty(value).map_err(anyhow::Error::from)? + "\n")
}

fn candidates_csv(candidates: &[Candidate]) -> Result<String, Failure> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CANDIDATE_COLUMNS).map_err(anyhow::Error::from)?;
    for c in candidates {
        let row = c.csv_row();
        writer
            .write_record(row.iter().map(|cell| crate::core::output::guard_unless_number(cell).into_owned()))
            .map_err(anyhow::Error::from)?;
    }
    let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}

fn candidates_table(candidates: &[Candidate], currency: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:>6} {:<14} {:<20} {:>6} {:<14} {:<20} {:>12} {:<4} {:>8} {:>11} {:>14}",
        "supply",
        "from",
        "material",
        "demand",
        "to",
        "material",
        "quantity",
        "unit",
        "km",
        "CO2 t",
        format!("benefit {currency}")
    );
    for c in candidates {
        let _ = writeln!(
            out,
            "{:>6} {:<14} {:<20} {:>6} {:<14} {:<20} {:>12.1} {:<4} {:>8.1} {:>11.1} {:>14.0}",
            c.supply_flow_id.0,
            truncate(c.supply_firm_id.as_str(), 14),
            truncate(c.supply_material.as_str(), 20),
            c.demand_flow_id.0,
            truncate(c.demand_firm_id.as_str(), 14),
            truncate(c.demand_material.as_str(), 20),
            c.quantity,
            c.unit.as_str(),
            c.transport_km,
            c.co2_avoided_t,
            c.net_benefit
        );
    }
    out
}

/// The columns of `exchanges --format csv`, in order.
pub const EXCHANGE_COLUMNS: &[&str] = &[
    "exchange_id",
    "from_firm_id",
    "to_firm_id",
    "material",
    "role",
    "status",
    "quantity",
    "unit",
    "co2_avoided_t",
    "net_benefit",
    "currency",
    "counterfactual",
    "in_existing",
];

fn exchanges_csv(rows: &[scenarios::ExchangeRow]) -> Result<String, Failure> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(EXCHANGE_COLUMNS).map_err(anyhow::Error::from)?;
    for r in rows {
        let row = [
            r.exchange_id.to_string(),
            r.from_firm_id.to_string(),
            r.to_firm_id.to_string(),
            r.material.to_string(),
            r.role.to_string(),
            r.status.to_string(),
            r.quantity.to_string(),
            r.unit.to_string(),
            r.co2_avoided_t.to_string(),
            r.net_benefit.to_string(),
            r.currency.clone(),
            r.counterfactual.clone(),
            r.in_existing.to_string(),
        ];
        writer
            .write_record(row.iter().map(|cell| crate::core::output::guard_unless_number(cell).into_owned()))
            .map_err(anyhow::Error::from)?;
    }
    let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}

fn exchanges_table(
    rows: &[scenarios::ExchangeRow],
    totals: &scenarios::Totals,
    year: Option<i32>,
    currency: &str,
) -> String {
    use crate::core::matching::group_thousands as g;
    use std::fmt::Write as _;
    let mut out = String::new();
    if let Some(y) = year {
        let _ = writeln!(out, "Exchanges in {y} (figures: each exchange's share of the existing scenario)");
    }
    let _ = writeln!(
        out,
        "{:>4} {:<14} {:<14} {:<20} {:<8} {:<9} {:>12} {:<4} {:>12} {:>14}",
        "id",
        "from",
        "to",
        "material",
        "role",
        "status",
        "quantity",
        "unit",
        "CO2 t/yr",
        format!("benefit {currency}")
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{:>4} {:<14} {:<14} {:<20} {:<8} {:<9} {:>12} {:<4} {:>12} {:>14}{}",
            r.exchange_id.0,
            truncate(r.from_firm_id.as_str(), 14),
            truncate(r.to_firm_id.as_str(), 14),
            truncate(r.material.as_str(), 20),
            r.role.as_str(),
            r.status.as_str(),
            g(r.quantity),
            r.unit.as_str(),
            g(r.co2_avoided_t),
            g(r.net_benefit),
            if r.in_existing { "" } else { "  (not existing)" }
        );
    }
    let _ = writeln!(
        out,
        "{:>4} {:<88} {:>12} {:>14}",
        "",
        "total of the existing scenario",
        g(totals.co2_avoided_t),
        g(totals.net_benefit)
    );
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).chain(['…']).collect() }
}

/// Runs a subcommand, writing its output to `out`.
/// One cause of an error in `lang`: the core's typed errors in its words, anything else as it
/// reads.
fn in_lang(cause: &(dyn std::error::Error + 'static), lang: &str) -> String {
    macro_rules! first_of {
        ($($ty:ty),+) => {
            $(if let Some(e) = cause.downcast_ref::<$ty>() {
                return e.in_lang(lang);
            })+
        };
    }
    first_of!(
        crate::core::error::OpenError,
        crate::core::error::StoreError,
        ImportError,
        crate::core::sync::pg::TeamError,
        crate::core::model::UnitError,
        crate::core::numbers::NumberError,
        crate::core::reference::FkkoError,
        crate::core::crs::CrsError,
        crate::core::params::ParamError
    );
    cause.to_string()
}

/// `error: TEXT` as the command line writes it, in `lang`.
pub fn error_line(lang: &str, text: &str) -> String {
    if lang == "en" { format!("error: {text}") } else { crate::tr!(lang, "cli-error", text = text) }
}

/// Runs a command; `lang` is `--lang`, the language of its messages on stderr (English without
/// it: scripts read them) and of the HTML report, map image and cards.
pub fn run(command: Command, lang: Option<&'static str>, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    crate::i18n::set_ui_language(lang.unwrap_or("en"));
    match command {
        Command::Match(args) => run_match(args, out),
        Command::Optimise(args) => run_optimise(args, out),
        Command::Indicators(args) => run_indicators(args, out),
        Command::Explain(args) => run_explain(args, out),
        Command::Exchanges(args) => run_exchanges(args, out),
        Command::Export(args) => run_export(args, out),
        Command::Generate(args) => run_generate(args, out),
        Command::Info(args) => run_info(args, out),
        Command::Import(args) => run_import(args, out),
        Command::Cards(args) => run_cards(args, out),
        Command::ProgrammeReport(args) => run_programme_report(args, out),
        Command::Publish(args) => crate::cli_team::run_publish(args, out),
        Command::Checkout(args) => crate::cli_team::run_checkout(args, out),
        Command::Checkin(args) => crate::cli_team::run_checkin(args, out),
        Command::Merge(args) => crate::cli_team::run_merge(args, out),
    }
}

/// The `programme-report` command.
fn run_programme_report(args: ProgrammeReportArgs, _out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let ProgrammeReportArgs { project: path, programme, from, to, format, out: dir } = args;
    let lang = crate::i18n::ui_language();
    if let (Some(f), Some(t)) = (&from, &to)
        && f > t
    {
        return Err(anyhow::anyhow!(crate::tr!(lang, "cli-from-after-to", from = f.as_str(), to = t.as_str())).into());
    }
    let project = load(&path)?;
    if let Some(p) = &programme
        && !project.exchanges.iter().any(|e| &e.programme == p)
    {
        let mut known: Vec<&str> =
            project.exchanges.iter().map(|e| e.programme.as_str()).filter(|p| !p.is_empty()).collect();
        known.sort_unstable();
        known.dedup();
        let known = if known.is_empty() { crate::tr!(lang, "cli-none") } else { known.join(", ") };
        let text = crate::tr!(lang, "cli-no-such-programme", programme = p.as_str(), known = known);
        return Err(anyhow::anyhow!(text).into());
    }
    let selection = crate::core::programme::Selection { programme, from, to };
    let csv = matches!(format, ProgrammeFormat::Csv);
    let (target, synergies) =
        crate::report::export_programme(&project, &dir, &selection, csv, lang).map_err(anyhow::Error::from)?;
    eprintln!(
        "{}",
        crate::tr!(lang, "cli-wrote-programme", file = target.display().to_string(), synergies = synergies)
    );
    Ok(())
}

/// The `cards` command.
fn run_cards(args: CardsArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let CardsArgs { project: path, firms, blank, include_confidential, out: pdf_path } = args;
    let lang = crate::i18n::ui_language();
    if blank > 1000 {
        return Err(anyhow::anyhow!(crate::t!("cli-blank-too-many", blank = blank.to_string())).into());
    }
    let project = load(&path)?;
    let firms: Vec<crate::core::model::FirmId> = firms.iter().map(crate::core::model::FirmId::new).collect();
    let pages =
        crate::cards::card_pages(&project, &firms, blank, include_confidential, lang).map_err(anyhow::Error::from)?;
    let pdf = crate::cards::cards_pdf(&project, &pages, lang).map_err(anyhow::Error::from)?;
    crate::core::output::write_atomic(&pdf_path, &pdf).map_err(anyhow::Error::from)?;
    let sheets = pages.len();
    let text =
        crate::tr!(lang, "cli-wrote-cards", file = pdf_path.display().to_string(), sheets = sheets, blank = blank);
    emit(out, &format!("{text}\n"))
}

/// The `match` command.
fn run_match(args: MatchArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let MatchArgs { project: path, db, schema, top, objective, year, greenfield, include_products, format, timings } =
        args;
    check_year(year)?;
    if top == 0 {
        return Err(anyhow::anyhow!(crate::t!("cli-top-at-least-one")).into());
    }
    let started = std::time::Instant::now();
    let phase = |name: &str, since: std::time::Instant| {
        if timings {
            eprintln!("timing: {name} {:.3} s", since.elapsed().as_secs_f64());
        }
        std::time::Instant::now()
    };
    let project = match (&path, &db, &schema) {
        (Some(path), _, _) => load(path)?,
        (None, Some(db), Some(schema)) => crate::core::sync::pg::load(db, schema)
            .map_err(|e| Failure { lines: vec![format!("error: {e}")], code: 1 })?,
        _ => return Err(anyhow::anyhow!(crate::t!("cli-project-or-db")).into()),
    };
    let t = phase("load", started);
    let year = evaluation_year(year, &project);
    let options = MatchOptions { top_k: top, objective: objective.into(), year, greenfield, include_products };
    let matcher = Matcher::new(&project, options);
    matcher.build_index();
    let t = phase("index", t);
    let _done = DropTimer { enabled: timings, since: t, total: started };
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let text = if format == MatchFormat::Summary {
        use std::fmt::Write as _;
        let summary = matcher.summary(&cancel);
        let mut text = String::new();
        let _ = writeln!(text, "pairs evaluated: {}", summary.pairs_evaluated);
        let _ = writeln!(text, "candidates kept: {}", summary.candidates_kept);
        let _ = writeln!(text, "supply flows with candidates: {}", summary.supply_flows_with_candidates);
        for (unit, q) in &summary.quantity_by_unit {
            let _ = writeln!(text, "quantity {}: {}", unit.as_str(), format_number(*q));
        }
        let _ = writeln!(text, "co2_avoided_t: {}", format_number(summary.co2_avoided_t));
        let _ = writeln!(text, "net_benefit {}: {}", project.meta.currency, format_number(summary.net_benefit));
        let _ = writeln!(
            text,
            "(totals add up all kept candidates; candidates of one flow compete for it, see `optimise`)"
        );
        text
    } else {
        let result = matcher.run(&cancel);
        match format {
            MatchFormat::Json => json(&result.candidates)?,
            MatchFormat::Csv => candidates_csv(&result.candidates)?,
            _ => candidates_table(&result.candidates, &project.meta.currency),
        }
    };
    emit(out, &text)
}

/// The `optimise` command.
fn run_optimise(args: OptimiseArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let OptimiseArgs { project: path, objective, year, top, time_limit, include_products, format, timings, write_lp } =
        args;
    check_year(year)?;
    if top == 0 || time_limit.is_nan() || time_limit <= 0.0 {
        return Err(anyhow::anyhow!(crate::t!("cli-top-and-time-limit")).into());
    }
    let started = std::time::Instant::now();
    let project = load(&path)?;
    let loaded = started.elapsed().as_secs_f64();
    let year = evaluation_year(year, &project);
    let limits = scenarios::Limits { top_k: top, time_limit_s: time_limit, include_products };
    if let Some(lp_path) = &write_lp {
        let (_, _, problem) = scenarios::allocation_problem(&project, objective.into(), year, limits);
        crate::core::output::write_atomic(lp_path, json(&problem.to_json())?.as_bytes())
            .map_err(anyhow::Error::from)?;
    }
    let (_, candidates, allocation) =
        scenarios::optimal_allocation(&project, objective.into(), year, limits).map_err(anyhow::Error::from)?;
    if timings {
        eprintln!("timing: load {loaded:.3} s");
        eprintln!("timing: match {:.3} s ({} candidate arcs)", allocation.match_seconds, allocation.candidate_arcs);
        eprintln!(
            "timing: lp {:.3} s ({} independent parts, the largest of {} arcs; {} by the network simplex, {} by HiGHS)",
            allocation.solve_seconds,
            allocation.parts,
            allocation.largest_part,
            allocation.network_parts,
            allocation.parts - allocation.network_parts
        );
        eprintln!("timing: total {:.3} s", started.elapsed().as_secs_f64());
    }
    let by_pair: std::collections::HashMap<_, _> =
        candidates.iter().map(|c| ((c.supply_flow_id, c.demand_flow_id), c)).collect();
    let find = |s: FlowId, d: FlowId| by_pair.get(&(s, d)).copied();
    match format {
        TableFormat::Json => {
            let arcs: Vec<serde_json::Value> = allocation
                .arcs
                .iter()
                .map(|a| {
                    let c = find(a.supply_flow_id, a.demand_flow_id);
                    serde_json::json!({
                        "supply_flow_id": a.supply_flow_id,
                        "demand_flow_id": a.demand_flow_id,
                        "quantity": a.quantity,
                        "contribution": a.contribution,
                        "supply_firm_id": c.map(|c| c.supply_firm_id.as_str()),
                        "demand_firm_id": c.map(|c| c.demand_firm_id.as_str()),
                        "supply_material": c.map(|c| c.supply_material.as_str()),
                        "demand_material": c.map(|c| c.demand_material.as_str()),
                        "unit": c.map(|c| c.unit.as_str()),
                    })
                })
                .collect();
            let objective_name = match Objective::from(objective) {
                Objective::Benefit => "benefit",
                Objective::Co2 => "co2",
                Objective::Quantity => "quantity",
            };
            emit(
                out,
                &json(&serde_json::json!({
                    "objective": allocation.objective,
                    "status": allocation.status.as_str(),
                    "gap": allocation.gap,
                    "objective_kind": objective_name,
                    "candidate_arcs": allocation.candidate_arcs,
                    "arcs": arcs,
                }))?,
            )
        }
        TableFormat::Table => {
            use std::fmt::Write as _;
            let mut text = String::new();
            match allocation.status {
                crate::core::optimise::SolveStatus::Optimal => {
                    let _ = writeln!(
                        text,
                        "optimal objective: {} ({} arcs used of {} candidates)",
                        format_number(allocation.objective),
                        allocation.arcs.len(),
                        allocation.candidate_arcs
                    );
                }
                crate::core::optimise::SolveStatus::TimeLimit => {
                    let _ = writeln!(
                        text,
                        "objective: {} (time limit reached: the best allocation found, within {:.2} % of the optimum; {} arcs used of {} candidates)",
                        format_number(allocation.objective),
                        allocation.gap * 100.0,
                        allocation.arcs.len(),
                        allocation.candidate_arcs
                    );
                }
            }
            let _ = writeln!(
                text,
                "{:>6} {:<14} {:>6} {:<14} {:<20} {:>12} {:<4} {:>14}",
                "supply", "from", "demand", "to", "material", "quantity", "unit", "contribution"
            );
            for a in &allocation.arcs {
                let Some(c) = find(a.supply_flow_id, a.demand_flow_id) else {
                    continue;
                };
                let _ = writeln!(
                    text,
                    "{:>6} {:<14} {:>6} {:<14} {:<20} {:>12.1} {:<4} {:>14.1}",
                    a.supply_flow_id.0,
                    truncate(c.supply_firm_id.as_str(), 14),
                    a.demand_flow_id.0,
                    truncate(c.demand_firm_id.as_str(), 14),
                    truncate(c.supply_material.as_str(), 20),
                    a.quantity,
                    c.unit.as_str(),
                    a.contribution
                );
            }
            emit(out, &text)
        }
    }
}

/// The `indicators` command.
fn run_indicators(args: IndicatorsArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let IndicatorsArgs { project: path, year, objective, format, include_products } = args;
    check_year(year)?;
    let project = load(&path)?;
    let year = evaluation_year(year, &project);
    let limits = scenarios::Limits { include_products, ..scenarios::Limits::default() };
    let report = scenarios::report(&project, year, objective.into(), limits).map_err(anyhow::Error::from)?;
    match format {
        TableFormat::Json => emit(out, &json(&report)?),
        TableFormat::Table => {
            use std::fmt::Write as _;
            let mut text = String::new();
            if let Some(y) = year {
                let _ = writeln!(text, "The park in {y}");
            }
            let _ = writeln!(
                text,
                "{:<24} {:>6} {:>6} {:>9} {:>8} {:>11} {:>9} {:>12} {:>14}",
                "scenario",
                "firms",
                "links",
                "exchanges",
                "L/S",
                "L/(S(S-1))",
                "cyclicity",
                "CO2 t/yr",
                format!("benefit {}", project.meta.currency)
            );
            for s in &report.scenarios {
                let _ = writeln!(
                    text,
                    "{:<24} {:>6} {:>6} {:>9} {:>8.3} {:>11.4} {:>9.3} {:>12.0} {:>14.0}",
                    s.scenario,
                    s.firms,
                    s.links,
                    s.exchanges,
                    s.link_density,
                    s.connectance,
                    s.cyclicity,
                    s.co2_avoided_t,
                    s.net_benefit
                );
                for f in &s.finn_cycling_index {
                    let value = f.value.map_or("undefined".to_string(), |v| format!("{v:.4}"));
                    let _ = writeln!(text, "    Finn cycling index ({}): {value}  [{}]", f.unit, f.note);
                }
            }
            if report.optimal_status == crate::core::optimise::SolveStatus::TimeLimit {
                let _ = writeln!(
                    text,
                    "(optimal: the best allocation found within the time limit, within {:.2} % of the optimum)",
                    report.optimal_gap * 100.0
                );
            }
            if !report.by_year.is_empty() {
                let _ = writeln!(text, "\nExisting exchanges by year");
                let _ = writeln!(
                    text,
                    "{:>6} {:>6} {:>6} {:>9} {:>9} {:>12} {:>14}",
                    "year", "firms", "links", "exchanges", "cyclicity", "CO2 t/yr", "benefit"
                );
                for y in &report.by_year {
                    let _ = writeln!(
                        text,
                        "{:>6} {:>6} {:>6} {:>9} {:>9.3} {:>12.0} {:>14.0}",
                        y.year, y.firms, y.links, y.exchanges, y.cyclicity, y.co2_avoided_t, y.net_benefit
                    );
                }
            }
            emit(out, &text)
        }
    }
}

/// The `explain` command.
fn run_explain(args: ExplainArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let ExplainArgs { project: path, supply_flow_id, demand_flow_id, year, greenfield, format } = args;
    check_year(year)?;
    let project = load(&path)?;
    for id in [supply_flow_id, demand_flow_id] {
        if !project.flows.iter().any(|f| f.id.0 == id) {
            return Err(anyhow::anyhow!(crate::t!(
                "cli-no-such-flow",
                file = path.display().to_string(),
                id = id.to_string()
            ))
            .into());
        }
    }
    let year = evaluation_year(year, &project);
    let matcher = Matcher::new(&project, MatchOptions { year, greenfield, ..MatchOptions::default() });
    let answer = matcher.explain(FlowId(supply_flow_id), FlowId(demand_flow_id));
    let text = match (&answer, format) {
        (Ok(breakdown), TextFormat::Json) => json(&serde_json::json!({"excluded": false, "breakdown": breakdown}))?,
        (Ok(breakdown), TextFormat::Text) => breakdown.to_text(),
        (Err(exclusion), TextFormat::Json) => json(&serde_json::json!({
            "excluded": true,
            "rule": exclusion.rule(),
            "message": exclusion.to_string(),
            "details": exclusion,
        }))?,
        (Err(exclusion), TextFormat::Text) => format!("{exclusion}\n"),
    };
    emit(out, &text)
}

/// The `exchanges` command.
fn run_exchanges(args: ExchangesArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let ExchangesArgs { project: path, year, format } = args;
    check_year(year)?;
    let project = load(&path)?;
    let year = evaluation_year(year, &project);
    let (rows, totals) = scenarios::exchange_rows(&project, year);
    let text = match format {
        ListFormat::Json => json(&serde_json::json!({
            "year": year,
            "currency": project.meta.currency,
            "exchanges": rows,
            "totals": totals,
        }))?,
        ListFormat::Csv => exchanges_csv(&rows)?,
        ListFormat::Table => exchanges_table(&rows, &totals, year, &project.meta.currency),
    };
    for row in rows.iter().filter(|r| r.overfill.is_some()) {
        let said = row.overfill.as_ref().map(|s| s.localized()).unwrap_or_default();
        let text = format!("{}: {said}", row.exchange_id);
        eprintln!("{}", crate::t!("cli-note-exchange-overfill", text = text));
    }
    emit(out, &text)
}

/// The `export` command.
fn run_export(args: ExportArgs, _out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let ExportArgs { project: path, format, out: dir, include_confidential, include_personal, crs, size, year, view } =
        args;
    if include_personal && format != ExportFormat::Csv {
        return Err(anyhow::anyhow!(crate::t!("cli-personal-csv-only")).into());
    }
    check_year(year)?;
    // CSV and GeoJSON are the same in every language: --lang changes only the messages.
    let lang = crate::i18n::ui_language();
    if format != ExportFormat::Png && (size.is_some() || view.is_some() || year.is_some()) {
        return Err(anyhow::anyhow!(crate::t!("cli-png-only")).into());
    }
    if crs.is_some_and(|c| !c.is_geographic()) && !matches!(format, ExportFormat::Csv) {
        return Err(anyhow::anyhow!(crate::t!("cli-crs-csv-only")).into());
    }
    let project = load(&path)?;
    let summary = match format {
        ExportFormat::Csv => crate::core::export::export_csv_with(
            &project,
            &dir,
            include_confidential,
            include_personal,
            crs.unwrap_or(crate::core::crs::WGS84),
        ),
        ExportFormat::Geojson => crate::core::export::export_geojson(&project, &dir, include_confidential),
        ExportFormat::Html => crate::report::export_html(&project, &dir, include_confidential, lang),
        ExportFormat::Png => {
            let options = crate::map_image::MapImageOptions {
                year,
                view,
                lang: lang.to_string(),
                ..crate::map_image::MapImageOptions::new(size.map_or(1920, |s| s.0), size.map_or(1080, |s| s.1))
            };
            crate::map_image::export_png(&project, &dir, include_confidential, &options)
        }
    }
    .map_err(anyhow::Error::from)?;
    // The messages follow --lang (English without it: scripts read them).
    for file in &summary.files {
        eprintln!("{}", crate::tr!(lang, "cli-wrote", file = file.display().to_string()));
    }
    if summary.confidential_left_out > 0 {
        eprintln!("{}", crate::tr!(lang, "cli-confidential-left-out", count = summary.confidential_left_out));
    }
    Ok(())
}

/// The `generate` command.
fn run_generate(args: GenerateArgs, _out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let GenerateArgs { firms, seed, out: target } = args;
    if firms == 0 {
        return Err(anyhow::anyhow!(crate::t!("cli-firms-at-least-one")).into());
    }
    if firms > generate::MAX_FIRMS {
        let most = generate::MAX_FIRMS.to_string();
        return Err(anyhow::anyhow!(crate::t!("cli-firms-too-many", firms = firms.to_string(), most = most)).into());
    }
    let started = std::time::Instant::now();
    let data = generate::generate(GenerateOptions { firms, seed }, |done| {
        eprintln!("{}", crate::t!("cli-generate-progress", done = done.to_string(), firms = firms.to_string()));
    });
    let (firm_count, flow_count) = (data.firms.len().to_string(), data.flows.len().to_string());
    let file = target.display().to_string();
    eprintln!("{}", crate::t!("cli-generate-writing", firms = firm_count, flows = flow_count, file = file.clone()));
    ProjectFile::create(&target, &data, true).with_context(|| crate::t!("cli-could-not-write", file = file))?;
    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
    eprintln!("{}", crate::t!("cli-generate-done", seconds = seconds));
    Ok(())
}

/// The `info` command.
fn run_info(args: InfoArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let InfoArgs { project, json } = args;
    let file = ProjectFile::open_with(&project, OpenMode::ReadOnly).map_err(anyhow::Error::from)?;
    let data = file.load().with_context(|| format!("{}", project.display()))?;
    let info = Info::of(&data, file.schema_version().map_err(anyhow::Error::from)?);
    let text =
        if json { serde_json::to_string_pretty(&info).map_err(anyhow::Error::from)? + "\n" } else { info.to_text() };
    out.write_all(text.as_bytes()).map_err(anyhow::Error::from)?;
    Ok(())
}

/// The `import` command.
fn run_import(args: ImportArgs, _out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let ImportArgs {
        firms,
        flows,
        exchanges,
        materials,
        rules,
        project,
        contacts,
        workshops,
        stages,
        outcomes,
        crs,
        out: target,
    } = args;
    let files =
        ImportFiles { firms, flows, exchanges, materials, rules, project, workshops, contacts, stages, outcomes, crs };
    let (data, notes) = match csv_import::import_with_notes(&files) {
        Ok(imported) => imported,
        Err(ImportError::Problems(problems)) => {
            return Err(Failure { lines: problems.iter().map(|p| p.localized()).collect(), code: 2 });
        }
        Err(e) => return Err(anyhow::Error::from(e).into()),
    };
    ProjectFile::create(&target, &data, true)
        .with_context(|| crate::t!("cli-could-not-write", file = target.display().to_string()))?;
    for note in &notes {
        eprintln!("{}", note.localized());
    }
    let year = Some(data.meta.year());
    for text in scenarios::overfills(&data, year) {
        eprintln!("{}", crate::t!("cli-note-overfill", text = text.localized()));
    }
    let lang = crate::i18n::ui_language();
    let (firms, flows, exchanges) = (data.firms.len(), data.flows.len(), data.exchanges.len());
    let path = target.display().to_string();
    if lang == "en" {
        // Word for word as ever: scripts read it.
        eprintln!("imported {firms} firms, {flows} flows, {exchanges} exchanges into {path}");
    } else {
        eprintln!(
            "{}",
            crate::tr!(lang, "cli-imported", firms = firms, flows = flows, exchanges = exchanges, path = path)
        );
    }
    Ok(())
}
