# The authentication methods policy migration is complete (policyMigrationState is
# migrationComplete), so the legacy per-user MFA and SSPR method settings no longer apply
# alongside the policy. preMigration, migrationInProgress, null and unknown values fail.
package cray.checks.entra_040

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

state := lib.property(policy, "policyMigrationState")

reason := lib.message("evidence-cray-entra-040-state", {"state": sprintf("%v", [state])})

result := {"status": "pass", "detail": "", "affected": []} if {
	state == "migrationComplete"
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-040-incomplete", {"policy": lib.display_name(policy)}), [reason]),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
}
