//! `krisenstab check FILE_OR_NAME...`: validate scenarios, print a summary or every problem.

use std::io::Write;

use serde::Serialize;

use super::Outcome;
use crate::i18n::Lang;
use crate::scenario::{Invalid, Scenario, model::Counts};
use crate::tf;

// Help texts: `cli-check-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    json: bool,
    #[arg(required = true, value_name = "FILE_OR_NAME")]
    scenarios: Vec<String>,
}

/// One argument's result, as `--json` prints it.
#[derive(Debug, Serialize)]
struct Report {
    source: String,
    id: Option<String>,
    valid: bool,
    errors: Vec<ErrorJson>,
    counts: Option<Counts>,
}

#[derive(Debug, Serialize)]
struct ErrorJson {
    code: &'static str,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

pub fn run(args: &Args, lang: Lang, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let mut outcome = Outcome::Ok;
    let mut reports = Vec::with_capacity(args.scenarios.len());
    for arg in &args.scenarios {
        let result = super::resolve_and_load(arg, lang).map(|(s, _)| s);
        if result.is_err() {
            outcome = Outcome::Invalid;
        }
        if args.json {
            reports.push(report(arg, &result, lang));
        } else {
            // Write errors are ignored: a closed pipe must not turn into a panic or a wrong exit code.
            let _ = match &result {
                Ok(s) => writeln!(out, "{}", summary(arg, s, lang)),
                Err(invalid) => super::print_issues(err, arg, invalid, lang),
            };
        }
    }
    if args.json {
        let text = crate::visible::json(&reports).unwrap_or_default();
        let _ = out.write_all(text.as_bytes());
        let _ = writeln!(out);
    }
    outcome
}

fn report(arg: &str, result: &Result<Scenario, Invalid>, lang: Lang) -> Report {
    match result {
        Ok(s) => Report {
            source: arg.to_string(),
            id: Some(s.meta().id.clone()),
            valid: true,
            errors: Vec::new(),
            counts: Some(s.counts()),
        },
        Err(invalid) => Report {
            source: arg.to_string(),
            id: invalid.id.clone(),
            valid: false,
            errors: invalid
                .issues
                .iter()
                .map(|i| ErrorJson {
                    code: i.code().as_str(),
                    path: i.path.clone(),
                    line: (i.line > 0).then_some(i.line),
                    column: (i.column > 0).then_some(i.column),
                    message: i.problem.message(lang),
                })
                .collect(),
            counts: None,
        },
    }
}

/// One line: what the scenario holds and the time it covers.
pub fn summary(arg: &str, s: &Scenario, lang: Lang) -> String {
    let c = s.counts();
    let m = s.meta();
    let end = s
        .wall_clock(m.duration)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let counts = [
        tf!(lang, "cli-count-organisations", n = c.organisations),
        tf!(lang, "cli-count-hosts", n = c.hosts),
        tf!(lang, "cli-count-services", n = c.services),
        tf!(lang, "cli-count-deadlines", n = c.deadlines),
        tf!(lang, "cli-count-actions", n = c.actions),
        tf!(lang, "cli-count-injects", n = c.injects),
        tf!(lang, "cli-count-realverlauf", n = c.realverlauf),
    ];
    tf!(
        lang,
        "cli-check-valid",
        arg = arg,
        id = m.id.as_str(),
        title = m.title.as_str(),
        language = m.language.code(),
        counts = counts.join(", "),
        start = m.start.to_string(),
        end = end
    )
}
