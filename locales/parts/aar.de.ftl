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
report-aar-decision-at = „{ $decision }“ am { $time }
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
report-aar-method-history = Der Realverlauf ist das, was 2021 tatsächlich entschieden wurde, im selben Modell auf demselben Startwert nachgespielt. Er ist eine Diskussionshilfe, nicht die richtige Lösung; wo der Bericht „statt“ schreibt, vergleicht er diese beiden Läufe.
report-aar-method-seeds = Ein einzelner Lauf ist ein möglicher Verlauf. Aussagen darüber, was eine Entscheidung bewirkt hätte, stützen sich auf viele Läufe mit verschiedenen Startwerten und geben Spannen an.
report-aar-method-assumptions = Wo Quellen fehlen, beruht das Szenario auf gekennzeichneten Annahmen (Dauern, Personalstärken, Fallzahlen); das Drehbuch nennt zu jeder Einlage ihre Quelle oder Annahme.
report-aar-method-plan = Die Termine des Verbesserungsplans sind Vorschläge: Beginn mit der Auswertungskonferenz etwa vier Wochen nach der Übung, drei Monate Zeit je Maßnahme; kritische Feststellungen beginnen am Tag nach der Übung mit einem Monat Frist.
