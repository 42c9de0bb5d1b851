//! A bounded, seeded fuzz run over everything krisenstab reads that others may have written
//! (issue 13): scenario files, exercise files and decision logs, each mutated at random (hostile
//! snippets inserted: control characters raw and escaped, markup, quotes, brackets, extreme
//! numbers; ranges deleted, lines duplicated and swapped, bytes flipped, files truncated, line
//! ends turned into CRLF).
//!
//! - Scenarios go through the library (`scenario::parse_bytes`), many of them: no panic, every
//!   problem located inside the file, no message with a control character in it, and no text
//!   with a raw control character accepted.
//! - Exercise files (`replay --verify`, `report -o`) and decision logs (`run --decisions --save`)
//!   go through the real binary, each in a folder of its own: exit code 0 or 1 (never a panic),
//!   a refusal names the file first and, where the file does not parse, its line and column
//!   inside the file; nothing printed holds a control character; and afterwards the folder holds
//!   what it held plus the named output at most (the input unchanged, no stray temporary file).
//!
//! The generator is seeded, so every run tries the same cases; `FUZZ_CASES` multiplies them for a
//! longer hunt (`FUZZ_CASES=20 cargo test --test it fuzz`), `FUZZ_SEED` picks other ones.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use krisenstab::i18n::Lang;
use krisenstab::scenario::{self, BUILTIN, Code};
use krisenstab::visible::is_control;

/// SplitMix64: small, seeded, the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn seed() -> u64 {
    std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(13)
}

/// How many times the default number of cases to run.
fn factor() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

/// What an attacker or a broken editor puts into a file.
const SNIPPETS: &[&str] = &[
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}[2J",
    "\0",
    "\u{7f}",
    "\u{9b}31m",
    "\u{85}",
    "\r",
    "\r\n",
    "\\u{1b}",
    "\\x1b",
    "\\xc2\\x9b",
    "\\0",
    "\\r",
    "\\u{110000}",
    "\\",
    "\"",
    "'",
    "<script>alert(1)</script>",
    "| a | b |",
    "`",
    "\n# ",
    "\n- ",
    "=HYPERLINK(\"x\")",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "//",
    "/*",
    "-1",
    "0",
    "18446744073709551615",
    "99999999999999999999999999999999999999999",
    "1e400",
    "NaN",
    "inf",
    "ü",
    "\u{202e}",
    "\u{feff}",
    "\u{fffd}",
    "Some(",
    "None",
    "r#\"",
];

/// The nearest char boundary at or before `at`.
fn boundary(text: &[u8], at: usize) -> usize {
    let mut at = at.min(text.len());
    while at > 0 && at < text.len() && (text[at] & 0xc0) == 0x80 {
        at -= 1;
    }
    at
}

/// Byte ranges of lines (with their line end).
fn lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// One to three random mutations of `text`; says which.
fn mutate(rng: &mut Rng, text: &[u8]) -> (Vec<u8>, String) {
    let mut bytes = text.to_vec();
    let mut what = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let kind = rng.below(10);
        let len = bytes.len().max(1);
        match kind {
            // A snippet anywhere, most often inside a quoted string.
            0..=3 => {
                let snippet = rng.pick(SNIPPETS);
                let quotes: Vec<usize> = bytes
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| b == b'"')
                    .map(|(i, _)| i + 1)
                    .collect();
                let at = if kind < 3 && !quotes.is_empty() {
                    quotes[rng.below(quotes.len())]
                } else {
                    boundary(&bytes, rng.below(len))
                };
                bytes.splice(at..at, snippet.bytes());
                what.push(format!("insert {snippet:?} at {at}"));
            }
            4 => {
                let from = boundary(&bytes, rng.below(len));
                let to = boundary(&bytes, from + 1 + rng.below(64));
                bytes.drain(from..to.max(from));
                what.push(format!("delete {from}..{to}"));
            }
            5 => {
                let ls = lines(&bytes);
                if let Some(&(a, b)) = ls.get(rng.below(ls.len())) {
                    let line = bytes[a..b].to_vec();
                    bytes.splice(a..a, line);
                    what.push(format!("duplicate the line at {a}"));
                }
            }
            6 => {
                let ls = lines(&bytes);
                if ls.len() >= 2 {
                    let (x, y) = (rng.below(ls.len()), rng.below(ls.len()));
                    let (x, y) = (x.min(y), x.max(y));
                    if x != y {
                        let (a, b) = (ls[x], ls[y]);
                        let swapped = [
                            &bytes[..a.0],
                            &bytes[b.0..b.1],
                            &bytes[a.1..b.0],
                            &bytes[a.0..a.1],
                            &bytes[b.1..],
                        ]
                        .concat();
                        bytes = swapped;
                        what.push(format!("swap lines {x} and {y}"));
                    }
                }
            }
            7 => {
                let at = rng.below(len).min(bytes.len().saturating_sub(1));
                let byte = u8::try_from(rng.next() & 0xff).unwrap();
                if let Some(b) = bytes.get_mut(at) {
                    *b = byte;
                }
                what.push(format!("byte {at} = {byte:#x}"));
            }
            8 => {
                let at = rng.below(len);
                bytes.truncate(at);
                what.push(format!("truncate at {at}"));
            }
            _ => {
                let mut crlf = Vec::with_capacity(bytes.len() + 64);
                for &b in &bytes {
                    if b == b'\n' {
                        crlf.push(b'\r');
                    }
                    crlf.push(b);
                }
                bytes = crlf;
                what.push("CRLF".into());
            }
        }
    }
    (bytes, what.join(", "))
}

/// Lines as an editor counts them.
fn line_count(bytes: &[u8]) -> usize {
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    (newlines + usize::from(bytes.last().is_some_and(|&b| b != b'\n'))).max(1)
}

/// Whether `bytes` hold a control character a scenario must not have: any but tab and line
/// feed, a carriage return only in a CRLF line end.
fn holds_control(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_control(c) {
            return true;
        }
    }
    false
}

#[test]
fn scenario_files_never_panic_are_located_and_never_pass_a_control_character() {
    let mut rng = Rng(seed());
    let cases = 3_000 * factor();
    let mut refused = 0;
    for case in 0..cases {
        let (name, text) = BUILTIN[case % BUILTIN.len()];
        let (bytes, what) = mutate(&mut rng, text.as_bytes());
        let context = format!("{name}, case {case} ({what})");
        let result = std::panic::catch_unwind(|| scenario::parse_bytes(&bytes));
        let result = result.unwrap_or_else(|_| panic!("panicked: {context}"));
        let lines = line_count(&bytes);
        match result {
            Ok(_) => assert!(
                !holds_control(&bytes),
                "accepted a control character: {context}"
            ),
            Err(invalid) => {
                refused += 1;
                assert!(
                    !invalid.issues.is_empty(),
                    "refused for no reason: {context}"
                );
                for issue in &invalid.issues {
                    if Code::FILE_LEVEL.contains(&issue.code()) {
                        continue;
                    }
                    assert!(
                        (1..=lines).contains(&issue.line) && issue.column >= 1,
                        "{}:{} outside the file's {lines} lines: {issue:?}; {context}",
                        issue.line,
                        issue.column
                    );
                    for lang in [Lang::DE, Lang::EN] {
                        let message = issue.describe(lang);
                        assert!(
                            !message.chars().any(is_control),
                            "a control character in {message:?}; {context}"
                        );
                    }
                }
            }
        }
    }
    assert!(
        refused * 2 > cases,
        "only {refused} of {cases} mutations were refused: they do not reach the files"
    );
}

/// A folder's files and their bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// The binary in `dir` (no locale: English), killed and failed if it runs past a deadline.
fn krisenstab_in(dir: &Path, args: &[&str], context: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_krisenstab"))
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{args:?} ran for more than a minute: {context}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Runs `args` in `dir` on the input file `input`, which may write `output`; checks everything
/// the module promises. Returns whether it succeeded.
fn check_run(dir: &Path, input: &str, output: Option<&str>, args: &[&str], context: &str) -> bool {
    let before = contents(dir);
    let o = krisenstab_in(dir, args, context);
    let code = o.status.code();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        matches!(code, Some(0 | 1)),
        "{args:?} exit {code:?}: {context}\n{err}"
    );
    assert!(!err.contains("panicked"), "{args:?}: {context}\n{err}");
    for (what, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.chars().any(is_control),
            "{args:?}: a control character on {what}: {context}\n{text}"
        );
    }
    if code == Some(1) {
        let first = err.lines().next().unwrap_or("");
        assert!(
            first.starts_with(input),
            "{args:?}: the refusal does not name {input} first: {context}\n{err}"
        );
        // A file that does not parse is refused at its line and column (scenario problems
        // inside an exercise file count lines of the embedded scenario instead).
        let rest = &first[input.len()..];
        let mut parts = rest.splitn(4, ':');
        if let (Some(""), Some(line), Some(column)) = (parts.next(), parts.next(), parts.next())
            && let (Ok(line), Ok(column)) = (line.parse::<usize>(), column.parse::<usize>())
            && !first.contains("error[E")
        {
            let lines = line_count(&before[input]);
            assert!(
                (1..=lines).contains(&line) && column >= 1,
                "{args:?}: {line}:{column} outside the file's {lines} lines: {context}\n{err}"
            );
        }
    }
    let mut after = contents(dir);
    let written = output.and_then(|name| after.remove(name));
    let mut expected = before.clone();
    if let Some(name) = output {
        expected.remove(name);
    }
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "{args:?}: files appeared or went: {context}"
    );
    assert!(after == expected, "{args:?}: a file changed: {context}");
    if code == Some(0) {
        assert!(
            output.is_none() || written.is_some(),
            "{args:?}: succeeded without writing {output:?}: {context}"
        );
    }
    code == Some(0)
}

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-fuzz-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A recorded exercise of three days of the tutorial, as `run --save` writes it.
fn exercise_file(dir: &Path) -> Vec<u8> {
    let o = krisenstab_in(
        dir,
        &[
            "run",
            "tutorial",
            "--historical",
            "--days",
            "3",
            "--save",
            "base.ron",
        ],
        "base",
    );
    assert!(o.status.success(), "{o:?}");
    let bytes = std::fs::read(dir.join("base.ron")).unwrap();
    std::fs::remove_file(dir.join("base.ron")).unwrap();
    bytes
}

#[test]
fn exercise_files_never_panic_are_refused_located_and_touch_nothing_else() {
    let dir = folder("exercise");
    let base = exercise_file(&dir);
    let mut rng = Rng(seed() ^ 0xe5e5);
    let cases = 250 * factor();
    let mut replayed = 0;
    for case in 0..cases {
        let (bytes, what) = mutate(&mut rng, &base);
        let context = format!("exercise case {case} ({what})");
        let case_dir = dir.join(format!("case-{case}"));
        std::fs::create_dir_all(&case_dir).unwrap();
        std::fs::write(case_dir.join("x.ron"), &bytes).unwrap();
        let verified = check_run(
            &case_dir,
            "x.ron",
            None,
            &["replay", "--verify", "x.ron"],
            &context,
        );
        replayed += usize::from(verified);
        check_run(
            &case_dir,
            "x.ron",
            Some("out.md"),
            &["report", "x.ron", "-o", "out.md"],
            &context,
        );
        std::fs::remove_dir_all(&case_dir).unwrap();
    }
    // Some mutations leave a file that still replays (a changed logbook text, CRLF …).
    assert!(replayed < cases, "no mutation was refused");
}

#[test]
fn decision_logs_never_panic_are_refused_located_and_touch_nothing_else() {
    let dir = folder("log");
    let s = scenario::parse(scenario::builtin("tutorial").unwrap()).unwrap();
    let base = krisenstab::run::historical(&s).to_ron().into_bytes();
    let mut rng = Rng(seed() ^ 0x10c);
    let cases = 250 * factor();
    for case in 0..cases {
        let (bytes, what) = mutate(&mut rng, &base);
        let context = format!("log case {case} ({what})");
        let case_dir = dir.join(format!("case-{case}"));
        std::fs::create_dir_all(&case_dir).unwrap();
        std::fs::write(case_dir.join("log.ron"), &bytes).unwrap();
        check_run(
            &case_dir,
            "log.ron",
            Some("out.ron"),
            &[
                "run",
                "tutorial",
                "--decisions",
                "log.ron",
                "--days",
                "3",
                "--save",
                "out.ron",
            ],
            &context,
        );
        std::fs::remove_dir_all(&case_dir).unwrap();
    }
}
