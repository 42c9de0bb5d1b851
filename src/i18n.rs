//! The two interface languages. Scenario text stays as its author wrote it; everything the
//! program itself says exists in German and English.

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// `"de"` or `"en"`, as written in scenario files and on the command line.
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language a locale string such as `de_DE.UTF-8` asks for; English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.starts_with("de") {
            Lang::De
        } else {
            Lang::En
        }
    }
}

/// A whole number with thousands separators as each language writes them (4.212 / 4,212).
pub fn number(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::De { '.' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_each_languages_separator() {
        assert_eq!(number(4212, Lang::De), "4.212");
        assert_eq!(number(4212, Lang::En), "4,212");
        assert_eq!(number(999, Lang::En), "999");
        assert_eq!(number(1_000_000, Lang::De), "1.000.000");
    }
}
