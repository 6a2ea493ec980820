# Microsoft Authenticator shows the requesting app and the sign-in location in its push
# notifications, for all users. Both feature settings must be "enabled" and include all
# users; "default" (Microsoft-managed) fails, because Microsoft may change what it means.
# An Authenticator that is disabled sends no push notifications, so the check passes.
package cray.checks.entra_037

import data.cray.lib

policy := input.datasets.authentication_methods_policy[0]

authenticator := [config |
	some config in lib.values(policy, "authenticationMethodConfigurations")
	lower(lib.object_id(config)) == "microsoftauthenticator"
	lib.property(config, "state") == "enabled"
]

features := ["displayAppInformationRequiredState", "displayLocationInformationRequiredState"]

gap(setting) := lib.message("evidence-cray-entra-037-state", {
	"state": sprintf("%v", [lib.property(setting, "state")]),
}) if {
	lib.property(setting, "state") != "enabled"
} else := lib.message("evidence-cray-entra-037-not-all-users", {
	"target": sprintf("%v", [lib.object_id(lib.field(setting, "includeTarget"))]),
}) if {
	lib.object_id(lib.field(setting, "includeTarget")) != "all_users"
}

affected := [{"id": feature, "display_name": feature, "reason": reason} |
	some config in authenticator
	some feature in features
	reason := gap(lib.field(lib.field(config, "featureSettings"), feature))
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-037-missing", {
		"settings": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
