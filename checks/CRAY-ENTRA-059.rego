# Every administrator has registered a multifactor method: users the registration report
# marks as isAdmin must have isMfaRegistered true. Guests and disabled accounts count here,
# since an administrator role makes any account worth attacking.
package cray.checks.entra_059

import data.cray.lib

unregistered := [record |
	some record in input.datasets.user_registration_details
	lib.property(record, "isAdmin") == true
	lib.property(record, "isMfaRegistered") != true
]

name(record) := text if {
	text := lib.property(record, "userDisplayName")
	is_string(text)
} else := sprintf("%v", [lib.property(record, "userPrincipalName")])

affected := [{
	"id": lib.object_id(record),
	"display_name": name(record),
	"reason": lib.message("evidence-cray-entra-059-unregistered", {"upn": sprintf("%v", [lib.property(record, "userPrincipalName")])}),
} |
	some record in unregistered
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(unregistered) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-059-admins", {
		"names": concat(", ", sort([name(record) | some record in unregistered])),
	}),
	"affected": affected,
}
