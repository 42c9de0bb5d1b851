//! Raw scenario → validated model, collecting every problem at once.
//!
//! The validator walks the raw file in document order and builds the model as it goes. Where a
//! reference does not resolve it records the problem and carries on with a placeholder index, so
//! that one typo does not hide the next twenty; the half-built model is thrown away whenever any
//! problem was found.
//!
//! One file of over 1,800 lines: the validator is one walk over the document with one problem
//! list and one id table; its parts share that state.

use std::collections::{BTreeMap, HashMap};

use super::issue::{DurationProblem, Kind, Problem};
use super::model::{self, Chance, Minutes};
use super::raw;
use super::{MAX_COUNT, MAX_HOSTS};

/// The highest contact rate a scenario may give (per held host and hour).
const MAX_CONTACTS_PER_HOUR: f64 = 1000.0;
use crate::i18n::Lang;
use crate::time::{self, WallClock};

/// A problem and the document path it belongs to; `scenario::parse` adds line and column.
pub(super) type PathProblem = (String, Problem);

pub(super) fn validate(raw: &raw::Scenario) -> Result<model::Scenario, Vec<PathProblem>> {
    let mut v = Validator {
        problems: Vec::new(),
        ids: BTreeMap::new(),
        window: None,
        typos: None,
    };
    v.register_all(raw);
    let meta = v.meta(raw);
    let sources = v.sources(raw);
    let roles = raw
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let p = format!("roles[{i}]");
            v.text(&r.name, &format!("{p}.name"));
            model::Role {
                id: r.id.clone(),
                name: r.name.clone(),
                description: r.description.clone(),
            }
        })
        .collect();
    let organisations = v.organisations(raw);
    let providers = v.providers(raw);
    let networks = v.networks(raw);
    let links = v.links(raw);
    let systems = v.systems(raw);
    let services = v.services(raw);
    let deadlines = v.deadlines(raw);
    let attacker = v.attacker(&raw.attacker);
    v.attacker_fits(&raw.attacker, &attacker, &systems, &links, &networks);
    let groups = v.groups(raw, &networks, &links, &systems, &services);
    let actions = v.actions(raw, &groups);
    let injects = v.injects(raw, &actions);
    let routes = v.routes(raw);
    let measures = v.measures(raw);
    let control = raw
        .control
        .as_ref()
        .map_or_else(model::ControlSettings::default, |c| {
            model::ControlSettings {
                stop_at_flash: c.stop_at_flash,
                stop_at_control_injects: c.stop_at_control_injects,
                full_guide: c.guide == raw::Guide::Full,
            }
        });
    let objectives = v.objectives(raw);
    let phases = v.phases(raw);
    let realverlauf = v.realverlauf(raw, &actions);
    let observed = v.observed(raw, &services, &deadlines);
    v.system_cycles(raw, &systems);
    let teams = v.teams(raw, &systems);
    let recovery = v.recovery(raw);
    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    let mut scenario = model::Scenario {
        meta,
        sources,
        roles,
        organisations,
        providers,
        networks,
        links,
        systems,
        services,
        deadlines,
        attacker,
        actions,
        injects,
        objectives,
        phases,
        realverlauf,
        observed,
        teams,
        recovery,
        groups,
        routes,
        measures,
        control,
        counts: model::Counts::default(),
    };
    scenario.counts = counts(&scenario);
    Ok(scenario)
}

fn counts(s: &model::Scenario) -> model::Counts {
    let provenances: Vec<&model::Provenance> = std::iter::empty()
        .chain(s.organisations.iter().map(|e| &e.provenance))
        .chain(s.providers.iter().map(|e| &e.provenance))
        .chain(s.networks.iter().map(|e| &e.provenance))
        .chain(s.links.iter().map(|e| &e.provenance))
        .chain(s.systems.iter().map(|e| &e.provenance))
        .chain(s.services.iter().map(|e| &e.provenance))
        .chain(s.deadlines.iter().map(|e| &e.provenance))
        .chain(std::iter::once(&s.attacker.provenance))
        .chain(s.actions.iter().map(|e| &e.provenance))
        .chain(s.injects.iter().map(|e| &e.provenance))
        .chain(s.realverlauf.iter().map(|e| &e.provenance))
        .chain(s.observed.iter().map(|e| &e.provenance))
        .chain(s.teams.iter().map(|e| &e.provenance))
        .chain(s.groups.iter().map(|e| &e.provenance))
        .collect();
    model::Counts {
        organisations: s.organisations.len(),
        providers: s.providers.len(),
        networks: s.networks.len(),
        links: s.links.len(),
        systems: s.systems.len(),
        hosts: s.systems.iter().map(|x| u64::from(x.hosts)).sum(),
        services: s.services.len(),
        deadlines: s.deadlines.len(),
        actions: s.actions.len(),
        injects: s.injects.len(),
        roles: s.roles.len(),
        objectives: s.objectives.len(),
        realverlauf: s.realverlauf.len(),
        observed: s.observed.len(),
        teams: s.teams.len(),
        sourced: provenances.iter().filter(|p| !p.sources.is_empty()).count(),
        assumed: provenances
            .iter()
            .filter(|p| p.assumption.is_some())
            .count(),
    }
}

/// The scenario's time span, once `start` and `duration` are known to be valid.
#[derive(Clone, Copy)]
struct Window {
    start: WallClock,
    duration: Minutes,
}

struct Validator {
    problems: Vec<PathProblem>,
    /// Every id with its kind, index within its list, and the path where it was declared.
    ids: BTreeMap<String, (Kind, u32, String)>,
    window: Option<Window>,
    /// Did-you-mean, built at the first unknown id.
    typos: Option<Typos>,
}

/// At most this many id comparisons are spent on did-you-mean suggestions in one scenario, so
/// that a file with hundreds of thousands of unknown ids among as many known ones is still
/// checked in seconds (later unknown ids then come without a suggestion).
const SUGGESTION_BUDGET: usize = 2_000_000;

/// The known ids for did-you-mean: by kind and length in characters (a typo within `limit`
/// edits has a length within `limit` of the id meant), with every answer remembered (a file
/// repeats its typos) and a budget of comparisons.
struct Typos {
    by_length: BTreeMap<(Kind, usize), Vec<String>>,
    /// Looked up only, never iterated.
    answers: HashMap<(String, Vec<Kind>), Option<String>>,
    budget: usize,
}

impl Typos {
    fn new(ids: &BTreeMap<String, (Kind, u32, String)>) -> Typos {
        let mut by_length: BTreeMap<(Kind, usize), Vec<String>> = BTreeMap::new();
        // In id order, so that equally close ids are tried in the order a full scan would.
        for (id, (kind, _, _)) in ids {
            by_length
                .entry((*kind, id.chars().count()))
                .or_default()
                .push(id.clone());
        }
        Typos {
            by_length,
            answers: HashMap::new(),
            budget: SUGGESTION_BUDGET,
        }
    }

    /// The closest known id of an expected kind within `(length / 3).max(2)` edits; of equally
    /// close ones the first in id order.
    fn suggest(&mut self, id: &str, expected: &[Kind]) -> Option<String> {
        let key = (id.to_string(), expected.to_vec());
        if let Some(answer) = self.answers.get(&key) {
            return answer.clone();
        }
        let length = id.chars().count();
        let limit = (length / 3).max(2);
        let mut best: Option<(usize, &String)> = None;
        'search: for kind in expected {
            for l in length.saturating_sub(limit)..=length + limit {
                for known in self.by_length.get(&(*kind, l)).into_iter().flatten() {
                    if self.budget == 0 {
                        break 'search;
                    }
                    self.budget -= 1;
                    let distance = strsim::levenshtein(id, known);
                    if distance <= limit && best.is_none_or(|b| (distance, known) < b) {
                        best = Some((distance, known));
                    }
                }
            }
        }
        let answer = best.map(|(_, known)| known.clone());
        self.answers.insert(key, answer.clone());
        answer
    }
}

/// Which effects fit which target kinds; `None` means the effect needs no target.
fn effect_needs(effect: &raw::Effect) -> (&'static str, Option<&'static [raw::TargetKind]>) {
    use raw::TargetKind as T;
    const NET_SYS: &[T] = &[T::Network, T::System];
    match effect {
        raw::Effect::Isolate => ("isolate", Some(NET_SYS)),
        raw::Effect::Reconnect => ("reconnect", Some(NET_SYS)),
        raw::Effect::Shutdown => ("shutdown", Some(NET_SYS)),
        raw::Effect::ResetCredentials => ("reset_credentials", Some(NET_SYS)),
        raw::Effect::Recover => ("recover", Some(&[T::Network, T::System, T::Service])),
        raw::Effect::Rebuild => ("rebuild", Some(&[T::System])),
        raw::Effect::RecoveryOrder => ("recovery_order", None),
        raw::Effect::CutLink => ("cut_link", Some(&[T::Link])),
        raw::Effect::RestoreLink => ("restore_link", Some(&[T::Link])),
        raw::Effect::PaperOperation => ("paper_operation", Some(&[T::Service])),
        raw::Effect::MutualAid { .. } => ("mutual_aid", Some(&[T::Service])),
        raw::Effect::CloseOffices { .. } => ("close_offices", Some(&[T::Organisation])),
        raw::Effect::Notify(_) => ("notify", None),
        raw::Effect::Forensics => ("forensics", None),
        raw::Effect::InformPublic { .. } => ("inform_public", None),
        raw::Effect::AnswerExtortion => ("answer_extortion", None),
        raw::Effect::Milestone => ("milestone", None),
    }
}

fn target_kind(kind: raw::TargetKind) -> Kind {
    match kind {
        raw::TargetKind::Network => Kind::Network,
        raw::TargetKind::Link => Kind::Link,
        raw::TargetKind::System => Kind::System,
        raw::TargetKind::Service => Kind::Service,
        raw::TargetKind::Organisation => Kind::Organisation,
        raw::TargetKind::Group => Kind::Group,
    }
}

/// The kind of element a group member is.
fn member_kind(target: model::Target) -> Kind {
    match target {
        model::Target::Network(_) => Kind::Network,
        model::Target::Link(_) => Kind::Link,
        model::Target::System(_) => Kind::System,
        model::Target::Service(_) => Kind::Service,
        model::Target::Organisation(_) => Kind::Organisation,
        model::Target::Group(_) => Kind::Group,
    }
}

fn stage_name(kind: raw::StageKind) -> &'static str {
    match kind {
        raw::StageKind::Foothold => "foothold",
        raw::StageKind::PrivilegeEscalation => "privilege_escalation",
        raw::StageKind::Discovery => "discovery",
        raw::StageKind::LateralMovement => "lateral_movement",
        raw::StageKind::RecoveryInhibition => "recovery_inhibition",
        raw::StageKind::Encryption => "encryption",
        raw::StageKind::Extortion => "extortion",
        raw::StageKind::Exfiltration => "exfiltration",
    }
}

fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Finds the cycle through `start`'s component, if any, as a list of node indices.
fn find_cycle(edges: &[Vec<usize>]) -> Option<Vec<usize>> {
    // Iterative colouring DFS: 0 = new, 1 = on the stack, 2 = done.
    let mut colour = vec![0u8; edges.len()];
    for root in 0..edges.len() {
        if colour[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        colour[root] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&succ) = edges[node].get(*next) {
                *next += 1;
                match colour[succ] {
                    0 => {
                        colour[succ] = 1;
                        stack.push((succ, 0));
                    }
                    1 => {
                        let from = stack.iter().position(|&(n, _)| n == succ).unwrap_or(0);
                        let mut cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                        cycle.push(succ);
                        return Some(cycle);
                    }
                    _ => {}
                }
            } else {
                colour[node] = 2;
                stack.pop();
            }
        }
    }
    None
}

impl Validator {
    fn report(&mut self, path: impl Into<String>, problem: Problem) {
        self.problems.push((path.into(), problem));
    }

    fn register(&mut self, kind: Kind, index: usize, id: &str, path: String) {
        if !is_valid_id(id) {
            self.report(path.clone(), Problem::InvalidId(id.to_string()));
        }
        if let Some((_, _, first)) = self.ids.get(id) {
            let first = first.clone();
            self.report(
                path,
                Problem::DuplicateId {
                    id: id.to_string(),
                    first,
                },
            );
        } else {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            self.ids.insert(id.to_string(), (kind, index, path));
        }
    }

    fn register_all(&mut self, raw: &raw::Scenario) {
        macro_rules! register_list {
            ($list:expr, $name:literal, $kind:expr) => {
                for (i, e) in $list.iter().enumerate() {
                    self.register($kind, i, &e.id, format!(concat!($name, "[{}].id"), i));
                }
            };
        }
        // The scenario's own id names the file, not an element, so it takes no place among them.
        if !is_valid_id(&raw.id) {
            self.report("id", Problem::InvalidId(raw.id.clone()));
        }
        register_list!(raw.sources, "sources", Kind::Source);
        register_list!(raw.roles, "roles", Kind::Role);
        register_list!(raw.organisations, "organisations", Kind::Organisation);
        register_list!(raw.providers, "providers", Kind::Provider);
        register_list!(raw.networks, "networks", Kind::Network);
        register_list!(raw.links, "links", Kind::Link);
        register_list!(raw.systems, "systems", Kind::System);
        register_list!(raw.services, "services", Kind::Service);
        register_list!(raw.deadlines, "deadlines", Kind::Deadline);
        self.register(Kind::Attacker, 0, &raw.attacker.id, "attacker.id".into());
        register_list!(raw.actions, "actions", Kind::Action);
        register_list!(raw.injects, "injects", Kind::Inject);
        register_list!(raw.objectives, "objectives", Kind::Objective);
        register_list!(raw.phases, "phases", Kind::Phase);
        register_list!(raw.realverlauf, "realverlauf", Kind::Decision);
        register_list!(raw.teams, "teams", Kind::Team);
        register_list!(raw.groups, "groups", Kind::Group);
    }

    /// Resolves a reference to an element of one of the `expected` kinds.
    fn resolve(&mut self, id: &str, path: String, expected: &[Kind]) -> Option<(Kind, u32)> {
        match self.ids.get(id) {
            Some(&(kind, index, _)) if expected.contains(&kind) => Some((kind, index)),
            Some(&(found, _, _)) => {
                let expected = expected.to_vec();
                self.report(
                    path,
                    Problem::WrongKind {
                        id: id.to_string(),
                        found,
                        expected,
                    },
                );
                None
            }
            None => {
                let suggestion = self.suggest(id, expected);
                let expected = expected.to_vec();
                self.report(
                    path,
                    Problem::UnknownId {
                        id: id.to_string(),
                        expected,
                        suggestion,
                    },
                );
                None
            }
        }
    }

    /// The closest known id of an expected kind, if it is close enough to be a typo.
    fn suggest(&mut self, id: &str, expected: &[Kind]) -> Option<String> {
        let ids = &self.ids;
        self.typos
            .get_or_insert_with(|| Typos::new(ids))
            .suggest(id, expected)
    }

    fn index(&mut self, id: &str, path: String, kind: Kind) -> u32 {
        self.resolve(id, path, &[kind]).map_or(0, |(_, i)| i)
    }

    fn text(&mut self, text: &str, path: &str) {
        if text.trim().is_empty() {
            self.report(path, Problem::Empty);
        }
    }

    /// A count: a whole number from 0 to the limit.
    fn count(&mut self, value: raw::Count, path: String) -> u32 {
        let n = value.0;
        if n < 0 {
            self.report(path, Problem::Negative(n));
            0
        } else if n > MAX_COUNT {
            self.report(
                path,
                Problem::OverLimit {
                    value: n,
                    limit: MAX_COUNT,
                },
            );
            0
        } else {
            u32::try_from(n).unwrap_or(0)
        }
    }

    fn chance(&mut self, p: f64, path: String) -> Chance {
        if (0.0..=1.0).contains(&p) {
            Chance::from_probability(p)
        } else {
            self.report(path, Problem::Probability(p));
            Chance(0)
        }
    }

    fn duration(&mut self, d: raw::Duration, path: String) -> Minutes {
        let (count, unit) = match d {
            raw::Duration::Minutes(n) => (n, 1),
            raw::Duration::Hours(n) => (n, 60),
            raw::Duration::Days(n) => (n, time::MINUTES_PER_DAY),
            raw::Duration::Weeks(n) => (n, 7 * time::MINUTES_PER_DAY),
        };
        i64::from(self.count(count, path)) * unit
    }

    /// A wall-clock time inside the scenario, as minutes since `start`.
    fn time(&mut self, text: &str, path: String) -> Minutes {
        let Some(at) = WallClock::parse(text) else {
            self.report(path, Problem::BadTime(text.to_string()));
            return 0;
        };
        let Some(window) = self.window else { return 0 };
        let minutes = at.minutes_since(window.start);
        if !(0..=window.duration).contains(&minutes) {
            let last = window
                .start
                .plus_minutes(window.duration)
                .map(|t| t.to_string());
            self.report(
                path,
                Problem::TimeOutside {
                    value: text.to_string(),
                    first: window.start.to_string(),
                    last: last.unwrap_or_default(),
                },
            );
        }
        minutes
    }

    fn provenance(
        &mut self,
        sources: &[String],
        assumption: Option<&String>,
        path: &str,
    ) -> model::Provenance {
        let sources: Vec<model::SourceIdx> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                model::SourceIdx(self.index(s, format!("{path}.sources[{i}]"), Kind::Source))
            })
            .collect();
        let assumption = assumption.filter(|a| !a.trim().is_empty()).cloned();
        if sources.is_empty() && assumption.is_none() {
            self.report(path, Problem::NoProvenance);
        }
        model::Provenance {
            sources,
            assumption,
        }
    }

    fn meta(&mut self, raw: &raw::Scenario) -> model::Meta {
        self.text(&raw.title, "title");
        let language = Lang::parse(&raw.language).unwrap_or_else(|| {
            self.report("language", Problem::BadLanguage(raw.language.clone()));
            Lang::EN
        });
        let tick = self.duration(raw.tick, "tick".into());
        let duration = self.duration(raw.duration, "duration".into());
        if tick == 0 {
            self.report("tick", Problem::BadDuration(DurationProblem::ZeroTick));
        } else if duration < tick {
            self.report(
                "duration",
                Problem::BadDuration(DurationProblem::ShorterThanTick),
            );
        }
        let start = WallClock::parse(&raw.start);
        match start {
            Some(start) => self.window = Some(Window { start, duration }),
            None => self.report("start", Problem::BadTime(raw.start.clone())),
        }
        let incident_start = self.time(&raw.incident_start, "incident_start".into());
        model::Meta {
            id: raw.id.clone(),
            title: raw.title.clone(),
            language,
            description: raw.description.clone(),
            start: start.unwrap_or(WallClock::EPOCH),
            incident_start,
            tick,
            duration,
            text_hash: String::new(),
        }
    }

    fn sources(&mut self, raw: &raw::Scenario) -> Vec<model::Source> {
        let mut out = Vec::with_capacity(raw.sources.len());
        for (i, s) in raw.sources.iter().enumerate() {
            let p = format!("sources[{i}]");
            self.text(&s.title, &format!("{p}.title"));
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.len() < 11
            {
                self.report(format!("{p}.url"), Problem::BadUrl(s.url.clone()));
            }
            let date = time::parse_date(&s.date).unwrap_or_else(|| {
                self.report(format!("{p}.date"), Problem::BadDate(s.date.clone()));
                jiff::civil::Date::ZERO
            });
            out.push(model::Source {
                id: s.id.clone(),
                title: s.title.clone(),
                url: s.url.clone(),
                date,
            });
        }
        out
    }

    fn organisations(&mut self, raw: &raw::Scenario) -> Vec<model::Organisation> {
        let mut out = Vec::with_capacity(raw.organisations.len());
        for (i, o) in raw.organisations.iter().enumerate() {
            let p = format!("organisations[{i}]");
            self.text(&o.name, &format!("{p}.name"));
            let population = o
                .population
                .map(|n| self.count(n, format!("{p}.population")));
            let staff = o.staff.map(|n| self.count(n, format!("{p}.staff")));
            let on_notice = o
                .on_notice
                .iter()
                .enumerate()
                .map(|(j, n)| {
                    let np = format!("{p}.on_notice[{j}]");
                    match n {
                        raw::Notice::Forensics { delay } => model::Notice::Forensics {
                            delay: self.duration(*delay, format!("{np}.delay")),
                        },
                        raw::Notice::Warning { inject, delay } => model::Notice::Warning {
                            inject: model::InjectIdx(self.index(
                                inject,
                                format!("{np}.inject"),
                                Kind::Inject,
                            )),
                            delay: self.duration(*delay, format!("{np}.delay")),
                        },
                    }
                })
                .collect();
            let provenance = self.provenance(&o.sources, o.assumption.as_ref(), &p);
            out.push(model::Organisation {
                id: o.id.clone(),
                name: o.name.clone(),
                kind: o.kind,
                population,
                staff,
                on_notice,
                provenance,
            });
        }
        out
    }

    fn providers(&mut self, raw: &raw::Scenario) -> Vec<model::Provider> {
        let mut out = Vec::with_capacity(raw.providers.len());
        for (i, e) in raw.providers.iter().enumerate() {
            let p = format!("providers[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let organisation = model::OrgIdx(self.index(
                &e.organisation,
                format!("{p}.organisation"),
                Kind::Organisation,
            ));
            let serves = e
                .serves
                .iter()
                .enumerate()
                .map(|(j, o)| {
                    model::OrgIdx(self.index(o, format!("{p}.serves[{j}]"), Kind::Organisation))
                })
                .collect();
            let staff = self.count(e.staff, format!("{p}.staff"));
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Provider {
                id: e.id.clone(),
                name: e.name.clone(),
                organisation,
                serves,
                staff,
                provenance,
            });
        }
        out
    }

    fn networks(&mut self, raw: &raw::Scenario) -> Vec<model::Network> {
        let mut out = Vec::with_capacity(raw.networks.len());
        for (i, e) in raw.networks.iter().enumerate() {
            let p = format!("networks[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let provider = e.provider.as_ref().map(|id| {
                model::ProviderIdx(self.index(id, format!("{p}.provider"), Kind::Provider))
            });
            let organisation = model::OrgIdx(self.index(
                &e.organisation,
                format!("{p}.organisation"),
                Kind::Organisation,
            ));
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Network {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                provider,
                organisation,
                provenance,
            });
        }
        out
    }

    fn links(&mut self, raw: &raw::Scenario) -> Vec<model::Link> {
        let mut out = Vec::with_capacity(raw.links.len());
        for (i, e) in raw.links.iter().enumerate() {
            let p = format!("links[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let from = model::NetworkIdx(self.index(&e.from, format!("{p}.from"), Kind::Network));
            let to = model::NetworkIdx(self.index(&e.to, format!("{p}.to"), Kind::Network));
            if e.from == e.to {
                self.report(format!("{p}.to"), Problem::SelfLink(e.to.clone()));
            }
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Link {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                from,
                to,
                provenance,
            });
        }
        out
    }

    fn systems(&mut self, raw: &raw::Scenario) -> Vec<model::System> {
        let mut out = Vec::with_capacity(raw.systems.len());
        let mut total: i128 = 0;
        for (i, e) in raw.systems.iter().enumerate() {
            let p = format!("systems[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let network =
                model::NetworkIdx(self.index(&e.network, format!("{p}.network"), Kind::Network));
            let hosts = self.count(e.hosts, format!("{p}.hosts"));
            total = total.saturating_add(e.hosts.0.max(0));
            let organisation = e.organisation.as_ref().map(|o| {
                model::OrgIdx(self.index(o, format!("{p}.organisation"), Kind::Organisation))
            });
            let depends_on = e
                .depends_on
                .iter()
                .enumerate()
                .map(|(j, d)| {
                    model::SystemIdx(self.index(d, format!("{p}.depends_on[{j}]"), Kind::System))
                })
                .collect();
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::System {
                id: e.id.clone(),
                name: e.name.clone(),
                role: e.role,
                network,
                hosts,
                organisation,
                depends_on,
                backup: e.backup,
                provenance,
            });
        }
        if total > MAX_HOSTS {
            self.report(
                "systems",
                Problem::TooManyHosts {
                    total,
                    limit: MAX_HOSTS,
                },
            );
        }
        out
    }

    fn dependency(&mut self, id: &str, path: String) -> model::Dependency {
        const KINDS: &[Kind] = &[Kind::System, Kind::Link, Kind::Network, Kind::Service];
        match self.resolve(id, path, KINDS) {
            Some((Kind::Link, i)) => model::Dependency::Link(model::LinkIdx(i)),
            Some((Kind::Network, i)) => model::Dependency::Network(model::NetworkIdx(i)),
            Some((Kind::Service, i)) => model::Dependency::Service(model::ServiceIdx(i)),
            Some((_, i)) => model::Dependency::System(model::SystemIdx(i)),
            None => model::Dependency::System(model::SystemIdx(0)),
        }
    }

    fn services(&mut self, raw: &raw::Scenario) -> Vec<model::Service> {
        let mut out = Vec::with_capacity(raw.services.len());
        for (i, e) in raw.services.iter().enumerate() {
            let p = format!("services[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let organisation = model::OrgIdx(self.index(
                &e.organisation,
                format!("{p}.organisation"),
                Kind::Organisation,
            ));
            let depends_on = e
                .depends_on
                .iter()
                .enumerate()
                .map(|(j, d)| self.dependency(d, format!("{p}.depends_on[{j}]")))
                .collect();
            let degraded_without = e
                .degraded_without
                .iter()
                .enumerate()
                .map(|(j, d)| self.dependency(d, format!("{p}.degraded_without[{j}]")))
                .collect();
            let demand_per_day = self.count(e.demand_per_day, format!("{p}.demand_per_day"));
            let capacity_per_day = self.count(e.capacity_per_day, format!("{p}.capacity_per_day"));
            let paper_capacity_per_day = self.count(
                e.paper_capacity_per_day,
                format!("{p}.paper_capacity_per_day"),
            );
            let degraded_share = self.chance(e.degraded_share, format!("{p}.degraded_share"));
            let backlog = e
                .backlog
                .iter()
                .enumerate()
                .map(|(j, c)| model::Cohort {
                    age: self.duration(c.age, format!("{p}.backlog[{j}].age")),
                    cases: self.count(c.cases, format!("{p}.backlog[{j}].cases")),
                })
                .collect();
            let lapses_after = e
                .clock
                .as_ref()
                .map(|raw::Clock::LapsesAfter(d)| self.duration(*d, format!("{p}.clock.0")));
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Service {
                id: e.id.clone(),
                name: e.name.clone(),
                organisation,
                depends_on,
                degraded_without,
                demand_per_day,
                capacity_per_day,
                paper_capacity_per_day,
                degraded_share,
                backlog,
                lapses_after,
                intake: e.intake,
                owner: e
                    .owner
                    .as_ref()
                    .map(|o| model::RoleIdx(self.index(o, format!("{p}.owner"), Kind::Role))),
                provenance,
            });
        }
        self.service_cycles(raw, &out);
        out
    }

    fn service_cycles(&mut self, raw: &raw::Scenario, services: &[model::Service]) {
        let edges: Vec<Vec<usize>> = services
            .iter()
            .map(|s| {
                s.depends_on
                    .iter()
                    .chain(&s.degraded_without)
                    .filter_map(|d| match d {
                        model::Dependency::Service(t) => Some(t.index()),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        if let Some(cycle) = find_cycle(&edges) {
            let names = cycle.iter().map(|&i| raw.services[i].id.clone()).collect();
            let first = cycle.first().copied().unwrap_or(0);
            let second = cycle
                .get(1)
                .map(|&i| raw.services[i].id.as_str())
                .unwrap_or("");
            let path = match raw.services[first]
                .depends_on
                .iter()
                .position(|d| d == second)
            {
                Some(j) => format!("services[{first}].depends_on[{j}]"),
                None => match raw.services[first]
                    .degraded_without
                    .iter()
                    .position(|d| d == second)
                {
                    Some(j) => format!("services[{first}].degraded_without[{j}]"),
                    None => format!("services[{first}]"),
                },
            };
            self.report(path, Problem::DependencyCycle(names));
        }
    }

    fn deadlines(&mut self, raw: &raw::Scenario) -> Vec<model::Deadline> {
        let mut out = Vec::with_capacity(raw.deadlines.len());
        for (i, e) in raw.deadlines.iter().enumerate() {
            let p = format!("deadlines[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let due = self.time(&e.due, format!("{p}.due"));
            let rp = format!("{p}.requires.0");
            let requires = match &e.requires {
                raw::Requirement::ServiceAvailable(s) => model::Requirement::ServiceAvailable(
                    model::ServiceIdx(self.index(s, rp, Kind::Service)),
                ),
                raw::Requirement::ServiceUp(s) => model::Requirement::ServiceUp(model::ServiceIdx(
                    self.index(s, rp, Kind::Service),
                )),
                raw::Requirement::ActionDone(a) => model::Requirement::ActionDone(
                    model::ActionIdx(self.index(a, rp, Kind::Action)),
                ),
            };
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Deadline {
                id: e.id.clone(),
                name: e.name.clone(),
                due,
                requires,
                provenance,
            });
        }
        out
    }

    /// The attacker against the world: a foothold it can hold, and no network that sends more
    /// than all of its contacts across its links.
    fn attacker_fits(
        &mut self,
        a: &raw::Attacker,
        attacker: &model::Attacker,
        systems: &[model::System],
        links: &[model::Link],
        networks: &[model::Network],
    ) {
        let hosts = systems
            .get(attacker.foothold.index())
            .map_or(0, |s| s.hosts);
        if a.foothold_hosts.0 < 1 || a.foothold_hosts.0 > i128::from(hosts) {
            let problem = Problem::FootholdHosts {
                value: a.foothold_hosts.0,
                hosts: i128::from(hosts),
            };
            self.report("attacker.foothold_hosts", problem);
        }
        let share = |kind: raw::LinkKind| {
            attacker
                .reach
                .iter()
                .find(|(k, _)| *k == kind)
                .map_or(0u64, |(_, c)| u64::from(c.0))
        };
        let mut sums = vec![0u64; networks.len()];
        for l in links {
            for n in [l.from, l.to] {
                if let Some(sum) = sums.get_mut(n.index()) {
                    *sum += share(l.kind);
                }
            }
        }
        if let Some((n, &sum)) = sums
            .iter()
            .enumerate()
            .find(|(_, s)| **s > u64::from(Chance::SCALE))
        {
            let network = networks.get(n).map(|x| x.id.clone()).unwrap_or_default();
            #[expect(clippy::cast_precision_loss, reason = "a share for a message")]
            let share = sum as f64 / f64::from(Chance::SCALE);
            self.report("attacker.reach", Problem::ReachTooLarge { network, share });
        }
    }

    fn attacker(&mut self, a: &raw::Attacker) -> model::Attacker {
        let p = "attacker";
        self.text(&a.name, "attacker.name");
        let foothold =
            model::SystemIdx(self.index(&a.foothold, format!("{p}.foothold"), Kind::System));
        let initial_access = self.time(&a.initial_access, format!("{p}.initial_access"));
        if a.stages.is_empty() {
            self.report(format!("{p}.stages"), Problem::EmptyList);
        }
        let mut previous: Option<raw::StageKind> = None;
        let mut stages = Vec::with_capacity(a.stages.len());
        for (i, s) in a.stages.iter().enumerate() {
            let sp = format!("{p}.stages[{i}]");
            if previous.is_some_and(|prev| prev >= s.kind) {
                self.report(
                    format!("{sp}.kind"),
                    Problem::StageOrder(stage_name(s.kind)),
                );
            }
            previous = Some(s.kind);
            stages.push(model::Stage {
                kind: s.kind,
                after: self.duration(s.after, format!("{sp}.after")),
                chance: self.chance(s.probability, format!("{sp}.probability")),
                detection: self.chance(s.detection, format!("{sp}.detection")),
            });
        }
        let contacts_per_hour = if (0.0..=MAX_CONTACTS_PER_HOUR).contains(&a.contacts_per_hour) {
            // In range by the check, so the cast cannot truncate.
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "0 <= rate <= 1000"
            )]
            let micro = (a.contacts_per_hour * 1e6).round() as u64;
            micro
        } else {
            let problem = Problem::Rate(a.contacts_per_hour);
            self.report(format!("{p}.contacts_per_hour"), problem);
            0
        };
        let reach = a
            .reach
            .iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    r.link,
                    self.chance(r.share, format!("{p}.reach[{i}].share")),
                )
            })
            .collect();
        let foothold_hosts = self.count(a.foothold_hosts, format!("{p}.foothold_hosts"));
        let encryption_rate = self.chance(a.encryption_rate, format!("{p}.encryption_rate"));
        let impact_spread_permille = if (1.0..=100.0).contains(&a.impact_spread_factor) {
            // In range by the check above, so the cast cannot truncate.
            (a.impact_spread_factor * 1000.0).round() as u32
        } else {
            let problem = Problem::Factor(a.impact_spread_factor);
            self.report(format!("{p}.impact_spread_factor"), problem);
            1000
        };
        let report_delay = self.duration(a.report_delay, format!("{p}.report_delay"));
        let provenance = self.provenance(&a.sources, a.assumption.as_ref(), p);
        model::Attacker {
            id: a.id.clone(),
            name: a.name.clone(),
            foothold,
            foothold_hosts: foothold_hosts.max(1),
            initial_access,
            stages,
            contacts_per_hour,
            reach,
            encryption_rate,
            impact_spread_permille,
            report_delay,
            provenance,
        }
    }

    fn target(&mut self, id: &str, path: String, kind: raw::TargetKind) -> model::Target {
        let i = self.index(id, path, target_kind(kind));
        match kind {
            raw::TargetKind::Network => model::Target::Network(model::NetworkIdx(i)),
            raw::TargetKind::Link => model::Target::Link(model::LinkIdx(i)),
            raw::TargetKind::System => model::Target::System(model::SystemIdx(i)),
            raw::TargetKind::Service => model::Target::Service(model::ServiceIdx(i)),
            raw::TargetKind::Organisation => model::Target::Organisation(model::OrgIdx(i)),
            raw::TargetKind::Group => model::Target::Group(model::GroupIdx(i)),
        }
    }

    fn all_targets(raw: &raw::Scenario, kind: raw::TargetKind) -> Vec<model::Target> {
        let n = match kind {
            raw::TargetKind::Network => raw.networks.len(),
            raw::TargetKind::Link => raw.links.len(),
            raw::TargetKind::System => raw.systems.len(),
            raw::TargetKind::Service => raw.services.len(),
            raw::TargetKind::Organisation => raw.organisations.len(),
            raw::TargetKind::Group => raw.groups.len(),
        };
        (0..u32::try_from(n).unwrap_or(u32::MAX))
            .map(|i| match kind {
                raw::TargetKind::Network => model::Target::Network(model::NetworkIdx(i)),
                raw::TargetKind::Link => model::Target::Link(model::LinkIdx(i)),
                raw::TargetKind::System => model::Target::System(model::SystemIdx(i)),
                raw::TargetKind::Service => model::Target::Service(model::ServiceIdx(i)),
                raw::TargetKind::Organisation => model::Target::Organisation(model::OrgIdx(i)),
                raw::TargetKind::Group => model::Target::Group(model::GroupIdx(i)),
            })
            .collect()
    }

    fn actions(&mut self, raw: &raw::Scenario, groups: &[model::Group]) -> Vec<model::Action> {
        let mut out = Vec::with_capacity(raw.actions.len());
        for (i, e) in raw.actions.iter().enumerate() {
            let p = format!("actions[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let function =
                model::RoleIdx(self.index(&e.function, format!("{p}.function"), Kind::Role));
            let targets = match e.target {
                Some(kind) if e.targets.is_empty() => Self::all_targets(raw, kind),
                Some(kind) => e
                    .targets
                    .iter()
                    .enumerate()
                    .map(|(j, t)| self.target(t, format!("{p}.targets[{j}]"), kind))
                    .collect(),
                None => {
                    if !e.targets.is_empty() {
                        let problem = Problem::DecisionTarget {
                            action: e.id.clone(),
                            needs_target: false,
                        };
                        self.report(format!("{p}.targets"), problem);
                    }
                    Vec::new()
                }
            };
            let duration = self.duration(e.duration, format!("{p}.duration"));
            let staff = self.count(e.staff, format!("{p}.staff"));
            let cost_eur = self.count(e.cost_eur, format!("{p}.cost_eur"));
            let requires = self.prerequisites(&e.requires, &p);
            if e.effects.is_empty() {
                self.report(format!("{p}.effects"), Problem::EmptyList);
            }
            let mut effects = Vec::with_capacity(e.effects.len());
            for (j, effect) in e.effects.iter().enumerate() {
                let ep = format!("{p}.effects[{j}]");
                let (name, needs) = effect_needs(effect);
                // A group fits when every group the action may aim at has a member it fits.
                let fits = |needs: &[raw::TargetKind]| match e.target {
                    Some(raw::TargetKind::Group) => targets.iter().all(|t| match t {
                        model::Target::Group(g) => groups.get(g.index()).is_none_or(|g| {
                            g.members
                                .iter()
                                .any(|m| needs.iter().any(|&k| target_kind(k) == member_kind(*m)))
                        }),
                        _ => true,
                    }),
                    Some(t) => needs.contains(&t),
                    None => false,
                };
                if let Some(needs) = needs
                    && !fits(needs)
                {
                    self.report(
                        ep.clone(),
                        Problem::EffectTarget {
                            effect: name,
                            needs: needs.iter().map(|&k| target_kind(k)).collect(),
                            target: e.target.map(target_kind),
                        },
                    );
                }
                effects.push(self.effect(effect, ep));
            }
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Action {
                id: e.id.clone(),
                name: e.name.clone(),
                description: e.description.clone(),
                function,
                target: e.target,
                targets,
                duration,
                staff,
                cost_eur,
                requires,
                effects,
                provenance,
            });
        }
        out
    }

    /// Groups: listed members and those the rules find, each once, in target order.
    fn groups(
        &mut self,
        raw: &raw::Scenario,
        networks: &[model::Network],
        links: &[model::Link],
        systems: &[model::System],
        services: &[model::Service],
    ) -> Vec<model::Group> {
        let mut out = Vec::with_capacity(raw.groups.len());
        for (i, g) in raw.groups.iter().enumerate() {
            let p = format!("groups[{i}]");
            self.text(&g.name, &format!("{p}.name"));
            let mut members = std::collections::BTreeSet::new();
            for (j, m) in g.members.iter().enumerate() {
                let mp = format!("{p}.members[{j}].0");
                members.insert(match m {
                    raw::Member::Network(id) => {
                        model::Target::Network(model::NetworkIdx(self.index(id, mp, Kind::Network)))
                    }
                    raw::Member::Link(id) => {
                        model::Target::Link(model::LinkIdx(self.index(id, mp, Kind::Link)))
                    }
                    raw::Member::System(id) => {
                        model::Target::System(model::SystemIdx(self.index(id, mp, Kind::System)))
                    }
                    raw::Member::Service(id) => {
                        model::Target::Service(model::ServiceIdx(self.index(id, mp, Kind::Service)))
                    }
                    raw::Member::Organisation(id) => model::Target::Organisation(model::OrgIdx(
                        self.index(id, mp, Kind::Organisation),
                    )),
                });
            }
            let indices = |n: usize| 0..u32::try_from(n).unwrap_or(u32::MAX);
            for (j, rule) in g.rules.iter().enumerate() {
                let rp = format!("{p}.rules[{j}].0");
                match rule {
                    raw::Rule::NetworksOfProvider(id) => {
                        let provider = model::ProviderIdx(self.index(id, rp, Kind::Provider));
                        members.extend(
                            indices(networks.len())
                                .filter(|&n| networks[n as usize].provider == Some(provider))
                                .map(|n| model::Target::Network(model::NetworkIdx(n))),
                        );
                    }
                    raw::Rule::LinksOfKind(kind) => members.extend(
                        indices(links.len())
                            .filter(|&l| links[l as usize].kind == *kind)
                            .map(|l| model::Target::Link(model::LinkIdx(l))),
                    ),
                    raw::Rule::LinksLeavingProvider(id) => {
                        let provider = model::ProviderIdx(self.index(id, rp, Kind::Provider));
                        let runs = |n: model::NetworkIdx| {
                            networks
                                .get(n.index())
                                .is_some_and(|x| x.provider == Some(provider))
                        };
                        members.extend(
                            indices(links.len())
                                .filter(|&l| {
                                    let l = &links[l as usize];
                                    runs(l.from) != runs(l.to)
                                })
                                .map(|l| model::Target::Link(model::LinkIdx(l))),
                        );
                    }
                    raw::Rule::ServicesOf(id) => {
                        let org = model::OrgIdx(self.index(id, rp, Kind::Organisation));
                        members.extend(
                            indices(services.len())
                                .filter(|&s| services[s as usize].organisation == org)
                                .map(|s| model::Target::Service(model::ServiceIdx(s))),
                        );
                    }
                    raw::Rule::SystemsIn(id) => {
                        let network = model::NetworkIdx(self.index(id, rp, Kind::Network));
                        members.extend(
                            indices(systems.len())
                                .filter(|&s| systems[s as usize].network == network)
                                .map(|s| model::Target::System(model::SystemIdx(s))),
                        );
                    }
                }
            }
            if members.is_empty() {
                self.report(format!("{p}.members"), Problem::EmptyList);
            }
            let provenance = self.provenance(&g.sources, g.assumption.as_ref(), &p);
            out.push(model::Group {
                id: g.id.clone(),
                name: g.name.clone(),
                members: members.into_iter().collect(),
                provenance,
            });
        }
        out
    }

    fn prerequisites(
        &mut self,
        requires: &[raw::Prerequisite],
        p: &str,
    ) -> Vec<model::Prerequisite> {
        requires
            .iter()
            .enumerate()
            .map(|(j, r)| {
                let rp = format!("{p}.requires[{j}].0");
                match r {
                    raw::Prerequisite::Done(a) => {
                        model::Prerequisite::Done(model::ActionIdx(self.index(a, rp, Kind::Action)))
                    }
                    raw::Prerequisite::NotDone(a) => model::Prerequisite::NotDone(
                        model::ActionIdx(self.index(a, rp, Kind::Action)),
                    ),
                    raw::Prerequisite::LinkCut(l) => {
                        model::Prerequisite::LinkCut(model::LinkIdx(self.index(l, rp, Kind::Link)))
                    }
                    raw::Prerequisite::SystemClean(s) => model::Prerequisite::SystemClean(
                        model::SystemIdx(self.index(s, rp, Kind::System)),
                    ),
                }
            })
            .collect()
    }

    /// A recovery-order list: services or systems.
    fn order(&mut self, ids: &[String], p: &str) -> Vec<model::Target> {
        ids.iter()
            .enumerate()
            .filter_map(|(j, id)| {
                match self.resolve(id, format!("{p}[{j}]"), &[Kind::Service, Kind::System])? {
                    (Kind::Service, i) => Some(model::Target::Service(model::ServiceIdx(i))),
                    (_, i) => Some(model::Target::System(model::SystemIdx(i))),
                }
            })
            .collect()
    }

    fn system_cycles(&mut self, raw: &raw::Scenario, systems: &[model::System]) {
        let edges: Vec<Vec<usize>> = systems
            .iter()
            .map(|s| s.depends_on.iter().map(|d| d.index()).collect())
            .collect();
        if let Some(cycle) = find_cycle(&edges) {
            let names = cycle.iter().map(|&i| raw.systems[i].id.clone()).collect();
            let first = cycle.first().copied().unwrap_or(0);
            let second = cycle
                .get(1)
                .map(|&i| raw.systems[i].id.as_str())
                .unwrap_or("");
            let path = match raw.systems[first]
                .depends_on
                .iter()
                .position(|d| d == second)
            {
                Some(j) => format!("systems[{first}].depends_on[{j}]"),
                None => format!("systems[{first}]"),
            };
            self.report(path, Problem::DependencyCycle(names));
        }
    }

    fn teams(&mut self, raw: &raw::Scenario, systems: &[model::System]) -> Vec<model::Team> {
        let mut out = Vec::with_capacity(raw.teams.len());
        for (i, e) in raw.teams.iter().enumerate() {
            let p = format!("teams[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let headcount = self.count(e.headcount, format!("{p}.headcount"));
            let hours_per_day = self.count(e.hours_per_day, format!("{p}.hours_per_day"));
            if hours_per_day > 24 {
                let problem = Problem::OverLimit {
                    value: i128::from(hours_per_day),
                    limit: 24,
                };
                self.report(format!("{p}.hours_per_day"), problem);
            }
            if e.work.is_empty() {
                self.report(format!("{p}.work"), Problem::EmptyList);
            }
            let mut work = Vec::new();
            for (j, w) in e.work.iter().enumerate() {
                let minutes = self.duration(w.per_host, format!("{p}.work[{j}].per_host"));
                let units: &[raw::Unit] = match w.unit {
                    Some(raw::Unit::Server) => &[raw::Unit::Server],
                    Some(raw::Unit::Endpoint) => &[raw::Unit::Endpoint],
                    None => &[raw::Unit::Server, raw::Unit::Endpoint],
                };
                work.extend(units.iter().map(|&u| (w.kind, u, minutes.max(1))));
            }
            let mut scope = vec![e.systems.is_empty() && e.roles.is_empty(); systems.len()];
            for (j, id) in e.systems.iter().enumerate() {
                let s = self.index(id, format!("{p}.systems[{j}]"), Kind::System) as usize;
                if let Some(slot) = scope.get_mut(s) {
                    *slot = true;
                }
            }
            for (s, system) in systems.iter().enumerate() {
                if e.roles.contains(&system.role) {
                    scope[s] = true;
                }
            }
            let available = match &e.available {
                raw::Availability::FromStart => model::Availability::At(0),
                raw::Availability::At(t) => {
                    model::Availability::At(self.time(t, format!("{p}.available.0")))
                }
                raw::Availability::Requested { action, delay } => model::Availability::Requested {
                    action: model::ActionIdx(self.index(
                        action,
                        format!("{p}.available.action"),
                        Kind::Action,
                    )),
                    delay: self.duration(*delay, format!("{p}.available.delay")),
                },
                raw::Availability::Notified {
                    organisation,
                    delay,
                } => model::Availability::Notified {
                    organisation: model::OrgIdx(self.index(
                        organisation,
                        format!("{p}.available.organisation"),
                        Kind::Organisation,
                    )),
                    delay: self.duration(*delay, format!("{p}.available.delay")),
                },
            };
            let cost_per_day = self.count(e.cost_per_day, format!("{p}.cost_per_day"));
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Team {
                id: e.id.clone(),
                name: e.name.clone(),
                headcount,
                hours_per_day,
                work,
                scope,
                available,
                cost_per_day,
                provenance,
            });
        }
        out
    }

    fn recovery(&mut self, raw: &raw::Scenario) -> model::Recovery {
        let Some(r) = &raw.recovery else {
            return model::Recovery::default();
        };
        let p = "recovery";
        let requires = self.prerequisites(&r.requires, p);
        let backup_system = r
            .backup_system
            .as_ref()
            .map(|s| model::SystemIdx(self.index(s, format!("{p}.backup_system"), Kind::System)));
        let order = self.order(&r.order, &format!("{p}.order"));
        let reinfection = self.chance(r.reinfection, format!("{p}.reinfection"));
        let variation = self.chance(r.work_variation, format!("{p}.work_variation"));
        let provenance = self.provenance(&r.sources, r.assumption.as_ref(), p);
        model::Recovery {
            requires,
            backup_system,
            order,
            reinfection,
            work_variation_permille: variation.0 / 1000,
            unknown_backup: r.unknown_backup,
            provenance,
        }
    }

    fn effect(&mut self, effect: &raw::Effect, path: String) -> model::Effect {
        match effect {
            raw::Effect::Isolate => model::Effect::Isolate,
            raw::Effect::Reconnect => model::Effect::Reconnect,
            raw::Effect::Shutdown => model::Effect::Shutdown,
            raw::Effect::CutLink => model::Effect::CutLink,
            raw::Effect::RestoreLink => model::Effect::RestoreLink,
            raw::Effect::ResetCredentials => model::Effect::ResetCredentials,
            raw::Effect::Recover => model::Effect::Recover,
            raw::Effect::RecoveryOrder => model::Effect::RecoveryOrder,
            raw::Effect::Rebuild => model::Effect::Rebuild,
            raw::Effect::PaperOperation => model::Effect::PaperOperation,
            raw::Effect::MutualAid {
                per_day,
                period,
                cost_per_day,
            } => model::Effect::MutualAid {
                per_day: self.count(*per_day, format!("{path}.per_day")),
                period: self.period(*period, format!("{path}.period")),
                cost_per_day: self.count(*cost_per_day, format!("{path}.cost_per_day")),
            },
            raw::Effect::Notify(org) => model::Effect::Notify(model::OrgIdx(self.index(
                org,
                format!("{path}.0"),
                Kind::Organisation,
            ))),
            raw::Effect::Forensics => model::Effect::Forensics,
            raw::Effect::InformPublic {
                phone,
                fraud,
                period,
            } => model::Effect::InformPublic {
                phone: self.chance(*phone, format!("{path}.phone")),
                fraud: self.chance(*fraud, format!("{path}.fraud")),
                period: self.period(*period, format!("{path}.period")),
            },
            raw::Effect::AnswerExtortion => model::Effect::AnswerExtortion,
            raw::Effect::Milestone => model::Effect::Milestone,
            raw::Effect::CloseOffices { share, period } => model::Effect::CloseOffices {
                share: self.chance(*share, format!("{path}.share")),
                period: self.period(*period, format!("{path}.period")),
            },
        }
    }

    /// A decision's period: a duration longer than zero.
    fn period(&mut self, d: raw::Duration, path: String) -> Minutes {
        let minutes = self.duration(d, path.clone());
        let zero = match d {
            raw::Duration::Minutes(n)
            | raw::Duration::Hours(n)
            | raw::Duration::Days(n)
            | raw::Duration::Weeks(n) => n.0 == 0,
        };
        if zero {
            self.report(path, Problem::Period);
        }
        minutes.max(1)
    }

    /// The cyber measures: each event names an inject, an action or a phase of the scenario.
    fn measures(&mut self, raw: &raw::Scenario) -> Vec<model::Measure> {
        let mut out = Vec::with_capacity(raw.measures.len());
        for (i, m) in raw.measures.iter().enumerate() {
            let p = format!("measures[{i}]");
            self.text(&m.name, &format!("{p}.name"));
            let from = self.event(&m.from, format!("{p}.from"));
            let to = self.event(&m.to, format!("{p}.to"));
            out.push(model::Measure {
                id: m.id.clone(),
                name: m.name.clone(),
                from,
                to,
            });
        }
        out
    }

    fn event(&mut self, e: &raw::Event, path: String) -> model::Event {
        match e {
            raw::Event::Incident => model::Event::Incident,
            raw::Event::Inject(id) => model::Event::Inject(model::InjectIdx(self.index(
                id,
                format!("{path}.0"),
                Kind::Inject,
            ))),
            raw::Event::Decided(id) => model::Event::Decided(model::ActionIdx(self.index(
                id,
                format!("{path}.0"),
                Kind::Action,
            ))),
            raw::Event::Phase(id) => {
                model::Event::Phase(self.index(id, format!("{path}.0"), Kind::Phase) as usize)
            }
        }
    }

    /// The channels that need a service: each channel once.
    fn routes(&mut self, raw: &raw::Scenario) -> Vec<model::Route> {
        let mut out: Vec<model::Route> = Vec::with_capacity(raw.channels.len());
        for (i, r) in raw.channels.iter().enumerate() {
            let p = format!("channels[{i}]");
            let service =
                model::ServiceIdx(self.index(&r.service, format!("{p}.service"), Kind::Service));
            if out.iter().any(|o| o.channel == r.channel) || r.fallback == r.channel {
                self.report(format!("{p}.channel"), Problem::ChannelRoute);
            }
            out.push(model::Route {
                channel: r.channel,
                service,
                fallback: r.fallback,
            });
        }
        out
    }

    fn injects(&mut self, raw: &raw::Scenario, actions: &[model::Action]) -> Vec<model::Inject> {
        let mut out = Vec::with_capacity(raw.injects.len());
        for (i, e) in raw.injects.iter().enumerate() {
            let p = format!("injects[{i}]");
            self.text(&e.title, &format!("{p}.title"));
            self.text(&e.content, &format!("{p}.content"));
            let sender =
                model::OrgIdx(self.index(&e.sender, format!("{p}.sender"), Kind::Organisation));
            let receiver =
                model::RoleIdx(self.index(&e.receiver, format!("{p}.receiver"), Kind::Role));
            let trigger = self.trigger(&e.trigger, &format!("{p}.trigger"));
            let reports = e
                .reports
                .iter()
                .enumerate()
                .map(|(j, r)| {
                    let rp = format!("{p}.reports[{j}].0");
                    let (id, compromised) = match r {
                        raw::Report::Compromised(id) => (id, true),
                        raw::Report::Clean(id) => (id, false),
                    };
                    let what = match self.resolve(id, rp, &[Kind::Network, Kind::System]) {
                        Some((Kind::System, i)) => model::Reported::System(model::SystemIdx(i)),
                        Some((_, i)) => model::Reported::Network(model::NetworkIdx(i)),
                        None => model::Reported::Network(model::NetworkIdx(0)),
                    };
                    if compromised {
                        model::Report::Compromised(what)
                    } else {
                        model::Report::Clean(what)
                    }
                })
                .collect();
            let surge = e.surge.as_ref().map(|g| model::Surge {
                service: model::ServiceIdx(self.index(
                    &g.service,
                    format!("{p}.surge.service"),
                    Kind::Service,
                )),
                cases: self.count(g.cases, format!("{p}.surge.cases")),
                fraud: g.fraud,
            });
            let unless = e
                .unless
                .iter()
                .enumerate()
                .filter_map(|(j, u)| {
                    let raw::Unless::Decided { action, target } = u;
                    let up = format!("{p}.unless[{j}]");
                    let (_, a) = self.resolve(action, format!("{up}.action"), &[Kind::Action])?;
                    let spec = actions.get(a as usize)?;
                    let target = self.decision_target(action, spec, target.as_ref(), &up, false);
                    Some(model::Decided {
                        action: model::ActionIdx(a),
                        target,
                    })
                })
                .collect();
            let only_if = e
                .only_if
                .iter()
                .enumerate()
                .map(|(j, c)| self.condition(c, &format!("{p}.only_if[{j}]")))
                .collect();
            if e.for_control && !e.reports.is_empty() {
                self.report(format!("{p}.reports"), Problem::ControlInjectReports);
            }
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Inject {
                id: e.id.clone(),
                title: e.title.clone(),
                sender,
                receiver,
                channel: e.channel,
                priority: e.priority,
                content: e.content.clone(),
                expected_reaction: e.expected_reaction.clone(),
                control_note: e.control_note.clone(),
                trigger,
                reports,
                false_alarm: e.false_alarm,
                surge,
                for_control: e.for_control,
                unless,
                only_if,
                provenance,
            });
        }
        self.inject_cycles(raw, &out);
        out
    }

    fn trigger(&mut self, t: &raw::Trigger, p: &str) -> model::Trigger {
        match t {
            raw::Trigger::At(at) => model::Trigger::At(self.time(at, format!("{p}.0"))),
            raw::Trigger::AfterInject { inject, delay } => model::Trigger::AfterInject {
                inject: model::InjectIdx(self.index(inject, format!("{p}.inject"), Kind::Inject)),
                delay: self.duration(*delay, format!("{p}.delay")),
            },
            raw::Trigger::When(c) => model::Trigger::When(self.condition(c, &format!("{p}.0"))),
            raw::Trigger::ActionTaken { action, delay } => model::Trigger::ActionTaken {
                action: model::ActionIdx(self.index(action, format!("{p}.action"), Kind::Action)),
                delay: self.duration(*delay, format!("{p}.delay")),
            },
            raw::Trigger::ActionNotTaken { action, by } => model::Trigger::ActionNotTaken {
                action: model::ActionIdx(self.index(action, format!("{p}.action"), Kind::Action)),
                by: self.time(by, format!("{p}.by")),
            },
        }
    }

    fn condition(&mut self, c: &raw::Condition, p: &str) -> model::Condition {
        match c {
            raw::Condition::ServiceDown {
                service,
                for_at_least,
            } => model::Condition::ServiceDown {
                service: model::ServiceIdx(self.index(
                    service,
                    format!("{p}.service"),
                    Kind::Service,
                )),
                for_at_least: self.duration(*for_at_least, format!("{p}.for_at_least")),
            },
            raw::Condition::HostsEncrypted(n) => {
                model::Condition::HostsEncrypted(self.count(*n, format!("{p}.0")))
            }
            raw::Condition::DeadlineMissed(d) => model::Condition::DeadlineMissed(
                model::DeadlineIdx(self.index(d, format!("{p}.0"), Kind::Deadline)),
            ),
            raw::Condition::LinkCut(l) => model::Condition::LinkCut(model::LinkIdx(self.index(
                l,
                format!("{p}.0"),
                Kind::Link,
            ))),
            raw::Condition::ServiceUp(service) => model::Condition::ServiceUp(model::ServiceIdx(
                self.index(service, format!("{p}.0"), Kind::Service),
            )),
            raw::Condition::LinkOpen(l) => model::Condition::LinkOpen(model::LinkIdx(self.index(
                l,
                format!("{p}.0"),
                Kind::Link,
            ))),
        }
    }

    fn inject_cycles(&mut self, raw: &raw::Scenario, injects: &[model::Inject]) {
        let edges: Vec<Vec<usize>> = injects
            .iter()
            .map(|inject| match inject.trigger {
                model::Trigger::AfterInject { inject, .. } => vec![inject.index()],
                _ => Vec::new(),
            })
            .collect();
        if let Some(cycle) = find_cycle(&edges) {
            let names = cycle.iter().map(|&i| raw.injects[i].id.clone()).collect();
            let first = cycle.first().copied().unwrap_or(0);
            self.report(
                format!("injects[{first}].trigger.inject"),
                Problem::InjectCycle(names),
            );
        }
    }

    fn objectives(&mut self, raw: &raw::Scenario) -> Vec<model::Objective> {
        let mut out = Vec::with_capacity(raw.objectives.len());
        for (i, e) in raw.objectives.iter().enumerate() {
            let p = format!("objectives[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            let cp = format!("{p}.criterion");
            let value = format!("{cp}.0");
            let criterion = match &e.criterion {
                raw::Criterion::ActionWithin { action, within } => model::Criterion::ActionWithin {
                    action: model::ActionIdx(self.index(
                        action,
                        format!("{cp}.action"),
                        Kind::Action,
                    )),
                    within: self.duration(*within, format!("{cp}.within")),
                },
                raw::Criterion::NetworkIsolatedWithin { network, within } => {
                    model::Criterion::NetworkIsolatedWithin {
                        network: model::NetworkIdx(self.index(
                            network,
                            format!("{cp}.network"),
                            Kind::Network,
                        )),
                        within: self.duration(*within, format!("{cp}.within")),
                    }
                }
                raw::Criterion::DeadlineMet(d) => model::Criterion::DeadlineMet(
                    model::DeadlineIdx(self.index(d, value, Kind::Deadline)),
                ),
                raw::Criterion::ServiceRestoredWithin { service, within } => {
                    model::Criterion::ServiceRestoredWithin {
                        service: model::ServiceIdx(self.index(
                            service,
                            format!("{cp}.service"),
                            Kind::Service,
                        )),
                        within: self.duration(*within, format!("{cp}.within")),
                    }
                }
                raw::Criterion::NetworkNotBreached(n) => model::Criterion::NetworkNotBreached(
                    model::NetworkIdx(self.index(n, value, Kind::Network)),
                ),
                raw::Criterion::LapsedBelow(n) => {
                    model::Criterion::LapsedBelow(self.count(*n, value))
                }
            };
            out.push(model::Objective {
                id: e.id.clone(),
                name: e.name.clone(),
                description: e.description.clone(),
                criterion,
            });
        }
        out
    }

    fn phases(&mut self, raw: &raw::Scenario) -> Vec<model::Phase> {
        let mut out = Vec::with_capacity(raw.phases.len());
        let mut previous: Option<(Minutes, &str)> = None;
        for (i, e) in raw.phases.iter().enumerate() {
            let p = format!("phases[{i}]");
            self.text(&e.name, &format!("{p}.name"));
            self.text(&e.briefing, &format!("{p}.briefing"));
            let start = self.time(&e.start, format!("{p}.start"));
            if WallClock::parse(&e.start).is_some() {
                if let Some((before, text)) = previous
                    && start < before
                {
                    let problem = Problem::NotChronological {
                        at: e.start.clone(),
                        previous: text.to_string(),
                    };
                    self.report(format!("{p}.start"), problem);
                }
                previous = Some((start, &e.start));
            }
            out.push(model::Phase {
                id: e.id.clone(),
                name: e.name.clone(),
                start,
                briefing: e.briefing.clone(),
            });
        }
        out
    }

    /// The target of a decision of `spec` (named `action` in the file) at `p`: it must be one of
    /// the action's targets; an action without targets takes none; `required`: an action with
    /// targets needs one.
    fn decision_target(
        &mut self,
        action: &str,
        spec: &model::Action,
        target: Option<&String>,
        p: &str,
        required: bool,
    ) -> Option<model::Target> {
        match (spec.target, target) {
            (Some(kind), Some(id)) => {
                let t = self.target(id, format!("{p}.target"), kind);
                let resolved = self
                    .ids
                    .get(id)
                    .is_some_and(|(k, _, _)| *k == target_kind(kind));
                if resolved && !spec.targets.contains(&t) {
                    let problem = Problem::NotATarget {
                        id: id.clone(),
                        action: action.to_string(),
                    };
                    self.report(format!("{p}.target"), problem);
                }
                Some(t)
            }
            (Some(_), None) => {
                if required {
                    let problem = Problem::DecisionTarget {
                        action: action.to_string(),
                        needs_target: true,
                    };
                    self.report(p.to_string(), problem);
                }
                None
            }
            (None, Some(_)) => {
                let problem = Problem::DecisionTarget {
                    action: action.to_string(),
                    needs_target: false,
                };
                self.report(format!("{p}.target"), problem);
                None
            }
            (None, None) => None,
        }
    }

    fn realverlauf(
        &mut self,
        raw: &raw::Scenario,
        actions: &[model::Action],
    ) -> Vec<model::Decision> {
        let mut out = Vec::with_capacity(raw.realverlauf.len());
        let mut previous: Option<(Minutes, &str)> = None;
        for (i, e) in raw.realverlauf.iter().enumerate() {
            let p = format!("realverlauf[{i}]");
            self.text(&e.reason, &format!("{p}.reason"));
            let action = self.resolve(&e.action, format!("{p}.action"), &[Kind::Action]);
            let function =
                model::RoleIdx(self.index(&e.function, format!("{p}.function"), Kind::Role));
            let at = self.time(&e.at, format!("{p}.at"));
            if let Some((before, text)) = previous
                && at < before
                && WallClock::parse(&e.at).is_some()
            {
                let problem = Problem::NotChronological {
                    at: e.at.clone(),
                    previous: text.to_string(),
                };
                self.report(format!("{p}.at"), problem);
            }
            if WallClock::parse(&e.at).is_some() {
                previous = Some((at, &e.at));
            }
            let target = action.and_then(|(_, a)| {
                let spec = actions.get(a as usize)?;
                self.decision_target(&e.action, spec, e.target.as_ref(), &p, true)
            });
            let order = self.order(&e.order, &format!("{p}.order"));
            let wants_order = action
                .and_then(|(_, a)| actions.get(a as usize))
                .is_some_and(|a| a.effects.contains(&model::Effect::RecoveryOrder));
            if wants_order && e.order.is_empty() {
                self.report(format!("{p}.order"), Problem::EmptyList);
            }
            let provenance = self.provenance(&e.sources, e.assumption.as_ref(), &p);
            out.push(model::Decision {
                id: e.id.clone(),
                action: model::ActionIdx(action.map_or(0, |(_, a)| a)),
                target,
                at,
                function,
                reason: e.reason.clone(),
                order,
                provenance,
            });
        }
        out
    }

    /// The observed key figures: each names a figure of this scenario once, with a plausible
    /// value and at least one source (an observation without a source is not one).
    fn observed(
        &mut self,
        raw: &raw::Scenario,
        services: &[model::Service],
        deadlines: &[model::Deadline],
    ) -> Vec<model::Observed> {
        let names: Vec<(model::Figure, String)> =
            model::figures_of(services.len(), deadlines.len())
                .into_iter()
                .map(|f| (f, model::figure_name_of(services, deadlines, f)))
                .collect();
        let mut seen: BTreeMap<model::Figure, String> = BTreeMap::new();
        let mut out = Vec::with_capacity(raw.observed.len());
        for (i, e) in raw.observed.iter().enumerate() {
            let p = format!("observed[{i}]");
            let fp = format!("{p}.figure");
            let figure = names.iter().find(|(_, n)| *n == e.figure).map(|(f, _)| *f);
            match figure {
                Some(f) => match seen.get(&f) {
                    Some(first) => {
                        let problem = Problem::ObservedTwice {
                            figure: e.figure.clone(),
                            first: first.clone(),
                        };
                        self.report(fp, problem);
                    }
                    None => {
                        seen.insert(f, fp);
                    }
                },
                None => {
                    let limit = (e.figure.chars().count() / 3).max(2);
                    let suggestion = names
                        .iter()
                        .map(|(_, n)| (strsim::levenshtein(&e.figure, n), n))
                        .filter(|&(distance, _)| distance <= limit)
                        .min_by_key(|&(distance, _)| distance)
                        .map(|(_, n)| n.clone());
                    let problem = Problem::UnknownFigure {
                        name: e.figure.clone(),
                        suggestion,
                    };
                    self.report(fp, problem);
                }
            }
            let flag = figure.is_some_and(model::Figure::is_flag);
            let plausible = if flag {
                e.value == 0.0 || e.value == 1.0
            } else {
                e.value.is_finite() && e.value >= 0.0
            };
            if !plausible {
                let problem = Problem::ObservedValue {
                    value: e.value,
                    flag,
                };
                self.report(format!("{p}.value"), problem);
            }
            self.text(&e.text, &format!("{p}.text"));
            // An assumption marks an estimate; it cannot replace the source of what was seen.
            let provenance = if e.sources.is_empty() {
                self.report(format!("{p}.sources"), Problem::EmptyList);
                model::Provenance {
                    sources: Vec::new(),
                    assumption: e.assumption.clone(),
                }
            } else {
                self.provenance(&e.sources, e.assumption.as_ref(), &p)
            };
            out.push(model::Observed {
                figure: figure.unwrap_or(model::Figure::CostEur),
                value: e.value,
                text: e.text.clone(),
                provenance,
            });
        }
        out
    }
}
