## Deutsch. Jede Meldung des Programms; Szenariotexte stehen im Szenario.
## Eine weitere Sprache: diese Datei kopieren, als locales/<code>.ftl speichern, übersetzen.

# Wie Zahlen geschrieben werden: das Beispiel 1.234,5 in dieser Sprache.
number-format = 1.234,5

## ---- words ----

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
words-moment = am { $day }.{ $month }.{ $year } um { $time }
words-between = { $same ->
        [yes] { $first }
       *[no] frühestens { $first }, spätestens { $last }
    }

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

## ---- tui ----

## Terminal interface (tui): screens, help, guide, key lines, dialogs, status messages.
## Screen names (Lagebild, Einlagen, …) stay German in every language.

## The fixed words of the screens (tui::text::Texts)

tui-exercise = ÜBUNG
tui-too-small = Fenster zu klein (mind. 80×24)
tui-day = Tag
tui-real-time = Echtzeit
tui-exercise-time = Übungszeit
tui-help-hint = ? Hilfe
tui-help-title = Hilfe
tui-help-close = ?, F1 oder Esc schließt die Hilfe
tui-quit-title = Beenden
tui-quit-question = Übung verlassen?
tui-quit-saved = Die Übungsdatei ist gespeichert; die Übung kann fortgesetzt werden.
tui-quit-keys = j: verlassen   n / Esc: weiter üben
tui-more = weitere
tui-more-quiet = weitere ohne Befund
tui-none = —
tui-no-data = Noch keine Daten: die Übungszeit ist nicht fortgeschritten.
tui-staff-busy = Personal gebunden
tui-speed = Zeitraffer
tui-networks = Netze und Verwaltungen
tui-services = Dienste und Fachverfahren
tui-deadlines = Fristen
tui-at-risk = Verjährung droht
tui-within-week = binnen 7 T
tui-running = Laufende Maßnahmen
tui-links = Verbindungen
tui-col-link = Verbindung
tui-link-cut = getrennt
tui-link-up = verbunden
tui-col-network = Netz
tui-col-known-comp = kompr.
tui-col-known-enc = verschl.
tui-col-state = Lage
tui-col-truth-comp = W:kompr.
tui-col-truth-enc = W:verschl.
tui-col-hosts = Rechner
tui-col-checked = Prüfung
tui-col-offline = aus
tui-col-restored = wiederh.
tui-col-service = Dienst
tui-col-status = Status
tui-col-backlog = Rückst.
tui-col-lapsed = verj.
tui-col-capacity = Kap./Tag
tui-col-aid = Hilfe/Tag
tui-col-deadline = Frist
tui-col-due = fällig
tui-col-left = Stand
tui-col-action = Maßnahme
tui-col-target = Ziel
tui-isolated = isoliert
tui-shut-down = heruntergefahren
tui-shut-down-short = aus
tui-suspected = Verdacht
tui-false-alarm = Fehlalarm
tui-waiting = wartet auf Personal
tui-no-running = keine laufenden Maßnahmen
tui-met = eingehalten
tui-missed = verfehlt
tui-overdue = überfällig
tui-truth-marker = W: = Wahrheit (nur Steuerung)
tui-unread = neu
tui-refers-to = Bezug
tui-confirm-keys = Enter oder j: entscheiden · n: Begründung ändern · ← zurück · Esc abbrechen
tui-col-time = Zeit
tui-col-priority = Vorrang
tui-col-channel = Meldeweg
tui-col-receiver = an
tui-col-title = Betreff
tui-col-reaction = Reaktion
tui-filter = Filter
tui-all-functions = alle Funktionen
tui-no-injects = Noch keine Einlagen eingegangen.
tui-from = Von
tui-to = An
tui-received = Eingang
tui-expected-reaction = Erwartete Reaktion
tui-control-note = Steuerungshinweis
tui-false-alarm-flag = FEHLALARM – die Meldung trifft nicht zu
tui-ad-hoc = Ad-hoc-Einlage
tui-inbox-keys = ↑↓ wählen · a / Enter quittieren · r Reaktion · f Filter
tui-col-function = Funktion
tui-col-duration = Dauer
tui-col-staff = Personal
tui-col-cost = Kosten
tui-requires = setzt voraus
tui-target-kind = Ziel
tui-decide-hint = d / Enter: Entscheidung treffen (Maßnahme, Ziel, Funktion, Begründung)
tui-decide-title = Entscheidung
tui-step-action = Maßnahme
tui-step-target = Ziel
tui-step-function = Funktion
tui-step-reason = Begründung
tui-step-confirm = Bestätigen
tui-no-target = Diese Maßnahme braucht kein Ziel.
tui-reason-prompt = Warum? Die Begründung kommt ins Einsatztagebuch.
tui-confirm-prompt = Entscheidung so treffen? Sie wird mit Begründung ins Einsatztagebuch geschrieben.
tui-decide-keys = ↑↓ wählen · Enter weiter · ← zurück · Esc abbrechen
tui-responsible = zuständig
tui-step-order = Reihenfolge
tui-order-keys = ↑↓ · Leertaste/Enter aufnehmen/streichen · → weiter · ← zurück · Esc abbrechen
tui-col-item = Dienst oder System
tui-recovery-order = Wiederanlaufreihenfolge
tui-default-order = Standardreihenfolge des Szenarios
tui-teams = Teams
tui-not-on-site = nicht vor Ort
tui-why = Warum (c)
tui-why-title = Warum?
tui-why-waits = wartet auf eine Entscheidung
tui-why-never = voraussichtlich nicht bis zum Ende des Szenarios
tui-why-stays = bleibt voraussichtlich in Betrieb
tui-why-no-decision = keine Entscheidung dazu in Arbeit
tui-why-keys = Esc oder c schließt
tui-col-number = Nr.
tui-col-kind = Art
tui-col-text = Eintrag
tui-empty-logbook = Das Einsatztagebuch ist leer.
tui-logbook-keys = ↑↓ wählen · n Eintrag · k Berichtigung
tui-note-title = Neuer Eintrag
tui-correct-title = Berichtigung zu Nr.
tui-text-prompt = Text
tui-note-keys = ←→ Funktion · ↑↓ Art · Enter eintragen · Esc abbrechen
tui-chart-services = Dienste in Betrieb
tui-chart-hosts = Befallene Rechner (kompromittiert oder verschlüsselt)
tui-series-services = in Betrieb
tui-series-known = bekannt
tui-series-truth = W: befallen
tui-series-encrypted = W: verschlüsselt
tui-axis-day = Tag
tui-objectives = Übungsziele
tui-col-objective = Ziel
tui-col-run = Lauf
tui-col-rating = Bewertung
tui-not-rated = nicht bewertet
tui-open = offen
tui-truth-after-endex = nach ENDEX
tui-observer-keys = b bewerten · o Beobachtung
tui-rate-title = Übungsziel bewerten
tui-observe-title = Beobachtung
tui-pause-title = Übung anhalten
tui-entry-title = Eintrag im Einsatztagebuch
tui-preview-title = Einlage im Drehbuch
tui-lage-title = Lage-Seite für den Lagevortrag
tui-lage-field-situation = Lage
tui-lage-field-assumptions = Annahmen
tui-lage-field-questions = Offene Fragen
tui-lage-keys = Tab Feld · Enter weiter/eintragen · Esc abbrechen
tui-meta-title = STARTEX: Angaben zur Übung für den Bericht
tui-meta-field-title = Übung
tui-meta-field-date = Datum (JJJJ-MM-TT)
tui-meta-field-kind = Übungsart (etwa Planbesprechung, Stabsrahmenübung)
tui-meta-field-lead = Übungsleitung
tui-meta-field-evaluators = Auswertende (durch Komma getrennt)
tui-meta-field-contact = Ansprechstelle
tui-meta-keys = Tab Feld · Enter weiter, im letzten Feld STARTEX · Esc abbrechen
tui-lage-empty = Noch keine Lage-Seite eingetragen.
tui-conditions = Bedingungen
tui-entry-keys = Esc / Enter schließen
tui-pause-prompt = Grund (oder eigener Text)
tui-pause-keys = ↑↓ Grund wählen · Text tippen · Enter anhalten · Esc weiterlaufen
tui-pause-reason-briefing = Lagebesprechung des Stabes
tui-pause-reason-break = Pause
tui-pause-reason-fault = Technische Störung
tui-pause-reason-question = Rückfrage an die Übungsleitung
tui-comment-prompt = Kommentar
tui-verdict-prompt = Bewertung
tui-objective-prompt = Ziel
tui-rate-keys = ↑↓ Ziel · ←→ Bewertung · Enter speichern · Esc abbrechen
tui-observe-keys = „!“ vorn = kritisch · Enter speichern · Esc abbrechen
tui-truth = Lage (Wahrheit)
tui-script = Drehbuch
tui-control-keys = Steuerung
tui-status = Übungsstatus
tui-attacker-stage = Täterphase
tui-hosts-compromised = Rechner kompromittiert
tui-hosts-encrypted = Rechner verschlüsselt
tui-known-short = bekannt
tui-false-alarms = Fehlalarme
tui-next-inject = Nächste Einlage
tui-no-next-inject = keine geplant
tui-next-phase = Nächste Phase
tui-col-id = Einlage
tui-col-trigger = Auslöser
tui-due-now = fällig
tui-trigger-condition = Bedingung
tui-trigger-after = nach
tui-trigger-taken = nach Maßnahme
tui-trigger-not-taken = ohne Maßnahme bis
tui-adhoc-title = Ad-hoc-Einlage
tui-adhoc-field-subject = Betreff
tui-adhoc-field-sender = Absender
tui-adhoc-field-receiver = Empfänger
tui-adhoc-field-channel = Meldeweg
tui-adhoc-field-priority = Vorrang
tui-adhoc-field-content = Inhalt
tui-adhoc-keys = Tab Feld · ←→ Auswahl · Enter weiter/einspielen · Esc abbrechen
tui-stage-none = noch nicht im Netz
tui-film = Lagefilm
tui-film-read-only = nur lesend
tui-read-only-keys = ↑↓ wählen · nur lesend: keine Entscheidung, keine Zeit, nichts wird gespeichert
tui-quit-unchanged = Die Übungsdatei bleibt unverändert.

## The help overlay (?): keys and what they do

tui-help-choose-a-screen = Bildschirm wählen
tui-help-next-previous-screen = Bildschirm vor/zurück
tui-help-key-rows = ↑↓ Bild↑↓
tui-help-select-a-row = Zeile wählen
tui-help-key-home-end = Pos1/Ende
tui-help-first-last-row = erste / letzte Zeile
tui-help-acknowledge-decide-read-in-full = quittieren / entscheiden / ganz lesen
tui-help-read-an-entry-in-full = Eintrag ganz lesen
tui-help-back-cancel = zurück / abbrechen
tui-help-why-causes-of-the-row = warum? Ursachen der Zeile
tui-help-injects-by-function = Einlagen nach Funktion
tui-help-help = Hilfe
tui-help-quit-asks-first = beenden (fragt nach)
tui-help-read-the-situation-page = Lage-Seite lesen
tui-help-write-the-situation-page = Lage-Seite schreiben
tui-help-briefing-interval = Takt des Lagevortrags
tui-help-general = Allgemein
tui-help-1-tick-back-on = 1 Takt zurück/vor
tui-help-1-day-back-on = 1 Tag zurück/vor
tui-help-previous-next-decision = vorige/nächste Entscheidung
tui-help-start-end = Anfang/Ende
tui-help-key-space = Leertaste
tui-help-play-stop = abspielen/anhalten
tui-help-film-faster-slower = schneller/langsamer
tui-help-observer = Beobachtung
tui-help-rate-an-objective = Übungsziel bewerten
tui-help-note-an-observation = Beobachtung notieren
tui-help-acknowledge-an-inject = Einlage quittieren
tui-help-rate-the-reaction = Reaktion bewerten
tui-help-take-a-decision = Entscheidung treffen
tui-help-logbook-entry = Eintrag ins Tagebuch
tui-help-correct-an-entry = Eintrag berichtigen
tui-help-staff = Stab
tui-help-exercise-time = Übungszeit
tui-help-1-hour-on = 1 Stunde weiter
tui-help-4-hours-on = 4 Stunden weiter
tui-help-1-day-on = 1 Tag weiter
tui-help-next-phase-briefing = Vorlauf: nächste Phase
tui-help-pause = Pause
tui-help-real-event-interrupt = Realereignis (Abbruch)
tui-help-faster-slower = schneller / langsamer
tui-help-exercise-control = Übungssteuerung
tui-help-to-the-next-inject = bis zur nächsten Einlage
tui-help-release-the-inject = Einlage freigeben
tui-help-hold-the-inject = Einlage zurückhalten
tui-help-strike-the-inject = Einlage streichen
tui-help-write-an-inject = eigene Einlage schreiben

## Screen titles: the German name, in English with a subtitle.

tui-title-lagebild = { $name }
tui-title-einlagen = { $name }
tui-title-massnahmen = { $name }
tui-title-einsatztagebuch = { $name }
tui-title-verlauf = { $name }
tui-title-steuerung = { $name }

## Lagebild, Einlagen, Einsatztagebuch

tui-expected-back = voraussichtlich wieder ab Tag { $day }
tui-channel-instead-of = { $channel } (statt { $planned })
tui-note-kind-hint = Hinweis
tui-note-kind-task = Auftrag
tui-note-kind-report = Meldung
tui-note-kind-decision = Entscheidung
tui-note-kind-query = Rückfrage
tui-linked-inject = zu Einlage „{ $title }“
tui-countdown = noch { $left }
tui-corrected-by = (berichtigt durch Nr. { $numbers })
tui-target-kind-network = Netz
tui-target-kind-link = Verbindung
tui-target-kind-system = System
tui-target-kind-service = Dienst
tui-target-kind-organisation = Verwaltung
tui-target-kind-group = Gruppe

## What the last action came to (status line)

tui-outcome-done = ausgeführt
tui-outcome-not-allowed = für diese Rolle nicht möglich
tui-outcome-rejected = abgelehnt: { $why }
tui-outcome-over = Die Übung ist beendet.
tui-outcome-paused = Die Übung ist angehalten.
tui-outcome-stopped = Zeit angehalten bei Blitz-Einlage: { $title }
tui-outcome-briefing-due = Zeit angehalten: Lagevortrag fällig (L: Lage-Seite)
tui-outcome-stopped-for-control = Zeit angehalten, Einlage an die Übungssteuerung: { $title }
tui-outcome-save-failed = SPEICHERN FEHLGESCHLAGEN: { $why }
tui-not-applicable = Nicht möglich, die Einlage „{ $title }“ { $why }
tui-not-applicable-released = ist schon beim Stab eingegangen
tui-not-applicable-forced = wird schon freigegeben
tui-not-applicable-held = ist schon zurückgehalten
tui-not-applicable-skipped = ist schon gestrichen
tui-not-applicable-pending = wartet noch auf ihren Auslöser
tui-not-applicable-withheld = ist nach ihrer Bedingung entfallen

## The guided overlay of a new exercise

tui-guide-welcome-title = Willkommen in der Übung
tui-guide-welcome-control = Sie steuern die Übung. s gibt STARTEX; + und - stellen den Zeitraffer, p hält die Zeit mit einem Grund an. Die Zeit hält von selbst bei Blitz-Einlagen und Einlagen an die Übungssteuerung.
tui-guide-welcome-staff = Sie üben als Stab. Ohne Übungssteuerung geben Sie selbst STARTEX mit s; + und - stellen den Zeitraffer, p hält die Zeit an. Die Lage sehen Sie hier, so wie sie dem Stab bekannt ist.
tui-guide-welcome-observer = Sie beobachten die Übung. b bewertet ein Übungsziel, o notiert eine Beobachtung; bei den Einlagen sehen Sie die erwartete Reaktion.
tui-guide-injects-title = Einlagen
tui-guide-injects = Hier kommt an, was die Außenwelt meldet: Anrufe, E-Mails, Presse. ● heißt ungelesen; a oder Enter quittiert, n schreibt einen Eintrag zur Einlage (Meldung, Rückfrage …).
tui-guide-decide-title = Maßnahmen
tui-guide-decide = d trifft eine Entscheidung: Maßnahme, Ziel, Funktion, Begründung. Sie steht sofort im Einsatztagebuch und wirkt nach ihrer Vorlaufzeit; hier sehen Sie, was läuft und worauf es wartet.
tui-guide-end-title = Ende der Übung
tui-guide-end = e beendet die Übung (ENDEX, mit Rückfrage). ? zeigt jederzeit genau die Tasten, die gerade gehen. Den Auswertungsbericht erstellt danach: krisenstab report <Übungsdatei>.
tui-guide-logbook-title = Einsatztagebuch
tui-guide-logbook = Jede Entscheidung, jede Einlage und jeder Eintrag, nummeriert und unveränderlich; k berichtigt mit einem neuen Eintrag, Enter zeigt einen Eintrag ganz, L die Lage-Seite.
tui-guide-progress-title = Verlauf
tui-guide-progress = Die Übungsziele und wie weit sie erreicht sind, die Fristen und die Zahlen über die Zeit.
tui-guide-control-title = Steuerung
tui-guide-control = Nur für die Übungssteuerung: das Drehbuch mit allen Einlagen (Enter liest eine ganz), l gibt frei, h hält zurück, u streicht, i schreibt eine eigene; links die Wahrheit hinter der Lage.
tui-guide-keys = Enter / → weiter · ← zurück · Esc überspringen

## Key lines

tui-view-keys = ↑↓ wählen · nur lesen: hier wird nichts entschieden oder eingetragen
tui-inbox-keys-control = ↑↓ wählen · a / Enter quittieren · r Reaktion · f Filter
tui-inbox-keys-staff = ↑↓ wählen · a / Enter quittieren · f Filter
tui-inbox-keys-observer = ↑↓ wählen · f Filter · o Beobachtung
tui-logbook-keys-observer = ↑↓ wählen · o Beobachtung zum Eintrag
tui-logbook-keys-staff = ↑↓ wählen · n Eintrag · k Berichtigung
tui-next-mark = als nächste

## Read-only views: play --follow, the Lagefilm, another engine's file

tui-read-only-mark = NUR LESEN
tui-read-only-banner = {" "}NUR LESEND – geschrieben von { $engine }; von { $this } nicht nachgerechnet · nur das Einsatztagebuch · nichts wird gespeichert{" "}
tui-read-only-refused = Nur lesend (geschrieben von { $engine }): hier lässt sich nichts ändern
tui-read-only-help-title = Nur lesend
tui-read-only-help-select = Eintrag wählen
tui-read-only-key-home-end = Pos1 / Ende
tui-read-only-help-newest-oldest = neuester / ältester Eintrag
tui-read-only-help-close = Meldung schließen
tui-speed-short-weeks = { $n } Wo/s
tui-speed-short-days = { $n } T/s
tui-speed-short-hours = { $n } h/s
tui-speed-short-minutes = { $n } min/s
tui-speed-short-seconds = { $n } s/s

## The control keys on the Steuerung screen

tui-control-key-pause = Pause
tui-control-key-real-event = Realereignis
tui-control-key-hour = +1 h
tui-control-key-four-hours = +4 h
tui-control-key-day = +1 Tag
tui-control-key-next-inject = nächste Einlage
tui-control-key-next-phase = nächste Phase
tui-control-key-release = einspielen
tui-control-key-hold = halten
tui-control-key-skip = auslassen
tui-control-key-ad-hoc = Ad-hoc-Einlage
tui-control-key-speed = Zeitraffer

## Keys and dialogs: status-line messages

tui-film-speed = Tempo
tui-speed-stopped = Zeit steht
tui-speed-real-time = Echtzeit (1:1)
tui-interrupt-question = Realereignis – Übung unterbrechen? x oder j bestätigt, jede andere Taste bricht ab
tui-endex-question = ENDEX – Übung beenden? Danach laufen keine Zeit und keine Entscheidungen mehr, Bewertungen und Notizen bleiben möglich. e oder j bestätigt, jede andere Taste bricht ab
tui-cancelled = Abgebrochen
tui-filter-all-functions = Filter: alle Funktionen
tui-speed-label = Zeitraffer
tui-no-objectives = Dieses Szenario hat keine Übungsziele
tui-not-allowed = Für diese Rolle nicht möglich
tui-adhoc-default-sender = Übungssteuerung
tui-missing-order = Bitte mindestens einen Dienst oder ein System aufnehmen
tui-missing-reason = Bitte eine Begründung eingeben
tui-missing-text = Bitte einen Text eingeben
tui-missing-title = Bitte einen Titel eingeben

## Speeds (+ and -)

tui-speed-weeks = { $n ->
        [one] { $n } Woche je Sekunde
       *[other] { $n } Wochen je Sekunde
    }
tui-speed-days = { $n ->
        [one] { $n } Tag je Sekunde
       *[other] { $n } Tage je Sekunde
    }
tui-speed-hours = { $n } h je Sekunde
tui-speed-minutes = { $n } min je Sekunde
tui-speed-seconds = { $n } s je Sekunde

## The status line after an action

tui-over-interrupted = Übung unterbrochen (Realereignis)
tui-over-endex = ENDEX – die Übung ist beendet
tui-over-scenario = Das Szenario ist zu Ende
tui-paused = Die Übung ist angehalten: p setzt sie fort
tui-save-failed = Speichern fehlgeschlagen, die Übung läuft im Speicher weiter: { $why }
tui-refused = Abgelehnt: { $why }
tui-done-decision = Entscheidung eingetragen (Nr. { $last })
tui-done-lage = Lage-Seite eingetragen (Nr. { $last })
tui-done-note = Notiz eingetragen (Nr. { $last })
tui-done-correction = Berichtigung zu Nr. { $entry } eingetragen (Nr. { $last })
tui-done-acknowledged = Einlage „{ $title }“ als gelesen markiert
tui-reaction-pending = offen
tui-reaction-done = erledigt
tui-reaction-deviating = abweichend
tui-done-reaction = Reaktion auf „{ $title }“: { $reaction }
tui-done-exercise-time = Übungszeit: { $time }
tui-done-interrupt = Realereignis – Übung unterbrochen
tui-done-release = Einlage „{ $title }“ wird freigegeben
tui-done-hold = Einlage „{ $title }“ wird zurückgehalten
tui-done-skip = Einlage „{ $title }“ ist gestrichen
tui-done-ad-hoc = Einlage der Übungssteuerung „{ $title }“ geht beim nächsten Takt hinaus
tui-done-rate = Bewertung gespeichert
tui-done-observe = Beobachtung gespeichert
tui-done-cancel-quit = Weiter geht's

## Why the engine refused a decision or a control

tui-rejected-unknown-action = unbekannte Maßnahme { $id }
tui-rejected-unknown-target = unbekanntes Ziel { $id }
tui-rejected-target-required = diese Maßnahme braucht ein Ziel
tui-rejected-no-target = diese Maßnahme hat kein Ziel
tui-rejected-not-a-target = { $id } ist kein Ziel dieser Maßnahme
tui-rejected-unknown-function = unbekannte Funktion { $id }
tui-rejected-unknown-inject = unbekannte Einlage { $id }
tui-rejected-duplicate-inject = Einlage gibt es schon: { $id }
tui-rejected-scenario-over = das Szenario ist zu Ende
tui-rejected-crosses-tick = die Wartezeit reicht über den nächsten Schritt
tui-rejected-order-required = die Reihenfolge braucht mindestens einen Eintrag
tui-rejected-requires-done = zuerst „{ $name }“ abschließen
tui-rejected-requires-not-done = nicht mehr möglich nach „{ $name }“
tui-rejected-requires-link-cut = zuerst die Verbindung „{ $name }“ trennen
tui-rejected-requires-system-clean = „{ $name }“ ist noch nicht sauber
tui-rejected-prerequisite = eine Voraussetzung fehlt

## The terminal and the exercise file

tui-terminal-failed = Terminal kann nicht übernommen werden: { $why }
tui-file-read-only = Übungsdatei (nur gelesen, unverändert): { $path }
tui-file-play = Übungsdatei: { $path }
tui-file-follow = Verfolgte Übungsdatei: { $path }
tui-file-film = Lagefilm der Übungsdatei (unverändert): { $path }
tui-file-unreadable = Datei nicht lesbar, letzter Stand bleibt: { $why }

## ---- report ----

## Auswertungsbericht (src/report*): Kapitel, Tabellenköpfe, Sätze.

## Titel, Überblick und gemeinsame Tabellenköpfe
report-title = Auswertungsbericht
report-title-record = Auswertungsbericht (nur Aufzeichnung)
report-exercise-file = Übungsdatei
report-exercise-time = Übungszeit
report-real-time = Echtzeit
report-scenario = Szenario
report-status = Stand
report-logbook-entries = Einträge im Einsatztagebuch
report-decisions = Entscheidungen
report-injects-delivered = Einlagen zugestellt
report-seed-program = Startwert des Zufalls / Programm
report-seed = Startwert des Zufalls
report-scenario-checksum = Szenario-Prüfsumme (BLAKE3)
report-headless-span = – (ohne Terminal gerechnet)
report-item = Angabe
report-value = Wert
report-overview = Übungsüberblick
report-staff-functions = Beteiligte Funktionen
report-function = Funktion
report-task = Aufgabe
report-entries = Einträge
report-objectives = Übungsziele
report-overview-note = Geprüft werden Pläne, Abläufe und Meldewege, nicht Personen. Der Realverlauf ist Diskussionsgrundlage, nicht die „richtige Lösung“.
# Ob ein Wort des Programms am Anfang einer Tabellenzelle groß geschrieben wird: yes („Läuft“) oder no („läuft“).
report-capitalise-cells = no
report-yes = ja
report-no = nein
report-no-rows = Keine Einträge.
# Ein Datum: Tag, Monat (zweistellig) und Jahr (vierstellig).
## Kennzahlen
report-figure-compromised-peak = Rechner kompromittiert (Höchststand)
report-figure-encrypted-peak = Rechner verschlüsselt (Höchststand)
report-figure-state-network = { $networks } vom Angreifer erreicht
report-figure-fines-lapsed = Fälle verjährt ({ $services })
report-figure-cost = Kosten der Maßnahmen
report-figure-normal-operation = Normalbetrieb ab
report-figure-down-hours = { $service }: Stunden ausgefallen
report-figure-restored = { $service }: wieder verfügbar ab
report-figure-backlog-peak = { $service }: Rückstand (Höchststand)
report-figure-deadline-met = { $deadline }: eingehalten
report-never-down = nie ausgefallen
report-never = nie
report-not-yet-due = noch nicht fällig
report-exercise = Übung
report-history = Realverlauf (simuliert)

## Entscheidungen
report-not-finished = nicht abgeschlossen
report-finished = abgeschlossen { $time }
report-before-first-report = vor der ersten Meldung
report-decisions-summary = Entscheidungen: { $count }. Von der ersten Meldung bis zur ersten Entscheidung: { $latency }.
report-log-no = ETB-Nr.
report-decided-by = Entscheider
report-action = Maßnahme
report-target = Ziel
report-reason = Begründung
report-result = Ergebnis
report-decision = Entscheidung

## Fristen
report-requires-available = { $service } verfügbar (auch auf Papier)
report-requires-up = { $service } in Betrieb
report-requires-done = erledigt: { $action }
report-deadlines = Fristen
report-deadline = Frist
report-due = fällig
report-requires = verlangt

## Übungsziele und Beobachtungen
report-refers-entry = ETB-Nr. { $number }
report-refers-inject = Einlage { $id }
report-open = offen
report-not-rated = nicht bewertet
report-objective = Übungsziel
report-evidence = Befund aus dem Lauf
report-rating = Bewertung (Beobachter)
report-comment = Kommentar
report-observations = Beobachtungen
report-no-observations = Keine Beobachtungen erfasst.
report-objectives-ratings = Übungsziele und Bewertung

## Verbesserungsplan
## Anlagen
report-annex-logbook = Anlage A: Einsatztagebuch
report-number-short = Nr.
report-kind = Art
report-entry = Eintrag
report-annex-decisions = Anlage B: Entscheidungsregister
report-not-delivered = nicht zugestellt: Die Übung endete vorher
report-not-triggered = nicht ausgelöst: Die Bedingung trat nicht ein
report-script-number = Nr. im Drehbuch
report-delivered = zugestellt
report-to = an
report-priority = Vorrang
report-subject = Betreff
report-acknowledged = zur Kenntnis
report-reaction = Reaktion
report-expected-reaction = Erwartete Reaktion
report-injects-order = Die Einlagen in der Reihenfolge ihrer Zustellung, danach die nie zugestellten.
report-injects-headless = Diese Übung wurde ohne Stab gerechnet: Niemand hat Einlagen gelesen oder beantwortet, daher stehen hier weder Kenntnisnahme noch Reaktion.
report-annex-injects = Anlage C: Einlagenprotokoll

## Diagramme
# Ein Datum an der Achse eines Diagramms: Tag und Monat als Zahlen, Jahr zweistellig (15.10.21).
report-chart-date =
    { $day ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $day }
    }.{ $month ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $month }
    }.{ $year }
report-date-head = Datum
report-chart-cut = Gezeigt bis { $end } ({ $end_day }): Ab { $settled } ({ $settled_day }) ändert sich keine Linie mehr; die Tage danach bis { $last } ({ $last_day }) sind weggelassen.
report-value-on = Stand am { $date }
report-line = Linie
report-peak = Höchststand
report-on = am

## Realverlauf
report-offset-same = zur selben Zeit
report-offset-later = { $duration } später
report-offset-earlier = { $duration } früher
report-with-assumption = { $value } (Annahme: { $assumption })
report-not-taken = nicht getroffen
report-team-decision = { $time } (ETB-Nr. { $number }, { $offset })
report-realverlauf-title = Realverlauf { $year }
report-realverlauf-intro = Neben dem Spiel des Stabes: der Realverlauf, einmal mit den damaligen Entscheidungen und demselben Startwert des Zufalls simuliert, einmal so, wie die Quellen ihn berichten. Er ist Diskussionsgrundlage, nicht Maßstab.
report-key-figures = Kennzahlen
report-figure = Kennzahl
report-according-to-sources = { $year } laut Quellen
report-sources = Quellen
report-decisions-then = Entscheidungen { $year } und in der Übung
report-decisions-then-intro = Jeder damaligen Entscheidung steht die zeitlich nächste Entscheidung des Stabes mit derselben Maßnahme und demselben Ziel gegenüber; jede Entscheidung des Stabes steht höchstens einmal da.
report-reason-then = Begründung damals
report-in-exercise = In der Übung
report-id = Kennung
report-source-title = Titel
report-address = Adresse

## Ausfälle und Rückstände
report-chart-services = Verfügbare Dienste (in Betrieb oder eingeschränkt): Übung und simulierter Realverlauf.
report-services-axis = Dienste
report-chart-backlog = { $service }: offene Fälle, Übung und simulierter Realverlauf.
report-open-cases = offene Fälle
report-held = { $cause } ({ $days } { $days ->
        [one] Tag
       *[other] Tage
    })
report-services-title = Ausfälle und Rückstände
report-service = Dienst
report-hours-down = Stunden ausgefallen
report-back-from = wieder verfügbar ab
report-backlog-peak = Rückstand (Spitze)
report-backlog-now = Rückstand (Stand)
report-lapsed = verjährt
report-held-head = weil (am längsten)

## Zeitleiste
report-fact-stage = Angreifer erreicht Phase
report-fact-alarm = Alarm
report-fact-privileges-lost = Angreifer verliert seine Rechte
report-fact-shut-down = Rechner heruntergefahren
report-fact-inject = Einlage
report-fact-adhoc = Einlage der Übungssteuerung
report-fact-notified = Benachrichtigt
report-fact-public = Öffentlichkeit informiert
report-fact-extortion = Erpressung beantwortet
report-fact-offices-closed = Dienststellen geschlossen
report-fact-reinfected = Wiederhergestellte Rechner erneut vom Täter übernommen
report-fact-dropped = Entscheidung entfällt
report-chart-truth = Vom Täter befallene Rechner (Lagebild der Steuerung): in der Hand des Täters, ob sie laufen oder heruntergefahren sind, und davon verschlüsselt; gestrichelt der simulierte Realverlauf.
report-hosts-axis = Rechner
report-line-held = befallen
report-line-encrypted = davon verschlüsselt
report-line-held-history = befallen
report-chart-staff = Lagebild des Stabes: als befallen gemeldete laufende Rechner, heruntergefahrene Rechner (ungeprüft, also weder gesund noch sicher befallen) und Rechner in Prüfung; gestrichelt die heruntergefahrenen im simulierten Realverlauf.
report-line-reported = als befallen gemeldet
report-line-offline = heruntergefahren, ungeprüft
report-line-checking = in Prüfung
report-line-shut-down = heruntergefahren
report-known-staff = Stab
report-known-control = nur Steuerung
report-timeline = Zeitleiste
report-timeline-intro = Was geschah, in der Reihenfolge der Übungszeit; Ereignisse einer Art zur selben Minute (Änderungen eines Dienstes: am selben Tag) stehen in einer Zeile, abgeschlossene Maßnahmen im Kapitel Entscheidungen. „nur Steuerung“: Der Stab erfuhr davon nicht (Lagebild der Steuerung).
report-day = Tag
report-event = Ereignis
report-known-to = Bekannt

## Bericht einer Datei einer anderen Programmversion
report-archive-written = Diese Übungsdatei wurde von { $engine } geschrieben. Die Simulation ließ sich mit dieser Engine ({ $this }) nicht wiederholen: Sie verliefe anders.
report-archive-shown = Gezeigt wird nur, was die Datei aufzeichnet: das Einsatztagebuch, die Entscheidungen und die Bewertungen mit den Beobachtungen – keine Kennzahlen, Diagramme, Ausfälle, Fristen und kein Vergleich mit dem Realverlauf.
report-archive-no-scenario = Das eingebettete Szenario liest diese Version nicht mehr; Funktionen, Maßnahmen und Übungsziele erscheinen mit ihren Kennungen.
report-written-by = Geschrieben von
report-this-program = Dieses Programm
report-not-replayed = nicht wiederholt
report-recorded-ticks = Aufgezeichnete Takte
report-no-decisions = Keine Entscheidungen aufgezeichnet.
report-no-ratings = Keine Bewertungen erfasst.
report-ratings-order = In der Reihenfolge der Erfassung; je Übungsziel gilt die letzte Bewertung.
report-ratings-title = Bewertungen und Beobachtungen
report-no-injects-marked = Keine Einlage quittiert oder bewertet (zugestellte Einlagen stehen im Einsatztagebuch).
report-injects-handled = Einlagen, wie der Stab sie behandelte

## Einsatztagebuch zum Unterschreiben
report-logbook-title = Einsatztagebuch
report-page = Seite { $page } / { $pages }
report-signature = Tagebuchführer: ______________________   Unterschrift: ______________________   Datum: __________

## Was wäre gewesen, wenn
report-quoted = „{ $action }“
report-share-none = in keinem Lauf
report-share-few = in wenigen Läufen
report-share-some = in einigen Läufen
report-share-half = in etwa der Hälfte der Läufe
report-share-most = in den meisten Läufen
report-share-almost-all = in fast allen Läufen
report-share-all = in allen Läufen
report-days-later = { $days ->
        [one] rund einen Tag später
       *[other] rund { $days } Tage später
    }
report-days-earlier = { $days ->
        [one] rund einen Tag früher
       *[other] rund { $days } Tage früher
    }
report-clause-state-network = { $lead ->
        [first] wäre das Landesnetz { $without } erreicht worden statt { $with }
       *[other] das Landesnetz wäre { $without } erreicht worden statt { $with }
    }
report-clause-deadline = { $lead ->
        [first] wäre die Frist „{ $deadline }“ { $without } eingehalten worden statt { $with }
       *[other] die Frist „{ $deadline }“ wäre { $without } eingehalten worden statt { $with }
    }
report-clause-more-lapsed = { $lead ->
        [first] { $count ->
            [one] wäre rund ein Fall mehr verjährt
           *[other] wären rund { $count } Fälle mehr verjährt
        }
       *[other] { $count ->
            [one] rund ein Fall mehr wäre verjährt
           *[other] rund { $count } Fälle mehr wären verjährt
        }
    }
report-clause-fewer-lapsed = { $lead ->
        [first] { $count ->
            [one] wäre rund ein Fall weniger verjährt
           *[other] wären rund { $count } Fälle weniger verjährt
        }
       *[other] { $count ->
            [one] rund ein Fall weniger wäre verjährt
           *[other] rund { $count } Fälle weniger wären verjährt
        }
    }
report-clause-normal-operation-instead = { $lead ->
        [first] wäre der Normalbetrieb { $share } zurückgekehrt (ab etwa { $day }), in der Übung nicht bis zu ihrem Ende
       *[other] der Normalbetrieb wäre { $share } zurückgekehrt (ab etwa { $day }), in der Übung nicht bis zu ihrem Ende
    }
report-clause-normal-operation = { $lead ->
        [first] wäre der Normalbetrieb { $days } zurückgekehrt
       *[other] der Normalbetrieb wäre { $days } zurückgekehrt
    }
report-clause-normal-operation-never = { $lead ->
        [first] wäre der Normalbetrieb { $share } bis zum Ende der Übung nicht zurückgekehrt
       *[other] der Normalbetrieb wäre { $share } bis zum Ende der Übung nicht zurückgekehrt
    }
report-clause-restored-instead = { $lead ->
        [first] wäre „{ $service }“ { $share } wieder verfügbar gewesen (ab etwa { $day }), in der Übung nicht bis zu ihrem Ende
       *[other] „{ $service }“ wäre { $share } wieder verfügbar gewesen (ab etwa { $day }), in der Übung nicht bis zu ihrem Ende
    }
report-clause-restored = { $lead ->
        [first] wäre „{ $service }“ { $days } wieder verfügbar gewesen
       *[other] „{ $service }“ wäre { $days } wieder verfügbar gewesen
    }
report-clause-not-restored = { $lead ->
        [first] wäre „{ $service }“ { $share } bis zum Ende der Übung nicht wieder verfügbar gewesen
       *[other] „{ $service }“ wäre { $share } bis zum Ende der Übung nicht wieder verfügbar gewesen
    }
report-clauses-and = { $first } und { $last }
report-effect = Ohne { $decision } { $when } { $clauses }.
report-effect-nothing = Ohne { $decision } { $when } hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
report-change-shift = Wäre { $decision } { $delta } { $later ->
        [yes] später
       *[no] früher
    } entschieden worden ({ $when }), { $clauses }.
report-change-shift-nothing = Wäre { $decision } { $delta } { $later ->
        [yes] später
       *[no] früher
    } entschieden worden ({ $when }), hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
report-change-replace = Wäre statt { $decision } { $other } entschieden worden ({ $when }), { $clauses }.
report-change-replace-nothing = Wäre statt { $decision } { $other } entschieden worden ({ $when }), hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
report-whatif-intro = Jede Entscheidung des Stabes wurde einzeln weggelassen und die Übung mit denselben Zufallszahlen neu gerechnet: ab dem Zeitpunkt der Entscheidung, und nur so lange, bis der Lauf wieder genau so stand wie die Übung. Zuerst die drei Entscheidungen, deren Fehlen am meisten verändert hätte, danach die übrigen.
report-whatif-none = Die Übung enthält keine Entscheidungen.
report-effect-heading = ETB-Nr. { $number }: { $decision }
report-same-item = Nr. { $number } { $decision }
report-same-nothing = Ebenso { $others }: Jede dieser { $count ->
        [2] beiden
        [3] drei
        [4] vier
       *[other] { $count }
    } Entscheidungen allein zu unterlassen, wirkt wie gar nichts zu tun.
report-same-result = Ebenso { $others }: Jede dieser { $count ->
        [2] beiden
        [3] drei
        [4] vier
       *[other] { $count }
    } Entscheidungen allein zu unterlassen, führt in jedem Lauf zum selben Ergebnis.
report-alone-nothing = Sie allein zu unterlassen, wirkt wie gar nichts zu tun.
report-whatif-figure = Kennzahl (Mittel der Läufe)
report-with-decision = mit der Entscheidung
report-without-it = ohne sie
report-not-back = nicht bis zum Ende der Übung
report-back-partly = { $day }; { $share } nicht bis zum Ende der Übung
report-runs = Gerechnet mit { $runs ->
        [one] einem Lauf
       *[other] { $runs } Läufen
    }.
report-runs-rejoined = { $rejoined ->
        [one] Einer davon stand
       *[other] { $rejoined } davon standen
    } wieder genau wie die Übung ({ $when }) und { $rejoined ->
        [one] nahm
       *[other] nahmen
    } von da an ihren Verlauf.
report-runs-skipped = { $skipped ->
        [one] In einem Lauf ließ
       *[other] In { $skipped } Läufen ließ
    } sich ohne sie eine spätere Entscheidung nicht anwenden.
report-whatif-why = Warum: { $recovery ->
        [yes] Die Wiederherstellung der Systeme setzt sie voraus{ $count ->
            [0] .
           *[other] , ebenso { $count ->
                [one] die Entscheidung
               *[other] die Entscheidungen
            } Nr. { $numbers }.
        }
       *[no] { $count ->
            [one] Die Entscheidung Nr. { $numbers } setzt
           *[other] Die Entscheidungen Nr. { $numbers } setzen
        } sie voraus.
    }
report-whatif-others = Die übrigen Entscheidungen mit erkennbarer Wirkung
report-whatif-other = Nr. { $number }: { $sentence }
report-whatif-quiet = { $count ->
        [one] Ohne die Entscheidung Nr. { $numbers } allein hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
       *[other] Ohne jede einzelne der übrigen { $count } Entscheidungen (Nr. { $numbers }) hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
    }
report-whatif-title = Was wäre gewesen, wenn (kontrafaktische Läufe)

## ---- aar ----

## Der Bericht für die Leitung: erste Seite, Kennzahlen, Feststellungen, Verbesserungsplan, Methode.

report-aar-first-page = Auf einen Blick
report-aar-meta-field = Angabe
report-aar-meta-value = Inhalt
report-aar-meta-title = Übung
report-aar-meta-date = Datum
report-aar-meta-kind = Übungsart
report-aar-meta-lead = Übungsleitung
report-aar-meta-evaluators = Auswertende
report-aar-meta-participants = Beteiligte Funktionen
report-aar-meta-contact = Ansprechstelle
report-aar-not-given = nicht angegeben
report-aar-result = Ergebnis in Kürze
report-aar-whatif = Was wäre gewesen, wenn: { $sentence }
report-aar-top = Die wichtigsten Feststellungen
report-aar-no-findings = Der Lauf zeigt keine Feststellung; die Auswertenden ergänzen sie.
report-aar-next = Wie es weitergeht
report-aar-next-conference-on = Die Auswertungskonferenz am { $date } bestätigt die Feststellungen und den Verbesserungsplan mit { $measures ->
    [one] einer Maßnahme
   *[other] { $measures } Maßnahmen
    }; danach verfolgt die Ansprechstelle jede Maßnahme bis zu ihrem Termin.
report-aar-next-conference = Eine Auswertungskonferenz etwa vier Wochen nach der Übung bestätigt die Feststellungen und den Verbesserungsplan mit { $measures ->
    [one] einer Maßnahme
   *[other] { $measures } Maßnahmen
    }.
report-aar-next-critical = { $critical ->
    [one] Eine Feststellung ist als kritisch markiert und geht sofort an die Leitung.
   *[other] { $critical } Feststellungen sind als kritisch markiert und gehen sofort an die Leitung.
    }
report-aar-sum-exercised = Geübt wurde „{ $title }“ von { $from } bis { $until } Übungszeit.
report-aar-sum-objectives = Von { $total ->
    [one] einem Übungsziel
   *[other] { $total } Übungszielen
    } { $met ->
    [0] wurde keines erreicht
    [one] wurde eines erreicht
   *[other] wurden { $met } erreicht
    }, { $missed ->
    [0] keines verfehlt
    [one] eines verfehlt ({ $names })
   *[other] { $missed } verfehlt ({ $names })
    }, { $open ->
    [0] keines blieb offen
    [one] eines blieb offen
   *[other] { $open } blieben offen
    }.
report-aar-sum-no-decision = Der Stab traf keine Entscheidung, die auf Netze, Systeme oder Dienste wirkte.
report-aar-sum-decisions = Die ersten Entscheidungen mit Wirkung: { $list }.
report-aar-and = {" "}und{" "}
report-aar-decision-at = „{ $decision }“ { $when }
report-aar-sum-as-history = Die Kennzahlen entsprechen dem simulierten Realverlauf, etwa { $figure }: { $exercise } wie im Realverlauf.
report-aar-sum-no-figure = Die Kennzahlen entsprechen dem simulierten Realverlauf.
report-aar-sum-figures = Gegenüber dem simulierten Realverlauf: { $list }.
report-aar-figure-instead = { $figure } { $exercise } statt { $history }
report-aar-sum-measures = Kennzahlen: { $list }.
report-aar-measure-short = { $measure } nach { $exercise } (Realverlauf: { $history })
report-aar-critical-mark = KRITISCH:{" "}
report-aar-strength = Stärke
report-aar-improvement = Verbesserungsbedarf
report-aar-recommendation = Empfehlung:
report-aar-yes = ja
report-aar-no = nein
report-aar-date = { $day }.{ $month }.{ $year }
report-aar-status-open = offen
report-aar-evidence-rated = { $run }; Beobachtung: { $comment }
report-aar-objective-missed = Das Übungsziel „{ $objective }“ wurde nicht erreicht.
report-aar-objective-recommend = Das Vorgehen zu „{ $objective }“ in den Plänen verankern und erneut üben.
report-aar-objective-met = Das Übungsziel „{ $objective }“ wurde erreicht.
report-aar-objective-keep = Das Vorgehen zu „{ $objective }“ beibehalten und dokumentieren.
report-aar-deadline-missed = Die Frist „{ $deadline }“ wurde verfehlt.
report-aar-deadline-recommend = Ein Notverfahren für „{ $deadline }“ vorbereiten, das ohne die ausgefallene IT trägt.
report-aar-capability-deadlines = Fristen im Notbetrieb
report-aar-capability-reporting = Meldewege und Informationsfluss
report-aar-capability-observation = Beobachtung
report-aar-measure-never = „{ $measure }“ wurde in der Übung nicht erreicht.
report-aar-measure-slower = „{ $measure }“ dauerte länger als im Realverlauf.
report-aar-measure-faster = „{ $measure }“ gelang so schnell wie im Realverlauf oder schneller.
report-aar-measure-beside = Übung { $exercise }, Realverlauf { $history }
report-aar-measure-recommend = Ablauf und Zuständigkeit für „{ $measure }“ in der Alarmierungs- und Meldeplanung festlegen.
report-aar-measure-keep = Den Ablauf für „{ $measure }“ beibehalten.
report-aar-injects-deviating = Die Funktion „{ $function }“ reagierte auf Einlagen anders als im Drehbuch vorgesehen.
report-aar-injects-recommend = Meldeweg und Reaktion auf solche Einlagen prüfen und in der Stabsdienstordnung festhalten.
report-aar-observation-evidence = Beobachtung um { $time }
report-aar-observation-recommend = In der Auswertungskonferenz einordnen: Stärke oder Verbesserungsbedarf, mit Maßnahme.
report-aar-col-id = Kennung
report-aar-col-objective = Übungsziel
report-aar-col-kind = Art
report-aar-col-critical = Kritisch
report-aar-col-text = Feststellung
report-aar-col-evidence = Beleg
report-aar-col-recommendation = Empfehlung
report-aar-col-measure = Maßnahme
report-aar-col-capability = Fähigkeit
report-aar-col-owner = Verantwortlich
report-aar-col-start = Beginn
report-aar-col-due = Termin
report-aar-col-contact = Ansprechstelle
report-aar-col-status = Stand
report-aar-col-dropped = Gestrichen
report-aar-col-finding = Anlass
report-aar-span-minutes = { $minutes } min
report-aar-span-hours = { $hours } h
report-aar-span-hours-minutes = { $hours } h { $minutes } min
report-aar-span-days-hours = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
    } { $hours } h
report-aar-not-recorded = nicht erfasst
report-aar-measures = Kennzahlen der Krisenbewältigung
report-aar-measures-none = Das Szenario legt keine Kennzahlen fest.
report-aar-measures-intro = Zeit vom auslösenden Ereignis bis zum Schritt des Stabes, in der Übung und im simulierten Realverlauf auf demselben Zufallsstartwert; „nicht erfasst“, wo ein Ereignis im Lauf fehlt.
report-aar-col-measure-name = Kennzahl
report-aar-col-exercise = Übung
report-aar-col-history = Realverlauf (simuliert)
report-aar-findings = Feststellungen je Übungsziel
report-aar-findings-intro = Stärken und Verbesserungsbedarf aus dem Lauf, den Bewertungen und Beobachtungen, mit Empfehlungen; die Auswertenden bearbeiten sie vor der Freigabe.
report-aar-objective-none = Keine Feststellung zu diesem Ziel.
report-aar-general = Übergreifende Feststellungen
report-aar-plan = Verbesserungsplan
report-aar-plan-intro = Eine Zeile je Verbesserungsbedarf. Die Auswertenden schreiben Feststellungen und Plan mit „report --export-findings DATEI“ aus, bearbeiten sie und lesen sie mit „report --findings DATEI“ wieder ein; ihre Änderungen bleiben bei jeder neuen Erzeugung erhalten.
report-aar-plan-empty = Kein Verbesserungsbedarf festgestellt.
report-aar-method = Methode und Grenzen
report-aar-method-model = Das Modell bildet { $hosts } Rechner, { $services } Dienste, die Täter, die Netze und die Arbeit der Wiederherstellungsteams nach; jede Stunde Übungszeit ist ein Schritt. Zufall (wann die Täter einen Rechner erreichen, wann ein Alarm kommt) folgt festen Regeln aus dem Startwert { $seed }: dieselbe Übungsdatei ergibt immer denselben Verlauf.
report-aar-method-history = Der Realverlauf ist das, was im echten Vorfall tatsächlich entschieden wurde, im selben Modell auf demselben Startwert nachgespielt. Er ist eine Diskussionshilfe, nicht die richtige Lösung; wo der Bericht „statt“ schreibt, vergleicht er diese beiden Läufe.
report-aar-method-seeds = Ein einzelner Lauf ist ein möglicher Verlauf. Aussagen darüber, was eine Entscheidung bewirkt hätte, stützen sich auf viele Läufe mit verschiedenen Startwerten und geben Spannen an.
report-aar-method-assumptions = Wo Quellen fehlen, beruht das Szenario auf gekennzeichneten Annahmen (Dauern, Personalstärken, Fallzahlen); das Drehbuch nennt zu jeder Einlage ihre Quelle oder Annahme.
report-aar-method-plan = Die Termine des Verbesserungsplans sind Vorschläge: Beginn mit der Auswertungskonferenz etwa vier Wochen nach der Übung, drei Monate Zeit je Maßnahme; kritische Feststellungen beginnen am Tag nach der Übung mit einem Monat Frist.

## ---- cli ----

## Die Befehlszeile: Hilfe, Bedienfehler und die Meldungen jedes Befehls (src/cli*, die Fehler
## des Szenario-Laders in src/scenario/issue.rs).

## Hilfe: wozu jeder Befehl und jedes Argument dient.

cli-about = krisenstab: Planübungen zu Cyber-Vorfällen für Krisenstäbe.
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-lang-help = Sprache der Meldungen: der Code eines eingebauten Katalogs, etwa de oder en [Standard: aus LANG]
cli-lang-file-help = Die Meldungen aus diesem Fluent-Katalog nehmen (eine Übersetzung in Arbeit); hat Vorrang vor --lang
cli-help-help = Hilfe anzeigen
cli-version-help = Version anzeigen
cli-help-about = Diese Hilfe oder die Hilfe der genannten Befehle anzeigen
cli-help-subcommand-help = Hilfe zu den genannten Befehlen anzeigen
cli-check-about = Szenariodateien oder eingebaute Szenarien prüfen und zu jedem eine Übersicht ausgeben.
cli-check-json-help = Nur ein JSON-Feld ausgeben, ein Objekt je Argument, in ihrer Reihenfolge
cli-check-scenarios-help = Szenariodateien oder Namen eingebauter Szenarien (tutorial, westmecklenburg)
cli-run-about = Ein Szenario ohne Oberfläche bis zum Ende rechnen und ausgeben, was dabei herauskam.
cli-run-scenario-help = Eine Szenariodatei oder der Name eines eingebauten Szenarios
cli-run-seed-help = Seed des Zufallsstroms des Laufs [Standard: 1]
cli-run-decisions-help = Die Entscheidungen eines Entscheidungsprotokolls (RON) spielen
cli-run-historical-help = Den Realverlauf des Szenarios spielen (die damaligen Entscheidungen)
cli-run-passive-help = Gar keine Entscheidung treffen (die Vorgabe)
cli-run-days-help = So viele Tage nach Beginn des Szenarios anhalten
cli-run-json-help = Nur ein JSON-Objekt ausgeben
cli-run-save-help = Den Lauf auch als Übungsdatei schreiben (im selben Format wie play)
cli-run-force-help = Eine gewöhnliche Datei ersetzen, die schon unter dem Pfad von --save liegt (nie einen Ordner, eine Verknüpfung oder ein Gerät)
cli-sweep-about = Dieselben Entscheidungen mit vielen Seeds rechnen und die Streuung der Kennzahlen ausgeben.
cli-sweep-target-help = Eine Szenariodatei oder ein eingebauter Name, oder eine Übungsdatei (ihre Entscheidungen werden wiederholt)
cli-sweep-runs-help = Wie viele Läufe (Seeds S, S+1, …); bei --drop, --shift, --replace höchstens so viele, in Zehnergruppen nur bis die wichtigsten Kennzahlen genau genug sind [Standard: 200]
cli-sweep-jobs-help = Zahl gleichzeitiger Rechenstränge [Standard: alle Kerne]; die Ergebnisse hängen nie davon ab
cli-sweep-seed-base-help = Der erste Seed [Standard: 1]
cli-sweep-historical-help = Den Realverlauf des Szenarios spielen
cli-sweep-passive-help = Gar keine Entscheidung treffen (die Vorgabe für ein Szenario)
cli-sweep-json-help = Nur ein JSON-Objekt ausgeben
cli-sweep-drop-help = Was wäre, wenn: die Entscheidung in Eintrag K des Einsatztagebuchs weglassen (nur Übungsdateien)
cli-sweep-shift-help = Was wäre, wenn: Entscheidung K zeitlich verschieben, z. B. 12=+6h, 12=-30min, 12=+2d
cli-sweep-replace-help = Was wäre, wenn: statt Entscheidung K eine andere Maßnahme (und ein anderes Ziel) wählen, z. B. 12=landesnetz-trennen@cn-lavine-anschluss
cli-report-about = Den Auswertungsbericht einer Übungsdatei schreiben, oder ihr seitennummeriertes Einsatztagebuch (--logbook).
cli-report-file-help = Die Übungsdatei (von play oder run --save)
cli-report-out-help = In diese Datei schreiben; ihre Endung bestimmt das Format (.html oder .md) [Standard: der Name der Übungsdatei mit .html, daneben]
cli-report-counterfactuals-help = Das Kapitel „Was wäre gewesen, wenn“ hinzufügen: jede Entscheidung einzeln weglassen und die Übung mit vielen Seeds nachrechnen
cli-report-runs-help = Läufe je Fassung für --counterfactuals, höchstens: Seeds kommen in Zehnergruppen hinzu, nur bis die wichtigsten Kennzahlen genau genug sind [Standard: 200]
cli-report-reference-help = Für --counterfactuals: jede Fassung ganz mit allen --runs Seeds rechnen (die Referenz, an der das schnelle Verfahren geprüft wird; langsam)
cli-report-jobs-help = Zahl gleichzeitiger Rechenstränge für --counterfactuals [Standard: alle Kerne]; der Bericht hängt nie davon ab
cli-report-logbook-help = Nur das Einsatztagebuch ausgeben, seitennummeriert zum Abzeichnen [Standard-Datei: <Name>.einsatztagebuch.html]
cli-report-force-help = Die Ausgabe auch ersetzen, wenn sie eine gewöhnliche Datei ist, die nicht von krisenstab stammt (nie einen Ordner, eine Verknüpfung oder ein Gerät)
cli-report-meta-help = Die Angaben zur Übung (Titel, Datum, Art, Leitung, Auswertende, Beteiligte, Ansprechstelle) als RON „Meta(...)“: ergänzen oder ersetzen die der Übungsdatei, ohne sie zu ändern
cli-report-export-findings-help = Statt des Berichts die Feststellungen und den Verbesserungsplan zum Bearbeiten schreiben (.ron oder .csv)
cli-report-findings-help = Die bearbeiteten Feststellungen der Auswertenden (.ron oder .csv, wie von --export-findings geschrieben)
cli-report-meta-too-large = { $path }: zu groß für eine Datei mit Angaben oder Feststellungen
cli-endings-findings = .ron oder .csv
cli-drehbuch-about = Das Drehbuch der Einlagen (MSEL) als HTML, Markdown oder CSV ausgeben.
cli-drehbuch-scenario-help = Eine Szenariodatei oder der Name eines eingebauten Szenarios
cli-drehbuch-out-help = In diese Datei schreiben; ihre Endung bestimmt das Format (.html, .md, .csv). Ohne sie geht Markdown auf die Standardausgabe
cli-drehbuch-force-help = Die Ausgabe auch ersetzen, wenn sie eine gewöhnliche Datei ist, die nicht von krisenstab stammt (nie einen Ordner, eine Verknüpfung oder ein Gerät)
cli-play-about = Eine Übung im Terminal durchführen, fortsetzen (--resume) oder mitverfolgen (--follow).
cli-play-scenario-help = Eine Szenariodatei oder der Name eines eingebauten Szenarios [Standard: westmecklenburg]
cli-play-seed-help = Seed des Zufallsstroms der Übung [Standard: 1]
cli-play-role-help = Wer zusieht: control, staff oder observer [Standard: control; staff mit --follow]
cli-play-out-help = Wohin die Übungsdatei geschrieben wird [Standard: <Szenario>-<JJJJMMTT-HHMM>.ron hier]
cli-play-force-help = Eine gewöhnliche Datei ersetzen, die schon unter dem Pfad von --out liegt (nie einen Ordner, eine Verknüpfung oder ein Gerät)
cli-play-resume-help = Die Übung in dieser Datei fortsetzen
cli-play-follow-help = Die Übung in dieser Datei nur lesend zeigen und ihr folgen, während sie sich ändert
cli-replay-about = Eine Übungsdatei nachrechnen: jeden Zustands-Hash prüfen (--verify) oder den Lagefilm zeigen.
cli-replay-file-help = Die Übungsdatei (geschrieben von play oder run --save)
cli-replay-verify-help = Den Zustands-Hash jedes aufgezeichneten Takts prüfen, statt den Lagefilm zu zeigen
cli-replay-role-help = Wer im Lagefilm zusieht: control, staff oder observer [Standard: control]
cli-generate-about = Ein künstliches Szenario mit der angegebenen Zahl von Rechnern ausgeben (für Lasttests).
cli-generate-hosts-help = Rechner insgesamt (mindestens 40, höchstens 10.000.000)

## Platzhalter in der Aufrufzeile und der Hilfe.

cli-value-file-or-name = DATEI_ODER_NAME
cli-value-scenario = SZENARIO
cli-value-file = DATEI
cli-value-exercise-file = ÜBUNGSDATEI
cli-value-scenario-or-exercise = SZENARIO_ODER_ÜBUNGSDATEI
cli-value-k-delta = K=VERSATZ
cli-value-k-action = K=MASSNAHME[@ZIEL]
cli-value-ftl-file = DATEI.ftl
cli-value-command = BEFEHL
cli-value-lang = SPRACHE
cli-value-role = FUNKTION
cli-value-runs = LÄUFE
cli-value-jobs = ANZAHL
cli-value-hosts = ANZAHL
cli-value-seed = SEED
cli-usage-options = {"[OPTIONEN]"}
cli-usage-command = {"[BEFEHL]"}

## Bedienfehler.

cli-error = Fehler
cli-error-tip = Tipp
cli-error-unknown-argument = unbekanntes Argument '{ $arg }'
cli-error-similar-argument = es gibt ein ähnliches Argument: '{ $suggestion }'
cli-error-as-value = um '{ $arg }' als Wert zu übergeben: '-- { $arg }'
cli-error-unknown-subcommand = unbekannter Befehl '{ $name }'
cli-error-similar-subcommand = es gibt einen ähnlichen Befehl: '{ $suggestion }'
cli-error-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
cli-error-possible-values = mögliche Werte: { $values }
cli-error-value-required = '{ $arg }' braucht einen Wert, es wurde keiner angegeben
cli-error-missing-arguments = diese nötigen Argumente fehlen:
cli-error-conflict = das Argument '{ $arg }' lässt sich nicht mit '{ $other }' verbinden
cli-error-more-info = Mehr dazu: '{ $help }'.
cli-lang-invalid = '{ $value }' ist keine Sprache; { $codes } verwenden
cli-role-invalid = '{ $value }' ist keine Funktion; control, staff oder observer verwenden
cli-list-or = { $rest } oder { $last }

## Ein Katalog aus --lang-file.

cli-lang-file-missing = { $file }: { $n ->
        [one] { $n } Meldung fehlt; sie erscheint
       *[other] { $n } Meldungen fehlen; sie erscheinen
    } auf Englisch
cli-lang-file-too-large = { $path }: die Datei ist größer als { $limit } Bytes, mehr darf ein Katalog nicht haben

## Dateien.

cli-stdout-failed = Standardausgabe nicht schreibbar: { $error }
cli-file-unreadable = { $path }: kann nicht gelesen werden: { $error }
cli-write-failed = { $path }: nicht schreibbar: { $error }
cli-no-such-scenario = weder eine Datei noch ein eingebautes Szenario (eingebaut: { $names })
cli-unknown-format = { $path }: unbekanntes Format; { $endings } verwenden
cli-endings-report = {".html"} oder .md
cli-endings-drehbuch = {".html"}, .md oder .csv
cli-invalid-count = { $file }: ungültig, { $n } Fehler
cli-refusal-exists = { $path }: die Datei gibt es schon; die Übung mit play --resume { $path } fortsetzen oder die Datei mit --force ersetzen
cli-refusal-not-ours = { $path }: dort liegt eine Datei, die nicht von krisenstab stammt; einen anderen Namen wählen oder sie mit --force ersetzen
cli-refusal-read-only = { $path }: die Datei ist schreibgeschützt; sie wird nicht ersetzt
cli-refusal-directory = { $path }: ist ein Ordner; krisenstab schreibt nur gewöhnliche Dateien
cli-refusal-symlink = { $path }: ist eine symbolische Verknüpfung; krisenstab schreibt nicht durch Verknüpfungen, nur gewöhnliche Dateien
cli-refusal-special = { $path }: ist ein Gerät oder eine andere Spezialdatei; krisenstab schreibt nur gewöhnliche Dateien
cli-refusal-locked = { $path }: ein anderer krisenstab-Prozess schreibt diese Übungsdatei, und nur einer darf das; nur lesend mitverfolgen: krisenstab play --follow { $path }

## Übungsdateien, die abgelehnt werden.

cli-exercise-read = { $path }: nicht lesbar: { $error }
cli-exercise-write = { $path }: nicht schreibbar: { $error }
cli-exercise-too-large = { $path }: die Datei ist größer als { $limit } Bytes, mehr darf eine Übungsdatei nicht haben
cli-exercise-parse = { $path }:{ $line }:{ $column }: keine Übungsdatei: { $message }
cli-exercise-format = { $path }: Übungsdatei im Format { $found }; dieses Programm liest Format { $format }
cli-exercise-scenario-hash = { $path }: das eingebettete Szenario passt nicht zu seinem Hash (die Datei wurde bearbeitet)
cli-exercise-scenario = { $path }: das eingebettete Szenario ist ungültig ({ $n } Fehler)
cli-exercise-engine = { $path }: geschrieben von { $found }; dies ist { $engine }, das sie anders nachrechnen würde, daher lässt sie sich hier nicht wiederholen. Was sie aufzeichnet, bleibt lesbar: `play --resume` öffnet sie nur lesend, `report` schreibt ihr Einsatztagebuch, ihre Entscheidungen und Bewertungen
cli-exercise-tick = { $path }: Befehl { $index } ist bei Tick { $tick } aufgezeichnet, die Wiederholung steht bei Tick { $at }
cli-exercise-command = { $path }: Befehl { $index } (Tick { $tick }) gilt nicht mehr: { $why }
cli-exercise-diverged = { $path }: die Wiederholung weicht bei Tick { $tick }{ $when } ab

## check

cli-check-valid = { $arg }: gültig – { $id } „{ $title }“ ({ $language }): { $counts }; { $start } bis { $end }
cli-count-organisations = { $n ->
        [one] { $n } Organisation
       *[other] { $n } Organisationen
    }
cli-count-hosts = { $n } Rechner
cli-count-services = { $n ->
        [one] { $n } Dienst
       *[other] { $n } Dienste
    }
cli-count-deadlines = { $n ->
        [one] { $n } Frist
       *[other] { $n } Fristen
    }
cli-count-actions = { $n ->
        [one] { $n } Maßnahme
       *[other] { $n } Maßnahmen
    }
cli-count-injects = { $n ->
        [one] { $n } Einlage
       *[other] { $n } Einlagen
    }
cli-count-realverlauf = { $n ->
        [one] { $n } Entscheidung im Realverlauf
       *[other] { $n } Entscheidungen im Realverlauf
    }

## run

cli-run-wrong-scenario = { $file }: das Entscheidungsprotokoll gehört zum Szenario '{ $log }', nicht zu '{ $scenario }'
cli-log-too-large = { $path }: die Datei ist größer als { $limit } Bytes, mehr darf ein Entscheidungsprotokoll nicht haben
cli-log-parse = { $path }:{ $line }:{ $column }: Fehler im Entscheidungsprotokoll: { $message }
cli-run-head = { $title } ({ $id }), Modus { $mode }, Seed { $seed }
cli-run-ticks = { $ticks } Takte bis { $end }; übersprungene Entscheidungen: { $skipped }
cli-run-hosts = Rechner: { $total } gesamt, höchstens { $compromised } kompromittiert, höchstens { $encrypted } verschlüsselt
cli-run-breached = Landesnetz erreicht: { $answer }
cli-yes = ja
cli-no = nein
cli-run-services = Dienste (Ausfall in Stunden, wieder verfügbar ab, größter Rückstau):
cli-run-day = Tag { $day }
cli-never = nie
cli-run-deadlines = Fristen:
cli-run-costs = verjährte Fälle: { $lapsed }; Kosten: { $cost } €; Normalbetrieb ab: { $normal }
cli-run-state-hash = Zustands-Hash: { $hash }
cli-run-held-longest = was die Dienste am längsten aufhielt (Tage):
cli-run-not-up = am Ende nicht in Betrieb, weil:
cli-run-refused = abgelehnte Entscheidungen:
cli-run-waiting = am Ende noch wartende Entscheidungen:
cli-run-objectives = Übungsziele:
cli-objective-met = erfüllt
cli-objective-not-met = nicht erfüllt
cli-objective-open = offen

## sweep

cli-sweep-expected-k = '{ $text }': erwartet K=...
cli-sweep-not-a-number = '{ $k }' ist keine Nummer im Einsatztagebuch
cli-sweep-bad-shift = '{ $delta }' ist keine Verschiebung wie +6h, -30min oder +2d
cli-sweep-mode-for-scenario = --historical und --passive gelten für ein Szenario; eine Übungsdatei wird mit ihren eigenen Entscheidungen durchgerechnet
cli-sweep-head = { $id } ({ $mode }), { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    }, Seeds { $first }–{ $last }
cli-sweep-col-figure = Kennzahl
cli-sweep-col-p10 = 10 %
cli-sweep-col-median = Median
cli-sweep-col-p90 = 90 %
cli-sweep-not-decision = Eintrag Nr. { $k } im Einsatztagebuch ist keine Entscheidung
cli-sweep-change-drop = { $k } weglassen
cli-sweep-change-shift = { $k } um { $minutes } min verschieben
cli-sweep-change-replace = { $k } durch { $action } ersetzen
cli-sweep-breached = { $change }: Landesnetz erreicht in { $variant } % von { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufen
    } statt { $base } %; übersprungene Entscheidungen: { $skipped }
cli-sweep-rejoined-between = {" "}({ $when })
cli-sweep-paired = { $precise ->
        [yes] Genau genug nach { $runs } Läufen
       *[no] Nicht genau genug; alle { $runs } Läufe gerechnet
    }; { $rejoined ->
        [0] keiner fand
        [one] einer fand
       *[other] { $rejoined } fanden
    } zum Verlauf der Übung zurück{ $between }. Je Kennzahl: Median [10 %–90 %] der Übung → der Änderung, Δ mittlere Differenz je Seed (Änderung minus Übung) ± 90-%-Intervall.

## report, play, replay

cli-report-is-exercise = { $path }: das ist die Übungsdatei
cli-report-whatif-progress = Was wäre gewesen, wenn: { $done } von höchstens { $most } Läufen gerechnet
cli-report-partial = { $path }: geschrieben von { $engine }, mit { $current } nicht wiederholt; der Bericht zeigt nur Einsatztagebuch, Entscheidungen und Bewertungen
cli-play-needs-terminal = play braucht ein Terminal (die Ausgabe ist umgeleitet)
cli-play-cannot-continue = Diese Programmversion kann die Übung nicht fortsetzen (sie würde anders verlaufen); hier das Einsatztagebuch, nur lesend:
cli-film-needs-terminal = der Lagefilm braucht ein Terminal (die Ausgabe ist umgeleitet); prüfen ohne Terminal: replay --verify
cli-replay-verified = { $path }: { $n } Ticks geprüft, Zustands-Hash { $hash } bei Tick { $tick }

## Fehler in einer Szenariodatei (check und jeder Befehl, der ein Szenario lädt).

cli-issue-label = Fehler
cli-kind-source = Quelle
cli-kind-role = Funktion
cli-kind-organisation = Organisation
cli-kind-provider = IT-Dienstleister
cli-kind-network = Netz
cli-kind-link = Verbindung
cli-kind-system = System
cli-kind-service = Dienst
cli-kind-deadline = Frist
cli-kind-attacker = Angreifer
cli-kind-action = Maßnahme
cli-kind-inject = Einlage
cli-kind-objective = Übungsziel
cli-kind-phase = Phase
cli-kind-decision = Entscheidung
cli-kind-team = Team
cli-kind-group = Gruppe
cli-issue-did-you-mean = meinten Sie '{ $suggestion }'?
cli-issue-syntax = Syntaxfehler: { $message }
cli-issue-invalid-utf8 = die Datei ist kein gültiges UTF-8
cli-issue-invalid-id = Kennung '{ $id }' ist ungültig: nur Kleinbuchstaben, Ziffern und '-', beginnend mit einem Buchstaben
cli-issue-duplicate-id = Kennung '{ $id }' ist doppelt vergeben (zuerst bei { $first })
cli-issue-unknown-id = unbekannte Kennung '{ $id }' (erwartet: { $kinds })
cli-issue-wrong-kind = '{ $id }' ist vom Typ { $found }, erwartet: { $kinds }
cli-issue-dependency-cycle = zyklische Abhängigkeit: { $cycle }
cli-issue-probability = Wahrscheinlichkeit '{ $value }' liegt nicht zwischen 0 und 1
cli-issue-negative = Wert '{ $value }' darf nicht negativ sein
cli-issue-over-limit = Wert '{ $value }' überschreitet die Grenze von { $limit }
cli-issue-too-many-hosts = insgesamt '{ $total }' Rechner überschreiten die Grenze von { $limit }
cli-issue-no-target = kein Ziel
cli-issue-effect-target = Wirkung '{ $effect }' braucht als Ziel: { $kinds }, die Maßnahme zielt auf: { $target }
cli-issue-bad-time = Zeit '{ $value }' ist ungültig; erwartet 'JJJJ-MM-TT HH:MM', z. B. '2021-10-15 03:00'
cli-issue-time-outside = Zeit '{ $value }' liegt außerhalb des Szenarios ({ $first } bis { $last })
cli-issue-no-provenance = Element nennt weder 'sources' noch 'assumption'; belegen Sie es oder kennzeichnen Sie es als Annahme
cli-issue-bad-language = Sprache '{ $value }' ist unbekannt; erlaubt: { $allowed }
cli-issue-bad-duration = ungültige Dauer: { $why }
cli-issue-zero-tick = der Takt ('tick') muss länger als null sein
cli-issue-shorter-than-tick = die Dauer muss mindestens einen Takt lang sein
cli-issue-inject-cycle = Einlagen lösen sich gegenseitig aus: { $cycle }
cli-issue-empty = Text darf nicht leer sein
cli-issue-bad-url = Adresse '{ $value }' ist keine URL; sie muss mit 'https://' oder 'http://' beginnen
cli-issue-bad-date = Datum '{ $value }' ist ungültig; erwartet 'JJJJ-MM-TT'
cli-issue-self-link = Verbindung führt von Netz '{ $network }' zu sich selbst
cli-issue-needs-target = Maßnahme '{ $action }' braucht ein Ziel ('target')
cli-issue-takes-no-target = Maßnahme '{ $action }' hat kein Ziel; 'target' entfernen
cli-issue-not-chronological = Zeit '{ $at }' liegt vor dem vorigen Eintrag ({ $previous }); chronologisch ordnen
cli-issue-stage-order = Phase '{ $stage }' steht doppelt oder außer der Reihe; Reihenfolge: foothold, privilege_escalation, discovery, lateral_movement, recovery_inhibition, encryption, extortion, exfiltration
cli-issue-not-a-target = '{ $id }' ist kein zulässiges Ziel der Maßnahme '{ $action }'
cli-issue-empty-list = Liste darf nicht leer sein
cli-issue-factor = Faktor '{ $value }' liegt nicht zwischen 1 und 100
cli-issue-rate = Rate '{ $value }' je Stunde liegt nicht zwischen 0 und 1000
cli-issue-reach-too-large = über die Verbindungen von '{ $network }' gingen zusammen { $share } der Kontakte (höchstens 1): Anteile in 'reach' verkleinern
cli-issue-foothold-hosts = '{ $value }' Rechner im Einstiegssystem: mindestens 1, höchstens { $hosts } (so viele hat es)
cli-issue-control-inject-reports = eine Einlage an die Übungssteuerung erreicht den Stab nicht und kann sein Lagebild nicht ändern: 'reports' entfernen oder 'for_control' weglassen
cli-issue-channel-route = jeder Kanal höchstens einmal, und mit einem anderen Kanal als Ersatz
cli-issue-unknown-figure = unbekannte Kennzahl '{ $name }'
cli-issue-key-figures = Kennzahlen: hosts.*, state_network_breached, fines_lapsed, cost_eur, normal_operation_day, services.<id>.*, deadlines.<id>.met
cli-issue-observed-flag = Wert '{ $value }' ist für diese Ja/Nein-Kennzahl ungültig; erlaubt: 0 (nein) oder 1 (ja)
cli-issue-observed-value = Wert '{ $value }' muss eine endliche Zahl von 0 an sein
cli-issue-observed-twice = Kennzahl '{ $figure }' ist doppelt beobachtet (zuerst bei { $first })
cli-issue-control-character = Steuerzeichen U+{ $code } im Text; Texte dürfen keine Steuerzeichen enthalten (außer Tabulator und Zeilenumbruch)
cli-issue-period = der Zeitraum ('period') muss länger als null sein
cli-issue-unreadable = '{ $what }' kann nicht gelesen werden: { $reason }
cli-issue-too-large-known = die Datei ist { $bytes } Bytes groß; erlaubt sind höchstens { $limit } Bytes (64 MiB)
cli-issue-too-large = die Datei ist größer als { $limit } Bytes (64 MiB), mehr ist nicht erlaubt
