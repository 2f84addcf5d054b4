//! The app's words for the project's enumerations (status, stage, direction, ...), in its
//! current language: the message `<prefix>-<value>` (`stage-feasibility`, `direction-supply`).

use std::fmt::Display;

use crate::t;

fn word(prefix: &str, value: impl Display) -> String {
    t!(&format!("{prefix}-{value}"))
}

pub fn status(s: crate::core::model::ExchangeStatus) -> String {
    word("status", s)
}

pub fn stage(s: crate::core::workbench::Stage) -> String {
    word("stage", s)
}

pub fn reason(r: crate::core::workbench::DropReason) -> String {
    word("reason", r)
}

pub fn direction(d: crate::core::model::Direction) -> String {
    word("direction", d)
}

pub fn role(r: crate::core::model::FlowRole) -> String {
    word("role", r)
}

pub fn kind(k: crate::core::model::MaterialKind) -> String {
    word("kind", k)
}

pub fn transport(m: crate::core::model::TransportMode) -> String {
    word("transport", m)
}

#[cfg(test)]
mod tests {
    /// Every value of every enumeration the app names has its message (no key shown raw).
    #[test]
    fn every_value_has_a_word() {
        let values: &[(&str, &[&str])] = &[
            ("status", &["candidate", "proposed", "agreed", "realised", "rejected", "ended"]),
            (
                "stage",
                &["identified", "contacted", "met", "feasibility", "agreed", "implemented", "completed", "dropped"],
            ),
            ("reason", &["technical", "economic", "regulatory", "quality", "no_interest", "other"]),
            ("direction", &["supply", "demand"]),
            ("role", &["residue", "product"]),
            ("kind", &["material", "energy", "water"]), // in app.ftl, shared with the report
            ("transport", &["road", "articulated", "rail", "ship", "pipeline", "grid"]),
        ];
        for (prefix, names) in values {
            for name in *names {
                assert!(crate::i18n::has_message(&format!("{prefix}-{name}")), "no message {prefix}-{name}");
            }
        }
        // The names are the enumerations' own spellings.
        assert_eq!(crate::core::workbench::DropReason::NoInterest.to_string(), "no_interest");
        assert_eq!(crate::core::model::TransportMode::Articulated.to_string(), "articulated");
    }
}
