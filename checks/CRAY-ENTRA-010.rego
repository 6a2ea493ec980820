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

target_reason(target) := sprintf("SMS enabled for %v %s, usable for sign-in", [lib.property(target, "targetType"), lib.object_id(target)]) if {
	lib.property(target, "isUsableForSignIn") == true
} else := sprintf("SMS enabled for %v %s", [lib.property(target, "targetType"), lib.object_id(target)])

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
	"detail": sprintf("The SMS authentication method is enabled for: %s.", [concat(", ", sort([a.display_name | some a in affected]))]),
	"affected": affected,
}
