# Privileged directory roles are held by cloud-only accounts: an account synchronised from
# on-premises Active Directory can be taken over from there, so a compromise of the local
# domain becomes a compromise of the tenant.
package cray.checks.entra_021

import data.cray.lib

synchronised contains id if {
	some id in lib.admin_users
	lib.principal_of(id).synchronised
}

roles(id) := concat(", ", sort({lib.privileged_roles[role] | some role in lib.roles_of(id); lib.privileged_roles[role]}))

result := {"status": "pass", "detail": "", "affected": []} if {
	count(synchronised) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-021-fail", {"count": lib.digits(count(synchronised))}),
	"affected": [lib.principal_entry(id, lib.message("evidence-cray-entra-021-synchronised", {"roles": roles(id)})) |
		some id in synchronised
	],
}
