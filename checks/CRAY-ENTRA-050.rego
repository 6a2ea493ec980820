# No app holds a high-privilege delegated permission that an administrator granted for all
# users (an OAuth2 permission grant with consentType AllPrincipals). Such a grant lets the
# app act with that permission for every user who signs in to it, without asking them.
package cray.checks.entra_050

import data.cray.lib

high_privilege := {
	"Directory.ReadWrite.All",
	"Directory.AccessAsUser.All",
	"RoleManagement.ReadWrite.Directory",
	"AppRoleAssignment.ReadWrite.All",
	"Application.ReadWrite.All",
	"User.ReadWrite.All",
	"Group.ReadWrite.All",
	"Mail.ReadWrite",
	"Mail.Send",
	"Files.ReadWrite.All",
	"Sites.ReadWrite.All",
	"Sites.FullControl.All",
	"EWS.AccessAsUser.All",
	"full_access_as_user",
	"UserAuthenticationMethod.ReadWrite.All",
}

# object.get instead of lib.object_id: this runs once per service principal.
principals := {id: sp |
	some sp in input.datasets.service_principals
	id := object.get(sp, "id", "")
}

scopes(grant) := {scope |
	some scope in split(sprintf("%v", [lib.property(grant, "scope")]), " ")
	scope in high_privilege
}

granted := {[client, scope] |
	some grant in input.datasets.oauth2_permission_grants
	lib.property(grant, "consentType") == "AllPrincipals"
	client := lib.property(grant, "clientId")
	some scope in scopes(grant)
}

clients := {client | some [client, _] in granted}

scopes_of[client] contains scope if some [client, scope] in granted

name(id) := lib.display_name(principals[id]) if principals[id] else := id

affected := [{
	"id": id,
	"display_name": name(id),
	"reason": lib.message("evidence-cray-entra-050-scopes", {
		"scopes": concat(", ", sort(scopes_of[id])),
	}),
} |
	some id in clients
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(clients) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-050-clients", {
		"names": concat(", ", sort([name(id) | some id in clients])),
	}),
	"affected": affected,
}
