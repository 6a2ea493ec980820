# Microsoft Entra join stays under control: not every user may join devices
# (azureADJoin.allowedToJoin is not "all"), the user who joins a device does not become its
# local administrator (localAdmins.registeringUsers is not "all"), and Windows LAPS is on
# (localAdminPassword.isEnabled). The membership kinds come from the @odata.type of
# deviceRegistrationMembership; a missing one counts as unknown and fails.
package cray.checks.entra_068

import data.cray.lib

policy := input.datasets.device_registration_policy[0]

join := lib.field(policy, "azureADJoin")

kind(membership) := lower(trim_prefix(sprintf("%v", [lib.property(membership, "@odata.type")]), "#microsoft.graph."))

open_kinds := {"alldeviceregistrationmembership", "null"}

gaps := array.concat(
	array.concat(
		[lib.message("evidence-cray-entra-068-anyone-joins", {"kind": kind(lib.field(join, "allowedToJoin"))}) |
			kind(lib.field(join, "allowedToJoin")) in open_kinds
		],
		[lib.message("evidence-cray-entra-068-local-admin", {"kind": kind(lib.field(lib.field(join, "localAdmins"), "registeringUsers"))}) |
			kind(lib.field(lib.field(join, "localAdmins"), "registeringUsers")) in open_kinds
		],
	),
	[lib.message("evidence-cray-entra-068-no-laps", {}) |
		lib.property(lib.field(policy, "localAdminPassword"), "isEnabled") != true
	],
)

result := {"status": "pass", "detail": "", "affected": []} if {
	count(gaps) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-068-open", {"policy": lib.display_name(policy)}), gaps),
	"affected": [{"id": lib.object_id(policy), "display_name": lib.display_name(policy), "reason": lib.notes_message(gaps)}],
}
