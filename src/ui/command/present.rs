//! Commands of presentation mode: entering and leaving it, the presented project that lands
//! from the background, and the presenter view.

use crate::ui::App;
use crate::ui::presentation::PresentedProject;

impl App {
    /// Enters or leaves presentation mode. The presented project (confidential flows out, names
    /// anonymised if asked) is made in the background; the room sees it once it lands
    /// ([`Self::presented`]).
    pub fn set_presentation(&mut self, ctx: &egui::Context, on: bool) {
        let state = &mut self.state;
        if on {
            if state.project.is_some() {
                crate::ui::tasks::start_presenting(state);
            }
            return;
        }
        if let Some(job) = state.jobs.present.take() {
            job.cancel();
        }
        state.bump();
        state.presenting = None;
        state.presenter_view = false;
        crate::ui::presentation::desk_style(ctx, state.launch.dark);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// A presented project made in the background: shown, unless the project changed meanwhile
    /// (then it is made again from the project as it is now).
    pub(in crate::ui) fn presented(&mut self, ctx: &egui::Context, version: u64, presented: PresentedProject) {
        let state = &mut self.state;
        if version != state.project_version() {
            return crate::ui::tasks::start_presenting(state);
        }
        let entering = state.presenting.is_none();
        state.presenting = Some(presented);
        // What is shown changed (the map's scene, the charts' figures follow); jobs started at
        // the desk are not affected (they compare the project version).
        state.bump();
        // Candidates may come from confidential flows: not on the projector.
        state.keep_presentable_candidates();
        if entering && !state.presenter_view {
            crate::ui::presentation::projector_style(ctx);
            if state.launch.screenshot.is_none() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
        }
    }

    /// Opens or closes the presenter view: the projector window shows the presented project.
    pub fn set_presenter_view(&mut self, on: bool) {
        let state = &mut self.state;
        state.presenter_view = on;
        if on && state.project.is_some() {
            return crate::ui::tasks::start_presenting(state);
        }
        if let Some(job) = state.jobs.present.take() {
            job.cancel();
        }
        state.bump();
        state.presenting = None;
    }
}
