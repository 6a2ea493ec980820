# The default cross-tenant access settings keep B2B direct connect closed and do not redeem
# invitations automatically: b2bDirectConnectInbound and b2bDirectConnectOutbound block all
# users, and automaticUserConsentSettings allows neither direction. An access type that is
# missing or not "blocked" fails, since the default would then be unknown or open.
package cray.checks.entra_062

import data.cray.lib

policy := input.datasets.cross_tenant_access_default[0]

direct_connect_gaps := [lib.message("evidence-cray-entra-062-direct-connect", {
	"direction": direction,
	"access": sprintf("%v", [access]),
}) |
	some direction in ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"]
	access := lib.property(lib.field(lib.field(policy, direction), "usersAndGroups"), "accessType")
	access != "blocked"
]

consent_gaps := [lib.message("evidence-cray-entra-062-redemption", {"setting": setting}) |
	some setting in ["inboundAllowed", "outboundAllowed"]
	lib.property(lib.field(policy, "automaticUserConsentSettings"), setting) == true
]

gaps := array.concat(direct_connect_gaps, consent_gaps)

result := {"status": "pass", "detail": "", "affected": []} if {
	count(gaps) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-062-open", {"policy": "default"}), gaps),
	"affected": [{"id": "default", "display_name": "default", "reason": lib.notes_message(gaps)}],
}
