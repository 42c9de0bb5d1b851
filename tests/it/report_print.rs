//! The report prints at full size and tells the truth (issue 17): the HTML rules that keep every
//! table inside the page, honest host charts, one backlog chart per service with dates and the
//! language's numbers, decisions matched one to one, an inject log by time that does not claim
//! a staff ignored what nobody played, texts about the reference case only from the scenario,
//! and the Drehbuch for German Excel and German readers.

use std::path::{Path, PathBuf};

use super::krisenstab;

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-print-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `run SCENARIO MODE --save` into `dir`; the exercise file.
fn saved(scenario: &str, mode: &str, dir: &Path) -> PathBuf {
    let name = Path::new(scenario)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let file = dir.join(format!("{name}{mode}.ron"));
    let out = krisenstab(&[
        "run",
        scenario,
        mode,
        "--save",
        file.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.status.success(), "{out:?}");
    file
}

/// The report of `file` in `ending` (html or md), in `lang`.
fn report(file: &Path, ending: &str, lang: &str) -> String {
    let out_path = file.with_extension(format!("{lang}.{ending}"));
    let out = krisenstab(&[
        "--lang",
        lang,
        "report",
        file.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.status.success(), "{out:?}");
    std::fs::read_to_string(out_path).unwrap()
}

/// A section of the HTML report, by id.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    html.split(&format!("<section id=\"{id}\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no section {id}"))
        .split("</section>")
        .next()
        .unwrap()
}

/// The rows of every table in `html`, each cell's markup as written.
fn tables(html: &str) -> Vec<Vec<Vec<String>>> {
    html.split("<table>")
        .skip(1)
        .map(|t| {
            let t = t.split("</table>").next().unwrap();
            t.split("<tr>")
                .skip(1)
                .map(|row| {
                    row.split("</tr>")
                        .next()
                        .unwrap()
                        .split(['<'])
                        .collect::<Vec<_>>()
                        .join("<")
                        .split("</td>")
                        .flat_map(|c| c.split("</th>"))
                        .filter_map(|c| c.rfind("<t").map(|i| &c[i..]))
                        .filter_map(|c| c.find('>').map(|i| c[i + 1..].to_string()))
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The cell's text as a reader sees it (tags and break hints gone, entities decoded).
fn plain(cell: &str) -> String {
    cell.replace("<wbr>", "")
        .replace("&shy;", "")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
}

/// The longest run of characters in a cell where no line may break: breaks are allowed at
/// spaces, `<wbr>`, soft hyphens and after a hyphen.
fn longest_unbroken(cell: &str) -> usize {
    let marked = cell
        .replace("<wbr>", " ")
        .replace("&shy;", " ")
        .replace('-', "- ");
    let text = marked
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// Whether every table of a page fits `width_px` at its narrowest: each column as wide as its
/// longest unbreakable run at 9 pt (12 px; DejaVu Sans averages 0.62 em a character), plus its
/// padding and border. Chromium shrinks the whole page when a table cannot get that narrow.
fn tables_fit(html: &str, width_px: f64) -> Result<(), String> {
    for (n, rows) in tables(html).iter().enumerate() {
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut need = 0.0;
        for c in 0..columns {
            let run = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| longest_unbroken(cell))
                .max()
                .unwrap_or(0);
            need += run as f64 * 0.62 * 12.0 + 9.0;
        }
        if need > width_px {
            let worst = rows
                .iter()
                .flatten()
                .max_by_key(|c| longest_unbroken(c))
                .cloned()
                .unwrap_or_default();
            return Err(format!(
                "table {n} needs {need:.0} px of {width_px:.0}; longest cell run in {:?}",
                plain(&worst)
            ));
        }
    }
    Ok(())
}

/// A4 portrait less 1.2 cm margins each side, at 96 px per inch; landscape likewise.
const PORTRAIT_PX: f64 = (210.0 - 24.0) / 25.4 * 96.0;
const LANDSCAPE_PX: f64 = (297.0 - 24.0) / 25.4 * 96.0;

#[test]
fn every_table_fits_the_page_and_long_words_and_urls_wrap() {
    let dir = dir("fit");
    let hist = saved("westmecklenburg", "--historical", &dir);
    for lang in ["de", "en"] {
        let html = report(&hist, "html", lang);
        // The sources' long URLs are in the report, and wrap.
        assert!(plain(&html).contains("https://"), "{lang}");
        tables_fit(&html, PORTRAIT_PX).unwrap_or_else(|e| panic!("{lang}: {e}"));
        for rows in tables(&html) {
            for cell in rows.iter().flatten() {
                assert!(longest_unbroken(cell) <= 12, "{lang}: unbroken {cell:?}");
            }
        }
        // Nothing keeps a cell's text from wrapping but short numbers; a heading keeps its
        // first block on its page.
        assert!(!html.contains("th.n{text-align:right;white-space:nowrap}"));
        assert!(html.contains("h1,h2,h3{break-after:avoid"));
        assert!(html.contains("overflow-wrap:break-word"));
    }
    let drehbuch = dir.join("drehbuch.html");
    let out = krisenstab(&[
        "drehbuch",
        "westmecklenburg",
        "-o",
        drehbuch.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.status.success());
    let html = std::fs::read_to_string(drehbuch).unwrap();
    assert!(html.contains("@page{size:A4 landscape}"));
    // The control-note column is the eleventh; it fits with the others.
    tables_fit(&html, LANDSCAPE_PX).unwrap();
}

#[test]
fn hosts_show_the_truth_beside_the_staffs_picture_and_shut_down_is_not_healthy() {
    let dir = dir("hosts");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let md = report(&hist, "md", "de");
    // The staff's picture keeps the hosts it shut down as unchecked, at their full number.
    let row = md
        .lines()
        .find(|l| l.starts_with("| heruntergefahren, ungeprüft |"))
        .expect("a line for hosts shut down, unchecked");
    let number = |cell: &str| -> u64 { cell.trim().replace(['.', '\\'], "").parse().unwrap() };
    let peak = number(row.split('|').nth(2).unwrap());
    assert!(peak >= 4000, "{row}");
    // The truth: hosts held by the attacker stay held while shut down.
    let held = md
        .lines()
        .find(|l| l.starts_with("| befallen |"))
        .expect("the truth's line");
    let held_peak = number(held.split('|').nth(2).unwrap());
    assert!(held_peak > 0 && held_peak < peak, "{held}");
    // The passive run shuts nothing down: its staff line does not hide the truth's.
    let passive = saved("westmecklenburg", "--passive", &dir);
    let md = report(&passive, "md", "de");
    assert!(
        md.contains("| heruntergefahren, ungeprüft | 0 | – | 0 |"),
        "{md}"
    );
}

#[test]
fn each_real_decision_has_its_own_nearest_team_decision() {
    let dir = dir("match");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "de");
    let rv = section(&html, "realverlauf");
    let t = tables(rv);
    let decisions = t
        .iter()
        .find(|rows| rows.first().is_some_and(|h| h.len() == 6))
        .unwrap();
    let mut numbers = Vec::new();
    for row in &decisions[1..] {
        let cell = plain(&row[5]);
        // The historical run takes every real decision at its time.
        assert!(cell.contains("zur selben Zeit"), "{row:?}");
        let n = cell
            .split("ETB-Nr. ")
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .to_string();
        assert!(!numbers.contains(&n), "ETB-Nr. {n} matched twice");
        numbers.push(n);
    }
    assert_eq!(numbers.len(), decisions.len() - 1);
}

#[test]
fn the_inject_log_runs_by_time_and_says_what_a_headless_run_knows() {
    let dir = dir("injects");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "de");
    let annex = section(&html, "annex-injects");
    assert!(annex.contains("ohne Stab gerechnet"));
    assert!(
        !annex.contains("zur Kenntnis"),
        "no acknowledgement column without a staff"
    );
    assert!(!annex.contains(">offen<"));
    let rows = &tables(annex)[0];
    let times: Vec<String> = rows[1..].iter().map(|r| plain(&r[1])).collect();
    let delivered: Vec<&String> = times.iter().filter(|t| *t != "–").collect();
    // By delivery: dd.mm.yyyy hh:mm compared as yyyymmddhhmm.
    let key = |t: &str| format!("{}{}{}{}", &t[6..10], &t[3..5], &t[..2], &t[11..]);
    assert!(
        delivered.windows(2).all(|w| key(w[0]) <= key(w[1])),
        "{delivered:?}"
    );
    // Conditional injects whose condition never came are listed as such, after the others.
    assert!(annex.contains("nicht ausgelöst: Die Bedingung trat nicht ein"));
    let first_undelivered = times.iter().position(|t| t == "–").unwrap();
    assert!(times[first_undelivered..].iter().all(|t| t == "–"));
    // Ids stay out of the log: the script's number and the title say which inject it is.
    assert!(!annex.contains("alarm-rechenzentrum"));
}

#[test]
fn a_service_that_never_failed_is_never_down_not_back_from_before_the_incident() {
    let dir = dir("never");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "de");
    let services = section(&html, "services");
    let row = tables(services)
        .into_iter()
        .flatten()
        .find(|r| {
            r.first()
                .is_some_and(|c| plain(c).starts_with("Versorgung mit Strom"))
        })
        .unwrap();
    assert_eq!(plain(&row[3]), "nie ausgefallen", "{row:?}");
    for id in ["services", "realverlauf"] {
        assert!(
            !section(&html, id).contains("Tag -"),
            "{id}: no day before the incident"
        );
    }
}

#[test]
fn charts_have_dates_thousands_separators_one_per_kind_of_case_and_end_when_settled() {
    let dir = dir("charts");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "de");
    let svgs: Vec<&str> = html
        .split("<svg")
        .skip(1)
        .map(|s| s.split("</svg>").next().unwrap())
        .collect();
    let texts: Vec<String> = svgs
        .iter()
        .flat_map(|s| s.split("<text").skip(1))
        .filter_map(|t| t.split('>').nth(1))
        .map(|t| t.split('<').next().unwrap().trim().to_string())
        .collect();
    let date = |t: &String| {
        let b = t.as_bytes();
        t.len() == 8
            && b[2] == b'.'
            && b[5] == b'.'
            && t.chars().filter(char::is_ascii_digit).count() == 6
    };
    assert!(texts.iter().any(date), "dates on the x axis: {texts:?}");
    assert!(
        texts.iter().any(|t| t.len() >= 5
            && t.contains('.')
            && t.replace('.', "").chars().all(|c| c.is_ascii_digit())
            && !date(t)),
        "thousands separators"
    );
    // One backlog chart per service that had a backlog, none summing kinds of cases.
    let s = krisenstab::scenario::parse(krisenstab::scenario::builtin("westmecklenburg").unwrap())
        .unwrap();
    let services = section(&html, "services");
    let captions: Vec<&str> = services
        .split("<figcaption>")
        .skip(1)
        .map(|c| c.split("</figcaption>").next().unwrap())
        .collect();
    let per_service = captions
        .iter()
        .filter(|c| c.contains(": offene Fälle"))
        .count();
    assert!(
        per_service >= 5 && per_service <= s.services().len(),
        "{captions:?}"
    );
    assert!(!html.contains("Rückstand aller Dienste"));
    // The run lasts past normal operation: the charts end once nothing changes, and say so.
    assert!(
        captions
            .iter()
            .any(|c| c.contains("Gezeigt bis") && c.contains("sind weggelassen"))
    );
    // In Markdown, a chart is a short table of key points, not one row per day.
    let md = report(&hist, "md", "de");
    // (The first page, measures, findings, plan and method add about 60 lines of their own.)
    assert!(md.lines().count() < 900, "{} lines", md.lines().count());
    assert!(md.contains("| Linie | Höchststand | am | Stand am"));
}

#[test]
fn the_timeline_is_condensed_and_the_annexes_hold_no_ids_or_empty_tables() {
    let dir = dir("condensed");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "de");
    let timeline = &tables(section(&html, "timeline"))[0];
    assert!(timeline.len() < 150, "{} rows", timeline.len());
    // The services that failed at one minute share one row.
    assert_eq!(
        timeline
            .iter()
            .filter(|r| r
                .get(2)
                .is_some_and(|c| plain(c).starts_with("läuft → ausgefallen")))
            .count(),
        1
    );
    assert!(!section(&html, "timeline").contains("Maßnahme abgeschlossen"));
    let s = krisenstab::scenario::parse(krisenstab::scenario::builtin("westmecklenburg").unwrap())
        .unwrap();
    let logbook = section(&html, "annex-logbook");
    for a in s.actions() {
        for id in [format!(">{} →", a.id), format!(">{};", a.id)] {
            assert!(!logbook.contains(&id), "{id} in the logbook annex");
        }
    }
    // A passive run decides nothing: no table with a heading row and nothing under it.
    let passive = saved("westmecklenburg", "--passive", &dir);
    let html = report(&passive, "html", "de");
    assert!(!html.contains("</tr></thead><tbody>\n</tbody>"));
    assert!(section(&html, "decisions").contains("Keine Einträge."));
}

#[test]
fn the_english_report_speaks_english_in_capitalised_sentences() {
    let dir = dir("english");
    let hist = saved("westmecklenburg", "--historical", &dir);
    let html = report(&hist, "html", "en");
    // The program's own words (the scenario's texts are in the scenario's language).
    for german in [
        "Realverlauf",
        "Einsatztagebuch",
        "Übungszeit",
        "nur Steuerung",
        ">Stab<",
        ">Tag ",
        ">nein<",
        ">ja<",
        "Kennzahl",
        "Entscheidung",
        "Anlage",
        "laut Quellen",
        "nie ausgefallen",
    ] {
        assert!(!html.contains(german), "{german:?} in the English report");
    }
    for lower in [
        ">yes<",
        ">no<",
        ">finished ",
        ">decision<",
        ">hosts ",
        ">cases lapsed",
        ">state network",
    ] {
        assert!(!html.contains(lower), "{lower:?} starts lower-case");
    }
}

#[test]
fn the_tutorial_report_names_no_other_case_and_figures_follow_the_scenario() {
    let dir = dir("tutorial");
    let tut = saved("tutorial", "--historical", &dir);
    for ending in ["html", "md"] {
        let text = report(&tut, ending, "de");
        for word in ["2021", "Westmecklenburg", "Landesnetz vom"] {
            assert!(!text.contains(word), "{word} in the tutorial's {ending}");
        }
        assert!(text.contains("Landesverwaltungsnetz vom Angreifer erreicht"));
        assert!(text.contains("Fälle verjährt (Bußgeldstelle)"));
    }
    // Without a state network and without lapsing cases, neither figure is printed.
    let text = krisenstab::scenario::builtin("tutorial")
        .unwrap()
        .replace("kind: state,", "kind: admin,")
        .replace("clock: lapses_after(days(90)),", "");
    let path = dir.join("plain.ron");
    std::fs::write(&path, text).unwrap();
    let file = saved(path.to_str().unwrap(), "--historical", &dir);
    let html = report(&file, "html", "de");
    assert!(!html.contains("vom Angreifer erreicht"));
    assert!(!html.contains("Fälle verjährt"));
}

#[test]
fn the_drehbuch_has_german_dates_and_a_csv_german_excel_opens_in_columns() {
    let dir = dir("drehbuch");
    let html = dir.join("wm.html");
    assert!(
        krisenstab(&[
            "drehbuch",
            "westmecklenburg",
            "-o",
            html.to_str().unwrap(),
            "--force"
        ])
        .status
        .success()
    );
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("15.10.2021 03:05"), "German dates");
    assert!(!html.contains("2021-10-15"), "no ISO dates");
    let csv = dir.join("wm.csv");
    assert!(
        krisenstab(&[
            "drehbuch",
            "westmecklenburg",
            "-o",
            csv.to_str().unwrap(),
            "--force"
        ])
        .status
        .success()
    );
    let bytes = std::fs::read(&csv).unwrap();
    assert!(
        bytes.starts_with(b"\xef\xbb\xbf"),
        "a byte-order mark for UTF-8"
    );
    let first = String::from_utf8_lossy(&bytes[3..])
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(first.split(';').count(), 11, "{first}");
    // The file it wrote is its own: writing again without --force replaces it.
    assert!(
        krisenstab(&["drehbuch", "westmecklenburg", "-o", csv.to_str().unwrap()])
            .status
            .success()
    );
    let en = dir.join("en.csv");
    assert!(
        krisenstab(&[
            "--lang",
            "en",
            "drehbuch",
            "westmecklenburg",
            "-o",
            en.to_str().unwrap()
        ])
        .status
        .success()
    );
    let first = std::fs::read_to_string(&en)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(first.trim_start_matches('\u{feff}').split(',').count(), 11);
}

#[test]
fn counterfactuals_tell_their_progress_when_not_on_a_terminal() {
    let dir = dir("progress");
    let tut = saved("tutorial", "--historical", &dir);
    let out_path = dir.join("cf.md");
    // Two batches of seeds at most: a line per batch on standard error.
    let out = krisenstab(&[
        "report",
        tut.to_str().unwrap(),
        "--counterfactuals",
        "--runs",
        "20",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("What if: ")).collect();
    assert!(!lines.is_empty(), "{err}");
    for line in lines {
        let (done, most) = line
            .trim_start_matches("What if: ")
            .trim_end_matches(" runs done")
            .split_once(" of at most ")
            .unwrap();
        let (done, most): (u64, u64) = (done.parse().unwrap(), most.parse().unwrap());
        assert!(done > 0 && most == 20, "{line}");
    }
}
