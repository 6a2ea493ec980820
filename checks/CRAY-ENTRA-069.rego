# Tenants that synchronise from Active Directory also synchronise password hashes
# (features.passwordSyncEnabled of the on-premises synchronization settings), so users can
# still sign in if federation or pass-through authentication fails and leaked-credential
# detection works. Whether the tenant syncs comes from onPremisesSyncEnabled of the
# organization; a cloud-only tenant passes with a note. A syncing tenant without readable
# settings fails.
package cray.checks.entra_069

import data.cray.lib

org := input.datasets.organization[0]

syncing if lib.property(org, "onPremisesSyncEnabled") == true

settings := [sync | some sync in input.datasets.on_premises_synchronization]

hash_sync if {
	some sync in settings
	lib.property(lib.field(sync, "features"), "passwordSyncEnabled") == true
}

reason := lib.message("evidence-cray-entra-069-no-settings", {}) if {
	count(settings) == 0
} else := lib.message("evidence-cray-entra-069-off", {
	"value": sprintf("%v", [lib.property(lib.field(settings[0], "features"), "passwordSyncEnabled")]),
})

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-069-cloud-only", {}), "affected": []} if {
	not syncing
} else := {"status": "pass", "detail": "", "affected": []} if {
	hash_sync
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-entra-069-no-hash-sync", {"tenant": lib.display_name(org)}), [reason]),
	"affected": [{"id": lib.object_id(org), "display_name": lib.display_name(org), "reason": reason}],
}
