# Anti-spam policies do not let named sender domains or senders skip spam filtering:
# AllowedSenderDomains and AllowedSenders are empty. Sender addresses are easy to forge, so
# an entry lets anyone who spoofs it reach the inbox.
package cray.checks.exo_016

import data.cray.lib

wanted := []

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_content_filter_policies
}

extra_gaps(policy) := [sprintf("%s: %s → $null", [key, lib.exo_shown(policy, key)]) |
	some key in ["AllowedSenderDomains", "AllowedSenders"]
	count(lib.values(policy, key)) > 0
]

result := lib.exo_policy_result(input.datasets.exo_content_filter_policies, gaps, "exo_eop_protection_policy_rules", "HostedContentFilterPolicy")
