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
cli-sweep-runs-help = Wie viele Läufe (Seeds S, S+1, …)
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
cli-report-counterfactuals-help = Die drei Entscheidungen hinzufügen, deren Weglassen den Ausgang am stärksten ändert (rechnet die Übung mit vielen Seeds nach)
cli-report-runs-help = Läufe je Fassung für --counterfactuals, höchstens: Seeds kommen in Zwanzigergruppen hinzu, nur bis die wichtigsten Kennzahlen genau genug sind [Standard: 200]
cli-report-reference-help = Für --counterfactuals: jede Fassung ganz mit allen --runs Seeds rechnen (die Referenz, an der das schnelle Verfahren geprüft wird; langsam)
cli-report-jobs-help = Zahl gleichzeitiger Rechenstränge für --counterfactuals [Standard: alle Kerne]; der Bericht hängt nie davon ab
cli-report-logbook-help = Nur das Einsatztagebuch ausgeben, seitennummeriert zum Abzeichnen [Standard-Datei: <Name>.einsatztagebuch.html]
cli-report-force-help = Die Ausgabe auch ersetzen, wenn sie eine gewöhnliche Datei ist, die nicht von krisenstab stammt (nie einen Ordner, eine Verknüpfung oder ein Gerät)
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
