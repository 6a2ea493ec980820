# Texte des PDF-Berichts. Zahlen und Daten kommen bereits für das Gebietsschema formatiert an.

report-title = Sicherheitsbewertung
report-subtitle = Prüfung der Konfiguration von Microsoft 365 und Entra ID

report-cover-customer = Kunde
report-cover-tenant-id = Mandanten-ID
report-cover-assessment-date = Datum der Bewertung
report-cover-consultant = Durchgeführt von
report-cover-version = cray-Version
report-cover-generated = Bericht erstellt am

report-summary-heading = Zusammenfassung
report-summary-failed-total = Nicht bestandene Prüfungen
report-summary-failed-severity = Nicht bestanden mit Schweregrad { $severity }
report-summary-passed = Bestandene Prüfungen
report-summary-not-assessable = Nicht bewertbare Prüfungen
report-summary-accepted-risk = Nicht bestanden, Risiko akzeptiert
report-summary-false-positive = Nicht bestanden, als Fehlalarm eingestuft
report-summary-count = Anzahl

report-coverage-heading = Datenabdeckung
report-coverage-collected = Erhobene Datensätze ({ $count })
report-coverage-not-collected = Nicht erhobene Datensätze ({ $count })
report-coverage-none = Keine.
report-gap-missing-permission = fehlende Berechtigung { $permission }
report-gap-not-licensed = dem Mandanten fehlt die Lizenz { $licence }
report-gap-throttled = der Dienst drosselte die Abfragen, bis alle Wiederholungen verbraucht waren
report-gap-failed = Erhebung fehlgeschlagen: { $message }
report-gap-cancelled = der Lauf wurde abgebrochen, bevor dieser Datensatz gelesen wurde

report-findings-heading = Befunde
report-findings-none = Keine Prüfung ist fehlgeschlagen.
report-finding-check-id = Prüfungs-ID
report-finding-severity = Schweregrad
report-finding-risk = Risiko
report-finding-risk-value = { $risk } von 25 (Eintrittswahrscheinlichkeit { $likelihood } × Auswirkung { $impact })
report-finding-effort = Aufwand
report-finding-effort-value = { $class }, geschätzt { $hours }
report-finding-triage = Triage-Status
report-finding-triage-note = Anmerkung zur Triage
report-finding-description = Beschreibung
report-finding-risk-text = Warum es wichtig ist
report-finding-remediation = Maßnahmen
report-finding-detail = Nicht erfüllte Bedingung
report-finding-affected = Betroffene Objekte ({ $total })
report-finding-affected-more = … und { $more } weitere ({ $total } insgesamt)
report-finding-references = Referenzen

report-passed-heading = Bestandene Prüfungen
report-not-assessable-heading = Nicht bewertbare Prüfungen
report-list-none = Keine.
report-na-missing-permission = fehlende Berechtigung { $permission } für den Datensatz { $dataset }
report-na-not-licensed = dem Mandanten fehlt die Lizenz { $licence }
report-na-not-collected = der Datensatz { $dataset } wurde nicht erhoben: { $cause }
report-na-rule-error = die Regel ist fehlgeschlagen: { $message }
report-na-unknown = kein Grund erfasst

report-footer-page = Seite { $page } von { $total }
