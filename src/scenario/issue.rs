//! Problems found in a scenario file: a stable code, where it is, and what is wrong, in German
//! and English.
//!
//! Codes are part of the file format's contract (designers search for them, fixtures are named
//! after them): never renumber, only add.

use std::fmt::Write as _;

use crate::i18n::Lang;

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
        match (self, lang) {
            (Kind::Source, Lang::DE) => "Quelle",
            (Kind::Source, _) => "source",
            (Kind::Role, Lang::DE) => "Funktion",
            (Kind::Role, _) => "role",
            (Kind::Organisation, Lang::DE) => "Organisation",
            (Kind::Organisation, _) => "organisation",
            (Kind::Provider, Lang::DE) => "IT-Dienstleister",
            (Kind::Provider, _) => "provider",
            (Kind::Network, Lang::DE) => "Netz",
            (Kind::Network, _) => "network",
            (Kind::Link, Lang::DE) => "Verbindung",
            (Kind::Link, _) => "link",
            (Kind::System, Lang::DE) => "System",
            (Kind::System, _) => "system",
            (Kind::Service, Lang::DE) => "Dienst",
            (Kind::Service, _) => "service",
            (Kind::Deadline, Lang::DE) => "Frist",
            (Kind::Deadline, _) => "deadline",
            (Kind::Attacker, Lang::DE) => "Angreifer",
            (Kind::Attacker, _) => "attacker",
            (Kind::Action, Lang::DE) => "Maßnahme",
            (Kind::Action, _) => "action",
            (Kind::Inject, Lang::DE) => "Einlage",
            (Kind::Inject, _) => "inject",
            (Kind::Objective, Lang::DE) => "Übungsziel",
            (Kind::Objective, _) => "objective",
            (Kind::Phase, Lang::DE) => "Phase",
            (Kind::Phase, _) => "phase",
            (Kind::Decision, Lang::DE) => "Entscheidung",
            (Kind::Decision, _) => "decision",
            (Kind::Team, Lang::DE) => "Team",
            (Kind::Team, _) => "team",
            (Kind::Group, Lang::DE) => "Gruppe",
            (Kind::Group, _) => "group",
        }
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
        let de = lang == Lang::DE;
        match self {
            Problem::Syntax(m, Some(s)) if de => format!("Syntaxfehler: {m}; meinten Sie '{s}'?"),
            Problem::Syntax(m, Some(s)) => format!("syntax error: {m}; did you mean '{s}'?"),
            Problem::Syntax(m, None) if de => format!("Syntaxfehler: {m}"),
            Problem::Syntax(m, None) => format!("syntax error: {m}"),
            Problem::InvalidUtf8 if de => "die Datei ist kein gültiges UTF-8".into(),
            Problem::InvalidUtf8 => "the file is not valid UTF-8".into(),
            Problem::InvalidId(id) if de => format!(
                "Kennung '{id}' ist ungültig: nur Kleinbuchstaben, Ziffern und '-', beginnend mit einem Buchstaben"
            ),
            Problem::InvalidId(id) => format!(
                "id '{id}' is invalid: use lowercase letters, digits and '-', starting with a letter"
            ),
            Problem::DuplicateId { id, first } if de => {
                format!("Kennung '{id}' ist doppelt vergeben (zuerst bei {first})")
            }
            Problem::DuplicateId { id, first } => {
                format!("id '{id}' is used twice (first at {first})")
            }
            Problem::UnknownId { id, expected, suggestion } => {
                let mut m = if de {
                    format!("unbekannte Kennung '{id}' (erwartet: {})", kinds(expected, lang))
                } else {
                    format!("unknown {} '{id}'", kinds(expected, lang))
                };
                if let Some(s) = suggestion {
                    let _ = if de {
                        write!(m, "; meinten Sie '{s}'?")
                    } else {
                        write!(m, "; did you mean '{s}'?")
                    };
                }
                m
            }
            Problem::WrongKind { id, found, expected } if de => format!(
                "'{id}' ist vom Typ {}, erwartet: {}",
                found.name(lang),
                kinds(expected, lang)
            ),
            Problem::WrongKind { id, found, expected } => format!(
                "'{id}' is of kind {}, expected: {}",
                found.name(lang),
                kinds(expected, lang)
            ),
            Problem::DependencyCycle(c) if de => {
                format!("zyklische Abhängigkeit: '{}'", c.join("' → '"))
            }
            Problem::DependencyCycle(c) => format!("dependency cycle: '{}'", c.join("' → '")),
            Problem::Probability(p) if de => {
                format!("Wahrscheinlichkeit '{p}' liegt nicht zwischen 0 und 1")
            }
            Problem::Probability(p) => format!("probability '{p}' is not between 0 and 1"),
            Problem::Negative(v) if de => format!("Wert '{v}' darf nicht negativ sein"),
            Problem::Negative(v) => format!("value '{v}' must not be negative"),
            Problem::OverLimit { value, limit } if de => {
                format!("Wert '{value}' überschreitet die Grenze von {limit}")
            }
            Problem::OverLimit { value, limit } => {
                format!("value '{value}' exceeds the limit of {limit}")
            }
            Problem::TooManyHosts { total, limit } if de => {
                format!("insgesamt '{total}' Rechner überschreiten die Grenze von {limit}")
            }
            Problem::TooManyHosts { total, limit } => {
                format!("'{total}' hosts in total exceed the limit of {limit}")
            }
            Problem::EffectTarget { effect, needs, target } => {
                let got = match target {
                    Some(k) => k.name(lang).to_string(),
                    None if de => "kein Ziel".to_string(),
                    None => "no target".to_string(),
                };
                if de {
                    format!(
                        "Wirkung '{effect}' braucht als Ziel: {}, die Maßnahme zielt auf: {got}",
                        kinds(needs, lang)
                    )
                } else {
                    format!(
                        "effect '{effect}' needs a {} as target, but the action targets: {got}",
                        kinds(needs, lang)
                    )
                }
            }
            Problem::BadTime(v) if de => {
                format!("Zeit '{v}' ist ungültig; erwartet 'JJJJ-MM-TT HH:MM', z. B. '2021-10-15 03:00'")
            }
            Problem::BadTime(v) => {
                format!("time '{v}' is invalid; expected 'YYYY-MM-DD HH:MM', e.g. '2021-10-15 03:00'")
            }
            Problem::TimeOutside { value, first, last } if de => {
                format!("Zeit '{value}' liegt außerhalb des Szenarios ({first} bis {last})")
            }
            Problem::TimeOutside { value, first, last } => {
                format!("time '{value}' lies outside the scenario ({first} to {last})")
            }
            Problem::NoProvenance if de => {
                "Element nennt weder 'sources' noch 'assumption'; belegen Sie es oder kennzeichnen Sie es als Annahme".into()
            }
            Problem::NoProvenance => {
                "element has neither 'sources' nor 'assumption'; cite a source or mark it as an assumption".into()
            }
            Problem::BadLanguage(v) if de => format!("Sprache '{v}' ist unbekannt; erlaubt: 'de', 'en'"),
            Problem::BadLanguage(v) => format!("language '{v}' is unknown; allowed: 'de', 'en'"),
            Problem::BadDuration(why) if de => format!("ungültige Dauer: {}", duration_why(*why, lang)),
            Problem::BadDuration(why) => format!("invalid duration: {}", duration_why(*why, lang)),
            Problem::InjectCycle(c) if de => {
                format!("Einlagen lösen sich gegenseitig aus: '{}'", c.join("' → '"))
            }
            Problem::InjectCycle(c) => format!("injects trigger each other: '{}'", c.join("' → '")),
            Problem::Empty if de => "Text darf nicht leer sein".into(),
            Problem::Empty => "text must not be empty".into(),
            Problem::BadUrl(v) if de => {
                format!("Adresse '{v}' ist keine URL; sie muss mit 'https://' oder 'http://' beginnen")
            }
            Problem::BadUrl(v) => {
                format!("address '{v}' is not a URL; it must start with 'https://' or 'http://'")
            }
            Problem::BadDate(v) if de => format!("Datum '{v}' ist ungültig; erwartet 'JJJJ-MM-TT'"),
            Problem::BadDate(v) => format!("date '{v}' is invalid; expected 'YYYY-MM-DD'"),
            Problem::SelfLink(v) if de => format!("Verbindung führt von Netz '{v}' zu sich selbst"),
            Problem::SelfLink(v) => format!("link leads from network '{v}' to itself"),
            Problem::DecisionTarget { action, needs_target: true } if de => {
                format!("Maßnahme '{action}' braucht ein Ziel ('target')")
            }
            Problem::DecisionTarget { action, needs_target: true } => {
                format!("action '{action}' needs a 'target'")
            }
            Problem::DecisionTarget { action, needs_target: false } if de => {
                format!("Maßnahme '{action}' hat kein Ziel; 'target' entfernen")
            }
            Problem::DecisionTarget { action, needs_target: false } => {
                format!("action '{action}' takes no target; remove 'target'")
            }
            Problem::NotChronological { at, previous } if de => {
                format!("Zeit '{at}' liegt vor dem vorigen Eintrag ({previous}); chronologisch ordnen")
            }
            Problem::NotChronological { at, previous } => {
                format!("time '{at}' is before the previous entry ({previous}); keep them in order")
            }
            Problem::StageOrder(stage) if de => format!(
                "Phase '{stage}' steht doppelt oder außer der Reihe; Reihenfolge: foothold, privilege_escalation, discovery, lateral_movement, recovery_inhibition, encryption, extortion, exfiltration"
            ),
            Problem::StageOrder(stage) => format!(
                "stage '{stage}' is repeated or out of order; order: foothold, privilege_escalation, discovery, lateral_movement, recovery_inhibition, encryption, extortion, exfiltration"
            ),
            Problem::NotATarget { id, action } if de => {
                format!("'{id}' ist kein zulässiges Ziel der Maßnahme '{action}'")
            }
            Problem::NotATarget { id, action } => {
                format!("'{id}' is not a valid target of action '{action}'")
            }
            Problem::EmptyList if de => "Liste darf nicht leer sein".into(),
            Problem::EmptyList => "list must not be empty".into(),
            Problem::Factor(v) if de => format!("Faktor '{v}' liegt nicht zwischen 1 und 100"),
            Problem::Factor(v) => format!("factor '{v}' is not between 1 and 100"),
            Problem::Rate(v) if de => {
                format!("Rate '{v}' je Stunde liegt nicht zwischen 0 und 1000")
            }
            Problem::Rate(v) => format!("rate '{v}' per hour is not between 0 and 1000"),
            Problem::ReachTooLarge { network, share } if de => format!(
                "über die Verbindungen von '{network}' gingen zusammen {share} der Kontakte \
                 (höchstens 1): Anteile in 'reach' verkleinern"
            ),
            Problem::ReachTooLarge { network, share } => format!(
                "the links of '{network}' would carry {share} of its contacts together \
                 (at most 1): lower the shares in 'reach'"
            ),
            Problem::FootholdHosts { value, hosts } if de => format!(
                "'{value}' Rechner im Einstiegssystem: mindestens 1, höchstens {hosts} (so viele hat es)"
            ),
            Problem::FootholdHosts { value, hosts } => format!(
                "'{value}' hosts in the foothold system: at least 1, at most {hosts} (all it has)"
            ),
            Problem::ControlInjectReports if de => "eine Einlage an die Übungssteuerung erreicht \
                 den Stab nicht und kann sein Lagebild nicht ändern: 'reports' entfernen oder \
                 'for_control' weglassen"
                .into(),
            Problem::ControlInjectReports => "an inject addressed to exercise control never \
                 reaches the staff and cannot change its picture: remove 'reports' or drop \
                 'for_control'"
                .into(),
            Problem::ChannelRoute if de => "jeder Kanal höchstens einmal, und mit einem anderen \
                 Kanal als Ersatz"
                .into(),
            Problem::ChannelRoute => {
                "each channel at most once, with another channel as its fallback".into()
            }
            Problem::UnknownFigure { name, suggestion } => {
                let mut m = if de {
                    format!("unbekannte Kennzahl '{name}'")
                } else {
                    format!("unknown key figure '{name}'")
                };
                match suggestion {
                    Some(s) if de => {
                        let _ = write!(m, "; meinten Sie '{s}'?");
                    }
                    Some(s) => {
                        let _ = write!(m, "; did you mean '{s}'?");
                    }
                    None if de => m.push_str(
                        "; Kennzahlen: hosts.*, state_network_breached, fines_lapsed, cost_eur, normal_operation_day, services.<id>.*, deadlines.<id>.met",
                    ),
                    None => m.push_str(
                        "; key figures: hosts.*, state_network_breached, fines_lapsed, cost_eur, normal_operation_day, services.<id>.*, deadlines.<id>.met",
                    ),
                }
                m
            }
            Problem::ObservedValue { value, flag: true } if de => {
                format!("Wert '{value}' ist für diese Ja/Nein-Kennzahl ungültig; erlaubt: 0 (nein) oder 1 (ja)")
            }
            Problem::ObservedValue { value, flag: true } => {
                format!("value '{value}' is invalid for this yes/no figure; use 0 (no) or 1 (yes)")
            }
            Problem::ObservedValue { value, flag: false } if de => {
                format!("Wert '{value}' muss eine endliche Zahl von 0 an sein")
            }
            Problem::ObservedValue { value, flag: false } => {
                format!("value '{value}' must be a finite number, 0 or more")
            }
            Problem::ObservedTwice { figure, first } if de => {
                format!("Kennzahl '{figure}' ist doppelt beobachtet (zuerst bei {first})")
            }
            Problem::ObservedTwice { figure, first } => {
                format!("key figure '{figure}' is observed twice (first at {first})")
            }
            Problem::ControlCharacter(c) if de => format!(
                "Steuerzeichen U+{:04X} im Text; Texte dürfen keine Steuerzeichen enthalten (außer Tabulator und Zeilenumbruch)",
                u32::from(*c)
            ),
            Problem::ControlCharacter(c) => format!(
                "control character U+{:04X} in the text; texts may hold no control characters (except tab and line feed)",
                u32::from(*c)
            ),
            Problem::Period if de => {
                "der Zeitraum ('period') muss länger als null sein".to_string()
            }
            Problem::Period => "'period' must be longer than zero".to_string(),
            Problem::Unreadable { what, reason } if de => format!("'{what}' kann nicht gelesen werden: {reason}"),
            Problem::Unreadable { what, reason } => format!("cannot read '{what}': {reason}"),
            // Reading stops one byte past the limit when the size is unknown (a device).
            Problem::TooLarge { bytes, limit } if de && *bytes > limit.saturating_add(1) => {
                format!("die Datei ist {bytes} Bytes groß; erlaubt sind höchstens {limit} Bytes (64 MiB)")
            }
            Problem::TooLarge { limit, .. } if de => {
                format!("die Datei ist größer als {limit} Bytes (64 MiB), mehr ist nicht erlaubt")
            }
            Problem::TooLarge { bytes, limit } if *bytes > limit.saturating_add(1) => {
                format!("the file is {bytes} bytes; at most {limit} bytes (64 MiB) are allowed")
            }
            Problem::TooLarge { limit, .. } => {
                format!("the file is larger than {limit} bytes (64 MiB), the most allowed")
            }
        }
    }
}

fn kinds(kinds: &[Kind], lang: Lang) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| k.name(lang)).collect();
    let or = if lang == Lang::DE { " oder " } else { " or " };
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{}{or}{last}", rest.join(", ")),
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
    match (why, lang) {
        (DurationProblem::ZeroTick, Lang::DE) => "der Takt ('tick') muss länger als null sein",
        (DurationProblem::ZeroTick, _) => "'tick' must be longer than zero",
        (DurationProblem::ShorterThanTick, Lang::DE) => {
            "die Dauer muss mindestens einen Takt lang sein"
        }
        (DurationProblem::ShorterThanTick, _) => "'duration' must be at least one tick",
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
        let label = if lang == Lang::DE { "Fehler" } else { "error" };
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
