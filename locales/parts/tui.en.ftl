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
tui-observe-keys = Enter save · Esc cancel
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
