# MFA is required for all users: an enforced Conditional Access policy for all users and all
# cloud apps whose grant can only be met with MFA, or security defaults.
package cray.checks.entra_001

import data.cray.lib

policies := input.datasets.conditional_access_policies

# Policies that ask for MFA and name all users, with the reasons they still fall short.
candidates contains {"policy": policy, "gaps": gaps} if {
	some policy in policies
	lib.switched_on(policy)
	lib.requires_mfa(policy)
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
} else := lib.message("evidence-cray-entra-001-gap-report-only", {})

client_apps_gap(policy) := "" if {
	"all" in lib.client_app_types(policy)
} else := lib.message("evidence-cray-entra-001-gap-client-apps", {})

covering contains lib.display_name(candidate.policy) if {
	some candidate in candidates
	count(candidate.gaps) == 0
}

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-001-security-defaults", {}), "affected": []} if {
	lib.security_defaults_enabled
} else := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {"status": "fail", "detail": detail, "affected": affected}

detail := lib.message("evidence-cray-entra-001-no-policy", {}) if {
	count(policies) == 0
} else := lib.message("evidence-cray-entra-001-no-candidate", {}) if {
	count(candidates) == 0
} else := lib.message("evidence-cray-entra-001-near-misses", {"count": lib.digits(count(candidates))})

# Each near miss: one sentence per shortfall, sorted by message id and arguments.
affected := [{"id": lib.object_id(candidate.policy), "display_name": lib.display_name(candidate.policy), "reason": reason} |
	some candidate in candidates
	reason := lib.followed_by(lib.message("evidence-cray-entra-001-near-miss", {}), sort(candidate.gaps))
]
