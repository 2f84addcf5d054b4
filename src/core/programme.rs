//! The programme report's figures: what a programme's synergies turned into, stage by stage,
//! with the outcomes reported for them (and how much of that is verified) beside the figures
//! the model gives the same exchanges.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::ProjectData;
use super::workbench::{DropReason, OUTCOME_FIGURES, Stage, StageChange};

/// Which synergies a report covers: a programme and a window of stage-change dates (all where
/// not given).
#[derive(Clone, Debug, Default)]
pub struct Selection {
    pub programme: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One row of a breakdown (per workshop, per facilitator): synergies and how many completed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Group {
    pub synergies: usize,
    pub in_progress: usize,
    pub completed: usize,
    pub dropped: usize,
}

/// A reported figure summed over the synergies and reported years, and the verified part of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reported {
    pub figure: &'static str,
    pub total: f64,
    pub verified: f64,
    /// How many synergies reported the figure (0: not reported, which is not a zero).
    pub synergies: usize,
}

/// Two consecutive stages and how many synergies reached each.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conversion {
    pub from: Stage,
    pub to: Stage,
    pub reached_from: usize,
    pub reached_to: usize,
    /// `reached_to / reached_from`; None where no synergy reached `from`.
    pub rate: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeReport {
    pub programme: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub synergies: usize,
    /// Of them, those with no stage change recorded: counted at the stage their status stands
    /// for, as having passed every stage before it (which is what lifts early conversion rates).
    pub without_history: usize,
    /// Synergies by their stage at the end of the window, in pipeline order.
    pub by_stage: Vec<(Stage, usize)>,
    /// Dropped synergies by the reason their drop gives (None: it gives none).
    pub dropped_by_reason: BTreeMap<Option<DropReason>, usize>,
    pub conversions: Vec<Conversion>,
    pub reported: Vec<Reported>,
    /// The model's figures for the same exchanges (running ones, in the project's year).
    pub modelled_co2_t: f64,
    pub modelled_net_benefit: f64,
    /// Like for like: the model's CO2 (t/yr) of just the synergies that reported a CO2 figure.
    pub modelled_co2_t_of_reporting: f64,
    pub currency: String,
    pub year: i32,
    /// By the workshop a synergy came from (None: from none).
    pub by_workshop: BTreeMap<Option<String>, Group>,
    /// By the facilitator who first moved it (None: not known).
    pub by_facilitator: BTreeMap<Option<String>, Group>,
}

/// The CSV's word for the reason of a dropped synergy whose drop gives none.
pub const REASON_NOT_GIVEN: &str = "not given";
/// The CSV's word for the group of the synergies that came from no workshop.
pub const NO_WORKSHOP: &str = "(none)";
/// The CSV's word for the group of the synergies whose facilitator is not known.
pub const NO_FACILITATOR: &str = "(not given)";

/// The stages a synergy passes on its way, in order (dropped stands apart).
const PIPELINE: [Stage; 7] = [
    Stage::Identified,
    Stage::Contacted,
    Stage::Met,
    Stage::Feasibility,
    Stage::Agreed,
    Stage::Implemented,
    Stage::Completed,
];

fn rank(stage: Stage) -> Option<usize> {
    PIPELINE.iter().position(|s| *s == stage)
}

fn within(date: &str, selection: &Selection) -> bool {
    selection.from.as_deref().is_none_or(|f| f <= date) && selection.to.as_deref().is_none_or(|t| date <= t)
}

pub fn report(data: &ProjectData, selection: &Selection) -> ProgrammeReport {
    let year = data.meta.year();
    let (rows, _) = super::scenarios::exchange_rows(data, Some(year));
    let row_of: std::collections::HashMap<_, _> = rows.iter().map(|r| (r.exchange_id, r)).collect();
    let mut changes: BTreeMap<i64, Vec<&StageChange>> = BTreeMap::new();
    for change in data.stages.iter().filter(|c| within(&c.date, selection)) {
        changes.entry(change.exchange.0).or_default().push(change);
    }
    let dated = selection.from.is_some() || selection.to.is_some();
    let mut by_stage: BTreeMap<Stage, usize> = BTreeMap::new();
    let mut dropped_by_reason = BTreeMap::new();
    let mut reached = [0usize; 7];
    let mut by_workshop: BTreeMap<Option<String>, Group> = BTreeMap::new();
    let mut by_facilitator: BTreeMap<Option<String>, Group> = BTreeMap::new();
    let mut synergies = Vec::new();
    let mut without_history = 0;
    let origins = super::workbench::Origins::new(data);
    for ex in &data.exchanges {
        if selection.programme.as_deref().is_some_and(|p| ex.programme != p) {
            continue;
        }
        let history = changes.get(&ex.id.0).cloned().unwrap_or_default();
        // Without a stage change in the window, an exchange counts (undated reports only) at the
        // stage its status stands for.
        let current = match history.iter().max_by(|a, b| a.date.cmp(&b.date)) {
            Some(latest) => latest.stage,
            None if !dated => match Stage::of_status(ex.status) {
                Some(stage) => stage,
                None => continue,
            },
            None => continue,
        };
        synergies.push(ex);
        without_history += usize::from(history.is_empty());
        *by_stage.entry(current).or_default() += 1;
        if current == Stage::Dropped {
            let reason = history.iter().rev().find(|c| c.stage == Stage::Dropped).and_then(|c| c.reason);
            *dropped_by_reason.entry(reason).or_default() += 1;
        }
        // The furthest pipeline stage it reached (a dropped synergy keeps how far it got).
        let furthest = history.iter().filter_map(|c| rank(c.stage)).chain(rank(current)).max();
        if let Some(k) = furthest {
            for slot in reached.iter_mut().take(k + 1) {
                *slot += 1;
            }
        }
        let group = |g: &mut Group| {
            g.synergies += 1;
            match current {
                Stage::Completed | Stage::Implemented => g.completed += 1,
                Stage::Dropped => g.dropped += 1,
                _ => g.in_progress += 1,
            }
        };
        let workshop = origins.workshop_of(ex).map(str::to_string);
        group(by_workshop.entry(workshop.clone()).or_default());
        let facilitator = history
            .iter()
            .min_by(|a, b| a.date.cmp(&b.date))
            .map(|c| c.by.clone())
            .filter(|b| !b.is_empty())
            .or_else(|| {
                let workshop = workshop.as_deref()?;
                data.workshops.iter().find(|w| w.id == workshop).map(|w| w.facilitator.clone())
            })
            .filter(|f| !f.is_empty());
        group(by_facilitator.entry(facilitator).or_default());
    }
    let ids: std::collections::HashSet<i64> = synergies.iter().map(|e| e.id.0).collect();
    let reported = OUTCOME_FIGURES
        .iter()
        .enumerate()
        .map(|(i, figure)| {
            let mut r = Reported { figure, total: 0.0, verified: 0.0, synergies: 0 };
            let mut reporting = std::collections::HashSet::new();
            for o in data.outcomes.iter().filter(|o| ids.contains(&o.exchange.0)) {
                let in_window = selection.from.as_deref().is_none_or(|f| o.year >= year_of(f))
                    && selection.to.as_deref().is_none_or(|t| o.year <= year_of(t));
                if let (Some(v), true) = (o.figures()[i], in_window) {
                    r.total += v;
                    if o.verified {
                        r.verified += v;
                    }
                    reporting.insert(o.exchange);
                }
            }
            r.synergies = reporting.len();
            (r, reporting)
        })
        .collect::<Vec<_>>();
    let co2_reporting =
        reported.iter().find(|(r, _)| r.figure == "co2_t").map(|(_, set)| set.clone()).unwrap_or_default();
    let reported = reported.into_iter().map(|(r, _)| r).collect();
    let running: Vec<_> =
        synergies.iter().filter_map(|e| row_of.get(&e.id).map(|r| (e.id, r))).filter(|(_, r)| r.in_existing).collect();
    let (modelled_co2_t, modelled_net_benefit) =
        running.iter().fold((0.0, 0.0), |(c, b), (_, r)| (c + r.co2_avoided_t, b + r.net_benefit));
    let modelled_co2_t_of_reporting =
        running.iter().filter(|(id, _)| co2_reporting.contains(id)).map(|(_, r)| r.co2_avoided_t).sum();
    let conversions = PIPELINE
        .windows(2)
        .enumerate()
        .map(|(k, pair)| Conversion {
            from: pair[0],
            to: pair[1],
            reached_from: reached[k],
            reached_to: reached[k + 1],
            rate: (reached[k] > 0).then(|| reached[k + 1] as f64 / reached[k] as f64),
        })
        .collect();
    let mut stages: Vec<(Stage, usize)> =
        PIPELINE.iter().map(|s| (*s, by_stage.get(s).copied().unwrap_or(0))).collect();
    stages.push((Stage::Dropped, by_stage.get(&Stage::Dropped).copied().unwrap_or(0)));
    ProgrammeReport {
        programme: selection.programme.clone(),
        from: selection.from.clone(),
        to: selection.to.clone(),
        synergies: synergies.len(),
        without_history,
        by_stage: stages,
        dropped_by_reason,
        conversions,
        reported,
        modelled_co2_t,
        modelled_net_benefit,
        modelled_co2_t_of_reporting,
        currency: data.meta.currency.clone(),
        year,
        by_workshop,
        by_facilitator,
    }
}

/// The year of a `YYYY-MM-DD` date.
fn year_of(date: &str) -> i32 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

impl ProgrammeReport {
    /// The report as CSV rows `section,item,value,verified` (numbers at full precision).
    pub fn csv_rows(&self) -> Vec<[String; 4]> {
        let n = |v: f64| super::numbers::format_number(v);
        let mut rows = vec![
            ["synergies".into(), "all".into(), self.synergies.to_string(), String::new()],
            ["synergies".into(), "without_stage_history".into(), self.without_history.to_string(), String::new()],
        ];
        for (stage, count) in &self.by_stage {
            rows.push(["stage".into(), stage.to_string(), count.to_string(), String::new()]);
        }
        for (reason, count) in &self.dropped_by_reason {
            let reason = reason.map_or(REASON_NOT_GIVEN, |r| r.as_str());
            rows.push(["dropped_reason".into(), reason.into(), count.to_string(), String::new()]);
        }
        for c in &self.conversions {
            rows.push([
                "conversion".into(),
                format!("{} -> {}", c.from, c.to),
                c.rate.map_or(String::new(), n),
                String::new(),
            ]);
        }
        for r in &self.reported {
            // A figure no synergy reported is empty, as in outcomes.csv: not reported is no zero.
            let (value, verified) =
                if r.synergies == 0 { (String::new(), String::new()) } else { (n(r.total), n(r.verified)) };
            rows.push(["reported".into(), r.figure.to_string(), value, verified]);
        }
        rows.push(["modelled".into(), "co2_t".into(), n(self.modelled_co2_t), String::new()]);
        rows.push([
            "modelled".into(),
            "co2_t_of_reporting_synergies".into(),
            n(self.modelled_co2_t_of_reporting),
            String::new(),
        ]);
        rows.push([
            "modelled".into(),
            format!("net_benefit_{}", self.currency),
            n(self.modelled_net_benefit),
            String::new(),
        ]);
        for (section, groups, none) in
            [("workshop", &self.by_workshop, NO_WORKSHOP), ("facilitator", &self.by_facilitator, NO_FACILITATOR)]
        {
            for (name, g) in groups {
                let name = name.as_deref().unwrap_or(none);
                rows.push([section.into(), format!("{name}: synergies"), g.synergies.to_string(), String::new()]);
                rows.push([section.into(), format!("{name}: completed"), g.completed.to_string(), String::new()]);
            }
        }
        rows
    }
}
