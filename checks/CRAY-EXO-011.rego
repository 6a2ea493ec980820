# Outlook marks mail from outside the organization with the External tag:
# Get-ExternalInOutlook Enabled is true.
package cray.checks.exo_011

import data.cray.lib

wanted := [["Enabled", true]]

result := lib.exo_settings_result(input.datasets.exo_external_in_outlook, wanted)
