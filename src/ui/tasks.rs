//! The app's background work: how each job starts (on a shared copy of the data) and what its
//! result does when it lands. A result computed from an older version of the project than the
//! one open now is dropped, with a note saying so.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::jobs::{Job, Poll};
use super::state::{AppState, Message, OptimalView};
use super::windows::export::ExportRequest;
use crate::core::matching::{Candidate, MatchOptions, Matcher, Objective};
use crate::core::model::*;
use crate::core::scenarios;
use crate::t;

fn shared(state: &AppState) -> Option<Arc<ProjectData>> {
    state.project.as_ref().map(|p| p.session.shared())
}

pub fn start_matching(state: &mut AppState, greenfield: bool, include_products: bool) {
    let Some(data) = shared(state) else { return };
    if let Some(job) = state.jobs.matching.take() {
        job.cancel();
    }
    let options =
        MatchOptions { top_k: 5, greenfield, include_products, year: state.eval_year(), ..MatchOptions::default() };
    state.jobs.matching = Some(Job::spawn("job-matching", state.project_version(), move |progress| {
        let matcher = Matcher::new(&data, options);
        progress.set_total(matcher.supply_count());
        matcher.run_with_progress(progress.cancel_flag(), progress.done_counter()).candidates
    }));
}

pub fn start_optimise(state: &mut AppState, include_products: bool) {
    let Some(data) = shared(state) else { return };
    let year = state.eval_year();
    state.jobs.optimise = Some(Job::spawn("job-optimisation", state.project_version(), move |_| {
        // The same candidates and time limit as the `optimise` command: a run the limit stops
        // gives the best allocation found and says how close it is.
        let limits = scenarios::Limits { include_products, ..Default::default() };
        scenarios::optimal_allocation(&data, Objective::Benefit, year, limits)
            .map(|(_, candidates, allocation)| {
                let shown = scenarios::allocated_candidates(&candidates, &allocation);
                let view = OptimalView {
                    objective: allocation.objective,
                    gap: allocation.gap,
                    arcs: shown.len(),
                    co2_avoided_t: shown.iter().map(|c| c.co2_avoided_t).sum(),
                    net_benefit: shown.iter().map(|c| c.net_benefit).sum(),
                };
                (shown, view)
            })
            .map_err(|e| e.to_string())
    }));
}

pub fn start_scenarios(state: &mut AppState) {
    let Some(data) = shared(state) else { return };
    let year = state.eval_year();
    state.jobs.scenarios = Some(Job::spawn("job-scenario-comparison", state.project_version(), move |_| {
        // The same candidates and time limit as the `indicators` command.
        let limits = scenarios::Limits::default();
        scenarios::report(&data, year, Objective::Benefit, limits).map_err(|e| e.to_string())
    }));
}

pub fn start_explain(state: &mut AppState, supply: FlowId, demand: FlowId, greenfield: bool, include_products: bool) {
    let Some(data) = shared(state) else { return };
    let year = state.eval_year();
    state.jobs.explain = Some(Job::spawn("job-explanation", state.project_version(), move |_| {
        let options = MatchOptions { greenfield, include_products, year, ..MatchOptions::default() };
        Matcher::new(&data, options).explain(supply, demand).map_err(|e| e.to_string())
    }));
}

pub fn start_export(state: &mut AppState, request: ExportRequest) {
    let Some(data) = shared(state) else { return };
    state.jobs.export =
        Some(Job::spawn("job-export", state.project_version(), move |_| super::windows::export::run(&data, &request)));
}

/// "Would the matcher have found this park?": greenfield matching of the park as it stood in
/// each year a documented exchange ran, compared with the documented exchanges.
pub fn start_rediscovery(state: &mut AppState) {
    let Some(data) = shared(state) else { return };
    state.jobs.rediscovery = Some(Job::spawn("job-rediscovery", state.project_version(), move |_| rediscovery(&data)));
}

fn rediscovery(data: &ProjectData) -> String {
    let evaluation_year = data.meta.year();
    let is_product = |e: &Exchange| {
        data.flows.iter().any(|f| {
            f.firm == e.from
                && f.material == e.material
                && f.direction == Direction::Supply
                && f.role == FlowRole::Product
        })
    };
    let documented: Vec<&Exchange> =
        data.exchanges.iter().filter(|e| e.status != ExchangeStatus::Candidate && !is_product(e)).collect();
    let products = data.exchanges.iter().filter(|e| e.status != ExchangeStatus::Candidate && is_product(e)).count();
    // The last year it ran: its flows (which may have changed hands) are there then.
    let ran_in = |e: &Exchange| e.end_year.unwrap_or(evaluation_year).max(e.start_year.unwrap_or(i32::MIN));
    let mut years: Vec<i32> = documented.iter().map(|e| ran_in(e)).collect();
    years.sort_unstable();
    years.dedup();
    let mut found: Vec<(i32, Candidate)> = Vec::new();
    for &y in &years {
        let options = MatchOptions { greenfield: true, top_k: 10, year: Some(y), ..MatchOptions::default() };
        found.extend(Matcher::new(data, options).run(&AtomicBool::new(false)).candidates.into_iter().map(|c| (y, c)));
    }
    let name = |id: &FirmId| data.firm(id).map_or(id.0.clone(), |f| f.name.clone());
    let missed: Vec<String> = documented
        .iter()
        .filter(|e| {
            !found.iter().any(|(y, c)| {
                *y == ran_in(e)
                    && c.supply_firm_id == e.from
                    && c.demand_firm_id == e.to
                    && c.supply_material == e.material
            })
        })
        .map(|e| {
            let material = data.material_name(&e.material, crate::i18n::ui_language());
            format!("{} -> {}: {}", name(&e.from), name(&e.to), material)
        })
        .collect();
    let mut text = t!("ui-rediscovery-found", found = documented.len() - missed.len(), documented = documented.len());
    if products > 0 {
        text.push(' ');
        text.push_str(&t!("ui-rediscovery-products", count = products));
    }
    if !missed.is_empty() {
        text.push(' ');
        text.push_str(&t!("ui-rediscovery-not-found", missed = missed.join("; ")));
    }
    text
}

/// Takes a finished job's result, or drops it (with a note) when the project changed since it
/// started. Returns the result to use.
fn landed<T: Send + 'static>(slot: &mut Option<Job<T>>, version: u64, message: &mut Option<Message>) -> Option<T> {
    let job = slot.as_ref()?;
    let out = match job.poll() {
        Poll::Running => return None,
        Poll::Gone => None,
        Poll::Done(out) if job.version == version => Some(out),
        Poll::Done(_) => {
            *message = Some(Message { text: t!("ui-result-dropped", job = t!(job.label)), error: false });
            None
        }
    };
    *slot = None;
    out
}

/// Makes the presented project (what the room sees) from the project as it is now; a run
/// already under way gives way to it.
pub fn start_presenting(state: &mut AppState) {
    let Some(data) = shared(state) else { return };
    if let Some(job) = state.jobs.present.take() {
        job.cancel();
    }
    let anonymise = state.anonymise;
    state.jobs.present = Some(Job::spawn("job-presentation", state.project_version(), move |_| {
        super::presentation::PresentedProject::new(&data, anonymise)
    }));
}

/// The presented project, once made, with the project version it was made from.
pub fn poll_present(state: &mut AppState) -> Option<(u64, super::presentation::PresentedProject)> {
    finished(&mut state.jobs.present, &mut state.message, None)
}

/// A copy written by Save As, once it is, with the project version it was written from.
pub fn poll_save_as(state: &mut AppState) -> Option<(u64, super::jobs::SavedAs)> {
    finished(&mut state.jobs.save_as, &mut state.message, Some(&t!("ui-save-as-stopped-without-a-result")))
}

/// A project opened in the background, once it is (any project version: the user asked for it).
pub fn poll_open(state: &mut AppState) -> Option<super::jobs::Opened> {
    finished(&mut state.jobs.open, &mut state.message, Some(&t!("ui-opening-the-project-stopped-without-a")))
        .map(|(_, opened)| opened)
}

/// Takes a job that has ended out of its slot: its result with the version it started from, or
/// nothing (a job that ended without a result says `gone`, where given).
fn finished<T: Send + 'static>(
    slot: &mut Option<Job<T>>,
    message: &mut Option<Message>,
    gone: Option<&str>,
) -> Option<(u64, T)> {
    let job = slot.as_ref()?;
    let out = match job.poll() {
        Poll::Running => return None,
        Poll::Done(out) => Some((job.version, out)),
        Poll::Gone => {
            if let Some(text) = gone {
                *message = Some(Message { text: text.into(), error: true });
            }
            None
        }
    };
    *slot = None;
    out
}

/// Polls every job; what finished lands in the state.
pub fn poll(state: &mut AppState, ctx: &egui::Context) {
    let version = state.project_version();
    let mut new_candidates = false;
    let message = &mut state.message;
    if let Some(candidates) = landed(&mut state.jobs.matching, version, message) {
        *message = Some(Message { text: t!("ui-matching-found", count = candidates.len()), error: false });
        state.candidates = candidates;
        state.optimal = None;
        new_candidates = true;
    }
    if let Some(outcome) = landed(&mut state.jobs.optimise, version, message) {
        match outcome {
            Ok((shown, view)) => {
                let text = if view.gap > 0.0 {
                    t!("ui-best-allocation-found", count = view.arcs, gap = crate::i18n::ui_number(view.gap * 100.0, 1))
                } else {
                    t!("ui-optimal-allocation-count", count = view.arcs)
                };
                *message = Some(Message { text, error: false });
                state.layers.top_candidates = state.layers.top_candidates.max(shown.len());
                state.candidates = shown;
                state.optimal = Some(view);
                new_candidates = true;
            }
            Err(e) => {
                *message = Some(Message { text: t!("ui-optimisation-stopped", error = e.to_string()), error: true })
            }
        }
    }
    if new_candidates {
        state.keep_presentable_candidates();
    }
    let message = &mut state.message;
    if let Some(report) = landed(&mut state.jobs.scenarios, version, message) {
        match report {
            Ok(report) => state.scenarios = Some(report),
            Err(e) => *message = Some(Message { text: t!("ui-scenarios-stopped", error = e.to_string()), error: true }),
        }
    }
    if let Some(text) = landed(&mut state.jobs.rediscovery, version, message) {
        state.rediscovery = Some(text);
    }
    if let Some(explanation) = landed(&mut state.jobs.explain, version, message) {
        state.explanation = Some(explanation);
    }
    // An export wrote files from the data it started with: its result always counts.
    if let Some(job) = &state.jobs.export {
        match job.poll() {
            Poll::Running => {}
            Poll::Done(out) => {
                state.message = Some(match out {
                    Ok(text) => Message { text, error: false },
                    Err(e) => Message { text: t!("ui-export-failed", error = e.to_string()), error: true },
                });
                state.jobs.export = None;
            }
            Poll::Gone => {
                state.message = Some(Message { text: t!("ui-export-failed-it-stopped-without-a"), error: true });
                state.jobs.export = None;
            }
        }
    }
    if state.jobs.any() | state.poll_links() {
        ctx.request_repaint_after(std::time::Duration::from_millis(50));
    }
}
