//! One language's messages: a Fluent bundle, its placeholder-free messages resolved once, and its
//! number format. Parsing refuses a catalogue with any syntax error or duplicate id, naming line
//! and column, so a translator's slip never shows up as a half-empty screen.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// A problem in a catalogue, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct CatalogueError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

pub struct Catalogue {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// Messages without placeholders, resolved once and kept for the process.
    plain: HashMap<String, &'static str>,
    ids: BTreeSet<String>,
    style: NumberStyle,
}

impl Catalogue {
    pub fn parse(code: &str, text: &str) -> Result<Catalogue, Vec<CatalogueError>> {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((_, errors)) => {
                return Err(errors
                    .iter()
                    .map(|e| {
                        // An entry cut short by its line's end is reported at the next line's
                        // start; the translator looks for it at the end of the broken line.
                        let start = e.slice.as_ref().map_or(0, |s| s.start);
                        let mut pos = e.pos.start;
                        if pos > start && text.as_bytes().get(pos - 1) == Some(&b'\n') {
                            pos -= 1;
                        }
                        at(text, pos, e.kind.to_string())
                    })
                    .collect());
            }
        };
        let mut ids = BTreeSet::new();
        let mut problems = Vec::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry
                && !ids.insert(m.id.name.to_owned())
            {
                problems.push(at(
                    text,
                    second_definition(text, m.id.name),
                    format!("message `{}` is defined twice", m.id.name),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let langid: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        // Terminals and Markdown would show Unicode isolation marks around every placeholder.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        if let Err(errors) = bundle.add_resource(resource) {
            return Err(errors.iter().map(|e| at(text, 0, e.to_string())).collect());
        }
        let mut plain = HashMap::new();
        for id in &ids {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id.clone(), &*Box::leak(value.into_owned().into_boxed_str()));
            }
        }
        let style = plain
            .get("number-format")
            .map(|s| NumberStyle::from_example(s))
            .unwrap_or_default();
        STYLES
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(langid.to_string(), style.clone());
        Ok(Catalogue {
            code: code.to_owned(),
            bundle,
            plain,
            ids,
            style,
        })
    }

    pub fn empty(code: &str) -> Catalogue {
        let mut bundle = FluentBundle::new_concurrent(Vec::new());
        bundle.set_use_isolating(false);
        Catalogue {
            code: code.to_owned(),
            bundle,
            plain: HashMap::new(),
            ids: BTreeSet::new(),
            style: NumberStyle::default(),
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn has(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    pub(super) fn plain(&self, id: &str) -> Option<&'static str> {
        self.plain.get(id).copied()
    }

    pub(super) fn style(&self) -> &NumberStyle {
        &self.style
    }

    pub(super) fn format(&self, id: &str, args: &FluentArgs) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned()
    }
}

/// Every message of a catalogue's text with the variables it uses (`$name`), in id order; for
/// the checks that both languages have the same messages with the same placeholders.
pub fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Where `id` is defined for the second time (its line start), for the duplicate message.
fn second_definition(text: &str, id: &str) -> usize {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let rest = line.strip_prefix(id).map(str::trim_start);
        if rest.is_some_and(|r| r.starts_with('=')) {
            seen += 1;
            if seen == 2 {
                return offset;
            }
        }
        offset += line.len();
    }
    0
}

fn at(text: &str, offset: usize, message: String) -> CatalogueError {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    CatalogueError {
        line,
        column,
        message,
    }
}

/// How a language writes numbers, read from the catalogue's own example (`number-format =
/// 1.234,5`): the characters between `1` and `234` group thousands, those between `234` and `5`
/// mark the decimals.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct NumberStyle {
    group: String,
    decimal: String,
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle {
            group: ",".into(),
            decimal: ".".into(),
        }
    }
}

impl NumberStyle {
    fn from_example(example: &str) -> NumberStyle {
        let example = example.trim();
        let parts = example
            .strip_prefix('1')
            .and_then(|r| r.split_once("234"))
            .and_then(|(group, r)| r.strip_suffix('5').map(|decimal| (group, decimal)));
        match parts {
            Some((group, decimal)) if !decimal.is_empty() => NumberStyle {
                group: group.to_owned(),
                decimal: decimal.to_owned(),
            },
            _ => NumberStyle::default(),
        }
    }

    /// Digits (optionally signed) with thousands grouped.
    pub(super) fn integer(&self, digits: &str) -> String {
        let (sign, digits) = match digits.strip_prefix('-') {
            Some(d) => ("-", d),
            None => ("", digits),
        };
        let mut out = String::from(sign);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(c);
        }
        out
    }

    /// A number as Rust writes it (`-1234.5`) in this style.
    pub(super) fn decimal(&self, text: &str) -> String {
        match text.split_once('.') {
            Some((int, frac)) => format!("{}{}{frac}", self.integer(int), self.decimal),
            None => self.integer(text),
        }
    }
}

/// Number styles by language tag, for the Fluent formatter, which only sees the bundle's
/// language.
static STYLES: LazyLock<RwLock<HashMap<String, NumberStyle>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));

struct StyleOf(NumberStyle);

impl Memoizable for StyleOf {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let styles = STYLES.read().unwrap_or_else(|e| e.into_inner());
        styles
            .get(&lang.to_string())
            .cloned()
            .map(StyleOf)
            .ok_or(())
    }
}

fn format_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let text = n.as_string();
    intls
        .with_try_get::<StyleOf, _, _>((), |s| s.0.decimal(&text))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_is_refused_with_line_and_column() {
        let Err(errors) = Catalogue::parse("xx", "ok = fine\nbroken = { $n\n") else {
            panic!("a broken placeable must be refused");
        };
        assert_eq!(
            (errors[0].line, errors[0].column > 1),
            (2, true),
            "{errors:?}"
        );
        let Err(errors) = Catalogue::parse("xx", "a = 1\nb = 2\na = 3\n") else {
            panic!("a duplicate must be refused");
        };
        assert_eq!(errors[0].line, 3, "{errors:?}");
        assert!(errors[0].message.contains("`a`"));
    }

    #[test]
    fn number_style_comes_from_the_example() {
        let fr = NumberStyle::from_example("1\u{202f}234,5");
        assert_eq!(fr.decimal("-1234567.25"), "-1\u{202f}234\u{202f}567,25");
        assert_eq!(
            NumberStyle::from_example("nonsense"),
            NumberStyle::default()
        );
    }
}
