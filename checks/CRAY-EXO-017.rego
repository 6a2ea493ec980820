# The connection filter policy trusts no sender IP address: IPAllowList is empty and the
# Microsoft safe list is off (EnableSafeList false). Mail from an allowed address skips spam
# filtering. Only the Default connection filter policy exists, and it applies to all mail.
package cray.checks.exo_017

import data.cray.lib

wanted := [["EnableSafeList", false]]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_connection_filter_policies
}

extra_gaps(policy) := [sprintf("IPAllowList: %s → $null", [lib.exo_shown(policy, "IPAllowList")]) |
	count(lib.values(policy, "IPAllowList")) > 0
]

result := lib.exo_policy_result(input.datasets.exo_connection_filter_policies, gaps, "", "")
