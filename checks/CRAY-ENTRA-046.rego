# App registrations authenticate with certificates, not client secrets: every application
# with at least one password credential (client secret) is listed with the number of its
# secrets. Expired secrets count too, since they should be removed.
package cray.checks.entra_046

import data.cray.lib

with_secrets := [app |
	some app in input.datasets.applications
	count(lib.values(app, "passwordCredentials")) > 0
]

affected := [{
	"id": lib.object_id(app),
	"display_name": lib.display_name(app),
	"reason": lib.message("evidence-cray-entra-046-secrets", {
		"count": lib.digits(count(lib.values(app, "passwordCredentials"))),
	}),
} |
	some app in with_secrets
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(with_secrets) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-046-apps", {
		"names": concat(", ", sort([lib.display_name(app) | some app in with_secrets])),
	}),
	"affected": affected,
}
