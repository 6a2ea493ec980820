# Only selected people may create Microsoft 365 groups: the directory setting "Group.Unified"
# has EnableGroupCreation "false". Members of the group in GroupCreationAllowedGroupId may
# still create them; the detail names that group. Without the setting Entra's default lets
# every user create groups, so the check fails.
package cray.checks.entra_044

import data.cray.lib

template := "62375ab9-6b52-47ed-826b-58e47e0e304b"

settings := [setting |
	some setting in input.datasets.directory_settings
	unified(setting)
]

unified(setting) if lib.property(setting, "templateId") == template

unified(setting) if lib.property(setting, "displayName") == "Group.Unified"

value(name) := v if {
	some entry in lib.values(settings[0], "values")
	lower(sprintf("%v", [lib.property(entry, "name")])) == lower(name)
	v := lib.property(entry, "value")
	is_string(v)
} else := ""

restricted if lower(value("EnableGroupCreation")) == "false"

allowed_group := value("GroupCreationAllowedGroupId")

reason := lib.message("evidence-cray-entra-044-no-setting", {}) if {
	count(settings) == 0
} else := lib.message("evidence-cray-entra-044-enabled", {"value": value("EnableGroupCreation")})

name := lib.display_name(settings[0]) if count(settings) > 0 else := "Group.Unified"

id := lib.object_id(settings[0]) if count(settings) > 0 else := template

result := {"status": "pass", "detail": "", "affected": []} if {
	restricted
	allowed_group == ""
} else := {"status": "pass", "detail": lib.message("evidence-cray-entra-044-allowed-group", {"group": allowed_group}), "affected": []} if {
	restricted
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-044-open", {"setting": name}), [reason]),
	"affected": [{"id": id, "display_name": name, "reason": reason}],
}
