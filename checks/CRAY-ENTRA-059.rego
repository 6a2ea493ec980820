# Every administrator has registered a multifactor method: users the registration report
# marks as isAdmin must have isMfaRegistered true. Guests and disabled accounts count here,
# since an administrator role makes any account worth attacking.
package cray.checks.entra_059

import data.cray.lib

# The registration report is read once for all registration checks (facts.registration).
unregistered := input.facts.registration.admins_without_mfa

affected := [{
	"id": record.id,
	"display_name": record.display_name,
	"reason": lib.message("evidence-cray-entra-059-unregistered", {"upn": record.upn}),
} |
	some record in unregistered
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(unregistered) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-059-admins", {
		"names": concat(", ", sort([record.display_name | some record in unregistered])),
	}),
	"affected": affected,
}
