//! `krisenstab run` as a user runs it.

use std::process::Output;

use super::krisenstab;

fn json(o: &Output) -> serde_json::Value {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn json_holds_exactly_the_documented_figures() {
    let v = json(&krisenstab(&[
        "run",
        "tutorial",
        "--historical",
        "--seed",
        "4",
        "--json",
    ]));
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = vec![
        "scenario",
        "mode",
        "seed",
        "ticks",
        "state_hash",
        "hosts",
        "state_network_breached",
        "services",
        "deadlines",
        "fines_lapsed",
        "cost_eur",
        "normal_operation_day",
        "waiting",
        "reason",
        "held_longest",
    ];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(v["scenario"], "tutorial");
    assert_eq!(v["mode"], "historical");
    assert_eq!(v["seed"], 4);
    assert_eq!(v["ticks"], 21 * 24);
    assert_eq!(v["state_hash"].as_str().unwrap().len(), 64);
    for key in ["total", "compromised_peak", "encrypted_peak"] {
        assert!(v["hosts"][key].is_u64(), "{key}");
    }
    let service = &v["services"][0];
    assert!(
        service["id"].is_string()
            && service["down_hours"].is_u64()
            && service["backlog_peak"].is_u64()
    );
    assert!(service["restored_day"].is_i64() || service["restored_day"].is_null());
    let deadline = &v["deadlines"][0];
    assert!(deadline["due_day"].is_i64() && deadline["met"].is_boolean());
}

#[test]
fn passive_is_the_default_and_days_stop_early() {
    let v = json(&krisenstab(&["run", "tutorial", "--days", "3", "--json"]));
    assert_eq!(v["mode"], "passive");
    assert_eq!(v["seed"], 1);
    assert_eq!(v["ticks"], 72);
}

#[test]
fn a_decision_log_replays_like_the_realverlauf() {
    let s =
        krisenstab::scenario::parse(krisenstab::scenario::builtin("tutorial").unwrap()).unwrap();
    let path = temp("log.ron", &krisenstab::run::historical(&s).to_ron());
    let from_log = json(&krisenstab(&[
        "run",
        "tutorial",
        "--decisions",
        path.to_str().unwrap(),
        "--json",
    ]));
    let historical = json(&krisenstab(&["run", "tutorial", "--historical", "--json"]));
    assert_eq!(from_log["state_hash"], historical["state_hash"]);
    assert_eq!(from_log["mode"], "decisions");
}

#[test]
fn a_decision_that_cannot_apply_yet_waits_and_run_says_what_for() {
    // Reconnecting before anyone engaged the forensic experts: taken, and waiting to the end.
    let log = "DecisionLog(\n  scenario: \"tutorial\",\n  commands: [(tick: 80, command: decide((action: \"netz-wieder-verbinden\", target: \"serverraum\", function: \"it\", reason: \"zu früh\")))],\n)\n";
    let path = temp("waiting.ron", log);
    let args = ["run", "tutorial", "--decisions", path.to_str().unwrap()];
    let v = json(&krisenstab(&[&args[..], &["--json"]].concat()));
    assert_eq!(v["waiting"][0]["action"], "netz-wieder-verbinden");
    assert_eq!(v["waiting"][0]["target"], "serverraum");
    let o = krisenstab(&[&["--lang", "de"], &args[..]].concat());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("übersprungene Entscheidungen: 0"), "{text}");
    assert!(
        text.contains(
            "am Ende noch wartende Entscheidungen:\n    Netz wieder verbinden → serverraum: wartet auf: „Forensik beauftragen“ abgeschlossen"
        ),
        "{text}"
    );
    let o = krisenstab(&[&["--lang", "en"], &args[..]].concat());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("waits for: \"Forensik beauftragen\" finished"),
        "{text}"
    );
}

#[test]
fn bad_input_is_refused_with_its_place() {
    let broken = temp(
        "broken.ron",
        "DecisionLog(\n  scenario: \"tutorial\",\n  commands: [(tick: -3)],\n)\n",
    );
    let o = krisenstab(&[
        "--lang",
        "en",
        "run",
        "tutorial",
        "--decisions",
        broken.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.starts_with(&format!("{}:3:", broken.display())),
        "{err}"
    );
    let o = krisenstab(&["run", "tests/fixtures/invalid/E0103.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        krisenstab(&["run", "tutorial", "--historical", "--passive"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        krisenstab(&["run", "tutorial", "--seed", "minus-one"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn the_summary_is_readable_in_both_languages() {
    let de =
        String::from_utf8(krisenstab(&["--lang", "de", "run", "tutorial", "--historical"]).stdout)
            .unwrap();
    assert!(
        de.contains("Landesnetz erreicht") && de.contains("Fristen:"),
        "{de}"
    );
    let en =
        String::from_utf8(krisenstab(&["--lang", "en", "run", "tutorial", "--historical"]).stdout)
            .unwrap();
    assert!(
        en.contains("state network breached") && en.contains("deadlines:"),
        "{en}"
    );
}

/// A headless run logs each decision at the minute it was taken, not at the start of its tick:
/// the 2021 emergency shutdown was decided at 03:15 (the scenario's tick is an hour).
#[test]
fn a_saved_run_logs_decisions_at_their_minute() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rv.ron");
    let out = krisenstab(&[
        "run",
        "westmecklenburg",
        "--historical",
        "--days",
        "8",
        "--save",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let file = krisenstab::exercise::ExerciseFile::read(&path).unwrap();
    let logged_at = |action: &str| {
        file.logbook
            .iter()
            .find(|e| e.text.starts_with(action))
            .map(|e| e.exercise_time.clone())
    };
    assert_eq!(logged_at("notabschaltung").unwrap(), "2021-10-15 03:15");
    // Whole-hour decisions keep their hour.
    assert_eq!(
        logged_at("forensik-versicherer").unwrap(),
        "2021-10-15 10:00"
    );
}
