# Ordinary users cannot register applications (allowedToCreateApps is false).
package cray.checks.entra_008

import data.cray.lib

policy := input.datasets.authorization_policy[0]

result := {
	"status": "fail",
	"detail": "Every member user may register applications (allowedToCreateApps is true).",
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": "defaultUserRolePermissions.allowedToCreateApps is true"}],
} if {
	lib.property(lib.field(policy, "defaultUserRolePermissions"), "allowedToCreateApps") != false
} else := {"status": "pass", "detail": "", "affected": []}
