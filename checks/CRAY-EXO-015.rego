# Anti-spam (content filter) policies quarantine phishing, act on bulk mail from a
# bulk complaint level of 6 (BulkThreshold 6 or lower, as the Standard preset does) and
# remove spam and phishing that arrived before a verdict (zero-hour auto purge).
package cray.checks.exo_015

import data.cray.lib

wanted := [
	["HighConfidencePhishAction", "Quarantine"],
	["PhishSpamAction", "Quarantine"],
	["SpamZapEnabled", true],
	["PhishZapEnabled", true],
]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_content_filter_policies
}

# Lower thresholds catch more bulk mail; a missing threshold counts as a gap.
extra_gaps(policy) := [] if {
	lib.exo_number(policy, "BulkThreshold") <= 6
} else := [sprintf("BulkThreshold: %s → 6", [lib.exo_shown(policy, "BulkThreshold")])]

result := lib.exo_policy_result(input.datasets.exo_content_filter_policies, gaps, "exo_eop_protection_policy_rules", "HostedContentFilterPolicy")
