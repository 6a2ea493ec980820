# The default cross-tenant access settings do not trust device claims from every other
# tenant: inboundTrust.isCompliantDeviceAccepted and isHybridAzureADJoinedDeviceAccepted are
# not true. Trust in device claims belongs in the settings of named partner organizations.
# Trusting other tenants' MFA is not judged here.
package cray.checks.entra_061

import data.cray.lib

policy := input.datasets.cross_tenant_access_default[0]

trust := lib.field(policy, "inboundTrust")

trusted := [claim |
	some claim in ["isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted"]
	lib.property(trust, claim) == true
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(trusted) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-061-trusted", {"claims": concat(", ", trusted)}),
	"affected": [{
		"id": "default",
		"display_name": "default",
		"reason": lib.message("evidence-cray-entra-061-reason", {"claims": concat(", ", trusted)}),
	}],
}
