# The admin consent workflow is on: users who may not consent to an app can ask for it, and
# named reviewers decide. The policy must be enabled and name at least one reviewer; an
# enabled workflow without reviewers sends requests nowhere.
package cray.checks.entra_030

import data.cray.lib

policy := input.datasets.admin_consent_request_policy[0]

gaps := array.concat(
	[lib.message("evidence-cray-entra-030-off", {}) | lib.property(policy, "isEnabled") != true],
	[lib.message("evidence-cray-entra-030-no-reviewers", {}) | count(lib.values(policy, "reviewers")) == 0],
)

name := lib.display_name(policy)

result := {"status": "pass", "detail": "", "affected": []} if {
	count(gaps) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-030-gaps", {"policy": name}), gaps),
	"affected": [{"id": lib.object_id(policy), "display_name": name, "reason": lib.notes_message(gaps)}],
}
