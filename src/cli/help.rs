//! The command line in the language of messages: every command's and argument's help from the
//! catalogue (`cli-<command>-about`, `cli-<command>-<argument>-help`), clap's headings through a
//! help template, and the common usage errors rendered from clap's error kind and context.
//! Rare error kinds keep clap's own text.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory as _};

use super::Cli;
use crate::i18n::{Lang, t};
use crate::tf;

/// What each command is for, by its name.
const ABOUT: &[(&str, &str)] = &[
    ("krisenstab", "cli-about"),
    ("check", "cli-check-about"),
    ("run", "cli-run-about"),
    ("sweep", "cli-sweep-about"),
    ("report", "cli-report-about"),
    ("drehbuch", "cli-drehbuch-about"),
    ("play", "cli-play-about"),
    ("replay", "cli-replay-about"),
    ("generate", "cli-generate-about"),
    ("help", "cli-help-about"),
];

/// What each argument is for, by command (empty: any command, for the global options and
/// clap's own) and argument id.
const HELP: &[(&str, &str, &str)] = &[
    ("", "lang", "cli-lang-help"),
    ("", "lang_file", "cli-lang-file-help"),
    ("", "help", "cli-help-help"),
    ("", "version", "cli-version-help"),
    ("check", "json", "cli-check-json-help"),
    ("check", "scenarios", "cli-check-scenarios-help"),
    ("run", "scenario", "cli-run-scenario-help"),
    ("run", "seed", "cli-run-seed-help"),
    ("run", "decisions", "cli-run-decisions-help"),
    ("run", "historical", "cli-run-historical-help"),
    ("run", "passive", "cli-run-passive-help"),
    ("run", "days", "cli-run-days-help"),
    ("run", "json", "cli-run-json-help"),
    ("run", "save", "cli-run-save-help"),
    ("run", "force", "cli-run-force-help"),
    ("sweep", "target", "cli-sweep-target-help"),
    ("sweep", "runs", "cli-sweep-runs-help"),
    ("sweep", "jobs", "cli-sweep-jobs-help"),
    ("sweep", "seed_base", "cli-sweep-seed-base-help"),
    ("sweep", "historical", "cli-sweep-historical-help"),
    ("sweep", "passive", "cli-sweep-passive-help"),
    ("sweep", "json", "cli-sweep-json-help"),
    ("sweep", "drop", "cli-sweep-drop-help"),
    ("sweep", "shift", "cli-sweep-shift-help"),
    ("sweep", "replace", "cli-sweep-replace-help"),
    ("report", "file", "cli-report-file-help"),
    ("report", "out", "cli-report-out-help"),
    (
        "report",
        "counterfactuals",
        "cli-report-counterfactuals-help",
    ),
    ("report", "runs", "cli-report-runs-help"),
    ("report", "reference", "cli-report-reference-help"),
    ("report", "jobs", "cli-report-jobs-help"),
    ("report", "logbook", "cli-report-logbook-help"),
    ("report", "force", "cli-report-force-help"),
    ("report", "meta", "cli-report-meta-help"),
    (
        "report",
        "export_findings",
        "cli-report-export-findings-help",
    ),
    ("report", "findings", "cli-report-findings-help"),
    ("drehbuch", "scenario", "cli-drehbuch-scenario-help"),
    ("drehbuch", "out", "cli-drehbuch-out-help"),
    ("drehbuch", "force", "cli-drehbuch-force-help"),
    ("play", "scenario", "cli-play-scenario-help"),
    ("play", "seed", "cli-play-seed-help"),
    ("play", "role", "cli-play-role-help"),
    ("play", "out", "cli-play-out-help"),
    ("play", "force", "cli-play-force-help"),
    ("play", "resume", "cli-play-resume-help"),
    ("play", "follow", "cli-play-follow-help"),
    ("replay", "file", "cli-replay-file-help"),
    ("replay", "verify", "cli-replay-verify-help"),
    ("replay", "role", "cli-replay-role-help"),
    ("generate", "hosts", "cli-generate-hosts-help"),
    ("help", "subcommand", "cli-help-subcommand-help"),
];

/// Placeholders of values in the usage and help (`<FILE>`), by clap's name for them.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILE_OR_NAME", "cli-value-file-or-name"),
    ("SCENARIO", "cli-value-scenario"),
    ("FILE", "cli-value-file"),
    ("EXERCISE_FILE", "cli-value-exercise-file"),
    ("SCENARIO_OR_EXERCISE", "cli-value-scenario-or-exercise"),
    ("K=DELTA", "cli-value-k-delta"),
    ("K=ACTION[@TARGET]", "cli-value-k-action"),
    ("FILE.ftl", "cli-value-ftl-file"),
    ("COMMAND", "cli-value-command"),
    ("LANG", "cli-value-lang"),
    ("ROLE", "cli-value-role"),
    ("RUNS", "cli-value-runs"),
    ("JOBS", "cli-value-jobs"),
    ("HOSTS", "cli-value-hosts"),
    ("SEED", "cli-value-seed"),
    ("SEED_BASE", "cli-value-seed"),
];

/// The value placeholder of `arg` in `lang`, if it has one the catalogue names.
fn value_name(arg: &clap::Arg, lang: Lang) -> Option<&'static str> {
    if !arg.get_num_args().is_some_and(|n| n.takes_values()) && !arg.is_positional() {
        return None;
    }
    let name = match arg.get_value_names() {
        Some([name, ..]) => name.to_string(),
        _ => arg.get_id().as_str().to_uppercase(),
    };
    VALUE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, id)| t(lang, id))
}

/// The message id of an argument's help.
pub(super) fn help_id(command: &str, arg: &str) -> Option<&'static str> {
    HELP.iter()
        .find(|(c, a, _)| *c == command && *a == arg)
        .or_else(|| HELP.iter().find(|(c, a, _)| c.is_empty() && *a == arg))
        .map(|(_, _, id)| *id)
}

/// The message id of a command's about line.
pub(super) fn about_id(command: &str) -> Option<&'static str> {
    ABOUT.iter().find(|(c, _)| *c == command).map(|(_, id)| *id)
}

/// The whole command line, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Built first, so clap's own arguments (--help, --version, the help command) and the global
    // options in every command are there to be translated.
    cmd.build();
    localize(cmd, lang)
}

fn localize(cmd: Command, lang: Lang) -> Command {
    let name = cmd.get_name().to_owned();
    let mut cmd = cmd
        .mut_args(|arg| {
            // Defaults are said in the help text, in the language of messages.
            let mut arg = arg.hide_default_value(true);
            if let Some(value) = value_name(&arg, lang) {
                arg = arg.value_name(value);
            }
            match help_id(&name, arg.get_id().as_str()) {
                Some(id) => arg.help(t(lang, id)),
                None => arg,
            }
        })
        .mut_subcommands(|sub| localize(sub, lang))
        .subcommand_help_heading(t(lang, "cli-heading-commands"))
        .subcommand_value_name(t(lang, "cli-value-command"));
    if let Some(id) = about_id(&name) {
        cmd = cmd.about(t(lang, id));
    }
    // clap's usage line with its own placeholders ([OPTIONS], [COMMAND]) in `lang`.
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
    let usage = usage
        .replace("[OPTIONS]", t(lang, "cli-usage-options"))
        .replace("[COMMAND]", t(lang, "cli-usage-command"));
    cmd = cmd.override_usage(usage);
    let template = template(&cmd, lang);
    cmd.help_template(template)
}

/// clap's default help layout with the headings in `lang`.
fn template(cmd: &Command, lang: Lang) -> String {
    let styles = cmd.get_styles();
    let (header, usage) = (styles.get_header(), styles.get_usage());
    let heading = |id: &'static str| format!("{header}{}:{header:#}\n", t(lang, id));
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!(
            "{}{{subcommands}}",
            heading("cli-heading-commands")
        ));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{}{{positionals}}",
            heading("cli-heading-arguments")
        ));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!("{}{{options}}", heading("cli-heading-options")));
    }
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
        t(lang, "cli-heading-usage")
    );
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    template
}

/// A usage error in `lang`, as clap would print it; `None` for the kinds clap says itself
/// (help and version, which are already translated, and rare errors).
pub fn error_text(e: &clap::Error, lang: Lang) -> Option<String> {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => Some(s.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let mut tips = Vec::new();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(s) = text(ContextKind::SuggestedArg) {
                tips.push(tf!(lang, "cli-error-similar-argument", suggestion = s));
            } else if arg.starts_with('-') && e.get(ContextKind::Suggested).is_some() {
                tips.push(tf!(lang, "cli-error-as-value", arg = arg.as_str()));
            }
            tf!(lang, "cli-error-unknown-argument", arg = arg)
        }
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            if let Some(s) = text(ContextKind::SuggestedSubcommand) {
                tips.push(tf!(lang, "cli-error-similar-subcommand", suggestion = s));
            }
            tf!(lang, "cli-error-unknown-subcommand", name = name)
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                tf!(lang, "cli-error-value-required", arg = arg)
            } else {
                let mut m = tf!(lang, "cli-error-invalid-value", value = value, arg = arg);
                if let Some(values) = text(ContextKind::ValidValue) {
                    let values = tf!(lang, "cli-error-possible-values", values = values);
                    m.push_str(&format!("\n  [{values}]"));
                }
                m
            }
        }
        ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let m = tf!(lang, "cli-error-invalid-value", value = value, arg = arg);
            match std::error::Error::source(e) {
                Some(why) => format!("{m}: {why}"),
                None => m,
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = match e.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(s)) => s.clone(),
                Some(ContextValue::String(s)) => vec![s.clone()],
                _ => Vec::new(),
            };
            let mut m = t(lang, "cli-error-missing-arguments").to_string();
            for a in missing {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            tf!(lang, "cli-error-conflict", arg = arg, other = other)
        }
        _ => return None,
    };
    let mut out = format!("{}: {message}\n", t(lang, "cli-error"));
    for tip in tips {
        out.push_str(&format!("\n  {}: {tip}\n", t(lang, "cli-error-tip")));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        // clap's usage line, its heading in English: the heading in `lang` instead.
        let line = usage.split_once(':').map_or(usage.as_str(), |(_, u)| u);
        out.push_str(&format!(
            "\n{}:{}\n",
            t(lang, "cli-heading-usage"),
            line.trim_end()
        ));
    }
    out.push_str(&format!(
        "\n{}\n",
        tf!(lang, "cli-error-more-info", help = "--help")
    ));
    Some(out)
}
