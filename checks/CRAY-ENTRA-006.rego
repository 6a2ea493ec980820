# Guest invitations are restricted to administrators and users in the Guest Inviter role:
# allowInvitesFrom is "none" or "adminsAndGuestInviters". Letting all members invite
# (adminsGuestInvitersAndAllMembers) or everyone, guests included (everyone), fails; so does a
# missing value, because the tenant default is everyone.
package cray.checks.entra_006

import data.cray.lib

policy := input.datasets.authorization_policy[0]

restricted := {"none", "adminsAndGuestInviters"}

who := {
	"adminsGuestInvitersAndAllMembers": "Every member user, besides administrators and Guest Inviters,",
	"everyone": "Everyone in the tenant, guests included,",
}

setting := lib.property(policy, "allowInvitesFrom")

result := {"status": "pass", "detail": sprintf("Invitations are allowed from: %s.", [setting]), "affected": []} if {
	setting in restricted
} else := {
	"status": "fail",
	"detail": sprintf("%s may invite guest users (allowInvitesFrom is %v).", [
		object.get(who, setting, "More than administrators and Guest Inviters"),
		setting,
	]),
	"affected": [{
		"id": lib.object_id(policy),
		"display_name": lib.display_name(policy),
		"reason": sprintf("allowInvitesFrom is %v", [setting]),
	}],
}
