# Joining or registering a device requires multifactor authentication: either the device
# registration policy requires it (multiFactorAuthConfiguration "required"), or an enabled
# Conditional Access policy for all users on the user action "Register or join devices"
# requires MFA, which Microsoft recommends instead. The Conditional Access policies are
# optional; without them only the device setting counts, and the detail says so.
package cray.checks.entra_067

import data.cray.lib

policy := input.datasets.device_registration_policy[0]

setting := lib.property(policy, "multiFactorAuthConfiguration")

ca_known if "conditional_access_policies" in object.keys(input.datasets)

ca_policies := [ca |
	some ca in object.get(input.datasets, "conditional_access_policies", [])
	lib.enforced(ca)
	"urn:user:registerdevice" in lib.values(lib.app_conditions(ca), "includeUserActions")
	lib.includes_all_users(ca)
	lib.requires_mfa(ca)
]

reason := lib.message("evidence-cray-entra-067-setting", {"value": sprintf("%v", [setting])})

notes := [lib.message("evidence-cray-entra-067-ca-unknown", {}) | not ca_known]

result := {"status": "pass", "detail": "", "affected": []} if {
	setting == "required"
} else := {
	"status": "pass",
	"detail": lib.message("evidence-cray-entra-067-ca", {"names": concat(", ", sort([lib.display_name(ca) | some ca in ca_policies]))}),
	"affected": [],
} if {
	count(ca_policies) > 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-067-no-mfa", {"policy": lib.display_name(policy)}), array.concat([reason], notes)),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": reason}],
}
