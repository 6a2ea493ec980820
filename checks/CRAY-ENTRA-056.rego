# A PIM activation of Global Administrator or Privileged Role Administrator lasts at most
# eight hours (maximumDuration of the activation expiration rule, an ISO 8601 duration such
# as PT8H). A duration cray cannot read, or a role without a PIM policy, fails.
package cray.checks.entra_056

import data.cray.lib

max_minutes := 480

duration(role) := lib.property(lib.pim_rule(lib.pim_policy(role), "Expiration_EndUser_Assignment"), "maximumDuration")

# Minutes of a duration made of days, hours and minutes (P1D, PT8H, PT1H30M).
minutes(text) := total if {
	is_string(text)
	parts := regex.find_all_string_submatch_n(`^P(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?)?$`, text, 1)
	count(parts) == 1
	total := ((number(parts[0][1]) * 1440) + (number(parts[0][2]) * 60)) + number(parts[0][3])
	text != "P"
	text != "PT"
}

number(text) := 0 if text == "" else := to_number(text)

gap(role) := lib.message("evidence-cray-entra-056-no-policy", {}) if {
	not lib.pim_policy(role)
} else := lib.message("evidence-cray-entra-056-unreadable", {"duration": sprintf("%v", [duration(role)])}) if {
	not minutes(duration(role))
} else := lib.message("evidence-cray-entra-056-too-long", {"duration": duration(role)}) if {
	minutes(duration(role)) > max_minutes
}

affected := [{"id": role, "display_name": name, "reason": gap(role)} |
	some role, name in lib.pim_critical_roles
	gap(role)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-056-roles", {
		"roles": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
