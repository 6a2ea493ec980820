# The voice call method is not enabled: the check fails while the Voice configuration of the
# authentication methods policy is enabled, and names its targets.
package cray.checks.entra_035

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

enabled := [config |
	some config in lib.values(policy, "authenticationMethodConfigurations")
	lower(lib.object_id(config)) == "voice"
	lib.property(config, "state") == "enabled"

]

target_name(target) := "all users" if {
	lib.object_id(target) == "all_users"
} else := sprintf("%v %v", [lib.property(target, "targetType"), lib.object_id(target)])

targets(config) := concat(", ", sort([target_name(target) | some target in lib.values(config, "includeTargets")]))

affected := [{
	"id": lib.object_id(config),
	"display_name": lib.object_id(config),
	"reason": lib.message("evidence-cray-entra-035-targets", {"targets": targets(config)}),
} |
	some config in enabled
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(enabled) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-035-enabled", {
		"method": lib.object_id(enabled[0]),
		"targets": targets(enabled[0]),
	}),
	"affected": affected,
}
