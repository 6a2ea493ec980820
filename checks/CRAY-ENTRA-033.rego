# Ordinary users may not use the default user permission allowedToCreateSecurityGroups. The rule reads
# defaultUserRolePermissions of the authorization policy; only false passes, because Entra
# treats a missing or null value as its default, which allows it.
package cray.checks.entra_033

import data.cray.lib

policy := input.datasets.authorization_policy[0]

value := lib.property(lib.field(policy, "defaultUserRolePermissions"), "allowedToCreateSecurityGroups")

reason := lib.message("evidence-cray-entra-033-allowed", {"value": sprintf("%v", [value])})

result := {"status": "pass", "detail": "", "affected": []} if {
	value == false
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-033-policy", {"policy": lib.display_name(policy)}),
		[reason],
	),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
}
