# Partner organizations in the cross-tenant access settings get device trust and automatic
# invitation redemption only on purpose: every partner whose inbound trust accepts
# compliant or hybrid joined device claims, or whose automatic user consent allows inbound
# redemption, is listed for review. A partner without its own inboundTrust inherits the
# default, which CRAY-ENTRA-061 checks.
package cray.checks.entra_063

import data.cray.lib

gaps(partner) := array.concat(
	[lib.message("evidence-cray-entra-063-device-trust", {"claim": claim}) |
		some claim in ["isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted"]
		lib.property(lib.field(partner, "inboundTrust"), claim) == true
	],
	[lib.message("evidence-cray-entra-063-redemption", {}) |
		lib.property(lib.field(partner, "automaticUserConsentSettings"), "inboundAllowed") == true
	],
)

tenant(partner) := sprintf("%v", [lib.property(partner, "tenantId")])

affected := [{"id": tenant(partner), "display_name": tenant(partner), "reason": lib.notes_message(gaps(partner))} |
	some partner in input.datasets.cross_tenant_access_partners
	count(gaps(partner)) > 0
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-063-partners", {
		"tenants": concat(", ", sort([a.id | some a in affected])),
	}),
	"affected": affected,
}
