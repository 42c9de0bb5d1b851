//! A small document model with two renderers: one self-contained HTML page for the printer and
//! Markdown. The report's content is written once, as [`Section`]s; only the renderers know a
//! format.

use crate::i18n::Lang;

/// One block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(String),
    /// A table with a heading row; `numeric` columns are right-aligned.
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<usize>,
    },
    /// A chart: its caption, the SVG (inline in HTML) and a table of the same data for Markdown.
    Chart {
        caption: String,
        svg: String,
        fallback: Box<Block>,
    },
    List(Vec<String>),
    /// A sub-heading inside a section.
    Heading(String),
}

/// A numbered chapter of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The anchor, stable across languages (`overview`, `realverlauf` …).
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
    /// Starts on a new printed page.
    pub page_break: bool,
}

/// A whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// A warning right under the title, before anything else (e.g. that the file came from
    /// another program version and was not re-simulated); usually empty.
    pub notice: Vec<String>,
    /// Lines under the title (scenario, file, date).
    pub subtitle: Vec<String>,
    pub sections: Vec<Section>,
    /// Wide tables (the Drehbuch) print across the page.
    pub landscape: bool,
}

/// Text for HTML: markup characters as entities, control characters as visible escapes.
pub fn escape(t: &str) -> String {
    escape_visible(&crate::visible::visible(t))
}

/// Longest run of characters a printed line may hold without a break opportunity: longer
/// tokens (URLs, ids, checksums, long compounds) get breaks from [`escape_wrapping`], so no table
/// column is wider than its longest short word and no page has to shrink to fit.
pub const LONGEST_UNBROKEN: usize = 12;

/// A table cell's text for HTML as [`escape`], with break opportunities inside every token
/// longer than [`LONGEST_UNBROKEN`]: soft hyphens between the syllables of its words (German
/// hyphenation patterns, so "Verschlüsselung" breaks as "Ver-schlüs-se-lung", never inside a
/// syllable), `<wbr>` after `/ . - _ ? & = : , ;`, and, only where neither comes for too long
/// (a hash, a number), a `<wbr>`; so long URLs and words wrap inside their cell instead of
/// widening the table beyond the page. (Paragraphs need no help: `overflow-wrap` breaks what
/// overflows them.)
pub fn escape_wrapping(t: &str) -> String {
    let visible = crate::visible::visible(t);
    let mut out = String::with_capacity(visible.len() + 16);
    for (i, token) in visible.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if token.chars().count() <= LONGEST_UNBROKEN {
            out.push_str(&escape_visible(token));
            continue;
        }
        let mut run = 0;
        let mut prev: Option<char> = None;
        for piece in syllables(token) {
            // A syllable boundary inside a word: a soft hyphen the browser may use.
            if prev.is_some_and(char::is_alphabetic)
                && piece.chars().next().is_some_and(char::is_alphabetic)
            {
                out.push_str("&shy;");
                run = 0;
            }
            for c in piece.chars() {
                match prev {
                    // After punctuation a break costs nothing: "dvz-" / "schnittstelle".
                    Some(p) if "/.-_?&=:,;".contains(p) && run >= 3 && c != p => {
                        out.push_str("<wbr>");
                        run = 0;
                    }
                    Some(_) if run >= LONGEST_UNBROKEN - 2 => {
                        out.push_str("<wbr>");
                        run = 0;
                    }
                    _ => {}
                }
                if c == '\n' {
                    run = 0;
                }
                out.push_str(&escape_visible(c.encode_utf8(&mut [0; 4])));
                run += 1;
                prev = Some(c);
            }
        }
    }
    out
}

/// A token in pieces: its words split into syllables, everything else as it is.
fn syllables(token: &str) -> Vec<&str> {
    fn push<'a>(part: &'a str, word: bool, out: &mut Vec<&'a str>) {
        if word && part.chars().count() > 4 {
            out.extend(hypher::hyphenate(part, hypher::Lang::German));
        } else if !part.is_empty() {
            out.push(part);
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (at, c) in token.char_indices() {
        let alpha = c.is_alphabetic();
        if alpha != in_word {
            push(&token[start..at], in_word, &mut out);
            start = at;
            in_word = alpha;
        }
    }
    push(&token[start..], in_word, &mut out);
    out
}

/// Markup characters as entities, in text already made visible.
fn escape_visible(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Print styles shared by every printed page: ÜBUNG in the header and footer of each page, as
/// page margin boxes (on screen, a header and footer line say it instead). Nothing may be wider
/// than the page, or Chromium shrinks every page to fit: cells wrap anywhere they must
/// ([`escape_wrapping`] gives long tokens their breaks), charts scale to the column. A heading
/// keeps its first block on its page (`break-after:avoid`).
pub const PRINT_CSS: &str = "\
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;line-height:1.35;margin:1.2cm;color:#111}
h1{font-size:18pt;margin:.2em 0}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.4em}
h3{font-size:11pt;margin:1em 0 .3em}h1,h2,h3{break-after:avoid;break-inside:avoid}
p,li,td,th,figcaption,h1,h2,h3{overflow-wrap:break-word}
table{border-collapse:collapse;width:100%;max-width:100%;margin:.4em 0;font-size:9pt}th,td{border:1px solid #aaa;padding:2px 4px;vertical-align:top;text-align:left}
th{background:#eee}td.n,th.n{text-align:right}td.n{white-space:nowrap}thead{display:table-header-group}tr{break-inside:avoid}
figure{margin:.6em 0;break-inside:avoid}figcaption{font-size:9pt;color:#333}svg{max-width:100%;height:auto}
.mark{font-weight:bold;letter-spacing:.25em;color:#b00;text-align:center}
.sub{color:#333;margin:0}
.notice{border:2px solid #b00;padding:.3em .8em;margin:.6em 0;font-weight:bold}.notice p{margin:.3em 0}
.page{break-before:page}
nav ol{columns:2}
@page{size:A4;margin:1.6cm 1.2cm;@top-center{content:\"ÜBUNG\";color:#b00;font-weight:bold}@bottom-center{content:\"ÜBUNG\";color:#b00;font-weight:bold}@bottom-right{content:counter(page)}}
@media screen{header.mark,footer.mark{margin:.3em 0}}
@media print{body{margin:0}header.mark,footer.mark{display:none}}
";

/// What an empty table says instead of a heading row with nothing under it.
fn no_rows(lang: Lang) -> &'static str {
    crate::i18n::t(lang, "report-no-rows")
}

fn html_block(out: &mut String, block: &Block, lang: Lang) {
    match block {
        Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", escape(t))),
        Block::Heading(t) => out.push_str(&format!("<h3>{}</h3>\n", escape(t))),
        Block::Table { rows, .. } if rows.is_empty() => {
            out.push_str(&format!("<p>{}</p>\n", no_rows(lang)));
        }
        Block::List(items) => {
            out.push_str("<ul>");
            for i in items {
                out.push_str(&format!("<li>{}</li>", escape(i)));
            }
            out.push_str("</ul>\n");
        }
        Block::Table {
            head,
            rows,
            numeric,
        } => {
            let class = |i: usize| {
                if numeric.contains(&i) {
                    " class=\"n\""
                } else {
                    ""
                }
            };
            out.push_str("<table><thead><tr>");
            for (i, h) in head.iter().enumerate() {
                out.push_str(&format!("<th{}>{}</th>", class(i), escape_wrapping(h)));
            }
            out.push_str("</tr></thead><tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for (i, c) in row.iter().enumerate() {
                    out.push_str(&format!("<td{}>{}</td>", class(i), escape_wrapping(c)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody></table>\n");
        }
        Block::Chart { caption, svg, .. } => {
            out.push_str("<figure>\n");
            out.push_str(svg);
            out.push_str(&format!(
                "\n<figcaption>{}</figcaption></figure>\n",
                escape(caption)
            ));
        }
    }
}

/// One self-contained page: no scripts, no remote fonts or images.
pub fn html(doc: &Document) -> String {
    let title = escape(&doc.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">{}\
         <meta name=\"viewport\" content=\"width=device-width\"><title>ÜBUNG – {title}</title>\n\
         <style>\n{PRINT_CSS}{}</style></head><body>\n<header class=\"mark\">ÜBUNG</header>\n\
         <h1>ÜBUNG – {title}</h1>\n",
        doc.lang.code(),
        crate::files::HTML_MARK,
        if doc.landscape {
            "@page{size:A4 landscape}\n"
        } else {
            ""
        }
    );
    if !doc.notice.is_empty() {
        out.push_str("<div class=\"notice\">");
        for line in &doc.notice {
            out.push_str(&format!("<p>{}</p>", escape(line)));
        }
        out.push_str("</div>\n");
    }
    for line in &doc.subtitle {
        out.push_str(&format!("<p class=\"sub\">{}</p>\n", escape(line)));
    }
    out.push_str("<nav><ol>");
    for s in &doc.sections {
        out.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>",
            s.id,
            escape(&s.title)
        ));
    }
    out.push_str("</ol></nav>\n");
    for (n, s) in doc.sections.iter().enumerate() {
        let class = if s.page_break { " class=\"page\"" } else { "" };
        out.push_str(&format!(
            "<section id=\"{}\"{class}>\n<h2>{}. {}</h2>\n",
            s.id,
            n + 1,
            escape(&s.title)
        ));
        for b in &s.blocks {
            html_block(&mut out, b, doc.lang);
        }
        out.push_str("</section>\n");
    }
    out.push_str("<footer class=\"mark\">ÜBUNG</footer>\n</body></html>\n");
    out
}

/// One line of text for Markdown, so that a CommonMark parser reads it back as this text and
/// nothing else (no HTML, link, emphasis, code, math, heading, list, quote or table cell border,
/// nor the extensions of common renderers): every character with a meaning inside a line is
/// escaped with a backslash, and so is one that starts a block at the beginning of a line. White
/// space around the line is dropped (it would be).
fn md_line(line: &str, out: &mut String) {
    let line = line.trim();
    // A block marker at the start: `-`, `+`, `=` (list, thematic break, setext underline), `:`,
    // or the `.`/`)` after leading digits (ordered list).
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let ordered =
        (1..=9).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    for (i, c) in line.char_indices() {
        let start_marker = i == 0 && matches!(c, '-' | '+' | '=' | ':');
        let list_marker = ordered && i == digits;
        if start_marker
            || list_marker
            || matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '&'
                    | '|'
                    | '~'
                    | '^'
                    | '#'
                    | '$'
                    | '{'
                    | '}'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Text inside one line of Markdown (a heading, a list item, a table cell, a caption): line
/// breaks become spaces, control characters visible escapes, Markdown characters escaped.
pub fn md_inline(t: &str) -> String {
    let t = crate::visible::visible(t);
    let joined: Vec<&str> = t
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = String::with_capacity(t.len() + 8);
    md_line(&joined.join(" "), &mut out);
    out
}

/// A paragraph of Markdown: each line of the text escaped as by [`md_inline`], lines kept apart
/// by hard line breaks (a backslash at the end of the line); empty lines are dropped (they would
/// end the paragraph).
pub fn md_paragraph(t: &str) -> String {
    let t = crate::visible::visible(t);
    let mut out = String::with_capacity(t.len() + 8);
    for line in t.split('\n').filter(|l| !l.trim().is_empty()) {
        if !out.is_empty() {
            out.push_str("\\\n");
        }
        md_line(line, &mut out);
    }
    out
}

fn md_cell(t: &str) -> String {
    md_inline(t)
}

fn md_block(out: &mut String, block: &Block, lang: Lang) {
    match block {
        Block::Para(t) => out.push_str(&format!("{}\n\n", md_paragraph(t))),
        Block::Table { rows, .. } if rows.is_empty() => {
            out.push_str(&format!("{}\n\n", no_rows(lang)));
        }
        Block::Heading(t) => out.push_str(&format!("### {}\n\n", md_inline(t))),
        Block::List(items) => {
            for i in items {
                out.push_str(&format!("- {}\n", md_inline(i)));
            }
            out.push('\n');
        }
        Block::Table {
            head,
            rows,
            numeric,
        } => {
            let cells: Vec<String> = head.iter().map(|h| md_cell(h)).collect();
            out.push_str(&format!("| {} |\n|", cells.join(" | ")));
            for i in 0..head.len() {
                out.push_str(if numeric.contains(&i) {
                    "---:|"
                } else {
                    "---|"
                });
            }
            out.push('\n');
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out.push('\n');
        }
        Block::Chart {
            caption, fallback, ..
        } => {
            let caption = md_inline(caption);
            if !caption.is_empty() {
                out.push_str(&format!("*{caption}*\n\n"));
            }
            md_block(out, fallback, lang);
        }
    }
}

/// Markdown: the same sections, charts as tables of their data.
pub fn markdown(doc: &Document) -> String {
    let mut out = format!("# ÜBUNG – {}\n\n", md_inline(&doc.title));
    if !doc.notice.is_empty() {
        let lines: Vec<String> = doc
            .notice
            .iter()
            .map(|l| md_inline(l))
            .filter(|l| !l.is_empty())
            .map(|l| format!("> **{l}**"))
            .collect();
        out.push_str(&format!("{}\n\n", lines.join("\n>\n")));
    }
    for line in &doc.subtitle {
        out.push_str(&format!("{}  \n", md_inline(line)));
    }
    out.push('\n');
    for (n, s) in doc.sections.iter().enumerate() {
        out.push_str(&format!("## {}. {}\n\n", n + 1, md_inline(&s.title)));
        for b in &s.blocks {
            md_block(&mut out, b, doc.lang);
        }
    }
    out.push_str("ÜBUNG\n");
    // Says who wrote it, so that the next report may replace it; renders as nothing.
    out.push_str(&format!("\n{}\n", crate::files::MARKDOWN_MARK));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// Long words break between syllables, never inside one (Chromium here has no hyphenation
    /// dictionary of its own, so the breaks we give are the only ones).
    #[test]
    fn long_words_break_between_syllables() {
        let cell = escape_wrapping("Datenschutzbeauftragte der Verschlüsselung");
        let pieces: Vec<&str> = cell.split(' ').collect();
        assert_eq!(
            pieces[0].replace("&shy;", "-"),
            "Da-ten-schutz-be-auf-trag-te"
        );
        assert_eq!(pieces[2].replace("&shy;", "-"), "Ver-schlüs-se-lung");
        // A URL keeps its breaks after punctuation; no soft hyphen splits its letters oddly.
        let url = escape_wrapping(
            "https://www.ndr.de/nachrichten/mecklenburg-vorpommern/itausfall116.html",
        );
        assert!(url.contains("<wbr>"), "{url}");
    }

    /// A document with every kind of block, every text `t(i)`.
    fn document(t: &dyn Fn(usize) -> String) -> Document {
        Document {
            lang: Lang::EN,
            title: t(0),
            notice: vec![t(1)],
            subtitle: vec![t(2)],
            sections: vec![Section {
                id: "s",
                title: t(3),
                blocks: vec![
                    Block::Heading(t(4)),
                    Block::Para(t(5)),
                    Block::List(vec![t(6), t(7)]),
                    Block::Table {
                        head: vec![t(8), t(9), t(10)],
                        rows: vec![vec![t(11), t(12), t(13)], vec![t(14), t(15), t(16)]],
                        numeric: vec![1],
                    },
                    Block::Chart {
                        caption: t(17),
                        svg: String::new(),
                        fallback: Box::new(Block::Table {
                            head: vec![t(18), t(19)],
                            rows: vec![vec![t(20), t(21)]],
                            numeric: Vec::new(),
                        }),
                    },
                ],
                page_break: false,
            }],
            landscape: false,
        }
    }

    /// What CommonMark (with every extension of pulldown-cmark but smart punctuation) reads in
    /// `markdown`: the structure (every start and end of an element) and the text of each
    /// heading, paragraph, list item and table cell, line breaks as `\n`.
    fn read(markdown: &str) -> (Vec<String>, Vec<String>) {
        let options = Options::all().difference(Options::ENABLE_SMART_PUNCTUATION);
        let (mut structure, mut texts, mut open) = (Vec::new(), Vec::new(), Vec::new());
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Start(tag) => {
                    if matches!(
                        tag,
                        Tag::Heading { .. } | Tag::Paragraph | Tag::Item | Tag::TableCell
                    ) {
                        open.push(String::new());
                    }
                    structure.push(format!("{tag:?}"));
                }
                Event::End(end) => {
                    if matches!(
                        end,
                        TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell
                    ) {
                        texts.push(open.pop().unwrap_or_default());
                    }
                    structure.push(format!("{end:?}"));
                }
                Event::Text(t) => open.last_mut().unwrap().push_str(&t),
                Event::SoftBreak | Event::HardBreak => open.last_mut().unwrap().push('\n'),
                other => structure.push(format!("{other:?}")),
            }
        }
        (structure, texts)
    }

    /// A text as one line of Markdown shows it: control characters visible, line breaks
    /// spaces, white space at the ends and around line breaks gone.
    fn one_line(t: &str) -> String {
        joined(t, " ")
    }

    /// A paragraph as Markdown shows it: its non-empty lines, trimmed.
    fn lines(t: &str) -> String {
        joined(t, "\n")
    }

    /// The visible text's non-empty lines, trimmed, joined by `separator`.
    fn joined(t: &str, separator: &str) -> String {
        let t = crate::visible::visible(t);
        let lines: Vec<&str> = t
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        lines.join(separator)
    }

    /// The texts `read` should find in `document(t)`: what shows nothing leaves out its
    /// paragraph (and a notice or caption its emphasis).
    fn expected(t: &dyn Fn(usize) -> String) -> Vec<String> {
        let some = |s: String| (!s.is_empty()).then_some(s);
        let mut out = vec![
            format!("ÜBUNG – {}", one_line(&t(0)))
                .trim_end()
                .to_string(),
        ];
        out.extend(some(one_line(&t(1))));
        out.extend(some(one_line(&t(2))));
        out.push(format!("1. {}", one_line(&t(3))).trim_end().to_string());
        out.push(one_line(&t(4)));
        out.extend(some(lines(&t(5))));
        out.extend((6..=16).map(|i| one_line(&t(i))));
        out.extend(some(one_line(&t(17))));
        out.extend((18..=21).map(|i| one_line(&t(i))));
        out.push("ÜBUNG".into());
        out
    }

    /// `texts` rendered and read back: the same structure as plain words give, no HTML, and
    /// every text as it was.
    fn reads_back(texts: &[String]) -> Result<(), TestCaseError> {
        let hostile = |i: usize| texts[i % texts.len()].clone();
        // Plain words where the text shows something, nothing where it shows nothing.
        let plain = |i: usize| {
            if one_line(&hostile(i)).is_empty() {
                String::new()
            } else {
                format!("word{i}")
            }
        };
        let (structure, read_texts) = read(&markdown(&document(&hostile)));
        let (plain_structure, _) = read(&markdown(&document(&plain)));
        let html = structure
            .iter()
            .find(|e| e.starts_with("Html") || e.starts_with("InlineHtml"));
        prop_assert!(html.is_none(), "an HTML node: {html:?}");
        prop_assert_eq!(&structure, &plain_structure);
        prop_assert_eq!(read_texts, expected(&hostile));
        Ok(())
    }

    #[test]
    fn long_tokens_in_cells_get_break_hints_and_short_ones_stay_as_they_are() {
        assert_eq!(
            escape_wrapping("Datenschutz & <b>"),
            "Datenschutz &amp; &lt;b&gt;"
        );
        let url = "https://www.faz.net/aktuell/wirtschaft/digitec/mehr-als-3000-temposuender.html";
        let wrapped = escape_wrapping(url);
        assert_eq!(wrapped.replace("<wbr>", "").replace("&shy;", ""), url);
        for piece in wrapped.replace("&shy;", "<wbr>").split("<wbr>") {
            assert!(piece.chars().count() <= LONGEST_UNBROKEN, "{piece}");
        }
        let word = escape_wrapping("Verkehrsordnungswidrigkeiten");
        assert_eq!(word.replace("&shy;", ""), "Verkehrsordnungswidrigkeiten");
        assert!(word.contains("&shy;"));
        // Markup in a long token is still escaped, hints never split an entity.
        let hostile = escape_wrapping("<script>alert(1)</script>");
        assert!(!hostile.replace("<wbr>", "").contains('<'), "{hostile}");
        assert_eq!(
            hostile.replace("<wbr>", "").replace("&shy;", ""),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
    }

    #[test]
    fn an_empty_table_says_so_instead_of_a_lone_heading_row() {
        let doc = Document {
            lang: Lang::DE,
            title: "t".into(),
            notice: Vec::new(),
            subtitle: Vec::new(),
            sections: vec![Section {
                id: "s",
                title: "s".into(),
                blocks: vec![Block::Table {
                    head: vec!["a".into()],
                    rows: Vec::new(),
                    numeric: Vec::new(),
                }],
                page_break: false,
            }],
            landscape: false,
        };
        assert!(!html(&doc).contains("<table>"));
        assert!(html(&doc).contains("<p>Keine Einträge.</p>"));
        assert!(markdown(&doc).contains("Keine Einträge."));
        assert!(!markdown(&doc).contains("| a |"));
    }

    #[test]
    fn markdown_reads_back_as_the_text_with_no_html_and_whole_tables() {
        let texts: Vec<String> = [
            "<script>alert(1)</script>",
            "a | b || c \\| d",
            "*x* _y_ **z** __w__ ***v***",
            "`code` ``more``",
            "[link](http://example.org) ![img](x.png) [ref][1] [^1] [[wiki]]",
            "<http://example.org> <a@b.de> www.example.org",
            "&amp; &#65; &#x41; &copy",
            "# heading",
            "- item\n+ item\n* item",
            "1. one\n2) two\n10. ten",
            "> quote\n>> deeper",
            "---\n***\n___\n===",
            "    indented\n\ttabbed",
            "```rust\nfn x() {}\n```\n~~~",
            "back\\slash\\\nand trailing\\",
            "~~strike~~ ~sub~ ^sup^ $x^2$ $$y$$",
            "term\n: definition",
            "# Title {#id .class}",
            "- [ ] task\n- [x] done",
            "<!-- comment --> <div>block</div>",
            "line one  \nline two\n\n\nafter blank lines",
            "\u{1b}]0;pwned\u{7}\u{1b}[2J and \u{9b}31m",
            "Müller & Söhne: 3 < 4 > 2, \"zitiert\" 'so'",
            "",
            "   ",
            "|",
            "\\",
            "a_b_c snake_case_id",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for (i, text) in texts.iter().enumerate() {
            // Each text in every place, and next to every other.
            let shifted: Vec<String> = texts[i..].iter().chain(&texts[..i]).cloned().collect();
            if let Err(e) = reads_back(&shifted) {
                panic!(
                    "{text:?}: {e}\n{}",
                    markdown(&document(&|j| shifted[j % shifted.len()].clone()))
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 512,
            failure_persistence: None,
            rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_text_reads_back(texts in proptest::collection::vec(
            "[a-z0-9 \\t\\n\\\\`*_\\[\\]<>&|~^#$!{}()\\-+=:.'\"/@%;]{0,24}|\\PC{0,8}", 22..23)
        ) {
            reads_back(&texts)?;
        }
    }
}
