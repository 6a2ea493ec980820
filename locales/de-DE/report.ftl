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
report-summary-by-severity = Nicht bestandene Prüfungen nach Schweregrad
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

report-cover-company = Unternehmen
report-cover-prepared-by = Erstellt von

report-summary-open = Offene Befunde

report-executive-heading = Management-Zusammenfassung
report-executive-verdict =
    { $assessed } von { $total } Prüfungen konnten bewertet werden. { $open } Befunde sind
    offen und müssen behoben werden, davon { $high } mit hohem Risiko. Die Gesamtnote ist { $grade }.
report-score-label = Gesamtwert
report-score-value = { $score } von 100
report-score-none = – (nichts bewertet)
report-score-explanation =
    Jede bewertete Prüfung zählt mit ihrem Risikowert (Eintrittswahrscheinlichkeit ×
    Auswirkung). Der Gesamtwert ist der Anteil bestandener Prüfungen an diesem Gewicht;
    offene Befunde und akzeptierte Risiken senken ihn.
report-grade-label = Note
report-grade-a = A: stark; Konfiguration weiter regelmäßig prüfen
report-grade-b = B: gut, mit einigen Lücken
report-grade-c = C: ausreichend; wichtige Lücken brauchen Aufmerksamkeit
report-grade-d = D: schwach; mehrere ernste Lücken
report-grade-f = F: mangelhaft; Angreifer finden leichte Wege hinein
report-top-risks-heading = Die fünf höchsten Risiken
report-top-risks-none = Keine Prüfung ist fehlgeschlagen, daher ist kein Risiko offen.
report-top-risk-rating = { $severity }, Risiko { $risk } von 25

report-band-high = Hohes Risiko (15–25)
report-band-medium = Mittleres Risiko (8–14)
report-band-low = Niedriges Risiko (1–7)
report-matrix-heading = Risiko und Aufwand
report-matrix-caption =
    Offene Befunde nach Risiko und Behebungsaufwand. Die Felder oben links sind schnelle
    Erfolge: hohes Risiko, das sich mit wenig Aufwand beheben lässt.
report-matrix-corner = Risiko \ Aufwand
report-matrix-effort-S = S (bis ein Tag)
report-matrix-effort-M = M (bis eine Woche)
report-matrix-effort-L = L (mehr)

report-roadmap-heading = Maßnahmenplan
report-roadmap-intro =
    Schnelle Erfolge zuerst: je höher das Risiko und je kleiner der Aufwand, desto früher ist
    ein Befund eingeplant. Innerhalb einer Phase sind die Befunde nach Risiko geordnet.
report-roadmap-item = Risiko { $risk } · Aufwand { $class }, { $hours } h
report-phase-now = Sofort (innerhalb von 30 Tagen)
report-phase-next = Als Nächstes (innerhalb von 90 Tagen)
report-phase-later = Später (innerhalb von 12 Monaten)
report-phase-none = Nichts eingeplant.
report-finding-phase = Maßnahmenplan

report-coverage-assessed = { $assessed } von { $total } Prüfungen ließen sich mit den erhobenen Daten bewerten.
report-coverage-dataset = Datensatz
report-coverage-key = Schlüssel
report-coverage-state = Zustand
report-coverage-state-collected = vollständig erhoben

report-dataset-organization = Organisation
report-dataset-domains = Domänen
report-dataset-subscribed_skus = Lizenzen (abonnierte SKUs)
report-dataset-users = Benutzer
report-dataset-groups = Gruppen
report-dataset-conditional_access_policies = Richtlinien für bedingten Zugriff
report-dataset-role_definitions = Definitionen der Verzeichnisrollen
report-dataset-role_assignments = Zuweisungen der Verzeichnisrollen
report-dataset-role_eligibility_schedules = PIM-Rollenberechtigungen
report-dataset-authorization_policy = Autorisierungsrichtlinie
report-dataset-security_defaults = Sicherheitsstandards
report-dataset-authentication_methods_policy = Richtlinie für Authentifizierungsmethoden
report-dataset-exo_organization_config = Exchange-Organisationskonfiguration
report-dataset-exo_remote_domains = Exchange-Remotedomänen
report-dataset-exo_outbound_spam_policies = Exchange-Richtlinien für ausgehenden Spam
report-dataset-exo_outbound_spam_rules = Exchange-Regeln für ausgehenden Spam

report-triaged-heading = Anhang: akzeptierte Risiken und Fehlalarme
report-triaged-intro =
    Diese nicht bestandenen Prüfungen stehen nicht unter den offenen Befunden. Der Kunde hat
    das Risiko akzeptiert, die Beratung hat festgestellt, dass die Prüfung nicht zutrifft, oder
    der Kunde hat die Behebung nach dem Prüflauf gemeldet.
    Eine Entscheidung nach ihrem Ablaufdatum gilt nicht mehr; ihr Befund ist wieder offen.
report-triaged-none = Kein Risiko wurde akzeptiert und kein Befund als Fehlalarm eingestuft.
report-triaged-check = Prüfung
report-triaged-decision = Entscheidung
report-triaged-decision-value = { $status } (Schweregrad { $severity })
report-triaged-reason = Begründung
report-triaged-decided = Entschieden am
report-triaged-expires = Gültig bis
report-triaged-no-expiry = ohne Ablaufdatum
report-triaged-expired = abgelaufen am { $date }; wieder als offen geführt
report-triaged-no-reason = keine Begründung erfasst
report-triaged-unknown-date = nicht erfasst

report-method-heading = Vorgehen
report-method-collection-title = Datenerhebung
report-method-collection =
    cray hat die Konfiguration des Mandanten mit reinen Leseberechtigungen über Microsoft Graph
    und Exchange Online gelesen und im Mandanten nichts verändert. Der Abschnitt
    Datenabdeckung nennt jeden Datensatz und, falls er fehlt, den Grund.
report-method-checks-title = Prüfungen
report-method-checks =
    Jede Prüfung vergleicht die erhobene Konfiguration mit einer dokumentierten Anforderung,
    meist aus dem CIS Microsoft 365 Foundations Benchmark und den CISA-SCuBA-Baselines. Eine
    Prüfung ist bestanden, nicht bestanden oder nicht bewertbar, wenn ihr Daten fehlen.
report-method-risk-title = Risiko und Aufwand
report-method-risk =
    Das Risiko ist Eintrittswahrscheinlichkeit mal Auswirkung, jeweils von 1 bis 5 bewertet,
    also ein Wert von 1 bis 25. Der Aufwand schätzt die Arbeit zur Behebung: S bis ein Tag,
    M bis eine Woche, L mehr.
report-method-score-title = Gesamtwert und Note
report-method-score =
    Jede bewertete Prüfung zählt mit ihrem Risikowert. Der Gesamtwert ist 100 mal das Gewicht
    der bestandenen Prüfungen und Fehlalarme geteilt durch das Gewicht aller bewerteten
    Prüfungen, gerundet. Noten: A ab 90, B ab 75, C ab 60, D ab 40, F darunter. Solange eine
    kritische Prüfung nicht bestanden ist, ist die Note höchstens C.
report-method-roadmap-title = Maßnahmenplan
report-method-roadmap =
    Die Risikostufen sind hoch (15–25), mittel (8–14) und niedrig (1–7). Die Summe aus dem
    Rang der Stufe (hoch 0, mittel 1, niedrig 2) und des Aufwands (S 0, M 1, L 2) ergibt die
    Phase: bis 1 sofort, 2 als Nächstes, darüber später.
report-method-limits-title = Grenzen
report-method-limits =
    Die Bewertung zeigt die Konfiguration zum Zeitpunkt der Erhebung. Sie prüft nicht, ob die
    Einstellungen in der Praxis wirken, und deckt nur ab, was die Prüfungen beschreiben.

report-glossary-heading = Glossar
report-glossary-tenant-term = Mandant
report-glossary-tenant-definition = Die Instanz der Organisation in Microsoft Entra ID und Microsoft 365 (englisch Tenant).
report-glossary-dataset-term = Datensatz
report-glossary-dataset-definition = Eine Art von Konfiguration, die aus dem Mandanten gelesen wird, etwa Benutzer oder Richtlinien für bedingten Zugriff.
report-glossary-check-term = Prüfung
report-glossary-check-definition = Eine Regel, die die Konfiguration mit einer Sicherheitsanforderung vergleicht.
report-glossary-finding-term = Befund
report-glossary-finding-definition = Eine nicht bestandene Prüfung: Die Konfiguration erfüllt die Anforderung nicht.
report-glossary-severity-term = Schweregrad
report-glossary-severity-definition = Wie schwer ein Verstoß gegen die Prüfung wiegt, von Info bis Kritisch.
report-glossary-risk-term = Risikowert
report-glossary-risk-definition = Eintrittswahrscheinlichkeit mal Auswirkung, jeweils von 1 bis 5.
report-glossary-effort-term = Aufwand
report-glossary-effort-definition = Geschätzte Arbeit zur Behebung: S bis ein Tag, M bis eine Woche, L mehr.
report-glossary-accepted-risk-term = Akzeptiertes Risiko
report-glossary-accepted-risk-definition = Ein Befund, den der Kunde bewusst bestehen lässt, mit Begründung und optional einem Ablaufdatum.
report-glossary-false-positive-term = Fehlalarm
report-glossary-false-positive-definition = Eine nicht bestandene Prüfung, die auf diesen Mandanten nicht zutrifft, mit Begründung der Beratung.
report-glossary-not-assessable-term = Nicht bewertbar
report-glossary-not-assessable-definition = Eine Prüfung, die nicht ausgewertet werden konnte, meist wegen fehlender Berechtigung oder Lizenz.
report-glossary-conditional-access-term = Bedingter Zugriff
report-glossary-conditional-access-definition = Richtlinien in Entra ID, die festlegen, unter welchen Bedingungen eine Anmeldung erlaubt ist.
report-glossary-mfa-term = MFA
report-glossary-mfa-definition = Mehrstufige Authentifizierung: Eine Anmeldung braucht neben dem Kennwort einen zweiten Faktor.
