# Anti-malware policies block common dangerous attachment types (EnableFileFilter) and
# remove malware that arrived before it was recognised (ZapEnabled, zero-hour auto purge).
package cray.checks.exo_018

import data.cray.lib

wanted := [["EnableFileFilter", true], ["ZapEnabled", true]]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_malware_filter_policies
}

extra_gaps(_) := []

result := lib.exo_policy_result(input.datasets.exo_malware_filter_policies, gaps, "exo_eop_protection_policy_rules", "MalwareFilterPolicy")
