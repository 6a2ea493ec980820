# Between two and four user accounts hold the Global Administrator role (active assignments).
# Every assigned user account counts, disabled ones included: a disabled account still holds
# the role and is flagged. cray does not collect group members, so a group that holds the
# role makes the count unknown; the check then fails and names the group, because its
# members are Global Administrators that nobody can see in the role's assignments. Service
# principals that hold the role are listed but not counted.
package cray.checks.entra_003

import data.cray.lib

minimum := 2

maximum := 4

holders contains id if {
	some assignment in input.datasets.role_assignments
	lib.property(assignment, "roleDefinitionId") == lib.global_admin_role
	id := lib.property(assignment, "principalId")
	is_string(id)
}

user_holders := {id | some id in holders; lib.principal_kind(id) == "user"}

group_holders := {id | some id in holders; lib.principal_kind(id) == "group"}

other_holders := (holders - user_holders) - group_holders

disabled_holders := {user.id |
	some user in input.datasets.users
	user.id in user_holders
	lib.property(user, "accountEnabled") == false
}

user_reason(id) := "holds Global Administrator; the account is disabled but the assignment still counts" if {
	id in disabled_holders
} else := "holds Global Administrator"

users_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": user_reason(id)} |
	some id in user_holders
]

disabled_affected := [entry | some entry in users_affected; entry.id in disabled_holders]

groups_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason} |
	some id in group_holders
	reason := "holds Global Administrator as a group; its members are not collected, so they are missing from the count"
]

others_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason} |
	some id in other_holders
	reason := sprintf("holds Global Administrator as a %s; not counted", [lib.principal_kind(id)])
]

names(ids) := concat(", ", sort([lib.principal_name(id) | some id in ids]))

disabled_note := "" if {
	count(disabled_holders) == 0
} else := sprintf(" Disabled accounts that still hold the role and count: %s.", [names(disabled_holders)])

others_note := "" if {
	count(other_holders) == 0
} else := sprintf(
	" Service principals or other objects that hold the role and are not counted: %s.",
	[names(other_holders)],
)

notes := concat("", [disabled_note, others_note])

result := {
	"status": "fail",
	"detail": sprintf(
		"Groups hold Global Administrator: %s. Group members are not collected, so the number of Global Administrators is unknown; it is at least %d user accounts plus the members of those groups.%s",
		[names(group_holders), count(user_holders), notes],
	),
	"affected": array.concat(array.concat(groups_affected, users_affected), others_affected),
} if {
	count(group_holders) > 0
} else := {
	"status": "pass",
	"detail": trim_space(notes),
	"affected": array.concat(disabled_affected, others_affected),
} if {
	count(user_holders) >= minimum
	count(user_holders) <= maximum
} else := {
	"status": "fail",
	"detail": sprintf(
		"%d user accounts hold Global Administrator; between %d and %d are expected.%s",
		[count(user_holders), minimum, maximum, notes],
	),
	"affected": array.concat(users_affected, others_affected),
}
