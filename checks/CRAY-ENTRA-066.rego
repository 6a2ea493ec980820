# Guests accept terms of use: an enabled Conditional Access policy that applies to guests
# (includeUsers All or GuestsOrExternalUsers, or an includeGuestsOrExternalUsers condition)
# requires an agreement that exists in the terms of use. Report-only policies and policies
# that name an agreement cray did not find do not count.
package cray.checks.entra_066

import data.cray.lib

agreements := {lib.object_id(agreement): agreement | some agreement in input.datasets.terms_of_use_agreements}

for_guests(policy) if {
	some keyword in lib.values(lib.user_conditions(policy), "includeUsers")
	keyword in {"All", "GuestsOrExternalUsers"}
}

for_guests(policy) if not lib.unset(lib.user_conditions(policy), "includeGuestsOrExternalUsers")

enforcing := [policy |
	some policy in input.datasets.conditional_access_policies
	lib.enforced(policy)
	for_guests(policy)
	some id in lib.values(lib.grant_controls(policy), "termsOfUse")
	agreements[id]
]

result := {
	"status": "pass",
	"detail": lib.message("evidence-cray-entra-066-policies", {"names": concat(", ", sort({lib.display_name(p) | some p in enforcing}))}),
	"affected": [],
} if {
	count(enforcing) > 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-066-none", {"count": lib.digits(count(agreements))}),
	"affected": [],
}
