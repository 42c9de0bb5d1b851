//! The validated scenario: what the engine, the interface and the reports read.
//!
//! Every reference is resolved to a dense index into the matching list, every time is a minute
//! offset from `start`, every probability is an integer chance per million. A [`Scenario`] can
//! only be obtained from `scenario::parse`/`scenario::load`: its fields are private, so nothing
//! downstream has to re-check what validation established.
//!
//! One file of over 800 lines: the model's types point at each other by index, and reading them
//! side by side is how one checks that every index has its type.

use crate::i18n::Lang;
use crate::time::WallClock;

pub use super::raw::{
    Backup, Channel, Intake, LinkKind, NetworkKind, OrganisationKind, Priority, StageKind,
    SystemRole, TargetKind, Unit, WorkKind,
};

macro_rules! index_types {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_types!(
    /// Index into [`Scenario::groups`].
    GroupIdx,
    /// Index into [`Scenario::sources`].
    SourceIdx,
    /// Index into [`Scenario::roles`].
    RoleIdx,
    /// Index into [`Scenario::organisations`].
    OrgIdx,
    /// Index into [`Scenario::providers`].
    ProviderIdx,
    /// Index into [`Scenario::networks`].
    NetworkIdx,
    /// Index into [`Scenario::links`].
    LinkIdx,
    /// Index into [`Scenario::systems`].
    SystemIdx,
    /// Index into [`Scenario::services`].
    ServiceIdx,
    /// Index into [`Scenario::deadlines`].
    DeadlineIdx,
    /// Index into [`Scenario::actions`].
    ActionIdx,
    /// Index into [`Scenario::injects`].
    InjectIdx,
    /// Index into [`Scenario::teams`].
    TeamIdx,
);

/// Minutes since the scenario's `start`. Negative values never occur in a valid scenario.
pub type Minutes = i64;

/// A chance per million (1,000,000 = certain), so that the engine draws integers only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Chance(pub u32);

impl Chance {
    pub const SCALE: u32 = 1_000_000;

    /// This chance times `permille / 1000`, capped at certainty.
    pub fn scaled(self, permille: u32) -> Chance {
        let c = u64::from(self.0) * u64::from(permille) / 1000;
        Chance(u32::try_from(c).unwrap_or(u32::MAX).min(Self::SCALE))
    }

    /// From a probability already checked to lie in `0..=1`.
    pub(super) fn from_probability(p: f64) -> Chance {
        // `as` saturates; the value is in 0..=1e6 after validation.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "p in 0..=1"
        )]
        Chance((p * f64::from(Self::SCALE)).round() as u32)
    }
}

/// Where an element's facts come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    pub sources: Vec<SourceIdx>,
    pub assumption: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    pub date: jiff::civil::Date,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub population: Option<u32>,
    pub staff: Option<u32>,
    /// What a notification of it brings, in file order.
    pub on_notice: Vec<Notice>,
    pub provenance: Provenance,
}

/// What a notified organisation brings, `delay` after its first notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The `forensics` effect.
    Forensics { delay: Minutes },
    /// The inject is delivered, unless it already was.
    Warning { inject: InjectIdx, delay: Minutes },
}

#[derive(Debug, Clone)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub organisation: OrgIdx,
    pub serves: Vec<OrgIdx>,
    pub staff: u32,
    pub provenance: Provenance,
}

#[derive(Debug, Clone)]
pub struct Network {
    pub id: String,
    pub name: String,
    pub kind: NetworkKind,
    pub provider: Option<ProviderIdx>,
    pub organisation: OrgIdx,
    pub provenance: Provenance,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub id: String,
    pub name: String,
    pub kind: LinkKind,
    pub from: NetworkIdx,
    pub to: NetworkIdx,
    pub provenance: Provenance,
}

#[derive(Debug, Clone)]
pub struct System {
    pub id: String,
    pub name: String,
    pub role: SystemRole,
    pub network: NetworkIdx,
    pub hosts: u32,
    pub organisation: Option<OrgIdx>,
    /// Systems it needs to work, directly.
    pub depends_on: Vec<SystemIdx>,
    pub backup: Backup,
    pub provenance: Provenance,
}

impl System {
    pub fn unit(&self) -> Unit {
        if self.role == SystemRole::Endpoint {
            Unit::Endpoint
        } else {
            Unit::Server
        }
    }
}

/// When a team can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    At(Minutes),
    Requested {
        action: ActionIdx,
        delay: Minutes,
    },
    /// `delay` after the organisation's first notification.
    Notified {
        organisation: OrgIdx,
        delay: Minutes,
    },
}

/// A team that does recovery work.
#[derive(Debug, Clone)]
pub struct Team {
    pub id: String,
    pub name: String,
    pub headcount: u32,
    pub hours_per_day: u32,
    /// Working minutes of one person per host, by kind and unit (`None`: cannot do it).
    pub work: Vec<(WorkKind, Unit, Minutes)>,
    /// Per system: may the team work on it.
    pub scope: Vec<bool>,
    pub available: Availability,
    pub cost_per_day: u32,
    pub provenance: Provenance,
}

impl Team {
    /// Minutes one person needs for `kind` on a host of `unit`, if the team does that work.
    pub fn minutes(&self, kind: WorkKind, unit: Unit) -> Option<Minutes> {
        self.work
            .iter()
            .find(|(k, u, _)| *k == kind && *u == unit)
            .map(|&(_, _, m)| m)
    }
}

/// How recovery work is gated and ordered.
#[derive(Debug, Clone, Default)]
pub struct Recovery {
    pub requires: Vec<Prerequisite>,
    pub backup_system: Option<SystemIdx>,
    /// Services or systems.
    pub order: Vec<Target>,
    pub reinfection: Chance,
    /// Per mille of a host's nominal work by which it may vary either way.
    pub work_variation_permille: u32,
    pub unknown_backup: Backup,
    pub provenance: Provenance,
}

/// Something a service needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dependency {
    Network(NetworkIdx),
    Link(LinkIdx),
    System(SystemIdx),
    Service(ServiceIdx),
}

/// Cases already waiting at `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cohort {
    /// Age at `start`.
    pub age: Minutes,
    pub cases: u32,
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub organisation: OrgIdx,
    pub depends_on: Vec<Dependency>,
    pub degraded_without: Vec<Dependency>,
    pub demand_per_day: u32,
    pub capacity_per_day: u32,
    pub paper_capacity_per_day: u32,
    pub degraded_share: Chance,
    pub backlog: Vec<Cohort>,
    /// Cases older than this lapse.
    pub lapses_after: Option<Minutes>,
    pub intake: Intake,
    /// The function responsible for it, if the scenario names one.
    pub owner: Option<RoleIdx>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    ServiceAvailable(ServiceIdx),
    ServiceUp(ServiceIdx),
    ActionDone(ActionIdx),
}

#[derive(Debug, Clone)]
pub struct Deadline {
    pub id: String,
    pub name: String,
    pub due: Minutes,
    pub requires: Requirement,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub kind: StageKind,
    pub after: Minutes,
    pub chance: Chance,
    pub detection: Chance,
}

#[derive(Debug, Clone)]
pub struct Attacker {
    pub id: String,
    pub name: String,
    pub foothold: SystemIdx,
    /// Hosts of the foothold system held at initial access (at least one).
    pub foothold_hosts: u32,
    pub initial_access: Minutes,
    /// In canonical stage order, each kind at most once.
    pub stages: Vec<Stage>,
    /// Contact attempts per running held host and hour, in millionths (may exceed one).
    pub contacts_per_hour: u64,
    /// Per link kind, the share of a host's attempts that go across one open link of that kind;
    /// kinds not listed carry nothing. The rest stay in the host's own network.
    pub reach: Vec<(LinkKind, Chance)>,
    pub encryption_rate: Chance,
    /// The contact rate from the encryption stage on, in thousandths of the stealthy one.
    pub impact_spread_permille: u32,
    pub report_delay: Minutes,
    pub provenance: Provenance,
}

/// An element an action can be aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    Network(NetworkIdx),
    Link(LinkIdx),
    System(SystemIdx),
    Service(ServiceIdx),
    Organisation(OrgIdx),
    /// Every member of a group, in one decision.
    Group(GroupIdx),
}

/// A named set of elements one decision acts on.
#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub name: String,
    /// In target order (networks, links, systems, services, organisations), each once; never
    /// empty and never a group.
    pub members: Vec<Target>,
    pub provenance: Provenance,
}

impl Target {
    pub fn kind(self) -> TargetKind {
        match self {
            Target::Network(_) => TargetKind::Network,
            Target::Link(_) => TargetKind::Link,
            Target::System(_) => TargetKind::System,
            Target::Service(_) => TargetKind::Service,
            Target::Organisation(_) => TargetKind::Organisation,
            Target::Group(_) => TargetKind::Group,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Isolate,
    Reconnect,
    Shutdown,
    CutLink,
    RestoreLink,
    ResetCredentials,
    Recover,
    RecoveryOrder,
    Rebuild,
    PaperOperation,
    /// Capacity for `period` from the finish, at a cost per day while it runs.
    MutualAid {
        per_day: u32,
        period: Minutes,
        cost_per_day: u32,
    },
    Notify(OrgIdx),
    Forensics,
    /// For `period`: phone intake cut by `phone`, fraud surges by `fraud`.
    InformPublic {
        phone: Chance,
        fraud: Chance,
        period: Minutes,
    },
    AnswerExtortion,
    /// Changes nothing in the world; its decision is a time the report measures.
    Milestone,
    /// For `period`: the target's counter intake cut by `share`, deferred to after the period.
    CloseOffices {
        share: Chance,
        period: Minutes,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prerequisite {
    Done(ActionIdx),
    NotDone(ActionIdx),
    LinkCut(LinkIdx),
    SystemClean(SystemIdx),
}

#[derive(Debug, Clone)]
pub struct Action {
    pub id: String,
    pub name: String,
    pub description: String,
    pub function: RoleIdx,
    pub target: Option<TargetKind>,
    /// The valid targets, in file order (every element of `target`'s kind if the file named none).
    pub targets: Vec<Target>,
    pub duration: Minutes,
    pub staff: u32,
    pub cost_eur: u32,
    pub requires: Vec<Prerequisite>,
    pub effects: Vec<Effect>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    ServiceDown {
        service: ServiceIdx,
        for_at_least: Minutes,
    },
    HostsEncrypted(u32),
    DeadlineMissed(DeadlineIdx),
    LinkCut(LinkIdx),
    ServiceUp(ServiceIdx),
    LinkOpen(LinkIdx),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    At(Minutes),
    AfterInject { inject: InjectIdx, delay: Minutes },
    When(Condition),
    ActionTaken { action: ActionIdx, delay: Minutes },
    ActionNotTaken { action: ActionIdx, by: Minutes },
}

/// An element a report speaks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reported {
    Network(NetworkIdx),
    System(SystemIdx),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Compromised(Reported),
    Clean(Reported),
}

#[derive(Debug, Clone)]
pub struct Inject {
    pub id: String,
    pub title: String,
    pub sender: OrgIdx,
    pub receiver: RoleIdx,
    pub channel: Channel,
    pub priority: Priority,
    pub content: String,
    pub expected_reaction: String,
    pub control_note: String,
    pub trigger: Trigger,
    pub reports: Vec<Report>,
    pub false_alarm: bool,
    pub surge: Option<Surge>,
    /// Addressed to exercise control: never shown to the staff.
    pub for_control: bool,
    /// Withheld when one of these decisions is in the logbook by the inject's time.
    pub unless: Vec<Decided>,
    /// Withheld unless each of these holds at the inject's time.
    pub only_if: Vec<Condition>,
    pub provenance: Provenance,
}

/// A decision of an action, on a target if given (any target if not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    pub action: ActionIdx,
    pub target: Option<Target>,
}

/// While `service` is not up, injects of `channel` arrive by `fallback`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub channel: Channel,
    pub service: ServiceIdx,
    pub fallback: Channel,
}

/// Where running time stops by itself so that control can act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControlSettings {
    pub stop_at_flash: bool,
    pub stop_at_control_injects: bool,
    /// The guided overlay walks through every screen (a first exercise).
    pub full_guide: bool,
}

impl Default for ControlSettings {
    fn default() -> ControlSettings {
        ControlSettings {
            stop_at_flash: true,
            stop_at_control_injects: true,
            full_guide: false,
        }
    }
}

/// Cases an inject adds to a service's intake when delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surge {
    pub service: ServiceIdx,
    pub cases: u32,
    /// Informing the public cuts it by its `fraud` share.
    pub fraud: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    ActionWithin {
        action: ActionIdx,
        within: Minutes,
    },
    NetworkIsolatedWithin {
        network: NetworkIdx,
        within: Minutes,
    },
    DeadlineMet(DeadlineIdx),
    ServiceRestoredWithin {
        service: ServiceIdx,
        within: Minutes,
    },
    NetworkNotBreached(NetworkIdx),
    LapsedBelow(u32),
}

#[derive(Debug, Clone)]
pub struct Objective {
    pub id: String,
    pub name: String,
    pub description: String,
    pub criterion: Criterion,
}

/// A phase of the exercise with its Lageeinweisung.
#[derive(Debug, Clone)]
pub struct Phase {
    pub id: String,
    pub name: String,
    pub start: Minutes,
    pub briefing: String,
}

/// A real decision of the Realverlauf.
#[derive(Debug, Clone)]
pub struct Decision {
    pub id: String,
    pub action: ActionIdx,
    pub target: Option<Target>,
    pub at: Minutes,
    pub function: RoleIdx,
    pub reason: String,
    /// For a recovery-order decision: services or systems, first first.
    pub order: Vec<Target>,
    pub provenance: Provenance,
}

/// What was really observed for a key figure in the incident behind the scenario, with its
/// sources: the report's *Realverlauf* column. Data only; the engine never reads it.
#[derive(Debug, Clone)]
pub struct Observed {
    pub figure: Figure,
    /// In the figure's unit (days, hours, cases, euros; 0 or 1 for yes/no figures).
    pub value: f64,
    /// What happened, with the real date.
    pub text: String,
    pub provenance: Provenance,
}

/// Scenario metadata.
#[derive(Debug, Clone)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub language: Lang,
    pub description: String,
    pub start: WallClock,
    pub incident_start: Minutes,
    pub tick: Minutes,
    pub duration: Minutes,
    /// BLAKE3 of the scenario text with line ends normalised to LF, in hex.
    pub text_hash: String,
}

/// Element counts, as `check --json` reports them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub organisations: usize,
    pub providers: usize,
    pub networks: usize,
    pub links: usize,
    pub systems: usize,
    pub hosts: u64,
    pub services: usize,
    pub deadlines: usize,
    pub actions: usize,
    pub injects: usize,
    pub roles: usize,
    pub objectives: usize,
    pub realverlauf: usize,
    pub observed: usize,
    pub teams: usize,
    /// Elements that cite at least one source.
    pub sourced: usize,
    /// Elements that carry an assumption.
    pub assumed: usize,
}

/// A cyber measure: the time from one event of a run to another.
#[derive(Debug, Clone)]
pub struct Measure {
    pub id: String,
    pub name: String,
    pub from: Event,
    pub to: Event,
}

/// An event a measure starts or ends at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Incident,
    Inject(InjectIdx),
    Decided(ActionIdx),
    Phase(usize),
}

/// A validated scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub(super) meta: Meta,
    pub(super) sources: Vec<Source>,
    pub(super) roles: Vec<Role>,
    pub(super) organisations: Vec<Organisation>,
    pub(super) providers: Vec<Provider>,
    pub(super) networks: Vec<Network>,
    pub(super) links: Vec<Link>,
    pub(super) systems: Vec<System>,
    pub(super) services: Vec<Service>,
    pub(super) deadlines: Vec<Deadline>,
    pub(super) attacker: Attacker,
    pub(super) actions: Vec<Action>,
    pub(super) injects: Vec<Inject>,
    pub(super) objectives: Vec<Objective>,
    pub(super) phases: Vec<Phase>,
    pub(super) realverlauf: Vec<Decision>,
    pub(super) observed: Vec<Observed>,
    pub(super) teams: Vec<Team>,
    pub(super) recovery: Recovery,
    pub(super) groups: Vec<Group>,
    pub(super) routes: Vec<Route>,
    pub(super) measures: Vec<Measure>,
    pub(super) control: ControlSettings,
    pub(super) counts: Counts,
}

impl Scenario {
    pub fn meta(&self) -> &Meta {
        &self.meta
    }
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }
    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }
    pub fn networks(&self) -> &[Network] {
        &self.networks
    }
    pub fn links(&self) -> &[Link] {
        &self.links
    }
    pub fn systems(&self) -> &[System] {
        &self.systems
    }
    pub fn services(&self) -> &[Service] {
        &self.services
    }
    pub fn deadlines(&self) -> &[Deadline] {
        &self.deadlines
    }
    pub fn attacker(&self) -> &Attacker {
        &self.attacker
    }
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }
    pub fn injects(&self) -> &[Inject] {
        &self.injects
    }
    pub fn objectives(&self) -> &[Objective] {
        &self.objectives
    }
    /// The phases, in chronological order.
    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }
    pub fn realverlauf(&self) -> &[Decision] {
        &self.realverlauf
    }
    /// The key figures as really observed, in file order, each figure at most once.
    pub fn observed(&self) -> &[Observed] {
        &self.observed
    }
    pub fn counts(&self) -> Counts {
        self.counts
    }
    /// The cyber measures the report gives (time from one event to another).
    pub fn measures(&self) -> &[Measure] {
        &self.measures
    }

    /// The channels that need a service, and their fallbacks.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }
    /// The channel an inject of `channel` arrives by while `up(service)` says which services
    /// are up: its own, or its route's fallback, followed while that one's service is down too
    /// (each route at most once, so a circle of routes ends).
    pub fn channel_by(&self, channel: Channel, up: impl Fn(ServiceIdx) -> bool) -> Channel {
        let mut now = channel;
        for _ in 0..self.routes.len() {
            match self
                .routes
                .iter()
                .find(|r| r.channel == now && !up(r.service))
            {
                Some(r) => now = r.fallback,
                None => break,
            }
        }
        now
    }
    pub fn control(&self) -> ControlSettings {
        self.control
    }
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The elements a target stands for: a group's members, or the target itself.
    pub fn members(&self, target: Target) -> Vec<Target> {
        match target {
            Target::Group(g) => self.groups[g.index()].members.clone(),
            _ => vec![target],
        }
    }
    pub fn recovery(&self) -> &Recovery {
        &self.recovery
    }

    /// The wall-clock time of a minute offset, for display.
    pub fn wall_clock(&self, at: Minutes) -> Option<WallClock> {
        self.meta.start.plus_minutes(at)
    }

    /// The exercise day of a minute offset (day 0 = first 24 h after `incident_start`).
    pub fn day_of(&self, at: Minutes) -> i64 {
        crate::time::day_of(
            at,
            self.meta.incident_start,
            self.meta.start.minute_of_day(),
        )
    }
}

/// A key figure of a run, as `run --json`, `sweep` and the report name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Figure {
    CompromisedPeak,
    EncryptedPeak,
    StateNetworkBreached,
    FinesLapsed,
    CostEur,
    NormalOperationDay,
    ServiceDownHours(ServiceIdx),
    ServiceRestoredDay(ServiceIdx),
    ServiceBacklogPeak(ServiceIdx),
    DeadlineMet(DeadlineIdx),
}

impl Figure {
    /// Whether the figure is a yes/no figure (its values are 0 and 1).
    pub fn is_flag(self) -> bool {
        matches!(self, Figure::StateNetworkBreached | Figure::DeadlineMet(_))
    }
}

/// Every key figure of a scenario with these many services and deadlines, in report order.
pub(super) fn figures_of(services: usize, deadlines: usize) -> Vec<Figure> {
    let mut all = vec![
        Figure::CompromisedPeak,
        Figure::EncryptedPeak,
        Figure::StateNetworkBreached,
        Figure::FinesLapsed,
        Figure::CostEur,
        Figure::NormalOperationDay,
    ];
    for i in 0..services {
        let s = ServiceIdx(i as u32);
        all.extend([
            Figure::ServiceDownHours(s),
            Figure::ServiceRestoredDay(s),
            Figure::ServiceBacklogPeak(s),
        ]);
    }
    all.extend((0..deadlines).map(|i| Figure::DeadlineMet(DeadlineIdx(i as u32))));
    all
}

/// A figure's name given its scenario's services and deadlines (also used by validation, before a
/// `Scenario` exists).
pub(super) fn figure_name_of(
    services: &[Service],
    deadlines: &[Deadline],
    figure: Figure,
) -> String {
    let service = |s: ServiceIdx| services.get(s.index()).map_or("?", |s| s.id.as_str());
    match figure {
        Figure::CompromisedPeak => "hosts.compromised_peak".into(),
        Figure::EncryptedPeak => "hosts.encrypted_peak".into(),
        Figure::StateNetworkBreached => "state_network_breached".into(),
        Figure::FinesLapsed => "fines_lapsed".into(),
        Figure::CostEur => "cost_eur".into(),
        Figure::NormalOperationDay => "normal_operation_day".into(),
        Figure::ServiceDownHours(s) => format!("services.{}.down_hours", service(s)),
        Figure::ServiceRestoredDay(s) => format!("services.{}.restored_day", service(s)),
        Figure::ServiceBacklogPeak(s) => format!("services.{}.backlog_peak", service(s)),
        Figure::DeadlineMet(d) => format!(
            "deadlines.{}.met",
            deadlines.get(d.index()).map_or("?", |d| d.id.as_str())
        ),
    }
}

impl Scenario {
    /// Every key figure of this scenario, in report order.
    pub fn figures(&self) -> Vec<Figure> {
        figures_of(self.services.len(), self.deadlines.len())
    }

    /// The figure's name: `fines_lapsed`, `services.<id>.restored_day`, `deadlines.<id>.met` …
    pub fn figure_name(&self, figure: Figure) -> String {
        figure_name_of(&self.services, &self.deadlines, figure)
    }

    /// The figure of that name, if this scenario has it.
    pub fn figure(&self, name: &str) -> Option<Figure> {
        self.figures()
            .into_iter()
            .find(|f| self.figure_name(*f) == name)
    }
}

impl Scenario {
    /// This scenario as a view that has not seen every backup imagines it: each system whose
    /// backup is not `seen` gets the recovery's `unknown_backup`.
    pub fn with_assumed_backups(&self, seen: &[bool]) -> Scenario {
        let mut s = self.clone();
        let assumed = s.recovery.unknown_backup;
        for (system, &seen) in s.systems.iter_mut().zip(seen) {
            if !seen {
                system.backup = assumed;
            }
        }
        s
    }

    /// The display name of an action's target.
    pub fn target_name(&self, target: Target) -> &str {
        match target {
            Target::Network(i) => &self.networks[i.index()].name,
            Target::Link(i) => &self.links[i.index()].name,
            Target::System(i) => &self.systems[i.index()].name,
            Target::Service(i) => &self.services[i.index()].name,
            Target::Organisation(i) => &self.organisations[i.index()].name,
            Target::Group(i) => &self.groups[i.index()].name,
        }
    }
}
