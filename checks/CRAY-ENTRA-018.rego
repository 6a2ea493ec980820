# No Conditional Access policy excludes a user or group that no longer exists. A deleted
# object in an exclusion is dead configuration at best; at worst its id is trusted as an
# approved exception nobody can review. Enforced and report-only policies count; disabled
# ones do not.
package cray.checks.entra_018

import data.cray.lib

stale contains policy if {
	some policy in lib.ca_policies
	not policy.disabled
	count(policy.users.deleted_objects) > 0
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(stale) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-018-fail", {"count": lib.digits(count(stale))}),
	"affected": [lib.policy_entry(policy, lib.message("evidence-cray-entra-018-deleted", {"ids": concat(", ", sort(policy.users.deleted_objects))})) |
		some policy in stale
	],
}
