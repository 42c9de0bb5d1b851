//! Findings and the improvement plan (HSEEP AAR/IP; Feststellungen und Verbesserungsplan of a
//! German Übungsbericht): derived from the run's evidence, the observers' ratings and
//! observations and the cyber measures; written out for evaluators to edit (RON or CSV) and read
//! back, so that their edits survive every regeneration of the report.
//!
//! Each finding has a stable id (`objective/<id>`, `deadline/<id>`, `measure/<id>`,
//! `injects/<function>`, `observation/<n>`): an edited file replaces the derived finding of the
//! same id, keeps findings the evaluators added, and hides those they marked `dropped`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::exercise::{ExerciseMeta, Reaction, Verdict};
use crate::i18n::{Lang, t};
use crate::scenario::Scenario;
use crate::scenario::model::{Criterion, Event, Requirement, RoleIdx};
use crate::tf;

use super::Debrief;
use super::measures::{self, MeasureRow};

/// Strength or area for improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Strength,
    Improvement,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename = "Findings", deny_unknown_fields)]
pub struct Findings {
    pub items: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Finding", deny_unknown_fields)]
pub struct Finding {
    pub id: String,
    /// The objective it belongs to, by name; empty for the exercise as a whole.
    #[serde(default)]
    pub objective: String,
    pub kind: Kind,
    #[serde(default)]
    pub critical: bool,
    pub text: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub recommendation: String,
    /// The improvement plan's row for this finding (areas for improvement only).
    #[serde(default)]
    pub plan: Option<PlanItem>,
    /// Evaluators struck it: kept in the file, left out of the report.
    #[serde(default)]
    pub dropped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
pub struct PlanItem {
    pub measure: String,
    pub capability: String,
    pub owner: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub status: String,
}

/// The day the exercise was held: the metadata's date, else the last real date in the logbook.
pub fn exercise_date(d: &Debrief, meta: &ExerciseMeta) -> Option<jiff::civil::Date> {
    meta.date
        .as_deref()
        .and_then(crate::time::parse_date)
        .or_else(|| {
            d.file
                .logbook
                .iter()
                .rev()
                .filter_map(|e| e.real_time.get(..10))
                .find_map(crate::time::parse_date)
        })
}

/// Plan dates: the after-action conference about four weeks after the exercise starts the
/// work (the day after for a critical finding, which leadership hears of at once); three
/// months to close a gap, one for a critical one (assumptions, said so in the method section).
fn dates(date: Option<jiff::civil::Date>, critical: bool) -> (String, String) {
    let Some(date) = date else {
        return (String::new(), String::new());
    };
    let (start, span) = if critical { (1, 30) } else { (28, 91) };
    let add = |d: jiff::civil::Date, n: i64| {
        d.checked_add(jiff::Span::new().days(n))
            .map_or_else(|_| String::new(), |d| d.to_string())
    };
    let first = add(date, start);
    let due = date
        .checked_add(jiff::Span::new().days(start))
        .map_or_else(|_| String::new(), |d| add(d, span));
    (first, due)
}

fn role_name(s: &Scenario, r: RoleIdx) -> String {
    s.roles()[r.index()].name.clone()
}

fn lead(s: &Scenario) -> String {
    s.roles()
        .first()
        .map(|r| r.name.clone())
        .unwrap_or_default()
}

/// Who owns a gap an objective shows: the function of its action, the owner of its service or
/// deadline's service, else the staff's lead.
fn objective_owner(s: &Scenario, c: &Criterion) -> String {
    match *c {
        Criterion::ActionWithin { action, .. } => {
            role_name(s, s.actions()[action.index()].function)
        }
        Criterion::ServiceRestoredWithin { service, .. } => s.services()[service.index()]
            .owner
            .map_or_else(|| lead(s), |r| role_name(s, r)),
        Criterion::DeadlineMet(dl) => requirement_owner(s, s.deadlines()[dl.index()].requires),
        Criterion::NetworkIsolatedWithin { .. } | Criterion::NetworkNotBreached(_) => s
            .actions()
            .iter()
            .find(|a| a.effects.contains(&crate::scenario::model::Effect::Isolate))
            .map_or_else(|| lead(s), |a| role_name(s, a.function)),
        Criterion::LapsedBelow(_) => lead(s),
    }
}

fn requirement_owner(s: &Scenario, r: Requirement) -> String {
    match r {
        Requirement::ActionDone(a) => role_name(s, s.actions()[a.index()].function),
        Requirement::ServiceAvailable(x) | Requirement::ServiceUp(x) => s.services()[x.index()]
            .owner
            .map_or_else(|| lead(s), |r| role_name(s, r)),
    }
}

/// One derived finding, field by field; [`Draft::finish`] adds its plan row.
struct Draft {
    id: String,
    objective: String,
    kind: Kind,
    critical: bool,
    text: String,
    evidence: String,
    recommendation: String,
    /// The plan row's capability and owner (areas for improvement only).
    capability: String,
    owner: String,
}

impl Draft {
    /// The finding, with a plan row for an area for improvement: the recommendation as its
    /// measure, dated from the exercise's `date`, `status` open.
    fn finish(self, date: Option<jiff::civil::Date>, contact: &str, status: &str) -> Finding {
        let plan = (self.kind == Kind::Improvement).then(|| {
            let (start, due) = dates(date, self.critical);
            PlanItem {
                measure: self.recommendation.clone(),
                capability: self.capability,
                owner: self.owner,
                start,
                due,
                contact: contact.to_string(),
                status: status.to_string(),
            }
        });
        Finding {
            id: self.id,
            objective: self.objective,
            kind: self.kind,
            critical: self.critical,
            text: self.text,
            evidence: self.evidence,
            recommendation: self.recommendation,
            plan,
            dropped: false,
        }
    }
}

/// The findings the run, the ratings and the observations show.
pub fn derive(d: &Debrief, meta: &ExerciseMeta) -> Findings {
    let lang = d.lang;
    let s = &d.scenario;
    let date = exercise_date(d, meta);
    let contact = meta.contact.clone().unwrap_or_default();
    let open = t(lang, "report-aar-status-open");
    let mut items = Vec::new();
    let mut push = |draft: Draft| items.push(draft.finish(date, &contact, open));

    // Per objective: the run's evidence and the observers' latest rating.
    for (o, result) in s.objectives().iter().zip(&d.objectives) {
        let rating = d.file.ratings.iter().rev().find(|r| r.objective == o.id);
        let evidence = crate::i18n::words::evidence(&result.evidence, lang);
        let comment = rating.map(|r| r.comment.clone()).unwrap_or_default();
        let rated_short = rating
            .is_some_and(|r| matches!(r.verdict, Verdict::Teilweise | Verdict::NichtErfuellt));
        let rated_met = rating.is_some_and(|r| r.verdict == Verdict::Erfuellt);
        let evidence = if comment.is_empty() {
            evidence
        } else {
            tf!(
                lang,
                "report-aar-evidence-rated",
                run = evidence,
                comment = comment.as_str()
            )
        };
        let owner = objective_owner(s, &o.criterion);
        let name = o.name.as_str();
        let kind = if result.met == Some(false) || rated_short {
            Some((
                Kind::Improvement,
                tf!(lang, "report-aar-objective-missed", objective = name),
                tf!(lang, "report-aar-objective-recommend", objective = name),
            ))
        } else if result.met == Some(true) || rated_met {
            Some((
                Kind::Strength,
                tf!(lang, "report-aar-objective-met", objective = name),
                tf!(lang, "report-aar-objective-keep", objective = name),
            ))
        } else {
            None
        };
        if let Some((kind, text, recommendation)) = kind {
            push(Draft {
                id: format!("objective/{}", o.id),
                objective: o.name.clone(),
                kind,
                critical: false,
                text,
                evidence,
                recommendation,
                capability: o.name.clone(),
                owner,
            });
        }
    }

    // Deadlines missed.
    for (dl, figures) in s.deadlines().iter().zip(&d.outcome.deadlines) {
        if figures.met == Some(false) {
            let objective = s
                .objectives()
                .iter()
                .find(|o| matches!(o.criterion, Criterion::DeadlineMet(x) if s.deadlines()[x.index()].id == dl.id))
                .map(|o| o.name.clone())
                .unwrap_or_default();
            let deadline = dl.name.as_str();
            push(Draft {
                id: format!("deadline/{}", dl.id),
                objective,
                kind: Kind::Improvement,
                critical: false,
                text: tf!(lang, "report-aar-deadline-missed", deadline = deadline),
                evidence: String::new(),
                recommendation: tf!(lang, "report-aar-deadline-recommend", deadline = deadline),
                capability: t(lang, "report-aar-capability-deadlines").to_string(),
                owner: requirement_owner(s, dl.requires),
            });
        }
    }

    // The cyber measures against the Realverlauf.
    for row in measures::rows(d) {
        if let Some(draft) = measure_finding(s, &row, lang) {
            push(draft);
        }
    }

    // Injects the staff handled differently from the script, per receiving function.
    for role in s.roles() {
        let deviating: Vec<String> = d
            .file
            .injects
            .iter()
            .filter(|r| r.reaction == Reaction::Deviating)
            .filter_map(|r| s.injects().iter().find(|i| i.id == r.id))
            .filter(|i| s.roles()[i.receiver.index()].id == role.id)
            .map(|i| i.title.clone())
            .collect();
        if !deviating.is_empty() {
            push(Draft {
                id: format!("injects/{}", role.id),
                objective: String::new(),
                kind: Kind::Improvement,
                critical: false,
                text: tf!(
                    lang,
                    "report-aar-injects-deviating",
                    function = role.name.as_str()
                ),
                evidence: deviating.join("; "),
                recommendation: t(lang, "report-aar-injects-recommend").to_string(),
                capability: t(lang, "report-aar-capability-reporting").to_string(),
                owner: role.name.clone(),
            });
        }
    }

    // Observations: each one a finding the evaluators sort; critical ones first in the plan.
    for (n, o) in d.file.observations.iter().enumerate() {
        push(Draft {
            id: format!("observation/{}", n + 1),
            objective: String::new(),
            kind: Kind::Improvement,
            critical: o.critical,
            text: o.text.clone(),
            evidence: tf!(
                lang,
                "report-aar-observation-evidence",
                time = crate::i18n::words::wall_time(&o.exercise_time, lang)
            ),
            recommendation: t(lang, "report-aar-observation-recommend").to_string(),
            capability: t(lang, "report-aar-capability-observation").to_string(),
            owner: lead(s),
        });
    }
    Findings { items }
}

/// A measure as a finding: slower than the Realverlauf or never reached is an area for
/// improvement, as fast or faster a strength.
fn measure_finding(s: &Scenario, row: &MeasureRow, lang: Lang) -> Option<Draft> {
    let owner = match s.measures().iter().find(|m| m.id == row.id).map(|m| m.to) {
        Some(Event::Decided(a)) => role_name(s, s.actions()[a.index()].function),
        _ => lead(s),
    };
    let name = row.name.as_str();
    let beside = |team, history| {
        tf!(
            lang,
            "report-aar-measure-beside",
            exercise = measures::duration(team, lang),
            history = measures::duration(history, lang)
        )
    };
    let (kind, text, evidence, recommendation) = match (row.team, row.history) {
        // Not reached in the exercise though the Realverlauf reached it in the same span.
        (None, Some(_)) if row.started => (
            Kind::Improvement,
            tf!(lang, "report-aar-measure-never", measure = name),
            String::new(),
            tf!(lang, "report-aar-measure-recommend", measure = name),
        ),
        (Some(team), Some(history)) if team > history => (
            Kind::Improvement,
            tf!(lang, "report-aar-measure-slower", measure = name),
            beside(team, history),
            tf!(lang, "report-aar-measure-recommend", measure = name),
        ),
        (Some(team), Some(history)) => (
            Kind::Strength,
            tf!(lang, "report-aar-measure-faster", measure = name),
            beside(team, history),
            tf!(lang, "report-aar-measure-keep", measure = name),
        ),
        _ => return None,
    };
    Some(Draft {
        id: format!("measure/{}", row.id),
        objective: String::new(),
        kind,
        critical: false,
        text,
        evidence,
        recommendation,
        capability: row.name.clone(),
        owner,
    })
}

/// The derived findings with the evaluators' edits: their items in their order (the dropped
/// ones left out), then what the run shows that their file does not hold yet.
pub fn merge(derived: Findings, edited: &Findings) -> Findings {
    let mut items: Vec<Finding> = edited
        .items
        .iter()
        .filter(|f| !f.dropped)
        .cloned()
        .collect();
    for f in derived.items {
        if !edited.items.iter().any(|e| e.id == f.id) {
            items.push(f);
        }
    }
    Findings { items }
}

/// Why an edited findings file was refused.
#[derive(Debug, thiserror::Error)]
pub enum FindingsError {
    #[error("cannot read the file: {0:?}")]
    Read(crate::files::ReadError),
    #[error("{line}:{column}: {message}")]
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
}

/// Most findings files are a few kilobytes; this leaves room for long exercises.
pub const FINDINGS_LIMIT: u64 = 4 * 1024 * 1024;

/// Reads an edited findings file, RON or CSV (by its content: RON starts with `Findings(`).
pub fn read(path: &Path) -> Result<Findings, FindingsError> {
    let bytes = crate::files::read_limited(path, FINDINGS_LIMIT).map_err(FindingsError::Read)?;
    let text = String::from_utf8_lossy(&bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let mut findings = if trimmed.starts_with("Findings") || trimmed.starts_with('(') {
        crate::ron_io::from_str::<Findings>(trimmed).map_err(|e| FindingsError::Parse {
            line: e.line,
            column: e.column,
            message: e.message,
        })?
    } else {
        from_csv(trimmed)?
    };
    // Text from the evaluators' file reaches the report only with control characters shown.
    for f in &mut findings.items {
        for s in [
            &mut f.id,
            &mut f.objective,
            &mut f.text,
            &mut f.evidence,
            &mut f.recommendation,
        ] {
            *s = crate::visible::visible(s).into_owned();
        }
        if let Some(p) = &mut f.plan {
            for s in [
                &mut p.measure,
                &mut p.capability,
                &mut p.owner,
                &mut p.start,
                &mut p.due,
                &mut p.contact,
                &mut p.status,
            ] {
                *s = crate::visible::visible(s).into_owned();
            }
        }
    }
    Ok(findings)
}

pub fn to_ron(f: &Findings) -> String {
    crate::ron_io::to_pretty(f)
}

/// The CSV columns, each with its header message.
const COLUMNS: [(&str, &str); 15] = [
    ("id", "report-aar-col-id"),
    ("objective", "report-aar-col-objective"),
    ("kind", "report-aar-col-kind"),
    ("critical", "report-aar-col-critical"),
    ("text", "report-aar-col-text"),
    ("evidence", "report-aar-col-evidence"),
    ("recommendation", "report-aar-col-recommendation"),
    ("measure", "report-aar-col-measure"),
    ("capability", "report-aar-col-capability"),
    ("owner", "report-aar-col-owner"),
    ("start", "report-aar-col-start"),
    ("due", "report-aar-col-due"),
    ("contact", "report-aar-col-contact"),
    ("status", "report-aar-col-status"),
    ("dropped", "report-aar-col-dropped"),
];

fn kind_word(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Strength => t(lang, "report-aar-strength"),
        Kind::Improvement => t(lang, "report-aar-improvement"),
    }
}

fn yes(b: bool, lang: Lang) -> &'static str {
    if b {
        t(lang, "report-aar-yes")
    } else {
        t(lang, "report-aar-no")
    }
}

/// One row per finding with its plan row, headers in `lang` (the reader takes either
/// language's), cells safe from spreadsheet formulas.
pub fn to_csv(f: &Findings, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(crate::drehbuch::csv_separator(lang))
        .from_writer(Vec::new());
    w.write_record(COLUMNS.iter().map(|(_, id)| t(lang, id)))?;
    for x in &f.items {
        let p = x.plan.clone().unwrap_or_default();
        let cells = [
            x.id.as_str(),
            x.objective.as_str(),
            kind_word(x.kind, lang),
            yes(x.critical, lang),
            x.text.as_str(),
            x.evidence.as_str(),
            x.recommendation.as_str(),
            p.measure.as_str(),
            p.capability.as_str(),
            p.owner.as_str(),
            p.start.as_str(),
            p.due.as_str(),
            p.contact.as_str(),
            p.status.as_str(),
            yes(x.dropped, lang),
        ];
        w.write_record(
            cells
                .iter()
                .map(|c| crate::drehbuch::csv_cell(c).into_owned()),
        )?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Which column a header names, in any built-in language or by its key.
fn column_of(header: &str) -> Option<usize> {
    let h = header.trim();
    COLUMNS.iter().position(|(key, id)| {
        *key == h || Lang::builtin().any(|l| t(l, id).eq_ignore_ascii_case(h))
    })
}

fn word_is(cell: &str, id: &'static str) -> bool {
    Lang::builtin().any(|l| t(l, id).eq_ignore_ascii_case(cell.trim()))
}

fn truthy(cell: &str) -> bool {
    let c = cell.trim();
    word_is(c, "report-aar-yes") || matches!(c, "1" | "x" | "X" | "true")
}

fn from_csv(text: &str) -> Result<Findings, FindingsError> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.contains(';') { b';' } else { b',' };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = r.headers().map_err(csv_error)?.clone();
    let mut at = [None; COLUMNS.len()];
    for (i, h) in headers.iter().enumerate() {
        if let Some(c) = column_of(h) {
            at[c] = Some(i);
        }
    }
    for (c, (key, _)) in COLUMNS.iter().enumerate().take(5) {
        if at[c].is_none() && *key != "objective" {
            return Err(FindingsError::Parse {
                line: 1,
                column: 1,
                message: format!("column `{key}` is missing"),
            });
        }
    }
    let mut items = Vec::new();
    for (n, record) in r.records().enumerate() {
        let record = record.map_err(csv_error)?;
        let cell = |c: usize| -> String {
            let v = at[c].and_then(|i| record.get(i)).unwrap_or_default();
            // Undo the guard `to_csv` puts before a cell that would start a formula.
            match v.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
                _ => v.to_string(),
            }
        };
        let kind = if word_is(&cell(2), "report-aar-strength") || cell(2) == "strength" {
            Kind::Strength
        } else if word_is(&cell(2), "report-aar-improvement") || cell(2) == "improvement" {
            Kind::Improvement
        } else {
            return Err(FindingsError::Parse {
                line: n + 2,
                column: at[2].map_or(1, |i| i + 1),
                message: format!(
                    "`{}` is neither a strength nor an improvement",
                    crate::visible::visible(&cell(2))
                ),
            });
        };
        let plan = [7, 8, 9, 10, 11, 12, 13]
            .iter()
            .any(|&c| !cell(c).trim().is_empty())
            .then(|| PlanItem {
                measure: cell(7),
                capability: cell(8),
                owner: cell(9),
                start: cell(10),
                due: cell(11),
                contact: cell(12),
                status: cell(13),
            });
        items.push(Finding {
            id: cell(0),
            objective: cell(1),
            kind,
            critical: truthy(&cell(3)),
            text: cell(4),
            evidence: cell(5),
            recommendation: cell(6),
            plan,
            dropped: truthy(&cell(14)),
        });
    }
    Ok(Findings { items })
}

fn csv_error(e: csv::Error) -> FindingsError {
    let (line, column) = e
        .position()
        .map_or((1, 1), |p| (usize::try_from(p.line()).unwrap_or(1), 1));
    FindingsError::Parse {
        line,
        column,
        message: e.to_string(),
    }
}
