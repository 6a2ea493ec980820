# No protection exists only in report-only mode: a report-only policy for all users that
# requires MFA or blocks access fails when no enforced policy for all users and all apps,
# without narrowing conditions, grants the same control. Report-only mode logs what would happen and enforces nothing.
package cray.checks.entra_020

import data.cray.lib

kind(policy) := "block" if policy.grant.block else := "mfa" if policy.grant.mfa else := ""

# Controls that enforced policies apply to every sign-in of all users; a policy narrowed by
# risk, platform, location or app does not stand in for a report-only policy without them.
enforced_kinds := {kind(policy) |
	some policy in lib.user_policies
	policy.enforced
	policy.full_scope
}

alone contains policy if {
	some policy in lib.user_policies
	policy.report_only
	policy.users.all
	kind(policy) != ""
	not kind(policy) in enforced_kinds
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(alone) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-020-fail", {"count": lib.digits(count(alone))}),
	"affected": [lib.policy_entry(policy, lib.message("evidence-cray-entra-020-only-report", {"control": kind(policy)})) |
		some policy in alone
	],
}
