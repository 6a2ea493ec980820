# Findings views: sort, filters, search, quick wins, and the dataset list of the collection
# screen.

mode-search = Search
action-cycle_sort = Sort
action-filter_status = Filter by status
action-filter_severity = Filter by severity
action-filter_topic = Filter by topic
action-clear_filters = Clear filters
action-search = Search
action-toggle_quick_wins = Quick wins
action-switch_pane = Switch pane

view-title-filtered = Findings of { $tenant } ({ $shown } of { $count })
view-no-match = No finding matches the filters and the search. Backspace clears them.
view-sort = Sort: { $key }
view-sort-risk = risk
view-sort-severity = severity
view-sort-effort = effort
view-sort-status = status
view-sort-check_id = check id
view-status = Status: { $value }
view-status-fail = failed
view-status-error = rule error
view-status-no_verdict = no verdict
view-status-pass = passed
view-severity = Severity: { $value }
view-topic = Topic: { $value }
view-search = Search:
view-quick-wins = Quick wins: failed, highest risk and least effort first

view-datasets-range = { $first }–{ $last } of { $total }
