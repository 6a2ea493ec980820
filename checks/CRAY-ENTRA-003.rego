# Between two and four user accounts hold the Global Administrator role (active assignments).
# Groups and service principals that hold the role are listed but not counted, because group
# members are not resolved.
package cray.checks.entra_003

import data.cray.lib

minimum := 2

maximum := 4

holders contains assignment.principalId if {
	some assignment in input.datasets.role_assignments
	assignment.roleDefinitionId == lib.global_admin_role
}

user_holders := {id | some id in holders; lib.principal_kind(id) == "user"}

other_holders := holders - user_holders

others_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason} |
	some id in other_holders
	reason := sprintf("holds Global Administrator as a %s; not counted", [lib.principal_kind(id)])
]

users_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": "holds Global Administrator"} |
	some id in user_holders
]

others_note := "" if {
	count(other_holders) == 0
} else := sprintf(
	" %d groups or service principals also hold the role and are listed; they are not counted.",
	[count(other_holders)],
)

result := {"status": "pass", "detail": trim_space(others_note), "affected": others_affected} if {
	count(user_holders) >= minimum
	count(user_holders) <= maximum
} else := {
	"status": "fail",
	"detail": sprintf(
		"%d user accounts hold Global Administrator; between %d and %d are expected.%s",
		[count(user_holders), minimum, maximum, others_note],
	),
	"affected": array.concat(users_affected, others_affected),
}
