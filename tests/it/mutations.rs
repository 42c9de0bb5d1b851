//! The loader never panics and always locates its complaint, whatever a designer's editor (or a
//! truncated download) does to a shipped scenario.
//!
//! Each case takes a shipped scenario, applies one mutation (delete or duplicate a line, swap two
//! tokens, set a number to -1, 0, 1e308 or u64::MAX, mistype an id, truncate at a random byte,
//! insert an invalid UTF-8 byte) and feeds the bytes to the loader. The runner is seeded, so CI
//! sees the same 2,000+ cases every time; `PROPTEST_CASES` raises the count for a longer hunt.

use krisenstab::scenario::{self, BUILTIN};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Byte ranges of maximal runs of characters matching `keep`.
fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (keep(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Byte ranges of the contents of quoted strings that look like ids.
fn ids(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('"') {
        let start = rest + open + 1;
        let Some(len) = text[start..].find('"') else {
            break;
        };
        let content = &text[start..start + len];
        if !content.is_empty()
            && content
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            out.push((start, start + len));
        }
        rest = start + len + 1;
    }
    out
}

fn splice(text: &str, range: (usize, usize), with: &str) -> Vec<u8> {
    [
        &text.as_bytes()[..range.0],
        with.as_bytes(),
        &text.as_bytes()[range.1..],
    ]
    .concat()
}

/// Applies mutation `kind` with the random choices `a`, `b`, `c`.
fn mutate(text: &str, kind: u8, a: usize, b: usize, c: usize) -> Vec<u8> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    match kind {
        0 => {
            let drop = a % lines.len();
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != drop)
                .map(|(_, l)| *l)
                .collect::<String>()
                .into_bytes()
        }
        1 => {
            let twice = a % lines.len();
            let mut out = String::new();
            for (i, l) in lines.iter().enumerate() {
                out.push_str(l);
                if i == twice {
                    out.push_str(l);
                }
            }
            out.into_bytes()
        }
        2 => {
            let tokens = runs(text, |c| !c.is_whitespace());
            let (x, y) = (tokens[a % tokens.len()], tokens[b % tokens.len()]);
            let (first, second) = if x.0 <= y.0 { (x, y) } else { (y, x) };
            if first == second {
                return text.as_bytes().to_vec();
            }
            [
                &text.as_bytes()[..first.0],
                &text.as_bytes()[second.0..second.1],
                &text.as_bytes()[first.1..second.0],
                &text.as_bytes()[first.0..first.1],
                &text.as_bytes()[second.1..],
            ]
            .concat()
        }
        3 => {
            let numbers = runs(text, |c| c.is_ascii_digit() || c == '.');
            let replacement = ["-1", "0", "1e308", "18446744073709551615"][b % 4];
            splice(text, numbers[a % numbers.len()], replacement)
        }
        4 => {
            let candidates = ids(text);
            let (start, end) = candidates[a % candidates.len()];
            let id = &text[start..end];
            let at = b % id.len();
            let typo = match c % 3 {
                0 => format!("{}{}", &id[..at], &id[at + 1..]),
                1 => format!("{}{}{}", &id[..at], &id[at..at + 1], &id[at..]),
                _ => format!("{}x{}", &id[..at], &id[at + 1..]),
            };
            splice(text, (start, end), &typo)
        }
        5 => text.as_bytes()[..1 + a % (text.len() - 1)].to_vec(),
        _ => {
            let at = a % text.len();
            [
                &text.as_bytes()[..at],
                &[0xff_u8][..],
                &text.as_bytes()[at..],
            ]
            .concat()
        }
    }
}

/// Lines as an editor counts them (a final line without newline counts too).
fn line_count(bytes: &[u8]) -> usize {
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    let unterminated = usize::from(bytes.last().is_some_and(|&b| b != b'\n'));
    (newlines + unterminated).max(1)
}

#[test]
fn mutated_scenarios_never_panic_and_errors_are_located() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2048);
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = (
        0..BUILTIN.len(),
        0u8..7,
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
    );
    let invalid = std::cell::Cell::new(0usize);
    let result = runner.run(&strategy, |(which, kind, a, b, c)| {
        let text = BUILTIN[which].1;
        let bytes = mutate(text, kind, a, b, c);
        let lines = line_count(&bytes);
        if let Err(e) = scenario::parse_bytes(&bytes) {
            invalid.set(invalid.get() + 1);
            prop_assert!(!e.issues.is_empty(), "rejected without a reason");
            for issue in &e.issues {
                prop_assert!(
                    (1..=lines).contains(&issue.line) && issue.column >= 1,
                    "{} mutation {kind}: {}:{} outside 1..={lines}: {:?}",
                    BUILTIN[which].0,
                    issue.line,
                    issue.column,
                    issue
                );
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // Most mutations break a scenario; if almost none did, the mutations are not reaching it.
    let invalid = invalid.get();
    assert!(
        invalid * 2 > cases as usize,
        "only {invalid} of {cases} mutations were rejected"
    );
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let dir = std::env::temp_dir().join(format!("krisenstab-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.ron");
    // A sparse file: the size is there, the bytes are never written or read.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(scenario::MAX_FILE_BYTES + 1)
        .unwrap();
    let refused = scenario::load(&scenario::Origin::File(path.clone())).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(refused.issues[0].code(), scenario::Code::TooLarge);
    let message = refused.issues[0]
        .problem
        .message(krisenstab::i18n::Lang::EN);
    assert!(message.contains("67108864 bytes (64 MiB)"), "{message}");
}

#[test]
fn unreadable_files_are_refused_with_the_reason() {
    let dir = std::env::temp_dir();
    let refused = scenario::load(&scenario::Origin::File(dir)).unwrap_err();
    assert_eq!(refused.issues[0].code(), scenario::Code::Unreadable);
}
