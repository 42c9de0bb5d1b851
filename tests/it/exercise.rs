//! Exercise files: written by `run --save`, replayed exactly, refused when tampered with.

use krisenstab::exercise::{ENGINE, ExerciseError, ExerciseFile};

use super::krisenstab;

fn saved(name: &str, args: &[&str]) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("krisenstab-exercise-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise.ron");
    let mut all = args.to_vec();
    let p = path.to_str().unwrap().to_string();
    all.extend(["--save", &p]);
    let o = krisenstab(&all);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    path
}

#[test]
fn a_saved_run_replays_to_the_same_state() {
    let path = saved(
        "replay",
        &["run", "tutorial", "--historical", "--seed", "3", "--json"],
    );
    let o = krisenstab(&["run", "tutorial", "--historical", "--seed", "3", "--json"]);
    let expected: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let file = ExerciseFile::read(&path).unwrap();
    assert_eq!(file.engine, ENGINE);
    assert_eq!(file.seed, 3);
    assert_eq!(file.state_hashes.len(), 21 * 24);
    let mut sim = file.replay(&path).unwrap();
    assert_eq!(
        sim.outcome().state_hash,
        expected["state_hash"].as_str().unwrap()
    );
    // Written atomically: no temporary file is left beside it.
    let left: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(left.len(), 1);
}

#[test]
fn a_tampered_file_is_refused_naming_the_first_divergent_tick() {
    let path = saved("tamper", &["run", "tutorial", "--historical"]);
    let mut file = ExerciseFile::read(&path).unwrap();
    file.state_hashes[99] = "0".repeat(64);
    file.save(&path).unwrap();
    match ExerciseFile::read(&path).unwrap().replay(&path) {
        Err(ExerciseError::Diverged { tick, .. }) => assert_eq!(tick, 100),
        other => panic!("expected a divergence at tick 100, got {:?}", other.err()),
    }

    let mut file = ExerciseFile::read(&path).unwrap();
    file.scenario_text = file.scenario_text.replace("Musterstadt", "Beispielstadt");
    file.save(&path).unwrap();
    assert!(matches!(
        ExerciseFile::read(&path).unwrap().replay(&path),
        Err(ExerciseError::ScenarioHash { .. })
    ));
}

#[test]
fn corrupt_and_foreign_files_are_refused_but_foreign_logbooks_stay_readable() {
    let path = saved("corrupt", &["run", "tutorial", "--days", "2"]);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    match ExerciseFile::read(&path) {
        Err(ExerciseError::Parse { line, .. }) => assert!(line >= 1),
        other => panic!("expected a parse error, got {other:?}"),
    }
    // A format from a newer program is refused; this program writes format 2 and reads 1 too.
    assert!(text.contains("format: 2,"));
    std::fs::write(&path, text.replace("format: 2,", "format: 3,")).unwrap();
    assert!(matches!(
        ExerciseFile::read(&path),
        Err(ExerciseError::Format { found: 3, .. })
    ));
    std::fs::write(&path, text.replace(ENGINE, "krisenstab 0.0.1")).unwrap();
    let old = ExerciseFile::read(&path).unwrap();
    assert!(old.logbook.is_empty());
    assert!(matches!(
        old.replay(&path),
        Err(ExerciseError::Engine { .. })
    ));
}

#[test]
fn a_file_from_another_engine_opens_read_only_for_its_logbook() {
    use krisenstab::app::{Action, App, Role};
    let dir = std::env::temp_dir().join(format!(
        "krisenstab-exercise-{}-foreign",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("alt.ron");
    let text = krisenstab::scenario::builtin("tutorial").unwrap();
    let s = std::sync::Arc::new(krisenstab::scenario::parse(text).unwrap());
    let mut app = App::start(
        s,
        text,
        1,
        path.clone(),
        Role::Staff,
        krisenstab::i18n::Lang::DE,
    )
    .unwrap();
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Krisenstab einberufen".into(),
        },
        "09:00",
    );
    let file = std::fs::read_to_string(&path)
        .unwrap()
        .replace(ENGINE, "krisenstab 0.0.0-alt");
    std::fs::write(&path, file).unwrap();
    let o = krisenstab(&["--lang", "en", "play", "--resume", path.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("read-only"));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Krisenstab einberufen"));
}
