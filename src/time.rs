//! Exercise time: wall-clock instants as scenario authors write them, and minute offsets as the
//! engine counts them.
//!
//! Times are local Europe/Berlin wall-clock times written `"2021-10-15 03:00"`. The change between
//! summer and winter time is ignored on purpose: an exercise clock that jumps an hour on
//! 31 October would confuse a staff more than it teaches, and every "day N" stays 24 hours long.

use jiff::civil::DateTime;

/// Minutes per day, the unit of "day N" in every output.
pub const MINUTES_PER_DAY: i64 = 24 * 60;

/// The format scenario authors write and every output prints.
const FORMAT: &str = "%Y-%m-%d %H:%M";

/// A local wall-clock time, minute precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallClock(DateTime);

impl WallClock {
    /// A placeholder for times that failed to parse; never part of a valid scenario.
    pub const EPOCH: WallClock = WallClock(DateTime::constant(2000, 1, 1, 0, 0, 0, 0));

    /// Parses `YYYY-MM-DD HH:MM`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        // strptime accepts single-digit fields; the file format promises fixed width.
        if text.len() != 16 {
            return None;
        }
        DateTime::strptime(FORMAT, text).ok().map(Self)
    }

    /// Minutes from `earlier` to `self` (negative if `self` is earlier).
    /// Minutes since midnight.
    pub fn minute_of_day(self) -> i64 {
        i64::from(self.0.hour()) * 60 + i64::from(self.0.minute())
    }

    pub fn minutes_since(self, earlier: WallClock) -> i64 {
        // Both are civil times without a zone, so the difference is exact wall-clock minutes.
        let span = self.0.duration_since(earlier.0);
        span.as_secs().div_euclid(60)
    }

    /// The wall-clock time `minutes` after `self`; `None` past the calendar's end.
    pub fn plus_minutes(self, minutes: i64) -> Option<Self> {
        let span = jiff::SignedDuration::from_mins(minutes);
        self.0.checked_add(span).ok().map(Self)
    }
}

impl std::fmt::Display for WallClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.strftime(FORMAT))
    }
}

/// Parses a publication date `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    if text.len() != 10 {
        return None;
    }
    jiff::civil::Date::strptime("%Y-%m-%d", text).ok()
}

/// The exercise day of a minute offset: day 0 is the calendar day on which the incident
/// begins (all of it, from midnight), day 1 the next calendar day, the days before negative.
/// `start_of_day` is the minute of the day at which the scenario starts (the offsets' origin).
pub fn day_of(minutes_since_start: i64, incident_start: i64, start_of_day: i64) -> i64 {
    let day = |m: i64| (m + start_of_day).div_euclid(MINUTES_PER_DAY);
    day(minutes_since_start) - day(incident_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_file_format() {
        let t = WallClock::parse("2021-10-15 03:00").unwrap();
        assert_eq!(t.to_string(), "2021-10-15 03:00");
        assert!(WallClock::parse("2021-10-15 3:00").is_none());
        assert!(WallClock::parse("2021-13-15 03:00").is_none());
        assert!(WallClock::parse("15.10.2021 03:00").is_none());
    }

    #[test]
    fn ignores_daylight_saving_change() {
        // 31 Oct 2021 had 25 hours in Berlin; exercise time does not.
        let a = WallClock::parse("2021-10-30 12:00").unwrap();
        let b = WallClock::parse("2021-11-01 12:00").unwrap();
        assert_eq!(b.minutes_since(a), 2 * MINUTES_PER_DAY);
        assert_eq!(a.plus_minutes(2 * MINUTES_PER_DAY), Some(b));
    }

    #[test]
    fn days_count_from_the_incident() {
        // A scenario from midnight, the incident at 03:00 on its eighth day.
        let incident = 7 * MINUTES_PER_DAY + 3 * 60;
        assert_eq!(day_of(incident, incident, 0), 0);
        // The whole calendar day is day 0, from midnight to midnight.
        assert_eq!(day_of(incident - 3 * 60, incident, 0), 0);
        assert_eq!(day_of(incident + 21 * 60 - 1, incident, 0), 0);
        assert_eq!(day_of(incident + 21 * 60, incident, 0), 1);
        assert_eq!(day_of(incident - 3 * 60 - 1, incident, 0), -1);
        // A scenario that starts at 22:00: two hours later is the next calendar day.
        assert_eq!(day_of(120, 120, 22 * 60), 0);
        assert_eq!(day_of(119, 120, 22 * 60), -1);
    }
}
