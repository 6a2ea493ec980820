# No app registration credential (client secret or certificate) is valid for more than a
# year: the span from startDateTime to endDateTime must be at most 366 days. A credential
# without readable dates is listed, since its lifetime is unknown.
package cray.checks.entra_048

import data.cray.lib

day_ns := ((24 * 60) * 60) * 1000000000

max_days := 366

credentials(app) := array.concat(lib.values(app, "passwordCredentials"), lib.values(app, "keyCredentials"))

moment(credential, name) := ns if {
	text := lib.property(credential, name)
	is_string(text)
	rfc3339(text)
	not lib.beyond_nanosecond_range(text)
	ns := time.parse_rfc3339_ns(text)
} else := lib.far_future_ns if {
	text := lib.property(credential, name)
	is_string(text)
	rfc3339(text)
	lib.beyond_nanosecond_range(text)
}

label(credential) := name if {
	name := lib.property(credential, "displayName")
	is_string(name)
	name != ""
} else := sprintf("%v", [lib.property(credential, "keyId")])

lifetime_days(credential) := floor((moment(credential, "endDateTime") - moment(credential, "startDateTime")) / day_ns)

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

# True for a timestamp that time.parse_rfc3339_ns accepts; anything else would be an error.
rfc3339(text) if regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$`, text)
