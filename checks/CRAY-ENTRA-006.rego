# Guest invitations are restricted: allowInvitesFrom is not "everyone" (which lets guests
# invite further guests).
package cray.checks.entra_006

policy := input.datasets.authorization_policy[0]

result := {
	"status": "fail",
	"detail": "Everyone in the tenant, guests included, may invite guest users (allowInvitesFrom is everyone).",
	"affected": [{"id": policy.id, "display_name": policy.displayName, "reason": "allowInvitesFrom is everyone"}],
} if {
	policy.allowInvitesFrom == "everyone"
} else := {"status": "pass", "detail": sprintf("Invitations are allowed from: %s.", [policy.allowInvitesFrom]), "affected": []}
