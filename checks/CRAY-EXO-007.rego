# Customer Lockbox is on: Microsoft engineers reach mailbox content only after an
# administrator approves the request. OrganizationConfig CustomerLockboxEnabled is true; the
# property is null in tenants that never turned the feature on.
package cray.checks.exo_007

import data.cray.lib

wanted := [["CustomerLockboxEnabled", true]]

result := lib.exo_settings_result(input.datasets.exo_organization_config, wanted)
