# No service principal of an app that another organization owns holds a sensitive
# application permission: one that controls the tenant, writes data across it, or reads
# all mail, files or chats. An app belongs to another organization when its
# appOwnerOrganizationId is neither this tenant nor Microsoft; a service principal without
# that property (managed identities, some legacy apps) is not counted as foreign.
package cray.checks.entra_051

import data.cray.lib

# Microsoft's own tenants, which own the first-party apps.
microsoft_tenants := {"f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47"}

tenant_ids := {lib.object_id(org) | some org in input.datasets.organization}

sensitive_reads := {
	"Mail.Read",
	"Mail.ReadBasic.All",
	"Mail.Send",
	"Files.Read.All",
	"Sites.Read.All",
	"Sites.FullControl.All",
	"Chat.Read.All",
	"Calendars.Read",
	"full_access_as_app",
	"RoleManagement.ReadWrite.Directory",
	"AppRoleAssignment.ReadWrite.All",
	"UserAuthenticationMethod.ReadWrite.All",
}

sensitive(value) if value in sensitive_reads

sensitive(value) if endswith(value, ".ReadWrite.All")

# object.get instead of lib.object_id: this runs once per service principal.
principals := {id: sp |
	some sp in input.datasets.service_principals
	id := object.get(sp, "id", "")
}

foreign(sp) if {
	owner := lib.property(sp, "appOwnerOrganizationId")
	is_string(owner)
	owner != ""
	not owner in tenant_ids
	not owner in microsoft_tenants
}

# The service principals that assignments name as their resource; only their app roles are
# indexed.
resources := {id |
	some assignment in input.datasets.service_principal_app_role_assignments
	id := object.get(assignment, "resourceId", "")
}

# Every app role's value by resource and role id, built once: looking the role up in its
# resource's list for each assignment costs a scan of that list per assignment.
role_values := {sprintf("%v/%v", [resource_id, lib.property(role, "id")]): value |
	some resource_id in resources
	resource := principals[resource_id]
	some role in lib.values(resource, "appRoles")
	value := lib.property(role, "value")
	is_string(value)
}

role_value(assignment) := value if {
	value := role_values[sprintf("%v/%v", [lib.property(assignment, "resourceId"), lib.property(assignment, "appRoleId")])]
}

holder(assignment) := id if {
	id := lib.property(assignment, "principalId")
	is_string(id)
} else := lib.property(assignment, "parentId")

granted := {[id, value] |
	some assignment in input.datasets.service_principal_app_role_assignments
	id := holder(assignment)
	foreign(principals[id])
	value := role_value(assignment)
	sensitive(value)
}

holders := {id | some [id, _] in granted}

roles_of[id] contains value if some [id, value] in granted

affected := [{
	"id": id,
	"display_name": lib.display_name(principals[id]),
	"reason": lib.message("evidence-cray-entra-051-roles", {
		"owner": sprintf("%v", [lib.property(principals[id], "appOwnerOrganizationId")]),
		"roles": concat(", ", sort(roles_of[id])),
	}),
} |
	some id in holders
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(holders) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-051-holders", {
		"names": concat(", ", sort([lib.display_name(principals[id]) | some id in holders])),
	}),
	"affected": affected,
}
