# Users cannot install Outlook add-ins themselves: no role assignment policy that applies to
# a mailbox assigns the roles My Custom Apps, My Marketplace Apps or My ReadWriteMailbox Apps.
# A policy applies when it is the default (new mailboxes get it) or when a mailbox names it
# in RoleAssignmentPolicy; without the mailbox list every policy counts as applying. Add-ins
# read and send mail as the user, so a malicious one is a lasting foothold.
package cray.checks.exo_025

import data.cray.lib

add_in_roles := {"my custom apps", "my marketplace apps", "my readwritemailbox apps"}

granted(policy) := sort({role |
	some role in lib.values(policy, "AssignedRoles")
	is_string(role)
	lower(role) in add_in_roles
})

in_use(policy) if lib.exo_is(policy, "IsDefault", true)

in_use(policy) if not input.datasets.exo_mailboxes

in_use(policy) if mailbox_count(policy) > 0

# Mailboxes by the name of their role assignment policy, read once for all policies.
mailboxes_of[name] contains lib.exo_identity(mailbox) if {
	some mailbox in object.get(input.datasets, "exo_mailboxes", [])
	name := lib.property(mailbox, "RoleAssignmentPolicy")
	is_string(name)
}

assigned(name) := object.get(mailboxes_of, name, set()) if is_string(name) else := set()

mailbox_count(policy) := count(assigned(lib.property(policy, "Name")) | assigned(lib.property(policy, "Identity")))

scope(policy) := lib.message("evidence-cray-exo-025-default", {}) if {
	lib.exo_is(policy, "IsDefault", true)
} else := lib.message("evidence-cray-exo-025-assigned", {"count": lib.digits(mailbox_count(policy))}) if {
	input.datasets.exo_mailboxes
} else := lib.message("evidence-cray-exo-025-mailboxes-unknown", {})

permissive := [{
	"id": lib.exo_identity(policy),
	"display_name": lib.exo_name(policy),
	"reason": lib.followed_by(lib.message("evidence-cray-exo-025-roles", {"roles": concat(", ", granted(policy))}), [scope(policy)]),
} |
	some policy in input.datasets.exo_role_assignment_policies
	count(granted(policy)) > 0
	in_use(policy)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(permissive) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-025-permissive", {"count": lib.digits(count(permissive)), "names": names}),
	"affected": permissive,
}

names := concat(", ", sort([entry.display_name | some entry in permissive]))
