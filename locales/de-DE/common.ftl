severity-critical = Kritisch
severity-high = Hoch
severity-medium = Mittel
severity-low = Niedrig
severity-info = Info

status-pass = Bestanden
status-fail = Nicht bestanden
status-not_assessable = Nicht bewertbar
status-not_licensed = Nicht lizenziert
status-not_applicable = Nicht anwendbar
status-error = Regelfehler

triage-open = Offen
triage-accepted_risk = Risiko akzeptiert
triage-false_positive = Fehlalarm

effort-class-S = S (bis zu einem Tag)
effort-class-M = M (bis zu einer Woche)
effort-class-L = L (mehr als eine Woche)
effort-hours = { $hours } h

stats-found-in = in { $percent } von { $assessed ->
    [one] { $assessed } Bewertung
   *[other] { $assessed } Bewertungen
} gefunden
stats-no-verdict = noch nicht bewertet
