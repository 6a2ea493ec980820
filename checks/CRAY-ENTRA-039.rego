# The registration campaign asks users to set up Microsoft Authenticator at sign-in. It passes
# when the campaign is "enabled" with at least one include target, or "default"
# (Microsoft-managed, which targets users who still use SMS or voice) with a note. "disabled",
# a missing campaign and values cray does not know fail.
package cray.checks.entra_039

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

campaign := lib.field(lib.field(policy, "registrationEnforcement"), "authenticationMethodsRegistrationCampaign")

state := lib.property(campaign, "state")

reason := lib.message("evidence-cray-entra-039-no-targets", {}) if {
	state == "enabled"
	count(lib.values(campaign, "includeTargets")) == 0
} else := lib.message("evidence-cray-entra-039-state", {"state": sprintf("%v", [state])}) if {
	not state in {"enabled", "default"}
}

result := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-039-off", {"policy": lib.display_name(policy)}), [reason]),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
} if {
	reason
} else := {"status": "pass", "detail": lib.message("evidence-cray-entra-039-microsoft-managed", {}), "affected": []} if {
	state == "default"
} else := {"status": "pass", "detail": "", "affected": []}
