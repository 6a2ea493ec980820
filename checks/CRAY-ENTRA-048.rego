# No app registration credential (client secret or certificate) is valid for more than a
# year: the span from startDateTime to endDateTime must be at most 366 days. A credential
# without readable dates is listed, since its lifetime is unknown.
package cray.checks.entra_048

import data.cray.lib

# cray reads every credential once in Rust (facts.credentials.lifetime): the applications
# with a credential that needs attention, each with one note per such credential.
apps := input.facts.credentials.lifetime

note(n) := lib.message("evidence-cray-entra-048-unreadable", {"credential": n.credential}) if n.kind == "unreadable"

note(n) := lib.message("evidence-cray-entra-048-long", {"credential": n.credential, "days": lib.digits(n.days)}) if n.kind == "long"

affected := [{"id": app.id, "display_name": app.display_name, "reason": lib.notes_message([note(n) | some n in app.notes])} |
	some app in apps
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(apps) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-048-apps", {
		"names": concat(", ", sort([app.display_name | some app in apps])),
	}),
	"affected": affected,
}

