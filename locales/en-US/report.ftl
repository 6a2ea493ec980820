# Texts of the PDF report. Numbers and dates arrive pre-formatted for the locale.

report-title = Security assessment
report-subtitle = Microsoft 365 and Entra ID configuration review

report-cover-customer = Customer
report-cover-tenant-id = Tenant ID
report-cover-assessment-date = Assessment date
report-cover-consultant = Consultant
report-cover-version = cray version
report-cover-generated = Report generated on

report-summary-heading = Summary
report-summary-failed-total = Failed checks
report-summary-failed-severity = Failed checks with severity { $severity }
report-summary-passed = Passed checks
report-summary-not-assessable = Checks not assessable
report-summary-accepted-risk = Failed checks with accepted risk
report-summary-false-positive = Failed checks marked as false positive
report-summary-count = Count

report-coverage-heading = Data coverage
report-coverage-collected = Collected datasets ({ $count })
report-coverage-not-collected = Datasets not collected ({ $count })
report-coverage-none = None.
report-gap-missing-permission = missing permission { $permission }
report-gap-not-licensed = the tenant lacks the licence { $licence }
report-gap-throttled = the service kept throttling until the retries ran out
report-gap-failed = collection failed: { $message }
report-gap-cancelled = the run was cancelled before this dataset was read

report-findings-heading = Findings
report-findings-none = No check failed.
report-finding-check-id = Check ID
report-finding-severity = Severity
report-finding-risk = Risk
report-finding-risk-value = { $risk } of 25 (likelihood { $likelihood } × impact { $impact })
report-finding-effort = Effort
report-finding-effort-value = { $class }, estimated { $hours }
report-finding-triage = Triage status
report-finding-triage-note = Triage note
report-finding-description = Description
report-finding-risk-text = Why it matters
report-finding-remediation = Remediation steps
report-finding-detail = Failing condition
report-finding-affected = Affected objects ({ $total })
report-finding-affected-more = … and { $more } more ({ $total } in total)
report-finding-references = References

report-passed-heading = Passed checks
report-not-assessable-heading = Checks not assessable
report-list-none = None.
report-na-missing-permission = missing permission { $permission } for dataset { $dataset }
report-na-not-licensed = the tenant lacks the licence { $licence }
report-na-not-collected = dataset { $dataset } was not collected: { $cause }
report-na-rule-error = the rule failed: { $message }
report-na-unknown = no reason recorded

report-footer-page = Page { $page } of { $total }
