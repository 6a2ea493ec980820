# No app registration credential (client secret or certificate) is valid for more than a
# year: the span from startDateTime to endDateTime must be at most 366 days. A credential
# without readable dates is listed, since its lifetime is unknown.
package cray.checks.entra_048

import data.cray.lib

day_ns := ((24 * 60) * 60) * 1000000000

max_days := 366

credentials(app) := array.concat(lib.values(app, "passwordCredentials"), lib.values(app, "keyCredentials"))

# cray adds startNs and endNs to every credential: its startDateTime and endDateTime in
# nanoseconds since 1970, null when the text is not an RFC 3339 time, and far in the future
# for a date from 2262 on.
moment(credential, name) := ns if {
	ns := object.get(credential, name, null)
	is_number(ns)
}

label(credential) := name if {
	name := lib.property(credential, "displayName")
	is_string(name)
	name != ""
} else := sprintf("%v", [lib.property(credential, "keyId")])

lifetime_days(credential) := floor((moment(credential, "endNs") - moment(credential, "startNs")) / day_ns)

finding(credential) := lib.message("evidence-cray-entra-048-unreadable", {"credential": label(credential)}) if {
	not lifetime_days(credential)
} else := lib.message("evidence-cray-entra-048-long", {
	"credential": label(credential),
	"days": lib.digits(lifetime_days(credential)),
}) if {
	lifetime_days(credential) > max_days
}

findings := {lib.object_id(app): notes |
	some app in input.datasets.applications
	notes := [finding(credential) | some credential in credentials(app)]
	count(notes) > 0
}

apps := [app | some app in input.datasets.applications; findings[lib.object_id(app)]]

affected := [{"id": lib.object_id(app), "display_name": lib.display_name(app), "reason": lib.notes_message(findings[lib.object_id(app)])} |
	some app in apps
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(apps) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-048-apps", {
		"names": concat(", ", sort([lib.display_name(app) | some app in apps])),
	}),
	"affected": affected,
}

