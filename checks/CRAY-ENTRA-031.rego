# Users cannot consent to apps that Entra flags as risky. allowUserConsentForRiskyApps true
# lets a user grant consent even when risk-based step-up would send the request to an
# administrator. Null is Microsoft's default (risky requests need an administrator) and
# passes with a note; a policy that does not report the property at all fails, since nothing
# shows the setting.
package cray.checks.entra_031

import data.cray.lib

policy := input.datasets.authorization_policy[0]

reported if "allowUserConsentForRiskyApps" in object.keys(policy)

value := lib.property(policy, "allowUserConsentForRiskyApps")

reason := lib.message("evidence-cray-entra-031-allowed", {"policy": lib.display_name(policy)}) if {
	value == true
} else := lib.message("evidence-cray-entra-031-not-reported", {"policy": lib.display_name(policy)}) if {
	not reported
}

result := {
	"status": "fail",
	"detail": reason,
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
} if {
	reason
} else := {"status": "pass", "detail": lib.message("evidence-cray-entra-031-default", {}), "affected": []} if {
	value == null
} else := {"status": "pass", "detail": "", "affected": []}
