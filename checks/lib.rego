# Shared facts for the cray check rules: Conditional Access coverage, MFA grants, principals.
#
# Every rule sees `input.datasets.<dataset key>` as an array of objects. Helpers here read only
# the datasets that the calling check declares; a helper on an undeclared dataset is undefined.
package cray.lib

# A localizable message for the evidence of a finding: an id from
# locales/<lang>/evidence.ftl and its arguments, every argument a string. The engine renders
# it in English into the result and keeps it for the chosen locale.
message(id, args) := {"id": id, "args": args}

# A message followed by further messages (sentences), each rendered after a space.
followed_by(first, more) := object.union(first, {"appended": more})

# Notes as one message (the first note followed by the rest), or "" when there is none.
notes_message(notes) := "" if {
	count(notes) == 0
} else := followed_by(notes[0], array.slice(notes, 1, count(notes)))

# A count as a message argument: its decimal digits.
digits(number) := sprintf("%d", [number])

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

# A property of `obj` that is missing or unset; anything that is not an object has none.
unset(obj, name) if blank(property(obj, name))

# A property of `obj`, or null when it is missing or `obj` is not an object (Graph returns
# null for many unset complex properties, so rules never index into a value directly).
property(obj, name) := object.get(obj, name, null) if {
	is_object(obj)
} else := null

# An object property of `obj`, or an empty object when it is missing, null or not an object.
field(obj, name) := value if {
	value := property(obj, name)
	is_object(value)
} else := {}

# An array property of `obj`, or an empty array when it is missing, null or not an array.
values(obj, name) := value if {
	value := property(obj, name)
	is_array(value)
} else := []

# Id of a Graph object as a string; empty when it has none.
object_id(obj) := id if {
	id := property(obj, "id")
	is_string(id)
} else := ""

# Display name of a Graph object, falling back to its id.
display_name(obj) := name if {
	name := property(obj, "displayName")
	is_string(name)
} else := object_id(obj)

# True when security defaults are on (needs the security_defaults dataset).
security_defaults_enabled if {
	some setting in input.datasets.security_defaults
	property(setting, "isEnabled") == true
}

# True for policies Entra enforces. Report-only (enabledForReportingButNotEnforced) and
# disabled policies never count as enforcement.
enforced(policy) if property(policy, "state") == "enabled"

# True for policies that are on, enforced or report-only; a disabled policy, or one without
# a state, is out of scope.
switched_on(policy) if property(policy, "state") in {"enabled", "enabledForReportingButNotEnforced"}

# The conditions of a policy and their parts, each an empty object when Graph sends null.
conditions(policy) := field(policy, "conditions")

user_conditions(policy) := field(conditions(policy), "users")

app_conditions(policy) := field(conditions(policy), "applications")

grant_controls(policy) := field(policy, "grantControls")

# Conditions that let a policy skip some sign-ins of its users: platforms, locations, devices,
# client applications, risk levels and authentication flows. A platform or location condition
# that includes all without exclusions does not narrow.
narrowing_conditions(policy) := {name |
	some name in [
		"platforms", "locations", "devices", "clientApplications", "userRiskLevels",
		"signInRiskLevels", "servicePrincipalRiskLevels", "insiderRiskLevels",
		"authenticationFlows",
	]
	not unset(conditions(policy), name)
	not neutral_condition(conditions(policy), name)
}

neutral_condition(conditions, "platforms") if {
	"all" in values(field(conditions, "platforms"), "includePlatforms")
	unset(field(conditions, "platforms"), "excludePlatforms")
}

neutral_condition(conditions, "locations") if {
	"All" in values(field(conditions, "locations"), "includeLocations")
	unset(field(conditions, "locations"), "excludeLocations")
}

# The four client app types Entra distinguishes; a policy naming all of them covers every
# client, exactly like "all".
every_client_app_type := {"browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other"}

# Client app types a policy targets: {"all"} when the list is empty, says "all" or names
# every type.
client_app_types(policy) := {"all"} if {
	named := {kind | some kind in values(conditions(policy), "clientAppTypes")}
	all_client_app_types(named)
} else := {kind | some kind in values(conditions(policy), "clientAppTypes")}

all_client_app_types(named) if count(named) == 0

all_client_app_types(named) if "all" in named

all_client_app_types(named) if count(every_client_app_type - named) == 0

# Why the app scope of a policy is less than all cloud apps; empty when it covers them all.
app_scope_gaps(policy) := {gap |
	some gap in app_scope_checks(app_conditions(policy))
	gap != ""
}

app_scope_checks(apps) := [
	included_apps_gap(apps),
	excluded_apps_gap(apps),
	app_filter_gap(apps),
]

included_apps_gap(apps) := "" if {
	"All" in values(apps, "includeApplications")
} else := message("evidence-common-gap-user-actions", {}) if {
	count(values(apps, "includeUserActions")) > 0
} else := message("evidence-common-gap-authentication-contexts", {}) if {
	count(values(apps, "includeAuthenticationContextClassReferences")) > 0
} else := message("evidence-common-gap-not-all-apps", {})

excluded_apps_gap(apps) := "" if {
	count(values(apps, "excludeApplications")) == 0
} else := message("evidence-common-gap-excluded-apps", {
	"count": digits(count(values(apps, "excludeApplications"))),
})

app_filter_gap(apps) := "" if {
	unset(apps, "applicationFilter")
} else := message("evidence-common-gap-app-filter", {
	"mode": sprintf("%v", [property(field(apps, "applicationFilter"), "mode")]),
})

# Groups whose membership only privileged role administrators can change. Graph returns
# null rather than false for ordinary groups.
role_assignable_group_ids contains id if {
	some id, principal in object.get(input.facts, "principals", {})
	principal.role_assignable
}

# Values of includeUsers and excludeUsers that are keywords for whole populations rather
# than user ids, with what excluding them leaves out.
user_keywords := {
	"All": message("evidence-common-gap-excludes-all-users", {}),
	"None": "",
	"GuestsOrExternalUsers": message("evidence-common-gap-excludes-all-guests", {}),
}

# Why the user scope of a policy is less than all users; empty when it covers all users
# apart from accepted emergency access exclusions (needs the groups dataset).
#
# Accepted exclusions: at most two user accounts and at most two role-assignable groups.
# Excluded roles, excluded guests and external users (by keyword or by the
# excludeGuestsOrExternalUsers condition), and plain groups (whose owners could add anyone)
# are never accepted.
user_scope_gaps(policy) := {gap |
	some gap in user_scope_checks(user_conditions(policy))
	gap != ""
}

user_scope_checks(users) := array.concat(
	[
		includes_all_users_gap(users),
		excluded_users_gap(users),
		excluded_groups_gap(users),
		excluded_roles_gap(users),
		excluded_guests_gap(users),
	],
	[gap | some keyword in values(users, "excludeUsers"); gap := user_keywords[keyword]],
)

# True when includeUsers holds the keyword for all users.
includes_all_users(policy) if "All" in values(user_conditions(policy), "includeUsers")

includes_all_users_gap(users) := "" if {
	"All" in values(users, "includeUsers")
} else := message("evidence-common-gap-not-all-users", {})

# Excluded user accounts, without the population keywords.
excluded_user_ids(users) := [id |
	some id in values(users, "excludeUsers")
	not user_keywords[id]
]

excluded_users_gap(users) := "" if {
	count(excluded_user_ids(users)) <= max_excluded_users
} else := message("evidence-common-gap-excluded-users", {
	"count": digits(count(excluded_user_ids(users))),
	"maximum": digits(max_excluded_users),
})

excluded_groups_gap(users) := "" if {
	count(plain_excluded_groups(users)) == 0
	count(values(users, "excludeGroups")) <= max_excluded_groups
} else := message("evidence-common-gap-plain-groups", {
	"groups": concat(", ", sort([principal_name(id) | some id in plain_excluded_groups(users)])),
}) if {
	count(plain_excluded_groups(users)) > 0
} else := message("evidence-common-gap-too-many-groups", {"maximum": digits(max_excluded_groups)})

plain_excluded_groups(users) := [id |
	some id in values(users, "excludeGroups")
	not id in role_assignable_group_ids
]

excluded_roles_gap(users) := "" if {
	count(values(users, "excludeRoles")) == 0
} else := message("evidence-common-gap-excluded-roles", {})

excluded_guests_gap(users) := "" if {
	unset(users, "excludeGuestsOrExternalUsers")
} else := message("evidence-common-gap-excluded-guests", {})

# True when the grant of a policy can only be met with multifactor authentication: MFA as
# the only control, MFA joined with AND, or an authentication strength that satisfies "mfa"
# (every built-in and custom strength does). Under OR, any other control (compliant device,
# terms of use, a custom factor) is an alternative to MFA, so such a grant does not count.
# A policy without grant controls (only session controls) requires nothing.
requires_mfa(policy) if {
	count(mfa_controls(grant_controls(policy))) > 0
	property(grant_controls(policy), "operator") == "AND"
}

requires_mfa(policy) if {
	count(mfa_controls(grant_controls(policy))) > 0
	count(other_controls(grant_controls(policy))) == 0
}

mfa_controls(grant) := {control |
	some control in values(grant, "builtInControls")
	control == "mfa"
} | {"authenticationStrength" |
	property(field(grant, "authenticationStrength"), "requirementsSatisfied") == "mfa"
}

other_controls(grant) := {control |
	some control in values(grant, "builtInControls")
	control != "mfa"
} | {control | some control in values(grant, "customAuthenticationFactors")} | {control |
	some control in values(grant, "termsOfUse")
}

# True when the grant blocks access.
blocks(policy) if "block" in values(grant_controls(policy), "builtInControls")

# Display name of a principal named by a policy or a role assignment, falling back to the id.
principal_name(id) := name if {
	name := input.facts.principals[id].display_name
	is_string(name)
} else := id

# The directory object (user, group or service principal) as Graph returned it, for a
# principal named by a policy or a role assignment; {} when the directory lacks it.
directory_object(id) := object.get(object.get(object.get(input.facts, "principals", {}), id, {}), "object", {})

# Kind of a directory principal: "user", "group" or "service principal or other object".
principal_kind(id) := "user" if {
	input.facts.principals[id].kind == "user"
} else := "group" if {
	input.facts.principals[id].kind == "group"
} else := "service principal or other object"

# Exchange Online objects, as the InvokeCommand endpoint returns them: PascalCase property
# names, JSON booleans, and some numbers as text (a transport rule's SetSCL arrives as "-1").

# A text property of an Exchange object, or `fallback` when it is missing, empty or not text.
exo_text(obj, key, fallback) := value if {
	value := property(obj, key)
	is_string(value)
	value != ""
} else := fallback

exo_name(obj) := exo_text(obj, "Name", exo_text(obj, "Identity", "(no name)"))

exo_identity(obj) := exo_text(obj, "Identity", exo_name(obj))

# A property as evidence shows it: its value, list items joined, or "-" when unset.
exo_shown(obj, key) := "-" if {
	blank(property(obj, key))
} else := concat(", ", [sprintf("%v", [item]) | some item in property(obj, key)]) if {
	is_array(property(obj, key))
} else := sprintf("%v", [property(obj, key)])

# True when a property holds `want`; text that spells the wanted value counts too, because
# some exports turn booleans and numbers into text ("True", "-1").
exo_is(obj, key, want) if property(obj, key) == want

exo_is(obj, key, want) if {
	value := property(obj, key)
	is_string(value)
	lower(value) == lower(sprintf("%v", [want]))
}

# A number property, also when it arrives as text; undefined when it is neither.
exo_number(obj, key) := property(obj, key) if {
	is_number(property(obj, key))
} else := to_number(property(obj, key)) if {
	is_string(property(obj, key))
	regex.match(`^-?[0-9]+$`, property(obj, key))
}

# The settings of `obj` that differ from `wanted`, an array of [property, value] pairs,
# each written as "Property: current → wanted" (property names and values are the ones
# Exchange Online PowerShell shows, so they stay the same in every language).
exo_gaps(obj, wanted) := [gap |
	some [key, want] in wanted
	not exo_is(obj, key, want)
	gap := sprintf("%s: %s → %v", [key, exo_shown(obj, key), want])
]

# True when an Exchange rule object is switched on.
exo_enabled(rule) if exo_is(rule, "State", "Enabled")

# The lower-case domain of an e-mail address, after any "smtp:" prefix; undefined for a
# value without "@" (a recipient name inside the organization).
exo_address_domain(address) := lower(parts[count(parts) - 1]) if {
	is_string(address)
	parts := split(address, "@")
	count(parts) > 1
}

# True when a domain is one of the organization's accepted domains, or a subdomain of one
# that matches subdomains (needs exo_accepted_domains).
exo_accepted(domain) if {
	some accepted in input.datasets.exo_accepted_domains
	lower(exo_text(accepted, "DomainName", "")) == domain
}

exo_accepted(domain) if {
	some accepted in input.datasets.exo_accepted_domains
	exo_is(accepted, "MatchSubDomains", true)
	endswith(domain, concat("", [".", lower(exo_text(accepted, "DomainName", "(none)"))]))
}

# True when an address leaves the organization: it has a domain that is not accepted.
exo_external(address) if {
	domain := exo_address_domain(address)
	not exo_accepted(domain)
}

# Threat policies (anti-phishing, anti-spam, anti-malware, Safe Links, Safe Attachments)
# apply through rules. The default policy applies to every recipient that no other policy
# covers, and so does the Built-In Protection policy of Defender for Office 365 at the
# lowest priority. The Standard and Strict preset policies apply through the preset rules
# (exo_eop_protection_policy_rules, exo_atp_protection_policy_rules). Custom policies apply
# through their own rules.
exo_policy_kind(policy) := "default" if {
	exo_is(policy, "IsDefault", true)
} else := "built-in" if {
	exo_is(policy, "IsBuiltInProtection", true)
} else := "preset" if {
	lower(exo_text(policy, "RecommendedPolicyType", "")) in {"standard", "strict"}
} else := "custom"

# The enabled preset rules in `rules` that name `policy` in the property `key`.
exo_preset_rules(policy, rules, key) := [rule |
	some rule in rules
	exo_enabled(rule)
	property(rule, key) in {property(policy, "Name"), property(policy, "Identity")}
]

# True when an enabled preset rule covers every recipient: it selects every accepted
# domain and has no exceptions (needs exo_accepted_domains).
exo_rule_covers_everyone(rule) if {
	exo_enabled(rule)
	count(input.datasets.exo_accepted_domains) > 0
	selected := {lower(domain) | some domain in values(rule, "RecipientDomainIs")}
	every accepted in input.datasets.exo_accepted_domains {
		lower(exo_text(accepted, "DomainName", "")) in selected
	}
	unset(rule, "SentTo")
	unset(rule, "SentToMemberOf")
	unset(rule, "ExceptIfSentTo")
	unset(rule, "ExceptIfSentToMemberOf")
	unset(rule, "ExceptIfRecipientDomainIs")
}

# How a policy applies, as a message, or undefined when it applies to nobody: a preset
# policy without an enabled rule, or a default or Built-In Protection policy behind a
# preset rule that covers everyone. `rules_key` names the preset rule dataset (optional in
# the calling check; without it, every preset policy counts as applying) and `key` the rule
# property that names the policy.
exo_policy_scope(policy, rules_key, key) := message("evidence-exchange-scope-default", {}) if {
	exo_policy_kind(policy) == "default"
	not exo_everyone_on_preset(rules_key)
} else := message("evidence-exchange-scope-built-in", {}) if {
	exo_policy_kind(policy) == "built-in"
	not exo_everyone_on_preset(rules_key)
} else := message("evidence-exchange-scope-preset", {"rules": concat(", ", sort([exo_name(rule) | some rule in rules]))}) if {
	exo_policy_kind(policy) == "preset"
	rules := exo_preset_rules(policy, object.get(input.datasets, rules_key, []), key)
	count(rules) > 0
} else := message("evidence-exchange-scope-preset-unknown", {}) if {
	exo_policy_kind(policy) == "preset"
	not input.datasets[rules_key]
} else := message("evidence-exchange-scope-custom", {}) if {
	# NOTE: the rules of custom threat policies (Get-HostedContentFilterRule and the like)
	# are not collected, so a custom policy counts as applying to the recipients it names.
	exo_policy_kind(policy) == "custom"
}

exo_everyone_on_preset(rules_key) if {
	some rule in object.get(input.datasets, rules_key, [])
	exo_rule_covers_everyone(rule)
}

# Affected entries for the policies in `policies` that apply to someone and miss settings;
# `gaps_of` is not a function value in Rego, so callers pass the gaps per policy name.
exo_policy_affected(policies, gaps, rules_key, key) := [{
	"id": exo_identity(policy),
	"display_name": exo_name(policy),
	"reason": followed_by(
		message("evidence-exchange-settings", {"settings": concat("; ", gaps[exo_identity(policy)])}),
		[exo_policy_scope(policy, rules_key, key)],
	),
} |
	some policy in policies
	count(gaps[exo_identity(policy)]) > 0
	exo_policy_scope(policy, rules_key, key)
]

# Names of the policies that apply to nobody, for a note in a passing or failing detail.
exo_dormant(policies, rules_key, key) := sort([exo_name(policy) |
	some policy in policies
	not exo_policy_scope(policy, rules_key, key)
])

# A note naming dormant policies, or no note.
exo_dormant_notes(policies, rules_key, key) := [message("evidence-exchange-dormant", {"policies": concat(", ", names)}) |
	names := exo_dormant(policies, rules_key, key)
	count(names) > 0
]

# The result of a check that needs every applying policy to meet its settings. Every
# organization has a default or Built-In Protection policy of each kind, so a list without
# one is incomplete and fails rather than passing on the custom policies alone.
exo_policy_result(policies, gaps, rules_key, key) := {
	"status": "fail",
	"detail": message("evidence-exchange-no-default", {}),
	"affected": [],
} if {
	not exo_has_fallback(policies)
} else := {
	"status": "pass",
	"detail": notes_message(exo_dormant_notes(policies, rules_key, key)),
	"affected": [],
} if {
	count(exo_policy_affected(policies, gaps, rules_key, key)) == 0
} else := {
	"status": "fail",
	"detail": followed_by(
		message("evidence-exchange-policies-fall-short", {
			"count": digits(count(exo_policy_affected(policies, gaps, rules_key, key))),
			"names": concat(", ", sort([entry.display_name | some entry in exo_policy_affected(policies, gaps, rules_key, key)])),
		}),
		exo_dormant_notes(policies, rules_key, key),
	),
	"affected": exo_policy_affected(policies, gaps, rules_key, key),
}

exo_has_fallback(policies) if {
	some policy in policies
	exo_policy_kind(policy) in {"default", "built-in"}
}

# The result of a check on one organization-wide settings object (a singleton dataset):
# it passes when the object meets `wanted`, an array of [property, value] pairs.
exo_settings_result(objects, wanted) := {"status": "pass", "detail": "", "affected": []} if {
	count(objects) > 0
	every obj in objects {
		count(exo_gaps(obj, wanted)) == 0
	}
} else := {
	"status": "fail",
	"detail": message("evidence-exchange-settings", {"settings": concat("; ", [gap | some obj in objects; some gap in exo_gaps(obj, wanted)])}),
	"affected": [{
		"id": exo_identity(obj),
		"display_name": exo_name(obj),
		"reason": message("evidence-exchange-settings", {"settings": concat("; ", exo_gaps(obj, wanted))}),
	} |
		some obj in objects
		count(exo_gaps(obj, wanted)) > 0
	],
}

# Directory roles whose PIM settings matter most: whoever activates them controls the
# tenant or can grant any role.
pim_critical_roles := {
	"62e90394-69f5-4237-9190-012177145e10": "Global Administrator",
	"e8611ab8-c189-46e8-94e1-60213ab1f814": "Privileged Role Administrator",
}

# The PIM role management policy of a directory role, found through its policy assignment
# (needs the role_management_policies and role_management_policy_assignments datasets).
pim_policy(role_id) := policy if {
	some assignment in input.datasets.role_management_policy_assignments
	property(assignment, "roleDefinitionId") == role_id
	some policy in input.datasets.role_management_policies
	object_id(policy) == property(assignment, "policyId")
}

# A rule of a PIM policy by its id, such as Enablement_EndUser_Assignment (the settings for
# members who activate the role); an empty object when the policy has no such rule.
pim_rule(policy, rule_id) := rule if {
	some rule in values(policy, "rules")
	object_id(rule) == rule_id
} else := {}

# ---- Facts (input.facts, computed once per assessment in Rust; see docs/CHECKS.md) ----

# Conditional Access policies with their effective coverage; empty when the check does not
# declare conditional_access_policies.
ca_policies := object.get(object.get(input.facts, "ca", {}), "policies", [])

# Policies that select at least one user: a policy for workload or agent identities only
# (includeUsers ["None"] and nothing else) neither helps nor hurts user coverage.
user_policies contains policy if {
	some policy in ca_policies
	not policy.applies_to_no_users
}

# A principal from input.facts.principals, or a placeholder naming the id.
principal_of(id) := object.get(object.get(input.facts, "principals", {}), id, {
	"id": id, "kind": "unknown", "display_name": id,
})

# The privileged role holders: one entry per principal, role and assignment.
privileged_holders := object.get(object.get(input.facts, "privileged", {}), "holders", [])

# The privileged role template ids and their names.
privileged_roles := object.get(object.get(input.facts, "privileged", {}), "roles", {})

# True when the enforced policy reaches every sign-in of the role's holders: all users or the
# role included, the role not excluded, every app and no narrowing condition.
covers_role(policy, role) if {
	policy.enforced
	policy.apps.all
	count(policy.narrowing) == 0
	includes_role(policy, role)
	not role in policy.users.exclude_roles
}

includes_role(policy, _) if policy.users.all

includes_role(policy, role) if role in policy.users.include_roles

# An affected entry for a principal id with a reason message.
principal_entry(id, reason) := {
	"id": id,
	"display_name": principal_of(id).display_name,
	"reason": reason,
}

# An affected entry for a policy fact with a reason message.
policy_entry(policy, reason) := {"id": policy.id, "display_name": policy.display_name, "reason": reason}

# Names of the policies, sorted and joined.
policy_names(policies) := concat(", ", sort([policy.display_name | some policy in policies]))

# True when the policy reaches all users and apps without a narrowing condition; only the
# accepted emergency access exclusions remain (user gaps empty).
full_user_scope(policy) if {
	policy.full_scope
	count(policy.users.gaps) == 0
}

# Privileged user holders (active or eligible, directly or through a group).
admin_users contains holder.principal_id if {
	some holder in privileged_holders
	holder.privileged
	holder.kind == "user"
}

# Every role template id each holder holds, privileged or not, computed once per rule.
holder_roles := {id: roles |
	some holder in privileged_holders
	id := holder.principal_id
	roles := {other.role_id | some other in privileged_holders; other.principal_id == id}
}

# Every role template id a principal holds, privileged or not.
roles_of(id) := object.get(holder_roles, id, set())

# True when an enforced policy reaches every sign-in of the user: it includes the user (all
# users, one of the user's roles, or the user by id), excludes neither the user nor one of the
# user's roles, its group exclusions are resolved, and it covers every app without a
# narrowing condition. Policies that include users only through groups do not count.
# NOTE: group includes are not expanded here, so such a policy never counts as coverage.
reaches_user(policy, id) if {
	policy.enforced
	policy.apps.all
	count(policy.narrowing) == 0
	includes_user(policy, id)
	not policy.users.excluded[id]
	count({role | some role in policy.users.exclude_roles; role in roles_of(id)}) == 0
	group_exclusions_resolved(policy)
}

includes_user(policy, _) if policy.users.all

includes_user(policy, id) if id in policy.users.include_users

includes_user(policy, id) if {
	some role in policy.users.include_roles
	role in roles_of(id)
}

group_exclusions_resolved(policy) if count(policy.users.exclude_groups) == 0

group_exclusions_resolved(policy) if policy.users.group_exclusions_known

# Emergency access accounts: enabled, cloud-only member accounts whose name marks them.
emergency_account(id) if {
	p := principal_of(id)
	p.emergency_access
	p.user_type == "member"
	p.account_enabled == true
	not p.synchronised
	not p.external
}

# True when an enforced policy reaches all users (only accepted exclusions) and all apps,
# and narrows only by the named condition, which the check itself asks for.
all_users_except_condition(policy, condition) if {
	policy.enforced
	policy.users.all
	count(policy.users.gaps) == 0
	policy.apps.all
	count({name | some name in policy.narrowing; name != condition}) == 0
}

# Near misses of a condition-based policy: switched-on policies that name the condition but
# fall short, each with its shortfalls as message ids.
condition_gaps(policy, condition) := {gap |
	some gap in array.concat(
		[lib_state_gap(policy)],
		array.concat(
			[sprintf("users-%s", [g]) | some g in policy.users.gaps],
			array.concat(
				[sprintf("apps-%s", [g]) | some g in policy.apps.gaps],
				[sprintf("condition-%s", [n]) | some n in policy.narrowing; n != condition],
			),
		),
	)
	gap != ""
}

lib_state_gap(policy) := "" if policy.enforced else := "state-report_only" if policy.report_only else := "state-disabled"

# The shortfalls as one message each.
gap_messages(gaps) := [message("evidence-common-fact-gap", {"gap": gap}) | some gap in sort(gaps)]

# Nanosecond timestamps end in April 2262; Graph allows credentials valid until 2299 and
# later. A date from 2262 on counts as `far_future_ns` instead of failing the rule.
beyond_nanosecond_range(text) if to_number(substring(text, 0, 4)) >= 2262

far_future_ns := 9223372036854775807
