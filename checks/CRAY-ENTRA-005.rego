# Users cannot consent to applications on their own behalf without limits. The legacy
# default permission grant policy lets users consent to any delegated permission that needs
# no admin consent, so it fails. The "low" policy (verified publishers, low-impact
# permissions) passes with a note, as does any custom self-consent policy. A policy without
# defaultUserRolePermissions fails, because nothing shows that consent is limited.
package cray.checks.entra_005

import data.cray.lib

legacy := "ManagePermissionGrantsForSelf.microsoft-user-default-legacy"

self_consent_prefix := "ManagePermissionGrantsForSelf."

policy := input.datasets.authorization_policy[0]

assigned := lib.values(lib.field(policy, "defaultUserRolePermissions"), "permissionGrantPoliciesAssigned")

self_consent := sort([name | some name in assigned; is_string(name); startswith(name, self_consent_prefix)])

note := "" if {
	count(self_consent) == 0
} else := lib.message("evidence-cray-entra-005-self-consent-note", {"policies": concat(", ", self_consent)})

result := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-005-permissions-missing", {}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-005-permissions-missing-reason", {})}],
} if {
	lib.unset(policy, "defaultUserRolePermissions")
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-005-legacy", {"policy": "microsoft-user-default-legacy"}),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.message("evidence-cray-entra-005-legacy-reason", {"policy": legacy})}],
} if {
	legacy in assigned
} else := {"status": "pass", "detail": note, "affected": []}
