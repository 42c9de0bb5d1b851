//! The Auswertungsbericht (after-action report) of an exercise file, and the page-numbered
//! Einsatztagebuch for signature.
//!
//! The exercise is re-simulated from its file (every recorded state hash checked), the scenario's
//! Realverlauf is run on the same seed for the same span as the comparison, and the content is
//! written once as a [`doc::Document`] that renders to one self-contained HTML page or Markdown.
//! A file another engine version wrote cannot be re-simulated; [`archive_html`] and
//! [`archive_markdown`] report what it records (logbook, decisions, ratings) and say so first.

mod archive;
mod charts;
pub mod counterfactual;
mod course;
pub mod doc;
pub mod findings;
mod logbook;
pub mod measures;
mod sections;

use std::path::Path;
use std::sync::Arc;

pub use counterfactual::{Effect, Settings as CounterfactualSettings, total_runs};
pub use logbook::{logbook_html, logbook_markdown, sheets};

use crate::exercise::{Archive, ExerciseError, ExerciseFile};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::outcome::{ObjectiveResult, Outcome};
use crate::sim::snapshot::{Snapshot, View};

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Exercise(#[from] ExerciseError),
    #[error("cannot start worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
}

/// Everything a report is written from.
pub struct Debrief {
    pub scenario: Arc<Scenario>,
    pub file: ExerciseFile,
    /// The exercise as it was played, re-simulated from its file.
    pub team: Sim,
    /// The Realverlauf on the same seed, for as many ticks as the exercise ran.
    pub history: Sim,
    /// Both runs sampled for the charts.
    pub course: course::Course,
    pub history_course: course::Course,
    /// What came of the exercise and of the Realverlauf, the objectives' evidence, and
    /// control's picture where the exercise stands.
    pub outcome: Outcome,
    pub history_outcome: Outcome,
    pub objectives: Vec<ObjectiveResult>,
    pub snapshot: Snapshot,
    /// Per service: what held it on most days of the exercise (control's chains, once a day).
    pub held: std::collections::BTreeMap<String, crate::sim::reasons::Held>,
    /// Every decision's effect when left out, strongest first (only when asked for).
    pub effects: Option<Vec<Effect>>,
    pub lang: Lang,
    /// The exercise as the overview names it: the file's metadata, overridden by `--meta`.
    pub meta: crate::exercise::ExerciseMeta,
    /// The evaluators' edited findings (`--findings`), laid over the derived ones.
    pub edited: Option<findings::Findings>,
}

impl Debrief {
    /// Re-simulates `file` (read from `path`) and its Realverlauf; with `counterfactuals`, also
    /// runs every decision left out over many seeds. `progress` is called after each such run.
    pub fn new(
        file: ExerciseFile,
        path: &Path,
        lang: Lang,
        counterfactuals: Option<&CounterfactualSettings>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Debrief, ReportError> {
        let team = file.replay(path)?;
        Debrief::of(file, team, lang, counterfactuals, progress)
    }

    /// The same from a file already replayed ([`crate::exercise::open`]): `team` is its
    /// simulation where the file ends.
    pub fn of(
        file: ExerciseFile,
        mut team: Sim,
        lang: Lang,
        counterfactuals: Option<&CounterfactualSettings>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Debrief, ReportError> {
        let scenario = Arc::new(team.scenario().clone());
        let ticks = team.clock().tick;
        let stride = course::Course::stride(ticks);
        let mut history_course = course::Course::default();
        let mut history = crate::run::run_watched(
            Arc::clone(&scenario),
            file.seed,
            &crate::run::historical(&scenario).commands,
            Some(ticks),
            |sim| {
                if sim.clock().tick % stride == 0 {
                    history_course.sample(sim);
                }
            },
        )
        .sim;
        // The exercise once more, to ask every simulated day what held each service and to
        // sample it for the charts.
        let per_day = (crate::time::MINUTES_PER_DAY / scenario.meta().tick.max(1)).max(1) as u64;
        let mut held = crate::sim::reasons::HeldLongest::default();
        let mut course = course::Course::default();
        crate::run::run_watched(
            Arc::clone(&scenario),
            file.seed,
            &file.commands,
            Some(ticks),
            |sim| {
                let tick = sim.clock().tick;
                if tick % per_day == 0 {
                    held.sample(&sim.reasons(View::Control));
                }
                if tick % stride == 0 {
                    course.sample(sim);
                }
            },
        );
        let effects = match counterfactuals {
            Some(settings) => Some(counterfactual::ranked(
                &scenario, &file, settings, progress,
            )?),
            None => None,
        };
        Ok(Debrief {
            scenario,
            meta: file.meta.clone().unwrap_or_default(),
            edited: None,
            file,
            outcome: team.outcome(),
            history_outcome: history.outcome(),
            objectives: team.objectives(),
            snapshot: team.snapshot(View::Control),
            held: held.longest(),
            team,
            history,
            course,
            history_course,
            effects,
            lang,
        })
    }

    /// The metadata with `over`'s fields in place of the file's.
    pub fn with_meta(mut self, over: &crate::exercise::ExerciseMeta) -> Debrief {
        self.meta = self.meta.overridden_by(over);
        self
    }

    /// The evaluators' edits laid over the derived findings from now on.
    pub fn with_findings(mut self, edited: findings::Findings) -> Debrief {
        self.edited = Some(edited);
        self
    }

    /// Findings and improvement plan: derived from the run, with the evaluators' edits.
    pub fn findings(&self) -> findings::Findings {
        let derived = findings::derive(self, &self.meta);
        match &self.edited {
            Some(e) => findings::merge(derived, e),
            None => derived,
        }
    }

    /// The whole report as a document.
    pub fn document(&self, file_name: &str) -> doc::Document {
        sections::document(self, file_name)
    }

    pub fn html(&self, file_name: &str) -> String {
        doc::html(&self.document(file_name))
    }

    pub fn markdown(&self, file_name: &str) -> String {
        doc::markdown(&self.document(file_name))
    }
}

/// The report of a file another engine version wrote (one this engine cannot replay), from
/// what it records alone: its first lines say who wrote it and that nothing was re-simulated;
/// then the overview, decisions, ratings and observations, inject records and the logbook.
pub fn archive_document(a: &Archive, file_name: &str, lang: Lang) -> doc::Document {
    archive::document(a, file_name, lang)
}

pub fn archive_html(a: &Archive, file_name: &str, lang: Lang) -> String {
    doc::html(&archive::document(a, file_name, lang))
}

pub fn archive_markdown(a: &Archive, file_name: &str, lang: Lang) -> String {
    doc::markdown(&archive::document(a, file_name, lang))
}
