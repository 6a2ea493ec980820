# Every enabled member user has registered a multifactor method (isMfaRegistered in the
# authentication methods registration report). Guests register in their home tenant and are
# left out. With the users dataset, disabled accounts are left out as well; without it every
# member in the report counts, and the detail says so.
package cray.checks.entra_058

import data.cray.lib

max_names := 20

users_known if "users" in object.keys(input.datasets)

disabled := {lib.object_id(user) |
	some user in object.get(input.datasets, "users", [])
	lib.property(user, "accountEnabled") == false
}

unregistered := [record |
	some record in input.datasets.user_registration_details
	lower(sprintf("%v", [lib.property(record, "userType")])) == "member"
	lib.property(record, "isMfaRegistered") != true
	not lib.object_id(record) in disabled
]

name(record) := text if {
	text := lib.property(record, "userDisplayName")
	is_string(text)
} else := sprintf("%v", [lib.property(record, "userPrincipalName")])

affected := [{
	"id": lib.object_id(record),
	"display_name": name(record),
	"reason": lib.message("evidence-cray-entra-058-unregistered", {"upn": sprintf("%v", [lib.property(record, "userPrincipalName")])}),
} |
	some record in unregistered
]

names := sort([name(record) | some record in unregistered])

notes := array.concat(
	[lib.message("evidence-cray-entra-058-more", {"count": lib.digits(count(names) - max_names)}) | count(names) > max_names],
	[lib.message("evidence-cray-entra-058-disabled-unknown", {}) | not users_known],
)

result := {"status": "pass", "detail": lib.notes_message(notes), "affected": []} if {
	count(unregistered) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-058-members", {
			"count": lib.digits(count(unregistered)),
			"names": concat(", ", array.slice(names, 0, max_names)),
		}),
		notes,
	),
	"affected": affected,
}
