# No mailbox or account bypasses mailbox audit logging: no
# MailboxAuditBypassAssociation has AuditBypassEnabled true. An empty list is a real answer
# (the cmdlet lists only accounts that have an association).
package cray.checks.exo_010

import data.cray.lib

bypassing := [{
	"id": lib.exo_identity(association),
	"display_name": lib.exo_name(association),
	"reason": lib.message("evidence-cray-exo-010-bypass", {"value": lib.exo_shown(association, "AuditBypassEnabled")}),
} |
	some association in input.datasets.exo_mailbox_audit_bypass
	not lib.exo_is(association, "AuditBypassEnabled", false)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(bypassing) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-010-bypassing", {"count": lib.digits(count(bypassing)), "names": names}),
	"affected": bypassing,
}

names := concat(", ", sort([entry.display_name | some entry in bypassing]))
