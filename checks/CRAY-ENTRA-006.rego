# Guest invitations are restricted to administrators and users in the Guest Inviter role:
# allowInvitesFrom is "none" or "adminsAndGuestInviters". Letting all members invite
# (adminsGuestInvitersAndAllMembers) or everyone, guests included (everyone), fails; so does a
# missing value, because the tenant default is everyone.
package cray.checks.entra_006

import data.cray.lib

policy := input.datasets.authorization_policy[0]

restricted := {"none", "adminsAndGuestInviters"}

who := {
	"adminsGuestInvitersAndAllMembers": "evidence-cray-entra-006-members-invite",
	"everyone": "evidence-cray-entra-006-everyone-invites",
}

setting := lib.property(policy, "allowInvitesFrom")

result := {"status": "pass", "detail": lib.message("evidence-cray-entra-006-restricted", {"setting": setting}), "affected": []} if {
	setting in restricted
} else := {
	"status": "fail",
	"detail": lib.message(object.get(who, setting, "evidence-cray-entra-006-others-invite"), {"setting": sprintf("%v", [setting])}),
	"affected": [{
		"id": lib.object_id(policy),
		"display_name": lib.display_name(policy),
		"reason": lib.message("evidence-cray-entra-006-setting", {"setting": sprintf("%v", [setting])}),
	}],
}
