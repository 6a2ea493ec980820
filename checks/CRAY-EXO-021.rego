# Safe Attachments policies of Defender for Office 365 detonate attachments before
# delivery and block malicious ones: Enable is true and Action is Block.
package cray.checks.exo_021

import data.cray.lib

wanted := [["Enable", true], ["Action", "Block"]]

gaps := {lib.exo_identity(policy): array.concat(lib.exo_gaps(policy, wanted), extra_gaps(policy)) |
	some policy in input.datasets.exo_safe_attachment_policies
}

extra_gaps(_) := []

result := lib.exo_policy_result(input.datasets.exo_safe_attachment_policies, gaps, "exo_atp_protection_policy_rules", "SafeAttachmentPolicy")
