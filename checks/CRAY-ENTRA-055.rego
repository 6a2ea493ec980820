# Activating Global Administrator or Privileged Role Administrator in PIM needs approval:
# the approval rule requires it and names at least one primary approver. A role without a
# PIM policy in the data fails, since its settings are unknown.
package cray.checks.entra_055

import data.cray.lib

setting(role) := lib.field(lib.pim_rule(lib.pim_policy(role), "Approval_EndUser_Assignment"), "setting")

approvers(role) := [approver |
	some stage in lib.values(setting(role), "approvalStages")
	some approver in lib.values(stage, "primaryApprovers")
]

gap(role) := lib.message("evidence-cray-entra-055-no-policy", {}) if {
	not lib.pim_policy(role)
} else := lib.message("evidence-cray-entra-055-no-approval", {}) if {
	lib.property(setting(role), "isApprovalRequired") != true
} else := lib.message("evidence-cray-entra-055-no-approvers", {}) if {
	count(approvers(role)) == 0
}

affected := [{"id": role, "display_name": name, "reason": gap(role)} |
	some role, name in lib.pim_critical_roles
	gap(role)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-055-roles", {
		"roles": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
