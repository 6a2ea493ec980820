# No service principal holds a privileged directory role. An application's credentials are
# not protected by MFA or Conditional Access for users, so a leaked secret or certificate
# gives the role to whoever holds it.
package cray.checks.entra_023

import data.cray.lib

holders contains holder.principal_id if {
	some holder in lib.privileged_holders
	holder.privileged
	holder.kind == "service_principal"
}

roles(id) := concat(", ", sort({lib.privileged_roles[role] | some role in lib.roles_of(id); lib.privileged_roles[role]}))

result := {"status": "pass", "detail": "", "affected": []} if {
	count(holders) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-023-fail", {"count": lib.digits(count(holders))}),
	"affected": [lib.principal_entry(id, lib.message("evidence-cray-entra-023-holder", {"roles": roles(id)})) |
		some id in holders
	],
}
