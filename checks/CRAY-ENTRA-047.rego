# No app registration carries a credential (client secret or certificate) that has expired
# or expires within 30 days. Expired credentials are clutter that hides the ones in use;
# credentials about to expire break the app unless someone renews them. A credential without
# a readable end date is listed as well, since its state is unknown.
package cray.checks.entra_047

import data.cray.lib

day_ns := ((24 * 60) * 60) * 1000000000

now := time.now_ns()

soon := now + (30 * day_ns)

credentials(app) := array.concat(lib.values(app, "passwordCredentials"), lib.values(app, "keyCredentials"))

# cray adds endNs to every credential: its endDateTime in nanoseconds since 1970, null when
# the text is not an RFC 3339 time, and far in the future for a date from 2262 on.
end_ns(credential) := ns if {
	ns := object.get(credential, "endNs", null)
	is_number(ns)
}

label(credential) := name if {
	name := lib.property(credential, "displayName")
	is_string(name)
	name != ""
} else := sprintf("%v", [lib.property(credential, "keyId")])

finding(credential) := lib.message("evidence-cray-entra-047-unreadable", {"credential": label(credential)}) if {
	not end_ns(credential)
} else := lib.message("evidence-cray-entra-047-expired", {
	"credential": label(credential),
	"date": lib.property(credential, "endDateTime"),
}) if {
	end_ns(credential) < now
} else := lib.message("evidence-cray-entra-047-expiring", {
	"credential": label(credential),
	"date": lib.property(credential, "endDateTime"),
}) if {
	end_ns(credential) < soon
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
	"detail": lib.message("evidence-cray-entra-047-apps", {
		"names": concat(", ", sort([lib.display_name(app) | some app in apps])),
	}),
	"affected": affected,
}

