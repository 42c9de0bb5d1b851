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

pub fn escape(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Print styles shared by every printed page: ÜBUNG in the header and footer of each page, as
/// page margin boxes (on screen, a header and footer line say it instead).
pub const PRINT_CSS: &str = "\
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;line-height:1.35;margin:1.2cm;color:#111}
h1{font-size:18pt;margin:.2em 0}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.4em}
h3{font-size:11pt;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.4em 0}th,td{border:1px solid #aaa;padding:2px 4px;vertical-align:top;text-align:left}
th{background:#eee}td.n,th.n{text-align:right;white-space:nowrap}thead{display:table-header-group}tr{break-inside:avoid}
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

fn html_block(out: &mut String, block: &Block) {
    match block {
        Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", escape(t))),
        Block::Heading(t) => out.push_str(&format!("<h3>{}</h3>\n", escape(t))),
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
                out.push_str(&format!("<th{}>{}</th>", class(i), escape(h)));
            }
            out.push_str("</tr></thead><tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for (i, c) in row.iter().enumerate() {
                    out.push_str(&format!("<td{}>{}</td>", class(i), escape(c)));
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
            html_block(&mut out, b);
        }
        out.push_str("</section>\n");
    }
    out.push_str("<footer class=\"mark\">ÜBUNG</footer>\n</body></html>\n");
    out
}

fn md_cell(t: &str) -> String {
    t.replace('|', "\\|").replace('\n', " ")
}

fn md_block(out: &mut String, block: &Block) {
    match block {
        Block::Para(t) => out.push_str(&format!("{t}\n\n")),
        Block::Heading(t) => out.push_str(&format!("### {t}\n\n")),
        Block::List(items) => {
            for i in items {
                out.push_str(&format!("- {}\n", i.replace('\n', " ")));
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
            out.push_str(&format!("*{caption}*\n\n"));
            md_block(out, fallback);
        }
    }
}

/// Markdown: the same sections, charts as tables of their data.
pub fn markdown(doc: &Document) -> String {
    let mut out = format!("# ÜBUNG – {}\n\n", doc.title);
    if !doc.notice.is_empty() {
        let lines: Vec<String> = doc
            .notice
            .iter()
            .map(|l| format!("> **{}**", l.replace('\n', " ")))
            .collect();
        out.push_str(&format!("{}\n\n", lines.join("\n>\n")));
    }
    for line in &doc.subtitle {
        out.push_str(&format!("{line}  \n"));
    }
    out.push('\n');
    for (n, s) in doc.sections.iter().enumerate() {
        out.push_str(&format!("## {}. {}\n\n", n + 1, s.title));
        for b in &s.blocks {
            md_block(&mut out, b);
        }
    }
    out.push_str("ÜBUNG\n");
    // Says who wrote it, so that the next report may replace it; renders as nothing.
    out.push_str(&format!("\n{}\n", crate::files::MARKDOWN_MARK));
    out
}
