//! Scenario files: text in, a validated [`Scenario`] or every located problem out.
//!
//! This is the one place where scenario text becomes a model: bytes → UTF-8 → `raw` (serde, with
//! unknown fields refused) → `validate` → [`model::Scenario`]. Problems carry a stable code, the
//! document path, and a 1-based line and column taken from positions recorded while parsing
//! (`locate`), never from searching the text.

pub mod issue;
mod locate;
pub mod model;
mod raw;
mod validate;

use std::path::{Path, PathBuf};

pub use issue::{Code, Issue, Kind, Problem};
pub use locate::Position;
pub use model::Scenario;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// No single count (hosts, capacity, cases, staff, cost, duration) may exceed this.
pub const MAX_COUNT: i128 = 10_000_000;
/// The sum of all host counts may not exceed this.
pub const MAX_HOSTS: i128 = 10_000_000;

/// The scenarios shipped in `scenarios/`, compiled in so that they work from any folder.
pub const BUILTIN: &[(&str, &str)] = &[
    ("tutorial", include_str!("../scenarios/tutorial.ron")),
    (
        "westmecklenburg",
        include_str!("../scenarios/westmecklenburg.ron"),
    ),
];

/// The text of a built-in scenario.
pub fn builtin(name: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Why a scenario was refused: its id if the file got that far, and every problem, sorted by
/// position. File-level problems (unreadable, too large) have no position: line and column 0.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub id: Option<String>,
    pub issues: Vec<Issue>,
}

impl Invalid {
    fn file_level(problem: Problem) -> Invalid {
        Invalid {
            id: None,
            issues: vec![Issue {
                path: String::new(),
                line: 0,
                column: 0,
                problem,
            }],
        }
    }
}

/// Where a scenario comes from: a file, or a built-in name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Builtin(&'static str),
}

impl Origin {
    /// An existing path wins; otherwise a built-in name; `None` if it is neither.
    pub fn resolve(arg: &str) -> Option<Origin> {
        let path = Path::new(arg);
        if path.exists() {
            return Some(Origin::File(path.to_path_buf()));
        }
        BUILTIN
            .iter()
            .find(|(n, _)| *n == arg)
            .map(|(n, _)| Origin::Builtin(n))
    }

    /// The scenario's bytes, read up to [`MAX_FILE_BYTES`] by counting them (a device such as
    /// `/dev/zero` reports no size), so an oversized or endless input is refused as too large.
    pub fn read(&self) -> Result<Vec<u8>, Invalid> {
        match self {
            Origin::Builtin(name) => Ok(builtin(name).unwrap_or_default().as_bytes().to_vec()),
            Origin::File(path) => {
                crate::files::read_limited(path, MAX_FILE_BYTES).map_err(|e| match e {
                    crate::files::ReadError::Io(e) => Invalid::file_level(Problem::Unreadable {
                        what: path.display().to_string(),
                        reason: e.to_string(),
                    }),
                    crate::files::ReadError::TooLarge { bytes, limit } => {
                        Invalid::file_level(Problem::TooLarge { bytes, limit })
                    }
                })
            }
        }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Builtin(name) => write!(f, "{name}"),
        }
    }
}

/// Loads and validates a scenario from a file or built-in.
pub fn load(origin: &Origin) -> Result<Scenario, Invalid> {
    parse_bytes(&origin.read()?)
}

/// Validates a scenario's bytes.
pub fn parse_bytes(bytes: &[u8]) -> Result<Scenario, Invalid> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(Invalid::file_level(Problem::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        }));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let position = end_of(valid);
            let issue = Issue {
                path: String::new(),
                line: position.line,
                column: position.column,
                problem: Problem::InvalidUtf8,
            };
            Err(Invalid {
                id: None,
                issues: vec![issue],
            })
        }
    }
}

/// The closest known name for a misspelt field or variant (a new field such as `depends_on` is
/// easy to misspell).
fn suggestion(code: &ron::Error) -> Option<String> {
    let closest = |found: &str, expected: &[&str]| {
        expected
            .iter()
            .map(|e| (strsim::levenshtein(found, e), *e))
            .filter(|&(d, _)| d <= (found.chars().count() / 3).max(2))
            .min_by_key(|&(d, _)| d)
            .map(|(_, e)| e.to_string())
    };
    match code {
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => closest(found, expected),
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => closest(found, expected),
        _ => None,
    }
}

/// Validates scenario text. CRLF line ends are read as LF (a file saved on Windows reads the
/// same, and a text spanning lines holds no carriage return); any other control character in
/// the text is refused (`E0130`).
pub fn parse(text: &str) -> Result<Scenario, Invalid> {
    let normalised;
    let text = if text.contains("\r\n") {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
    let raw: raw::Scenario = match crate::ron_io::options().from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let position = Bounds::of(text).clamp(Position {
                line: e.span.start.line,
                column: e.span.start.col,
            });
            let issue = Issue {
                path: String::new(),
                line: position.line,
                column: position.column,
                problem: Problem::Syntax(e.code.to_string(), suggestion(&e.code)),
            };
            return Err(Invalid {
                id: None,
                issues: vec![issue],
            });
        }
    };
    let (scenario, problems) = match validate::validate(&raw) {
        Ok(scenario) => (Some(scenario), Vec::new()),
        Err(problems) => (None, problems),
    };
    // One structural pass locates every problem and finds every control character; a valid
    // scenario whose text cannot hold one skips it.
    let locations = match scenario {
        Some(mut scenario) if !locate::may_hold_controls(text) => {
            scenario.meta.text_hash = text_hash(text);
            return Ok(scenario);
        }
        Some(mut scenario) => {
            let locations = locate::Locations::scan(text);
            if locations.controls().is_empty() {
                scenario.meta.text_hash = text_hash(text);
                return Ok(scenario);
            }
            locations
        }
        None => locate::Locations::scan(text),
    };
    let bounds = Bounds::of(text);
    let controls = locations.controls().iter().map(|c| Issue {
        path: c.path.clone(),
        line: c.position.line,
        column: c.position.column,
        problem: Problem::ControlCharacter(c.char),
    });
    let mut issues: Vec<Issue> = problems
        .into_iter()
        .map(|(path, problem)| {
            let position = bounds.clamp(locations.find(&path));
            Issue {
                path,
                line: position.line,
                column: position.column,
                problem,
            }
        })
        .chain(controls)
        .collect();
    issues.sort_by_key(|i| (i.line, i.column));
    Err(Invalid {
        id: Some(raw.id.clone()),
        issues,
    })
}

/// BLAKE3 over the text with CRLF line ends turned into LF, in hex: the same scenario checked
/// out on Windows or Linux hashes the same.
pub fn text_hash(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    blake3::hash(normalised.as_bytes()).to_hex().to_string()
}

/// The position just after `text`.
fn end_of(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Position { line, column }
}

/// The lines a text has, counted once, to keep every reported position inside them.
struct Bounds {
    lines: usize,
    /// The column just after the last line.
    end_column: usize,
}

impl Bounds {
    fn of(text: &str) -> Bounds {
        let lines = text.lines().count().max(1);
        let last = text.lines().last().unwrap_or("");
        Bounds {
            lines,
            end_column: last.chars().count() + 1,
        }
    }

    /// Keeps a position on a line that exists: the parser reports end-of-file after a final
    /// newline as the (empty) line after the last one.
    fn clamp(&self, position: Position) -> Position {
        if position.line <= self.lines {
            return Position {
                line: position.line.max(1),
                column: position.column.max(1),
            };
        }
        Position {
            line: self.lines,
            column: self.end_column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_scenarios_are_valid() {
        for (name, text) in BUILTIN {
            if let Err(invalid) = parse(text) {
                panic!("{name}: {:#?}", invalid.issues);
            }
        }
    }

    #[test]
    fn the_text_hash_ignores_line_ends() {
        let lf = builtin("tutorial").unwrap();
        let crlf = lf.replace('\n', "\r\n");
        let (a, b) = (parse(lf).unwrap(), parse(&crlf).unwrap());
        assert_eq!(a.meta().text_hash, b.meta().text_hash);
        assert_eq!(a.meta().text_hash.len(), 64);
        assert_ne!(
            text_hash(lf),
            text_hash(&lf.replace("Musterstadt", "Beispielstadt"))
        );
    }

    #[test]
    fn syntax_errors_stay_inside_the_file() {
        let issues = parse("Scenario(\n  id: \"x\",\n").unwrap_err().issues;
        assert_eq!(issues[0].code(), Code::Syntax);
        assert_eq!(issues[0].line, 2);
    }

    /// The tutorial with an `observed` list appended.
    fn tutorial_observing(entries: &str) -> String {
        let text = builtin("tutorial").unwrap().trim_end();
        let body = text.strip_suffix(')').unwrap();
        format!("{body}    observed: [\n{entries}\n    ],\n)\n")
    }

    #[test]
    fn an_observation_needs_a_source_and_names_it_once() {
        let text = tutorial_observing(
            r#"        Observed(figure: "fines_lapsed", value: 12, text: "12 verjährt", assumption: "geschätzt"),"#,
        );
        let issues = parse(&text).unwrap_err().issues;
        let found: Vec<(Code, &str)> = issues.iter().map(|i| (i.code(), i.path.as_str())).collect();
        assert_eq!(found, [(Code::EmptyList, "observed[0].sources")]);

        let text = tutorial_observing(
            r#"        Observed(figure: "hosts.encrypted_peak", value: 1e400, text: "", sources: ["nope"]),"#,
        );
        let issues = parse(&text).unwrap_err().issues;
        let found: Vec<(Code, &str)> = issues.iter().map(|i| (i.code(), i.path.as_str())).collect();
        assert_eq!(
            found,
            [
                (Code::ObservedValue, "observed[0].value"),
                (Code::Empty, "observed[0].text"),
                (Code::UnknownId, "observed[0].sources[0]"),
            ]
        );
    }

    #[test]
    fn observations_resolve_to_key_figures() {
        let text = tutorial_observing(
            r#"        Observed(figure: "state_network_breached", value: 0, text: "nicht erreicht", sources: ["wm-2021"]),"#,
        );
        let s = parse(&text).unwrap();
        assert_eq!(s.observed().len(), 1);
        assert_eq!(
            s.figure_name(s.observed()[0].figure),
            "state_network_breached"
        );
        assert_eq!(s.counts().observed, 1);
    }

    /// The problems of `text` as (code, path, line, column).
    fn located(text: &str) -> Vec<(Code, String, usize, usize)> {
        parse(text)
            .unwrap_err()
            .issues
            .into_iter()
            .map(|i| (i.code(), i.path, i.line, i.column))
            .collect()
    }

    #[test]
    fn control_characters_are_refused_wherever_they_are_written() {
        let tutorial = builtin("tutorial").unwrap();
        let title = "title: \"Musterstadt";
        let at = tutorial.find(title).unwrap() + title.len();
        let line = 1 + tutorial[..at].matches('\n').count();
        let column = 1 + tutorial[..at].rsplit('\n').next().unwrap().chars().count();
        let with = |insert: &str| format!("{}{insert}{}", &tutorial[..at], &tutorial[at..]);
        for (insert, c) in [
            ("\u{1b}]0;pwned\u{7}", '\u{1b}'),
            ("\0", '\0'),
            ("\r", '\r'),
            ("\u{7f}", '\u{7f}'),
            ("\u{9b}2J", '\u{9b}'),
            ("\\u{1b}[2J", '\u{1b}'),
            ("\\x1b", '\u{1b}'),
            ("\\xc2\\x9b", '\u{9b}'),
            ("\\0", '\0'),
            ("\\r", '\r'),
            ("\\u{85}", '\u{85}'),
        ] {
            let text = with(insert);
            let found = located(&text);
            assert_eq!(
                found[0],
                (Code::ControlCharacter, "title".to_string(), line, column),
                "{insert:?}: {found:?}"
            );
            let issue = &parse(&text).unwrap_err().issues[0];
            assert_eq!(issue.problem, Problem::ControlCharacter(c), "{insert:?}");
        }
        // Every control character is reported, in ids and comments too.
        let text = with("\u{1b}[2J\u{1b}[H")
            .replacen("id: \"ad\"", "id: \"a\0d\"", 1)
            .replacen("Scenario(", "// \u{1b}]0;x\u{7}\nScenario(", 1);
        let found = located(&text);
        let controls: Vec<&(Code, String, usize, usize)> = found
            .iter()
            .filter(|f| f.0 == Code::ControlCharacter)
            .collect();
        assert_eq!(controls.len(), 5, "{found:?}");
        assert_eq!(controls[0].1, "");
        assert!(
            controls.iter().any(|c| c.1.ends_with(".id")),
            "{controls:?}"
        );
        // Tabs, line feeds, CRLF line ends and escapes that stand for themselves are fine.
        let fine = with("\t\\\\x1b \\\\u{1b} \\\\0 \\\\r \\n \\t \\\" ").replace('\n', "\r\n");
        let scenario = parse(&fine).unwrap();
        assert!(scenario.meta().title.contains('\t'));
        assert!(!scenario.meta().title.contains('\r'));
    }

    #[test]
    fn a_text_spanning_lines_reads_the_same_with_crlf_line_ends() {
        let tutorial = builtin("tutorial").unwrap();
        let lf = tutorial.replacen(
            "title: \"Musterstadt",
            "title: \"Zwei\nZeilen, Musterstadt",
            1,
        );
        let crlf = lf.replace('\n', "\r\n");
        let (a, b) = (parse(&lf).unwrap(), parse(&crlf).unwrap());
        assert_eq!(a.meta().title, b.meta().title);
        assert!(a.meta().title.starts_with("Zwei\nZeilen"));
    }

    #[test]
    fn invalid_utf8_is_located() {
        let issues = parse_bytes(b"Scenario(\n  id: \"\xff\"")
            .unwrap_err()
            .issues;
        assert_eq!(issues[0].code(), Code::InvalidUtf8);
        assert_eq!((issues[0].line, issues[0].column), (2, 8));
    }
}
