# Spalten der Mandantenliste, mehrere Erhebungen zugleich und das Mandantenformular.

screen-tenants-col-score = Wert
screen-tenants-col-assessed-short = Geprüft
screen-tenants-col-status = Status

## Zustände einer Erhebung, kurz, für die Mandanten- und die Erhebungsliste

run-state-idle = bereit
run-state-collecting = erhebt { $percent } %
run-state-cancelling = bricht ab…
run-state-evaluating = wertet aus
run-state-done = fertig
run-state-failed = fehlgeschlagen
run-state-interrupted = unterbrochen
run-state-resumable = unterbrochen ({ $key })
run-interrupted = Abgebrochen. Das Gelesene bleibt erhalten; r in der Mandantenliste setzt fort.

run-errors = { $errors ->
    [one] 1 Fehlversuch
   *[other] { $errors } Fehlversuche
}

screen-runs-title = Erhebungen
screen-runs-col-tenant = Mandant
screen-runs-col-state = Zustand
screen-runs-col-datasets = Daten
screen-runs-col-objects = Objekte
screen-runs-col-rate = Anf./s
screen-runs-col-throttled = Dr. s
screen-runs-col-retries = Wdh.
screen-runs-col-errors = Fehl
screen-runs-col-left = Rest

## Mandantenformular

dialog-tenant-title-add = Mandant hinzufügen
dialog-tenant-title-edit = Mandant { $tenant } bearbeiten
dialog-tenant-keys = Tab/↑↓ Feld · ←→ wählen · Enter speichern · Esc abbrechen. Geheimnisse werden hier nie eingegeben: nennen Sie die Variable oder Datei, die sie enthält.
dialog-tenant-field-name = Kurzname
dialog-tenant-field-display_name = Anzeigename
dialog-tenant-field-tenant_id = Mandanten-ID
dialog-tenant-field-client_id = Client-ID
dialog-tenant-field-cloud = Cloud
dialog-tenant-field-credential = Anmeldung
dialog-tenant-source-secret_env = Variable
dialog-tenant-source-secret_file = Geheimnisdatei
dialog-tenant-source-certificate = Zertifikat
dialog-tenant-source-device_code = –
dialog-tenant-cloud-global = Global
dialog-tenant-cloud-us_gov = US Gov GCC High
dialog-tenant-cloud-us_gov_dod = US Gov DoD
dialog-tenant-cloud-china = China (21Vianet)
dialog-tenant-credential-secret_env = Client-Geheimnis in Variable
dialog-tenant-credential-secret_file = Client-Geheimnis in Datei
dialog-tenant-credential-certificate = Zertifikatsdatei
dialog-tenant-credential-device_code = Gerätecode bei jeder Erhebung
dialog-tenant-saving = Wird gespeichert…
dialog-tenant-invalid = { $field }: { $message }
dialog-tenant-save-failed = Nicht gespeichert: { $error }

dialog-cancel-run-title = Erhebung abbrechen?
dialog-cancel-run-question = Die Erhebung von { $tenant } abbrechen? Das Gelesene bleibt erhalten, r in der Mandantenliste setzt sie fort. y (ja) / n (nein)

dialog-quit-question-runs = { $count } Erhebungen laufen. Beenden und alle abbrechen? y (ja) / n (nein)

mode-runs = Erhebungen
mode-tenant_form = Mandantenformular
mode-confirm_cancel = Erhebung abbrechen

action-add_tenant = Mandant hinzufügen
action-edit_tenant = Mandant bearbeiten
action-resume_collection = Erhebung fortsetzen
action-cancel_run = Erhebung abbrechen
action-show_runs = Erhebungen
action-view_run = Live-Ansicht

toast-run-cancelled = Erhebung von { $tenant } abgebrochen; r setzt sie fort.
toast-nothing-to-resume = Für { $tenant } gibt es keine unterbrochene Erhebung.
toast-no-run = Für { $tenant } lief in dieser Sitzung keine Erhebung.
toast-no-runs = Es wurde noch keine Erhebung gestartet.
toast-demo-not-editable = Der Demo-Mandant kann nicht bearbeitet werden.
toast-tenant-settings-failed = Die Einstellungen von { $tenant } konnten nicht gelesen werden: { $error }
toast-tenant-save-failed = { $tenant } konnte nicht gespeichert werden: { $error }
toast-tenant-saved = Mandant { $tenant } gespeichert.
