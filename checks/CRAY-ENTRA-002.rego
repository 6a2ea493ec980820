# Legacy authentication is blocked: an enforced Conditional Access policy for all users and
# all cloud apps blocks the Exchange ActiveSync and "other clients" app types, or security
# defaults are on (they block legacy authentication too).
package cray.checks.entra_002

import data.cray.lib

policies := input.datasets.conditional_access_policies

legacy_types := {"exchangeActiveSync", "other"}

# Blocking policies that name all users, with the reasons they still fall short.
candidates contains {"policy": policy, "gaps": gaps} if {
	some policy in policies
	lib.switched_on(policy)
	lib.blocks(policy)
	lib.includes_all_users(policy)
	gaps := coverage_gaps(policy)
}

coverage_gaps(policy) := (lib.user_scope_gaps(policy) | lib.app_scope_gaps(policy)) | {gap |
	some gap in [state_gap(policy), client_apps_gap(policy)]
	gap != ""
} | {lib.message("evidence-common-gap-narrowing-condition", {"condition": name}) |
	some name in lib.narrowing_conditions(policy)
}

state_gap(policy) := "" if {
	lib.enforced(policy)
} else := lib.message("evidence-cray-entra-002-gap-report-only", {})

client_apps_gap(policy) := "" if {
	"all" in lib.client_app_types(policy)
} else := "" if {
	count(legacy_types - lib.client_app_types(policy)) == 0
} else := lib.message("evidence-cray-entra-002-gap-client-apps", {
	"types": concat(", ", sort(legacy_types - lib.client_app_types(policy))),
})

covering contains lib.display_name(candidate.policy) if {
	some candidate in candidates
	count(candidate.gaps) == 0
}

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-002-security-defaults", {}), "affected": []} if {
	lib.security_defaults_enabled
} else := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {"status": "fail", "detail": detail, "affected": affected}

detail := lib.message("evidence-cray-entra-002-no-policy", {}) if {
	count(policies) == 0
} else := lib.message("evidence-cray-entra-002-no-candidate", {}) if {
	count(candidates) == 0
} else := lib.message("evidence-cray-entra-002-near-misses", {"count": lib.digits(count(candidates))})

# Each near miss: one sentence per shortfall, sorted by message id and arguments.
affected := [{"id": lib.object_id(candidate.policy), "display_name": lib.display_name(candidate.policy), "reason": reason} |
	some candidate in candidates
	reason := lib.followed_by(lib.message("evidence-cray-entra-002-near-miss", {}), sort(candidate.gaps))
]
