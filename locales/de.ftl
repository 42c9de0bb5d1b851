## Deutsch. Jede Meldung des Programms; Szenariotexte stehen im Szenario.
## Eine weitere Sprache: diese Datei kopieren, als locales/<code>.ftl speichern, übersetzen.

# Wie Zahlen geschrieben werden: das Beispiel 1.234,5 in dieser Sprache.
number-format = 1.234,5
