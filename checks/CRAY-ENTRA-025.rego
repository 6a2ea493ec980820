# Administrator sessions do not last: for every holder of a privileged role, an enforced
# Conditional Access policy that reaches the account sets a sign-in frequency, and one sets
# the persistent browser session to never. Emergency access accounts are exempt.
package cray.checks.entra_025

import data.cray.lib

has_frequency(id) if {
	some policy in lib.user_policies
	policy.session.sign_in_frequency != null
	lib.reaches_user(policy, id)
}

never_persistent(id) if {
	some policy in lib.user_policies
	policy.session.persistent_browser == "never"
	lib.reaches_user(policy, id)
}

gaps(id) := [gap |
	some gap in [
		frequency_gap(id),
		persistent_gap(id),
	]
	gap != ""
]

frequency_gap(id) := "" if has_frequency(id) else := lib.message("evidence-cray-entra-025-no-frequency", {})

persistent_gap(id) := "" if never_persistent(id) else := lib.message("evidence-cray-entra-025-persistent", {})

exposed contains id if {
	some id in lib.admin_users
	not lib.emergency_account(id)
	count(gaps(id)) > 0
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(exposed) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-025-fail", {"count": lib.digits(count(exposed))}),
	"affected": [lib.principal_entry(id, lib.followed_by(gaps(id)[0], array.slice(gaps(id), 1, count(gaps(id))))) |
		some id in exposed
	],
}
