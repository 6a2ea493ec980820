# Mailbox auditing is on by default for the organization: OrganizationConfig AuditDisabled
# is false. With it true, no mailbox records audit events, whatever the mailbox says.
package cray.checks.exo_009

import data.cray.lib

wanted := [["AuditDisabled", false]]

result := lib.exo_settings_result(input.datasets.exo_organization_config, wanted)
