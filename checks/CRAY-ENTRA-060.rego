# System-preferred multifactor authentication applies to every user: the registration
# report shows isSystemPreferredAuthenticationMethodEnabled true for each of them. The
# setting is tenant-wide with group exclusions, so users with false are excluded or the
# feature is off; a missing value counts as not shown. Names are capped in the detail.
package cray.checks.entra_060

import data.cray.lib

max_names := 20

# The registration report is read once for all registration checks (facts.registration);
# `enabled` is false when the record says so and null when it does not say.
records := input.facts.registration.system_preferred_off

reason(record) := lib.message("evidence-cray-entra-060-off", {}) if {
	record.enabled == false
} else := lib.message("evidence-cray-entra-060-unknown", {})

affected := [{"id": record.id, "display_name": record.display_name, "reason": reason(record)} |
	some record in records
]

names := sort([record.display_name | some record in records])

more := [lib.message("evidence-cray-entra-060-more", {"count": lib.digits(count(names) - max_names)}) | count(names) > max_names]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(records) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-060-users", {
			"count": lib.digits(count(records)),
			"names": concat(", ", array.slice(names, 0, max_names)),
		}),
		more,
	),
	"affected": affected,
}
