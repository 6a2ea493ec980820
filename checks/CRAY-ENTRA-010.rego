# SMS is not enabled as an authentication method. SMS codes can be intercepted through SIM
# swapping and phishing proxies; the check fails while the SMS method is enabled for any
# target, and says whether it may also be used as a first factor (SMS sign-in).
package cray.checks.entra_010

sms_configurations := [config |
	some methods in input.datasets.authentication_methods_policy
	some config in object.get(methods, "authenticationMethodConfigurations", [])
	lower(config.id) == "sms"
	config.state == "enabled"
]

target_reason(target) := sprintf("SMS enabled for %s %s, usable for sign-in", [target.targetType, target.id]) if {
	object.get(target, "isUsableForSignIn", false) == true
} else := sprintf("SMS enabled for %s %s", [target.targetType, target.id])

affected := [{"id": target.id, "display_name": target_name(target), "reason": target_reason(target)} |
	some config in sms_configurations
	some target in object.get(config, "includeTargets", [])
]

target_name(target) := "All users" if {
	target.id == "all_users"
} else := target.id

result := {"status": "pass", "detail": "", "affected": []} if {
	count(sms_configurations) == 0
} else := {
	"status": "fail",
	"detail": sprintf("The SMS authentication method is enabled for: %s.", [concat(", ", sort([a.display_name | some a in affected]))]),
	"affected": affected,
}
