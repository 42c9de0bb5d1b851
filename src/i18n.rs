//! The program's words. Every message lives in a Project Fluent catalogue, one `locales/<code>.ftl`
//! per language, compiled into the binary (`build.rs`); `--lang-file FILE.ftl` adds one at run
//! time. Scenario text stays as its author wrote it and never passes through here.
//!
//! `t` returns a message without placeholders (resolved once when the catalogue loads, so drawing
//! a screen allocates nothing for it), `tf!` one with placeholders. A message missing in a
//! catalogue falls back to English; a catalogue loaded at run time says how many it lacks.
//! Numbers passed to `tf!` are written in the catalogue's convention (its `number-format`
//! example), so Fluent's plural selection and the thousands separators come from one place.

mod catalogue;
pub mod words;

use std::sync::{LazyLock, RwLock};

pub use catalogue::{Catalogue, CatalogueError, messages};
pub use fluent_bundle::FluentArgs as Args;

/// A language: an index into the catalogues this process knows (built in, then loaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    pub const DE: Lang = Lang(0);
    pub const EN: Lang = Lang(1);

    /// A built-in language by its code (`de`, `en`, or any `locales/<code>.ftl`).
    pub fn parse(code: &str) -> Option<Lang> {
        BUILTIN
            .iter()
            .position(|c| c.code() == code)
            .and_then(|i| u8::try_from(i).ok())
            .map(Lang)
    }

    /// The catalogue's language code, as written in scenario files and on the command line.
    pub fn code(self) -> &'static str {
        catalogue(self).code()
    }

    /// The language a locale string such as `de_DE.UTF-8` asks for; English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        let code = locale
            .split(['_', '.', '-', '@'])
            .next()
            .unwrap_or_default();
        Lang::parse(code).unwrap_or(Lang::EN)
    }

    /// Every language this process knows: the built-in ones, then those loaded at run time.
    pub fn all() -> impl Iterator<Item = Lang> {
        let loaded = LOADED.read().map_or(0, |l| l.len());
        (0..BUILTIN.len() + loaded)
            .filter_map(|i| u8::try_from(i).ok())
            .map(Lang)
    }

    /// The built-in languages, German and English first.
    pub fn builtin() -> impl Iterator<Item = Lang> {
        (0..BUILTIN.len())
            .filter_map(|i| u8::try_from(i).ok())
            .map(Lang)
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::DE
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The catalogues compiled in from `locales/` (code, text).
pub static BUILTIN_TEXTS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

static BUILTIN: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    BUILTIN_TEXTS
        .iter()
        .map(|(code, text)| {
            // A built-in catalogue that does not parse fails the test suite
            // (`tests/it/words.rs`); here it falls back to an empty one rather than panic.
            Catalogue::parse(code, text).unwrap_or_else(|_| Catalogue::empty(code))
        })
        .collect()
});

/// Catalogues loaded at run time; leaked, as they live as long as the process.
static LOADED: RwLock<Vec<&'static Catalogue>> = RwLock::new(Vec::new());

fn catalogue(lang: Lang) -> &'static Catalogue {
    let i = usize::from(lang.0);
    if let Some(c) = BUILTIN.get(i) {
        return c;
    }
    let loaded = LOADED.read().unwrap_or_else(|e| e.into_inner());
    loaded
        .get(i - BUILTIN.len())
        .copied()
        .unwrap_or(&BUILTIN[usize::from(Lang::EN.0)])
}

fn english() -> &'static Catalogue {
    catalogue(Lang::EN)
}

/// A catalogue read at run time (`--lang-file`) and how many messages it lacks against English
/// (those appear in English).
#[derive(Debug, Clone, Copy)]
pub struct Loaded {
    pub lang: Lang,
    pub missing: usize,
}

/// Adds a catalogue from its text; `name` is the file name used in error positions and the
/// language code is the file's `language-code` message (else `name` without `.ftl`).
pub fn load(name: &str, text: &str) -> Result<Loaded, Vec<CatalogueError>> {
    let code = name
        .rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".ftl");
    let catalogue = Catalogue::parse(code, text)?;
    let missing = english().ids().filter(|id| !catalogue.has(id)).count();
    let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
    let mut loaded = LOADED.write().unwrap_or_else(|e| e.into_inner());
    let index = BUILTIN.len() + loaded.len();
    let index = u8::try_from(index).map_err(|_| {
        vec![CatalogueError {
            line: 1,
            column: 1,
            message: "too many catalogues".into(),
        }]
    })?;
    loaded.push(catalogue);
    Ok(Loaded {
        lang: Lang(index),
        missing,
    })
}

/// A message without placeholders in `lang` (English if the catalogue lacks it; the id itself
/// if English lacks it too, which the catalogue test forbids).
pub fn t(lang: Lang, id: &'static str) -> &'static str {
    catalogue(lang)
        .plain(id)
        .or_else(|| english().plain(id))
        .unwrap_or(id)
}

/// A message with placeholders; prefer the `tf!` macro.
pub fn format(lang: Lang, id: &str, args: &Args) -> String {
    let c = catalogue(lang);
    if c.has(id) {
        c.format(id, args)
    } else {
        english().format(id, args)
    }
}

/// `tf!(lang, "id", name = value, ...)`: a message with its placeholders filled in. Values are
/// anything Fluent takes: text, or numbers (written in the catalogue's number format).
#[macro_export]
macro_rules! tf {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut, reason = "a message may have no placeholders")]
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )*
        $crate::i18n::format($lang, $id, &args)
    }};
}

/// A whole number with the catalogue's thousands separator (4.212 / 4,212).
pub fn number(n: u64, lang: Lang) -> String {
    catalogue(lang).style().integer(&n.to_string())
}

/// A decimal with `places` digits after the catalogue's decimal separator (12,5 / 12.5).
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    catalogue(lang).style().decimal(&format!("{x:.places$}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_each_languages_separator() {
        assert_eq!(number(4212, Lang::DE), "4.212");
        assert_eq!(number(4212, Lang::EN), "4,212");
        assert_eq!(number(999, Lang::EN), "999");
        assert_eq!(number(1_000_000, Lang::DE), "1.000.000");
        assert_eq!(decimal(12.5, 1, Lang::DE), "12,5");
        assert_eq!(decimal(-1234.25, 2, Lang::EN), "-1,234.25");
    }

    #[test]
    fn german_and_english_come_first() {
        assert_eq!(Lang::DE.code(), "de");
        assert_eq!(Lang::EN.code(), "en");
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), Lang::DE);
        assert_eq!(Lang::from_locale("C"), Lang::EN);
    }
}
