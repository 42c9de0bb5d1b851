## English. Every message of the program; scenario texts stay in the scenario.
## Another language: copy this file to locales/<code>.ftl and translate it.

# How numbers are written: the example 1,234.5 in this language.
number-format = 1,234.5

## ---- words ----

## Shared words: statuses, times, durations, reasons, script events, logbook lines.

words-role-control = Control
words-role-staff = Staff
words-role-observer = Observer

words-exercise-prepared = prepared
words-exercise-running = running
words-exercise-paused = paused
words-exercise-interrupted = interrupted
words-exercise-ended = ENDEX

words-service-up = up
words-service-degraded = degraded
words-service-paper = paper
words-service-down = down

words-inject-pending = pending
words-inject-held = held
words-inject-forced = releasing
words-inject-released = released
words-inject-skipped = skipped
words-inject-withheld = withheld (condition)

words-priority-low = low
words-priority-normal = normal
words-priority-high = urgent
words-priority-flash = flash

words-channel-phone = phone
words-channel-mail = e-mail
words-channel-fax = Fax
words-channel-courier = courier
words-channel-in-person = in person
words-channel-press = press
words-channel-radio = radio
words-channel-sitrep = sitrep
words-channel-social-media = social media

words-reaction-pending = open
words-reaction-done = done
words-reaction-deviating = deviating

words-entry-decision = decision
words-entry-inject = inject
words-entry-report = report
words-entry-note = note
words-entry-control = control
words-entry-observation = observation

words-verdict-met = met
words-verdict-partly = partly
words-verdict-not-met = not met
words-verdict-not-observed = not observed

words-stage-foothold = initial access
words-stage-privilege-escalation = privilege escalation
words-stage-discovery = discovery
words-stage-lateral-movement = lateral movement
words-stage-recovery-inhibition = recovery inhibition
words-stage-encryption = encryption
words-stage-extortion = extortion
words-stage-exfiltration = exfiltration

# $day: the day's number, already written out.
words-day = Day { $day }

words-duration-minutes = { $minutes } min
words-duration-hours = { $hours } h
words-duration-hours-minutes = { $hours } h { $minutes } min
words-duration-days = { $days } d
words-duration-days-hours = { $days } d { $hours } h

# An exercise time; every part is already written out with its leading zeros.
words-wall-time = { $year }-{ $month }-{ $day } { $time }
words-short-time = { $month }-{ $day } { $time }
words-moment = on { $year }-{ $month }-{ $day } at { $time }
words-between = { $same ->
        [yes] { $first }
       *[no] at the earliest { $first }, at the latest { $last }
    }

words-quote = "{ $text }"

words-waits-for = waits for: { $what }
words-waits-staff = free staff
words-waits-done = "{ $name }" finished
words-waits-not-started = "{ $name }" not started
words-waits-link-cut = "{ $name }" cut
words-waits-system-clean = "{ $name }" checked and clean
words-waits-prerequisite = a prerequisite

words-deadline-met = met
words-deadline-missed = missed
words-deadline-not-due = not yet due

words-euros = €{ $amount }

words-rejection-unknown-action = unknown action { $id }
words-rejection-unknown-target = unknown target { $id }
words-rejection-target-required = the action needs a target
words-rejection-no-target = the action takes no target
words-rejection-not-a-target = { $id } is not a target of this action
words-rejection-unknown-function = unknown function { $id }
words-rejection-unknown-inject = unknown inject { $id }
words-rejection-duplicate-inject = inject { $id } exists already
words-rejection-prerequisite = a prerequisite does not hold
words-rejection-order-required = the order needs at least one entry
words-rejection-scenario-over = the scenario has ended
words-rejection-crosses-tick = the wait reaches beyond the next step

# The heads of control's lines on the script in the Einsatztagebuch (the inject's title follows).
words-script-released = Inject released
words-script-held = Inject held back
words-script-struck = Inject struck
words-script-ad-hoc = Inject of exercise control written
words-script-to-control = Inject to exercise control
words-script-withheld = Inject withheld (condition)

words-withheld-decided = the decision "{ $action }" has been taken
words-withheld-decided-target = the decision "{ $action }" ({ $target }) has been taken
words-withheld-not-holding = not met: { $state }

# $number: the corrected entry's number.
words-corrects = (corrects no. { $number })

words-reason-encrypted = { $n } encrypted
words-reason-compromised = { $n } compromised
words-reason-offline = { $n } off
words-reason-in-work = { $n } in work
words-reason-not-back = { $name } not back
words-reason-not-back-counts = { $name } not back (of { $total }: { $counts })
words-reason-isolated = { $name } isolated
words-reason-cut = { $name } cut
words-reason-team-in-work = { $team }: in work
words-reason-team-hosts-in-work = { $team }: { $hosts ->
        [one] { $hosts } host
       *[other] { $hosts } hosts
    } in work
words-reason-not-its-turn = { $team }: not its turn yet
# $place: the team's place in the recovery order, already written out.
words-reason-place = { $team }: place { $place } in the recovery order
# $day: the day's number, already written out.
words-reason-arrives = { $team } not on site, arrives on day { $day }
words-reason-absent = { $team } not on site
words-reason-no-team = no team for this work
words-reason-needs = waits for { $system }
words-reason-backup = restore waits for { $system }
words-reason-attacker = attacker still active in { $network }
words-reason-gate = recovery not yet cleared
words-reason-under-way = { $action } under way
words-reason-not-decided = { $action } — not yet decided

## The Drehbuch (MSEL).

words-drehbuch-number = No.
words-drehbuch-id = Id
words-drehbuch-time = Time / trigger
words-drehbuch-sender = Sender
words-drehbuch-receiver = Receiver
words-drehbuch-channel = Channel
words-drehbuch-priority = Priority
words-drehbuch-title = Title
words-drehbuch-content = Content
words-drehbuch-expected-reaction = Expected reaction
words-drehbuch-control-note = Note for control
words-drehbuch-heading = Drehbuch: { $title }
words-drehbuch-injects = Injects (Einlagen)

# $delay: a length of time, already written out; $number: the inject's number.
words-trigger-after-inject = { $delay } after no. { $number }
words-trigger-action-taken = { $delay } after "{ $action }" began
words-trigger-action-not-taken = { $time }, if "{ $action }" has not begun
words-trigger-when = when { $state }

words-condition-service-down = "{ $service }" has been down { $duration }
words-condition-hosts-encrypted = { $n ->
        [one] { $n } host is
       *[other] { $n } hosts are
    } encrypted
words-condition-deadline-missed = "{ $deadline }" is missed
words-condition-link-cut = "{ $link }" is cut
words-condition-service-up = "{ $service }" is up
words-condition-link-open = "{ $link }" is not cut

words-conditions-to-control = to exercise control
words-conditions-only-if = only if { $state }
words-conditions-unless = withheld after the decision "{ $action }"
words-conditions-unless-target = withheld after the decision "{ $action }" ({ $target })

## Einsatztagebuch lines the program writes.

# The exercise's start and end, as staffs say it in every language.
words-log-startex = STARTEX
words-log-endex = ENDEX
words-log-pause = Exercise paused
words-log-pause-reason = Exercise paused – reason: { $reason }
words-log-resume = Exercise resumed
words-log-interrupt = Real event – exercise interrupted
words-log-phase-briefing = Situation briefing { $phase }: { $briefing } { $summary }
# $since: an exercise time, already written out.
words-log-jump-summary = Since { $since }: { $injects ->
        [one] { $injects } inject
       *[other] { $injects } injects
    }, { $services ->
        [one] { $services } service change
       *[other] { $services } service changes
    }, { $deadlines ->
        [0] 0 deadlines
        [one] { $deadlines } deadline ({ $missed } missed)
       *[other] { $deadlines } deadlines ({ $missed } missed)
    }, { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    } finished.
words-log-decision = { $decision }; reason: { $reason }
words-log-reports = Reports
words-log-compromised = { $n } compromised
words-log-encrypted = { $n } encrypted
words-log-action-finished = Action finished: { $action }
words-log-decision-dropped = Decision dropped, it can no longer take effect: { $action }
# A part left empty on the Lage page is passed as "–".
words-log-lage = Situation briefing – Situation: { $situation }; Assumptions: { $assumptions }; Open questions: { $questions }
words-log-briefing-off = Situation briefing: no fixed interval any more
words-log-briefing-exercise-time = Situation briefing every { $minutes } min exercise time
words-log-briefing-real-time = Situation briefing every { $minutes } min real time

## ---- tui ----

## Terminal interface (tui): screens, help, guide, key lines, dialogs, status messages.
## Screen names (Lagebild, Einlagen, …) stay German in every language.

## The fixed words of the screens (tui::text::Texts)

tui-exercise = ÜBUNG – EXERCISE
tui-too-small = Terminal too small (min 80×24)
tui-day = Day
tui-real-time = Real time
tui-exercise-time = Exercise time
tui-help-hint = ? Help
tui-help-title = Help
tui-help-close = ?, F1 or Esc closes the help
tui-quit-title = Quit
tui-quit-question = Leave the exercise?
tui-quit-saved = The exercise file is saved; the exercise can be continued.
tui-quit-keys = y: leave   n / Esc: keep going
tui-more = more
tui-more-quiet = more, nothing reported
tui-none = —
tui-no-data = No data yet: exercise time has not moved on.
tui-staff-busy = staff busy
tui-speed = Time lapse
tui-networks = Networks and administrations
tui-services = Services
tui-deadlines = Deadlines
tui-at-risk = About to lapse
tui-within-week = within 7 d
tui-running = Running actions
tui-links = Links
tui-col-link = Link
tui-link-cut = cut
tui-link-up = connected
tui-col-network = Network
tui-col-known-comp = compr.
tui-col-known-enc = encr.
tui-col-state = State
tui-col-truth-comp = T:compr.
tui-col-truth-enc = T:encr.
tui-col-hosts = Hosts
tui-col-checked = checking
tui-col-offline = offline
tui-col-restored = restored
tui-col-service = Service
tui-col-status = Status
tui-col-backlog = Backlog
tui-col-lapsed = Lapsed
tui-col-capacity = Cap./day
tui-col-aid = Aid/day
tui-col-deadline = Deadline
tui-col-due = Due
tui-col-left = State
tui-col-action = Action
tui-col-target = Target
tui-isolated = isolated
tui-shut-down = shut down
tui-shut-down-short = off
tui-suspected = suspected
tui-false-alarm = false alarm
tui-waiting = waiting for staff
tui-no-running = no running actions
tui-met = met
tui-missed = missed
tui-overdue = overdue
tui-truth-marker = T: = truth (control only)
tui-unread = new
tui-refers-to = Refers to
tui-confirm-keys = Enter or y: decide · n: change the reason · ← back · Esc cancel
tui-col-time = Time
tui-col-priority = Priority
tui-col-channel = Channel
tui-col-receiver = To
tui-col-title = Subject
tui-col-reaction = Reaction
tui-filter = Filter
tui-all-functions = all functions
tui-no-injects = No injects delivered yet.
tui-from = From
tui-to = To
tui-received = Received
tui-expected-reaction = Expected reaction
tui-control-note = Control note
tui-false-alarm-flag = FALSE ALARM – the report is not true
tui-ad-hoc = ad-hoc inject
tui-inbox-keys = ↑↓ select · a / Enter acknowledge · r reaction · f filter
tui-col-function = Function
tui-col-duration = Duration
tui-col-staff = Staff
tui-col-cost = Cost
tui-requires = requires
tui-target-kind = Target
tui-decide-hint = d / Enter: take a decision (action, target, function, reason)
tui-decide-title = Decision
tui-step-action = Action
tui-step-target = Target
tui-step-function = Function
tui-step-reason = Reason
tui-step-confirm = Confirm
tui-no-target = This action needs no target.
tui-reason-prompt = Why? The reason goes into the logbook.
tui-confirm-prompt = Take this decision? It goes into the logbook with its reason.
tui-decide-keys = ↑↓ select · Enter next · ← back · Esc cancel
tui-responsible = responsible
tui-step-order = Order
tui-order-keys = ↑↓ select · Space/Enter add/remove · → next · ← back · Esc cancel
tui-col-item = Service or system
tui-recovery-order = Recovery order
tui-default-order = the scenario's default order
tui-teams = Teams
tui-not-on-site = not on site
tui-why = Why (c)
tui-why-title = Why?
tui-why-waits = waits for a decision
tui-why-never = expected not before the scenario ends
tui-why-stays = expected to stay in service
tui-why-no-decision = no decision on it under way
tui-why-keys = Esc or c closes
tui-col-number = No.
tui-col-kind = Kind
tui-col-text = Entry
tui-empty-logbook = The logbook is empty.
tui-logbook-keys = ↑↓ select · n entry · k correct
tui-note-title = New entry
tui-correct-title = Correction of no.
tui-text-prompt = Text
tui-note-keys = ←→ function · ↑↓ kind · Enter save · Esc cancel
tui-chart-services = Services running
tui-chart-hosts = Hosts hit (compromised or encrypted)
tui-series-services = running
tui-series-known = known
tui-series-truth = T: hit
tui-series-encrypted = T: encrypted
tui-axis-day = Day
tui-objectives = Objectives
tui-col-objective = Objective
tui-col-run = Run
tui-col-rating = Rating
tui-not-rated = not rated
tui-open = open
tui-truth-after-endex = after ENDEX
tui-observer-keys = b rate · o observe
tui-rate-title = Rate an objective
tui-observe-title = Observation
tui-pause-title = Pause the exercise
tui-entry-title = Logbook entry
tui-preview-title = Inject in the script
tui-lage-title = Situation page for the briefing
tui-lage-field-situation = Situation
tui-lage-field-assumptions = Assumptions
tui-lage-field-questions = Open questions
tui-lage-keys = Tab field · Enter next/save · Esc cancel
tui-meta-title = STARTEX: the exercise's details for the report
tui-meta-field-title = Exercise
tui-meta-field-date = Date (YYYY-MM-DD)
tui-meta-field-kind = Type of exercise (such as tabletop, command post exercise)
tui-meta-field-lead = Exercise lead
tui-meta-field-evaluators = Evaluators (separated by commas)
tui-meta-field-contact = Point of contact
tui-meta-keys = Tab field · Enter next, in the last field STARTEX · Esc cancel
tui-lage-empty = No situation page written yet.
tui-conditions = Conditions
tui-entry-keys = Esc / Enter close
tui-pause-prompt = Reason (or your own text)
tui-pause-keys = ↑↓ choose reason · type text · Enter pause · Esc keep running
tui-pause-reason-briefing = Staff briefing
tui-pause-reason-break = Break
tui-pause-reason-fault = Technical problem
tui-pause-reason-question = Question to exercise control
tui-comment-prompt = Comment
tui-verdict-prompt = Verdict
tui-objective-prompt = Objective
tui-rate-keys = ↑↓ objective · ←→ verdict · Enter save · Esc cancel
tui-observe-keys = "!" first = critical · Enter save · Esc cancel
tui-truth = Situation (truth)
tui-script = Script (Drehbuch)
tui-control-keys = Control
tui-status = Exercise status
tui-attacker-stage = Attacker stage
tui-hosts-compromised = Hosts compromised
tui-hosts-encrypted = Hosts encrypted
tui-known-short = known
tui-false-alarms = False alarms
tui-next-inject = Next inject
tui-no-next-inject = none scheduled
tui-next-phase = Next phase
tui-col-id = Inject
tui-col-trigger = Trigger
tui-due-now = due
tui-trigger-condition = condition
tui-trigger-after = after
tui-trigger-taken = after action
tui-trigger-not-taken = no action by
tui-adhoc-title = Ad-hoc inject
tui-adhoc-field-subject = Subject
tui-adhoc-field-sender = Sender
tui-adhoc-field-receiver = Receiver
tui-adhoc-field-channel = Channel
tui-adhoc-field-priority = Priority
tui-adhoc-field-content = Content
tui-adhoc-keys = Tab field · ←→ choose · Enter next/release · Esc cancel
tui-stage-none = not in the network yet
tui-film = Lagefilm
tui-film-read-only = read-only
tui-read-only-keys = ↑↓ select · read-only: no decisions, no time, nothing is saved
tui-quit-unchanged = The exercise file is left unchanged.

## The help overlay (?): keys and what they do

tui-help-choose-a-screen = choose a screen
tui-help-next-previous-screen = next/previous screen
tui-help-key-rows = ↑↓ PgUp/Dn
tui-help-select-a-row = select a row
tui-help-key-home-end = Home/End
tui-help-first-last-row = first / last row
tui-help-acknowledge-decide-read-in-full = acknowledge / decide / read in full
tui-help-read-an-entry-in-full = read an entry in full
tui-help-back-cancel = back / cancel
tui-help-why-causes-of-the-row = why? causes of the row
tui-help-injects-by-function = injects by function
tui-help-help = help
tui-help-quit-asks-first = quit (asks first)
tui-help-read-the-situation-page = read the situation page
tui-help-write-the-situation-page = write the situation page
tui-help-briefing-interval = briefing interval
tui-help-general = General
tui-help-1-tick-back-on = 1 tick back/on
tui-help-1-day-back-on = 1 day back/on
tui-help-previous-next-decision = previous/next decision
tui-help-start-end = start/end
tui-help-key-space = Space
tui-help-play-stop = play/stop
tui-help-film-faster-slower = faster/slower
tui-help-observer = Observer
tui-help-rate-an-objective = rate an objective
tui-help-note-an-observation = note an observation
tui-help-acknowledge-an-inject = acknowledge an inject
tui-help-rate-the-reaction = rate the reaction
tui-help-take-a-decision = take a decision
tui-help-logbook-entry = logbook entry
tui-help-correct-an-entry = correct an entry
tui-help-staff = Staff
tui-help-exercise-time = Exercise time
tui-help-1-hour-on = 1 hour on
tui-help-4-hours-on = 4 hours on
tui-help-1-day-on = 1 day on
tui-help-next-phase-briefing = next phase (briefing)
tui-help-pause = pause
tui-help-real-event-interrupt = real event (interrupt)
tui-help-faster-slower = faster / slower
tui-help-exercise-control = Exercise control
tui-help-to-the-next-inject = to the next inject
tui-help-release-the-inject = release the inject
tui-help-hold-the-inject = hold the inject
tui-help-strike-the-inject = strike the inject
tui-help-write-an-inject = write an inject

## Screen titles: the German name, in English with a subtitle.

tui-title-lagebild = { $name } – situation picture
tui-title-einlagen = { $name } – injects
tui-title-massnahmen = { $name } – actions and decisions
tui-title-einsatztagebuch = { $name } – staff logbook
tui-title-verlauf = { $name } – course over time
tui-title-steuerung = { $name } – exercise control

## Lagebild, Einlagen, Einsatztagebuch

tui-expected-back = expected back from day { $day }
tui-channel-instead-of = { $channel } (instead of { $planned })
tui-note-kind-hint = note
tui-note-kind-task = task
tui-note-kind-report = report
tui-note-kind-decision = decision
tui-note-kind-query = query
tui-linked-inject = on inject "{ $title }"
tui-countdown = { $left } left
tui-corrected-by = (corrected by no. { $numbers })
tui-target-kind-network = network
tui-target-kind-link = link
tui-target-kind-system = system
tui-target-kind-service = service
tui-target-kind-organisation = organisation
tui-target-kind-group = group

## What the last action came to (status line)

tui-outcome-done = done
tui-outcome-not-allowed = not possible for this role
tui-outcome-rejected = refused: { $why }
tui-outcome-over = The exercise is over.
tui-outcome-paused = The exercise is paused.
tui-outcome-stopped = Time stopped at flash inject: { $title }
tui-outcome-briefing-due = Time stopped: situation briefing due (L: situation page)
tui-outcome-stopped-for-control = Time stopped, inject to exercise control: { $title }
tui-outcome-save-failed = SAVING FAILED: { $why }
tui-not-applicable = Not possible, the inject "{ $title }" { $why }
tui-not-applicable-released = has already reached the staff
tui-not-applicable-forced = is already being released
tui-not-applicable-held = is already held back
tui-not-applicable-skipped = is already struck
tui-not-applicable-pending = still waits for its trigger
tui-not-applicable-withheld = was withheld by its condition

## The guided overlay of a new exercise

tui-guide-welcome-title = Welcome to the exercise
tui-guide-welcome-control = You run the exercise. s gives STARTEX; + and - set the speed, p holds time and asks why. Time stops by itself at flash injects and at injects to exercise control.
tui-guide-welcome-staff = You exercise as the staff. Without exercise control you give STARTEX yourself with s; + and - set the speed, p holds time. The situation here is what the staff knows.
tui-guide-welcome-observer = You observe the exercise. b rates an objective, o notes an observation; with each inject you see the expected reaction.
tui-guide-injects-title = Injects
tui-guide-injects = What the outside world reports arrives here: calls, e-mails, the press. ● means unread; a or Enter acknowledges, n writes an entry on the inject (report, query …).
tui-guide-decide-title = Actions
tui-guide-decide = d takes a decision: action, target, function, reason. It is in the logbook at once and takes effect after its set-up time; here you see what runs and what it waits for.
tui-guide-end-title = End of the exercise
tui-guide-end = e ends the exercise (ENDEX, asks first). ? shows exactly the keys that work, at any time. The after-action report comes from: krisenstab report <exercise file>.
tui-guide-logbook-title = Logbook
tui-guide-logbook = Every decision, inject and entry, numbered and unchangeable; k corrects with a new entry, Enter shows an entry in full, L the situation page.
tui-guide-progress-title = Progress
tui-guide-progress = The objectives and how far they are met, the deadlines and the figures over time.
tui-guide-control-title = Control
tui-guide-control = Exercise control only: the script with every inject (Enter reads one in full), l releases, h holds, u strikes, i writes your own; on the left the truth behind the picture.
tui-guide-keys = Enter / → next · ← back · Esc skip

## Key lines

tui-view-keys = ↑↓ select · read-only: nothing is decided or logged here
tui-inbox-keys-control = ↑↓ select · a / Enter acknowledge · r reaction · f filter
tui-inbox-keys-staff = ↑↓ select · a / Enter acknowledge · f filter
tui-inbox-keys-observer = ↑↓ select · f filter · o observe
tui-logbook-keys-observer = ↑↓ select · o observation on the entry
tui-logbook-keys-staff = ↑↓ select · n entry · k correct
tui-next-mark = next

## Read-only views: play --follow, the Lagefilm, another engine's file

tui-read-only-mark = READ-ONLY
tui-read-only-banner = {" "}READ-ONLY – written by { $engine }; not re-simulated by { $this } · its logbook only · nothing is saved{" "}
tui-read-only-refused = Read-only (written by { $engine }): nothing can be changed here
tui-read-only-help-title = Read-only
tui-read-only-help-select = select an entry
tui-read-only-key-home-end = Home / End
tui-read-only-help-newest-oldest = newest / oldest entry
tui-read-only-help-close = close the message
tui-speed-short-weeks = { $n } wk/s
tui-speed-short-days = { $n } d/s
tui-speed-short-hours = { $n } h/s
tui-speed-short-minutes = { $n } min/s
tui-speed-short-seconds = { $n } s/s

## The control keys on the Steuerung screen

tui-control-key-pause = pause
tui-control-key-real-event = real event
tui-control-key-hour = +1 h
tui-control-key-four-hours = +4 h
tui-control-key-day = +1 day
tui-control-key-next-inject = next inject
tui-control-key-next-phase = next phase
tui-control-key-release = release
tui-control-key-hold = hold
tui-control-key-skip = skip
tui-control-key-ad-hoc = ad-hoc inject
tui-control-key-speed = time lapse

## Keys and dialogs: status-line messages

tui-film-speed = Speed
tui-speed-stopped = time stopped
tui-speed-real-time = real time (1:1)
tui-interrupt-question = Real event – interrupt the exercise? x or y confirms, any other key cancels
tui-endex-question = ENDEX – end the exercise? Time and decisions stop for good, ratings and notes stay possible. e or y confirms, any other key cancels
tui-cancelled = Cancelled
tui-filter-all-functions = Filter: all functions
tui-speed-label = Speed
tui-no-objectives = This scenario has no objectives
tui-not-allowed = Not possible in this role
tui-adhoc-default-sender = Exercise control
tui-missing-order = Please add at least one service or system
tui-missing-reason = Please enter a reason
tui-missing-text = Please enter a text
tui-missing-title = Please enter a title

## Speeds (+ and -)

tui-speed-weeks = { $n ->
        [one] { $n } week per second
       *[other] { $n } weeks per second
    }
tui-speed-days = { $n ->
        [one] { $n } day per second
       *[other] { $n } days per second
    }
tui-speed-hours = { $n } h per second
tui-speed-minutes = { $n } min per second
tui-speed-seconds = { $n } s per second

## The status line after an action

tui-over-interrupted = Exercise interrupted (real event)
tui-over-endex = ENDEX – the exercise is over
tui-over-scenario = The scenario is over
tui-paused = The exercise is paused: p resumes it
tui-save-failed = Saving failed; the exercise goes on in memory: { $why }
tui-refused = Refused: { $why }
tui-done-decision = Decision logged (no. { $last })
tui-done-lage = Situation page logged (no. { $last })
tui-done-note = Note logged (no. { $last })
tui-done-correction = Correction of no. { $entry } logged (no. { $last })
tui-done-acknowledged = Inject "{ $title }" marked as read
tui-reaction-pending = pending
tui-reaction-done = done
tui-reaction-deviating = deviating
tui-done-reaction = Reaction to "{ $title }": { $reaction }
tui-done-exercise-time = Exercise time: { $time }
tui-done-interrupt = Real event – exercise interrupted
tui-done-release = Inject "{ $title }" will be released
tui-done-hold = Inject "{ $title }" is held back
tui-done-skip = Inject "{ $title }" is struck
tui-done-ad-hoc = Inject of exercise control "{ $title }" goes out at the next tick
tui-done-rate = Rating saved
tui-done-observe = Observation saved
tui-done-cancel-quit = Carrying on

## Why the engine refused a decision or a control

tui-rejected-unknown-action = unknown action { $id }
tui-rejected-unknown-target = unknown target { $id }
tui-rejected-target-required = this action needs a target
tui-rejected-no-target = this action takes no target
tui-rejected-not-a-target = { $id } is not a target of this action
tui-rejected-unknown-function = unknown function { $id }
tui-rejected-unknown-inject = unknown inject { $id }
tui-rejected-duplicate-inject = inject exists already: { $id }
tui-rejected-scenario-over = the scenario is over
tui-rejected-crosses-tick = the wait reaches beyond the next step
tui-rejected-order-required = the order needs at least one entry
tui-rejected-requires-done = finish "{ $name }" first
tui-rejected-requires-not-done = no longer possible after "{ $name }"
tui-rejected-requires-link-cut = cut the link "{ $name }" first
tui-rejected-requires-system-clean = "{ $name }" is not clean yet
tui-rejected-prerequisite = a prerequisite is missing

## The terminal and the exercise file

tui-terminal-failed = cannot take over the terminal: { $why }
tui-file-read-only = Exercise file (read only, unchanged): { $path }
tui-file-play = Exercise file: { $path }
tui-file-follow = Followed exercise file: { $path }
tui-file-film = Lagefilm of the exercise file (unchanged): { $path }
tui-file-unreadable = Cannot read the file, keeping the last state: { $why }

## ---- report ----

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
report-seed-program = Random start value / program
report-seed = Random start value
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
report-realverlauf-intro = Beside the staff's play: the real course of events, once simulated with the decisions taken then and the same random start value, once as the sources report it. It is a basis for discussion, not the yardstick.
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
report-clause-state-network = { $lead ->
       *[any] the state network would have been reached { $without } instead of { $with }
    }
report-clause-deadline = { $lead ->
       *[any] the deadline “{ $deadline }” would have been met { $without } instead of { $with }
    }
report-clause-more-lapsed = { $lead ->
       *[any] { $count ->
            [one] about one more case would have lapsed
           *[other] about { $count } more cases would have lapsed
        }
    }
report-clause-fewer-lapsed = { $lead ->
       *[any] { $count ->
            [one] about one fewer case would have lapsed
           *[other] about { $count } fewer cases would have lapsed
        }
    }
report-clause-normal-operation-instead = { $lead ->
       *[any] normal operation would have returned { $share } (from about { $day }), in the exercise not by its end
    }
report-clause-normal-operation = { $lead ->
       *[any] normal operation would have returned { $days }
    }
report-clause-normal-operation-never = { $lead ->
       *[any] normal operation would not have returned by the end of the exercise { $share }
    }
report-clause-restored-instead = { $lead ->
       *[any] “{ $service }” would have been back { $share } (from about { $day }), in the exercise not by its end
    }
report-clause-restored = { $lead ->
       *[any] “{ $service }” would have been back { $days }
    }
report-clause-not-restored = { $lead ->
       *[any] “{ $service }” would not have been back by the end of the exercise { $share }
    }
report-clauses-and = { $first } and { $last }
report-effect = Without { $decision } { $when }, { $clauses }.
report-effect-nothing = Without { $decision } { $when }, none of the main figures would have changed noticeably.
report-change-shift = Had { $decision } been decided { $delta } { $later ->
        [yes] later
       *[no] earlier
    } ({ $when }), { $clauses }.
report-change-shift-nothing = Had { $decision } been decided { $delta } { $later ->
        [yes] later
       *[no] earlier
    } ({ $when }), none of the main figures would have changed noticeably.
report-change-replace = Had { $other } been decided instead of { $decision } ({ $when }), { $clauses }.
report-change-replace-nothing = Had { $other } been decided instead of { $decision } ({ $when }), none of the main figures would have changed noticeably.
report-whatif-intro = Each of the staff's decisions was left out in turn and the exercise re-run with the same random numbers: from the time of the decision, and only until the run stood exactly as the exercise did again. First the three decisions whose absence would have changed most, then the others.
report-whatif-none = The exercise holds no decisions.
report-effect-heading = Log no. { $number }: { $decision }
report-same-item = no. { $number } { $decision }
report-same-nothing = The same holds for { $others }: leaving out any one of these { $count ->
        [2] two
        [3] three
        [4] four
       *[other] { $count }
    } decisions works like doing nothing at all.
report-same-result = The same holds for { $others }: leaving out any one of these { $count ->
        [2] two
        [3] three
        [4] four
       *[other] { $count }
    } decisions leads to the same result in every run.
report-alone-nothing = Leaving it out alone works like doing nothing at all.
report-whatif-figure = Figure (mean of the runs)
report-with-decision = With the decision
report-without-it = Without it
report-not-back = not by the end of the exercise
report-back-partly = { $day }; { $share } not by the end of the exercise
report-runs = Computed over { $runs ->
        [one] one run
       *[other] { $runs } runs
    }.
report-runs-rejoined = { $rejoined ->
        [one] One of them stood
       *[other] { $rejoined } of them stood
    } exactly as the exercise again ({ $when }) and took its course from there.
report-runs-skipped = { $skipped ->
        [one] In one run
       *[other] In { $skipped } runs
    } a later decision could not be applied without it.
report-whatif-why = Why: { $recovery ->
        [yes] recovery of the systems requires it{ $count ->
            [0] .
           *[other] , and so { $count ->
                [one] does decision no.
               *[other] do decisions nos.
            } { $numbers }.
        }
       *[no] { $count ->
            [one] decision no. { $numbers } requires
           *[other] decisions nos. { $numbers } require
        } it.
    }
report-whatif-others = The other decisions with a noticeable effect
report-whatif-other = No. { $number }: { $sentence }
report-whatif-quiet = { $count ->
        [one] Without decision no. { $numbers } alone, none of the main figures would have changed noticeably.
       *[other] Without any one of the other { $count } decisions (nos. { $numbers }), none of the main figures would have changed noticeably.
    }
report-whatif-title = What if (counterfactual runs)

## ---- aar ----

## The report for leadership: first page, measures, findings, improvement plan, method.

report-aar-first-page = At a glance
report-aar-meta-field = Item
report-aar-meta-value = Details
report-aar-meta-title = Exercise
report-aar-meta-date = Date
report-aar-meta-kind = Type of exercise
report-aar-meta-lead = Exercise lead
report-aar-meta-evaluators = Evaluators
report-aar-meta-participants = Participating functions
report-aar-meta-contact = Point of contact
report-aar-not-given = not given
report-aar-result = Result in brief
report-aar-whatif = What if: { $sentence }
report-aar-top = The most important findings
report-aar-no-findings = The run shows no finding; the evaluators add theirs.
report-aar-next = What happens next
report-aar-next-conference-on = The after-action conference on { $date } confirms the findings and the improvement plan with { $measures ->
    [one] one measure
   *[other] { $measures } measures
    }; the point of contact then follows each measure up to its due date.
report-aar-next-conference = An after-action conference about four weeks after the exercise confirms the findings and the improvement plan with { $measures ->
    [one] one measure
   *[other] { $measures } measures
    }.
report-aar-next-critical = { $critical ->
    [one] One finding is marked critical and goes to leadership at once.
   *[other] { $critical } findings are marked critical and go to leadership at once.
    }
report-aar-sum-exercised = The staff exercised “{ $title }” from { $from } to { $until } exercise time.
report-aar-sum-objectives = Of { $total ->
    [one] one objective
   *[other] { $total } objectives
    }, { $met ->
    [0] none was met
    [one] one was met
   *[other] { $met } were met
    }, { $missed ->
    [0] none was missed
    [one] one was missed ({ $names })
   *[other] { $missed } were missed ({ $names })
    }, { $open ->
    [0] none remained open
    [one] one remained open
   *[other] { $open } remained open
    }.
report-aar-sum-no-decision = The staff took no decision that acted on networks, systems or services.
report-aar-sum-decisions = The first decisions that acted: { $list }.
report-aar-and = {" "}and{" "}
report-aar-decision-at = “{ $decision }” { $when }
report-aar-sum-as-history = The key figures equal those of the simulated real course, such as { $figure }: { $exercise } as in the real course.
report-aar-sum-no-figure = The key figures equal those of the simulated real course.
report-aar-sum-figures = Against the simulated real course: { $list }.
report-aar-figure-instead = { $figure } { $exercise } instead of { $history }
report-aar-sum-measures = Measures: { $list }.
report-aar-measure-short = { $measure } after { $exercise } (real course: { $history })
report-aar-critical-mark = CRITICAL:{" "}
report-aar-strength = Strength
report-aar-improvement = Area for improvement
report-aar-recommendation = Recommendation:
report-aar-yes = yes
report-aar-no = no
report-aar-date = { $year }-{ $month }-{ $day }
report-aar-status-open = open
report-aar-evidence-rated = { $run }; observation: { $comment }
report-aar-objective-missed = The objective “{ $objective }” was not met.
report-aar-objective-recommend = Anchor the procedure for “{ $objective }” in the plans and exercise it again.
report-aar-objective-met = The objective “{ $objective }” was met.
report-aar-objective-keep = Keep and document the procedure for “{ $objective }”.
report-aar-deadline-missed = The deadline “{ $deadline }” was missed.
report-aar-deadline-recommend = Prepare a fallback procedure for “{ $deadline }” that works without the failed IT.
report-aar-capability-deadlines = Deadlines in emergency operation
report-aar-capability-reporting = Reporting lines and information flow
report-aar-capability-observation = Observation
report-aar-measure-never = “{ $measure }” was not reached in the exercise.
report-aar-measure-slower = “{ $measure }” took longer than in the real course.
report-aar-measure-faster = “{ $measure }” was as fast as in the real course or faster.
report-aar-measure-beside = exercise { $exercise }, real course { $history }
report-aar-measure-recommend = Set out the procedure and responsibility for “{ $measure }” in the alerting and reporting plan.
report-aar-measure-keep = Keep the procedure for “{ $measure }”.
report-aar-injects-deviating = The function “{ $function }” reacted to injects other than the script expected.
report-aar-injects-recommend = Review the reporting line and the reaction to such injects and record them in the staff's standing orders.
report-aar-observation-evidence = Observation at { $time }
report-aar-observation-recommend = Classify at the after-action conference: strength or area for improvement, with a measure.
report-aar-col-id = Key
report-aar-col-objective = Objective
report-aar-col-kind = Type
report-aar-col-critical = Critical
report-aar-col-text = Finding
report-aar-col-evidence = Evidence
report-aar-col-recommendation = Recommendation
report-aar-col-measure = Measure
report-aar-col-capability = Capability
report-aar-col-owner = Owner
report-aar-col-start = Start
report-aar-col-due = Due
report-aar-col-contact = Point of contact
report-aar-col-status = Status
report-aar-col-dropped = Struck
report-aar-col-finding = Reason
report-aar-span-minutes = { $minutes } min
report-aar-span-hours = { $hours } h
report-aar-span-hours-minutes = { $hours } h { $minutes } min
report-aar-span-days-hours = { $days ->
    [one] 1 day
   *[other] { $days } days
    } { $hours } h
report-aar-not-recorded = not recorded
report-aar-measures = Crisis management measures
report-aar-measures-none = The scenario sets no measures.
report-aar-measures-intro = Time from the triggering event to the staff's step, in the exercise and in the simulated real course on the same seed; “not recorded” where an event is missing from the run.
report-aar-col-measure-name = Measure
report-aar-col-exercise = Exercise
report-aar-col-history = Real course (simulated)
report-aar-findings = Findings per objective
report-aar-findings-intro = Strengths and areas for improvement from the run, the ratings and the observations, with recommendations; the evaluators edit them before release.
report-aar-objective-none = No finding on this objective.
report-aar-general = Findings across objectives
report-aar-plan = Improvement plan
report-aar-plan-intro = One row per area for improvement. The evaluators write findings and plan out with “report --export-findings FILE”, edit them and read them back with “report --findings FILE”; their edits survive every new report.
report-aar-plan-empty = No area for improvement found.
report-aar-method = Method and limits
report-aar-method-model = The model represents { $hosts } computers, { $services } services, the attackers, the networks and the work of the recovery teams; each hour of exercise time is one step. Chance (when the attackers reach a computer, when an alarm comes) follows fixed rules from seed { $seed }: the same exercise file always gives the same course.
report-aar-method-history = The real course is what was actually decided in the real incident, replayed in the same model on the same seed. It is a discussion aid, not the right answer; where the report says “instead of”, it compares these two runs.
report-aar-method-seeds = A single run is one possible course. Statements about what a decision would have changed rest on many runs with different seeds and give ranges.
report-aar-method-assumptions = Where sources are missing, the scenario rests on marked assumptions (durations, staff numbers, case counts); the Drehbuch names each inject's source or assumption.
report-aar-method-plan = The plan's dates are proposals: work starts with the after-action conference about four weeks after the exercise, three months per measure; critical findings start the day after the exercise with one month to close.

## ---- cli ----

## The command line: help, usage errors, and every command's own messages (src/cli*, the
## scenario loader's problems in src/scenario/issue.rs).

## Help: what each command and argument is for.

cli-about = krisenstab: tabletop cyber-incident exercises for crisis staffs.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-lang-help = Language of messages: the code of a built-in catalogue, such as de or en [default: from LANG]
cli-lang-file-help = Take the messages from this Fluent catalogue (a translation in progress); overrides --lang
cli-help-help = Print help
cli-version-help = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-subcommand-help = Print help for the subcommand(s)
cli-check-about = Validate scenario files or built-in scenarios and print a summary of each.
cli-check-json-help = Print only a JSON array with one object per argument, in order
cli-check-scenarios-help = Scenario files, or names of built-in scenarios (tutorial, westmecklenburg)
cli-run-about = Run a scenario headless to its end and print what came of it.
cli-run-scenario-help = A scenario file, or the name of a built-in scenario
cli-run-seed-help = Seed of the run's random stream [default: 1]
cli-run-decisions-help = Play the decisions of a RON decision log
cli-run-historical-help = Play the scenario's Realverlauf (the real decisions)
cli-run-passive-help = Take no decision at all (the default)
cli-run-days-help = Stop this many days after the scenario's start
cli-run-json-help = Print only one JSON object
cli-run-save-help = Also write the run as an exercise file (the same format play writes)
cli-run-force-help = Replace a regular file already at the --save path (never a folder, link or device)
cli-sweep-about = Run the same decisions over many seeds and print the spread of the key figures.
cli-sweep-target-help = A scenario file or built-in name, or an exercise file (its decisions are replayed)
cli-sweep-runs-help = How many runs (seeds S, S+1, …); with --drop, --shift, --replace at most that many, in batches of 10 only until the headline figures are precise enough [default: 200]
cli-sweep-jobs-help = Threads to use [default: all cores]; the results never depend on it
cli-sweep-seed-base-help = The first seed [default: 1]
cli-sweep-historical-help = Play the scenario's Realverlauf
cli-sweep-passive-help = Take no decision at all (the default for a scenario)
cli-sweep-json-help = Print only one JSON object
cli-sweep-drop-help = Counterfactual: leave out the decision in logbook entry K (exercise files only)
cli-sweep-shift-help = Counterfactual: move decision K in time, e.g. 12=+6h, 12=-30min, 12=+2d
cli-sweep-replace-help = Counterfactual: take another action (and target) instead of decision K, e.g. 12=landesnetz-trennen@cn-lavine-anschluss
cli-report-about = Write the after-action report (Auswertungsbericht) of an exercise file, or its page-numbered Einsatztagebuch (--logbook).
cli-report-file-help = The exercise file (from play or run --save)
cli-report-out-help = Write to this file; its ending picks the format (.html or .md) [default: the exercise file's name with .html, beside it]
cli-report-counterfactuals-help = Add the chapter "What if": leave out each decision in turn and re-run the exercise over many seeds
cli-report-runs-help = Runs per version for --counterfactuals, at most: seeds are added in batches of 10 only until the headline figures are precise enough [default: 200]
cli-report-reference-help = For --counterfactuals: every version run whole on all --runs seeds (the reference the fast method is checked against; slow)
cli-report-jobs-help = Threads for --counterfactuals [default: all cores]; the report never depends on it
cli-report-logbook-help = Print only the Einsatztagebuch, page-numbered for signature [default file: <name>.einsatztagebuch.html]
cli-report-force-help = Replace the output even if it is a regular file krisenstab did not write (never a folder, link or device)
cli-report-meta-help = The exercise's details (title, date, kind, lead, evaluators, participants, contact) as a RON "Meta(...)": added to or overriding the exercise file's, which stays unchanged
cli-report-export-findings-help = Instead of the report, write the findings and the improvement plan for editing (.ron or .csv)
cli-report-findings-help = The evaluators' edited findings (.ron or .csv, as written by --export-findings)
cli-report-meta-too-large = { $path }: too large for a file of details or findings
cli-endings-findings = .ron or .csv
cli-drehbuch-about = Print the inject script (Drehbuch, MSEL) as HTML, Markdown or CSV.
cli-drehbuch-scenario-help = A scenario file, or the name of a built-in scenario
cli-drehbuch-out-help = Write to this file; its ending picks the format (.html, .md, .csv). Without it, Markdown goes to standard output
cli-drehbuch-force-help = Replace the output even if it is a regular file krisenstab did not write (never a folder, link or device)
cli-play-about = Run an exercise in the terminal, continue one (--resume) or follow one (--follow).
cli-play-scenario-help = A scenario file, or the name of a built-in scenario [default: westmecklenburg]
cli-play-seed-help = Seed of the exercise's random stream [default: 1]
cli-play-role-help = Who is looking: control, staff or observer [default: control; staff with --follow]
cli-play-out-help = Where to write the exercise file [default: <scenario>-<YYYYMMDD-HHMM>.ron here]
cli-play-force-help = Replace a regular file already at the --out path (never a folder, link or device)
cli-play-resume-help = Continue the exercise in this file
cli-play-follow-help = Show the exercise in this file read-only, following it as it changes
cli-replay-about = Re-simulate an exercise file: check every state hash (--verify) or show the Lagefilm.
cli-replay-file-help = The exercise file (written by play or run --save)
cli-replay-verify-help = Check the state hash of every recorded tick instead of showing the Lagefilm
cli-replay-role-help = Who is looking in the Lagefilm: control, staff or observer [default: control]
cli-generate-about = Print a synthetic scenario with the given number of hosts (for scale tests).
cli-generate-hosts-help = Hosts in total (at least 40, at most 10,000,000)

## Placeholders in the usage line and the help.

cli-value-file-or-name = FILE_OR_NAME
cli-value-scenario = SCENARIO
cli-value-file = FILE
cli-value-exercise-file = EXERCISE_FILE
cli-value-scenario-or-exercise = SCENARIO_OR_EXERCISE
cli-value-k-delta = K=DELTA
cli-value-k-action = K=ACTION[@TARGET]
cli-value-ftl-file = FILE.ftl
cli-value-command = COMMAND
cli-value-lang = LANG
cli-value-role = ROLE
cli-value-runs = RUNS
cli-value-jobs = JOBS
cli-value-hosts = HOSTS
cli-value-seed = SEED
cli-usage-options = {"[OPTIONS]"}
cli-usage-command = {"[COMMAND]"}

## Usage errors.

cli-error = error
cli-error-tip = tip
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-similar-argument = a similar argument exists: '{ $suggestion }'
cli-error-as-value = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-error-similar-subcommand = a similar subcommand exists: '{ $suggestion }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-possible-values = possible values: { $values }
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-missing-arguments = the following required arguments were not provided:
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-more-info = For more information, try '{ $help }'.
cli-lang-invalid = '{ $value }' is not a language; use { $codes }
cli-role-invalid = '{ $value }' is not a role; use control, staff or observer
cli-list-or = { $rest } or { $last }

## A catalogue given with --lang-file.

cli-lang-file-missing = { $file }: { $n ->
        [one] { $n } message is missing; it appears
       *[other] { $n } messages are missing; they appear
    } in English
cli-lang-file-too-large = { $path }: the file is larger than { $limit } bytes, the most a catalogue may have

## Files.

cli-stdout-failed = cannot write to standard output: { $error }
cli-file-unreadable = { $path }: cannot read: { $error }
cli-write-failed = { $path }: cannot write: { $error }
cli-no-such-scenario = no such file or built-in scenario (built-ins: { $names })
cli-unknown-format = { $path }: unknown format; use { $endings }
cli-endings-report = {".html"} or .md
cli-endings-drehbuch = {".html"}, .md or .csv
cli-invalid-count = { $file }: invalid, { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }
cli-refusal-exists = { $path }: the file exists already; continue the exercise with play --resume { $path }, or replace the file with --force
cli-refusal-not-ours = { $path }: a file krisenstab did not write is there; choose another name, or replace it with --force
cli-refusal-read-only = { $path }: the file is read-only; it is not replaced
cli-refusal-directory = { $path }: is a folder; krisenstab writes only regular files
cli-refusal-symlink = { $path }: is a symbolic link; krisenstab does not write through links, only regular files
cli-refusal-special = { $path }: is a device or another special file; krisenstab writes only regular files
cli-refusal-locked = { $path }: another krisenstab process is writing this exercise file, and only one may; to watch it read-only: krisenstab play --follow { $path }

## Exercise files that are refused.

cli-exercise-read = cannot read { $path }: { $error }
cli-exercise-write = cannot write { $path }: { $error }
cli-exercise-too-large = { $path }: the file is larger than { $limit } bytes, the most an exercise file may have
cli-exercise-parse = { $path }:{ $line }:{ $column }: not an exercise file: { $message }
cli-exercise-format = { $path }: exercise file format { $found }, this program reads format { $format }
cli-exercise-scenario-hash = { $path }: the embedded scenario does not match its recorded hash (the file was edited)
cli-exercise-scenario = { $path }: the embedded scenario is invalid ({ $n ->
        [one] { $n } problem
       *[other] { $n } problems
    })
cli-exercise-engine = { $path }: written by { $found }; this is { $engine }, which would re-simulate it differently, so it cannot be replayed here. What it recorded can still be read: `play --resume` opens it read-only, `report` writes its logbook, decisions and ratings
cli-exercise-tick = { $path }: command { $index } is recorded at tick { $tick }, but the replay is at tick { $at }
cli-exercise-command = { $path }: command { $index } (tick { $tick }) no longer applies: { $why }
cli-exercise-diverged = { $path }: the replay diverges at tick { $tick }{ $when }

## check

cli-check-valid = { $arg }: valid – { $id } "{ $title }" ({ $language }): { $counts }; { $start } to { $end }
cli-count-organisations = { $n ->
        [one] { $n } organisation
       *[other] { $n } organisations
    }
cli-count-hosts = { $n ->
        [one] { $n } host
       *[other] { $n } hosts
    }
cli-count-services = { $n ->
        [one] { $n } service
       *[other] { $n } services
    }
cli-count-deadlines = { $n ->
        [one] { $n } deadline
       *[other] { $n } deadlines
    }
cli-count-actions = { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
cli-count-injects = { $n ->
        [one] { $n } inject
       *[other] { $n } injects
    }
cli-count-realverlauf = { $n ->
        [one] { $n } Realverlauf decision
       *[other] { $n } Realverlauf decisions
    }

## run

cli-run-wrong-scenario = { $file }: the decision log belongs to scenario '{ $log }', not to '{ $scenario }'
cli-log-too-large = { $path }: the file is larger than { $limit } bytes, the most a decision log may have
cli-log-parse = { $path }:{ $line }:{ $column }: error in decision log: { $message }
cli-run-head = { $title } ({ $id }), mode { $mode }, seed { $seed }
cli-run-ticks = { $ticks } ticks to { $end }; skipped decisions: { $skipped }
cli-run-hosts = hosts: { $total } in total, at most { $compromised } compromised, at most { $encrypted } encrypted
cli-run-breached = state network breached: { $answer }
cli-yes = yes
cli-no = no
cli-run-services = services (hours down, back from, largest backlog):
cli-run-day = day { $day }
cli-never = never
cli-run-deadlines = deadlines:
cli-run-costs = cases lapsed: { $lapsed }; cost: { $cost } EUR; normal operation from: { $normal }
cli-run-state-hash = state hash: { $hash }
cli-run-held-longest = what held the services longest (days):
cli-run-not-up = not up at the end, because:
cli-run-refused = refused decisions:
cli-run-waiting = decisions still waiting at the end:
cli-run-objectives = objectives:
cli-objective-met = met
cli-objective-not-met = not met
cli-objective-open = open

## sweep

cli-sweep-expected-k = '{ $text }': expected K=...
cli-sweep-not-a-number = '{ $k }' is not a logbook number
cli-sweep-bad-shift = '{ $delta }' is not a shift like +6h, -30min or +2d
cli-sweep-mode-for-scenario = --historical and --passive apply to a scenario; an exercise file is swept with its own decisions
cli-sweep-head = { $id } ({ $mode }), { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    }, seeds { $first }–{ $last }
cli-sweep-col-figure = figure
cli-sweep-col-p10 = 10th
cli-sweep-col-median = median
cli-sweep-col-p90 = 90th
cli-sweep-not-decision = logbook entry { $k } is not a decision
cli-sweep-change-drop = drop { $k }
cli-sweep-change-shift = shift { $k } by { $minutes } min
cli-sweep-change-replace = replace { $k } with { $action }
cli-sweep-breached = { $change }: state network breached in { $variant }% of { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } instead of { $base }%; skipped decisions: { $skipped }
cli-sweep-rejoined-between = {" "}({ $when })
cli-sweep-paired = { $precise ->
        [yes] Precise enough after { $runs } runs
       *[no] Not precise enough; all { $runs } runs used
    }; { $rejoined ->
        [0] none
        [one] one
       *[other] { $rejoined }
    } came back onto the exercise's course{ $between }. Per figure: median [10th–90th percentile] of the exercise → of the change, Δ mean difference per seed (change minus exercise) ± 90 % interval.

## report, play, replay

cli-report-is-exercise = { $path }: that is the exercise file
cli-report-whatif-progress = What if: { $done } of at most { $most } runs done
cli-report-partial = { $path }: written by { $engine }, not replayed with { $current }; the report shows only the logbook, decisions and ratings
cli-play-needs-terminal = play needs a terminal (its output is redirected)
cli-play-cannot-continue = This version of the program cannot continue the exercise (it would run differently); here is its logbook, read-only:
cli-film-needs-terminal = the Lagefilm needs a terminal (its output is redirected); to check without one: replay --verify
cli-replay-verified = { $path }: { $n ->
        [one] { $n } tick
       *[other] { $n } ticks
    } verified, state hash { $hash } at tick { $tick }

## Problems in a scenario file (check, and every command that loads a scenario).

cli-issue-label = error
cli-kind-source = source
cli-kind-role = role
cli-kind-organisation = organisation
cli-kind-provider = provider
cli-kind-network = network
cli-kind-link = link
cli-kind-system = system
cli-kind-service = service
cli-kind-deadline = deadline
cli-kind-attacker = attacker
cli-kind-action = action
cli-kind-inject = inject
cli-kind-objective = objective
cli-kind-phase = phase
cli-kind-decision = decision
cli-kind-team = team
cli-kind-group = group
cli-issue-did-you-mean = did you mean '{ $suggestion }'?
cli-issue-syntax = syntax error: { $message }
cli-issue-invalid-utf8 = the file is not valid UTF-8
cli-issue-invalid-id = id '{ $id }' is invalid: use lowercase letters, digits and '-', starting with a letter
cli-issue-duplicate-id = id '{ $id }' is used twice (first at { $first })
cli-issue-unknown-id = unknown { $kinds } '{ $id }'
cli-issue-wrong-kind = '{ $id }' is of kind { $found }, expected: { $kinds }
cli-issue-dependency-cycle = dependency cycle: { $cycle }
cli-issue-probability = probability '{ $value }' is not between 0 and 1
cli-issue-negative = value '{ $value }' must not be negative
cli-issue-over-limit = value '{ $value }' exceeds the limit of { $limit }
cli-issue-too-many-hosts = '{ $total }' hosts in total exceed the limit of { $limit }
cli-issue-no-target = no target
cli-issue-effect-target = effect '{ $effect }' needs a { $kinds } as target, but the action targets: { $target }
cli-issue-bad-time = time '{ $value }' is invalid; expected 'YYYY-MM-DD HH:MM', e.g. '2021-10-15 03:00'
cli-issue-time-outside = time '{ $value }' lies outside the scenario ({ $first } to { $last })
cli-issue-no-provenance = element has neither 'sources' nor 'assumption'; cite a source or mark it as an assumption
cli-issue-bad-language = language '{ $value }' is unknown; allowed: { $allowed }
cli-issue-bad-duration = invalid duration: { $why }
cli-issue-zero-tick = 'tick' must be longer than zero
cli-issue-shorter-than-tick = 'duration' must be at least one tick
cli-issue-inject-cycle = injects trigger each other: { $cycle }
cli-issue-empty = text must not be empty
cli-issue-bad-url = address '{ $value }' is not a URL; it must start with 'https://' or 'http://'
cli-issue-bad-date = date '{ $value }' is invalid; expected 'YYYY-MM-DD'
cli-issue-self-link = link leads from network '{ $network }' to itself
cli-issue-needs-target = action '{ $action }' needs a 'target'
cli-issue-takes-no-target = action '{ $action }' takes no target; remove 'target'
cli-issue-not-chronological = time '{ $at }' is before the previous entry ({ $previous }); keep them in order
cli-issue-stage-order = stage '{ $stage }' is repeated or out of order; order: foothold, privilege_escalation, discovery, lateral_movement, recovery_inhibition, encryption, extortion, exfiltration
cli-issue-not-a-target = '{ $id }' is not a valid target of action '{ $action }'
cli-issue-empty-list = list must not be empty
cli-issue-factor = factor '{ $value }' is not between 1 and 100
cli-issue-rate = rate '{ $value }' per hour is not between 0 and 1000
cli-issue-reach-too-large = the links of '{ $network }' would carry { $share } of its contacts together (at most 1): lower the shares in 'reach'
cli-issue-foothold-hosts = '{ $value }' hosts in the foothold system: at least 1, at most { $hosts } (all it has)
cli-issue-control-inject-reports = an inject addressed to exercise control never reaches the staff and cannot change its picture: remove 'reports' or drop 'for_control'
cli-issue-channel-route = each channel at most once, with another channel as its fallback
cli-issue-unknown-figure = unknown key figure '{ $name }'
cli-issue-key-figures = key figures: hosts.*, state_network_breached, fines_lapsed, cost_eur, normal_operation_day, services.<id>.*, deadlines.<id>.met
cli-issue-observed-flag = value '{ $value }' is invalid for this yes/no figure; use 0 (no) or 1 (yes)
cli-issue-observed-value = value '{ $value }' must be a finite number, 0 or more
cli-issue-observed-twice = key figure '{ $figure }' is observed twice (first at { $first })
cli-issue-control-character = control character U+{ $code } in the text; texts may hold no control characters (except tab and line feed)
cli-issue-period = 'period' must be longer than zero
cli-issue-unreadable = cannot read '{ $what }': { $reason }
cli-issue-too-large-known = the file is { $bytes } bytes; at most { $limit } bytes (64 MiB) are allowed
cli-issue-too-large = the file is larger than { $limit } bytes (64 MiB), the most allowed
