# Anti-malware policies tell an administrator when an internal sender sends malware, a
# sign of a compromised account: EnableInternalSenderAdminNotifications is true and
# InternalSenderAdminAddress names a recipient.
package cray.checks.exo_019

import data.cray.lib

wanted := [["EnableInternalSenderAdminNotifications", true]]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_malware_filter_policies
}

extra_gaps(policy) := [] if {
	lib.exo_text(policy, "InternalSenderAdminAddress", "") != ""
} else := [sprintf("%s: - → …@…", ["InternalSenderAdminAddress"])]

result := lib.exo_policy_result(input.datasets.exo_malware_filter_policies, gaps, "exo_eop_protection_policy_rules", "MalwareFilterPolicy")
