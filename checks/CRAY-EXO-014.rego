# Anti-phishing policies of Defender for Office 365 protect against impersonation: of named
# users (EnableTargetedUserProtection with at least one entry in TargetedUsersToProtect), of
# the organization's own domains (EnableOrganizationDomainsProtection), and of frequent
# contacts through mailbox intelligence (EnableMailboxIntelligence and
# EnableMailboxIntelligenceProtection). Impersonating mail goes to quarantine.
package cray.checks.exo_014

import data.cray.lib

wanted := [
	["EnableTargetedUserProtection", true],
	["EnableOrganizationDomainsProtection", true],
	["EnableMailboxIntelligence", true],
	["EnableMailboxIntelligenceProtection", true],
	["TargetedUserProtectionAction", "Quarantine"],
	["TargetedDomainProtectionAction", "Quarantine"],
]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_anti_phish_policies
}

# User impersonation protection without protected users protects nobody.
extra_gaps(policy) := [sprintf("%s: - → 1+", ["TargetedUsersToProtect"])] if {
	count(lib.values(policy, "TargetedUsersToProtect")) == 0
} else := []

result := lib.exo_policy_result(input.datasets.exo_anti_phish_policies, gaps, "exo_eop_protection_policy_rules", "AntiPhishPolicy")
