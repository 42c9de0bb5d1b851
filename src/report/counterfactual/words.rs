//! The "what if" in words: each result as one sentence with names (German word order after
//! "Ohne …"), the chapter of the report (the three strongest in detail, the others in a
//! sentence or by number, why by the scenario's rules, how the runs were made), and the same
//! sentence for one changed decision of `sweep`.

use super::{Back, Effect, Shift, decision_words, headline};
use crate::exercise::ExerciseFile;
use crate::i18n::words as text;
use crate::i18n::{Lang, number, t};
use crate::report::doc::{Block, Section};
use crate::report::sections::{self, figure_label, table};
use crate::scenario::Scenario;
use crate::scenario::model::Figure;
use crate::sim::command::Command;
use crate::sweep::Change;
use crate::tf;

impl Back {
    /// "Tag 21", "nicht bis Übungsende", or "Tag 150; in einigen Läufen nicht bis Übungsende".
    fn words(self, lang: Lang) -> String {
        match self.day {
            None => t(lang, "report-not-back").to_string(),
            Some(day) if self.never > 0.0 => tf!(
                lang,
                "report-back-partly",
                day = text::day(day.round() as i64, lang),
                share = share_words(self.never, lang)
            ),
            Some(day) => text::day(day.round() as i64, lang),
        }
    }
}

/// The three strongest of `ranked` effects that changed a headline figure beyond doubt; a
/// decision whose leaving-out gave the same runs as a stronger one's is named with it, not
/// shown again.
fn strongest<'a>(s: &Scenario, ranked: &'a [Effect]) -> Vec<&'a Effect> {
    let mut shown: Vec<&Effect> = Vec::new();
    for e in ranked.iter().filter(|e| noticeable(s, e)) {
        if shown.len() == 3 {
            break;
        }
        if !shown
            .iter()
            .any(|s| s.same.iter().any(|(n, _)| *n == e.entry))
        {
            shown.push(e);
        }
    }
    shown
}

/// "in almost all runs", a share in words.
fn share_words(p: f64, lang: Lang) -> &'static str {
    let id = match p {
        p if p <= 0.0 => "report-share-none",
        p if p < 0.1 => "report-share-few",
        p if p < 0.4 => "report-share-some",
        p if p < 0.6 => "report-share-half",
        p if p < 0.9 => "report-share-most",
        p if p < 1.0 => "report-share-almost-all",
        _ => "report-share-all",
    };
    t(lang, id)
}

/// "about 3 days later", a difference in days in words.
fn days_words(d: f64, lang: Lang) -> String {
    let days = d.abs().round() as u64;
    if d > 0.0 {
        tf!(lang, "report-days-later", days = days)
    } else {
        tf!(lang, "report-days-earlier", days = days)
    }
}

/// How a "back from day" figure reads when one side did not come back by the end.
enum Return {
    /// Not back by the end in this share of the changed runs.
    Never(&'static str),
    /// Back in this share of the changed runs, about from this day, where the exercise's were not.
    Instead(&'static str, String),
}

/// One clause of the result sentence for a headline figure that moved beyond doubt; `lead`:
/// the clause follows "Ohne …" directly (German puts its verb first there).
fn clause(s: &Scenario, x: &Shift, lead: bool, lang: Lang) -> Option<String> {
    let d = x.difference?;
    if d.holds_zero() {
        return None;
    }
    let lead = if lead { "first" } else { "other" };
    let (with, without) = (
        share_words(x.mean_with, lang),
        share_words(x.mean_without, lang),
    );
    // Not back by the end in most runs of one side: say so, not a day count against the day
    // after the end.
    let never = x.back.and_then(|[w, wo]| {
        if wo.never >= 0.5 && wo.never > w.never {
            Some(Return::Never(share_words(wo.never, lang)))
        } else if w.never >= 0.5 && wo.never < w.never {
            let day = text::day(wo.day.unwrap_or_default().round() as i64, lang);
            Some(Return::Instead(share_words(1.0 - wo.never, lang), day))
        } else {
            None
        }
    });
    Some(match (x.figure, never) {
        (Figure::StateNetworkBreached, _) => tf!(
            lang,
            "report-clause-state-network",
            lead = lead,
            without = without,
            with = with
        ),
        (Figure::DeadlineMet(i), _) => tf!(
            lang,
            "report-clause-deadline",
            lead = lead,
            deadline = s.deadlines()[i.index()].name.as_str(),
            without = without,
            with = with
        ),
        (Figure::FinesLapsed, _) => {
            let count = d.mean.abs().round() as u64;
            let id = if d.mean > 0.0 {
                "report-clause-more-lapsed"
            } else {
                "report-clause-fewer-lapsed"
            };
            tf!(lang, id, lead = lead, count = count)
        }
        (Figure::NormalOperationDay, Some(Return::Never(share))) => tf!(
            lang,
            "report-clause-normal-operation-never",
            lead = lead,
            share = share
        ),
        (Figure::NormalOperationDay, Some(Return::Instead(share, day))) => tf!(
            lang,
            "report-clause-normal-operation-instead",
            lead = lead,
            share = share,
            day = day
        ),
        (Figure::NormalOperationDay, None) => tf!(
            lang,
            "report-clause-normal-operation",
            lead = lead,
            days = days_words(d.mean, lang)
        ),
        (Figure::ServiceRestoredDay(i), Some(Return::Never(share))) => tf!(
            lang,
            "report-clause-not-restored",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            share = share
        ),
        (Figure::ServiceRestoredDay(i), Some(Return::Instead(share, day))) => tf!(
            lang,
            "report-clause-restored-instead",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            share = share,
            day = day
        ),
        (Figure::ServiceRestoredDay(i), None) => tf!(
            lang,
            "report-clause-restored",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            days = days_words(d.mean, lang)
        ),
        _ => return None,
    })
}

/// The result as one sentence: "Ohne „Notabschaltung“ am 15.10.2021 um 03:15 wäre das
/// Landesnetz in fast allen Läufen erreicht worden statt in keinem Lauf, … und …".
pub fn sentence(s: &Scenario, e: &Effect, lang: Lang) -> String {
    let decision = e.words.words(lang);
    let when = text::moment(&e.exercise_time, lang);
    match clauses(s, &e.shifts, lang) {
        None => tf!(
            lang,
            "report-effect-nothing",
            decision = decision,
            when = when
        ),
        Some(clauses) => tf!(
            lang,
            "report-effect",
            decision = decision,
            when = when,
            clauses = clauses
        ),
    }
}

/// The headline figures that moved beyond doubt, at most three, as clauses joined with
/// commas and "und"; `None` if none moved.
fn clauses(s: &Scenario, shifts: &[Shift], lang: Lang) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for x in shifts {
        if out.len() == 3 {
            break;
        }
        if let Some(c) = clause(s, x, out.is_empty(), lang) {
            out.push(c);
        }
    }
    (!out.is_empty()).then(|| and_list(&out, lang))
}

/// "a, b und c" / "a, b and c".
fn and_list(items: &[String], lang: Lang) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => tf!(
            lang,
            "report-clauses-and",
            first = rest.join(", "),
            last = last.as_str()
        ),
        _ => items.concat(),
    }
}

/// One recorded decision changed as `sweep --drop/--shift/--replace` changes it, and what that
/// changed, as one sentence: "Wäre „Schnittstelle … trennen lassen“ 6 h später entschieden
/// worden (am 15.10.2021 um 13:00), wäre das Landesnetz in einigen Läufen erreicht worden …".
pub fn change_sentence(
    s: &Scenario,
    file: &ExerciseFile,
    index: usize,
    change: &Change,
    shifts: &[Shift],
    lang: Lang,
) -> String {
    let command = file.commands.get(index);
    let decision = decision_words(s, command.map(|c| &c.command)).words(lang);
    let due = command.map_or(0, |c| crate::run::due_minute(c, s.meta().tick));
    let clauses = clauses(s, shifts, lang);
    let nothing = clauses.is_none();
    let clauses = clauses.unwrap_or_default();
    match change {
        Change::Drop => {
            let when = sections::moment(s, due, lang);
            let id = if nothing {
                "report-effect-nothing"
            } else {
                "report-effect"
            };
            tf!(
                lang,
                id,
                decision = decision,
                when = when,
                clauses = clauses
            )
        }
        Change::Shift(minutes) => {
            let id = if nothing {
                "report-change-shift-nothing"
            } else {
                "report-change-shift"
            };
            tf!(
                lang,
                id,
                decision = decision,
                delta = text::duration(minutes.abs(), lang),
                later = if *minutes >= 0 { "yes" } else { "no" },
                when = sections::moment(s, due.saturating_add(*minutes), lang),
                clauses = clauses
            )
        }
        Change::Replace { action, target } => {
            let other = decision_words(
                s,
                Some(&Command::Decide(crate::sim::command::Decision {
                    action: action.clone(),
                    target: target.clone(),
                    function: String::new(),
                    reason: String::new(),
                    order: Vec::new(),
                })),
            )
            .words(lang);
            let id = if nothing {
                "report-change-replace-nothing"
            } else {
                "report-change-replace"
            };
            tf!(
                lang,
                id,
                decision = decision,
                other = other,
                when = sections::moment(s, due, lang),
                clauses = clauses
            )
        }
    }
}

/// The strongest result's sentence, if leaving out any decision changed something noticeable.
pub fn strongest_sentence(s: &Scenario, ranked: &[Effect], lang: Lang) -> Option<String> {
    strongest(s, ranked).first().map(|e| sentence(s, e, lang))
}

/// Whether leaving the decision out moved any headline figure beyond doubt.
fn noticeable(s: &Scenario, e: &Effect) -> bool {
    e.shifts
        .iter()
        .any(|x| clause(s, x, true, Lang::EN).is_some())
}

/// When runs came back onto the exercise's course, from the earliest and latest minute: "am …"
/// or "frühestens am …, spätestens am …".
pub fn rejoined_when(s: &Scenario, (first, last): (i64, i64), lang: Lang) -> String {
    text::between(&sections::iso(s, first), &sections::iso(s, last), lang)
}

/// How the runs were made: how many, how many came back onto the exercise's course and
/// when, in how many a later decision could not be applied.
fn runs_words(s: &Scenario, e: &Effect, lang: Lang) -> String {
    let mut out = tf!(lang, "report-runs", runs = e.runs);
    if let Some((first, last)) = e.rejoined_between {
        out.push(' ');
        out.push_str(&tf!(
            lang,
            "report-runs-rejoined",
            rejoined = e.rejoined,
            runs = e.runs,
            when = rejoined_when(s, (first, last), lang)
        ));
    }
    if e.skipped > 0 {
        out.push(' ');
        out.push_str(&tf!(
            lang,
            "report-runs-skipped",
            skipped = e.skipped as u64
        ));
    }
    out
}

/// The chapter "What if": the three strongest results each in a sentence, the decisions with
/// the same effect named with it and why they are grouped, the figures in a table and how the
/// runs were made; then every other decision that mattered in a sentence, and those that did not
/// by number.
pub fn section(s: &Scenario, ranked: &[Effect], lang: Lang) -> Section {
    let mut blocks = vec![Block::Para(t(lang, "report-whatif-intro").into())];
    if ranked.is_empty() {
        blocks.push(Block::Para(t(lang, "report-whatif-none").into()));
    }
    let shown = strongest(s, ranked);
    for e in &shown {
        blocks.push(Block::Heading(tf!(
            lang,
            "report-effect-heading",
            number = e.entry.to_string(),
            decision = e.words.words(lang)
        )));
        blocks.push(Block::Para(sentence(s, e, lang)));
        if let Some(why) = grouping(e, lang) {
            blocks.push(Block::Para(why));
        }
        if let Some(why) = rules(e, lang) {
            blocks.push(Block::Para(why));
        }
        let rows = e
            .shifts
            .iter()
            .filter(|x| headline(x.figure))
            .take(6)
            .map(|x| {
                let value = |v: f64, i: usize| match (x.figure, x.back) {
                    (f, _) if f.is_flag() => share_words(v, lang).to_string(),
                    (_, Some(back)) => back[i].words(lang),
                    _ => number(v.max(0.0).round() as u64, lang),
                };
                vec![
                    figure_label(s, x.figure, lang),
                    value(x.mean_with, 0),
                    value(x.mean_without, 1),
                ]
            })
            .collect::<Vec<_>>();
        if !rows.is_empty() {
            blocks.push(table(
                &[
                    t(lang, "report-whatif-figure"),
                    t(lang, "report-with-decision"),
                    t(lang, "report-without-it"),
                ],
                rows,
                &[],
            ));
        }
        blocks.push(Block::Para(runs_words(s, e, lang)));
    }
    // The rest in logbook order: a sentence for each that mattered, the numbers of the others.
    let named = |e: &Effect| {
        shown
            .iter()
            .any(|x| x.entry == e.entry || x.same.iter().any(|(n, _)| *n == e.entry))
    };
    let mut rest: Vec<&Effect> = ranked.iter().filter(|e| !named(e)).collect();
    rest.sort_by_key(|e| e.entry);
    let (mattered, quiet): (Vec<&Effect>, Vec<&Effect>) =
        rest.into_iter().partition(|e| noticeable(s, e));
    if !mattered.is_empty() {
        blocks.push(Block::Heading(t(lang, "report-whatif-others").into()));
        blocks.push(Block::List(
            mattered
                .iter()
                .map(|e| {
                    tf!(
                        lang,
                        "report-whatif-other",
                        number = e.entry.to_string(),
                        sentence = sentence(s, e, lang)
                    )
                })
                .collect(),
        ));
    }
    if !quiet.is_empty() {
        let numbers: Vec<String> = quiet.iter().map(|e| e.entry.to_string()).collect();
        blocks.push(Block::Para(tf!(
            lang,
            "report-whatif-quiet",
            count = quiet.len() as u64,
            numbers = numbers.join(", ")
        )));
    }
    sections::section("counterfactuals", t(lang, "report-whatif-title"), blocks)
}

/// Why, by the scenario's rules: what could not go on without the decision.
fn rules(e: &Effect, lang: Lang) -> Option<String> {
    if e.needed_by.is_empty() && !e.gates_recovery {
        return None;
    }
    let numbers: Vec<String> = e.needed_by.iter().map(u32::to_string).collect();
    let numbers = and_list(&numbers, lang);
    Some(tf!(
        lang,
        "report-whatif-why",
        recovery = if e.gates_recovery { "yes" } else { "no" },
        count = e.needed_by.len() as u64,
        numbers = numbers
    ))
}

/// Why other decisions are named with this one: leaving out any of them gave the same runs
/// (and maybe the same as deciding nothing at all).
fn grouping(e: &Effect, lang: Lang) -> Option<String> {
    if e.same.is_empty() {
        return e
            .like_nothing
            .then(|| t(lang, "report-alone-nothing").to_string());
    }
    let others: Vec<String> = e
        .same
        .iter()
        .map(|(n, w)| {
            tf!(
                lang,
                "report-same-item",
                number = n.to_string(),
                decision = w.words(lang)
            )
        })
        .collect();
    let id = if e.like_nothing {
        "report-same-nothing"
    } else {
        "report-same-result"
    };
    Some(tf!(
        lang,
        id,
        others = others.join(", "),
        count = e.same.len() as u64 + 1
    ))
}
