//! The RON dialect of every file krisenstab reads and writes: `implicit_some` on (optional
//! fields are written plainly), struct names written out, errors with 1-based line and column.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parser and writer options shared by scenarios, decision logs and exercise files.
pub fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A parse error: 1-based line and column (in characters) and the parser's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// `bytes` as text, or a [`ParseError`] at the line and column where they stop being UTF-8.
pub fn text(bytes: Vec<u8>) -> Result<String, ParseError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        ParseError {
            line: 1 + before.matches('\n').count(),
            column: 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count()),
            message: "the file is not valid UTF-8".into(),
        }
    })
}

pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    options().from_str(text).map_err(|e| ParseError {
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: e.code.to_string(),
    })
}

/// Pretty RON with struct names; our types always serialise, so an error yields empty text.
pub fn to_pretty<T: Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    options()
        .to_string_pretty(value, config)
        .unwrap_or_default()
}
