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
cli-sweep-runs-help = How many runs (seeds S, S+1, …)
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
cli-report-counterfactuals-help = Add the three decisions whose leaving-out changes the outcome most (re-runs the exercise over many seeds)
cli-report-runs-help = Runs per version for --counterfactuals, at most: seeds are added in batches of 20 only until the headline figures are precise enough [default: 200]
cli-report-reference-help = For --counterfactuals: every version run whole on all --runs seeds (the reference the fast method is checked against; slow)
cli-report-jobs-help = Threads for --counterfactuals [default: all cores]; the report never depends on it
cli-report-logbook-help = Print only the Einsatztagebuch, page-numbered for signature [default file: <name>.einsatztagebuch.html]
cli-report-force-help = Replace the output even if it is a regular file krisenstab did not write (never a folder, link or device)
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
