//! The facilitator's workbench: what becomes of a synergy after it is found. Each exchange moves
//! through dated stages (from the first lead to the completed deal, or dropped with a reason),
//! outcomes are reported per year beside the modelled figures (never mixed with them), firms
//! have contact persons (personal data), and workshops record where leads came from.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use std::collections::{BTreeMap, HashMap};

use super::model::{
    Direction, Exchange, ExchangeId, ExchangeStatus, FirmId, Flow, FlowId, MaterialId, ProjectData, text_enum,
};

text_enum!(
    /// Where a synergy stands, from the first lead to the completed deal.
    Stage, "stage" {
        Identified => "identified",
        Contacted => "contacted",
        Met => "met",
        Feasibility => "feasibility",
        Agreed => "agreed",
        Implemented => "implemented",
        Completed => "completed",
        Dropped => "dropped",
    }
);

text_enum!(
    /// Why a synergy was dropped.
    DropReason, "drop reason" {
        Technical => "technical",
        Economic => "economic",
        Regulatory => "regulatory",
        Quality => "quality",
        NoInterest => "no_interest" | "no interest" | "no-interest",
        Other => "other",
    }
);

impl Stage {
    /// The exchange status a stage sets (the latest stage wins): identified to feasibility are
    /// `proposed`, agreed `agreed`, implemented and completed `realised`, dropped `rejected`.
    pub fn status(self) -> ExchangeStatus {
        match self {
            Stage::Identified | Stage::Contacted | Stage::Met | Stage::Feasibility => ExchangeStatus::Proposed,
            Stage::Agreed => ExchangeStatus::Agreed,
            Stage::Implemented | Stage::Completed => ExchangeStatus::Realised,
            Stage::Dropped => ExchangeStatus::Rejected,
        }
    }

    /// Whether a synergy at this stage is still open (has a next action to take).
    pub fn is_open(self) -> bool {
        !matches!(self, Stage::Completed | Stage::Dropped)
    }

    /// The stage the old status of an exchange corresponds to (files from before stages).
    pub fn of_status(status: ExchangeStatus) -> Option<Stage> {
        match status {
            ExchangeStatus::Candidate | ExchangeStatus::Proposed => Some(Stage::Identified),
            ExchangeStatus::Agreed => Some(Stage::Agreed),
            ExchangeStatus::Realised => Some(Stage::Implemented),
            ExchangeStatus::Rejected => Some(Stage::Dropped),
            ExchangeStatus::Ended => None,
        }
    }
}

/// One stage change of a synergy: when, by whom, why, and what is to be done next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    pub exchange: ExchangeId,
    pub stage: Stage,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub by: String,
    pub note: String,
    /// Dropped only: why.
    #[serde(default)]
    pub reason: Option<DropReason>,
    pub next_action: String,
    /// `YYYY-MM-DD`, where the next action has a due date.
    pub next_action_due: Option<String>,
    /// Who is to take the next action (a facilitator's name or initials).
    #[serde(default)]
    pub next_action_owner: String,
}

/// What an exchange achieved in one year, as reported (beside the modelled figures, never
/// mixed with them). Every figure is optional: a programme reports what it can evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub exchange: ExchangeId,
    pub year: i32,
    pub landfill_diversion_t: Option<f64>,
    pub co2_t: Option<f64>,
    pub cost_savings: Option<f64>,
    pub additional_sales: Option<f64>,
    pub jobs_created: Option<f64>,
    pub jobs_safeguarded: Option<f64>,
    pub private_investment: Option<f64>,
    pub water_saved_m3: Option<f64>,
    pub virgin_material_saved_t: Option<f64>,
    /// A text or a document path.
    pub evidence: String,
    pub verified: bool,
}

/// The figures of an outcome by their `outcomes.csv` column, in order.
pub const OUTCOME_FIGURES: &[&str] = &[
    "landfill_diversion_t",
    "co2_t",
    "cost_savings",
    "additional_sales",
    "jobs_created",
    "jobs_safeguarded",
    "private_investment",
    "water_saved_m3",
    "virgin_material_saved_t",
];

impl Outcome {
    /// An outcome of `exchange` in `year` with nothing reported yet.
    pub fn new(exchange: ExchangeId, year: i32) -> Self {
        Outcome {
            exchange,
            year,
            landfill_diversion_t: None,
            co2_t: None,
            cost_savings: None,
            additional_sales: None,
            jobs_created: None,
            jobs_safeguarded: None,
            private_investment: None,
            water_saved_m3: None,
            virgin_material_saved_t: None,
            evidence: String::new(),
            verified: false,
        }
    }

    /// The figures in the order of [`OUTCOME_FIGURES`].
    pub fn figures(&self) -> [Option<f64>; 9] {
        [
            self.landfill_diversion_t,
            self.co2_t,
            self.cost_savings,
            self.additional_sales,
            self.jobs_created,
            self.jobs_safeguarded,
            self.private_investment,
            self.water_saved_m3,
            self.virgin_material_saved_t,
        ]
    }

    /// Sets the figure of column `name` (one of [`OUTCOME_FIGURES`]).
    pub fn set_figure(&mut self, name: &str, value: Option<f64>) {
        let slot = match name {
            "landfill_diversion_t" => &mut self.landfill_diversion_t,
            "co2_t" => &mut self.co2_t,
            "cost_savings" => &mut self.cost_savings,
            "additional_sales" => &mut self.additional_sales,
            "jobs_created" => &mut self.jobs_created,
            "jobs_safeguarded" => &mut self.jobs_safeguarded,
            "private_investment" => &mut self.private_investment,
            "water_saved_m3" => &mut self.water_saved_m3,
            "virgin_material_saved_t" => &mut self.virgin_material_saved_t,
            _ => return,
        };
        *slot = value;
    }
}

/// A contact person at a firm. Personal data: never shown in presentation mode, exports, the
/// report or the map image unless explicitly included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// The row of the person in the file (0 until stored): what an edit or "Remove this
    /// person" names.
    #[serde(default)]
    pub id: i64,
    pub firm: FirmId,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    /// The language the person prefers (a code of [`super::lang::LANGUAGES`]), where known.
    pub language: String,
    /// When and on what basis the person agreed to be kept here (`YYYY-MM-DD`).
    pub consent_date: Option<String>,
    pub consent_basis: String,
    /// The workshops the person attended (their ids).
    #[serde(default)]
    pub workshops: Vec<String>,
}

/// A workshop (round table) where leads were found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub venue: String,
    pub facilitator: String,
    pub programme: String,
    pub notes: String,
    /// The firms that took part.
    #[serde(default)]
    pub attendees: Vec<FirmId>,
}

/// Whether `text` is a calendar date written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() && text.len() == 10
}

/// The latest stage change of each exchange that has any (by date, then by the order given).
pub fn latest_stages(changes: &[StageChange]) -> HashMap<ExchangeId, &StageChange> {
    let mut latest: HashMap<ExchangeId, &StageChange> = HashMap::new();
    for change in changes {
        match latest.get(&change.exchange) {
            Some(seen) if seen.date > change.date => {}
            _ => {
                latest.insert(change.exchange, change);
            }
        }
    }
    latest
}

/// A next action to take: the open synergy it belongs to, what, and by when.
#[derive(Clone, Debug, PartialEq)]
pub struct Action<'a> {
    pub exchange: ExchangeId,
    pub action: &'a str,
    pub due: Option<&'a str>,
    /// Who is to take it (may be empty).
    pub owner: &'a str,
    /// Due before `today`.
    pub overdue: bool,
}

/// "My actions": the next action of every open synergy (its latest stage not completed or
/// dropped), those due first (earliest first), then those without a due date.
pub fn open_actions<'a>(changes: &'a [StageChange], today: &str) -> Vec<Action<'a>> {
    let mut actions: Vec<Action> = latest_stages(changes)
        .into_values()
        .filter(|c| c.stage.is_open() && !c.next_action.is_empty())
        .map(|c| Action {
            exchange: c.exchange,
            action: &c.next_action,
            due: c.next_action_due.as_deref(),
            owner: &c.next_action_owner,
            overdue: c.next_action_due.as_deref().is_some_and(|d| d < today),
        })
        .collect();
    actions.sort_by(|a, b| (a.due.is_none(), a.due, a.exchange).cmp(&(b.due.is_none(), b.due, b.exchange)));
    actions
}

/// Where each exchange came from: the workshops at which its firms' flows were entered, indexed
/// once by firm (a lookup costs the firm's own flows, not the project's).
pub struct Origins<'a> {
    by_firm: HashMap<(&'a FirmId, Direction), Vec<&'a Flow>>,
    /// Supply material -> the demand materials a substitution rule lets it meet.
    substitutes: HashMap<&'a MaterialId, Vec<&'a MaterialId>>,
}

impl<'a> Origins<'a> {
    pub fn new(data: &'a ProjectData) -> Self {
        let mut by_firm: HashMap<(&FirmId, Direction), Vec<&Flow>> = HashMap::new();
        for flow in data.flows.iter().filter(|f| !f.workshop_id.is_empty()) {
            by_firm.entry((&flow.firm, flow.direction)).or_default().push(flow);
        }
        let mut substitutes: HashMap<&MaterialId, Vec<&MaterialId>> = HashMap::new();
        for rule in &data.rules {
            substitutes.entry(&rule.supply).or_default().push(&rule.demand);
        }
        Origins { by_firm, substitutes }
    }

    /// The workshop a synergy came from: that of the sender's supply flow of its material, else
    /// that of the receiver's demand flow of that material or of one it substitutes. A workshop
    /// entry of another material at either firm does not count: one firm's have or want does not
    /// make all its exchanges the workshop's.
    pub fn workshop_of(&self, ex: &Exchange) -> Option<&'a str> {
        let supply = self
            .by_firm
            .get(&(&ex.from, Direction::Supply))
            .and_then(|flows| flows.iter().find(|f| f.material == ex.material));
        let demand = || {
            let met = self.substitutes.get(&ex.material);
            self.by_firm
                .get(&(&ex.to, Direction::Demand))?
                .iter()
                .find(|f| f.material == ex.material || met.is_some_and(|m| m.contains(&&f.material)))
        };
        supply.or_else(demand).map(|f| f.workshop_id.as_str())
    }
}

/// What a workshop produced: the flows entered there, the synergies that came from it, and how
/// many of those reached each stage since (stage changes dated on or after the workshop).
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopSummary {
    pub flows: Vec<FlowId>,
    pub leads: Vec<ExchangeId>,
    /// Per stage of the pipeline (dropped last): how many leads reached it since the workshop.
    pub reached: Vec<(Stage, usize)>,
}

pub fn workshop_summary(data: &ProjectData, workshop: &Workshop) -> WorkshopSummary {
    let flows = data.flows.iter().filter(|f| f.workshop_id == workshop.id).map(|f| f.id).collect();
    let origins = Origins::new(data);
    let leads: Vec<ExchangeId> =
        data.exchanges.iter().filter(|e| origins.workshop_of(e) == Some(workshop.id.as_str())).map(|e| e.id).collect();
    let lead_set: std::collections::HashSet<ExchangeId> = leads.iter().copied().collect();
    let mut reached: BTreeMap<Stage, std::collections::HashSet<ExchangeId>> = BTreeMap::new();
    for change in data.stages.iter().filter(|c| lead_set.contains(&c.exchange) && c.date >= workshop.date) {
        reached.entry(change.stage).or_default().insert(change.exchange);
    }
    let reached = Stage::ALL.iter().map(|s| (*s, reached.get(s).map_or(0, |set| set.len()))).collect();
    WorkshopSummary { flows, leads, reached }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: i64, stage: Stage, date: &str, action: &str, due: Option<&str>) -> StageChange {
        StageChange {
            exchange: ExchangeId(id),
            stage,
            date: date.into(),
            by: String::new(),
            note: String::new(),
            reason: None,
            next_action: action.into(),
            next_action_due: due.map(str::to_string),
            next_action_owner: String::new(),
        }
    }

    #[test]
    fn the_latest_stage_sets_the_status_as_the_issue_maps_them() {
        let status = |s: &str| s.parse::<Stage>().unwrap().status().as_str();
        assert_eq!(status("identified"), "proposed");
        assert_eq!(status("Feasibility"), "proposed");
        assert_eq!(status("agreed"), "agreed");
        assert_eq!(status("implemented"), "realised");
        assert_eq!(status("completed"), "realised");
        assert_eq!(status("dropped"), "rejected");
        assert_eq!("no interest".parse::<DropReason>(), Ok(DropReason::NoInterest));
        let err = "signed".parse::<Stage>().unwrap_err();
        assert_eq!("Dropped".parse::<Stage>(), Ok(Stage::Dropped));
        assert!(err.contains("unknown stage 'signed'") && err.contains("identified, contacted, met"), "{err}");
    }

    #[test]
    fn my_actions_are_the_open_synergies_next_steps_due_first_and_overdue_marked() {
        let changes = vec![
            change(1, Stage::Identified, "2021-01-01", "call them", Some("2021-01-10")),
            change(1, Stage::Met, "2021-02-01", "send the offer", Some("2021-03-01")),
            change(2, Stage::Contacted, "2021-01-05", "visit", Some("2021-01-20")),
            change(3, Stage::Feasibility, "2021-01-05", "ask the lab", None),
            change(4, Stage::Completed, "2021-01-05", "celebrate", Some("2021-01-01")),
        ];
        let actions = open_actions(&changes, "2021-02-15");
        let summary: Vec<(i64, &str, bool)> = actions.iter().map(|a| (a.exchange.0, a.action, a.overdue)).collect();
        // Only the latest stage's action counts; a completed synergy has none; undated last.
        assert_eq!(summary, [(2, "visit", true), (1, "send the offer", false), (3, "ask the lab", false)]);
    }

    #[test]
    fn dates_are_calendar_dates() {
        assert!(is_date("2021-06-14"));
        assert!(!is_date("2021-02-30"));
        assert!(!is_date("14.06.2021"));
        assert!(!is_date("2021-6-14"));
    }

    #[test]
    fn the_latest_change_is_the_latest_date_then_the_last_given() {
        let change = |id: i64, stage: Stage, date: &str| change(id, stage, date, "", None);
        let changes = vec![
            change(1, Stage::Met, "2021-03-01"),
            change(1, Stage::Identified, "2021-01-01"),
            change(1, Stage::Agreed, "2021-03-01"),
            change(2, Stage::Dropped, "2020-01-01"),
        ];
        let latest = latest_stages(&changes);
        assert_eq!(latest[&ExchangeId(1)].stage, Stage::Agreed);
        assert_eq!(latest[&ExchangeId(2)].stage, Stage::Dropped);
    }
}
