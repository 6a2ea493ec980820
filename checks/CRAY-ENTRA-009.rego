# Guest users have limited or restricted directory access, not the access of members
# (guestUserRoleId is not the "User" role). A missing guestUserRoleId fails, because the
# access level cannot be confirmed.
package cray.checks.entra_009

import data.cray.lib

member_access := "a0b1b346-4d3e-4e8b-98f8-753987be4970"

names := {
	"a0b1b346-4d3e-4e8b-98f8-753987be4970": "same access as members",
	"10dae51f-b6af-4016-8d66-8c2a99b929b3": "limited access",
	"2af84b1e-32c8-42b7-82bc-daa82404023b": "restricted access",
}

policy := input.datasets.authorization_policy[0]

role := lib.property(policy, "guestUserRoleId")

result := {
	"status": "fail",
	"detail": "Guest users have the same directory access as members.",
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": sprintf("guestUserRoleId is %s", [member_access])}],
} if {
	role == member_access
} else := {
	"status": "fail",
	"detail": "The guest access level is not set (guestUserRoleId is empty), so it cannot be confirmed as limited.",
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": "guestUserRoleId is empty"}],
} if {
	not is_string(role)
} else := {
	"status": "pass",
	"detail": sprintf("Guest access level: %s.", [object.get(names, role, role)]),
	"affected": [],
}
