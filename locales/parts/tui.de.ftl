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
tui-observe-keys = Enter speichern · Esc abbrechen
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
