# Guest users have limited or restricted directory access, not the access of members
# (guestUserRoleId is not the "User" role). A missing guestUserRoleId fails, because the
# access level cannot be confirmed.
package cray.checks.entra_009

import data.cray.lib

member_access := "a0b1b346-4d3e-4e8b-98f8-753987be4970"

levels := {
	"10dae51f-b6af-4016-8d66-8c2a99b929b3": "evidence-cray-entra-009-limited",
	"2af84b1e-32c8-42b7-82bc-daa82404023b": "evidence-cray-entra-009-restricted",
}

policy := input.datasets.authorization_policy[0]

role := lib.property(policy, "guestUserRoleId")

result := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-009-member-access", {}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-009-role", {"role": member_access})}],
} if {
	role == member_access
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-009-role-missing", {}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-009-role-missing-reason", {})}],
} if {
	not is_string(role)
} else := {
	"status": "pass",
	"detail": lib.message(object.get(levels, role, "evidence-cray-entra-009-other-level"), {"role": role}),
	"affected": [],
}
