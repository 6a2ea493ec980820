# Every group excluded from a Conditional Access policy is role-assignable, so only
# privileged role administrators can change who it exempts. Owners and group administrators
# of an ordinary group can add anyone and so switch the policy off for them. Report-only
# policies count (they can be switched on at any time, and a bypass can be staged before);
# disabled policies do not. Graph returns null, not false, for ordinary groups.
package cray.checks.entra_019

import data.cray.lib

unprotected contains id if {
	some policy in lib.ca_policies
	not policy.disabled
	some id in policy.users.unprotected_excluded_groups
}

policies_of(id) := {policy |
	some policy in lib.ca_policies
	not policy.disabled
	id in policy.users.unprotected_excluded_groups
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(unprotected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-019-fail", {"count": lib.digits(count(unprotected))}),
	"affected": [lib.principal_entry(id, lib.message("evidence-cray-entra-019-plain-group", {"policies": lib.policy_names(policies_of(id))})) |
		some id in unprotected
	],
}
