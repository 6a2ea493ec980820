# Anti-phishing policies use the spoofing defences of Exchange Online Protection: spoof
# intelligence (EnableSpoofIntelligence), the sender's DMARC policy (HonorDmarcPolicy) and the
# question mark for unauthenticated senders (EnableUnauthenticatedSender). Every policy that
# applies to someone is checked; see lib.exo_policy_scope for how policies apply.
package cray.checks.exo_013

import data.cray.lib

wanted := [["EnableSpoofIntelligence", true], ["HonorDmarcPolicy", true], ["EnableUnauthenticatedSender", true]]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_anti_phish_policies
}

extra_gaps(_) := []

result := lib.exo_policy_result(input.datasets.exo_anti_phish_policies, gaps, "exo_eop_protection_policy_rules", "AntiPhishPolicy")
