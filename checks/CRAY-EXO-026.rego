# No transport rule lets mail from named sender domains or addresses skip spam filtering:
# no enabled rule sets the spam confidence level to -1 (SetSCL -1) for senders it picks by
# domain or address. Sender addresses are easy to forge, so such a rule hands the inbox to
# anyone who spoofs the domain. Rules that pick senders only by IP range (a filtering
# gateway in front of Exchange Online) are left alone.
package cray.checks.exo_026

import data.cray.lib

sender_conditions := ["SenderDomainIs", "From", "FromAddressContainsWords", "FromAddressMatchesPatterns"]

senders(rule) := [sprintf("%s %s", [key, lib.exo_shown(rule, key)]) |
	some key in sender_conditions
	count(lib.values(rule, key)) > 0
]

bypasses(rule) if {
	lib.exo_enabled(rule)
	lib.exo_number(rule, "SetSCL") == -1
	count(senders(rule)) > 0
}

allowlisting := [{
	"id": lib.exo_text(rule, "Guid", lib.exo_identity(rule)),
	"display_name": lib.exo_name(rule),
	"reason": lib.message("evidence-cray-exo-026-rule-bypasses", {"senders": concat("; ", senders(rule))}),
} |
	some rule in input.datasets.exo_transport_rules
	bypasses(rule)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(allowlisting) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-026-allowlisting", {"count": lib.digits(count(allowlisting)), "names": names}),
	"affected": allowlisting,
}

names := concat(", ", sort([entry.display_name | some entry in allowlisting]))
