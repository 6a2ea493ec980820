# Every app registration has an owner, and no owner is a guest. Owners are read per
# application (each owner object carries the application's id in parentId); an owner counts
# as a guest when the users dataset says userType Guest or its sign-in name is an external
# one (#EXT#).
package cray.checks.entra_049

import data.cray.lib

# Each owner list is read once: the applications that have an owner, and the guest owners
# with their application. Matching owners per application would scan the whole owner list once
# for every application.
owned := {lib.property(owner, "parentId") | some owner in input.datasets.application_owners}

# facts.users.guests holds the ids of the users dataset's guests. holds the ids of the users dataset's guests.
guest(owner) if input.facts.users.guests[lib.object_id(owner)]

guest(owner) if contains(upper(sprintf("%v", [lib.property(owner, "userPrincipalName")])), "#EXT#")

guest_owners := [owner | some owner in input.datasets.application_owners; guest(owner)]

# Guest owners' names by application id, grouped in one pass over the guest owners.
guest_names[app_id] contains lib.display_name(owner) if {
	some owner in guest_owners
	app_id := lib.property(owner, "parentId")
}

finding(app) := lib.message("evidence-cray-entra-049-no-owner", {}) if {
	not lib.object_id(app) in owned
} else := lib.message("evidence-cray-entra-049-guest-owners", {
	"names": concat(", ", sort(guest_names[lib.object_id(app)])),
}) if {
	guest_names[lib.object_id(app)]
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
