//! `krisenstab check` as a user runs it: the real binary, its output and exit codes.

use std::path::Path;
use std::process::{Command, Output};

use super::krisenstab;

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

#[test]
fn shipped_scenarios_are_valid_with_one_line_each() {
    let o = krisenstab(&[
        "check",
        "scenarios/tutorial.ron",
        "scenarios/westmecklenburg.ron",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.lines().all(|l| l.contains(": valid")), "{out}");
}

#[test]
fn westmecklenburg_counts_match_the_2021_scale() {
    let o = krisenstab(&["check", "--json", "westmecklenburg"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let c = &v[0]["counts"];
    let hosts = c["hosts"].as_u64().unwrap();
    assert!((3_500..=5_000).contains(&hosts), "hosts {hosts}");
    assert!(c["services"].as_u64().unwrap() >= 12);
    assert!(c["injects"].as_u64().unwrap() >= 30);
    assert!(c["actions"].as_u64().unwrap() >= 15);
    assert!(c["realverlauf"].as_u64().unwrap() >= 10);
    assert!(c["observed"].as_u64().unwrap() >= 8);
    assert_eq!(v[0]["id"], "westmecklenburg");
    assert_eq!(v[0]["valid"], true);
}

#[test]
fn built_in_names_work_from_any_folder() {
    let o = Command::new(env!("CARGO_BIN_EXE_krisenstab"))
        .args(["check", "westmecklenburg", "tutorial"])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn json_has_one_object_per_argument_in_order() {
    let bad = "tests/fixtures/invalid/E0103.ron";
    let o = krisenstab(&["check", "--json", "tutorial", bad, "no-such-scenario"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["source"], "tutorial");
    assert_eq!(items[0]["valid"], true);
    assert!(items[0]["errors"].as_array().unwrap().is_empty());
    assert_eq!(items[1]["source"], bad);
    assert_eq!(items[1]["valid"], false);
    assert!(items[1]["counts"].is_null());
    let e = &items[1]["errors"][0];
    assert_eq!(e["code"], "E0103");
    assert!(e["line"].as_u64().unwrap() >= 1 && e["column"].as_u64().unwrap() >= 1);
    assert!(!e["path"].as_str().unwrap().is_empty());
    assert!(items[2]["id"].is_null());
    assert_eq!(items[2]["errors"][0]["code"], "E0003");
}

#[test]
fn problems_are_printed_as_file_line_column() {
    let bad = "tests/fixtures/invalid/E0103.ron";
    let o = krisenstab(&["--lang", "en", "check", bad]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let first = err.lines().next().unwrap();
    let mut parts = first.splitn(4, ':');
    assert_eq!(parts.next(), Some(bad));
    assert!(
        parts.next().unwrap().parse::<usize>().unwrap() >= 1,
        "{first}"
    );
    assert!(
        parts.next().unwrap().parse::<usize>().unwrap() >= 1,
        "{first}"
    );
    assert!(parts.next().unwrap().contains("error[E0103]"), "{first}");

    let o = krisenstab(&["--lang", "de", "check", bad]);
    assert!(stderr(&o).contains("Fehler[E0103]"), "{}", stderr(&o));
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron"),
    )
    .unwrap()
    .replacen("probability: 0.5,", "probability: 1.5,", 1)
    .replace("demand_per_day: 20,", "demand_per_day: -20,")
    .replace("\"mailserver\", \"ad\"]", "\"mailserver\", \"adx\"]");
    let dir = std::env::temp_dir().join(format!("krisenstab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("three.ron");
    std::fs::write(&path, text).unwrap();
    let o = krisenstab(&["check", "--json", path.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    let codes: Vec<String> = json(&o)[0]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 3, "{codes:?}");
    for code in ["E0103", "E0106", "E0107"] {
        assert!(
            codes.iter().any(|c| c == code),
            "{code} missing from {codes:?}"
        );
    }
}

#[test]
fn unknown_names_list_the_built_ins() {
    let o = krisenstab(&["--lang", "en", "check", "westmeklenburg"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("tutorial") && err.contains("westmecklenburg"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(krisenstab(&["check"]).status.code(), Some(2));
    assert_eq!(
        krisenstab(&["check", "--no-such-flag", "tutorial"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        krisenstab(&["--lang", "fr", "check", "tutorial"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(krisenstab(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(krisenstab(&["--help"]).status.code(), Some(0));
}
