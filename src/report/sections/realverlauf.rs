//! The Realverlauf beside the team's play: key figures, each real decision beside the team's
//! nearest decision of the same action and target, and the sources. Every word about the
//! reference case (its year, its place) comes from the scenario.

use super::*;

fn sources_of(s: &Scenario, sources: &[crate::scenario::model::SourceIdx]) -> String {
    sources
        .iter()
        .map(|i| s.sources()[i.index()].id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// For each real decision (in the scenario's order), the index into `team` of the team's
/// decision matched to it: of the same action and target, the nearest in time, each team
/// decision matched at most once (the closest pairs first).
pub(super) fn match_decisions(
    real: &[(String, Option<String>, i64)],
    team: &[(String, Option<String>, i64)],
) -> Vec<Option<usize>> {
    let mut pairs: Vec<(i64, usize, usize)> = Vec::new();
    for (i, r) in real.iter().enumerate() {
        for (j, t) in team.iter().enumerate() {
            if r.0 == t.0 && r.1 == t.1 {
                pairs.push(((t.2 - r.2).abs(), i, j));
            }
        }
    }
    pairs.sort();
    let mut matched = vec![None; real.len()];
    let mut taken = vec![false; team.len()];
    for (_, i, j) in pairs {
        if matched[i].is_none() && !taken[j] {
            matched[i] = Some(j);
            taken[j] = true;
        }
    }
    matched
}

/// How far the team's decision lay from the real one: "3 h später" / "3 h later".
fn offset(minutes: i64, lang: Lang) -> String {
    let d = text::duration(minutes.abs(), lang);
    match minutes.signum() {
        0 => t(lang, "report-offset-same").into(),
        1 => tf!(lang, "report-offset-later", duration = d),
        _ => tf!(lang, "report-offset-earlier", duration = d),
    }
}

pub(super) fn realverlauf(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let (team, history) = (&d.outcome, &d.history_outcome);
    // The year the incident began, from the scenario.
    let year = s
        .wall_clock(s.meta().incident_start)
        .map(|t| t.to_string().chars().take(4).collect::<String>())
        .unwrap_or_default();
    let mut cited = Vec::new();
    let rows = figures(s)
        .into_iter()
        .map(|f| {
            let observed = s.observed().iter().find(|o| o.figure == f);
            if let Some(o) = observed {
                cited.extend(o.provenance.sources.iter().copied());
            }
            vec![
                figure_label(s, f, lang),
                outcome_value(team, f, lang),
                outcome_value(history, f, lang),
                observed.map_or_else(
                    || "–".to_string(),
                    |o| {
                        let mut cell =
                            format!("{}: {}", figure_value(f, Some(o.value), lang), o.text);
                        if let Some(a) = &o.provenance.assumption {
                            cell = tf!(
                                lang,
                                "report-with-assumption",
                                value = cell,
                                assumption = a.as_str()
                            );
                        }
                        cell
                    },
                ),
                observed.map_or_else(String::new, |o| sources_of(s, &o.provenance.sources)),
            ]
        })
        .collect();
    // Every real decision beside the team's nearest decision of the same action and target.
    let tick = s.meta().tick;
    let team_decisions: Vec<(&crate::exercise::Entry, &Decision, i64)> = d
        .file
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .filter_map(|e| {
            let logged = d.file.commands.get(e.command?)?;
            let Command::Decide(x) = &logged.command else {
                return None;
            };
            let minute = logged.minute.unwrap_or_else(|| {
                i64::try_from(logged.tick)
                    .unwrap_or(i64::MAX)
                    .saturating_mul(tick)
            });
            Some((e, x, minute))
        })
        .collect();
    let key = |action: &str, target: Option<String>, at: i64| (action.to_string(), target, at);
    let real_keys: Vec<_> = s
        .realverlauf()
        .iter()
        .map(|r| {
            key(
                &s.actions()[r.action.index()].id,
                r.target.map(|t| crate::sim::target_id(s, t).to_string()),
                r.at,
            )
        })
        .collect();
    let team_keys: Vec<_> = team_decisions
        .iter()
        .map(|(_, x, at)| key(&x.action, x.target.clone(), *at))
        .collect();
    let matched = match_decisions(&real_keys, &team_keys);
    let mut decisions = Vec::new();
    for (r, m) in s.realverlauf().iter().zip(matched) {
        cited.extend(r.provenance.sources.iter().copied());
        let action = &s.actions()[r.action.index()];
        let team_time = m.map_or_else(
            || t(lang, "report-not-taken").to_string(),
            |j| {
                let (e, _, at) = team_decisions[j];
                tf!(
                    lang,
                    "report-team-decision",
                    time = super::at(s, at, lang),
                    number = e.number.to_string(),
                    offset = offset(at - r.at, lang)
                )
            },
        );
        decisions.push(vec![
            at(s, r.at, lang),
            function_name(s, &s.roles()[r.function.index()].id),
            format!(
                "{}{}",
                action.name,
                r.target
                    .map(|t| format!(" → {}", s.target_name(t)))
                    .unwrap_or_default()
            ),
            r.reason.clone(),
            sources_of(s, &r.provenance.sources),
            team_time,
        ]);
    }
    cited.sort();
    cited.dedup();
    let sources = cited
        .iter()
        .map(|i| {
            let src = &s.sources()[i.index()];
            vec![
                src.id.clone(),
                src.title.clone(),
                src.date.to_string(),
                src.url.clone(),
            ]
        })
        .collect();
    let title = tf!(lang, "report-realverlauf-title", year = year.as_str());
    section(
        "realverlauf",
        &title,
        vec![
            Block::Para(t(lang, "report-realverlauf-intro").into()),
            Block::Heading(t(lang, "report-key-figures").into()),
            table(
                &[
                    t(lang, "report-figure"),
                    t(lang, "report-exercise"),
                    history_label(lang),
                    &tf!(lang, "report-according-to-sources", year = year.as_str()),
                    t(lang, "report-sources"),
                ],
                rows,
                &[1, 2],
            ),
            Block::Heading(tf!(lang, "report-decisions-then", year = year.as_str())),
            Block::Para(t(lang, "report-decisions-then-intro").into()),
            table(
                &[
                    &year,
                    t(lang, "report-function"),
                    t(lang, "report-action"),
                    t(lang, "report-reason-then"),
                    t(lang, "report-sources"),
                    t(lang, "report-in-exercise"),
                ],
                decisions,
                &[],
            ),
            Block::Heading(t(lang, "report-sources").into()),
            table(
                &[
                    t(lang, "report-id"),
                    t(lang, "report-source-title"),
                    t(lang, "report-date-head"),
                    t(lang, "report-address"),
                ],
                sources,
                &[],
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::match_decisions;

    fn d(action: &str, at: i64) -> (String, Option<String>, i64) {
        (action.to_string(), None, at)
    }

    #[test]
    fn each_real_decision_gets_its_own_nearest_team_decision() {
        // Three press conferences then, three in the exercise: each to its own, not all to one.
        let real = [
            d("presse", 0),
            d("presse", 4000),
            d("presse", 8000),
            d("polizei", 10),
        ];
        let team = [
            d("presse", 7900),
            d("presse", 20),
            d("presse", 4100),
            d("forensik", 10),
        ];
        assert_eq!(
            match_decisions(&real, &team),
            vec![Some(1), Some(2), Some(0), None]
        );
        // Fewer team decisions than real ones: the closest pair wins, the other stays open.
        let team = [d("presse", 3900)];
        assert_eq!(match_decisions(&real[..2], &team), vec![None, Some(0)]);
    }
}
