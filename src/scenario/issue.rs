//! Problems found in a scenario file: a stable code, where it is, and what is wrong, in the
//! language of messages (the `cli-issue-*` messages of the catalogue).
//!
//! Codes are part of the file format's contract (designers search for them, fixtures are named
//! after them): never renumber, only add.

use crate::i18n::{Lang, t};
use crate::tf;

/// What kind of element an id names. Ids share one namespace, so one id has one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Source,
    Role,
    Organisation,
    Provider,
    Network,
    Link,
    System,
    Service,
    Deadline,
    Attacker,
    Action,
    Inject,
    Objective,
    Phase,
    Decision,
    Team,
    Group,
}

impl Kind {
    pub fn name(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Kind::Source => "cli-kind-source",
                Kind::Role => "cli-kind-role",
                Kind::Organisation => "cli-kind-organisation",
                Kind::Provider => "cli-kind-provider",
                Kind::Network => "cli-kind-network",
                Kind::Link => "cli-kind-link",
                Kind::System => "cli-kind-system",
                Kind::Service => "cli-kind-service",
                Kind::Deadline => "cli-kind-deadline",
                Kind::Attacker => "cli-kind-attacker",
                Kind::Action => "cli-kind-action",
                Kind::Inject => "cli-kind-inject",
                Kind::Objective => "cli-kind-objective",
                Kind::Phase => "cli-kind-phase",
                Kind::Decision => "cli-kind-decision",
                Kind::Team => "cli-kind-team",
                Kind::Group => "cli-kind-group",
            },
        )
    }
}

/// A stable error code, printed as `E0103`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    Syntax,
    InvalidUtf8,
    InvalidId,
    DuplicateId,
    UnknownId,
    WrongKind,
    DependencyCycle,
    Probability,
    Negative,
    OverLimit,
    TooManyHosts,
    EffectTarget,
    BadTime,
    TimeOutside,
    NoProvenance,
    BadLanguage,
    BadDuration,
    InjectCycle,
    Empty,
    BadUrl,
    BadDate,
    SelfLink,
    DecisionTarget,
    NotChronological,
    StageOrder,
    NotATarget,
    EmptyList,
    Factor,
    UnknownFigure,
    ObservedValue,
    ObservedTwice,
    /// A control character (an escape sequence, NUL …) in a text.
    ControlCharacter,
    /// A contact rate outside 0 to 1000 per hour.
    Rate,
    /// A network whose links carry more than all of its hosts' contacts.
    ReachTooLarge,
    /// A foothold of no hosts, or of more hosts than its system has.
    FootholdHosts,
    /// An inject addressed to exercise control carries reports for the staff's picture.
    ControlInjectReports,
    /// A channel routed twice, or to itself as its fallback.
    ChannelRoute,
    /// A decision's period (closing offices, informing the public, mutual aid) is zero.
    Period,
    /// File-level: neither an existing file nor a built-in name, or unreadable.
    Unreadable,
    /// File-level: larger than the 64 MiB limit.
    TooLarge,
}

impl Code {
    /// Every code a scenario's content can cause, so that tests can demand a fixture for each.
    /// The file-level codes ([`Code::FILE_LEVEL`]) concern the file, not its text.
    pub const ALL: [Code; 38] = [
        Code::Syntax,
        Code::InvalidUtf8,
        Code::InvalidId,
        Code::DuplicateId,
        Code::UnknownId,
        Code::WrongKind,
        Code::DependencyCycle,
        Code::Probability,
        Code::Negative,
        Code::OverLimit,
        Code::TooManyHosts,
        Code::EffectTarget,
        Code::BadTime,
        Code::TimeOutside,
        Code::NoProvenance,
        Code::BadLanguage,
        Code::BadDuration,
        Code::InjectCycle,
        Code::Empty,
        Code::BadUrl,
        Code::BadDate,
        Code::SelfLink,
        Code::DecisionTarget,
        Code::NotChronological,
        Code::StageOrder,
        Code::NotATarget,
        Code::EmptyList,
        Code::Factor,
        Code::UnknownFigure,
        Code::ObservedValue,
        Code::ObservedTwice,
        Code::ControlCharacter,
        Code::Rate,
        Code::ReachTooLarge,
        Code::FootholdHosts,
        Code::Period,
        Code::ControlInjectReports,
        Code::ChannelRoute,
    ];

    /// Codes about the file itself: they have no position in the text.
    pub const FILE_LEVEL: [Code; 2] = [Code::Unreadable, Code::TooLarge];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "E0001",
            Code::InvalidUtf8 => "E0002",
            Code::InvalidId => "E0101",
            Code::DuplicateId => "E0102",
            Code::UnknownId => "E0103",
            Code::WrongKind => "E0104",
            Code::DependencyCycle => "E0105",
            Code::Probability => "E0106",
            Code::Negative => "E0107",
            Code::OverLimit => "E0108",
            Code::TooManyHosts => "E0109",
            Code::EffectTarget => "E0110",
            Code::BadTime => "E0111",
            Code::TimeOutside => "E0112",
            Code::NoProvenance => "E0113",
            Code::BadLanguage => "E0114",
            Code::BadDuration => "E0115",
            Code::InjectCycle => "E0116",
            Code::Empty => "E0117",
            Code::BadUrl => "E0118",
            Code::BadDate => "E0119",
            Code::SelfLink => "E0120",
            Code::DecisionTarget => "E0121",
            Code::NotChronological => "E0122",
            Code::StageOrder => "E0123",
            Code::NotATarget => "E0124",
            Code::EmptyList => "E0125",
            Code::Factor => "E0126",
            Code::UnknownFigure => "E0127",
            Code::ObservedValue => "E0128",
            Code::ObservedTwice => "E0129",
            Code::ControlCharacter => "E0130",
            Code::Rate => "E0140",
            Code::ReachTooLarge => "E0141",
            Code::FootholdHosts => "E0142",
            Code::ControlInjectReports => "E0143",
            Code::ChannelRoute => "E0144",
            Code::Period => "E0131",
            Code::Unreadable => "E0003",
            Code::TooLarge => "E0004",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is wrong, with the values needed to say it in either language.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The parser's own message (English only: it comes from the `ron` crate).
    /// The parser's message and, for a misspelt field or variant, the closest known name.
    Syntax(String, Option<String>),
    InvalidUtf8,
    InvalidId(String),
    DuplicateId {
        id: String,
        first: String,
    },
    UnknownId {
        id: String,
        expected: Vec<Kind>,
        suggestion: Option<String>,
    },
    WrongKind {
        id: String,
        found: Kind,
        expected: Vec<Kind>,
    },
    DependencyCycle(Vec<String>),
    Probability(f64),
    Negative(i128),
    OverLimit {
        value: i128,
        limit: i128,
    },
    TooManyHosts {
        total: i128,
        limit: i128,
    },
    EffectTarget {
        effect: &'static str,
        needs: Vec<Kind>,
        target: Option<Kind>,
    },
    BadTime(String),
    TimeOutside {
        value: String,
        first: String,
        last: String,
    },
    NoProvenance,
    BadLanguage(String),
    BadDuration(DurationProblem),
    InjectCycle(Vec<String>),
    Empty,
    BadUrl(String),
    BadDate(String),
    SelfLink(String),
    DecisionTarget {
        action: String,
        needs_target: bool,
    },
    NotChronological {
        at: String,
        previous: String,
    },
    StageOrder(&'static str),
    NotATarget {
        id: String,
        action: String,
    },
    EmptyList,
    Factor(f64),
    UnknownFigure {
        name: String,
        suggestion: Option<String>,
    },
    /// An observed value that is not finite, negative, or (for a yes/no figure) not 0 or 1.
    ObservedValue {
        value: f64,
        flag: bool,
    },
    ObservedTwice {
        figure: String,
        first: String,
    },
    /// A control character in the text: below U+0020 except tab and line feed, DEL, or
    /// U+0080 to U+009F (written raw or as an escape such as `\u{1b}`).
    ControlCharacter(char),
    /// A period that must be positive is zero.
    Period,
    Unreadable {
        what: String,
        reason: String,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Rate(f64),
    ReachTooLarge {
        network: String,
        share: f64,
    },
    FootholdHosts {
        value: i128,
        hosts: i128,
    },
    ControlInjectReports,
    ChannelRoute,
}

impl Problem {
    pub fn code(&self) -> Code {
        match self {
            Problem::Syntax(..) => Code::Syntax,
            Problem::InvalidUtf8 => Code::InvalidUtf8,
            Problem::InvalidId(_) => Code::InvalidId,
            Problem::DuplicateId { .. } => Code::DuplicateId,
            Problem::UnknownId { .. } => Code::UnknownId,
            Problem::WrongKind { .. } => Code::WrongKind,
            Problem::DependencyCycle(_) => Code::DependencyCycle,
            Problem::Probability(_) => Code::Probability,
            Problem::Negative(_) => Code::Negative,
            Problem::OverLimit { .. } => Code::OverLimit,
            Problem::TooManyHosts { .. } => Code::TooManyHosts,
            Problem::EffectTarget { .. } => Code::EffectTarget,
            Problem::BadTime(_) => Code::BadTime,
            Problem::TimeOutside { .. } => Code::TimeOutside,
            Problem::NoProvenance => Code::NoProvenance,
            Problem::BadLanguage(_) => Code::BadLanguage,
            Problem::BadDuration(_) => Code::BadDuration,
            Problem::InjectCycle(_) => Code::InjectCycle,
            Problem::Empty => Code::Empty,
            Problem::BadUrl(_) => Code::BadUrl,
            Problem::BadDate(_) => Code::BadDate,
            Problem::SelfLink(_) => Code::SelfLink,
            Problem::DecisionTarget { .. } => Code::DecisionTarget,
            Problem::NotChronological { .. } => Code::NotChronological,
            Problem::StageOrder(_) => Code::StageOrder,
            Problem::NotATarget { .. } => Code::NotATarget,
            Problem::EmptyList => Code::EmptyList,
            Problem::Factor(_) => Code::Factor,
            Problem::UnknownFigure { .. } => Code::UnknownFigure,
            Problem::ObservedValue { .. } => Code::ObservedValue,
            Problem::ObservedTwice { .. } => Code::ObservedTwice,
            Problem::ControlCharacter(_) => Code::ControlCharacter,
            Problem::Period => Code::Period,
            Problem::Unreadable { .. } => Code::Unreadable,
            Problem::TooLarge { .. } => Code::TooLarge,
            Problem::Rate(_) => Code::Rate,
            Problem::ReachTooLarge { .. } => Code::ReachTooLarge,
            Problem::FootholdHosts { .. } => Code::FootholdHosts,
            Problem::ControlInjectReports => Code::ControlInjectReports,
            Problem::ChannelRoute => Code::ChannelRoute,
        }
    }

    /// The message without code or location; values are quoted in single quotes. Values come
    /// from the file, so control characters in them are shown as escapes (`\u{1b}`).
    pub fn message(&self, lang: Lang) -> String {
        let message = self.message_raw(lang);
        match crate::visible::visible(&message) {
            std::borrow::Cow::Borrowed(_) => message,
            std::borrow::Cow::Owned(shown) => shown,
        }
    }

    fn message_raw(&self, lang: Lang) -> String {
        let l = lang;
        let guess = |m: String, s: &Option<String>| match s {
            Some(s) => format!(
                "{m}; {}",
                tf!(l, "cli-issue-did-you-mean", suggestion = s.as_str())
            ),
            None => m,
        };
        let cycle = |c: &[String]| format!("'{}'", c.join("' → '"));
        match self {
            Problem::Syntax(m, s) => guess(tf!(l, "cli-issue-syntax", message = m.as_str()), s),
            Problem::InvalidUtf8 => t(l, "cli-issue-invalid-utf8").into(),
            Problem::InvalidId(id) => tf!(l, "cli-issue-invalid-id", id = id.as_str()),
            Problem::DuplicateId { id, first } => {
                tf!(
                    l,
                    "cli-issue-duplicate-id",
                    id = id.as_str(),
                    first = first.as_str()
                )
            }
            Problem::UnknownId {
                id,
                expected,
                suggestion,
            } => guess(
                tf!(
                    l,
                    "cli-issue-unknown-id",
                    id = id.as_str(),
                    kinds = kinds(expected, l)
                ),
                suggestion,
            ),
            Problem::WrongKind {
                id,
                found,
                expected,
            } => tf!(
                l,
                "cli-issue-wrong-kind",
                id = id.as_str(),
                found = found.name(l),
                kinds = kinds(expected, l)
            ),
            Problem::DependencyCycle(c) => tf!(l, "cli-issue-dependency-cycle", cycle = cycle(c)),
            Problem::Probability(p) => tf!(l, "cli-issue-probability", value = p.to_string()),
            Problem::Negative(v) => tf!(l, "cli-issue-negative", value = v.to_string()),
            Problem::OverLimit { value, limit } => tf!(
                l,
                "cli-issue-over-limit",
                value = value.to_string(),
                limit = limit.to_string()
            ),
            Problem::TooManyHosts { total, limit } => tf!(
                l,
                "cli-issue-too-many-hosts",
                total = total.to_string(),
                limit = limit.to_string()
            ),
            Problem::EffectTarget {
                effect,
                needs,
                target,
            } => {
                let target = match target {
                    Some(k) => k.name(l),
                    None => t(l, "cli-issue-no-target"),
                };
                tf!(
                    l,
                    "cli-issue-effect-target",
                    effect = *effect,
                    kinds = kinds(needs, l),
                    target = target
                )
            }
            Problem::BadTime(v) => tf!(l, "cli-issue-bad-time", value = v.as_str()),
            Problem::TimeOutside { value, first, last } => tf!(
                l,
                "cli-issue-time-outside",
                value = value.as_str(),
                first = first.as_str(),
                last = last.as_str()
            ),
            Problem::NoProvenance => t(l, "cli-issue-no-provenance").into(),
            Problem::BadLanguage(v) => {
                let allowed: Vec<String> =
                    Lang::builtin().map(|c| format!("'{}'", c.code())).collect();
                tf!(
                    l,
                    "cli-issue-bad-language",
                    value = v.as_str(),
                    allowed = allowed.join(", ")
                )
            }
            Problem::BadDuration(why) => {
                tf!(l, "cli-issue-bad-duration", why = duration_why(*why, l))
            }
            Problem::InjectCycle(c) => tf!(l, "cli-issue-inject-cycle", cycle = cycle(c)),
            Problem::Empty => t(l, "cli-issue-empty").into(),
            Problem::BadUrl(v) => tf!(l, "cli-issue-bad-url", value = v.as_str()),
            Problem::BadDate(v) => tf!(l, "cli-issue-bad-date", value = v.as_str()),
            Problem::SelfLink(v) => tf!(l, "cli-issue-self-link", network = v.as_str()),
            Problem::DecisionTarget {
                action,
                needs_target: true,
            } => tf!(l, "cli-issue-needs-target", action = action.as_str()),
            Problem::DecisionTarget {
                action,
                needs_target: false,
            } => tf!(l, "cli-issue-takes-no-target", action = action.as_str()),
            Problem::NotChronological { at, previous } => tf!(
                l,
                "cli-issue-not-chronological",
                at = at.as_str(),
                previous = previous.as_str()
            ),
            Problem::StageOrder(stage) => tf!(l, "cli-issue-stage-order", stage = *stage),
            Problem::NotATarget { id, action } => tf!(
                l,
                "cli-issue-not-a-target",
                id = id.as_str(),
                action = action.as_str()
            ),
            Problem::EmptyList => t(l, "cli-issue-empty-list").into(),
            Problem::Factor(v) => tf!(l, "cli-issue-factor", value = v.to_string()),
            Problem::Rate(v) => tf!(l, "cli-issue-rate", value = v.to_string()),
            Problem::ReachTooLarge { network, share } => tf!(
                l,
                "cli-issue-reach-too-large",
                network = network.as_str(),
                share = share.to_string()
            ),
            Problem::FootholdHosts { value, hosts } => tf!(
                l,
                "cli-issue-foothold-hosts",
                value = value.to_string(),
                hosts = hosts.to_string()
            ),
            Problem::ControlInjectReports => t(l, "cli-issue-control-inject-reports").into(),
            Problem::ChannelRoute => t(l, "cli-issue-channel-route").into(),
            Problem::UnknownFigure { name, suggestion } => {
                let m = tf!(l, "cli-issue-unknown-figure", name = name.as_str());
                match suggestion {
                    Some(_) => guess(m, suggestion),
                    None => format!("{m}; {}", t(l, "cli-issue-key-figures")),
                }
            }
            Problem::ObservedValue { value, flag: true } => {
                tf!(l, "cli-issue-observed-flag", value = value.to_string())
            }
            Problem::ObservedValue { value, flag: false } => {
                tf!(l, "cli-issue-observed-value", value = value.to_string())
            }
            Problem::ObservedTwice { figure, first } => tf!(
                l,
                "cli-issue-observed-twice",
                figure = figure.as_str(),
                first = first.as_str()
            ),
            Problem::ControlCharacter(c) => tf!(
                l,
                "cli-issue-control-character",
                code = format!("{:04X}", u32::from(*c))
            ),
            Problem::Period => t(l, "cli-issue-period").into(),
            Problem::Unreadable { what, reason } => tf!(
                l,
                "cli-issue-unreadable",
                what = what.as_str(),
                reason = reason.as_str()
            ),
            // Reading stops one byte past the limit when the size is unknown (a device).
            Problem::TooLarge { bytes, limit } if *bytes > limit.saturating_add(1) => tf!(
                l,
                "cli-issue-too-large-known",
                bytes = bytes.to_string(),
                limit = limit.to_string()
            ),
            Problem::TooLarge { limit, .. } => {
                tf!(l, "cli-issue-too-large", limit = limit.to_string())
            }
        }
    }
}

/// Names of kinds as a list ending in "or" (`Netz, System oder Dienst`).
fn kinds(kinds: &[Kind], lang: Lang) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| k.name(lang)).collect();
    or_list(&names, lang)
}

/// `a, b or c` in the language of messages.
pub fn or_list(items: &[&str], lang: Lang) -> String {
    match items.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => tf!(lang, "cli-list-or", rest = rest.join(", "), last = *last),
        None => String::new(),
    }
}

/// What is wrong with the scenario's `tick` or `duration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationProblem {
    ZeroTick,
    ShorterThanTick,
}

fn duration_why(why: DurationProblem, lang: Lang) -> &'static str {
    match why {
        DurationProblem::ZeroTick => t(lang, "cli-issue-zero-tick"),
        DurationProblem::ShorterThanTick => t(lang, "cli-issue-shorter-than-tick"),
    }
}

/// One located problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// Where in the document, e.g. `services[3].depends_on[1]`; empty for the whole file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub problem: Problem,
}

impl Issue {
    pub fn code(&self) -> Code {
        self.problem.code()
    }

    /// `message` with the path in front, as printed after `FILE:LINE:COLUMN:`.
    pub fn describe(&self, lang: Lang) -> String {
        let label = t(lang, "cli-issue-label");
        if self.path.is_empty() {
            format!("{label}[{}]: {}", self.code(), self.problem.message(lang))
        } else {
            format!(
                "{label}[{}] {}: {}",
                self.code(),
                self.path,
                self.problem.message(lang)
            )
        }
    }
}
