# Report-only Conditional Access policies are not left as if they enforced anything: the
# check fails while any policy is in report-only mode, listing each one.
package cray.checks.entra_007

import data.cray.lib

report_only := [policy |
	some policy in input.datasets.conditional_access_policies
	lib.property(policy, "state") == "enabledForReportingButNotEnforced"
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(report_only) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-007-report-only", {
		"policies": concat(", ", sort([lib.display_name(policy) | some policy in report_only])),
	}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-007-report-only-reason", {})} |
		some policy in report_only
	],
}
