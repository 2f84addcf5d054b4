//! A debug-build check that slow work stays off the desktop app's UI thread. The app marks the
//! time its panes draw ([`ui_frame`]); the core's whole-project operations (building a matcher,
//! comparing scenarios, reading CSV files, exports) call [`heavy`], which fails a debug build
//! (and so every UI test) when it runs inside a frame. Release builds check nothing.

use std::cell::Cell;

thread_local! {
    static IN_UI_FRAME: Cell<bool> = const { Cell::new(false) };
}

/// Puts the flag back as it was, also when the frame panics.
struct Restore(bool);

impl Drop for Restore {
    fn drop(&mut self) {
        IN_UI_FRAME.with(|c| c.set(self.0));
    }
}

fn with_flag<T>(on: bool, f: impl FnOnce() -> T) -> T {
    let _restore = Restore(IN_UI_FRAME.with(|c| c.replace(on)));
    f()
}

/// Runs `f` as the UI's frame: heavy work inside it is a bug (debug builds panic).
pub fn ui_frame<T>(f: impl FnOnce() -> T) -> T {
    with_flag(true, f)
}

/// Runs `f` inside a frame although it is heavy work: a known exception, named by `why` so
/// that a search finds every one.
pub fn allowed<T>(why: &'static str, f: impl FnOnce() -> T) -> T {
    let _ = why;
    with_flag(false, f)
}

/// Marks whole-project work; in a debug build it must not run while the UI draws a frame.
#[track_caller]
pub fn heavy(what: &str) {
    if cfg!(debug_assertions) && IN_UI_FRAME.with(Cell::get) {
        panic!("{what} ran on the UI thread during a frame: start it as a background job (ui::jobs)");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heavy_work_inside_a_frame_is_caught_in_debug_builds() {
        heavy("outside a frame is fine");
        allowed("a test", || ui_frame(|| allowed("a named exception", || heavy("work"))));
        if cfg!(debug_assertions) {
            let caught = std::panic::catch_unwind(|| ui_frame(|| heavy("a matcher")));
            assert!(caught.is_err(), "heavy work in a frame panics");
        }
        // The flag is back to what it was, also after a panic inside the frame.
        heavy("after the frame");
    }
}
