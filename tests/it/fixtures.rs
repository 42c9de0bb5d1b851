//! One invalid scenario per validation code in `tests/fixtures/invalid/<CODE>.ron`.
//!
//! Each fixture starts with two comment lines:
//!
//! ```text
//! // E0103: an inject names a sender that does not exist (typo)
//! // expect: 23:17 injects[0].sender: unknown organisation 'lokalzeitng'; did you mean 'lokalzeitung'?
//! ```
//!
//! The loader must report an issue with the fixture's code at exactly that line, column and path,
//! with exactly that English message (an empty path is written as ` : MESSAGE`).

use std::path::{Path, PathBuf};

use krisenstab::i18n::Lang;
use krisenstab::scenario::{Code, Issue, parse_bytes};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid")
}

fn fixture(code: Code) -> PathBuf {
    dir().join(format!("{code}.ron"))
}

/// The `// expect:` line of a fixture: line, column, path and English message.
#[derive(Debug, PartialEq)]
struct Expect {
    line: usize,
    column: usize,
    path: String,
    message: String,
}

impl Expect {
    fn of(issue: &Issue) -> Expect {
        Expect {
            line: issue.line,
            column: issue.column,
            path: issue.path.clone(),
            message: issue.problem.message(Lang::EN),
        }
    }
}

impl std::fmt::Display for Expect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{} {}: {}",
            self.line, self.column, self.path, self.message
        )
    }
}

/// Reads `// expect: LINE:COLUMN PATH: MESSAGE` from the fixture's text.
#[track_caller]
fn expectation(name: &str, text: &str) -> Expect {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("// expect: "))
        .unwrap_or_else(|| panic!("{name}: no `// expect: ` line"));
    let (position, rest) = line
        .split_once(' ')
        .unwrap_or_else(|| panic!("{name}: malformed expect line: {line}"));
    let (l, c) = position
        .split_once(':')
        .unwrap_or_else(|| panic!("{name}: malformed position: {position}"));
    let (path, message) = rest
        .split_once(": ")
        .unwrap_or_else(|| panic!("{name}: malformed expect line: {line}"));
    Expect {
        line: l
            .parse()
            .unwrap_or_else(|_| panic!("{name}: bad line number: {l}")),
        column: c
            .parse()
            .unwrap_or_else(|_| panic!("{name}: bad column number: {c}")),
        path: path.to_string(),
        message: message.to_string(),
    }
}

fn describe(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| format!("  {} {}\n", i.code(), Expect::of(i)))
        .collect()
}

#[test]
fn every_code_has_a_fixture_and_every_fixture_a_code() {
    let missing: Vec<String> = Code::ALL
        .iter()
        .filter(|code| !fixture(**code).is_file())
        .map(|code| fixture(*code).display().to_string())
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:#?}");

    let known: Vec<String> = Code::ALL.iter().map(|c| format!("{c}.ron")).collect();
    let mut strays: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !known.contains(name))
        .collect();
    strays.sort();
    assert!(
        strays.is_empty(),
        "fixtures for no code in Code::ALL: {strays:?}"
    );
}

#[test]
fn every_fixture_reports_its_expected_issue() {
    let failures: Vec<String> = Code::ALL.into_iter().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Loads one fixture; `None` if it reports what it expects, else what went wrong.
#[track_caller]
fn check(code: Code) -> Option<String> {
    let name = format!("{code}.ron");
    let bytes = std::fs::read(fixture(code)).unwrap();
    // The two comment lines are ASCII; only the E0002 fixture has invalid bytes, further down.
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.starts_with(&format!("// {code}: ")),
        "{name}: the first line must be `// {code}: <what is wrong>`"
    );
    let expected = expectation(&name, &text);
    let Err(invalid) = parse_bytes(&bytes) else {
        return Some(format!(
            "{name}: loaded as a valid scenario, expected\n  {code} {expected}\n"
        ));
    };
    let lines = text.lines().count();
    let outside = invalid
        .issues
        .iter()
        .any(|i| !(1..=lines).contains(&i.line));
    let found = invalid
        .issues
        .iter()
        .any(|i| i.code() == code && Expect::of(i) == expected);
    if found && !outside {
        return None;
    }
    let what = if found {
        format!("an issue lies outside the file's {lines} lines")
    } else {
        "expected".into()
    };
    Some(format!(
        "{name}: {what}\n  {code} {expected}\nactual issues:\n{}",
        describe(&invalid.issues)
    ))
}
