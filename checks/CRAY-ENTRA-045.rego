# No service principal holds an application permission that amounts to control of the
# tenant. The app role assignments granted to each service principal are matched to the
# resource's app roles (the resource is a service principal in the same dataset, for
# Microsoft Graph its appRoles name the permissions); for Microsoft Graph the well-known role
# ids also count when the resource is not in the data. Application permissions act without a
# signed-in user, so whoever holds the app's credentials holds these rights.
package cray.checks.entra_045

import data.cray.lib

# Permissions that let an app make itself or anyone else an administrator, or take over
# sign-in for any account.
takeover := {
	"RoleManagement.ReadWrite.Directory",
	"AppRoleAssignment.ReadWrite.All",
	"Directory.ReadWrite.All",
	"Application.ReadWrite.All",
	"UserAuthenticationMethod.ReadWrite.All",
	"Policy.ReadWrite.PermissionGrant",
	"PrivilegedAccess.ReadWrite.AzureADGroup",
	"Domain.ReadWrite.All",
}

# Microsoft Graph app role ids of the first four, for assignments whose resource is missing.
graph_roles := {
	"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8": "RoleManagement.ReadWrite.Directory",
	"06b708a9-e830-4db3-a914-8e69da51d44f": "AppRoleAssignment.ReadWrite.All",
	"19dbc75e-c2e2-444c-a770-ec69d8559fc7": "Directory.ReadWrite.All",
	"1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9": "Application.ReadWrite.All",
}

# object.get instead of lib.object_id: this runs once per service principal.
principals := {id: sp |
	some sp in input.datasets.service_principals
	id := object.get(sp, "id", "")
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
} else := graph_roles[lib.property(assignment, "appRoleId")]

holder(assignment) := id if {
	id := lib.property(assignment, "principalId")
	is_string(id)
} else := lib.property(assignment, "parentId")

granted := {[holder(assignment), value] |
	some assignment in input.datasets.service_principal_app_role_assignments
	value := role_value(assignment)
	value in takeover
}

holders := {id | some [id, _] in granted}

roles_of[id] contains value if some [id, value] in granted

name(id) := lib.display_name(principals[id]) if principals[id] else := id

affected := [{
	"id": id,
	"display_name": name(id),
	"reason": lib.message("evidence-cray-entra-045-roles", {
		"roles": concat(", ", sort(roles_of[id])),
	}),
} |
	some id in holders
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(holders) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-045-holders", {
		"names": concat(", ", sort([name(id) | some id in holders])),
	}),
	"affected": affected,
}
