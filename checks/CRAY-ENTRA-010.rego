# SMS is not enabled as an authentication method. SMS codes can be intercepted through SIM
# swapping and phishing proxies; the check fails while the SMS method is enabled for any
# target, and says whether it may also be used as a first factor (SMS sign-in).
package cray.checks.entra_010

import data.cray.lib

sms_configurations := [config |
	some methods in input.datasets.authentication_methods_policy
	some config in lib.values(methods, "authenticationMethodConfigurations")
	lower(lib.object_id(config)) == "sms"
	lib.property(config, "state") == "enabled"
]

target_reason(target) := lib.message("evidence-cray-entra-010-sign-in-target", target_args(target)) if {
	lib.property(target, "isUsableForSignIn") == true
} else := lib.message("evidence-cray-entra-010-target", target_args(target))

target_args(target) := {"type": sprintf("%v", [lib.property(target, "targetType")]), "id": lib.object_id(target)}

affected := [{"id": lib.object_id(target), "display_name": target_name(target), "reason": target_reason(target)} |
	some config in sms_configurations
	some target in lib.values(config, "includeTargets")
]

target_name(target) := "All users" if {
	lib.object_id(target) == "all_users"
} else := lib.object_id(target)

result := {"status": "pass", "detail": "", "affected": []} if {
	count(sms_configurations) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-010-enabled", {"targets": concat(", ", sort([a.display_name | some a in affected]))}),
	"affected": affected,
}
