//! Issue 19's figures in one divan run (`cargo bench --bench whatif`):
//!
//! - `report --counterfactuals` on the 2021 Realverlauf's exercise file (the real binary), and
//!   beside it the reference: every variant run whole on 200 seeds, no fork, no rejoin, no
//!   precision rule (one sample; it also checks that every interval of the fast method meets its
//!   target or used all its runs, and how often the reference's mean difference lies inside it);
//! - a passive Westmecklenburg run; 1,000 historical runs on two threads; a passive run of a
//!   generated world of 10^6 hosts that the attacker overruns, to its end.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly on bad setup"
)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use divan::Bencher;
use krisenstab::report::CounterfactualSettings;
use krisenstab::report::counterfactual::{Effect, effects};
use krisenstab::run::{self, Mode};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sweep;

fn main() {
    divan::main();
}

fn westmecklenburg() -> Arc<Scenario> {
    Arc::new(
        scenario::parse(scenario::builtin("westmecklenburg").expect("built in")).expect("valid"),
    )
}

/// The 2021 Realverlauf as an exercise file (`run --historical --save`), in a folder that lives
/// as long as the benchmark.
fn historical_file() -> PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().unwrap());
    let file = dir.path().join("realverlauf-2021.ron");
    if !file.exists() {
        let out = Command::new(env!("CARGO_BIN_EXE_krisenstab"))
            .args(["run", "westmecklenburg", "--historical", "--save"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    file
}

fn report(file: &Path, extra: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_krisenstab"))
        .args(["report"])
        .arg(file)
        .args(["--counterfactuals", "--jobs", "2", "--force", "-o"])
        .arg(file.with_extension("md"))
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// `report --counterfactuals` as a trainer runs it: fork, rejoin, precision rule, at most 200
/// seeds, two threads.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn counterfactual_report_fast(bencher: Bencher) {
    let file = historical_file();
    bencher.bench_local(|| report(&file, &[]));
}

/// The fast method's effects (library: the work of `report --counterfactuals` without the rest
/// of the report), kept for the comparison with the reference.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn counterfactual_effects_fast(bencher: Bencher) {
    let (s, file) = opened();
    let settings = CounterfactualSettings::new(200, 2);
    bencher.bench_local(|| {
        let e = effects(&s, &file, &settings, &|_| {}).unwrap();
        let _ = FAST.set(e);
    });
}

/// The reference: every decision left out, each variant run whole from the start on all 200
/// seeds, no precision rule (one sample); then the agreement with the fast method.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn counterfactual_effects_reference_200(bencher: Bencher) {
    let (s, file) = opened();
    let settings = CounterfactualSettings::reference(200, 2);
    let mut reference = Vec::new();
    bencher.bench_local(|| reference = effects(&s, &file, &settings, &|_| {}).unwrap());
    let fast = FAST
        .get_or_init(|| effects(&s, &file, &CounterfactualSettings::new(200, 2), &|_| {}).unwrap());
    agreement(&s, fast, &reference);
}

static FAST: std::sync::OnceLock<Vec<Effect>> = std::sync::OnceLock::new();

fn opened() -> (Arc<Scenario>, krisenstab::exercise::ExerciseFile) {
    let path = historical_file();
    let (file, sim) = krisenstab::exercise::open(&path)
        .unwrap()
        .replayed(&path)
        .unwrap();
    (Arc::new(sim.scenario().clone()), file)
}

/// The fast method's intervals against the reference's 200-seed mean differences (printed).
fn agreement(s: &Scenario, fast: &[Effect], reference: &[Effect]) {
    fn difference(
        e: &Effect,
        figure: krisenstab::scenario::model::Figure,
    ) -> Option<&krisenstab::report::counterfactual::Shift> {
        e.shifts.iter().find(|x| x.figure == figure)
    }
    let (mut pairs, mut inside, mut unmet) = (0u32, 0u32, 0);
    for (f, r) in fast.iter().zip(reference) {
        assert_eq!(f.entry, r.entry);
        if !f.precise && f.runs < 200 {
            unmet += 1;
        }
        for figure in s.figures() {
            if sweep::target(figure).is_none() {
                continue;
            }
            pairs += 1;
            // A figure that did not move has no entry: a difference of nothing.
            let truth = difference(r, figure).map_or(0.0, |x| x.mean_without - x.mean_with);
            let (mean, half) = difference(f, figure)
                .and_then(|x| x.difference)
                .map_or((0.0, 0.0), |i| (i.mean, i.half_width));
            if (truth - mean).abs() <= half + 1e-9 {
                inside += 1;
            }
        }
    }
    let seeds: u64 = fast.iter().map(|e| e.runs).sum();
    eprintln!(
        "what-if agreement: {inside} of {pairs} decision–figure pairs hold the reference's 200-seed mean difference ({:.1} %); {unmet} decisions missed their precision target before 200 seeds; the fast method ran {seeds} decision-seeds of {}",
        100.0 * f64::from(inside) / f64::from(pairs.max(1)),
        200 * fast.len()
    );
}

/// A passive Westmecklenburg run, start to end (as `krisenstab run` makes it).
#[divan::bench(sample_count = 20)]
fn westmecklenburg_passive_run(bencher: Bencher) {
    let s = westmecklenburg();
    bencher.bench_local(|| run::run(Arc::clone(&s), 1, &[], None).sim);
}

/// 1,000 historical runs over seeds 1–1,000 on two threads (`sweep --historical --runs 1000`).
#[divan::bench(sample_count = 1, sample_size = 1)]
fn historical_runs_1000_on_two_threads(bencher: Bencher) {
    let s = westmecklenburg();
    let commands = Mode::Historical.commands(&s);
    bencher.bench_local(|| sweep::outcomes(&s, &commands, 1, 1000, 2, &|| {}).unwrap());
}

/// A generated world of 10^6 hosts that the attacker overruns (five contacts an hour,
/// encryption only after 20 days), run passive to its end from its text: parsing, spawning and
/// 1,440 ticks.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn million_hosts_overrun_passive_run(bencher: Bencher) {
    let text = krisenstab::generate::scenario(1_000_000)
        .replace("contacts_per_hour: 0.2,", "contacts_per_hour: 5.0,")
        .replace(
            "Stage(kind: encryption, after: hours(24)",
            "Stage(kind: encryption, after: hours(480)",
        );
    bencher.bench_local(|| {
        let s = Arc::new(scenario::parse(&text).unwrap());
        let mut done = run::run(s, 1, &[], None);
        let outcome = done.sim.outcome();
        assert_eq!(outcome.hosts.compromised_peak, 1_000_000);
        outcome
    });
}
