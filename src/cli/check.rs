//! `krisenstab check FILE_OR_NAME...`: validate scenarios, print a summary or every problem.

use std::io::Write;

use serde::Serialize;

use super::Outcome;
use crate::i18n::{Lang, number};
use crate::scenario::{Invalid, Scenario, model::Counts};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print only a JSON array with one object per argument, in order.
    #[arg(long)]
    json: bool,
    /// Scenario files, or names of built-in scenarios (tutorial, westmecklenburg).
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
        let result = super::resolve_and_load(arg).map(|(s, _)| s);
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
    let n = |x: usize| number(x as u64, lang);
    let end = s
        .wall_clock(m.duration)
        .map(|t| t.to_string())
        .unwrap_or_default();
    match lang {
        Lang::DE => format!(
            "{arg}: gültig – {} „{}“ ({}): {} Organisationen, {} Rechner, {} Dienste, {} Fristen, {} Maßnahmen, {} Einlagen, {} Entscheidungen im Realverlauf; {} bis {}",
            m.id,
            m.title,
            m.language.code(),
            n(c.organisations),
            number(c.hosts, lang),
            n(c.services),
            n(c.deadlines),
            n(c.actions),
            n(c.injects),
            n(c.realverlauf),
            m.start,
            end,
        ),
        _ => format!(
            "{arg}: valid – {} \"{}\" ({}): {} organisations, {} hosts, {} services, {} deadlines, {} actions, {} injects, {} Realverlauf decisions; {} to {}",
            m.id,
            m.title,
            m.language.code(),
            n(c.organisations),
            number(c.hosts, lang),
            n(c.services),
            n(c.deadlines),
            n(c.actions),
            n(c.injects),
            n(c.realverlauf),
            m.start,
            end,
        ),
    }
}
