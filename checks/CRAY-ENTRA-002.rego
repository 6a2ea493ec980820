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
} | {sprintf("its %s condition narrows it", [name]) |
	some name in lib.narrowing_conditions(policy)
}

state_gap(policy) := "" if {
	lib.enforced(policy)
} else := "it is in report-only mode, which does not block anything"

client_apps_gap(policy) := "" if {
	"all" in lib.client_app_types(policy)
} else := "" if {
	count(legacy_types - lib.client_app_types(policy)) == 0
} else := sprintf("its client app types miss %s", [concat(" and ", sort(legacy_types - lib.client_app_types(policy)))])

covering contains lib.display_name(candidate.policy) if {
	some candidate in candidates
	count(candidate.gaps) == 0
}

result := {"status": "pass", "detail": "Security defaults are enabled and block legacy authentication.", "affected": []} if {
	lib.security_defaults_enabled
} else := {"status": "pass", "detail": "", "affected": []} if {
	count(covering) > 0
} else := {"status": "fail", "detail": detail, "affected": affected}

detail := "No Conditional Access policy exists and security defaults are disabled, so legacy authentication is allowed." if {
	count(policies) == 0
} else := "No enforced Conditional Access policy blocks Exchange ActiveSync and other legacy clients for all users and all cloud apps, and security defaults are disabled." if {
	count(candidates) == 0
} else := sprintf(
	"No enforced Conditional Access policy blocks Exchange ActiveSync and other legacy clients for all users and all cloud apps, and security defaults are disabled. Listed: blocking policies that come close (%d), with what they miss.",
	[count(candidates)],
)

affected := [{"id": lib.object_id(candidate.policy), "display_name": lib.display_name(candidate.policy), "reason": reason} |
	some candidate in candidates
	reason := concat("; ", sort(candidate.gaps))
]
