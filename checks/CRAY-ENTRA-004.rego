# No principal holds Global Administrator permanently. Active assignments come from the role
# assignments (they include direct assignments made without PIM); principals that are only
# eligible through PIM are not permanent.
#
# Emergency access accounts are exempt when their display name or user principal name says
# so ("break glass" or "emergency access") and they are enabled, cloud-only member accounts:
# a guest or external account, an account synchronised from on-premises, and a disabled
# account are never exempt, whatever their name. The detail names every exempted account,
# and the reason of every named account that is not exempt says why.
#
# The eligibility schedules are optional (reading them needs Entra ID P2): without them the
# rule still finds every permanent holder and says in the detail that it could not tell PIM
# activations apart.
package cray.checks.entra_004

import data.cray.lib

active contains id if {
	some assignment in input.datasets.role_assignments
	lib.property(assignment, "roleDefinitionId") == lib.global_admin_role
	id := lib.property(assignment, "principalId")
	is_string(id)
}

eligibility_known if "role_eligibility_schedules" in object.keys(input.datasets)

eligible contains lib.property(schedule, "principalId") if {
	some schedule in object.get(input.datasets, "role_eligibility_schedules", [])
	lib.property(schedule, "roleDefinitionId") == lib.global_admin_role
}

emergency_markers := {"breakglass", "emergencyaccess"}

# Lowercase text without spaces, hyphens, underscores and dots, so "Break-Glass" and
# "emergency_access" both match a marker.
squeezed(text) := strings.replace_n({" ": "", "-": "", "_": "", ".": ""}, lower(text))

# Active holders whose name marks them as emergency access accounts.
named_emergency contains id if {
	some id in active
	lib.principal_kind(id) == "user"
	user := lib.directory_object(id)
	some text in [lib.property(user, "displayName"), lib.property(user, "userPrincipalName")]
	is_string(text)
	some marker in emergency_markers
	contains(squeezed(text), marker)
}

# Why a user named as an emergency access account is not exempt; empty when it is exempt.
exemption_gaps(user) := {gap |
	some gap in [
		member_gap(user),
		external_gap(user),
		enabled_gap(user),
		cloud_gap(user),
	]
	gap != ""
}

member_gap(user) := "" if {
	lib.property(user, "userType") == "Member"
} else := lib.message("evidence-cray-entra-004-gap-not-member", {})

external_gap(user) := "" if {
	not contains(upper(sprintf("%v", [lib.property(user, "userPrincipalName")])), "#EXT#")
} else := lib.message("evidence-cray-entra-004-gap-external", {})

enabled_gap(user) := "" if {
	lib.property(user, "accountEnabled") == true
} else := lib.message("evidence-cray-entra-004-gap-disabled", {})

cloud_gap(user) := "" if {
	lib.property(user, "onPremisesSyncEnabled") != true
} else := lib.message("evidence-cray-entra-004-gap-synchronised", {})

not_exempt := {id: gaps |
	some id in named_emergency
	gaps := exemption_gaps(lib.directory_object(id))
	count(gaps) > 0
}

emergency_access := {id | some id in named_emergency; not not_exempt[id]}

permanent := active - emergency_access

# NOTE: without role assignment schedule instances cray cannot tell a time-bound PIM
# activation from a permanent assignment, so an eligible principal that is active counts.
base_reason(id) := lib.message("evidence-cray-entra-004-maybe-activation", {}) if {
	id in eligible
} else := lib.message("evidence-cray-entra-004-permanent", {})

reason(id) := lib.followed_by(base_reason(id), array.concat(
	[lib.message("evidence-cray-entra-004-not-exempt", {})],
	sort(not_exempt[id]),
)) if {
	not_exempt[id]
} else := base_reason(id)

affected := [{"id": id, "display_name": lib.principal_name(id), "reason": reason(id)} |
	some id in permanent
]

exempt_notes := [lib.message("evidence-cray-entra-004-exempt-note", {"names": names}) |
	count(emergency_access) > 0
	names := concat(", ", sort([lib.principal_name(id) | some id in emergency_access]))
]

eligibility_notes := [lib.message("evidence-cray-entra-004-eligibility-note", {}) | not eligibility_known]

notes := array.concat(exempt_notes, eligibility_notes)

result := {"status": "pass", "detail": lib.notes_message(notes), "affected": []} if {
	count(permanent) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-entra-004-permanent-holders", {
			"names": concat(", ", sort([lib.principal_name(id) | some id in permanent])),
		}),
		notes,
	),
	"affected": affected,
}
