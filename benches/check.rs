//! What `krisenstab check` costs on a scenario full of problems (`cargo bench --bench check`):
//! the tutorial with N unknown ids on one line, parsed, validated, every problem located and its
//! message written (all `check` does but the terminal).
//!
//! - `unknown_ids`: N distinct unknown ids among the tutorial's few dozen known ones. The goal:
//!   300,000 in under 5 s, and ten times the ids at most fifteen times the time.
//! - `unknown_among_many`: the same, with 10,000 known systems of a similar length, so that
//!   did-you-mean has every one of them to compare with (its work is bounded by a budget).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly on bad setup"
)]

use std::fmt::Write as _;

use divan::Bencher;
use krisenstab::i18n::Lang;
use krisenstab::scenario;

fn main() {
    divan::main();
}

/// The tutorial with `known` more systems and `unknown` distinct unknown ids in the
/// dependencies of its file server, all on one line.
fn scenario_with(known: usize, unknown: usize) -> String {
    let tutorial = scenario::builtin("tutorial").unwrap();
    let mut systems = String::from("systems: [\n");
    for i in 0..known {
        let _ = writeln!(
            systems,
            "        System(id: \"system-{i:05}\", name: \"S\", role: application, network: \"serverraum\", hosts: 1, assumption: \"x\"),"
        );
    }
    let mut ids = String::new();
    for i in 0..unknown {
        let _ = write!(ids, "\"unknown-{i:06}\", ");
    }
    let old = "depends_on: [\"ad\"], assumption: \"invented\"),";
    assert!(tutorial.contains(old));
    tutorial.replacen("systems: [\n", &systems, 1).replacen(
        old,
        &format!("depends_on: [{ids}], assumption: \"invented\"),"),
        1,
    )
}

/// What `check` does with the text: every problem located and described.
fn check(text: &str) -> usize {
    let invalid = scenario::parse(text).unwrap_err();
    invalid
        .issues
        .iter()
        .map(|i| format!("x.ron:{}:{}: {}\n", i.line, i.column, i.describe(Lang::EN)).len())
        .sum()
}

#[divan::bench(args = [3_000, 30_000, 300_000], sample_count = 5, sample_size = 1)]
fn unknown_ids(bencher: Bencher, n: usize) {
    let text = scenario_with(0, n);
    assert_eq!(scenario::parse(&text).unwrap_err().issues.len(), n);
    bencher.bench(|| check(&text));
}

#[divan::bench(args = [3_000, 30_000, 300_000], sample_count = 5, sample_size = 1)]
fn unknown_among_many(bencher: Bencher, n: usize) {
    let text = scenario_with(10_000, n);
    assert_eq!(scenario::parse(&text).unwrap_err().issues.len(), n);
    bencher.bench(|| check(&text));
}
