# No principal holds Global Administrator permanently. Active assignments come from the role
# assignments (they include direct assignments made without PIM); principals that are only
# eligible through PIM are not permanent. Emergency access accounts are exempt when their
# display name or user principal name says so ("break glass" or "emergency access") and they
# are cloud-only; the detail names every exempted account.
package cray.checks.entra_004

import data.cray.lib

active contains assignment.principalId if {
	some assignment in input.datasets.role_assignments
	assignment.roleDefinitionId == lib.global_admin_role
}

eligible contains schedule.principalId if {
	some schedule in input.datasets.role_eligibility_schedules
	schedule.roleDefinitionId == lib.global_admin_role
}

emergency_markers := {"breakglass", "emergencyaccess"}

# Lowercase text without spaces, hyphens, underscores and dots, so "Break-Glass" and
# "emergency_access" both match a marker.
squeezed(text) := strings.replace_n({" ": "", "-": "", "_": "", ".": ""}, lower(text))

emergency_access contains user.id if {
	some user in input.datasets.users
	user.id in active
	object.get(user, "onPremisesSyncEnabled", null) != true
	some text in [object.get(user, "displayName", ""), object.get(user, "userPrincipalName", "")]
	some marker in emergency_markers
	contains(squeezed(text), marker)
}

permanent := active - emergency_access

# NOTE: without role assignment schedule instances cray cannot tell a time-bound PIM
# activation from a permanent assignment, so an eligible principal that is active counts.
reason(id) := "active Global Administrator assignment; the principal is also eligible through PIM, so this may be a time-bound activation" if {
	id in eligible
} else := "permanent active Global Administrator assignment"

affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason(id)} |
	some id in permanent
]

exempt_note := "" if {
	count(emergency_access) == 0
} else := sprintf(
	" Exempt as emergency access accounts: %s.",
	[concat(", ", sort([lib.principal_name(id) | some id in emergency_access]))],
)

result := {"status": "pass", "detail": trim_space(exempt_note), "affected": []} if {
	count(permanent) == 0
} else := {
	"status": "fail",
	"detail": sprintf(
		"Principals holding Global Administrator permanently: %s.%s",
		[concat(", ", sort([lib.principal_name(id) | some id in permanent])), exempt_note],
	),
	"affected": affected,
}
