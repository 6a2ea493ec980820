# The Standard and Strict preset security policies are turned on: an enabled Exchange Online
# Protection preset rule exists for each, and, when the Defender for Office 365 preset rules
# were collected, an enabled Defender rule for each too. Presets bring Microsoft's current
# recommended settings and follow them as they change. The preset rules exist only after a
# preset was turned on once, so an empty list means the presets are off.
package cray.checks.exo_023

import data.cray.lib

presets := ["Standard", "Strict"]

# Rule datasets to look at, with the message naming the protection they carry.
rule_sets := array.concat(
	[["exo_eop_protection_policy_rules", "evidence-cray-exo-023-eop"]],
	[["exo_atp_protection_policy_rules", "evidence-cray-exo-023-atp"] | input.datasets.exo_atp_protection_policy_rules],
)

# A preset rule is named after its preset ("Standard Preset Security Policy").
preset_rules(key, preset) := [rule |
	some rule in input.datasets[key]
	startswith(lower(lib.exo_name(rule)), lower(preset))
]

missing := [{
	"id": sprintf("%s/%s", [key, preset]),
	"display_name": sprintf("%s Preset Security Policy", [preset]),
	"reason": lib.followed_by(lib.message(layer, {}), [state_message(key, preset)]),
} |
	some [key, layer] in rule_sets
	some preset in presets
	not any_enabled(key, preset)
]

any_enabled(key, preset) if {
	some rule in preset_rules(key, preset)
	lib.exo_enabled(rule)
}

state_message(key, preset) := lib.message("evidence-cray-exo-023-no-rule", {}) if {
	count(preset_rules(key, preset)) == 0
} else := lib.message("evidence-cray-exo-023-rule-off", {"state": concat(", ", [lib.exo_shown(rule, "State") | some rule in preset_rules(key, preset)])})

notes := [lib.message("evidence-cray-exo-023-atp-unknown", {}) | not input.datasets.exo_atp_protection_policy_rules]

result := {"status": "pass", "detail": lib.notes_message(notes), "affected": []} if {
	count(missing) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-exo-023-presets-off", {"count": lib.digits(count(missing)), "names": names}), notes),
	"affected": missing,
}

names := concat(", ", sort({entry.display_name | some entry in missing}))
