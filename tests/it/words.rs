//! One catalogue of words (issue 16): both languages hold the same messages with the same
//! placeholders, every message is used and every id the code names exists; the screens, the
//! report and the Drehbuch speak one language each; a third catalogue loads at run time; and
//! nothing outside the terminal and the command line reaches into the terminal module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::i18n::{self, BUILTIN_TEXTS, Catalogue, Lang};
use krisenstab::scenario;
use krisenstab::sim::command::Decision;
use krisenstab::tui::render::draw;
use krisenstab::tui::ui::Ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::krisenstab;

const REAL: &str = "2026-11-24 09:00:00";

/// The areas whose ids the code names; every literal with one of these prefixes is a message id.
const AREAS: [&str; 4] = ["tui-", "words-", "report-", "cli-"];

fn text_of(code: &str) -> &'static str {
    BUILTIN_TEXTS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, t)| *t)
        .unwrap()
}

#[test]
fn every_built_in_catalogue_parses() {
    assert!(BUILTIN_TEXTS.len() >= 2);
    assert_eq!((BUILTIN_TEXTS[0].0, BUILTIN_TEXTS[1].0), ("de", "en"));
    for (code, text) in BUILTIN_TEXTS {
        if let Err(errors) = Catalogue::parse(code, text) {
            panic!("locales/{code}.ftl: {errors:?}");
        }
    }
}

#[test]
fn german_and_english_have_the_same_messages_with_the_same_placeholders() {
    let de = i18n::messages(text_of("de"));
    let en = i18n::messages(text_of("en"));
    let only_de: Vec<_> = de.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !de.contains_key(*k)).collect();
    assert!(only_de.is_empty(), "missing in English: {only_de:?}");
    assert!(only_en.is_empty(), "missing in German: {only_en:?}");
    let differ: Vec<_> = de
        .iter()
        .filter(|(id, vars)| en.get(*id) != Some(vars))
        .map(|(id, vars)| format!("{id}: de {vars:?}, en {:?}", en[id]))
        .collect();
    assert!(differ.is_empty(), "placeholders differ: {differ:#?}");
    // A further built-in language may lack messages (they appear in English) but never has
    // one English lacks or other placeholders.
    for (code, text) in &BUILTIN_TEXTS[2..] {
        for (id, vars) in i18n::messages(text) {
            assert_eq!(en.get(&id), Some(&vars), "locales/{code}.ftl: {id}");
        }
    }
}

/// Every string literal in the library's sources, with the file it is in.
fn literals() -> BTreeMap<String, BTreeSet<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found: BTreeMap<String, BTreeSet<PathBuf>> = BTreeMap::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            // Skip comments, which may quote an id without using it.
            if c == '/' && text[i..].starts_with("//") {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                continue;
            }
            if c == '\'' {
                // A char literal such as '"' must not open a string.
                let rest = &text[i..];
                if rest.starts_with("'\"'") {
                    chars.nth(1);
                } else if rest.starts_with("'\\\"'") {
                    chars.nth(2);
                }
                continue;
            }
            if c != '"' {
                continue;
            }
            let mut s = String::new();
            while let Some((_, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    c => s.push(c),
                }
            }
            found.entry(s).or_default().insert(f.clone());
        }
    }
    found
}

#[test]
fn every_message_is_used_and_every_id_the_code_names_exists() {
    let en = i18n::messages(text_of("en"));
    let literals = literals();
    let unused: Vec<_> = en.keys().filter(|id| !literals.contains_key(*id)).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let missing: Vec<_> = literals
        .iter()
        .filter(|(s, _)| AREAS.iter().any(|a| s.starts_with(a)))
        .filter(|(s, _)| {
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .filter(|(s, _)| !en.contains_key(*s))
        .collect();
    assert!(missing.is_empty(), "ids without a message: {missing:?}");
}

#[test]
fn nothing_outside_the_terminal_and_the_command_line_uses_the_terminal() {
    for (path, text) in sources() {
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let rel = rel.to_string_lossy();
        if rel.starts_with("src/tui") || rel == "src/tui.rs" {
            continue;
        }
        let uses = text.contains("crate::tui") || text.contains("use tui");
        if rel.starts_with("src/cli") {
            // The command line only starts the terminal.
            let allowed = ["crate::tui::terminal"];
            for line in text.lines().filter(|l| l.contains("crate::tui")) {
                assert!(allowed.iter().any(|a| line.contains(a)), "{rel}: {line}");
            }
        } else {
            assert!(!uses, "{rel} uses the terminal module");
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

// ---------------------------------------------------------------------------------------------
// One language per output.

/// English words the program might say, which German output must not hold.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "with",
    "not",
    "release",
    "released",
    "hold",
    "held",
    "skip",
    "skipped",
    "control",
    "exercise",
    "staff",
    "service",
    "services",
    "decision",
    "decisions",
    "day",
    "days",
    "network",
    "networks",
    "hosts",
    "report",
    "objective",
    "objectives",
    "met",
    "missed",
    "planned",
    "pending",
    "running",
    "waiting",
    "none",
    "since",
    "until",
    "hours",
    "minutes",
    "expected",
    "lapsed",
    "deadline",
    "deadlines",
    "inject",
    "injects",
    "observer",
    "note",
    "press",
    "help",
    "quit",
    "page",
    "because",
    "restored",
    "encrypted",
    "compromised",
    "isolated",
    "recovery",
    "time",
    "real",
    "paused",
    "stopped",
    "withheld",
    "delivered",
    "received",
    "reaction",
    "rating",
    "figure",
    "figures",
    "chart",
    "historical",
    "passive",
    "seed",
    "seeds",
    "run",
    "runs",
    "after",
    "before",
    "while",
    "when",
    "which",
    "who",
    "what",
    "this",
    "that",
    "from",
    "into",
    "per",
    "each",
    "every",
    "no",
    "yes",
    "open",
    "closed",
    "cut",
    "up",
    "down",
    "partly",
    "unknown",
    "known",
    "suspected",
    "false",
    "alarm",
    "select",
    "choose",
    "type",
    "back",
    "next",
    "previous",
    "first",
    "last",
    "end",
];

/// German words the program might say, which English output must not hold (the screen names
/// Lagebild, Einlagen, Maßnahmen, Einsatztagebuch, Verlauf and Steuerung stay German).
const GERMAN: &[&str] = &[
    "und",
    "der",
    "die",
    "das",
    "nicht",
    "mit",
    "für",
    "von",
    "bis",
    "seit",
    "nach",
    "vor",
    "eingespielt",
    "zurückgehalten",
    "gestrichen",
    "ausgelassen",
    "geplant",
    "Einlage",
    "Übung",
    "Übungssteuerung",
    "Stab",
    "Tag",
    "Tage",
    "Dienst",
    "Dienste",
    "Entscheidung",
    "Entscheidungen",
    "eingehalten",
    "verfehlt",
    "Frist",
    "Fristen",
    "Rechner",
    "Netz",
    "Netze",
    "verschlüsselt",
    "kompromittiert",
    "getrennt",
    "wiederhergestellt",
    "Beobachter",
    "Vermerk",
    "Hilfe",
    "beenden",
    "Seite",
    "weil",
    "Stunden",
    "Minuten",
    "erwartet",
    "verfallen",
    "Bewertung",
    "Reaktion",
    "Zeit",
    "angehalten",
    "entfallen",
    "eingegangen",
    "Lauf",
    "Läufe",
    "Abbildung",
    "Ziel",
    "Ziele",
    "keine",
    "kein",
    "ja",
    "nein",
    "offen",
    "unbekannt",
    "bekannt",
    "Verdacht",
    "Fehlalarm",
    "wählen",
    "weiter",
    "zurück",
    "Ende",
    "läuft",
    "wartet",
    "Wiederherstellung",
    "Lagevortrag",
    "Realverlauf",
    "Auswertung",
    "Auswertungsbericht",
    "Übungszeit",
    "Echtzeit",
    "Feststellung",
    "Feststellungen",
    "Empfehlung",
    "Verbesserungsbedarf",
    "Stärke",
    "Ansprechstelle",
    "Übungsziel",
    "Übungsziele",
    "Kennzahl",
    "Kennzahlen",
    "Zeitraffer",
    "verjährt",
];

/// The words of every string in the scenario: the scenario's own texts stay in its language.
fn scenario_words(name: &str) -> BTreeSet<String> {
    words(scenario::builtin(name).unwrap())
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The denylisted words `text` holds that the scenario does not.
fn foreign(text: &str, deny: &[&str], scenario: &BTreeSet<String>) -> Vec<String> {
    let deny: BTreeSet<String> = deny
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !scenario.contains(w))
        .collect();
    assert!(
        deny.len() >= 20,
        "the scenario hides the denylist: {deny:?}"
    );
    words(text)
        .into_iter()
        .filter(|w| deny.contains(w))
        .collect()
}

fn draw_to_text(app: &mut App, ui: &Ui) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| draw(f, app, ui, REAL)).unwrap();
    terminal.backend().to_string()
}

fn exercise_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "krisenstab-catalogue-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("uebung.ron");
    let _ = std::fs::remove_file(&path);
    path
}

/// Control some hours into the 2021 exercise: injects in, decisions taken, a note.
fn played(name: &str, lang: Lang) -> App {
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(s, text, 2021, exercise_path(name), Role::Control, lang).unwrap();
    app.update(Action::DismissGuide, REAL);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    for _ in 0..4 {
        app.update(Action::NextInject, REAL);
    }
    for (action, target, function) in [
        ("rz-isolieren", Some("ksm-rechenzentrum"), "it"),
        ("forensik-versicherer", None, "leitung"),
    ] {
        app.update(
            Action::Decide(Decision {
                action: action.into(),
                target: target.map(Into::into),
                function: function.into(),
                reason: "x".into(),
                order: Vec::new(),
            }),
            REAL,
        );
    }
    app.update(Action::Advance(24), REAL);
    app
}

/// Every screen of control and staff, and the help of each, as text.
fn every_screen(name: &str, lang: Lang) -> Vec<(String, String)> {
    let mut control = played(name, lang);
    let mut staff = App::resume(control.path(), Role::Staff, lang).unwrap();
    let ui = Ui::default();
    let mut out = Vec::new();
    for (role, app) in [("control", &mut control), ("staff", &mut staff)] {
        app.update(Action::DismissGuide, REAL);
        for &screen in Screen::for_role(app.role()) {
            app.update(Action::Open(screen), REAL);
            out.push((format!("{role} {screen:?}"), draw_to_text(app, &ui)));
            app.update(Action::ToggleHelp, REAL);
            out.push((format!("{role} {screen:?} help"), draw_to_text(app, &ui)));
            app.update(Action::ToggleHelp, REAL);
        }
    }
    out
}

fn outputs(lang: Lang) -> Vec<(String, String)> {
    let code = lang.code();
    let mut out = every_screen(&format!("screens-{code}"), lang);
    let file = played(&format!("report-{code}"), lang).path().to_path_buf();
    // The whole report as Markdown, with the "what if" chapter and its progress on standard
    // error.
    let markdown = file.with_extension("md");
    let report = krisenstab(&[
        "report",
        file.to_str().unwrap(),
        "--lang",
        code,
        "--counterfactuals",
        "--runs",
        "4",
        "--force",
        "-o",
        markdown.to_str().unwrap(),
    ]);
    assert!(report.status.success(), "{report:?}");
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(
        text.contains(i18n::t(lang, "report-whatif-title")),
        "{text}"
    );
    out.push(("report".into(), text));
    out.push((
        "report progress".into(),
        String::from_utf8(report.stderr).unwrap(),
    ));
    let drehbuch = krisenstab(&["drehbuch", "westmecklenburg", "--lang", code]);
    assert!(drehbuch.status.success(), "{drehbuch:?}");
    out.push((
        "drehbuch".into(),
        String::from_utf8(drehbuch.stdout).unwrap(),
    ));
    out
}

#[test]
fn german_output_holds_no_english_program_word() {
    let scenario = scenario_words("westmecklenburg");
    let mut faults = Vec::new();
    for (what, text) in outputs(Lang::DE) {
        let found = foreign(&text, ENGLISH, &scenario);
        if !found.is_empty() {
            faults.push(format!("{what}: {found:?}"));
        }
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

#[test]
fn english_output_holds_no_german_program_word() {
    let scenario = scenario_words("westmecklenburg");
    let mut faults = Vec::new();
    for (what, text) in outputs(Lang::EN) {
        let found = foreign(&text, GERMAN, &scenario);
        if !found.is_empty() {
            faults.push(format!("{what}: {found:?}"));
        }
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

// ---------------------------------------------------------------------------------------------
// A third language at run time.

#[test]
fn a_third_catalogue_loaded_at_run_time_draws_a_screen() {
    let en = i18n::messages(text_of("en"));
    // Every message of the terminal's tab bar and header, marked, and one with a placeholder.
    let mut xx = String::from("number-format = 1 234,5\n");
    let mut marked = 0;
    for id in en.keys().filter(|id| id.starts_with("tui-")) {
        let vars = &en[id];
        if vars.is_empty() {
            xx.push_str(&format!("{id} = XX{marked}\n"));
            marked += 1;
        }
    }
    assert!(marked > 20, "the terminal's messages are in the catalogue");
    let loaded = i18n::load("xx.ftl", &xx).unwrap();
    assert_eq!(loaded.lang.code(), "xx");
    assert_eq!(loaded.missing, en.len() - marked - 1);
    assert_eq!(i18n::number(1_234_567, loaded.lang), "1 234 567");

    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(
        s,
        text,
        2021,
        exercise_path("third"),
        Role::Control,
        loaded.lang,
    )
    .unwrap();
    app.update(Action::DismissGuide, REAL);
    let screen = draw_to_text(&mut app, &Ui::default());
    let shown = screen.matches("XX").count();
    assert!(shown >= 5, "{screen}");
    // What the catalogue lacks appears in English, never as an id.
    assert!(!AREAS.iter().any(|a| screen.contains(a)), "{screen}");
}

#[test]
fn a_malformed_catalogue_is_refused_with_line_and_column() {
    let Err(errors) = i18n::load("bad.ftl", "ok = fine\n\nbroken = { $n\nalso = x\n") else {
        panic!("a broken catalogue must be refused");
    };
    assert_eq!(errors[0].line, 3, "{errors:?}");
    assert!(errors[0].column > 1, "{errors:?}");
}
