# Every holder of a privileged directory role must sign in with phishing-resistant MFA: an
# enforced Conditional Access policy reaches the account for all apps without narrowing
# conditions and requires an authentication strength whose every allowed combination is
# phishing-resistant (FIDO2, Windows Hello for Business, certificate-based MFA, device-bound
# passkey). The built-in "Multifactor authentication" strength does not count. Emergency
# access accounts are exempt.
package cray.checks.entra_012

import data.cray.lib

protected(id) if {
	some policy in lib.user_policies
	policy.grant.phishing_resistant
	lib.reaches_user(policy, id)
}

# Why an account is not protected: a policy asks only for MFA, or none reaches it.
reason(id) := lib.message("evidence-cray-entra-012-only-mfa", {}) if {
	some policy in lib.user_policies
	policy.grant.mfa
	lib.reaches_user(policy, id)
} else := lib.message("evidence-cray-entra-012-unprotected", {})

unprotected contains id if {
	some id in lib.admin_users
	not lib.emergency_account(id)
	not protected(id)
}

result := {"status": "pass", "detail": "", "affected": []} if {
	count(unprotected) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-entra-012-fail", {"count": lib.digits(count(unprotected))}),
	"affected": [lib.principal_entry(id, reason(id)) | some id in unprotected],
}
