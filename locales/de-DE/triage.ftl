## Bewertung über die Entscheidung hinaus: behobene Befunde, Ausnahmen für Objekte,
## geänderter Schweregrad, freie Notizen, der Verlauf der Prüfläufe und ihr Vergleich.

triage-resolved = Behoben
triage-reopened = Wieder offen
triage-reopened-expired = Wieder offen: Die Entscheidung ist am { $date } abgelaufen.
triage-reopened-still_failing = Wieder offen: als behoben markiert, aber dieser Prüflauf schlägt weiter fehl.
triage-expires = Gültig bis { $date }
severity-overridden = { $severity }*

## Detailbereich

detail-override = Schweregrad { $severity } statt { $catalogue }: { $reason }
detail-comment = Notiz
detail-excepted = ausgenommen: { $reason }
detail-fully-excepted = Alle betroffenen Objekte sind ausgenommen, daher gilt der Befund als akzeptiertes Risiko.

## Dialoge

dialog-note-title-resolved = Behoben: { $check }
dialog-note-label-resolved = Notiz (optional): Wie wurde es behoben? Schlägt ein späterer Prüflauf weiter fehl, wird der Befund wieder geöffnet.
dialog-note-expires = Gültig bis (JJJJ-MM-TT)
dialog-note-date-invalid = Ungültiges Datum „{ $text }“: Verwenden Sie JJJJ-MM-TT, zum Beispiel 2027-03-31.
dialog-note-date-past = Das Datum { $date } liegt in der Vergangenheit: Geben Sie ein Datum ab { $today } an.
dialog-note-keys = Tab Feld wechseln · Enter speichern · Esc abbrechen
dialog-except-title = Objekt ausnehmen: { $check }
dialog-except-object = Objekt { $index } von { $count }: { $name } ({ $id })
dialog-except-current = Derzeit ausgenommen: { $reason }
dialog-except-label = Begründung: Warum muss dieses Objekt nicht behoben werden? Der Bericht druckt sie.
dialog-except-keys = ↑↓ Objekt wählen · Enter speichern · Esc abbrechen. Eine leere Begründung hebt eine bestehende Ausnahme auf.
dialog-override-title = Schweregrad von { $check }
dialog-override-severity = Schweregrad: { $severity } (Katalog: { $catalogue })
dialog-override-label = Begründung der Änderung; der Bericht druckt sie.
dialog-override-keys = ↑↓ Schweregrad ändern · Enter speichern · Esc abbrechen. Der Schweregrad des Katalogs hebt die Änderung auf.
dialog-comment-title = Notiz zu { $check }
dialog-comment-label = Freie Notiz, gespeichert für diesen Mandanten und spätere Prüfläufe; eine leere Notiz löscht sie.
dialog-delete-title = Prüflauf löschen?
dialog-delete-question = Den Prüflauf vom { $date } mit seinen Daten, Ergebnissen und exportierten Berichten löschen? Das lässt sich nicht rückgängig machen. j/n

## Verlauf

screen-history-title = Prüfläufe von { $tenant } ({ $count })
screen-history-loading = Prüfläufe werden gelesen…
screen-history-empty = Noch keine Prüfläufe.
screen-history-col-started = Beginn (UTC)
screen-history-col-state = Zustand
screen-history-col-passed = Bestanden
screen-history-col-failed = Nicht bestanden
screen-history-col-score = Gesamtwert
screen-history-marked = ◆
screen-diff-title = Änderungen
screen-diff-hint = Markieren Sie einen Prüflauf mit der Leertaste, wählen Sie einen anderen und drücken Sie d, um beide zu vergleichen.
screen-diff-loading = Wird verglichen…
assessment-state-collecting = Läuft
assessment-state-interrupted = Unterbrochen
assessment-state-evaluated = Ausgewertet
assessment-state-failed = Fehlgeschlagen

## Vergleich zweier Prüfläufe (TUI und `cray assessment diff`)

diff-title = Änderungen bei Mandant { $tenant } von Prüflauf { $old } zu { $new }
diff-nothing = Keine Änderungen: Dieselben Prüfungen schlagen mit denselben Objekten fehl.
diff-section-new = Neue Befunde ({ $count })
diff-section-resolved = Behobene Befunde ({ $count })
diff-section-changed = Geänderte Befunde ({ $count })
diff-objects = { $count ->
    [one] 1 Objekt
   *[other] { $count } Objekte
}
diff-change-status = Status: { $before } → { $after }
diff-change-severity = Schweregrad: { $before } → { $after }
diff-change-affected = betroffene Objekte: { $before } → { $after }

## Tasten, Modi und Hinweise

action-mark_resolved = Behoben
action-except_object = Objekt ausnehmen
action-override_severity = Schweregrad
action-edit_note = Notiz
action-show_history = Verlauf
action-mark_for_diff = Zum Vergleich markieren
action-compare_assessments = Vergleichen
action-delete_assessment = Prüflauf löschen
mode-triage_edit = Bewertung
mode-history = Verlauf
mode-confirm_delete = Prüflauf löschen
toast-annotation-saved = Für { $check } gespeichert.
toast-annotation-failed = Speichern für { $check } fehlgeschlagen: { $error }
toast-except-no-objects = Dieser Befund nennt keine betroffenen Objekte, die ausgenommen werden könnten.
toast-history-failed = Lesen der Prüfläufe von { $tenant } fehlgeschlagen: { $error }
toast-diff-failed = Vergleich der Prüfläufe fehlgeschlagen: { $error }
toast-diff-needs-two = Wählen Sie zwei verschiedene ausgewertete Prüfläufe: einen mit der Leertaste markieren, dann einen anderen wählen.
toast-diff-not-evaluated = Nur ausgewertete Prüfläufe lassen sich vergleichen.
toast-no-recent-changes = Noch nichts zu vergleichen: Der Vergleich erscheint nach der Erhebung eines Mandanten mit einem früheren ausgewerteten Prüflauf. H öffnet den Verlauf.
toast-assessment-deleted = Prüflauf gelöscht: { $summary }
toast-assessment-delete-failed = Löschen des Prüflaufs fehlgeschlagen: { $error }
toast-delete-collecting = Eine Erfassung von { $tenant } läuft; löschen Sie nach ihrem Ende.

## Bericht

report-affected-excepted = vom Berater ausgenommen: { $reason }
report-severity-overridden = Schweregrad vom Berater festgelegt statt { $catalogue }: { $reason }
report-finding-comment = Notiz des Beraters
