//! Each check on a passing and a failing tenant, and the hard cases other tools got wrong.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{Dataset, Status};
use fixtures::{Tenant, affected_names, assert_status};

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

#[test]
fn hardened_tenant_passes_every_check() {
    for (id, result) in hardened().evaluate() {
        assert_eq!(result.status, Status::Pass, "{id}: {result:#?}");
    }
}
