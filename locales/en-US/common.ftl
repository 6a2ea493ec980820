severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
severity-info = Info

status-pass = Pass
status-fail = Fail
status-not_assessable = Not assessable
status-not_licensed = Not licensed
status-not_applicable = Not applicable
status-error = Rule error

triage-open = Open
triage-accepted_risk = Accepted risk
triage-false_positive = False positive

effort-class-S = S (up to a day)
effort-class-M = M (up to a week)
effort-class-L = L (more than a week)
effort-hours = { $hours } h

stats-found-in = found in { $percent } of { $assessed ->
    [one] { $assessed } assessment
   *[other] { $assessed } assessments
}
stats-no-verdict = not assessed yet
