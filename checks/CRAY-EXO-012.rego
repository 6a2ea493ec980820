# No enabled sharing policy shares calendar details with every external domain or with
# anonymous users. A sharing policy lists entries "<domain>:<actions>"; the domain "*" means
# every external organization and "Anonymous" means anyone with the link. Free/busy times
# alone (CalendarSharingFreeBusySimple) are fine; CalendarSharingFreeBusyDetail (subjects
# and locations) and CalendarSharingFreeBusyReviewer (full details) are not.
package cray.checks.exo_012

import data.cray.lib

detailed_actions := {"calendarsharingfreebusydetail", "calendarsharingfreebusyreviewer"}

everyone := {"*", "anonymous"}

# The entries of a policy that share details with everyone.
wide_entries(policy) := [entry |
	some entry in lib.values(policy, "Domains")
	is_string(entry)
	parts := split(entry, ":")
	lower(trim_space(parts[0])) in everyone
	some action in split(concat(":", array.slice(parts, 1, count(parts))), ",")
	lower(trim_space(action)) in detailed_actions
]

# Disabled policies share nothing; a policy without Enabled counts as on.
sharing := [{
	"id": lib.exo_identity(policy),
	"display_name": lib.exo_name(policy),
	"reason": lib.message("evidence-cray-exo-012-policy-shares", {"entries": concat("; ", {entry | some entry in wide_entries(policy)})}),
} |
	some policy in input.datasets.exo_sharing_policies
	not lib.exo_is(policy, "Enabled", false)
	count(wide_entries(policy)) > 0
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(sharing) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-012-sharing", {"count": lib.digits(count(sharing)), "names": names}),
	"affected": sharing,
}

names := concat(", ", sort([entry.display_name | some entry in sharing]))
