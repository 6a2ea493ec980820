# Shared facts for the cray check rules: Conditional Access coverage, MFA grants, principals.
#
# Every rule sees `input.datasets.<dataset key>` as an array of objects. Helpers here read only
# the datasets that the calling check declares; a helper on an undeclared dataset is undefined.
package cray.lib

# Template id of the built-in Global Administrator role. For built-in roles the role
# definition id in a role assignment equals this template id.
global_admin_role := "62e90394-69f5-4237-9190-012177145e10"

# Maximum number of excluded user accounts that still counts as "all users": Microsoft
# recommends two cloud-only emergency access accounts.
max_excluded_users := 2

# Maximum number of excluded groups that still counts as "all users".
max_excluded_groups := 2

# A value that Graph reports as unset: null, an empty array or an empty object.
blank(value) if value == null

blank(value) if value == []

blank(value) if value == {}

# A property of `obj` that is missing or unset.
unset(obj, name) if blank(object.get(obj, name, null))

# An array property of `obj`, or an empty array when it is missing or null.
values(obj, name) := object.get(obj, name, []) if {
	object.get(obj, name, []) != null
} else := []

# True when security defaults are on (needs the security_defaults dataset).
security_defaults_enabled if {
	some setting in input.datasets.security_defaults
	setting.isEnabled == true
}

# True for policies Entra enforces. Report-only (enabledForReportingButNotEnforced) and
# disabled policies never count as enforcement.
enforced(policy) if policy.state == "enabled"

# Conditions that let a policy skip some sign-ins of its users: platforms, locations, devices,
# client applications, risk levels and authentication flows. A platform or location condition
# that includes all without exclusions does not narrow.
narrowing_conditions(policy) := {name |
	some name in [
		"platforms", "locations", "devices", "clientApplications", "userRiskLevels",
		"signInRiskLevels", "servicePrincipalRiskLevels", "insiderRiskLevels",
		"authenticationFlows",
	]
	not unset(policy.conditions, name)
	not neutral_condition(policy.conditions, name)
}

neutral_condition(conditions, "platforms") if {
	"all" in values(conditions.platforms, "includePlatforms")
	unset(conditions.platforms, "excludePlatforms")
}

neutral_condition(conditions, "locations") if {
	"All" in values(conditions.locations, "includeLocations")
	unset(conditions.locations, "excludeLocations")
}

# Client app types a policy targets; an empty list means all.
client_app_types(policy) := {"all"} if {
	count(values(policy.conditions, "clientAppTypes")) == 0
} else := {kind | some kind in values(policy.conditions, "clientAppTypes")}

# True when the policy targets every cloud app with no app excluded.
all_applications(policy) if {
	"All" in values(policy.conditions.applications, "includeApplications")
	count(values(policy.conditions.applications, "excludeApplications")) == 0
}

# Groups whose membership only privileged role administrators can change. Graph returns
# null rather than false for ordinary groups.
role_assignable_group_ids contains group.id if {
	some group in input.datasets.groups
	group.isAssignableToRole == true
}

# Why the user scope of a policy is less than all users; empty when it covers all users
# apart from accepted emergency access exclusions (needs the groups dataset).
#
# Accepted exclusions: at most two user accounts and at most two role-assignable groups.
# Excluded roles, excluded guests and external users, and plain groups (whose owners could
# add anyone) are never accepted.
user_scope_gaps(policy) := {gap |
	some gap in user_scope_checks(policy.conditions.users)
	gap != ""
}

user_scope_checks(users) := [
	includes_all_users_gap(users),
	excluded_users_gap(users),
	excluded_groups_gap(users),
	excluded_roles_gap(users),
	excluded_guests_gap(users),
]

includes_all_users_gap(users) := "" if {
	"All" in values(users, "includeUsers")
} else := "it does not include all users"

excluded_users_gap(users) := "" if {
	count(values(users, "excludeUsers")) <= max_excluded_users
} else := sprintf(
	"it excludes %d user accounts (at most %d emergency access accounts are accepted)",
	[count(values(users, "excludeUsers")), max_excluded_users],
)

excluded_groups_gap(users) := "" if {
	count(plain_excluded_groups(users)) == 0
	count(values(users, "excludeGroups")) <= max_excluded_groups
} else := sprintf("it excludes groups that are not role-assignable: %s", [
	concat(", ", sort([principal_name(id) | some id in plain_excluded_groups(users)])),
]) if {
	count(plain_excluded_groups(users)) > 0
} else := sprintf("it excludes more than %d groups", [max_excluded_groups])

plain_excluded_groups(users) := [id |
	some id in values(users, "excludeGroups")
	not id in role_assignable_group_ids
]

excluded_roles_gap(users) := "" if {
	count(values(users, "excludeRoles")) == 0
} else := "it excludes directory roles"

excluded_guests_gap(users) := "" if {
	unset(users, "excludeGuestsOrExternalUsers")
} else := "it excludes guests or external users"

# True when the grant of a policy can only be met with multifactor authentication: MFA as
# the only control, MFA joined with AND, or an authentication strength that satisfies "mfa"
# (every built-in and custom strength does). Under OR, any other control (compliant device,
# terms of use, a custom factor) is an alternative to MFA, so such a grant does not count.
requires_mfa(policy) if {
	count(mfa_controls(policy.grantControls)) > 0
	policy.grantControls.operator == "AND"
}

requires_mfa(policy) if {
	count(mfa_controls(policy.grantControls)) > 0
	count(other_controls(policy.grantControls)) == 0
}

mfa_controls(grant) := {control |
	some control in values(grant, "builtInControls")
	control == "mfa"
} | {"authenticationStrength" |
	object.get(grant, "authenticationStrength", null) != null
	grant.authenticationStrength.requirementsSatisfied == "mfa"
}

other_controls(grant) := {control |
	some control in values(grant, "builtInControls")
	control != "mfa"
} | {control | some control in values(grant, "customAuthenticationFactors")} | {control |
	some control in values(grant, "termsOfUse")
}

# True when the grant blocks access.
blocks(policy) if "block" in values(policy.grantControls, "builtInControls")

# Display name of a user or group id, falling back to the id (needs users or groups).
principal_name(id) := name if {
	some principal in directory_objects
	principal.id == id
	name := principal.displayName
} else := id

directory_objects := array.concat(
	object.get(input.datasets, "users", []),
	object.get(input.datasets, "groups", []),
)

# Kind of a directory principal: "user", "group" or "service principal or other object".
principal_kind(id) := "user" if {
	some user in object.get(input.datasets, "users", [])
	user.id == id
} else := "group" if {
	some group in object.get(input.datasets, "groups", [])
	group.id == id
} else := "service principal or other object"
