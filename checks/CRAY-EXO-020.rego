# Safe Links policies of Defender for Office 365 check links at the time of click in mail,
# Teams and Office apps, scan them before delivery, record clicks, and do not let users click
# through to a malicious site. The Built-In Protection policy lets users click through, so a
# tenant that relies on it alone fails; a Standard or Strict preset rule that covers every
# accepted domain takes its place.
package cray.checks.exo_020

import data.cray.lib

wanted := [
	["EnableSafeLinksForEmail", true],
	["EnableSafeLinksForTeams", true],
	["EnableSafeLinksForOffice", true],
	["ScanUrls", true],
	["TrackClicks", true],
	["AllowClickThrough", false],
]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_safe_links_policies
}

extra_gaps(_) := []

result := lib.exo_policy_result(input.datasets.exo_safe_links_policies, gaps, "exo_atp_protection_policy_rules", "SafeLinksPolicy")
