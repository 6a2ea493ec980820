# The deviceCodeFlow authentication flow is blocked: an enforced Conditional Access policy for all
# users and all apps whose authentication flow condition names deviceCodeFlow blocks access. An
# attacker who phishes with this flow gets tokens for a device the user never touched.
package cray.checks.entra_015

import data.cray.lib

condition := "authenticationFlows"

candidates contains policy if {
	some policy in lib.user_policies
	not policy.disabled
	"deviceCodeFlow" in policy.authentication_flows
	policy.grant.block
}

covering contains policy if {
	some policy in candidates
	lib.all_users_except_condition(policy, condition)
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-015-fail", {"count": lib.digits(count(candidates))}),
	"affected": [lib.policy_entry(policy, lib.followed_by(lib.message("evidence-common-near-miss", {}), lib.gap_messages(lib.condition_gaps(policy, condition)))) |
		some policy in candidates
	],
}
