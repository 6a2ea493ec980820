# Defender for Office 365 scans files in SharePoint, OneDrive and Teams:
# AtpPolicyForO365 EnableATPForSPOTeamsODB is true. Safe Documents (EnableSafeDocs) needs
# Microsoft 365 E5, so it is not required; where it is on, AllowSafeDocsOpen must be false
# so users cannot open a file that Safe Documents flagged.
package cray.checks.exo_022

import data.cray.lib

wanted := [["EnableATPForSPOTeamsODB", true]]

safe_docs_wanted := [["AllowSafeDocsOpen", false]]

result := lib.exo_settings_result(input.datasets.exo_atp_policy, wanted) if {
	not safe_docs_on
} else := lib.exo_settings_result(input.datasets.exo_atp_policy, array.concat(wanted, safe_docs_wanted))

safe_docs_on if {
	some policy in input.datasets.exo_atp_policy
	lib.exo_is(policy, "EnableSafeDocs", true)
}
