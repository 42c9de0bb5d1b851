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
report-seed-program = Seed / Programm
report-seed = Seed
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
report-date = { $day }.{ $month }.{ $year }

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
report-due-default = 4 Wochen nach der Übung
report-plan-open = offen
report-plan-objective = Vorgehen zu „{ $objective }“ in Plänen verankern und erneut üben
report-plan-objective-why = Übungsziel: { $objective }
report-plan-deadline = Notfallverfahren für „{ $deadline }“ vorbereiten ({ $requirement })
report-plan-deadline-why = Frist verfehlt: { $deadline }
report-plan-injects = Meldeweg und Reaktion auf Einlagen prüfen ({ $injects })
report-plan-injects-why = abweichende Reaktion
report-plan-intro = Vorschläge aus dem Lauf und den Bewertungen; in der Auswertungsbesprechung bestätigen, ergänzen und mit Verantwortlichen und Terminen versehen.
report-plan-empty = (Ergebnisse der Nachbesprechung eintragen)
report-measure = Maßnahme
report-owner = Verantwortlich
report-due-head = Termin
report-cause = Anlass
report-plan = Verbesserungsplan

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
report-realverlauf-intro = Neben dem Spiel des Stabes: der Realverlauf, einmal mit den damaligen Entscheidungen auf demselben Seed simuliert, einmal so, wie die Quellen ihn berichten. Er ist Diskussionsgrundlage, nicht Maßstab.
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
report-clause-state-network = wäre das Landesnetz { $without } erreicht worden statt { $with }
report-clause-deadline = wäre die Frist „{ $deadline }“ { $without } eingehalten worden statt { $with }
report-clause-more-lapsed = { $count ->
        [one] wäre rund ein Fall mehr verjährt
       *[other] wären rund { $count } Fälle mehr verjährt
    }
report-clause-fewer-lapsed = { $count ->
        [one] wäre rund ein Fall weniger verjährt
       *[other] wären rund { $count } Fälle weniger verjährt
    }
report-clause-normal-operation = wäre der Normalbetrieb { $days } zurückgekehrt
report-clause-restored = wäre „{ $service }“ { $days } wieder verfügbar gewesen
report-clauses-and = { $first } und { $last }
report-effect = Ohne { $decision } um { $time } { $clauses }.
report-effect-nothing = Ohne { $decision } um { $time } hätte sich an den wichtigsten Kennzahlen nichts Erkennbares geändert.
report-whatif-intro = Jede Entscheidung des Stabes wurde einzeln weggelassen und die Übung mit denselben Zufallszahlen neu gerechnet: ab dem Zeitpunkt der Entscheidung, und nur so lange, bis der Lauf wieder genau so stand wie die Übung. Die drei Entscheidungen, deren Fehlen am meisten verändert hätte:
report-whatif-none = Die Übung enthält keine Entscheidungen.
report-effect-heading = ETB-Nr. { $number }: { $decision }
report-same-item = Nr. { $number } { $decision }
report-same-nothing = Ebenso { $others }: Jede dieser { $count } Entscheidungen allein zu unterlassen, wirkt wie gar nichts zu tun.
report-same-result = Ebenso { $others }: Jede dieser { $count } Entscheidungen allein zu unterlassen, führt in jedem Lauf zum selben Ergebnis.
report-alone-nothing = Sie allein zu unterlassen, wirkt wie gar nichts zu tun.
report-whatif-figure = Kennzahl (Mittel der Läufe)
report-with-decision = mit der Entscheidung
report-without-it = ohne sie
report-runs = { $runs } { $runs ->
        [one] Lauf
       *[other] Läufe
    }; { $rejoined } davon { $rejoined ->
        [one] fand
       *[other] fanden
    } zum Verlauf der Übung zurück; in { $skipped } { $skipped ->
        [one] Lauf
       *[other] Läufen
    } ließ sich ohne sie eine spätere Entscheidung nicht anwenden.
report-whatif-title = Was wäre gewesen, wenn (kontrafaktische Läufe)
