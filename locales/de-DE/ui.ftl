# ui messages: Texte der Terminal-Oberfläche.

app-name = cray
screen-too-small = Das Fenster ist { $width }×{ $height } groß; cray braucht mindestens { $min_width }×{ $min_height }. Vergrößern Sie es oder drücken Sie q zum Beenden.

## Mandanten

screen-tenants-title = Mandanten
screen-tenants-loading = Mandanten werden geladen…
screen-tenants-empty = Es sind noch keine Mandanten registriert.
screen-tenants-demo-hint = Drücken Sie { $key }, um den Demo-Mandanten anzulegen: eine simulierte Firma zum Ausprobieren.
screen-tenants-col-name = Name
screen-tenants-col-display-name = Anzeigename
screen-tenants-col-last-assessed = Zuletzt geprüft
screen-tenants-never = nie
screen-tenants-demo-marker = Demo
screen-tenants-legend = Offene Befunde: K kritisch, H hoch, M mittel, N niedrig, I Info

severity-short-critical = K
severity-short-high = H
severity-short-medium = M
severity-short-low = N
severity-short-info = I

## Erhebung

screen-collection-title = Erhebung für { $tenant }
screen-collection-signing-in = Anmeldung und Vorbereitung laufen…
screen-collection-totals = Datensätze { $handled }/{ $total } · Objekte { $objects } · Drosselungen { $waits } · Dauer { $elapsed }
screen-collection-rate = { $rate } Anfragen/s · gedrosselt { $throttled } s · { $retries } Wiederholungen · noch { $left }
dataset-pending = wartet
dataset-reading = Seite { $pages } · { $objects ->
    [one] 1 Objekt
   *[other] { $objects } Objekte
}
dataset-throttled = gedrosselt, wartet { $seconds } s
dataset-done = { $objects ->
    [one] 1 Objekt
   *[other] { $objects } Objekte
}
dataset-missing_permission = Berechtigung { $permission } fehlt
dataset-not_licensed = nicht lizenziert: { $licence }
dataset-throttled-out = zu oft gedrosselt
dataset-failed = fehlgeschlagen: { $message }
dataset-cancelled = abgebrochen
run-collecting = Erhebung läuft…
run-evaluating = Prüfungen werden ausgewertet…
run-done = Fertig. Drücken Sie { $key }, um die Befunde zu öffnen.
run-failed = Fehlgeschlagen: { $error }

## Befunde

screen-findings-title = Befunde für { $tenant } ({ $count })
screen-findings-loading = Befunde werden geladen…
screen-findings-empty = Diese Prüfung hat keine Befunde.
screen-findings-changes = Seit { $date }: { $new } neu, { $resolved } behoben, { $changed } geändert — { $key } zeigt den Vergleich
screen-findings-no-changes = Seit { $date }: keine Änderungen — { $key } zeigt den Vergleich
screen-findings-col-severity = Schwere
screen-findings-col-title = Titel
screen-findings-col-effort = Aufwand
screen-findings-col-status = Status
screen-findings-col-triage = Bewertung
detail-title = Details
detail-description = Beschreibung
detail-risk = Risiko
detail-risk-score = Wahrscheinlichkeit { $likelihood } × Auswirkung { $impact } = { $risk } von 25
detail-effort = Aufwand
detail-remediation = Behebung
detail-failing = Nicht erfüllte Bedingung
detail-not-assessable = Warum nicht bewertbar
detail-affected = Betroffene Objekte ({ $count })
detail-affected-none = Es sind keine Objekte aufgeführt.
detail-references = Referenzen
reason-missing_permission = Der Datensatz { $dataset } braucht die Berechtigung { $permission }.
reason-not_licensed = Dem Mandanten fehlt die Lizenz { $licence }.
reason-not_collected = Der Datensatz { $dataset } wurde nicht erhoben.
reason-rule_error = Die Regel ist fehlgeschlagen: { $message }

## Dialoge

dialog-note-title-accepted_risk = Risiko akzeptieren: { $check }
dialog-note-title-false_positive = Fehlalarm: { $check }
dialog-note-label = Begründung: Warum muss dieser Befund nicht behoben werden? Der Bericht druckt sie.
dialog-note-reason-required = Eine Begründung ist erforderlich: Tragen Sie sie ein und drücken Sie Enter.
dialog-export-title = Bericht exportieren
dialog-export-tenant = Mandant: { $tenant }
dialog-export-language = Sprache
dialog-export-format = Format
dialog-export-path = Ausgabedatei
dialog-export-keys = Tab oder ↑↓ wechselt das Feld · ←→ oder Leertaste wechselt Sprache oder Format · Enter exportiert · Esc bricht ab
dialog-export-running = Der Bericht wird nach { $path } geschrieben…
dialog-export-path-missing = Geben Sie einen Namen für die Ausgabedatei ein.
dialog-export-failed = Export fehlgeschlagen: { $error }
dialog-quit-title = cray beenden?
dialog-quit-question = Eine Erhebung läuft. Beenden und die Erhebung abbrechen? y (ja) / n (nein)
dialog-purge-title = Mandant { $tenant } löschen?
dialog-purge-warning = Dies löscht { $tenant } mit allen Daten: den Mandantenschlüssel, die erhobenen Daten und die erfassten Berichte. Das lässt sich nicht rückgängig machen.
dialog-purge-prompt = Geben Sie zum Löschen { $tenant } ein und drücken Sie Enter; Esc bricht ab.
dialog-purge-mismatch = Der Name stimmt nicht überein.
export-language-en-US = Englisch (en-US)
export-language-de-DE = Deutsch (de-DE)
export-format-pdf = PDF
export-format-csv = CSV
export-format-json = JSON
export-format-md = Markdown
dialog-help-title = Tasten: { $mode }

mode-tenants = Mandanten
mode-collection = Erhebung
mode-findings = Befunde
mode-triage_note = Bewertungsnotiz
mode-export = Export
mode-help = Hilfe
mode-confirm_quit = Beenden
mode-confirm_purge = Mandant löschen

## Aktionen: eine Nachricht je Tastenaktion, für Hilfe und Statuszeile

action-quit = Beenden
action-back = Zurück
action-show_help = Hilfe
action-select_next = Nächste Zeile
action-select_previous = Vorige Zeile
action-select_first = Erste Zeile
action-select_last = Letzte Zeile
action-open_findings = Befunde öffnen
action-start_collection = Erheben
action-add_demo_tenant = Demo-Mandant anlegen
action-purge_tenant = Mandant löschen
action-accept_risk = Risiko akzeptieren
action-mark_false_positive = Fehlalarm
action-reopen = Wieder öffnen
action-export_report = Bericht exportieren
action-scroll_detail_down = Details abwärts blättern
action-scroll_detail_up = Details aufwärts blättern
action-confirm = Bestätigen
action-cancel = Abbrechen
action-next_field = Nächstes Feld
action-previous_field = Vorheriges Feld

## Meldungen

toast-collection-still-running = Die Erhebung läuft noch.
toast-collection-busy = Für { $tenant } läuft bereits eine Erhebung.
toast-collection-done = Erhebung für { $tenant } abgeschlossen.
toast-collection-failed = Erhebung für { $tenant } fehlgeschlagen: { $error }
toast-export-done = Bericht nach { $path } geschrieben.
toast-export-failed = Export fehlgeschlagen: { $error }
toast-demo-exists = Der Demo-Mandant ist bereits registriert.
toast-demo-added = Demo-Mandant angelegt. Drücken Sie { $collect_key }, um ihn zu erheben.
toast-demo-failed = Anlegen des Demo-Mandanten fehlgeschlagen: { $error }
toast-not-assessed = { $tenant } wurde noch nicht geprüft. Drücken Sie { $collect_key }, um ihn zu erheben.
toast-tenants-failed = Lesen der Mandanten fehlgeschlagen: { $error }
toast-tenant-unknown = Mandant { $tenant } ist nicht registriert.
toast-findings-failed = Lesen der Befunde von { $tenant } fehlgeschlagen: { $error }
toast-triage-only-failed = Nur nicht bestandene Prüfungen können bewertet werden.
toast-triage-saved = Bewertung von { $check } gespeichert.
toast-triage-failed = Speichern der Bewertung von { $check } fehlgeschlagen: { $error }
toast-purge-done = { $tenant } gelöscht: { $summary }
toast-purge-failed = Löschen von { $tenant } fehlgeschlagen: { $error }
toast-purge-collecting = { $tenant } wird gerade erhoben. Nach dem Ende des Laufs erneut löschen.
toast-notice = { $text }

dialog-key-storage-title = Wo sollen Mandantenschlüssel liegen?
dialog-key-storage-intro = cray verschlüsselt die Daten jedes Kunden mit einem eigenen Schlüssel. Auf diesem System antwortet kein Schlüsselbund; wählen Sie daher, wo die Schlüssel liegen. Sie können das später unter key_storage in der Tabelle [security] von config.toml ändern.
dialog-key-storage-keyfile = k    Schlüsseldatei mit Modus 0600 im Konfigurationsverzeichnis von cray. Wer die Dateien Ihres Benutzerkontos lesen kann, kann sie lesen.
dialog-key-storage-passphrase = p    Passphrase: Die Schlüssel werden mit der Passphrase aus CRAY_PASSPHRASE gesichert.
dialog-key-storage-passphrase-unset = p    Passphrase: CRAY_PASSPHRASE ist nicht gesetzt. Beenden Sie cray mit q, setzen Sie CRAY_PASSPHRASE und starten Sie cray neu.
dialog-key-storage-later = Esc  Später entscheiden: cray verwendet eine Schlüsseldatei und warnt davor.
dialog-key-storage-refused = CRAY_PASSPHRASE ist nicht gesetzt. Beenden Sie cray, setzen Sie die Variable und starten Sie cray neu.
mode-choose_key_storage = Schlüsselablage
action-use_keyfile = Schlüsseldatei verwenden
action-use_passphrase = Passphrase verwenden
toast-key-storage-set = { $storage ->
    [passphrase] Neue Mandantenschlüssel werden mit Ihrer Passphrase gesichert; in config.toml gespeichert.
   *[other] Neue Mandantenschlüssel kommen in Schlüsseldateien; in config.toml gespeichert.
}
toast-key-storage-failed = Speichern der Schlüsselablage ({ $storage }) fehlgeschlagen: { $error }
toast-key-storage-unknown = Die Schlüsselablage lässt sich nicht bestimmen: { $error }
