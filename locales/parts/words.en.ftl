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
