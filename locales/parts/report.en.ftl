## After-action report (src/report*): chapters, table heads, sentences.

## Title, overview and shared table heads
report-title = After-action report
report-title-record = After-action report (record only)
report-exercise-file = Exercise file
report-exercise-time = Exercise time
report-real-time = Real time
report-scenario = Scenario
report-status = Status
report-logbook-entries = Logbook entries
report-decisions = Decisions
report-injects-delivered = Injects delivered
report-seed-program = Seed / program
report-seed = Seed
report-scenario-checksum = Scenario checksum (BLAKE3)
report-headless-span = – (computed headless)
report-item = Item
report-value = Value
report-overview = Exercise overview
report-staff-functions = Staff functions
report-function = Function
report-task = Task
report-entries = Entries
report-objectives = Objectives
report-overview-note = Plans, procedures and reporting lines are tested, not people. The real course of events is a basis for discussion, not the "right answer".
# Whether a word of the program that begins a table cell is capitalised: yes ("Running") or no ("running").
report-capitalise-cells = yes
report-yes = Yes
report-no = No
report-no-rows = None.
# A date: day, month (two digits) and year (four digits).
report-date = { $year }-{ $month }-{ $day }

## Key figures
report-figure-compromised-peak = Hosts compromised (peak)
report-figure-encrypted-peak = Hosts encrypted (peak)
report-figure-state-network = { $networks } reached by the attacker
report-figure-fines-lapsed = Cases lapsed ({ $services })
report-figure-cost = Cost of actions
report-figure-normal-operation = Normal operation from
report-figure-down-hours = { $service }: hours down
report-figure-restored = { $service }: back from
report-figure-backlog-peak = { $service }: backlog (peak)
report-figure-deadline-met = { $deadline }: met
report-never-down = never down
report-never = never
report-not-yet-due = not yet due
report-exercise = Exercise
report-history = Real course (simulated)

## Decisions
report-not-finished = Not finished
report-finished = Finished { $time }
report-before-first-report = before the first report
report-decisions-summary = Decisions: { $count }. From the first report to the first decision: { $latency }.
report-log-no = Log no.
report-decided-by = Decided by
report-action = Action
report-target = Target
report-reason = Reason
report-result = Result
report-decision = Decision

## Deadlines
report-requires-available = { $service } available (paper counts)
report-requires-up = { $service } up
report-requires-done = done: { $action }
report-deadlines = Deadlines
report-deadline = Deadline
report-due = Due
report-requires = Requires

## Objectives and observations
report-refers-entry = log no. { $number }
report-refers-inject = inject { $id }
report-open = open
report-not-rated = Not rated
report-objective = Objective
report-evidence = Evidence from the run
report-rating = Rating (observers)
report-comment = Comment
report-observations = Observations
report-no-observations = No observations recorded.
report-objectives-ratings = Objectives and ratings

## Improvement plan
report-due-default = 4 weeks after the exercise
report-plan-open = Open
report-plan-objective = Anchor the procedure for "{ $objective }" in the plans and exercise it again
report-plan-objective-why = Objective: { $objective }
report-plan-deadline = Prepare a fallback for "{ $deadline }" ({ $requirement })
report-plan-deadline-why = Deadline missed: { $deadline }
report-plan-injects = Review the reporting line and the reaction to injects ({ $injects })
report-plan-injects-why = Deviating reaction
report-plan-intro = Proposals from the run and the ratings; confirm, complete and assign owners and dates at the after-action meeting.
report-plan-empty = (Enter the results of the hot wash)
report-measure = Measure
report-owner = Owner
report-due-head = Due
report-cause = Reason
report-plan = Improvement plan

## Annexes
report-annex-logbook = Annex A: Logbook
report-number-short = No.
report-kind = Kind
report-entry = Entry
report-annex-decisions = Annex B: Decision register
report-not-delivered = Not delivered: the exercise ended before
report-not-triggered = Not triggered: its condition never came
report-script-number = No. in the script
report-delivered = Delivered
report-to = To
report-priority = Priority
report-subject = Title
report-acknowledged = Acknowledged
report-reaction = Reaction
report-expected-reaction = Expected reaction
report-injects-order = The injects in the order they were delivered, then those never delivered.
report-injects-headless = This exercise was computed without a staff: nobody read or answered the injects, so neither acknowledgement nor reaction is shown.
report-annex-injects = Annex C: Inject log

## Charts
# A date on a chart's axis: day, month's short name, two-digit year (15 Oct 21).
report-chart-date =
    { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
        [12] Dec
       *[other] { $month }
    } { $year }
report-date-head = Date
report-chart-cut = Shown up to { $end } ({ $end_day }): From { $settled } ({ $settled_day }) no line changes any more; the days after, up to { $last } ({ $last_day }), are left out.
report-value-on = Value on { $date }
report-line = Line
report-peak = Peak
report-on = On

## Real course of events
report-offset-same = at the same time
report-offset-later = { $duration } later
report-offset-earlier = { $duration } earlier
report-with-assumption = { $value } (assumption: { $assumption })
report-not-taken = Not taken
report-team-decision = { $time } (log no. { $number }, { $offset })
report-realverlauf-title = Real course of events { $year }
report-realverlauf-intro = Beside the staff's play: the real course of events, once simulated with the decisions taken then on the same seed, once as the sources report it. It is a basis for discussion, not the yardstick.
report-key-figures = Key figures
report-figure = Figure
report-according-to-sources = { $year } according to sources
report-sources = Sources
report-decisions-then = Decisions in { $year } and in the exercise
report-decisions-then-intro = Each decision taken then stands beside the staff's decision of the same action and target nearest in time; each decision of the staff appears at most once.
report-reason-then = Reason then
report-in-exercise = In the exercise
report-id = Id
report-source-title = Title
report-address = Address

## Outages and backlogs
report-chart-services = Services running (up or degraded): exercise and simulated real course.
report-services-axis = Services
report-chart-backlog = { $service }: open cases, exercise and simulated real course.
report-open-cases = Open cases
report-held = { $cause } ({ $days } { $days ->
        [one] day
       *[other] days
    })
report-services-title = Service outages and backlogs
report-service = Service
report-hours-down = Hours down
report-back-from = Back from
report-backlog-peak = Backlog (peak)
report-backlog-now = Backlog (now)
report-lapsed = Lapsed
report-held-head = Because (longest)

## Timeline
report-fact-stage = Attacker reaches stage
report-fact-alarm = Alarm
report-fact-privileges-lost = Attacker loses his privileges
report-fact-shut-down = Hosts shut down
report-fact-inject = Inject
report-fact-adhoc = Inject of exercise control
report-fact-notified = Notified
report-fact-public = Public informed
report-fact-extortion = Extortion answered
report-fact-offices-closed = Offices closed
report-fact-reinfected = Restored hosts taken again by the attacker
report-fact-dropped = Decision dropped
report-chart-truth = Hosts held by the attacker (control's picture): in his hands whether running or shut down, and of them encrypted; dashed, the simulated real course.
report-hosts-axis = Hosts
report-line-held = Held by the attacker
report-line-encrypted = Of them encrypted
report-line-held-history = held
report-chart-staff = The staff's picture: running hosts reported as held by the attacker, hosts shut down (unchecked: neither healthy nor known to be held) and hosts being checked; dashed, those shut down in the simulated real course.
report-line-reported = Reported as held
report-line-offline = Shut down, unchecked
report-line-checking = Being checked
report-line-shut-down = shut down
report-known-staff = Staff
report-known-control = Control only
report-timeline = Timeline
report-timeline-intro = What happened, in exercise time; events of one kind at the same minute (changes of a service: on the same day) share a row, finished actions are in the chapter Decisions. "Control only": the staff never learned of it (control's picture).
report-day = Day
report-event = Event
report-known-to = Known to

## Report of a file another program version wrote
report-archive-written = This exercise file was written by { $engine }. The simulation could not be replayed with this engine ({ $this }): it would run differently.
report-archive-shown = Only what the file records is shown: the logbook, the decisions and the ratings with the observations – no key figures, charts, outages, deadlines or comparison with the real course of events.
report-archive-no-scenario = This version no longer reads the embedded scenario; functions, actions and objectives appear by their ids.
report-written-by = Written by
report-this-program = This program
report-not-replayed = not replayed
report-recorded-ticks = Recorded ticks
report-no-decisions = No decisions recorded.
report-no-ratings = No ratings recorded.
report-ratings-order = In the order recorded; the latest rating of an objective counts.
report-ratings-title = Ratings and observations
report-no-injects-marked = No inject acknowledged or marked (delivered injects are in the logbook).
report-injects-handled = Injects as the staff handled them

## The logbook for signature
report-logbook-title = Logbook
report-page = Page { $page } / { $pages }
report-signature = Logbook keeper: ______________________   Signature: ______________________   Date: __________

## What if
report-quoted = “{ $action }”
report-share-none = in no run
report-share-few = in few runs
report-share-some = in some runs
report-share-half = in about half the runs
report-share-most = in most runs
report-share-almost-all = in almost all runs
report-share-all = in every run
report-days-later = { $days ->
        [one] about a day later
       *[other] about { $days } days later
    }
report-days-earlier = { $days ->
        [one] about a day earlier
       *[other] about { $days } days earlier
    }
report-clause-state-network = the state network would have been reached { $without } instead of { $with }
report-clause-deadline = the deadline “{ $deadline }” would have been met { $without } instead of { $with }
report-clause-more-lapsed = { $count ->
        [one] about one more case would have lapsed
       *[other] about { $count } more cases would have lapsed
    }
report-clause-fewer-lapsed = { $count ->
        [one] about one fewer case would have lapsed
       *[other] about { $count } fewer cases would have lapsed
    }
report-clause-normal-operation = normal operation would have returned { $days }
report-clause-restored = “{ $service }” would have been back { $days }
report-clauses-and = { $first } and { $last }
report-effect = Without { $decision } at { $time }, { $clauses }.
report-effect-nothing = Without { $decision } at { $time }, none of the main figures would have changed noticeably.
report-whatif-intro = Each of the staff's decisions was left out in turn and the exercise re-run with the same random numbers: from the time of the decision, and only until the run stood exactly as the exercise did again. The three decisions whose absence would have changed most:
report-whatif-none = The exercise holds no decisions.
report-effect-heading = Log no. { $number }: { $decision }
report-same-item = no. { $number } { $decision }
report-same-nothing = The same holds for { $others }: leaving out any one of these { $count } decisions works like doing nothing at all.
report-same-result = The same holds for { $others }: leaving out any one of these { $count } decisions leads to the same result in every run.
report-alone-nothing = Leaving it out alone works like doing nothing at all.
report-whatif-figure = Figure (mean of the runs)
report-with-decision = With the decision
report-without-it = Without it
report-runs = { $runs } { $runs ->
        [one] run
       *[other] runs
    }; { $rejoined } of them came back onto the exercise's course; in { $skipped } { $skipped ->
        [one] run
       *[other] runs
    } a later decision could not be applied without it.
report-whatif-title = What if (counterfactual runs)
