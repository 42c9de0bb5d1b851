//! `krisenstab drehbuch`: the inject script for paper, a spreadsheet and the printer.

use super::krisenstab;

fn out(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-drehbuch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn the_csv_round_trips_with_one_row_per_inject() {
    let path = out("wm.csv");
    let o = krisenstab(&["drehbuch", "westmecklenburg", "-o", path.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // German: `;` between fields, as German Excel splits them (the reader skips the BOM).
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&path)
        .unwrap();
    assert_eq!(reader.headers().unwrap().len(), 11);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let s = krisenstab::scenario::parse(krisenstab::scenario::builtin("westmecklenburg").unwrap())
        .unwrap();
    assert_eq!(rows.len(), s.injects().len());
    for (i, (row, inject)) in rows.iter().zip(s.injects()).enumerate() {
        assert_eq!(&row[0], (i + 1).to_string());
        assert_eq!(&row[1], inject.id.as_str());
        assert_eq!(
            &row[8],
            inject.content.as_str(),
            "content with commas and quotes survives"
        );
    }
}

#[test]
fn html_and_markdown_are_marked_uebung() {
    let path = out("tutorial.html");
    assert_eq!(
        krisenstab(&["drehbuch", "tutorial", "-o", path.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.matches("ÜBUNG").count() >= 3 && !html.contains("<script"));
    assert_eq!(
        html.matches("<tr>").count(),
        1 + 6,
        "header and one row per inject"
    );
    let md = String::from_utf8(krisenstab(&["drehbuch", "tutorial"]).stdout).unwrap();
    assert!(md.starts_with("# ÜBUNG"));
    assert!(md.contains("3 h nach Nr. 1"), "{md}");
    assert_eq!(
        krisenstab(&["drehbuch", "tutorial", "-o", out("x.pdf").to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
}
