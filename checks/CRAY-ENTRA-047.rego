# No app registration carries a credential (client secret or certificate) that has expired
# or expires within 30 days. Expired credentials are clutter that hides the ones in use;
# credentials about to expire break the app unless someone renews them. A credential without
# a readable end date is listed as well, since its state is unknown.
package cray.checks.entra_047

import data.cray.lib

# cray reads every credential once in Rust (facts.credentials.expiry): the applications
# with a credential that needs attention, each with one note per such credential.
apps := input.facts.credentials.expiry

note(n) := lib.message("evidence-cray-entra-047-unreadable", {"credential": n.credential}) if n.kind == "unreadable"

note(n) := lib.message("evidence-cray-entra-047-expired", {"credential": n.credential, "date": n.date}) if n.kind == "expired"

note(n) := lib.message("evidence-cray-entra-047-expiring", {"credential": n.credential, "date": n.date}) if n.kind == "expiring"

affected := [{"id": app.id, "display_name": app.display_name, "reason": lib.notes_message([note(n) | some n in app.notes])} |
	some app in apps
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(apps) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-047-apps", {
		"names": concat(", ", sort([app.display_name | some app in apps])),
	}),
	"affected": affected,
}

