# Who holds Global Administrator and Privileged Role Administrator is reviewed regularly:
# for each role there is a recurring access review definition, not completed, whose scope
# query names the role's definition id (reviews of directory roles query the role
# assignment schedule instances of that role).
package cray.checks.entra_065

import data.cray.lib

queries(definition) := [lower(query) |
	some scope in array.concat([lib.field(definition, "scope")], lib.values(lib.field(definition, "scope"), "principalScopes"))
	query := lib.property(scope, "query")
	is_string(query)
]

recurring(definition) if {
	not lib.blank(lib.property(lib.field(lib.field(lib.field(definition, "settings"), "recurrence"), "pattern"), "type"))
}

reviewed(role) if {
	some definition in input.datasets.access_review_definitions
	recurring(definition)
	lib.property(definition, "status") != "Completed"
	some query in queries(definition)
	contains(query, lower(role))
}

affected := [{"id": role, "display_name": name, "reason": lib.message("evidence-cray-entra-065-unreviewed", {})} |
	some role, name in lib.pim_critical_roles
	not reviewed(role)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(affected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-065-roles", {
		"roles": concat(", ", sort([a.display_name | some a in affected])),
	}),
	"affected": affected,
}
