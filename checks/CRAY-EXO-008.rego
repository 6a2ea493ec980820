# The unified audit log records Exchange and Microsoft 365 activity:
# AdminAuditLogConfig UnifiedAuditLogIngestionEnabled is true.
package cray.checks.exo_008

import data.cray.lib

wanted := [["UnifiedAuditLogIngestionEnabled", true]]

result := lib.exo_settings_result(input.datasets.exo_admin_audit_log_config, wanted)
