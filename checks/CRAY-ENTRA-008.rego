# Ordinary users cannot register applications (allowedToCreateApps is false).
package cray.checks.entra_008

import data.cray.lib

policy := input.datasets.authorization_policy[0]

result := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-008-users-create-apps", {}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-008-users-create-apps-reason", {})}],
} if {
	lib.property(lib.field(policy, "defaultUserRolePermissions"), "allowedToCreateApps") != false
} else := {"status": "pass", "detail": "", "affected": []}
