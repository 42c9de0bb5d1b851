//! Commands: the only way to change a running world from outside.
//!
//! A command names elements by their scenario ids, exactly as a staff member would, so that a
//! decision log stays readable and survives edits to unrelated parts of a scenario. The engine
//! resolves the ids when it applies a command and rejects (and logs) what does not fit.

use serde::{Deserialize, Serialize};

/// A staff decision: start an action on a target, taken by a function, for a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub function: String,
    #[serde(default)]
    pub reason: String,
    /// For a recovery-order decision: services or systems by id, first first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
}

/// What exercise control does to the script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Control {
    /// Release an inject now, whatever its trigger says.
    Release(String),
    /// Keep an inject back until released.
    Hold(String),
    /// Never release an inject.
    Skip(String),
    /// Write and release an inject that is not in the script (ad-hoc Einlage).
    AdHoc(AdHocInject),
}

/// An inject exercise control writes during the exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdHocInject {
    /// Unique within the exercise, e.g. `adhoc-1`.
    pub id: String,
    pub title: String,
    /// Who it comes from, as free text (a simulated caller need not be in the scenario).
    pub sender: String,
    /// The staff function (role id) that receives it.
    pub receiver: String,
    pub channel: crate::scenario::model::Channel,
    pub priority: crate::scenario::model::Priority,
    pub content: String,
}

/// Anything that changes the world.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    Decide(Decision),
    Control(Control),
    /// Let exercise time run for this many ticks.
    Advance(u32),
    /// Let exercise time run for this many minutes without reaching the end of the current
    /// tick: injects, decisions and actions happen at their minute, the world's next step
    /// waits for the tick.
    Wait(u32),
}

/// A command with the tick at which the engine applied it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logged {
    pub tick: u64,
    /// The exercise minute (since the scenario's start) at which it applies, inside its tick;
    /// none: at the start of the tick.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute: Option<crate::scenario::model::Minutes>,
    pub command: Command,
}

/// A decision log file: `DecisionLog(scenario: "...", commands: [(tick: 3, command: decide(...)), ...])`.
///
/// Advances are implied by the ticks and may be left out; the exercise file stores the same list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "DecisionLog")]
pub struct DecisionLog {
    pub scenario: String,
    pub commands: Vec<Logged>,
}

impl DecisionLog {
    /// Reads a decision log; errors carry the parser's 1-based line and column.
    pub fn parse(text: &str) -> Result<DecisionLog, crate::ron_io::ParseError> {
        crate::ron_io::from_str(text)
    }

    /// The log as RON text.
    pub fn to_ron(&self) -> String {
        crate::ron_io::to_pretty(self)
    }
}

/// Why a command was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    UnknownAction(String),
    UnknownTarget(String),
    TargetRequired,
    NoTarget,
    NotATarget(String),
    UnknownFunction(String),
    UnknownInject(String),
    /// An ad-hoc inject reuses an id.
    DuplicateInject(String),
    /// A prerequisite of the action can never hold again; the index is into `requires`.
    Prerequisite(usize),
    /// A recovery-order decision without a list.
    OrderRequired,
    ScenarioOver,
    /// A wait that would reach the end of the current tick (advance the tick instead).
    CrossesTick,
}
