# No user or group holds a privileged directory role permanently, apart from emergency access
# accounts: privileged roles are eligible and activated through PIM for a limited time.
# Active assignments come from the role assignments, which include direct assignments made
# without PIM; an empty PIM response never means "no permanent holder". An active assignment
# is temporary only when a schedule instance shows a time-bound activation. Service
# principals are the subject of CRAY-ENTRA-023.
package cray.checks.entra_022

import data.cray.lib

permanent contains [holder.principal_id, holder.role_id] if {
	some holder in lib.privileged_holders
	holder.privileged
	holder.assignment == "active"
	holder.permanent
	holder.kind != "service_principal"
	not lib.emergency_account(holder.principal_id)
}

ids := {pair[0] | some pair in permanent}

roles(id) := concat(", ", sort({lib.privileged_roles[pair[1]] | some pair in permanent; pair[0] == id}))

activations_known := input.facts.privileged.activations_known

reason(id) := lib.message("evidence-cray-entra-022-permanent", {"roles": roles(id)}) if {
	activations_known
} else := lib.message("evidence-cray-entra-022-maybe-activation", {"roles": roles(id)})

result := {"status": "pass", "detail": "", "affected": []} if {
	count(ids) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-022-fail", {"count": lib.digits(count(ids))}),
	"affected": [lib.principal_entry(id, reason(id)) | some id in ids],
}
