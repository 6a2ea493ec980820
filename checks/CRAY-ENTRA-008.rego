# Ordinary users cannot register applications (allowedToCreateApps is false).
package cray.checks.entra_008

policy := input.datasets.authorization_policy[0]

result := {
	"status": "fail",
	"detail": "Every member user may register applications (allowedToCreateApps is true).",
	"affected": [{"id": policy.id, "display_name": policy.displayName, "reason": "defaultUserRolePermissions.allowedToCreateApps is true"}],
} if {
	policy.defaultUserRolePermissions.allowedToCreateApps != false
} else := {"status": "pass", "detail": "", "affected": []}
