# A custom banned password list is enforced: the directory setting "Password Rule Settings"
# has EnableBannedPasswordCheck "True" and a non-empty BannedPasswordList (entries separated
# by tabs). Without the setting the custom list is off, so the check fails.
package cray.checks.entra_043

import data.cray.lib

template := "5cf42378-d67d-4f36-ba46-e8b86229381d"

settings := [setting |
	some setting in input.datasets.directory_settings
	rule_settings(setting)
]

rule_settings(setting) if lib.property(setting, "templateId") == template

rule_settings(setting) if lib.property(setting, "displayName") == "Password Rule Settings"

value(name) := v if {
	some entry in lib.values(settings[0], "values")
	lower(sprintf("%v", [lib.property(entry, "name")])) == lower(name)
	v := lib.property(entry, "value")
	is_string(v)
} else := ""

words := [word |
	some word in regex.split(`[\t\n,;]`, value("BannedPasswordList"))
	trim_space(word) != ""
]

gaps := array.concat(
	[lib.message("evidence-cray-entra-043-check-off", {"value": value("EnableBannedPasswordCheck")}) |
		lower(value("EnableBannedPasswordCheck")) != "true"
	],
	[lib.message("evidence-cray-entra-043-empty-list", {}) | count(words) == 0],
)

result := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-043-no-setting", {"setting": "Password Rule Settings"}),
	"affected": [{"id": template, "display_name": "Password Rule Settings", "reason": lib.message("evidence-cray-entra-043-no-setting", {"setting": "Password Rule Settings"})}],
} if {
	count(settings) == 0
} else := {"status": "pass", "detail": lib.message("evidence-cray-entra-043-count", {"count": lib.digits(count(words))}), "affected": []} if {
	count(gaps) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-043-not-enforced", {"setting": lib.display_name(settings[0])}), gaps),
	"affected": [{"id": lib.object_id(settings[0]), "display_name": lib.display_name(settings[0]), "reason": lib.notes_message(gaps)}],
}
