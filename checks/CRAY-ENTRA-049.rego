# Every app registration has an owner, and no owner is a guest. Owners are read per
# application (each owner object carries the application's id in parentId); an owner counts
# as a guest when the users dataset says userType Guest or its sign-in name is an external
# one (#EXT#).
package cray.checks.entra_049

import data.cray.lib

users := {lib.object_id(user): user | some user in input.datasets.users}

owners(app) := [owner |
	some owner in input.datasets.application_owners
	lib.property(owner, "parentId") == lib.object_id(app)
]

guest(owner) if lib.property(users[lib.object_id(owner)], "userType") == "Guest"

guest(owner) if contains(upper(sprintf("%v", [lib.property(owner, "userPrincipalName")])), "#EXT#")

finding(app) := lib.message("evidence-cray-entra-049-no-owner", {}) if {
	count(owners(app)) == 0
} else := lib.message("evidence-cray-entra-049-guest-owners", {
	"names": concat(", ", sort([lib.display_name(person) | some person in owners(app); guest(person)])),
}) if {
	some owner in owners(app)
	guest(owner)
}

affected := [{"id": lib.object_id(app), "display_name": lib.display_name(app), "reason": finding(app)} |
	some app in input.datasets.applications
	finding(app)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-049-apps", {
		"names": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
