# Every holder of a privileged directory role must pass MFA at every sign-in: an enforced
# Conditional Access policy reaches the account (all users, the role or the account itself,
# not excluded) for all apps without narrowing conditions, and its grant can only be met with
# MFA; security defaults also require MFA for administrators. Emergency access accounts are
# exempt. Report-only and disabled policies never count.
package cray.checks.entra_011

import data.cray.lib

protected(id) if {
	some policy in lib.user_policies
	policy.grant.mfa
	lib.reaches_user(policy, id)
}

unprotected contains id if {
	some id in lib.admin_users
	not lib.emergency_account(id)
	not protected(id)
}

roles(id) := concat(", ", sort({lib.privileged_roles[role] | some role in lib.roles_of(id); lib.privileged_roles[role]}))

affected := [lib.principal_entry(id, lib.message("evidence-cray-entra-011-unprotected", {"roles": roles(id)})) |
	some id in unprotected
]

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-011-security-defaults", {}), "affected": []} if {
	input.facts.ca.security_defaults == true
} else := {"status": "pass", "detail": "", "affected": []} if {
	count(unprotected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-011-fail", {"count": lib.digits(count(unprotected))}),
	"affected": affected,
}
