//! Positions of values in a scenario's text, by document path.
//!
//! `ron` 0.12 reports positions for syntax errors but keeps none for values it parsed, so a
//! semantic problem at `services[3].depends_on[1]` could not otherwise be pointed at. This module
//! walks the RON text once more, structurally (it understands nesting, strings and comments, not
//! types), and records where each value starts under the same path syntax the validator uses.
//! Searching the text for a value would be wrong: ids repeat all over a scenario.
//!
//! It only runs when validation found problems or the text may hold a control character, and it
//! never fails: on text it cannot follow it stops, and lookups fall back to the nearest recorded
//! ancestor.
//!
//! On the way it notes every control character ([`crate::visible::is_control`]) with its
//! position and the path of the string it is in: written raw anywhere in the text (strings,
//! comments, white space), or as an escape inside a string (`\0`, `\r`, `\x1b`, `\u{9b}`).

use std::collections::HashMap;

/// A 1-based line and column (columns count characters, as `ron` does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };
}

/// Where each value of a document starts.
#[derive(Debug, Default)]
pub struct Locations {
    /// Looked up only, never iterated: a hash map (paths of long lists share long prefixes,
    /// which an ordered map compares over and over).
    by_path: HashMap<String, Position>,
    controls: Vec<Control>,
}

/// A control character in the text: the path of the string it is in (empty outside strings),
/// where it is (for an escape, where the escape starts) and which character it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    pub path: String,
    pub position: Position,
    pub char: char,
}

/// Whether `text` may hold a control character, raw or as a string escape: a quick byte scan
/// that decides whether [`Locations::scan`] must look (it may say yes for `\\x`, never no for a
/// text that holds one).
pub fn may_hold_controls(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' | b'\n' => false,
        0..0x20 | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        b'\\' => bytes
            .get(i + 1)
            .is_some_and(|n| matches!(n, b'0' | b'r' | b'x' | b'u')),
        _ => false,
    })
}

/// Nesting deeper than this is not followed (the parser's own limit is lower).
const MAX_DEPTH: usize = 256;

impl Locations {
    /// Records the start of every value in `text`.
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner {
            text,
            pos: 0,
            line: 1,
            column: 1,
            found: HashMap::new(),
            controls: Vec::new(),
            context: String::new(),
        };
        scanner.skip_trivia();
        while scanner.rest().starts_with("#!") {
            // `#![enable(implicit_some)]` and friends.
            if !scanner.skip_until(']') {
                break;
            }
            scanner.skip_trivia();
        }
        // A document that stops making sense still yields what was recorded up to there.
        let _ = scanner.value(String::new(), 0);
        // Raw control characters after where the walk stopped (or after the document).
        scanner.context.clear();
        while scanner.bump().is_some() {}
        Locations {
            by_path: scanner.found,
            controls: scanner.controls,
        }
    }

    /// Every control character in the text, in text order.
    pub fn controls(&self) -> &[Control] {
        &self.controls
    }

    /// The position of `path`, or of its nearest recorded ancestor, or the document start.
    pub fn find(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(p) = self.by_path.get(path) {
                return *p;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return self.by_path.get("").copied().unwrap_or(Position::START),
            }
        }
    }
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    column: usize,
    found: HashMap<String, Position>,
    controls: Vec<Control>,
    /// The path of the string being read, empty outside strings.
    context: String,
}

/// Stops the walk; the caller keeps what was found.
struct Stop;

impl Scanner<'_> {
    fn rest(&self) -> &str {
        self.text.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        if crate::visible::is_control(c) {
            self.note(self.here(), c);
        }
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn note(&mut self, position: Position, c: char) {
        self.controls.push(Control {
            path: self.context.clone(),
            position,
            char: c,
        });
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn skip_until(&mut self, end: char) -> bool {
        while let Some(c) = self.bump() {
            if c == end {
                return true;
            }
        }
        false
    }

    /// Skips white space and comments (block comments nest in RON).
    fn skip_trivia(&mut self) {
        loop {
            let rest = self.rest();
            if rest.starts_with("//") {
                self.skip_until('\n');
            } else if rest.starts_with("/*") {
                self.bump();
                self.bump();
                let mut depth = 1usize;
                while depth > 0 {
                    let rest = self.rest();
                    if rest.is_empty() {
                        return;
                    } else if rest.starts_with("/*") {
                        depth += 1;
                        self.bump();
                        self.bump();
                    } else if rest.starts_with("*/") {
                        depth -= 1;
                        self.bump();
                        self.bump();
                    } else {
                        self.bump();
                    }
                }
            } else if self.peek().is_some_and(char::is_whitespace) {
                self.bump();
            } else {
                return;
            }
        }
    }

    fn expect(&mut self, c: char) -> Result<(), Stop> {
        self.skip_trivia();
        if self.peek() == Some(c) {
            self.bump();
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn value(&mut self, path: String, depth: usize) -> Result<(), Stop> {
        if depth > MAX_DEPTH {
            return Err(Stop);
        }
        self.skip_trivia();
        let start = self.here();
        let c = self.peek().ok_or(Stop)?;
        self.found.entry(path.clone()).or_insert(start);
        match c {
            '[' => {
                self.bump();
                self.sequence(']', depth, |i| format!("{path}[{i}]"))
            }
            '(' => self.body(&path, depth),
            '{' => self.map(&path, depth),
            '"' => self.quoted(&path, '"'),
            '\'' => self.quoted(&path, '\''),
            'b' if self.rest().starts_with("b\"") || self.rest().starts_with("b'") => {
                self.bump();
                if self.peek() == Some('"') {
                    self.quoted(&path, '"')
                } else {
                    self.quoted(&path, '\'')
                }
            }
            'r' if self.rest().starts_with("r\"") || self.rest().starts_with("r#") => {
                if self.rest().starts_with("r#") && !self.rest().starts_with("r#\"") {
                    // A raw identifier such as `r#type`.
                    self.bump();
                    self.bump();
                    self.named(&path, depth)
                } else {
                    self.raw_string(&path)
                }
            }
            c if c.is_alphabetic() || c == '_' => self.named(&path, depth),
            c if c.is_ascii_digit() || matches!(c, '+' | '-' | '.') => {
                while self.peek().is_some_and(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '+' | '-')
                }) {
                    self.bump();
                }
                Ok(())
            }
            _ => Err(Stop),
        }
    }

    /// An identifier, optionally followed by a parenthesised body: `Name(...)`, `at("...")`, `true`.
    fn named(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.bump();
        }
        self.skip_trivia();
        if self.peek() == Some('(') {
            self.body(path, depth)
        } else {
            Ok(())
        }
    }

    /// `( field: value, ... )` or `( value, ... )`.
    fn body(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        self.expect('(')?;
        self.skip_trivia();
        if self.field_name_ahead().is_some() {
            loop {
                self.skip_trivia();
                if self.peek() == Some(')') {
                    self.bump();
                    return Ok(());
                }
                let name = self.field_name_ahead().ok_or(Stop)?;
                for _ in name.chars() {
                    self.bump();
                }
                self.expect(':')?;
                let child = if path.is_empty() {
                    name
                } else {
                    format!("{path}.{name}")
                };
                self.value(child, depth + 1)?;
                self.skip_trivia();
                match self.bump() {
                    Some(',') => {}
                    Some(')') => return Ok(()),
                    _ => return Err(Stop),
                }
            }
        } else {
            self.sequence(')', depth, |i| format!("{path}.{i}"))
        }
    }

    /// The field name at the cursor if the cursor is at `name:` (and not `name::` or `name(`).
    fn field_name_ahead(&self) -> Option<String> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 || rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let after = rest[len..].trim_start();
        (after.starts_with(':') && !after.starts_with("::")).then(|| rest[..len].to_string())
    }

    fn sequence(
        &mut self,
        close: char,
        depth: usize,
        child: impl Fn(usize) -> String,
    ) -> Result<(), Stop> {
        let mut index = 0;
        loop {
            self.skip_trivia();
            if self.peek() == Some(close) {
                self.bump();
                return Ok(());
            }
            self.value(child(index), depth + 1)?;
            index += 1;
            self.skip_trivia();
            match self.bump() {
                Some(',') => {}
                Some(c) if c == close => return Ok(()),
                _ => return Err(Stop),
            }
        }
    }

    fn map(&mut self, path: &str, depth: usize) -> Result<(), Stop> {
        self.expect('{')?;
        loop {
            self.skip_trivia();
            if self.peek() == Some('}') {
                self.bump();
                return Ok(());
            }
            let key_start = self.pos;
            self.value(format!("{path}.#key"), depth + 1)?;
            let key = self
                .text
                .get(key_start..self.pos)
                .unwrap_or("")
                .trim_matches('"');
            let child = format!("{path}.{key}");
            self.expect(':')?;
            self.value(child, depth + 1)?;
            self.skip_trivia();
            match self.bump() {
                Some(',') => {}
                Some('}') => return Ok(()),
                _ => return Err(Stop),
            }
        }
    }

    /// A string or character literal up to its closing `quote`, noting control characters
    /// written raw or as escapes.
    fn quoted(&mut self, path: &str, quote: char) -> Result<(), Stop> {
        self.context = path.to_string();
        let result = self.quoted_body(quote);
        self.context.clear();
        result
    }

    fn quoted_body(&mut self, quote: char) -> Result<(), Stop> {
        self.bump();
        loop {
            let at = self.here();
            match self.bump().ok_or(Stop)? {
                '\\' => {
                    if let Some(c) = self.escape()
                        && crate::visible::is_control(c)
                    {
                        self.note(at, c);
                    }
                }
                c if c == quote => return Ok(()),
                _ => {}
            }
        }
    }

    /// The character an escape after its backslash stands for, if it stands for one that could
    /// be a control character; consumes the escape (a malformed one only in part, as the
    /// parser has accepted the text anyway).
    fn escape(&mut self) -> Option<char> {
        match self.bump()? {
            '0' => Some('\0'),
            'r' => Some('\r'),
            'x' => {
                // Up to four `\xHH` bytes make one UTF-8 character.
                let mut bytes = vec![self.hex_byte()?];
                loop {
                    if let Ok(s) = std::str::from_utf8(&bytes) {
                        return s.chars().next();
                    }
                    if bytes.len() == 4 || !self.rest().starts_with("\\x") {
                        return None;
                    }
                    self.bump();
                    self.bump();
                    bytes.push(self.hex_byte()?);
                }
            }
            'u' => {
                if self.peek() != Some('{') {
                    return None;
                }
                self.bump();
                let mut code: u32 = 0;
                for _ in 0..6 {
                    match self.peek()?.to_digit(16) {
                        Some(d) => {
                            self.bump();
                            code = code * 16 + d;
                        }
                        None => break,
                    }
                }
                if self.peek() == Some('}') {
                    self.bump();
                }
                char::from_u32(code)
            }
            _ => None,
        }
    }

    fn hex_byte(&mut self) -> Option<u8> {
        let high = self.peek()?.to_digit(16)?;
        self.bump();
        let low = self.peek()?.to_digit(16)?;
        self.bump();
        u8::try_from(high * 16 + low).ok()
    }

    fn raw_string(&mut self, path: &str) -> Result<(), Stop> {
        self.context = path.to_string();
        let result = self.raw_string_body();
        self.context.clear();
        result
    }

    fn raw_string_body(&mut self) -> Result<(), Stop> {
        self.bump(); // r
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.bump() != Some('"') {
            return Err(Stop);
        }
        let close: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        loop {
            if self.rest().starts_with(&close) {
                for _ in 0..close.len() {
                    self.bump();
                }
                return Ok(());
            }
            self.bump().ok_or(Stop)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn records_fields_lists_and_variants() {
        let text = "#![enable(implicit_some)]\n// comment with \"quotes\" and (parens\nScenario(\n    id: \"x\",\n    services: [\n        Service(id: \"a\", depends_on: [\"b\", \"c\"]),\n        Service(id: \"b\", /* (nested /* comment */) */ depends_on: []),\n    ],\n    trigger: after_inject(inject: \"a\", delay: hours(2)),\n    at: at(\"2021-10-15 03:00\"),\n)\n";
        let loc = Locations::scan(text);
        assert_eq!(loc.find(""), at(3, 1));
        assert_eq!(loc.find("id"), at(4, 9));
        assert_eq!(loc.find("services[0].depends_on[1]"), at(6, 44));
        assert_eq!(loc.find("services[1].depends_on"), at(7, 67));
        assert_eq!(loc.find("trigger.delay"), at(9, 47));
        assert_eq!(loc.find("at.0"), at(10, 12));
        // Unknown children fall back to the nearest ancestor.
        assert_eq!(loc.find("services[1].depends_on[7]"), at(7, 67));
        assert_eq!(loc.find("nothing.here"), at(3, 1));
    }

    #[test]
    fn columns_count_characters_and_strings_hide_structure() {
        let text = "S(a: \"ü(ß\", b: r#\"x\"y]\"#, c: 'ä', d: 1)";
        let loc = Locations::scan(text);
        assert_eq!(loc.find("b"), at(1, 16));
        assert_eq!(loc.find("c"), at(1, 30));
        assert_eq!(loc.find("d"), at(1, 38));
    }

    #[test]
    fn survives_garbage_and_deep_nesting() {
        for text in [
            "",
            "(((((",
            "S(a: [1, 2",
            "\"unterminated",
            "]]]",
            "S(a: b: c)",
        ] {
            let loc = Locations::scan(text);
            assert!(loc.find("a[1]").line >= 1);
        }
        let deep = "[".repeat(100_000);
        assert_eq!(Locations::scan(&deep).find("[0][0]"), at(1, 3));
    }
}
