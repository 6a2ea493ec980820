# No guest or external account holds a directory role, active or eligible. A guest is
# managed by another organisation: its password, MFA and offboarding are outside the
# tenant's control.
package cray.checks.entra_024

import data.cray.lib

guest(id) if lib.principal_of(id).user_type == "guest"

guest(id) if lib.principal_of(id).external

holders contains holder.principal_id if {
	some holder in lib.privileged_holders
	holder.kind == "user"
	guest(holder.principal_id)
}

names(id) := concat(", ", sort({holder.role_name | some holder in lib.privileged_holders; holder.principal_id == id}))

result := {"status": "pass", "detail": "", "affected": []} if {
	count(holders) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-024-fail", {"count": lib.digits(count(holders))}),
	"affected": [lib.principal_entry(id, lib.message("evidence-cray-entra-024-guest", {"roles": names(id)})) |
		some id in holders
	],
}
