# Accounts with high user risk are blocked or must change their password after MFA: an
# enforced Conditional Access policy for all users and all apps includes the high user risk
# level and either blocks or requires MFA and a password change (operator AND). Risk levels
# need Entra ID P2; without it the check is not licensed.
package cray.checks.entra_014

import data.cray.lib

condition := "userRiskLevels"

answers(policy) if policy.grant.block

answers(policy) if {
	policy.grant.mfa
	"passwordChange" in policy.grant.controls
}

candidates contains policy if {
	some policy in lib.user_policies
	not policy.disabled
	"high" in policy.user_risk_levels
}

covering contains policy if {
	some policy in candidates
	answers(policy)
	lib.all_users_except_condition(policy, condition)
}

grant_gaps(policy) := [] if answers(policy) else := [lib.message("evidence-cray-entra-014-weak-grant", {})]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-014-fail", {"count": lib.digits(count(candidates))}),
	"affected": [lib.policy_entry(policy, lib.followed_by(lib.message("evidence-common-near-miss", {}), array.concat(grant_gaps(policy), lib.gap_messages(lib.condition_gaps(policy, condition))))) |
		some policy in candidates
	],
}
