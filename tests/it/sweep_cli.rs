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
