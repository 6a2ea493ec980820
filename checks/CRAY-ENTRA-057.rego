# Administrators hear when someone activates Global Administrator or Privileged Role
# Administrator in PIM: the admin notification rule for activations sends mail to the
# default recipients or to named recipients. A role without a PIM policy fails.
package cray.checks.entra_057

import data.cray.lib

rule(role) := lib.pim_rule(lib.pim_policy(role), "Notification_Admin_EndUser_Assignment")

notified(role) if lib.property(rule(role), "isDefaultRecipientsEnabled") == true

notified(role) if count(lib.values(rule(role), "notificationRecipients")) > 0

gap(role) := lib.message("evidence-cray-entra-057-no-policy", {}) if {
	not lib.pim_policy(role)
} else := lib.message("evidence-cray-entra-057-nobody", {}) if {
	not notified(role)
}

affected := [{"id": role, "display_name": name, "reason": gap(role)} |
	some role, name in lib.pim_critical_roles
	gap(role)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-057-roles", {
		"roles": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
