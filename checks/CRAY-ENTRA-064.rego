# Guest access is reviewed regularly: at least one access review definition whose scope
# selects guest users (a query filtering userType eq 'Guest') recurs and is not completed.
# A one-off review, or one that has ended, does not keep guest access in check.
package cray.checks.entra_064

import data.cray.lib

# The queries of a definition's scope, including the principal scopes of a
# principalResourceMembershipsScope.
queries(definition) := [lower(query) |
	some scope in array.concat([lib.field(definition, "scope")], lib.values(lib.field(definition, "scope"), "principalScopes"))
	query := lib.property(scope, "query")
	is_string(query)
]

guest_scope(definition) if {
	some query in queries(definition)
	regex.match(`usertype[ \t]+eq[ \t]+'guest'`, query)
}

recurring(definition) if {
	not lib.blank(lib.property(lib.field(lib.field(lib.field(definition, "settings"), "recurrence"), "pattern"), "type"))
}

reviews := [definition |
	some definition in input.datasets.access_review_definitions
	guest_scope(definition)
	recurring(definition)
	lib.property(definition, "status") != "Completed"
]

result := {
	"status": "pass",
	"detail": lib.message("evidence-cray-entra-064-reviews", {"names": concat(", ", sort([lib.display_name(d) | some d in reviews]))}),
	"affected": [],
} if {
	count(reviews) > 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-064-none", {"count": lib.digits(count(input.datasets.access_review_definitions))}),
	"affected": [],
}
