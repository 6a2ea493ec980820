# Passwords do not expire: every verified domain has passwordValidityPeriodInDays set to
# 2147483647, the value Entra uses for "never". Regular forced changes lead users to
# predictable passwords; NIST and Microsoft advise against them. Unverified domains are
# skipped, since nobody signs in with them; a verified domain without a value fails, because
# its policy is unknown.
package cray.checks.entra_041

import data.cray.lib

never := 2147483647

expiring := [domain |
	some domain in input.datasets.domains
	lib.property(domain, "isVerified") == true
	lib.property(domain, "passwordValidityPeriodInDays") != never
]

reason(domain) := lib.message("evidence-cray-entra-041-unknown", {}) if {
	lib.property(domain, "passwordValidityPeriodInDays") == null
} else := lib.message("evidence-cray-entra-041-days", {
	"days": sprintf("%v", [lib.property(domain, "passwordValidityPeriodInDays")]),
})

affected := [{"id": lib.object_id(domain), "display_name": lib.object_id(domain), "reason": reason(domain)} |
	some domain in expiring
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(expiring) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-041-expiring", {
		"domains": concat(", ", sort([lib.object_id(domain) | some domain in expiring])),
	}),
	"affected": affected,
}
