# No transport rule sends copies of mail, or the mail itself, to addresses outside the
# organization: no enabled rule in enforce mode redirects (RedirectMessageTo), copies
# (BlindCopyTo, CopyTo) or adds recipients (AddToRecipients) outside the accepted domains.
# Transport rules forward regardless of the outbound spam policy, so this is a separate path
# from automatic forwarding. Values without "@" name recipients inside the organization.
package cray.checks.exo_003

import data.cray.lib

actions := ["RedirectMessageTo", "BlindCopyTo", "CopyTo", "AddToRecipients"]

external_targets(rule) := [sprintf("%s %s", [action, address]) |
	some action in actions
	some address in lib.values(rule, action)
	lib.exo_external(address)
]

# Rules in test mode (Audit, AuditAndNotify) only log what they would do.
acting(rule) if {
	lib.exo_enabled(rule)
	not lower(lib.exo_text(rule, "Mode", "Enforce")) in {"audit", "auditandnotify"}
}

forwarding := [{
	"id": lib.exo_text(rule, "Guid", lib.exo_identity(rule)),
	"display_name": lib.exo_name(rule),
	"reason": lib.message("evidence-cray-exo-003-rule-sends", {
		"targets": concat("; ", external_targets(rule)),
		"priority": lib.exo_shown(rule, "Priority"),
	}),
} |
	some rule in input.datasets.exo_transport_rules
	acting(rule)
	count(external_targets(rule)) > 0
]

inactive := sort([lib.exo_name(rule) |
	some rule in input.datasets.exo_transport_rules
	not acting(rule)
	count(external_targets(rule)) > 0
])

notes := [lib.message("evidence-cray-exo-003-inactive", {"rules": concat(", ", inactive)}) | count(inactive) > 0]

result := {"status": "pass", "detail": lib.notes_message(notes), "affected": []} if {
	count(forwarding) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(lib.message("evidence-cray-exo-003-forwarding", {"count": lib.digits(count(forwarding)), "names": names}), notes),
	"affected": forwarding,
}

names := concat(", ", sort([entry.display_name | some entry in forwarding]))
