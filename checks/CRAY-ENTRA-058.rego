# Every enabled member user has registered a multifactor method (isMfaRegistered in the
# authentication methods registration report). Guests register in their home tenant and are
# left out. With the users dataset, disabled accounts are left out as well; without it every
# member in the report counts, and the detail says so.
package cray.checks.entra_058

import data.cray.lib

max_names := 20

# cray reads the registration report once for all registration checks (facts.registration):
# members without MFA, disabled accounts left out when the users dataset is there.
registration := input.facts.registration

users_known if registration.users_known == true

unregistered := registration.members_without_mfa

affected := [{
	"id": record.id,
	"display_name": record.display_name,
	"reason": lib.message("evidence-cray-entra-058-unregistered", {"upn": record.upn}),
} |
	some record in unregistered
]

names := sort([record.display_name | some record in unregistered])

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
