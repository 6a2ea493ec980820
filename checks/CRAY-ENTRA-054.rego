# Activating Global Administrator or Privileged Role Administrator in PIM requires MFA and a
# justification. MFA counts when the activation rule enables MultiFactorAuthentication or an
# authentication context (whose Conditional Access policy then decides the strength). A role
# without a PIM policy in the data fails, since its settings are unknown.
package cray.checks.entra_054

import data.cray.lib

enabled_rules(policy) := {rule | some rule in lib.values(lib.pim_rule(policy, "Enablement_EndUser_Assignment"), "enabledRules")}

mfa(policy) if "MultiFactorAuthentication" in enabled_rules(policy)

mfa(policy) if lib.property(lib.pim_rule(policy, "AuthenticationContext_EndUser_Assignment"), "isEnabled") == true

gaps(role) := [lib.message("evidence-cray-entra-054-no-policy", {})] if {
	not lib.pim_policy(role)
} else := array.concat(
	[lib.message("evidence-cray-entra-054-no-mfa", {}) | not mfa(lib.pim_policy(role))],
	[lib.message("evidence-cray-entra-054-no-justification", {}) |
		not "Justification" in enabled_rules(lib.pim_policy(role))
	],
)

affected := [{"id": role, "display_name": name, "reason": lib.notes_message(gaps(role))} |
	some role, name in lib.pim_critical_roles
	count(gaps(role)) > 0
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-054-roles", {
		"roles": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
