# App registrations of this tenant are single-tenant unless they must serve other
# organizations: every application whose signInAudience is not AzureADMyOrg is listed, so
# the consultant can confirm that it needs to accept sign-ins from other tenants or personal
# Microsoft accounts. A missing signInAudience is listed as unknown.
package cray.checks.entra_053

import data.cray.lib

listed := [app |
	some app in input.datasets.applications
	lib.property(app, "signInAudience") != "AzureADMyOrg"
]

affected := [{
	"id": lib.object_id(app),
	"display_name": lib.display_name(app),
	"reason": lib.message("evidence-cray-entra-053-audience", {
		"audience": sprintf("%v", [lib.property(app, "signInAudience")]),
	}),
} |
	some app in listed
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(listed) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-053-apps", {
		"names": concat(", ", sort([lib.display_name(app) | some app in listed])),
	}),
	"affected": affected,
}
