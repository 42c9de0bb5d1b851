//! `krisenstab sweep`: the spread of the key figures over seeds, independent of threads.

use super::krisenstab;

fn json(args: &[&str]) -> serde_json::Value {
    let o = krisenstab(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn results_do_not_depend_on_the_number_of_threads() {
    let one = json(&[
        "sweep",
        "tutorial",
        "--historical",
        "--runs",
        "24",
        "--jobs",
        "1",
        "--json",
    ]);
    let two = json(&[
        "sweep",
        "tutorial",
        "--historical",
        "--runs",
        "24",
        "--jobs",
        "2",
        "--json",
    ]);
    assert_eq!(one, two);
    assert_eq!(one["scenario"], "tutorial");
    assert_eq!(one["mode"], "historical");
    assert_eq!(one["runs"], 24);
    assert_eq!(one["seeds"], serde_json::json!([1, 24]));
    let keys: Vec<&String> = one.as_object().unwrap().keys().collect();
    assert_eq!(
        keys.len(),
        5,
        "only scenario, mode, runs, seeds and figures: {keys:?}"
    );
    let peak = &one["figures"]["hosts.compromised_peak"];
    let (p10, median, p90) = (
        peak["p10"].as_f64().unwrap(),
        peak["median"].as_f64().unwrap(),
        peak["p90"].as_f64().unwrap(),
    );
    assert!(p10 <= median && median <= p90);
}

#[test]
fn an_exercise_file_is_swept_with_its_own_decisions() {
    let dir = std::env::temp_dir().join(format!("krisenstab-sweep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ex.ron");
    let saved = krisenstab(&[
        "run",
        "tutorial",
        "--historical",
        "--save",
        file.to_str().unwrap(),
    ]);
    assert_eq!(saved.status.code(), Some(0));
    let swept = json(&[
        "sweep",
        file.to_str().unwrap(),
        "--runs",
        "5",
        "--seed-base",
        "1",
        "--json",
    ]);
    let historical = json(&["sweep", "tutorial", "--historical", "--runs", "5", "--json"]);
    assert_eq!(swept["mode"], "exercise");
    assert_eq!(
        swept["figures"], historical["figures"],
        "the file holds the Realverlauf's decisions"
    );
}

#[test]
fn counterfactuals_change_one_recorded_decision() {
    use krisenstab::app::{Action, App, Role};
    use krisenstab::sim::command::Decision;
    let dir = std::env::temp_dir().join(format!("krisenstab-sweep-cf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("uebung.ron");
    let text = krisenstab::scenario::builtin("tutorial").unwrap();
    let s = std::sync::Arc::new(krisenstab::scenario::parse(text).unwrap());
    let mut app = App::start(
        s,
        text,
        1,
        path.clone(),
        Role::Control,
        krisenstab::i18n::Lang::DE,
    )
    .unwrap();
    app.update(Action::NextInject, "09:00");
    let decide = |action: &str, target: &str| {
        Action::Decide(Decision {
            action: action.into(),
            target: Some(target.into()),
            function: "it".into(),
            reason: "Test".into(),
            order: Vec::new(),
        })
    };
    app.update(decide("herunterfahren", "serverraum"), "09:01");
    let k = app.file().logbook.last().unwrap().number;
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Notiz".into(),
        },
        "09:02",
    );
    let note = app.file().logbook.last().unwrap().number;
    app.update(Action::Advance(24), "09:03");
    let file = path.to_str().unwrap();

    let k_drop = k.to_string();
    let dropped = json(&["sweep", file, "--runs", "8", "--drop", &k_drop, "--json"]);
    assert_eq!(dropped["variant"]["change"], format!("drop {k}"));
    assert_ne!(
        dropped["figures"], dropped["variant"]["figures"],
        "shutting the servers down matters"
    );
    // Paired: each figure that moved carries the mean per-seed difference and its interval.
    let differences = dropped["variant"]["differences"].as_object().unwrap();
    assert!(!differences.is_empty(), "{dropped}");
    for (name, d) in differences {
        assert!(
            d["mean"].is_f64() && d["half_width"].as_f64().unwrap() >= 0.0,
            "{name}: {d}"
        );
    }
    assert!(dropped["variant"]["precise"].is_boolean());
    assert!(dropped["variant"]["rejoined"].as_u64().unwrap() <= 8);
    let later = format!("{k}=+2d");
    let shifted = json(&["sweep", file, "--runs", "8", "--shift", &later, "--json"]);
    assert_eq!(
        shifted["variant"]["change"],
        format!("shift {k} by 2880 min")
    );
    // A change swept in a language, on four runs: what it prints.
    let swept = |lang: &str, change: &str, value: &str| {
        let out = krisenstab(&["--lang", lang, "sweep", file, "--runs", "4", change, value]);
        String::from_utf8(out.stdout).unwrap()
    };
    let text = swept("en", "--drop", &k_drop);
    assert!(
        text.contains("state network breached in") && text.contains("of 4 runs instead of"),
        "{text}"
    );
    assert!(
        text.contains("came back onto the exercise's course"),
        "{text}"
    );
    assert!(text.contains("   Δ "), "{text}");
    // The answer comes first, in a sentence with names and the time as people say it.
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("Without “")
            && first.contains(" on 2024-03-04 at ")
            && first.ends_with('.'),
        "{text}"
    );
    // Without --runs: at most 200, as the report's "what if".
    let plain = krisenstab(&["--lang", "en", "sweep", file, "--drop", &k_drop]);
    assert_eq!(plain.status.code(), Some(0), "{plain:?}");
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(
        plain.lines().next().unwrap().starts_with("Without “"),
        "{plain}"
    );
    let later = swept("en", "--shift", &format!("{k}=+2d"));
    let first = later.lines().next().unwrap();
    assert!(
        first.starts_with("Had “") && first.contains(" been decided 2 d later (on "),
        "{later}"
    );
    let in_german = swept("de", "--shift", &format!("{k}=+2d"));
    let first = in_german.lines().next().unwrap();
    assert!(
        first.starts_with("Wäre „") && first.contains(" 2 T später entschieden worden (am "),
        "{in_german}"
    );

    assert_eq!(
        krisenstab(&["sweep", file, "--runs", "2", "--drop", &note.to_string()])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        krisenstab(&["sweep", file, "--runs", "2", "--shift", "3=soon"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        krisenstab(&[
            "sweep", file, "--runs", "2", "--drop", "1", "--shift", "1=+1h"
        ])
        .status
        .code(),
        Some(2)
    );
}

/// The hot wash's question on the 2021 file: the state link cut six hours later. The shutdown
/// already holds the attacker, so the runs come back onto the exercise's course: the answer says
/// nothing changed, and when the runs rejoined.
#[test]
fn a_later_state_link_cut_in_2021_rejoins_and_says_when() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rv.ron");
    let file = path.to_str().unwrap();
    let saved = krisenstab(&[
        "run",
        "westmecklenburg",
        "--historical",
        "--days",
        "30",
        "--save",
        file,
    ]);
    assert_eq!(saved.status.code(), Some(0), "{saved:?}");
    let out = krisenstab(&["--lang", "en", "sweep", file, "--shift", "3=+6h"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Had “Schnittstelle zum Landesnetz CN LAVINE durch die DVZ trennen lassen” (Schnittstelle \
         KSM/SIS ↔ Landesnetz CN LAVINE) been decided 6 h later (on 2021-10-15 at 13:00), none of \
         the main figures would have changed noticeably."
    );
    let how = lines.nth(1).unwrap();
    assert!(
        how.contains("came back onto the exercise's course (on 2021-10-")
            || how.contains("came back onto the exercise's course (at the earliest on 2021-10-"),
        "{text}"
    );
}
