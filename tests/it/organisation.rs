//! Organisational decisions act on the world by their documented sizes (scenarios/README.md,
//! 3.11 and 4.14): closing offices cuts and defers counter intake, informing the public cuts
//! phone intake and the reach of fraud surges, a notification brings what its addressee brings,
//! and mutual aid runs for its period at its cost per day.
//!
//! Each test runs a small scenario with and without the decision on the same seed and compares
//! the figure the decision acts on over the decision's period.

use std::sync::Arc;

use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::attacker::AttackerState;
use krisenstab::sim::command::{Command, Control, Decision};
use krisenstab::sim::public::Public;
use krisenstab::sim::record::FactKind;
use krisenstab::sim::recovery::RecoveryWork;
use krisenstab::sim::services::ServiceState;
use krisenstab::sim::{Entities, Sim};

/// One town, a police that brings forensics, a warning and a team when notified, services by
/// intake, and an attacker that never moves (it arrives at the very end).
const TOWN: &str = r#"Scenario(
    id: "org-effects", title: "Organisatorische Entscheidungen", language: "de",
    start: "2024-03-01 00:00", incident_start: "2024-03-01 00:00",
    tick: hours(1), duration: days(40),
    roles: [Role(id: "leitung", name: "Leitung")],
    organisations: [
        Organisation(id: "stadt", name: "Stadt", kind: town, assumption: "test"),
        Organisation(id: "nachbar", name: "Nachbarstadt", kind: town, assumption: "test"),
        Organisation(id: "polizei", name: "Polizei", kind: authority,
            on_notice: [forensics(delay: hours(24)), warning(inject: "betrug", delay: hours(2))],
            assumption: "test"),
    ],
    providers: [Provider(id: "it", name: "IT", organisation: "stadt", staff: 10, assumption: "test")],
    networks: [Network(id: "lan", name: "LAN", kind: admin, organisation: "stadt", assumption: "test")],
    systems: [System(id: "pcs", name: "PCs", role: endpoint, network: "lan", hosts: 10, assumption: "test")],
    services: [
        Service(id: "buergerbuero", name: "Bürgerbüro", organisation: "stadt", intake: counter,
            demand_per_day: 240, capacity_per_day: 1000, assumption: "test"),
        Service(id: "nachbarbuero", name: "Bürgerbüro Nachbar", organisation: "nachbar", intake: counter,
            demand_per_day: 240, capacity_per_day: 1000, assumption: "test"),
        Service(id: "hotline", name: "Telefon", organisation: "stadt", intake: phone,
            demand_per_day: 2400, capacity_per_day: 10000, assumption: "test"),
        Service(id: "post", name: "Post", organisation: "stadt", intake: written,
            demand_per_day: 240, capacity_per_day: 1000, assumption: "test"),
        Service(id: "amt", name: "Amt", organisation: "stadt",
            demand_per_day: 0, capacity_per_day: 0,
            backlog: [Cohort(age: days(1), cases: 100000)], assumption: "test"),
    ],
    attacker: Attacker(id: "gang", name: "Gang", foothold: "pcs", initial_access: "2024-04-10 00:00",
        stages: [Stage(kind: foothold, after: hours(0), probability: 1.0)],
        contacts_per_hour: 0.0, encryption_rate: 0.0, report_delay: hours(1), assumption: "test"),
    actions: [
        Action(id: "schliessen", name: "Büros schließen", function: "leitung", target: organisation,
            duration: hours(1), staff: 1, cost_eur: 0,
            effects: [close_offices(share: 0.8, period: days(7))], assumption: "test"),
        Action(id: "informieren", name: "Öffentlichkeit informieren", function: "leitung",
            duration: hours(1), staff: 1, cost_eur: 0,
            effects: [inform_public(phone: 0.3, fraud: 0.5, period: days(3))], assumption: "test"),
        Action(id: "anzeige", name: "Anzeige", function: "leitung",
            duration: hours(1), staff: 1, cost_eur: 0, effects: [notify("polizei")], assumption: "test"),
        Action(id: "amtshilfe", name: "Amtshilfe", function: "leitung", target: service,
            duration: hours(1), staff: 1, cost_eur: 0,
            effects: [mutual_aid(per_day: 15, period: days(30), cost_per_day: 300)], assumption: "test"),
        Action(id: "herunterfahren", name: "Herunterfahren", function: "leitung", target: system,
            duration: hours(1), staff: 1, cost_eur: 0, effects: [shutdown], assumption: "test"),
    ],
    injects: [
        Inject(id: "betrug", title: "Betrug", sender: "polizei", receiver: "leitung", channel: phone,
            priority: high, content: "Betrüger nutzen den Ausfall.", trigger: at("2024-03-30 00:00"),
            surge: Surge(service: "hotline", cases: 2000, fraud: true), assumption: "test"),
    ],
    teams: [
        Team(id: "kripo-it", name: "IT der Kripo", headcount: 2, hours_per_day: 24,
            work: [Work(kind: check, per_host: hours(1))],
            available: notified(organisation: "polizei", delay: hours(12)), assumption: "test"),
    ],
)"#;

const SEED: u64 = 7;
/// Decisions are taken at this tick (day 1, 00:00); with a one-hour duration they take effect
/// at the end of the next tick.
const DECIDED: u64 = 24;
const EFFECTIVE: u64 = DECIDED + 1;

fn town() -> Arc<Scenario> {
    Arc::new(scenario::parse(TOWN).unwrap())
}

fn decide(action: &str, target: Option<&str>) -> Command {
    Command::Decide(Decision {
        action: action.into(),
        target: target.map(Into::into),
        function: "leitung".into(),
        reason: "Test".into(),
        order: Vec::new(),
    })
}

fn state(sim: &Sim, service: &str) -> ServiceState {
    let i = sim
        .scenario()
        .services()
        .iter()
        .position(|s| s.id == service)
        .unwrap();
    let e = sim.world().resource::<Entities>().services[i];
    sim.world().get::<ServiceState>(e).unwrap().clone()
}

/// Runs the town with these commands (tick, command) to the end, calling `watch` after every
/// tick with the tick number.
fn run(commands: &[(u64, Command)], mut watch: impl FnMut(u64, &Sim)) -> Sim {
    let mut sim = Sim::new(town(), SEED);
    loop {
        let tick = sim.clock().tick;
        for (_, c) in commands.iter().filter(|(t, _)| *t == tick) {
            sim.apply(c).unwrap();
        }
        if !sim.step() {
            break;
        }
        watch(sim.clock().tick, &sim);
    }
    sim
}

/// A service's cumulative intake after every tick (index = tick; 0 before the first).
fn intake(commands: &[(u64, Command)], service: &str) -> Vec<u64> {
    let mut out = vec![0];
    run(commands, |_, sim| out.push(state(sim, service).intake));
    out
}

fn within(actual: u64, expected: u64, tolerance: u64, what: &str) {
    assert!(
        actual.abs_diff(expected) <= tolerance,
        "{what}: {actual}, expected {expected} ± {tolerance}"
    );
}

#[test]
fn closing_offices_cuts_counter_intake_by_the_share_and_it_arrives_in_the_next_span() {
    let week = 7 * 24;
    let close = [(DECIDED, decide("schliessen", Some("stadt")))];
    let (base, closed) = (intake(&[], "buergerbuero"), intake(&close, "buergerbuero"));
    let span = |v: &[u64], from: u64, ticks: u64| v[(from + ticks) as usize] - v[from as usize];
    // The closure runs from the tick the action takes effect for a week.
    let start = EFFECTIVE - 1;
    let (b1, c1) = (span(&base, start, week), span(&closed, start, week));
    let (b2, c2) = (
        span(&base, start + week, week),
        span(&closed, start + week, week),
    );
    assert_eq!(b1, 240 * 7, "a week's counter intake without the decision");
    // Down by the share, 0.8, within 2 % of the week's intake.
    within(
        b1 - c1,
        b1 * 8 / 10,
        b1 / 50,
        "counter cases cut over the week",
    );
    // The cut cases arrive over the following week, evenly: the total over both spans is equal
    // up to rounding, and each day of the second span gets a seventh of them.
    within(
        c2 - b2,
        b1 - c1,
        1,
        "deferred cases arriving in the next week",
    );
    within(c1 + c2, b1 + b2, 1, "intake over both weeks");
    for day in 0..7 {
        let d = |v: &[u64]| span(v, start + week + day * 24, 24);
        within(
            d(&closed) - d(&base),
            (b1 - c1) / 7,
            1,
            "deferred cases a day",
        );
    }
    // Nothing before or after the two spans changes, and other intakes are untouched.
    assert_eq!(closed[start as usize], base[start as usize]);
    assert_eq!(
        span(&closed, start + 2 * week, 24 * 10),
        span(&base, start + 2 * week, 24 * 10)
    );
    assert_eq!(
        intake(&close, "post"),
        intake(&[], "post"),
        "written intake"
    );
    assert_eq!(
        intake(&close, "nachbarbuero"),
        intake(&[], "nachbarbuero"),
        "another organisation's counter"
    );
    println!("closing offices: week intake {b1} → {c1}, next week {b2} → {c2}");
}

#[test]
fn informing_the_public_cuts_phone_intake_by_the_share_for_its_period() {
    let days3 = 3 * 24;
    let inform = [(DECIDED, decide("informieren", None))];
    let (base, informed) = (intake(&[], "hotline"), intake(&inform, "hotline"));
    let start = (EFFECTIVE - 1) as usize;
    let end = start + days3;
    let (b, i) = (base[end] - base[start], informed[end] - informed[start]);
    assert_eq!(b, 2400 * 3);
    within(
        b - i,
        b * 3 / 10,
        b / 50,
        "phone calls not made over the period",
    );
    // Not deferred: the calls are not made later either.
    let (bt, it) = (*base.last().unwrap(), *informed.last().unwrap());
    within(
        bt - it,
        b * 3 / 10,
        b / 50,
        "phone intake over the whole run",
    );
    assert_eq!(
        base[base.len() - 1] - base[end],
        informed[informed.len() - 1] - informed[end],
        "after the period"
    );
    assert_eq!(intake(&inform, "buergerbuero"), intake(&[], "buergerbuero"));
    println!("informing the public: phone intake over 3 days {b} → {i}");
}

#[test]
fn a_fraud_surge_while_the_public_is_informed_adds_one_minus_fraud_of_its_cases() {
    let release = |tick: u64| (tick, Command::Control(Control::Release("betrug".into())));
    // The surge as it arrives: the intake of the tick the inject is released in (the tick after
    // the command) minus that of the tick before.
    let surge = |commands: &[(u64, Command)], released: u64| {
        let v = intake(commands, "hotline");
        let t = released as usize;
        (v[t] - v[t - 1]) - (v[t - 1] - v[t - 2])
    };
    let at = DECIDED + 5;
    let plain = surge(&[release(at)], at + 1);
    let informed = surge(
        &[(DECIDED, decide("informieren", None)), release(at)],
        at + 1,
    );
    assert_eq!(plain, 2000, "the whole surge when nobody was informed");
    // While informed: 2000 × (1 − 0.5).
    within(informed, 1000, 20, "the surge while the public is informed");
    // After the period (3 days) the surge is whole again.
    let late = surge(
        &[
            (DECIDED, decide("informieren", None)),
            release(DECIDED + 80),
        ],
        DECIDED + 81,
    );
    assert_eq!(late, 2000, "the surge after the period");
    println!("fraud surge: {plain} cases uninformed, {informed} informed");
}

#[test]
fn a_notification_brings_the_team_the_forensics_and_the_warning_at_notice_plus_delay() {
    let notified_at = i64::try_from(EFFECTIVE).unwrap() * 60;
    let commands = [
        (0, decide("herunterfahren", Some("pcs"))),
        (DECIDED, decide("anzeige", None)),
    ];
    let mut forensics_from = None;
    let sim = run(&commands, |tick, sim| {
        if forensics_from.is_none() && sim.world().resource::<AttackerState>().forensics {
            forensics_from = Some(i64::try_from(tick).unwrap() * 60);
        }
    });
    let public = sim.world().resource::<Public>();
    assert_eq!(public.notified[2], Some(notified_at), "polizei notified");
    // Forensics 24 hours after the notice.
    assert_eq!(forensics_from, Some(notified_at + 24 * 60));
    // The warning delivers the inject 2 hours after the notice (its own trigger is weeks later).
    let released = sim.timeline().iter().find_map(|f| match f.kind {
        FactKind::InjectReleased(i) if i.0 == 0 => Some(f.at),
        _ => None,
    });
    assert_eq!(released, Some(notified_at + 2 * 60));
    // The team arrives 12 hours after the notice and brings nothing back before.
    let team = &sim.world().resource::<RecoveryWork>().teams[0];
    assert_eq!(team.since, Some(notified_at + 12 * 60));
    let first_work = sim
        .timeline()
        .iter()
        .filter(|f| matches!(f.kind, FactKind::HostsRecovered { .. }))
        .map(|f| f.at)
        .min();
    let first_work = first_work.expect("the team checks the shut-down hosts");
    // A team works from the tick that ends at its arrival on (as a requested team does).
    assert!(
        (notified_at + 12 * 60..notified_at + 13 * 60).contains(&first_work),
        "first host back at {first_work}, team on site at {}",
        notified_at + 12 * 60
    );

    // Without the notification: no team, no forensics, the inject at its own time.
    let quiet = run(&commands[..1], |_, _| {});
    assert_eq!(
        quiet.world().resource::<RecoveryWork>().teams[0].since,
        None
    );
    assert!(!quiet.world().resource::<AttackerState>().forensics);
    assert!(
        !quiet
            .timeline()
            .iter()
            .any(|f| matches!(f.kind, FactKind::HostsRecovered { .. }))
    );
    let own = quiet.timeline().iter().find_map(|f| match f.kind {
        FactKind::InjectReleased(i) if i.0 == 0 => Some(f.at),
        _ => None,
    });
    assert_eq!(own, Some(29 * 24 * 60), "the inject's own trigger");
    println!(
        "notice at minute {notified_at}: warning at {released:?}, team from {:?}, first host back at {first_work}, forensics from {forensics_from:?}",
        team.since
    );
}

#[test]
fn a_later_notification_does_not_bring_it_again_and_a_delivered_inject_stays_delivered() {
    // The inject released by control before the notice: the warning does not deliver it again.
    let commands = [
        (
            DECIDED - 5,
            Command::Control(Control::Release("betrug".into())),
        ),
        (DECIDED, decide("anzeige", None)),
        (DECIDED + 48, decide("anzeige", None)),
    ];
    let sim = run(&commands, |_, _| {});
    let releases = sim
        .timeline()
        .iter()
        .filter(|f| matches!(f.kind, FactKind::InjectReleased(i) if i.0 == 0))
        .count();
    assert_eq!(releases, 1);
    let notified = sim.world().resource::<Public>().notified[2];
    assert_eq!(
        notified,
        Some(i64::try_from(EFFECTIVE).unwrap() * 60),
        "the first notice counts"
    );
}

#[test]
fn mutual_aid_adds_capacity_for_exactly_its_period_and_costs_per_day() {
    let aid = [(DECIDED, decide("amtshilfe", Some("amt")))];
    let mut served = vec![0];
    let mut aid_per_day = vec![0];
    let sim = run(&aid, |_, sim| {
        let s = state(sim, "amt");
        served.push(s.served);
        aid_per_day.push(s.aid_per_day);
    });
    let period = 30 * 24;
    let first = EFFECTIVE as usize;
    let last = first + period - 1;
    // Capacity in every tick of the period and in no other.
    assert_eq!(served[first - 1], 0);
    assert_eq!(aid_per_day[first - 1], 0);
    assert_eq!(aid_per_day[first], 15);
    assert_eq!(aid_per_day[last], 15);
    assert_eq!(aid_per_day[last + 1], 0);
    assert_eq!(served[last], 15 * 30, "15 cases a day for 30 days");
    assert!(
        served[last - 1] < served[last],
        "the last tick of the period still serves"
    );
    assert_eq!(
        *served.last().unwrap(),
        served[last],
        "nothing after the period"
    );
    // The cost: 300 € a day for 30 days, into the actions' cost.
    let cost = sim
        .world()
        .resource::<krisenstab::sim::actions::ActionRecord>()
        .cost_eur;
    assert_eq!(cost, 300 * 30);
    let none = run(&[], |_, _| {});
    assert_eq!(state(&none, "amt").served, 0);
    assert_eq!(
        none.world()
            .resource::<krisenstab::sim::actions::ActionRecord>()
            .cost_eur,
        0
    );
    println!(
        "mutual aid: {} cases served, {cost} € for 30 days",
        served[last]
    );
}

#[test]
fn the_new_state_is_in_the_state_hash() {
    // Two runs that differ only in the aid's period differ in their hash as soon as the aid
    // runs, although every service figure is alike until it ends.
    let text = TOWN.replace("period: days(30)", "period: days(31)");
    let longer = Arc::new(scenario::parse(&text).unwrap());
    let mut a = Sim::new(town(), SEED);
    let mut b = Sim::new(longer, SEED);
    for sim in [&mut a, &mut b] {
        for _ in 0..DECIDED {
            sim.step();
        }
        sim.apply(&decide("amtshilfe", Some("amt"))).unwrap();
        sim.step();
    }
    assert_ne!(a.state_hash(), b.state_hash(), "the aid's end is state");
    assert_eq!(a.state_hash(), a.state_hash_from_scratch());
}
