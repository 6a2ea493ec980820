# Apps from other organizations that hold permissions in the tenant come from verified
# publishers. A service principal is listed when its app belongs to another organization
# (appOwnerOrganizationId is neither this tenant nor Microsoft), it is enabled, it holds at
# least one application permission or delegated grant, and verifiedPublisher has no
# verifiedPublisherId.
package cray.checks.entra_052

import data.cray.lib

microsoft_tenants := {"f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47"}

tenant_ids := {lib.object_id(org) | some org in input.datasets.organization}

foreign(sp) if {
	owner := lib.property(sp, "appOwnerOrganizationId")
	is_string(owner)
	owner != ""
	not owner in tenant_ids
	not owner in microsoft_tenants
}

unverified(sp) if lib.blank(lib.property(lib.field(sp, "verifiedPublisher"), "verifiedPublisherId"))

unverified(sp) if lib.property(lib.field(sp, "verifiedPublisher"), "verifiedPublisherId") == ""

permitted contains id if {
	some assignment in input.datasets.service_principal_app_role_assignments
	some id in [lib.property(assignment, "principalId"), lib.property(assignment, "parentId")]
	is_string(id)
}

permitted contains lib.property(grant, "clientId") if {
	some grant in input.datasets.oauth2_permission_grants
}

listed := [sp |
	some sp in input.datasets.service_principals
	foreign(sp)
	lib.property(sp, "accountEnabled") != false
	lib.object_id(sp) in permitted
	unverified(sp)
]

affected := [{
	"id": lib.object_id(sp),
	"display_name": lib.display_name(sp),
	"reason": lib.message("evidence-cray-entra-052-unverified", {
		"owner": sprintf("%v", [lib.property(sp, "appOwnerOrganizationId")]),
	}),
} |
	some sp in listed
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(listed) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-052-apps", {
		"names": concat(", ", sort([lib.display_name(sp) | some sp in listed])),
	}),
	"affected": affected,
}
