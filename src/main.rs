use std::process::ExitCode;

use clap::Parser as _;
use symbiosis_explorer::cli::{self, Cli};
use symbiosis_explorer::ui;

fn parse_size(text: &str) -> Option<(u32, u32)> {
    let (w, h) = text.split_once(['x', 'X'])?;
    let (w, h) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    (w >= 200 && h >= 200 && w <= 8192 && h <= 8192).then_some((w, h))
}

fn main() -> ExitCode {
    let args = Cli::parse();
    let Some(command) = args.command else {
        let size = match args.size.as_deref().map(parse_size) {
            Some(None) => {
                eprintln!("error: --size must look like 1600x1000 (200 to 8192 pixels each way)");
                return ExitCode::from(2);
            }
            Some(Some(size)) => Some(size),
            None => None,
        };
        if let Some(path) = &args.project
            && let Err(e) = ui::recent::check_project(path)
        {
            use symbiosis_explorer::i18n::Localized as _;
            let lang = args.lang.unwrap_or("en");
            let text = e.in_lang(lang);
            eprintln!("{}", cli::error_line(lang, &symbiosis_explorer::core::output::terminal_safe(&text)));
            return ExitCode::from(1);
        }
        if let Some(y) = args.year
            && !symbiosis_explorer::core::model::PLAUSIBLE_YEARS.contains(&y)
        {
            eprintln!("error: --year {y} is not a plausible year (1800..2200)");
            return ExitCode::from(2);
        }
        let launch = ui::LaunchOptions {
            project: args.project.clone(),
            screenshot: args.screenshot.clone(),
            dark: args.dark,
            year: args.year,
            presentation: args.presentation,
            mbtiles: args.mbtiles.clone(),
            lang: args.lang,
            second_lang: args.second_lang,
            size,
            system_lang: None,
        };
        return match ui::run(launch, size) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        };
    };
    let stdout = std::io::stdout();
    match cli::run(command, args.lang, &mut stdout.lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            for line in failure.lines {
                eprintln!("{}", symbiosis_explorer::core::output::terminal_safe(&line));
            }
            ExitCode::from(failure.code as u8)
        }
    }
}
