//! `--lang-file FILE.ftl`: a catalogue read at run time (a translation in progress) is the
//! language of every output; a broken one is refused with its line and column. And the help in
//! German and English, each without the other's words.

use crate::krisenstab;

/// A made-up language `xx`: a few messages, each marked so that its use shows.
const XX: &str = "\
number-format = 1'234,5
cli-check-valid = XX-Lagebild { $arg }: XX-gut – { $id } ({ $counts })
cli-count-hosts = { $n } XX-Rechner
cli-heading-usage = XX-Aufruf
";

fn dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_third_catalogue_is_used_and_says_what_it_lacks() {
    let dir = dir("lang-file");
    let path = dir.join("xx.ftl");
    std::fs::write(&path, XX).unwrap();
    let o = krisenstab(&["--lang-file", path.to_str().unwrap(), "check", "tutorial"]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        out.starts_with("XX-Lagebild tutorial: XX-gut – tutorial ("),
        "{out}"
    );
    assert!(out.contains("55 XX-Rechner"), "{out}");
    // The messages it lacks appear in English, and a line on standard error says how many.
    assert!(out.contains("7 organisations"), "{out}");
    let missing = err.lines().next().unwrap_or_default();
    assert!(
        missing.starts_with(&format!("{}: ", path.display()))
            && missing.contains("messages are missing; they appear in English"),
        "{err}"
    );
    // It overrides --lang, for the help too.
    let o = krisenstab(&[
        "--lang",
        "de",
        "--lang-file",
        path.to_str().unwrap(),
        "--help",
    ]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("XX-Aufruf: krisenstab"), "{help}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_broken_catalogue_is_refused_with_line_and_column() {
    let dir = dir("lang-file-broken");
    let path = dir.join("xx.ftl");
    std::fs::write(
        &path,
        "cli-heading-usage = Aufruf\ncli-check-valid = { $arg\n",
    )
    .unwrap();
    let o = krisenstab(&["--lang-file", path.to_str().unwrap(), "check", "tutorial"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(o.stdout.is_empty());
    let first = err.lines().next().unwrap_or_default();
    let rest = first
        .strip_prefix(&format!("{}:", path.display()))
        .unwrap_or_else(|| panic!("{err}"));
    let mut parts = rest.splitn(3, ':');
    assert_eq!(parts.next(), Some("2"), "{first}");
    assert!(
        parts.next().unwrap().parse::<usize>().unwrap() > 1,
        "{first}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_catalogue_that_is_not_there_is_refused() {
    let o = krisenstab(&["--lang-file", "no/such/xx.ftl", "check", "tutorial"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("no/such/xx.ftl: "));
}

/// The help of the top level and of a command, in `lang`.
fn help(lang: &str, command: &[&str]) -> String {
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(command);
    args.push("--help");
    let o = krisenstab(&args);
    assert_eq!(o.status.code(), Some(0));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn help_is_in_one_language() {
    for command in [&[][..], &["check"], &["report"], &["sweep"]] {
        let de = help("de", command);
        let en = help("en", command);
        for word in [
            "Usage",
            "Options",
            "Arguments",
            "Commands",
            "Print help",
            "default",
        ] {
            assert!(!de.contains(word), "{word:?} in German help:\n{de}");
        }
        for word in [
            "Aufruf",
            "Optionen",
            "Argumente",
            "Befehle",
            "anzeigen",
            "Standard",
        ] {
            assert!(!en.contains(word), "{word:?} in English help:\n{en}");
        }
        assert!(
            de.contains("Aufruf: krisenstab") && de.contains("Optionen:"),
            "{de}"
        );
        assert!(
            en.contains("Usage: krisenstab") && en.contains("Options:"),
            "{en}"
        );
    }
    assert!(help("de", &[]).contains("Befehle:"));
    assert!(help("en", &["check"]).contains("Arguments:"));
}

#[test]
fn usage_errors_are_in_the_language_of_messages() {
    let o = krisenstab(&["--lang", "de", "check", "--no-such-flag", "tutorial"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("Fehler: unbekanntes Argument '--no-such-flag'"),
        "{err}"
    );
    assert!(err.contains("Aufruf: krisenstab check"), "{err}");
    assert!(!err.contains("Usage") && !err.contains("error"), "{err}");

    let o = krisenstab(&["--lang", "de", "frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("Fehler: unbekannter Befehl 'frobnicate'"),
        "{err}"
    );

    let o = krisenstab(&["--lang", "en", "check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("error: the following required arguments"),
        "{err}"
    );
}

/// Every command and argument has its help from the catalogue, in both languages.
#[test]
fn every_argument_has_help() {
    for lang in krisenstab::i18n::Lang::builtin() {
        let mut command = krisenstab::cli::command(lang);
        command.build();
        let mut todo = vec![command];
        while let Some(c) = todo.pop() {
            assert!(c.get_about().is_some(), "{} has no about", c.get_name());
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    !help.is_empty() && !help.starts_with("cli-"),
                    "{} {}: {help:?}",
                    c.get_name(),
                    a.get_id()
                );
            }
            todo.extend(c.get_subcommands().cloned());
        }
    }
}
