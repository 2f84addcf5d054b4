use std::process::ExitCode;

use clap::Parser as _;
use symbiosis_explorer::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let Some(command) = args.command else {
        eprintln!("error: the desktop app is not built yet; use a subcommand (see --help)");
        return ExitCode::from(1);
    };
    let stdout = std::io::stdout();
    match cli::run(command, &mut stdout.lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            for line in failure.lines {
                eprintln!("{line}");
            }
            ExitCode::from(failure.code as u8)
        }
    }
}
