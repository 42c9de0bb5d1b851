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
report-aar-decision-at = “{ $decision }” on { $time }
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
report-aar-method-history = The real course is what was actually decided in 2021, replayed in the same model on the same seed. It is a discussion aid, not the right answer; where the report says “instead of”, it compares these two runs.
report-aar-method-seeds = A single run is one possible course. Statements about what a decision would have changed rest on many runs with different seeds and give ranges.
report-aar-method-assumptions = Where sources are missing, the scenario rests on marked assumptions (durations, staff numbers, case counts); the Drehbuch names each inject's source or assumption.
report-aar-method-plan = The plan's dates are proposals: work starts with the after-action conference about four weeks after the exercise, three months per measure; critical findings start the day after the exercise with one month to close.
