# Sign-ins with high sign-in risk are challenged: an enforced Conditional Access policy for
# all users and all apps includes the high sign-in risk level and requires MFA or blocks.
# Risk levels need Entra ID P2; the catalogue reports the check as not licensed without it.
package cray.checks.entra_013

import data.cray.lib

condition := "signInRiskLevels"

answers(policy) if policy.grant.mfa

answers(policy) if policy.grant.block

candidates contains policy if {
	some policy in lib.user_policies
	not policy.disabled
	"high" in policy.sign_in_risk_levels
	answers(policy)
}

covering contains policy if {
	some policy in candidates
	lib.all_users_except_condition(policy, condition)
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-013-fail", {"count": lib.digits(count(candidates))}),
	"affected": [lib.policy_entry(policy, lib.followed_by(lib.message("evidence-common-near-miss", {}), lib.gap_messages(lib.condition_gaps(policy, condition)))) |
		some policy in candidates
	],
}
