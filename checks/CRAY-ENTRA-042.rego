# Smart lockout locks an account after at most 10 failed sign-ins for at least 60 seconds.
# The values come from the tenant-wide directory setting "Password Rule Settings"
# (LockoutThreshold, LockoutDurationInSeconds); without that setting Entra uses its defaults,
# 10 attempts and 60 seconds, and the check passes with a note. A value that is missing from
# an existing setting counts as its default; a value that is not a whole number fails.
package cray.checks.entra_042

import data.cray.lib

template := "5cf42378-d67d-4f36-ba46-e8b86229381d"

settings := [setting |
	some setting in input.datasets.directory_settings
	rule_settings(setting)
]

rule_settings(setting) if lib.property(setting, "templateId") == template

rule_settings(setting) if lib.property(setting, "displayName") == "Password Rule Settings"

# The value of a setting by name (case-insensitive), or the default when it is absent.
value(name, fallback) := v if {
	some entry in lib.values(settings[0], "values")
	lower(sprintf("%v", [lib.property(entry, "name")])) == lower(name)
	v := sprintf("%v", [lib.property(entry, "value")])
} else := fallback

threshold := value("LockoutThreshold", "10")

duration := value("LockoutDurationInSeconds", "60")

whole(text) if regex.match(`^[0-9]+$`, text)

gaps := array.concat(
	[lib.message("evidence-cray-entra-042-threshold", {"value": threshold}) |
		not within_threshold
	],
	[lib.message("evidence-cray-entra-042-duration", {"value": duration}) |
		not long_enough
	],
)

within_threshold if {
	whole(threshold)
	to_number(threshold) <= 10
	to_number(threshold) > 0
}

long_enough if {
	whole(duration)
	to_number(duration) >= 60
}

name := lib.display_name(settings[0]) if count(settings) > 0 else := "Password Rule Settings"

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-042-defaults", {}), "affected": []} if {
	count(settings) == 0
} else := {"status": "pass", "detail": "", "affected": []} if {
	count(gaps) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-042-weak", {"setting": name}), gaps),
	"affected": [{"id": lib.object_id(settings[0]), "display_name": name, "reason": lib.notes_message(gaps)}],
}
