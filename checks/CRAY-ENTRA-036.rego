# The email one-time passcode method is not enabled for members: the check fails while the
# Email configuration of the authentication methods policy is enabled for any include target,
# and names the targets. Guests may still use email one-time passcodes for B2B sign-in when
# the method is enabled without include targets, so that case passes.
package cray.checks.entra_036

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

enabled := [config |
	some config in lib.values(policy, "authenticationMethodConfigurations")
	lower(lib.object_id(config)) == "email"
	lib.property(config, "state") == "enabled"
	count(lib.values(config, "includeTargets")) > 0
]

target_name(target) := "all users" if {
	lib.object_id(target) == "all_users"
} else := sprintf("%v %v", [lib.property(target, "targetType"), lib.object_id(target)])

targets(config) := concat(", ", sort([target_name(target) | some target in lib.values(config, "includeTargets")]))

affected := [{
	"id": lib.object_id(config),
	"display_name": lib.object_id(config),
	"reason": lib.message("evidence-cray-entra-036-targets", {"targets": targets(config)}),
} |
	some config in enabled
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(enabled) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-036-enabled", {
		"method": lib.object_id(enabled[0]),
		"targets": targets(enabled[0]),
	}),
	"affected": affected,
}
