//! The "what if" chapter in words a Landrat reads: one sentence per result with the time as
//! people say it, German word order after "Ohne …", "not back by the end" instead of a day
//! after the end, no "0 of them", the other decisions in a sentence each or by number, and the
//! strongest result on the first page; why, by the scenario's rules (what waits for it).

use krisenstab::i18n::Lang;
use krisenstab::report::counterfactual::{Back, Effect, Named, Shift, section, sentence};
use krisenstab::report::doc::Block;
use krisenstab::scenario::model::Figure;
use krisenstab::scenario::{self, Scenario};
use krisenstab::sweep::{Interval, Spread};

fn westmecklenburg() -> Scenario {
    scenario::parse(scenario::builtin("westmecklenburg").unwrap()).unwrap()
}

fn figure(s: &Scenario, name: &str) -> Figure {
    s.figures()
        .into_iter()
        .find(|&f| s.figure_name(f) == name)
        .unwrap()
}

const SPREAD: Spread = Spread {
    p10: None,
    median: None,
    p90: None,
};

/// A figure that moved from `with` to `without` beyond doubt.
fn shift(f: Figure, with: f64, without: f64, back: Option<[Back; 2]>) -> Shift {
    Shift {
        figure: f,
        with: SPREAD,
        without: SPREAD,
        mean_with: with,
        mean_without: without,
        difference: Some(Interval {
            mean: without - with,
            half_width: (without - with).abs() / 10.0,
            n: 60,
        }),
        weight: (without - with).abs(),
        back,
    }
}

fn effect(entry: u32, action: &str, time: &str, shifts: Vec<Shift>) -> Effect {
    Effect {
        entry,
        exercise_time: time.into(),
        function: "it".into(),
        text: String::new(),
        words: Named {
            action: action.into(),
            target: None,
        },
        score: shifts.iter().map(|s| s.weight).sum(),
        runs: 60,
        skipped: 0,
        rejoined: 0,
        rejoined_between: None,
        precise: true,
        shifts,
        same: Vec::new(),
        like_nothing: false,
        needed_by: Vec::new(),
        gates_recovery: false,
    }
}

/// Leaving out the shutdown: the deadline missed, the state network reached, telephony never
/// back in any run (with it: back on day 3 in every run).
fn shutdown(s: &Scenario) -> Effect {
    let never = [
        Back {
            never: 0.0,
            day: Some(3.0),
        },
        Back {
            never: 1.0,
            day: None,
        },
    ];
    effect(
        1,
        "Notabschaltung",
        "2021-10-15 03:15",
        vec![
            shift(
                figure(s, "deadlines.fuehrerschein-umtausch-2022-01-19.met"),
                1.0,
                0.0,
                None,
            ),
            shift(figure(s, "state_network_breached"), 0.05, 1.0, None),
            shift(
                figure(s, "services.telefonie.restored_day"),
                3.0,
                204.0,
                Some(never),
            ),
        ],
    )
}

#[test]
fn a_result_is_one_sentence_in_each_language() {
    let s = westmecklenburg();
    let e = shutdown(&s);
    assert_eq!(
        sentence(&s, &e, Lang::DE),
        "Ohne „Notabschaltung“ am 15.10.2021 um 03:15 wäre die Frist „Pflichtumtausch \
         Führerscheine der Jahrgänge 1953–1958 (19.01.2022)“ in keinem Lauf eingehalten worden \
         statt in allen Läufen, das Landesnetz wäre in allen Läufen erreicht worden statt in \
         wenigen Läufen und „Telefonie Stadthaus Schwerin“ wäre in allen Läufen bis zum Ende der \
         Übung nicht wieder verfügbar gewesen."
    );
    assert_eq!(
        sentence(&s, &e, Lang::EN),
        "Without “Notabschaltung” on 2021-10-15 at 03:15, the deadline “Pflichtumtausch \
         Führerscheine der Jahrgänge 1953–1958 (19.01.2022)” would have been met in no run \
         instead of in every run, the state network would have been reached in every run \
         instead of in few runs and “Telefonie Stadthaus Schwerin” would not have been back by \
         the end of the exercise in every run."
    );
    // A service that comes back in every run is "days later", with German word order either way.
    let later = effect(
        19,
        "Wiederanlaufreihenfolge festlegen",
        "2021-10-18 12:00",
        vec![
            shift(figure(&s, "fines_lapsed"), 2700.0, 1892.0, None),
            shift(
                figure(&s, "services.stadtwerke-kundenservice.restored_day"),
                22.0,
                59.0,
                Some([
                    Back {
                        never: 0.0,
                        day: Some(22.0),
                    },
                    Back {
                        never: 0.0,
                        day: Some(59.0),
                    },
                ]),
            ),
        ],
    );
    assert_eq!(
        sentence(&s, &later, Lang::DE),
        "Ohne „Wiederanlaufreihenfolge festlegen“ am 18.10.2021 um 12:00 wären rund 808 Fälle \
         weniger verjährt und „Kundenservice der Stadtwerke Schwerin“ wäre rund 37 Tage später \
         wieder verfügbar gewesen."
    );
}

/// A change that brings back what the exercise never got back says so, not "N days earlier"
/// against the day after the end.
#[test]
fn back_where_the_exercise_was_not_is_said_as_such() {
    let s = westmecklenburg();
    let e = effect(
        12,
        "Ersatzanlage",
        "2021-10-16 08:00",
        vec![shift(
            figure(&s, "services.telefonie.restored_day"),
            204.0,
            12.0,
            Some([
                Back {
                    never: 1.0,
                    day: None,
                },
                Back {
                    never: 0.0,
                    day: Some(12.0),
                },
            ]),
        )],
    );
    assert_eq!(
        sentence(&s, &e, Lang::DE),
        "Ohne „Ersatzanlage“ am 16.10.2021 um 08:00 wäre „Telefonie Stadthaus Schwerin“ in \
         allen Läufen wieder verfügbar gewesen (ab etwa Tag 12), in der Übung nicht bis zu ihrem \
         Ende."
    );
    assert_eq!(
        sentence(&s, &e, Lang::EN),
        "Without “Ersatzanlage” on 2021-10-16 at 08:00, “Telefonie Stadthaus Schwerin” would \
         have been back in every run (from about Day 12), in the exercise not by its end."
    );
}

fn text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Para(p) | Block::Heading(p) => p.clone(),
            Block::List(items) => items.join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| r.join(" | "))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Chart { caption, .. } => caption.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_chapter_shows_three_then_the_others_in_a_sentence_or_by_number() {
    let s = westmecklenburg();
    let breach = figure(&s, "state_network_breached");
    let mut first = shutdown(&s);
    first.needed_by = vec![16, 32];
    first.gates_recovery = true;
    first.rejoined = 12;
    first.rejoined_between = Some((7 * 1440 + 11 * 60, 8 * 1440 + 3 * 60));
    let ranked = vec![
        first,
        effect(
            3,
            "Landesnetz trennen",
            "2021-10-15 07:00",
            vec![shift(breach, 0.05, 0.6, None)],
        ),
        effect(
            7,
            "Meldung LfDI",
            "2021-10-15 09:00",
            vec![shift(figure(&s, "deadlines.dsgvo-72h.met"), 1.0, 0.0, None)],
        ),
        effect(
            26,
            "Notzahlläufe",
            "2021-10-20 10:00",
            vec![shift(breach, 0.05, 0.1, None)],
        ),
        // Moved, but not beyond doubt: counted with those that changed nothing noticeable.
        effect(
            30,
            "Prüfteams",
            "2021-10-27 08:00",
            vec![Shift {
                difference: Some(Interval {
                    mean: 0.01,
                    half_width: 0.05,
                    n: 60,
                }),
                ..shift(breach, 0.05, 0.06, None)
            }],
        ),
        effect(2, "Stab einberufen", "2021-10-15 07:30", Vec::new()),
    ];
    let chapter = section(&s, &ranked, Lang::DE);
    let words = text(&chapter.blocks);
    let headings = chapter
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading(h) if h.starts_with("ETB-Nr.")))
        .count();
    assert_eq!(headings, 3, "{words}");
    assert!(
        words.contains(
            "Gerechnet mit 60 Läufen. 12 davon standen wieder genau wie die Übung (frühestens \
             am 15.10.2021 um 11:00, spätestens am 16.10.2021 um 03:00) und nahmen von da an \
             ihren Verlauf."
        ),
        "{words}"
    );
    assert!(
        words.contains("| Tag 3 | nicht bis zum Ende der Übung"),
        "{words}"
    );
    // Why, by the scenario's rules.
    assert!(
        words.contains(
            "Warum: Die Wiederherstellung der Systeme setzt sie voraus, ebenso die \
             Entscheidungen Nr. 16 und 32."
        ),
        "{words}"
    );
    assert_eq!(words.matches("Warum:").count(), 1, "{words}");
    assert!(words.contains("Die übrigen Entscheidungen mit erkennbarer Wirkung"));
    assert!(
        words.contains("Nr. 26: Ohne „Notzahlläufe“ am 20.10.2021 um 10:00 wäre das Landesnetz"),
        "{words}"
    );
    assert!(
        words.contains(
            "Ohne jede einzelne der übrigen 2 Entscheidungen (Nr. 2, 30) hätte sich an den \
             wichtigsten Kennzahlen nichts Erkennbares geändert."
        ),
        "{words}"
    );
    // No count of nothing, no day after the end.
    assert!(!words.contains(" 0 "), "{words}");
    assert!(!words.contains("Tag 204"), "{words}");
}
