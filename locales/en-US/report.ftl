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
report-summary-by-severity = Failed checks by severity
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

report-cover-company = Company
report-cover-prepared-by = Prepared by

report-summary-open = Open findings

report-executive-heading = Executive summary
report-executive-verdict =
    { $assessed } of { $total } checks could be assessed. { $open } findings are open and need
    a fix; { $high } of them carry a high risk. The overall grade is { $grade }.
report-score-label = Overall score
report-score-value = { $score } of 100
report-score-none = – (nothing assessed)
report-score-explanation =
    Each assessed check weighs its risk score (likelihood × impact). The score is the share of
    that weight in checks that passed; open findings and accepted risks lower it.
report-grade-label = Grade
report-grade-a = A: strong; keep the configuration under review
report-grade-b = B: good, with some gaps to close
report-grade-c = C: fair; important gaps need attention
report-grade-d = D: weak; several serious gaps
report-grade-f = F: poor; attackers have easy ways in
report-top-risks-heading = The five highest risks
report-top-risks-none = No check failed, so no risk is open.
report-top-risk-rating = { $severity }, risk { $risk } of 25

report-band-high = High risk (15–25)
report-band-medium = Medium risk (8–14)
report-band-low = Low risk (1–7)
report-matrix-heading = Risk and effort
report-matrix-caption =
    Open findings counted by risk and remediation effort. The top-left cells are quick wins:
    high risk that takes little effort to fix.
report-matrix-corner = Risk \ effort
report-matrix-effort-S = S (up to a day)
report-matrix-effort-M = M (up to a week)
report-matrix-effort-L = L (more)

report-roadmap-heading = Roadmap
report-roadmap-intro =
    Quick wins come first: the higher the risk and the smaller the effort, the earlier a
    finding is planned. Within a phase, findings are ordered by risk.
report-roadmap-item = risk { $risk } · effort { $class }, { $hours } h
report-phase-now = Now (within 30 days)
report-phase-next = Next (within 90 days)
report-phase-later = Later (within 12 months)
report-phase-none = Nothing planned.
report-finding-phase = Roadmap

report-coverage-assessed = { $assessed } of { $total } checks could be assessed with the collected data.
report-coverage-dataset = Dataset
report-coverage-key = Key
report-coverage-state = State
report-coverage-state-collected = collected completely

report-dataset-organization = Organization
report-dataset-domains = Domains
report-dataset-subscribed_skus = Licences (subscribed SKUs)
report-dataset-users = Users
report-dataset-groups = Groups
report-dataset-conditional_access_policies = Conditional Access policies
report-dataset-role_definitions = Directory role definitions
report-dataset-role_assignments = Directory role assignments
report-dataset-role_eligibility_schedules = PIM role eligibilities
report-dataset-authorization_policy = Authorization policy
report-dataset-security_defaults = Security defaults
report-dataset-authentication_methods_policy = Authentication methods policy
report-dataset-exo_organization_config = Exchange organization configuration
report-dataset-exo_remote_domains = Exchange remote domains
report-dataset-exo_outbound_spam_policies = Exchange outbound spam policies
report-dataset-exo_outbound_spam_rules = Exchange outbound spam rules

report-triaged-heading = Appendix: accepted risks and false positives
report-triaged-intro =
    These failed checks are not listed as open findings. The customer accepted the risk, or
    the consultant found that the check does not apply, or the customer reported it fixed
    after the assessment. A decision past its expiry date no longer holds; its finding is
    listed as open again.
report-triaged-none = No risk was accepted and no finding was marked as false positive.
report-triaged-check = Check
report-triaged-decision = Decision
report-triaged-decision-value = { $status } (severity { $severity })
report-triaged-reason = Reason
report-triaged-decided = Decided on
report-triaged-expires = Valid until
report-triaged-no-expiry = no expiry date
report-triaged-expired = expired on { $date }; listed as open again
report-triaged-no-reason = no reason recorded
report-triaged-unknown-date = not recorded

report-method-heading = Methodology
report-method-collection-title = Data collection
report-method-collection =
    cray read the tenant's configuration with read-only permissions through Microsoft Graph
    and Exchange Online. It changed nothing in the tenant. The coverage section lists every
    dataset and why a dataset could not be read.
report-method-checks-title = Checks
report-method-checks =
    Each check compares the collected configuration with a documented requirement, mostly
    from the CIS Microsoft 365 Foundations Benchmark and CISA SCuBA baselines. A check passes,
    fails, or is not assessable when data it needs is missing.
report-method-risk-title = Risk and effort
report-method-risk =
    Risk is likelihood times impact, each rated from 1 to 5, so it ranges from 1 to 25.
    Effort is the estimated work to fix a finding: S up to a day, M up to a week, L more.
report-method-score-title = Score and grade
report-method-score =
    Every assessed check weighs its risk score. The score is 100 times the weight of passed
    checks and false positives divided by the weight of all assessed checks, rounded. Grades:
    A from 90, B from 75, C from 60, D from 40, F below. While a critical check fails, the
    grade is at best C.
report-method-roadmap-title = Roadmap
report-method-roadmap =
    Risk bands are high (15–25), medium (8–14) and low (1–7). Adding the rank of the band
    (high 0, medium 1, low 2) and of the effort (S 0, M 1, L 2) gives the phase: up to 1 is
    now, 2 is next, more is later.
report-method-limits-title = Limits
report-method-limits =
    The assessment shows the configuration at the time of collection. It does not test
    whether the settings work in practice, and it covers only what the checks describe.

report-glossary-heading = Glossary
report-glossary-tenant-term = Tenant
report-glossary-tenant-definition = The organization's instance of Microsoft Entra ID and Microsoft 365.
report-glossary-dataset-term = Dataset
report-glossary-dataset-definition = One kind of configuration read from the tenant, such as users or Conditional Access policies.
report-glossary-check-term = Check
report-glossary-check-definition = A rule that compares the configuration with a security requirement.
report-glossary-finding-term = Finding
report-glossary-finding-definition = A failed check: the configuration misses the requirement.
report-glossary-severity-term = Severity
report-glossary-severity-definition = How serious a failure of the check is, from Info to Critical.
report-glossary-risk-term = Risk score
report-glossary-risk-definition = Likelihood times impact, each from 1 to 5.
report-glossary-effort-term = Effort
report-glossary-effort-definition = Estimated work to fix a finding: S up to a day, M up to a week, L more.
report-glossary-accepted-risk-term = Accepted risk
report-glossary-accepted-risk-definition = A finding that the customer decided to keep, with a reason and optionally an expiry date.
report-glossary-false-positive-term = False positive
report-glossary-false-positive-definition = A failed check that does not apply to this tenant, with the consultant's reason.
report-glossary-not-assessable-term = Not assessable
report-glossary-not-assessable-definition = A check that could not be evaluated, usually because a permission or licence was missing.
report-glossary-conditional-access-term = Conditional Access
report-glossary-conditional-access-definition = Entra ID policies that decide under which conditions a sign-in is allowed.
report-glossary-mfa-term = MFA
report-glossary-mfa-definition = Multifactor authentication: a sign-in needs a second factor besides the password.
