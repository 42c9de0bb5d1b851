## Shared words: statuses, times, durations, reasons, script events, logbook lines.

words-role-control = Steuerung
words-role-staff = Stab
words-role-observer = Beobachtung

words-exercise-prepared = vorbereitet
words-exercise-running = läuft
words-exercise-paused = angehalten
words-exercise-interrupted = unterbrochen
words-exercise-ended = ENDEX

words-service-up = läuft
words-service-degraded = eingeschränkt
words-service-paper = Papier
words-service-down = ausgefallen

words-inject-pending = geplant
words-inject-held = zurückgehalten
words-inject-forced = wird eingespielt
words-inject-released = eingespielt
words-inject-skipped = ausgelassen
words-inject-withheld = entfallen (Bedingung)

words-priority-low = einfach
words-priority-normal = normal
words-priority-high = sofort
words-priority-flash = Blitz

words-channel-phone = Telefon
words-channel-mail = E-Mail
words-channel-fax = Fax
words-channel-courier = Bote
words-channel-in-person = persönlich
words-channel-press = Presse
words-channel-radio = Funk
words-channel-sitrep = Lagemeldung
words-channel-social-media = Soziale Medien

words-reaction-pending = offen
words-reaction-done = erledigt
words-reaction-deviating = abweichend

words-entry-decision = Entscheidung
words-entry-inject = Eingang
words-entry-report = Meldung
words-entry-note = Hinweis
words-entry-control = Steuerung
words-entry-observation = Beobachtung

words-verdict-met = erfüllt
words-verdict-partly = teilweise
words-verdict-not-met = nicht erfüllt
words-verdict-not-observed = nicht beobachtet

words-stage-foothold = Erstzugang
words-stage-privilege-escalation = Rechteausweitung
words-stage-discovery = Erkundung
words-stage-lateral-movement = Ausbreitung im Netz
words-stage-recovery-inhibition = Sicherungen sabotieren
words-stage-encryption = Verschlüsselung
words-stage-extortion = Erpressung
words-stage-exfiltration = Datenabfluss

# $day: the day's number, already written out.
words-day = Tag { $day }

words-duration-minutes = { $minutes } min
words-duration-hours = { $hours } h
words-duration-hours-minutes = { $hours } h { $minutes } min
words-duration-days = { $days } T
words-duration-days-hours = { $days } T { $hours } h

# An exercise time; every part is already written out with its leading zeros.
words-wall-time = { $day }.{ $month }.{ $year } { $time }
words-short-time = { $day }.{ $month }. { $time }

words-quote = „{ $text }“

words-waits-for = wartet auf: { $what }
words-waits-staff = freies Personal
words-waits-done = „{ $name }“ abgeschlossen
words-waits-not-started = „{ $name }“ nicht begonnen
words-waits-link-cut = „{ $name }“ getrennt
words-waits-system-clean = „{ $name }“ geprüft und sauber
words-waits-prerequisite = eine Voraussetzung

words-deadline-met = eingehalten
words-deadline-missed = verfehlt
words-deadline-not-due = noch nicht fällig

words-euros = { $amount } €

words-rejection-unknown-action = unbekannte Maßnahme { $id }
words-rejection-unknown-target = unbekanntes Ziel { $id }
words-rejection-target-required = die Maßnahme braucht ein Ziel
words-rejection-no-target = die Maßnahme hat kein Ziel
words-rejection-not-a-target = { $id } ist kein Ziel dieser Maßnahme
words-rejection-unknown-function = unbekannte Funktion { $id }
words-rejection-unknown-inject = unbekannte Einlage { $id }
words-rejection-duplicate-inject = Einlage { $id } gibt es schon
words-rejection-prerequisite = eine Voraussetzung ist nicht erfüllt
words-rejection-order-required = die Reihenfolge braucht mindestens einen Eintrag
words-rejection-scenario-over = das Szenario ist zu Ende
words-rejection-crosses-tick = die Wartezeit reicht über den nächsten Schritt

# The heads of control's lines on the script in the Einsatztagebuch (the inject's title follows).
words-script-released = Einlage freigegeben
words-script-held = Einlage zurückgehalten
words-script-struck = Einlage gestrichen
words-script-ad-hoc = Einlage der Übungssteuerung geschrieben
words-script-to-control = Einlage an die Übungssteuerung
words-script-withheld = Einlage entfallen (Bedingung)

words-withheld-decided = die Entscheidung „{ $action }“ liegt vor
words-withheld-decided-target = die Entscheidung „{ $action }“ ({ $target }) liegt vor
words-withheld-not-holding = nicht erfüllt: { $state }

# $number: the corrected entry's number.
words-corrects = (berichtigt Nr. { $number })

words-reason-encrypted = { $n } verschlüsselt
words-reason-compromised = { $n } befallen
words-reason-offline = { $n } aus
words-reason-in-work = { $n } in Arbeit
words-reason-not-back = { $name } nicht zurück
words-reason-not-back-counts = { $name } nicht zurück (von { $total }: { $counts })
words-reason-isolated = { $name } isoliert
words-reason-cut = { $name } getrennt
words-reason-team-in-work = { $team }: in Arbeit
words-reason-team-hosts-in-work = { $team }: { $hosts } Rechner in Arbeit
words-reason-not-its-turn = { $team }: noch nicht an der Reihe
# $place: the team's place in the recovery order, already written out.
words-reason-place = { $team }: Platz { $place } der Reihenfolge
# $day: the day's number, already written out.
words-reason-arrives = { $team } nicht vor Ort, kommt an Tag { $day }
words-reason-absent = { $team } nicht vor Ort
words-reason-no-team = kein Team für diese Arbeit
words-reason-needs = wartet auf { $system }
words-reason-backup = Rücksicherung wartet auf { $system }
words-reason-attacker = Täter noch aktiv in { $network }
words-reason-gate = Wiederanlauf noch nicht freigegeben
words-reason-under-way = { $action } läuft
words-reason-not-decided = { $action } — noch nicht entschieden

## The Drehbuch (MSEL).

words-drehbuch-number = Nr.
words-drehbuch-id = Kennung
words-drehbuch-time = Zeit / Auslöser
words-drehbuch-sender = Absender
words-drehbuch-receiver = Empfänger
words-drehbuch-channel = Meldeweg
words-drehbuch-priority = Vorrang
words-drehbuch-title = Betreff
words-drehbuch-content = Inhalt
words-drehbuch-expected-reaction = Erwartete Reaktion
words-drehbuch-control-note = Hinweis für die Steuerung
words-drehbuch-heading = Drehbuch: { $title }
words-drehbuch-injects = Einlagen

# $delay: a length of time, already written out; $number: the inject's number.
words-trigger-after-inject = { $delay } nach Nr. { $number }
words-trigger-action-taken = { $delay } nach Beginn „{ $action }“
words-trigger-action-not-taken = { $time }, falls „{ $action }“ nicht begonnen
words-trigger-when = wenn { $state }

words-condition-service-down = „{ $service }“ { $duration } ausgefallen
words-condition-hosts-encrypted = { $n } Rechner verschlüsselt
words-condition-deadline-missed = „{ $deadline }“ verfehlt
words-condition-link-cut = „{ $link }“ getrennt
words-condition-service-up = „{ $service }“ in Betrieb
words-condition-link-open = „{ $link }“ nicht getrennt

words-conditions-to-control = an die Übungssteuerung
words-conditions-only-if = nur wenn { $state }
words-conditions-unless = entfällt nach Entscheidung „{ $action }“
words-conditions-unless-target = entfällt nach Entscheidung „{ $action }“ ({ $target })

## Einsatztagebuch lines the program writes.

# The exercise's start and end, as staffs say it in every language.
words-log-startex = STARTEX
words-log-endex = ENDEX
words-log-pause = Übung angehalten
words-log-pause-reason = Übung angehalten – Grund: { $reason }
words-log-resume = Übung fortgesetzt
words-log-interrupt = Realereignis – Übung unterbrochen
words-log-phase-briefing = Lageeinweisung { $phase }: { $briefing } { $summary }
# $since: an exercise time, already written out.
words-log-jump-summary = Seit { $since }: { $injects ->
        [one] { $injects } Einlage
       *[other] { $injects } Einlagen
    }, { $services ->
        [one] { $services } Dienständerung
       *[other] { $services } Dienständerungen
    }, { $deadlines ->
        [0] 0 Fristen
        [one] { $deadlines } Frist ({ $missed } verfehlt)
       *[other] { $deadlines } Fristen ({ $missed } verfehlt)
    }, { $actions ->
        [one] { $actions } Maßnahme
       *[other] { $actions } Maßnahmen
    } abgeschlossen.
words-log-decision = { $decision }; Begründung: { $reason }
words-log-reports = Meldungen
words-log-compromised = { $n } kompromittiert
words-log-encrypted = { $n } verschlüsselt
words-log-action-finished = Maßnahme abgeschlossen: { $action }
words-log-decision-dropped = Entscheidung entfällt, sie kann nicht mehr wirken: { $action }
# A part left empty on the Lage page is passed as "–".
words-log-lage = Lagevortrag – Lage: { $situation }; Annahmen: { $assumptions }; Offene Fragen: { $questions }
words-log-briefing-off = Lagevortrag: kein fester Takt mehr
words-log-briefing-exercise-time = Lagevortrag alle { $minutes } min Übungszeit
words-log-briefing-real-time = Lagevortrag alle { $minutes } min Echtzeit
