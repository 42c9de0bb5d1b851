//! Serde types that mirror a scenario file one to one.
//!
//! Nothing here is trusted: ids are plain strings, numbers may be negative or huge, times are
//! unparsed text. `validate` turns these into the model; no other module reads them. Numbers that
//! the validator must be able to complain about (negative capacities, counts over the limit) are
//! read as wide integers instead of `u32` so that the complaint is a located semantic error with
//! its path, not a bare type error from the parser.
//!
//! One file of over 800 lines: it mirrors the scenario format one to one, in the order
//! `scenarios/README.md` documents it.

use serde::{Deserialize, Deserializer};

/// A whole scenario file: `Scenario(...)`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub language: String,
    #[serde(default)]
    pub description: String,
    pub start: String,
    pub incident_start: String,
    pub tick: Duration,
    pub duration: Duration,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub providers: Vec<Provider>,
    #[serde(default)]
    pub networks: Vec<Network>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub systems: Vec<System>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    pub attacker: Attacker,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub injects: Vec<Inject>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub realverlauf: Vec<Decision>,
    #[serde(default)]
    pub observed: Vec<Observed>,
    /// Named sets of elements one decision acts on ("alle Systeme vom Netz").
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Who does the recovery work (teams) and how it is ordered and gated.
    #[serde(default)]
    pub teams: Vec<Team>,
    #[serde(default)]
    pub recovery: Option<Recovery>,
    /// Which service carries which inject channel, and the channel used while it is down.
    #[serde(default)]
    pub channels: Vec<Route>,
    /// How running time behaves for exercise control.
    #[serde(default)]
    pub control: Option<ExerciseControl>,
    /// The cyber measures the report gives beside the Realverlauf: the time from one event
    /// to another (until the staff is operational, until the police report ...).
    #[serde(default)]
    pub measures: Vec<Measure>,
}

/// The time from one event to another, as the report measures it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Measure")]
pub struct Measure {
    pub id: String,
    pub name: String,
    pub from: Event,
    pub to: Event,
}

/// An event of a run a measure starts or ends at: the incident's start, an inject reaching the
/// staff, the first decision of an action, or the start of a phase.
#[derive(Debug, Deserialize)]
pub enum Event {
    #[serde(rename = "incident")]
    Incident,
    #[serde(rename = "inject")]
    Inject(String),
    #[serde(rename = "decided")]
    Decided(String),
    #[serde(rename = "phase")]
    Phase(String),
}

/// An inject channel that needs a service (mail needs the e-mail service): while the service is
/// not up, injects of the channel arrive by `fallback` instead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Route")]
pub struct Route {
    pub channel: Channel,
    pub service: String,
    pub fallback: Channel,
}

/// Where running time stops by itself so that control can act.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Control")]
pub struct ExerciseControl {
    /// At every inject of priority flash (Blitz).
    #[serde(default = "yes")]
    pub stop_at_flash: bool,
    /// At every inject addressed to exercise control.
    #[serde(default = "yes")]
    pub stop_at_control_injects: bool,
    /// The guided overlay of a new exercise: `short` (how to begin, injects, decisions, how
    /// to end) or `full` (every screen, for a first exercise such as the tutorial).
    #[serde(default)]
    pub guide: Guide,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Guide {
    #[default]
    Short,
    Full,
}

fn yes() -> bool {
    true
}

/// A typed duration: `minutes(30)`, `hours(4)`, `days(90)`, `weeks(2)`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duration {
    Minutes(Count),
    Hours(Count),
    Days(Count),
    Weeks(Count),
}

/// An integer as written, kept wide so that `-1` and `18446744073709551615` reach validation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count(pub i128);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountVisitor;
        impl serde::de::Visitor<'_> for CountVisitor {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Count, E> {
                Ok(Count(i128::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Count, E> {
                Ok(Count(i128::from(v)))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Count, E> {
                Ok(Count(v))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Count, E> {
                Ok(Count(i128::try_from(v).unwrap_or(i128::MAX)))
            }
        }
        deserializer.deserialize_i128(CountVisitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Source")]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Role")]
pub struct Role {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    City,
    District,
    Town,
    Amt,
    Company,
    Provider,
    State,
    Authority,
    Press,
    External,
    Attacker,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Organisation")]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub population: Option<Count>,
    #[serde(default)]
    pub staff: Option<Count>,
    /// What a notification of this organisation brings (`notify`).
    #[serde(default)]
    pub on_notice: Vec<Notice>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// What a notified organisation brings, some time after the first notification.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// The `forensics` effect, after the delay.
    Forensics { delay: Duration },
    /// The inject is delivered after the delay, unless it already was.
    Warning { inject: String, delay: Duration },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Provider")]
pub struct Provider {
    pub id: String,
    pub name: String,
    /// The organisation that is this provider (its legal body).
    pub organisation: String,
    /// Organisations whose IT it runs.
    #[serde(default)]
    pub serves: Vec<String>,
    /// IT staff available for incident work at a time.
    pub staff: Count,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    DataCentre,
    Admin,
    Branch,
    School,
    State,
    Operational,
    Internet,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Network")]
pub struct Network {
    pub id: String,
    pub name: String,
    pub kind: NetworkKind,
    /// The provider that runs it; absent for networks outside the exercise's providers.
    #[serde(default)]
    pub provider: Option<String>,
    /// The organisation it belongs to.
    pub organisation: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Lan,
    Wan,
    Vpn,
    Gateway,
    Internet,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Link")]
pub struct Link {
    pub id: String,
    pub name: String,
    pub kind: LinkKind,
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SystemRole {
    Directory,
    File,
    Mail,
    Backup,
    Application,
    Database,
    Telephony,
    Web,
    Endpoint,
    Control,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "System")]
pub struct System {
    pub id: String,
    pub name: String,
    pub role: SystemRole,
    pub network: String,
    /// Number of hosts; the engine spawns each as its own entity.
    pub hosts: Count,
    /// The organisation whose staff use it.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Systems this one needs to work (an application its database and directory service).
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// The state of its backup: restore from it, restore and fill the gaps, or rebuild.
    #[serde(default)]
    pub backup: Backup,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// The state of a system's backup.
#[derive(
    Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Backup {
    #[default]
    Intact,
    Partly,
    Lost,
}

/// A kind of recovery work on one host.
#[derive(
    Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum WorkKind {
    /// Examine a shut-down host and bring it back if it is clean (endpoints: re-image).
    Check,
    /// Remove the attacker from a shut-down host that was reached but not encrypted.
    Clean,
    /// Restore an encrypted server from its backup.
    Restore,
    /// Build a server anew (no usable backup, or a decided rebuild).
    Rebuild,
}

/// What one unit of work is: a server or an endpoint.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Server,
    Endpoint,
}

/// One kind of work a team does, and how long one host takes one person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Work")]
pub struct Work {
    pub kind: WorkKind,
    /// Servers or endpoints; both if left out.
    #[serde(default)]
    pub unit: Option<Unit>,
    /// Working time of one person for one host.
    pub per_host: Duration,
}

/// When a team can start.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// On site when the scenario starts.
    #[default]
    FromStart,
    /// From a wall-clock time.
    At(String),
    /// Some time after a decision of this action has finished.
    Requested { action: String, delay: Duration },
    /// Some time after the organisation was first notified (`notify`).
    Notified {
        organisation: String,
        delay: Duration,
    },
}

/// Who can check, clean, restore and rebuild.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Team")]
pub struct Team {
    pub id: String,
    pub name: String,
    /// People working at the same time; each works on one host at a time.
    pub headcount: Count,
    /// Working hours per person and day.
    #[serde(default = "default_hours")]
    pub hours_per_day: Count,
    pub work: Vec<Work>,
    /// The systems it may work on (with `roles`); both empty: every system.
    #[serde(default)]
    pub systems: Vec<String>,
    #[serde(default)]
    pub roles: Vec<SystemRole>,
    #[serde(default)]
    pub available: Availability,
    #[serde(default)]
    pub cost_per_day: Count,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

fn default_hours() -> Count {
    Count(8)
}

/// How recovery work is gated and ordered.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Recovery")]
pub struct Recovery {
    /// Conditions before any team may start recovery work (e.g. forensics engaged).
    #[serde(default)]
    pub requires: Vec<Prerequisite>,
    /// Restores from backup need this system working first.
    #[serde(default)]
    pub backup_system: Option<String>,
    /// The default recovery order: services or systems, first first.
    #[serde(default)]
    pub order: Vec<String>,
    /// Chance that a host restored while the attacker can still reach it is taken again.
    #[serde(default)]
    pub reinfection: f64,
    /// How much one host's work varies, as a share of its nominal time (0 to 1).
    #[serde(default)]
    pub work_variation: f64,
    /// What the staff assumes of a backup it has not checked.
    #[serde(default)]
    pub unknown_backup: Backup,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// A backlog cohort present when the scenario starts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Cohort")]
pub struct Cohort {
    /// How old the cases are at `start`.
    pub age: Duration,
    pub cases: Count,
}

/// How a service's cases come in: what closing offices and informing the public act on.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Intake {
    /// Over the counter: cut (and deferred) while the organisation's offices are closed.
    Counter,
    /// By phone: cut while the public is informed.
    Phone,
    /// In writing (letters, forms, e-mail).
    Written,
    /// From inside the administration; no decision here acts on it.
    #[default]
    Internal,
}

/// A legal clock on a service's cases.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// Cases older than this lapse and are lost (e.g. traffic fines after three months).
    LapsesAfter(Duration),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Service")]
pub struct Service {
    pub id: String,
    pub name: String,
    pub organisation: String,
    /// Systems, links, networks or services without which the service is down.
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// Systems, links, networks or services without which the service is only degraded.
    #[serde(default)]
    pub degraded_without: Vec<String>,
    /// The staff function responsible for the service (owner of its improvement measures).
    #[serde(default)]
    pub owner: Option<String>,
    /// Cases arriving per day.
    pub demand_per_day: Count,
    /// Cases served per day when up.
    pub capacity_per_day: Count,
    /// Cases served per day on paper (Notbetrieb) once paper operation has been started.
    #[serde(default)]
    pub paper_capacity_per_day: Count,
    /// Share of capacity while degraded, 0..1.
    #[serde(default = "half")]
    pub degraded_share: f64,
    #[serde(default)]
    pub backlog: Vec<Cohort>,
    #[serde(default)]
    pub clock: Option<Clock>,
    /// How its cases come in.
    #[serde(default)]
    pub intake: Intake,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

fn half() -> f64 {
    0.5
}

fn one() -> f64 {
    1.0
}

fn one_count() -> Count {
    Count(1)
}

/// What a deadline needs at its due time.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// The service can do its work (up, degraded or on paper) at the due time.
    ServiceAvailable(String),
    /// The service is up or degraded (no paper route) at the due time.
    ServiceUp(String),
    /// The action has finished by the due time.
    ActionDone(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Deadline")]
pub struct Deadline {
    pub id: String,
    pub name: String,
    pub due: String,
    pub requires: Requirement,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    Foothold,
    PrivilegeEscalation,
    Discovery,
    LateralMovement,
    RecoveryInhibition,
    Encryption,
    Extortion,
    Exfiltration,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Stage")]
pub struct Stage {
    pub kind: StageKind,
    /// Earliest start, measured from the start of the previous stage.
    pub after: Duration,
    /// Chance per tick to enter the stage once `after` has passed.
    pub probability: f64,
    /// Chance per tick that activity in this stage raises an alarm.
    #[serde(default)]
    pub detection: f64,
}

/// The share of a held host's contact attempts that go across one open link of this kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Reach")]
pub struct Reach {
    pub link: LinkKind,
    pub share: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Attacker")]
pub struct Attacker {
    pub id: String,
    pub name: String,
    /// The system where the attacker gets in.
    pub foothold: String,
    /// How many of the foothold system's hosts the attacker holds at initial access.
    #[serde(default = "one_count")]
    pub foothold_hosts: Count,
    /// When the attacker gets in.
    pub initial_access: String,
    pub stages: Vec<Stage>,
    /// Contact attempts per running held host and hour while the attacker hides; each reaches
    /// one host of its own network, or of a network across an open link (see `reach`).
    pub contacts_per_hour: f64,
    #[serde(default)]
    pub reach: Vec<Reach>,
    /// Share of reachable compromised hosts encrypted per tick while encrypting.
    pub encryption_rate: f64,
    /// From the encryption stage on the attacker stops hiding: the contact rate is multiplied
    /// by this factor (1 to 100).
    #[serde(default = "one")]
    pub impact_spread_factor: f64,
    /// Delay between an alarm and the staff learning of it.
    pub report_delay: Duration,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// What kind of element a staff action is aimed at.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Network,
    Link,
    System,
    Service,
    Organisation,
    /// A group of the scenario's `groups`: the action acts on every member it fits.
    Group,
}

/// A named set of elements that one decision acts on: its members as listed, plus those its
/// rules find. An action aimed at a group binds its staff once and applies each effect to every
/// member the effect fits (`isolate` to the networks, `cut_link` to the links ...).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Group")]
pub struct Group {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// One named member of a group.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Member {
    Network(String),
    Link(String),
    System(String),
    Service(String),
    Organisation(String),
}

/// Members a group takes from the rest of the scenario.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Every network the provider runs.
    NetworksOfProvider(String),
    /// Every link of this kind.
    LinksOfKind(LinkKind),
    /// Every link that leaves a network the provider runs for a network it does not run.
    LinksLeavingProvider(String),
    /// Every service of the organisation.
    ServicesOf(String),
    /// Every system in the network.
    SystemsIn(String),
}

/// What a finished (or progressing) action does.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Take the target network or system off the network (hosts stay on).
    Isolate,
    /// Undo `isolate`.
    Reconnect,
    /// Shut the target network's or system's hosts down: encryption stops, services go down.
    Shutdown,
    /// Cut the target link.
    CutLink,
    /// Restore the target link.
    RestoreLink,
    /// Reset credentials in the target network: escalated privileges are lost.
    ResetCredentials,
    /// Put the target (a system, a network's systems, a service's systems) first in the
    /// recovery order; the teams do the work.
    Recover,
    /// Set the recovery order to the list the decision names.
    RecoveryOrder,
    /// Build the target system anew: every host is rebuilt by a team.
    Rebuild,
    /// Start paper operation (Notbetrieb) for the target service.
    PaperOperation,
    /// Add capacity to the target service through mutual aid (Amtshilfe), for a period, at a
    /// cost per day.
    MutualAid {
        per_day: Count,
        period: Duration,
        #[serde(default)]
        cost_per_day: Count,
    },
    /// Notify an organisation (police, data-protection authority, CERT).
    Notify(String),
    /// Bring in forensic experts: more detection, faster reporting.
    Forensics,
    /// Inform the public for a period: fewer calls, less reach for fraud.
    InformPublic {
        phone: f64,
        fraud: f64,
        period: Duration,
    },
    /// Answer the extortion.
    AnswerExtortion,
    /// Close public offices of the target organisation for a period: counter intake is cut by
    /// the share and arrives after the period.
    CloseOffices { share: f64, period: Duration },
    /// The staff's own work, which changes nothing in the world: the time it is decided is a
    /// mark the report measures (the staff convened, the first briefing).
    Milestone,
}

/// A condition that must hold before an action can be started.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prerequisite {
    /// The action has finished at least once (any target).
    Done(String),
    /// The action has not been started.
    NotDone(String),
    /// The link is cut.
    LinkCut(String),
    /// Every host of the system is checked or restored.
    SystemClean(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Action")]
pub struct Action {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The staff function that usually decides it.
    pub function: String,
    /// The kind of element a player picks as target; none for actions without a target.
    #[serde(default)]
    pub target: Option<TargetKind>,
    /// Restricts the valid targets; empty means every element of `target`'s kind.
    #[serde(default)]
    pub targets: Vec<String>,
    pub duration: Duration,
    /// Staff bound while it runs.
    pub staff: Count,
    pub cost_eur: Count,
    #[serde(default)]
    pub requires: Vec<Prerequisite>,
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Mail,
    Fax,
    Courier,
    InPerson,
    Press,
    Radio,
    SituationReport,
    SocialMedia,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Normal,
    High,
    Flash,
}

/// A state of the world an inject can wait for.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The service has been down (or on paper) for at least this long.
    ServiceDown {
        service: String,
        for_at_least: Duration,
    },
    /// At least this many hosts are encrypted.
    HostsEncrypted(Count),
    /// The deadline has passed unmet.
    DeadlineMissed(String),
    /// The link is cut.
    LinkCut(String),
    /// The service is up (running normally).
    ServiceUp(String),
    /// The link is not cut.
    LinkOpen(String),
}

/// A decision that makes an inject pointless once it is in the logbook.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unless {
    /// A decision of this action (on this target, if given) was taken.
    Decided {
        action: String,
        #[serde(default)]
        target: Option<String>,
    },
}

/// When an inject is released.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// At a fixed exercise time.
    At(String),
    /// A delay after another inject was released.
    AfterInject { inject: String, delay: Duration },
    /// When a state condition first holds.
    When(Condition),
    /// A delay after an action was started.
    ActionTaken { action: String, delay: Duration },
    /// If the action has not been started by this time.
    ActionNotTaken { action: String, by: String },
}

/// What an inject tells the staff about the world, true or not.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Report {
    /// The element is reported compromised.
    Compromised(String),
    /// The element is reported clean.
    Clean(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Inject")]
pub struct Inject {
    pub id: String,
    pub title: String,
    /// The organisation that sends it.
    pub sender: String,
    /// The staff function that receives it.
    pub receiver: String,
    pub channel: Channel,
    pub priority: Priority,
    pub content: String,
    #[serde(default)]
    pub expected_reaction: String,
    /// A note for exercise control only.
    #[serde(default)]
    pub control_note: String,
    pub trigger: Trigger,
    #[serde(default)]
    pub reports: Vec<Report>,
    /// The inject's claim is wrong (a false alarm); control sees this, the staff does not.
    #[serde(default)]
    pub false_alarm: bool,
    /// Cases the inject adds to a service's intake when it is delivered.
    #[serde(default)]
    pub surge: Option<Surge>,
    /// Addressed to exercise control (a cue for control), never shown to the staff.
    #[serde(default)]
    pub for_control: bool,
    /// The inject is withheld when one of these decisions is in the logbook by its time.
    #[serde(default)]
    pub unless: Vec<Unless>,
    /// The inject is withheld unless each of these holds at its time.
    #[serde(default)]
    pub only_if: Vec<Condition>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// Cases an inject adds to a service's intake (worried callers, a fraud wave).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Surge")]
pub struct Surge {
    pub service: String,
    pub cases: Count,
    /// A fraud wave: informing the public cuts its reach.
    #[serde(default)]
    pub fraud: bool,
}

/// A criterion the engine can check at the end of a run.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// The action is finished within this time after `incident_start`.
    ActionWithin { action: String, within: Duration },
    /// The network is taken off the network (by any decision, alone or in a group) within this
    /// time after `incident_start`.
    NetworkIsolatedWithin { network: String, within: Duration },
    /// The deadline is met.
    DeadlineMet(String),
    /// The service is back (up or degraded) within this time after `incident_start`.
    ServiceRestoredWithin { service: String, within: Duration },
    /// The attacker never reaches a host in this network.
    NetworkNotBreached(String),
    /// Fewer than this many cases lapse.
    LapsedBelow(Count),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Objective")]
pub struct Objective {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub criterion: Criterion,
}

/// A phase of the exercise: exercise control jumps to its start, and the staff gets its
/// situation briefing (Lageeinweisung) for the time skipped.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Phase")]
pub struct Phase {
    pub id: String,
    pub name: String,
    /// When the phase begins.
    pub start: String,
    /// The Lageeinweisung read to the staff on the jump.
    pub briefing: String,
}

/// One real decision of 2021: what was decided, on what, when, by whom and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Decision")]
pub struct Decision {
    pub id: String,
    pub action: String,
    #[serde(default)]
    pub target: Option<String>,
    pub at: String,
    pub function: String,
    pub reason: String,
    /// For a recovery-order decision: the services or systems, first first.
    #[serde(default)]
    pub order: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}

/// What was really observed for one key figure in the incident behind the scenario.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Observed")]
pub struct Observed {
    /// A key figure's name as `run --json` and `sweep` print it, e.g. `fines_lapsed`.
    pub figure: String,
    /// A float, so that a negative or non-finite value reaches validation with its path.
    pub value: f64,
    /// What happened, with the real date.
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub assumption: Option<String>,
}
