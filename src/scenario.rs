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

/// Validates scenario text.
pub fn parse(text: &str) -> Result<Scenario, Invalid> {
    let raw: raw::Scenario = match crate::ron_io::options().from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let position = clamp(
                Position {
                    line: e.span.start.line,
                    column: e.span.start.col,
                },
                text,
            );
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
    let hash = text_hash(text);
    validate::validate(&raw)
        .map(|mut s| {
            s.meta.text_hash = hash;
            s
        })
        .map_err(|problems| {
            let locations = locate::Locations::scan(text);
            let mut issues: Vec<Issue> = problems
                .into_iter()
                .map(|(path, problem)| {
                    let position = clamp(locations.find(&path), text);
                    Issue {
                        path,
                        line: position.line,
                        column: position.column,
                        problem,
                    }
                })
                .collect();
            issues.sort_by_key(|i| (i.line, i.column));
            Invalid {
                id: Some(raw.id.clone()),
                issues,
            }
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

/// Keeps a position on a line that exists: the parser reports end-of-file after a final newline
/// as the (empty) line after the last one.
fn clamp(position: Position, text: &str) -> Position {
    let lines = text.lines().count().max(1);
    if position.line <= lines {
        return Position {
            line: position.line.max(1),
            column: position.column.max(1),
        };
    }
    let last = text.lines().last().unwrap_or("");
    Position {
        line: lines,
        column: last.chars().count() + 1,
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

    #[test]
    fn invalid_utf8_is_located() {
        let issues = parse_bytes(b"Scenario(\n  id: \"\xff\"")
            .unwrap_err()
            .issues;
        assert_eq!(issues[0].code(), Code::InvalidUtf8);
        assert_eq!((issues[0].line, issues[0].column), (2, 8));
    }
}
