//! Background jobs: anything that can take longer than a frame (opening a project, matching,
//! optimising, scenario comparison, rediscovery, explanations, exports) runs on its own thread as one [`Job`], with
//! progress, cancel and the project version it started from. The UI thread only polls.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};

use super::state::OptimalView;
use crate::core::matching::{Breakdown, Candidate};

/// What a job's worker sees: whether to stop, and where to count its progress.
#[derive(Clone, Default)]
pub struct Progress {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

impl Progress {
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }

    pub fn done_counter(&self) -> &AtomicUsize {
        &self.done
    }

    /// How much work there is, once the worker knows (0: unknown, a spinner).
    pub fn set_total(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
    }
}

/// One background job producing a `T`.
pub struct Job<T> {
    pub label: &'static str,
    /// The project version (`AppState::data_version`) the job started from.
    pub version: u64,
    progress: Progress,
    result: Receiver<T>,
}

/// What polling a job found.
pub enum Poll<T> {
    Running,
    Done(T),
    /// The worker ended without a result (it panicked, or was cancelled).
    Gone,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread; `label` is the message key of its name (`job-matching`).
    pub fn spawn(label: &'static str, version: u64, work: impl FnOnce(&Progress) -> T + Send + 'static) -> Self {
        let progress = Progress::default();
        let (sender, result) = std::sync::mpsc::channel();
        let worker = progress.clone();
        let lang = crate::i18n::ui_language();
        std::thread::spawn(move || {
            crate::i18n::set_ui_language(lang);
            let out = work(&worker);
            if !worker.cancelled() {
                let _ = sender.send(out);
            }
        });
        Self { label, version, progress, result }
    }

    pub fn poll(&self) -> Poll<T> {
        match self.result.try_recv() {
            Ok(out) if !self.progress.cancelled() => Poll::Done(out),
            Ok(_) => Poll::Gone,
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Gone,
        }
    }

    /// Asks the worker to stop; its result, if any, is dropped.
    pub fn cancel(&self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
    }

    /// Work done so far, of [`Self::total`].
    pub fn done(&self) -> usize {
        self.progress.done.load(Ordering::Relaxed)
    }

    /// Units of work in all, as the worker set it (0: not known yet).
    pub fn total(&self) -> usize {
        self.progress.total.load(Ordering::Relaxed)
    }
}

/// Blocks until a job is done (tests, `--screenshot`).
pub fn wait<T: Send + 'static>(job: &Job<T>, limit: std::time::Duration) -> Option<T> {
    let started = std::time::Instant::now();
    while started.elapsed() < limit {
        match job.poll() {
            Poll::Done(out) => return Some(out),
            Poll::Gone => return None,
            Poll::Running => std::thread::sleep(std::time::Duration::from_millis(5)),
        }
    }
    None
}

/// An optimisation's outcome: the allocated candidates and their totals.
pub type Optimised = Result<(Vec<Candidate>, OptimalView), String>;

/// The jobs the app can run, at most one of each kind.
#[derive(Default)]
pub struct Jobs {
    pub matching: Option<Job<Vec<Candidate>>>,
    pub optimise: Option<Job<Optimised>>,
    pub scenarios: Option<Job<Result<crate::core::scenarios::Report, String>>>,
    pub rediscovery: Option<Job<String>>,
    pub explain: Option<Job<Result<Breakdown, String>>>,
    pub export: Option<Job<Result<String, String>>>,
    /// Opening a project (read, checked, indexed for the map): the open one stays until it lands.
    pub open: Option<Job<Opened>>,
    /// Save As: the copy being written, then edited.
    pub save_as: Option<Job<SavedAs>>,
    /// The presented project being made (presentation, presenter view).
    pub present: Option<Job<super::presentation::PresentedProject>>,
}

/// A copy written by Save As: the file it copied, its own path, and the copy opened for editing.
pub type SavedAs = (std::path::PathBuf, std::path::PathBuf, Result<crate::core::ProjectFile, String>);

/// A project opened in the background: the path asked for, and the project with the status note.
pub type Opened = (std::path::PathBuf, Result<(super::state::OpenProject, String), String>);

impl Jobs {
    /// Whether any job is running (the UI keeps repainting to poll them).
    pub fn any(&self) -> bool {
        self.matching.is_some()
            || self.optimise.is_some()
            || self.scenarios.is_some()
            || self.rediscovery.is_some()
            || self.explain.is_some()
            || self.export.is_some()
            || self.open.is_some()
            || self.present.is_some()
            || self.save_as.is_some()
    }

    /// Cancels every job (another project was opened).
    pub fn cancel_all(&mut self) {
        if let Some(j) = self.matching.take() {
            j.cancel();
        }
        if let Some(j) = self.optimise.take() {
            j.cancel();
        }
        if let Some(j) = self.scenarios.take() {
            j.cancel();
        }
        if let Some(j) = self.rediscovery.take() {
            j.cancel();
        }
        if let Some(j) = self.explain.take() {
            j.cancel();
        }
        // An export writes files the user asked for: it finishes, its result is reported; a
        // project being opened lands as the next one.
    }
}
