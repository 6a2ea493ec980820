# At least one emergency access ("break glass") account exists, and every emergency access
# account is excluded from every Conditional Access policy that blocks access, so a faulty
# blocking policy cannot lock every administrator out. Report-only policies count, because
# they can be switched on at any time; disabled policies and policies that select no users
# (workload or agent identities) do not. An account counts as excluded directly or through
# an excluded group whose members were collected.
package cray.checks.entra_017

import data.cray.lib

accounts := {id | some id in input.facts.ca.emergency_accounts; lib.emergency_account(id)}

blocking contains policy if {
	some policy in lib.user_policies
	not policy.disabled
	policy.grant.block
}

# The blocking policies that do not exclude the account.
missed(id) := {policy |
	some policy in blocking
	not policy.users.excluded[id]
}

# Why a missing exclusion may only be unknown: the policy excludes groups whose members
# were not collected.
unknown_groups(policy) if {
	count(policy.users.exclude_groups) > 0
	not policy.users.group_exclusions_known
}

reason(id) := lib.message("evidence-cray-entra-017-not-excluded", {"policies": lib.policy_names(missed(id))}) if {
	count({p | some p in missed(id); not unknown_groups(p)}) > 0
} else := lib.message("evidence-cray-entra-017-membership-unknown", {"policies": lib.policy_names(missed(id))})

exposed contains id if {
	some id in accounts
	count(missed(id)) > 0
}

result := {"status": "fail", "detail": lib.message("evidence-cray-entra-017-none", {}), "affected": []} if {
	count(accounts) == 0
} else := {"status": "pass", "detail": lib.message("evidence-cray-entra-017-pass", {"count": lib.digits(count(accounts))}), "affected": []} if {
	count(exposed) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-017-fail", {"count": lib.digits(count(exposed))}),
	"affected": [lib.principal_entry(id, reason(id)) | some id in exposed],
}
