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

disabled_holders := {id |
	some id in user_holders
	lib.property(lib.directory_object(id), "accountEnabled") == false
}

user_reason(id) := lib.message("evidence-cray-entra-003-disabled-holder", {}) if {
	id in disabled_holders
} else := lib.message("evidence-cray-entra-003-holder", {})

users_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": user_reason(id)} |
	some id in user_holders
]

disabled_affected := [entry | some entry in users_affected; entry.id in disabled_holders]

groups_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason} |
	some id in group_holders
	reason := lib.message("evidence-cray-entra-003-group-holder", {})
]

# Every other holder is a service principal or another object: users and groups are above.
others_affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason} |
	some id in other_holders
	reason := lib.message("evidence-cray-entra-003-other-holder", {})
]

names(ids) := concat(", ", sort([lib.principal_name(id) | some id in ids]))

disabled_notes := [lib.message("evidence-cray-entra-003-disabled-note", {"names": names(disabled_holders)}) |
	count(disabled_holders) > 0
]

others_notes := [lib.message("evidence-cray-entra-003-others-note", {"names": names(other_holders)}) |
	count(other_holders) > 0
]

notes := array.concat(disabled_notes, others_notes)

result := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-003-group-holders", {
			"groups": names(group_holders),
			"users": lib.digits(count(user_holders)),
		}),
		notes,
	),
	"affected": array.concat(array.concat(groups_affected, users_affected), others_affected),
} if {
	count(group_holders) > 0
} else := {
	"status": "pass",
	"detail": lib.notes_message(notes),
	"affected": array.concat(disabled_affected, others_affected),
} if {
	count(user_holders) >= minimum
	count(user_holders) <= maximum
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-003-count", {
			"count": lib.digits(count(user_holders)),
			"minimum": lib.digits(minimum),
			"maximum": lib.digits(maximum),
		}),
		notes,
	),
	"affected": array.concat(users_affected, others_affected),
}
