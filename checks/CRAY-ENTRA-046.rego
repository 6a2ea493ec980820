# App registrations authenticate with certificates, not client secrets: every application
# with at least one password credential (client secret) is listed with the number of its
# secrets. Expired secrets count too, since they should be removed.
package cray.checks.entra_046

import data.cray.lib

# cray counts every application's client secrets once in Rust (facts.credentials.secrets).
with_secrets := input.facts.credentials.secrets

affected := [{
	"id": app.id,
	"display_name": app.display_name,
	"reason": lib.message("evidence-cray-entra-046-secrets", {"count": lib.digits(app.count)}),
} |
	some app in with_secrets
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(with_secrets) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-046-apps", {
		"names": concat(", ", sort([app.display_name | some app in with_secrets])),
	}),
	"affected": affected,
}
