# Passkeys (FIDO2) are enabled for users: the Fido2 configuration of the authentication
# methods policy is enabled and has at least one include target. A policy without a Fido2
# configuration fails like a disabled one.
package cray.checks.entra_038

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

fido2 := [config |
	some config in lib.values(policy, "authenticationMethodConfigurations")
	lower(lib.object_id(config)) == "fido2"
]

usable if {
	some config in fido2
	lib.property(config, "state") == "enabled"
	count(lib.values(config, "includeTargets")) > 0
}

reason := lib.message("evidence-cray-entra-038-absent", {}) if {
	count(fido2) == 0
} else := lib.message("evidence-cray-entra-038-no-targets", {}) if {
	lib.property(fido2[0], "state") == "enabled"
} else := lib.message("evidence-cray-entra-038-state", {"state": sprintf("%v", [lib.property(fido2[0], "state")])})

result := {"status": "pass", "detail": "", "affected": []} if {
	usable
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-038-off", {"policy": lib.display_name(policy)}), [reason]),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
}
