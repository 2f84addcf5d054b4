//! The team store's commands: `publish`, `checkout`, `checkin` and `merge`.

use std::path::PathBuf;

use crate::cli::{Failure, emit};
use crate::core::sync::pg::{self, TeamError};
use crate::core::sync::{self, Conflict, Prefer, Sides};

/// The arguments of `publish`.
#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    pub project: PathBuf,
    /// The server: a PostgreSQL connection string (postgres://user@host/db or key=value pairs);
    /// what it leaves out comes from PGHOST, PGUSER, ... and the password from PGPASSWORD or
    /// ~/.pgpass.
    #[arg(long, value_name = "URL")]
    pub db: String,
    /// The project's schema on the server (default: from the file name).
    #[arg(long)]
    pub schema: Option<String>,
    /// Overwrite a schema that already exists.
    #[arg(long)]
    pub replace: bool,
    /// Also send contact persons (personal data).
    #[arg(long)]
    pub include_personal: bool,
}

/// The arguments of `checkout`.
#[derive(clap::Args, Debug)]
pub struct CheckoutArgs {
    #[arg(long, value_name = "URL")]
    pub db: String,
    #[arg(long)]
    pub schema: String,
    /// Only this area: W,S,E,N in degrees (its firms, their flows, the exchanges between them).
    #[arg(long, value_name = "W,S,E,N", value_parser = sync::parse_bbox)]
    pub bbox: Option<[f64; 4]>,
    /// The offline copy to write (replaced if it exists).
    #[arg(long, value_name = "LOCAL.gpkg")]
    pub out: PathBuf,
}

/// The arguments of `checkin`.
#[derive(clap::Args, Debug)]
pub struct CheckinArgs {
    /// An offline copy written by `checkout` (it knows its server).
    pub local: PathBuf,
    /// Decide every conflict for this side: local or server.
    #[arg(long, value_parser = parse_prefer)]
    pub prefer: Option<Prefer>,
}

/// The arguments of `merge`.
#[derive(clap::Args, Debug)]
pub struct MergeArgs {
    /// The common ancestor of both copies.
    pub base: PathBuf,
    /// One copy (plays the local side in the conflict report).
    pub mine: PathBuf,
    /// The other copy (plays the server side).
    pub theirs: PathBuf,
    #[arg(long, value_name = "MERGED.gpkg")]
    pub out: PathBuf,
    /// Decide every conflict for this side: local (= MINE) or server (= THEIRS).
    #[arg(long, value_parser = parse_prefer)]
    pub prefer: Option<Prefer>,
}

fn parse_prefer(text: &str) -> Result<Prefer, String> {
    text.parse()
}

fn team(e: TeamError) -> Failure {
    match e {
        TeamError::Conflicts(conflicts) => {
            conflict_failure(&conflicts, "nothing was changed on the server or in the copy")
        }
        other => {
            use crate::i18n::Localized as _;
            let lang = crate::i18n::ui_language();
            Failure { lines: vec![crate::cli::error_line(lang, &other.in_lang(lang))], code: 1 }
        }
    }
}

fn conflict_failure(conflicts: &[Conflict], what: &str) -> Failure {
    let mut lines: Vec<String> = conflicts.iter().map(ToString::to_string).collect();
    lines.push(format!(
        "error: {} conflict(s): the same field was changed on both sides; {what}; choose a side with --prefer local|server",
        conflicts.len()
    ));
    Failure { lines, code: 1 }
}

pub fn run_publish(args: PublishArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let PublishArgs { project: path, db, schema, replace, include_personal } = args;
    let project = crate::cli::load(&path)?;
    let schema = schema.unwrap_or_else(|| pg::schema_from_file(&path));
    let mut server = pg::connect(&db).map_err(team)?;
    let s = server.publish(&project, &schema, replace, include_personal).map_err(team)?;
    let personal = if s.personal_left_out > 0 {
        format!("; {} contact person(s) left out (personal data: --include-personal sends them)", s.personal_left_out)
    } else {
        String::new()
    };
    emit(
        out,
        &format!(
            "published {} to {} schema {schema}: {} firms, {} flows, {} exchanges{personal}\n",
            path.display(),
            server.url,
            s.firms,
            s.flows,
            s.exchanges
        ),
    )
}

pub fn run_checkout(args: CheckoutArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let CheckoutArgs { db, schema, bbox, out: path } = args;
    let s = pg::checkout(&db, &schema, bbox, &path).map_err(team)?;
    let mut text = format!(
        "checked out {schema} (revision {}) to {}: {} firms, {} flows, {} exchanges{}\n",
        s.revision,
        path.display(),
        s.firms,
        s.flows,
        s.exchanges,
        if bbox.is_some() { " in the area" } else { "" }
    );
    if s.read_only {
        text.push_str(
            "read-only: this role may only read the server project; the copy is for viewing, check-in is refused\n",
        );
    }
    emit(out, &text)
}

/// Each decided conflict, one a line, with the side kept.
fn kept(conflicts: &[sync::Conflict], sides: &Sides) -> String {
    conflicts
        .iter()
        .map(|c| format!("{c} (kept {})\n", if sides.side(c) == Some(Prefer::Local) { "local" } else { "server" }))
        .collect()
}

pub fn run_checkin(args: CheckinArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let sides = Sides::from(args.prefer);
    let s = pg::checkin(&args.local, &sides, false).map_err(team)?;
    let mut text = kept(&s.resolved, &sides);
    text.push_str(&format!(
        "checked in {}: {} row(s) sent, {} received from the server{}; server revision {}\n",
        args.local.display(),
        s.sent,
        s.received,
        if s.renumbered > 0 { format!(", {} new row(s) renumbered", s.renumbered) } else { String::new() },
        s.revision
    ));
    emit(out, &text)
}

pub fn run_merge(args: MergeArgs, out: &mut dyn std::io::Write) -> Result<(), Failure> {
    let MergeArgs { base, mine, theirs, out: path, prefer } = args;
    let b = crate::cli::load(&base)?;
    let m = crate::cli::load(&mine)?;
    let t = crate::cli::load(&theirs)?;
    let sides = Sides::from(prefer);
    let merged = sync::merge_projects(&b, &m, &t, &sides).map_err(|e| anyhow::anyhow!("{e}; nothing was written"))?;
    if !sides.decide(&merged.conflicts) {
        return Err(conflict_failure(&merged.conflicts, &format!("{} was not written", path.display())));
    }
    crate::core::ProjectFile::create(&path, &merged.project, true).map_err(anyhow::Error::from)?;
    let mut text = kept(&merged.conflicts, &sides);
    text.push_str(&format!(
        "merged into {}: {} change(s) from {}, {} from {}{}\n",
        path.display(),
        merged.local_changes,
        mine.display(),
        merged.server_changes,
        theirs.display(),
        if merged.renumbered > 0 {
            format!(", {} new row(s) of {} renumbered", merged.renumbered, mine.display())
        } else {
            String::new()
        }
    ));
    emit(out, &text)
}
