//! Control characters made visible: text from files we did not write (a scenario's error
//! message quoting bad input, an exercise file's logbook, a decision log) never reaches a
//! terminal or a report with an escape sequence in it.
//!
//! A control character is one below U+0020 except tab and line feed, DEL (U+007F) and the C1
//! controls U+0080 to U+009F. Scenario validation refuses them in texts (`E0130`); everything
//! printed shows them as `\u{1b}`, the way Rust writes them. [`visible`] does it for a string,
//! [`Visible`] for everything written through a writer (the command line's standard output and
//! standard error).

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Whether `c` is a control character that must not reach a terminal as it is.
pub fn is_control(c: char) -> bool {
    (c < ' ' && c != '\t' && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c)
}

/// `text` with every control character written as `\u{XX}`; borrowed when there is none.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Pretty JSON for standard output that a [`Visible`] writer passes unchanged: JSON escapes
/// C0 control characters itself, and DEL and the C1 controls (which it may leave raw) are written
/// as JSON escapes (`\u009b`) too, so the text stays valid JSON and its strings read back as
/// they were.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let text = serde_json::to_string_pretty(value)?;
    if !text.chars().any(is_control_in_json) {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_control_in_json(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Outside its strings, JSON has only line feeds and spaces; inside them, C0 is escaped.
fn is_control_in_json(c: char) -> bool {
    ('\u{7f}'..='\u{9f}').contains(&c)
}

/// A writer that passes UTF-8 text on with its control characters made visible, as
/// [`visible`] writes them. Bytes that are not UTF-8 pass unchanged (control characters are
/// recognised byte by byte: C0 and DEL are single bytes, C1 is `0xC2` followed by `0x80..=0x9F`,
/// which may arrive split over two writes).
#[derive(Debug)]
pub struct Visible<W: Write> {
    inner: W,
    /// A `0xC2` at the end of the last write, waiting for its second byte.
    pending: bool,
}

impl<W: Write> Visible<W> {
    pub fn new(inner: W) -> Visible<W> {
        Visible {
            inner,
            pending: false,
        }
    }

    /// The writer underneath (pending bytes are written by `flush`).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }
}

fn escaped(code: u8) -> String {
    format!("\\u{{{code:x}}}")
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let mut out: Vec<u8> = Vec::with_capacity(buf.len() + 8);
        let mut rest = buf;
        if self.pending {
            self.pending = false;
            match rest.first() {
                Some(&b) if (0x80..=0x9f).contains(&b) => {
                    out.extend_from_slice(escaped(b).as_bytes());
                    rest = &rest[1..];
                }
                _ => out.push(0xc2),
            }
        }
        let mut i = 0;
        while i < rest.len() {
            let b = rest[i];
            if (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f {
                out.extend_from_slice(escaped(b).as_bytes());
            } else if b == 0xc2 {
                match rest.get(i + 1) {
                    Some(&next) if (0x80..=0x9f).contains(&next) => {
                        out.extend_from_slice(escaped(next).as_bytes());
                        i += 1;
                    }
                    Some(_) => out.push(b),
                    None => self.pending = true,
                }
            } else {
                out.push(b);
            }
            i += 1;
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.pending {
            self.pending = false;
            self.inner.write_all(&[0xc2])?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_escapes() {
        assert_eq!(visible("plain\ttext\nÄß"), "plain\ttext\nÄß");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
        assert_eq!(
            visible("\u{1b}]0;pwned\u{7}\u{1b}[2J\0\r\u{7f}\u{9b}\u{a0}"),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{0}\\u{d}\\u{7f}\\u{9b}\u{a0}"
        );
    }

    #[test]
    fn json_stays_json_and_holds_no_control_character() {
        let value = ["\u{1b}[2J\u{9b}31m\u{7f}\0 ä".to_string()];
        let text = json(&value).unwrap();
        assert!(!text.chars().any(is_control), "{text}");
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_writer_escapes_what_visible_escapes_even_split_across_writes() {
        let text = "a\u{1b}[31mÄ\u{9b}2J\u{85}é\u{0}\n\tend\u{80}";
        for split in 0..=text.len() {
            let mut w = Visible::new(Vec::new());
            w.write_all(&text.as_bytes()[..split]).unwrap();
            w.write_all(&text.as_bytes()[split..]).unwrap();
            w.flush().unwrap();
            assert_eq!(
                String::from_utf8(w.inner).unwrap(),
                visible(text),
                "{split}"
            );
        }
        let mut w = Visible::new(Vec::new());
        w.write_all(&[b'x', 0xc2]).unwrap();
        w.flush().unwrap();
        assert_eq!(w.inner, [b'x', 0xc2]);
    }
}
