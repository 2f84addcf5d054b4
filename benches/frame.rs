//! Frame benchmark of the desktop app, headless (egui context + tessellation, no GPU).
//!
//! `cargo bench --bench frame` prints:
//! - the median CPU time of one frame with a generated project of 10,000 firms and 20,000 drawn
//!   exchange lines at 1600x1000, with the whole Baltic in view and zoomed in on one town
//!   (target <= 8 ms each), and while panning the whole Baltic (the map's scene is rebuilt every
//!   frame instead of reused);
//! - the time to load a 100,000-firm project up to a ready UI state (target <= 1 s), opened in
//!   the background while the window keeps drawing.
//!
//! For a profiler: `FRAME_PROFILE=1` (at rest) or `FRAME_PROFILE=pan` draws 1,500 frames of the
//! whole Baltic view and stops.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use std::time::{Duration, Instant};

use egui::{Pos2, RawInput, Rect, vec2};
use symbiosis_explorer::core::generate::{GenerateOptions, generate};
use symbiosis_explorer::core::matching::{MatchOptions, Matcher};
use symbiosis_explorer::core::model::*;
use symbiosis_explorer::core::store::ProjectFile;
use symbiosis_explorer::ui::{App, LaunchOptions};

fn project_with_lines(firms: usize, lines: usize, path: &std::path::Path) {
    let mut data = generate(GenerateOptions { firms, seed: 1 }, |_| {});
    let candidates = {
        let matcher = Matcher::new(&data, MatchOptions { top_k: 4, greenfield: true, ..MatchOptions::default() });
        matcher.run(&std::sync::atomic::AtomicBool::new(false)).candidates
    };
    data.exchanges = candidates
        .iter()
        .take(lines)
        .enumerate()
        .map(|(i, c)| Exchange {
            id: ExchangeId(i as i64 + 1),
            from: c.supply_firm_id.clone(),
            to: c.demand_firm_id.clone(),
            material: c.supply_material.clone(),
            quantity: Some(c.quantity_supply),
            unit: c.supply_unit,
            status: if i % 3 == 0 { ExchangeStatus::Proposed } else { ExchangeStatus::Realised },
            start_year: Some(2000),
            end_year: None,
            transport: Some(c.transport),
            notes: String::new(),
            source: "benchmark".into(),
            counterfactual_km: None,
            programme: String::new(),
        })
        .collect();
    ProjectFile::create(path, &data, true).expect("benchmark project written");
}

fn input(frame: usize) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        time: Some(frame as f64 / 60.0),
        ..RawInput::default()
    }
}

fn median_frame(ctx: &egui::Context, app: &mut App, frames: usize) -> Duration {
    median_frame_with(ctx, app, frames, |_, _| {})
}

/// The median frame when `before` changes something (e.g. the view) ahead of each frame.
fn median_frame_with(
    ctx: &egui::Context,
    app: &mut App,
    frames: usize,
    mut before: impl FnMut(&mut App, usize),
) -> Duration {
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        before(app, i);
        let started = Instant::now();
        let output = ctx.run_ui(input(i), |ui| app.show(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        times.push(started.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// Draws frames until the app's background jobs (the existing exchanges' figures for the charts)
/// are done and the tiles had time to render: frames are measured, not the jobs beside them.
fn settle(ctx: &egui::Context, app: &mut App) {
    let started = Instant::now();
    while app.busy() && started.elapsed() < Duration::from_secs(60) {
        let _ = median_frame(ctx, app, 1);
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    let _ = median_frame(ctx, app, 2);
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("frame10k.gpkg");
    project_with_lines(10_000, 20_000, &path);
    let ctx = egui::Context::default();
    let mut app = None::<App>;
    let _ = ctx.run_ui(input(0), |ui| {
        app.get_or_insert_with(|| {
            App::new(ui.ctx(), LaunchOptions { project: Some(path.clone()), ..Default::default() })
        });
    });
    let mut app = app.expect("app created");
    settle(&ctx, &mut app); // the project opens in the background
    let lines = app.state.data().map_or(0, |d| d.exchanges.len());
    app.set_view(58.0, 19.0, 4.6);
    let _ = median_frame(&ctx, &mut app, 10); // warm up: tiles requested, fonts laid out
    settle(&ctx, &mut app);
    let baltic = median_frame(&ctx, &mut app, 60);
    // Panning: the view moves before every frame, so the map's scene is built anew each time.
    let pan = |app: &mut App, i: usize| app.set_view(58.0, 19.0 + 0.01 * (i % 50) as f64, 4.6);
    let panning = median_frame_with(&ctx, &mut app, 60, pan);
    if std::env::var_os("FRAME_PROFILE").is_some() {
        if std::env::var_os("FRAME_PROFILE").is_some_and(|v| v == "pan") {
            let _ = median_frame_with(&ctx, &mut app, 1500, pan);
        } else {
            let _ = median_frame(&ctx, &mut app, 1500);
        }
        return;
    }
    app.set_view(58.0, 19.0, 4.6);
    // The same view with the map alone in the workspace: what the other panes add.
    let workspace = std::mem::replace(
        &mut app.dock.tree,
        egui_tiles::Tree::new_tabs(egui::Id::unique("map-only"), vec![symbiosis_explorer::ui::dock::Pane::Map]),
    );
    let _ = median_frame(&ctx, &mut app, 10);
    let map_only = median_frame(&ctx, &mut app, 60);
    app.dock.tree = workspace;
    let _ = median_frame(&ctx, &mut app, 10);
    eprintln!("(the map alone, full window, same view: median {:.2} ms)", map_only.as_secs_f64() * 1e3);
    let busiest = app.busiest_town();
    app.set_view(busiest.0, busiest.1, 13.0);
    let _ = median_frame(&ctx, &mut app, 10);
    std::thread::sleep(Duration::from_millis(500));
    let town = median_frame(&ctx, &mut app, 60);
    println!(
        "frame, 10,000 firms and {lines} lines, 1600x1000, whole Baltic: median {:.2} ms (target <= 8 ms)",
        baltic.as_secs_f64() * 1e3
    );
    println!(
        "frame, same project, whole Baltic while panning (view moved every frame): median {:.2} ms (target <= 8 ms); at rest / panning {:.2}",
        panning.as_secs_f64() * 1e3,
        baltic.as_secs_f64() / panning.as_secs_f64()
    );
    println!(
        "frame, same project, zoomed in on {:.3},{:.3}: median {:.2} ms (target <= 8 ms)",
        busiest.0,
        busiest.1,
        town.as_secs_f64() * 1e3
    );

    let big = dir.path().join("load100k.gpkg");
    let data = generate(GenerateOptions { firms: 100_000, seed: 1 }, |_| {});
    ProjectFile::create(&big, &data, true).expect("100k project written");
    drop(data);
    let ctx = egui::Context::default();
    let started = Instant::now();
    let mut app = None::<App>;
    let _ = ctx.run_ui(input(0), |ui| {
        let app = app.get_or_insert_with(|| {
            App::new(ui.ctx(), LaunchOptions { project: Some(big.clone()), ..Default::default() })
        });
        app.show(ui);
    });
    let first_frame = started.elapsed();
    let mut app = app.expect("app created");
    // The project opens in the background; the window keeps drawing meanwhile.
    let mut frames = 1;
    while app.state.data().is_none() && started.elapsed() < Duration::from_secs(120) {
        let _ = ctx.run_ui(input(frames), |ui| app.show(ui));
        frames += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = ctx.run_ui(input(frames), |ui| app.show(ui));
    let firms = app.state.data().map_or(0, |d| d.firms.len());
    println!(
        "load 100,000 firms to a ready UI (project open, map drawn): {:.2} s (target <= 1 s); first frame after {:.3} s, {frames} frames drawn while it opened; {firms} firms",
        started.elapsed().as_secs_f64(),
        first_frame.as_secs_f64()
    );
}
