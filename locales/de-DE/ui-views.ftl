# Befundansichten: Sortierung, Filter, Suche, schnelle Erfolge und die Datensatzliste der
# Erhebung.

mode-search = Suche
action-cycle_sort = Sortieren
action-filter_status = Nach Status filtern
action-filter_severity = Nach Schweregrad filtern
action-filter_topic = Nach Thema filtern
action-clear_filters = Filter aufheben
action-search = Suchen
action-toggle_quick_wins = Schnelle Erfolge
action-switch_pane = Bereich wechseln

view-title-filtered = Befunde für { $tenant } ({ $shown } von { $count })
view-no-match = Kein Befund passt zu Filtern und Suche. Rücktaste hebt sie auf.
view-sort = Sortiert: { $key }
view-sort-risk = Risiko
view-sort-severity = Schweregrad
view-sort-effort = Aufwand
view-sort-status = Status
view-sort-check_id = Prüfungs-ID
view-status = Status: { $value }
view-status-fail = nicht bestanden
view-status-error = Regelfehler
view-status-no_verdict = ohne Ergebnis
view-status-pass = bestanden
view-severity = Schweregrad: { $value }
view-topic = Thema: { $value }
view-search = Suche:
view-quick-wins = Schnelle Erfolge: nicht bestanden, höchstes Risiko und geringster Aufwand zuerst

view-datasets-range = { $first }–{ $last } von { $total }
