//! The collection runs of this session, one per tenant: several run at once, each with its
//! own live state, and the ended ones stay until the tenant is collected again.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::app::Screen;
use super::collection::CollectionState;
use crate::model::TenantName;

/// Every run of the session by tenant, with the one the collection screen shows and the one
/// selected on the runs screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    runs: BTreeMap<TenantName, CollectionState>,
    /// Tenant whose run the collection screen shows.
    pub viewed: Option<TenantName>,
    /// Index of the selected run on the runs screen, in tenant name order.
    pub selected: usize,
    /// Screen that Esc returns to from the collection screen.
    pub return_to: Option<Screen>,
}

impl Runs {
    /// Starts the state of a new run of `tenant` at `now`, replacing an ended one, and shows
    /// it on the collection screen.
    pub fn start(&mut self, tenant: TenantName, now: OffsetDateTime) {
        self.runs
            .insert(tenant.clone(), CollectionState::new(tenant.clone(), now));
        self.viewed = Some(tenant);
    }

    /// Returns the run of `tenant`, running or ended.
    #[must_use]
    pub fn get(&self, tenant: &TenantName) -> Option<&CollectionState> {
        self.runs.get(tenant)
    }

    /// Returns the run of `tenant` to change it.
    pub fn get_mut(&mut self, tenant: &TenantName) -> Option<&mut CollectionState> {
        self.runs.get_mut(tenant)
    }

    /// Returns every run in tenant name order.
    pub fn iter(&self) -> impl Iterator<Item = &CollectionState> {
        self.runs.values()
    }

    /// Returns the number of runs, running or ended.
    #[must_use]
    pub fn len(&self) -> usize {
        self.runs.len()
    }

    /// Returns true when the session started no run.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// Returns true while the run of `tenant` has not ended.
    #[must_use]
    pub fn is_running(&self, tenant: &TenantName) -> bool {
        self.get(tenant).is_some_and(CollectionState::is_running)
    }

    /// Returns the tenants whose runs have not ended, in name order.
    #[must_use]
    pub fn running(&self) -> Vec<TenantName> {
        self.iter()
            .filter(|run| run.is_running())
            .map(|run| run.tenant.clone())
            .collect()
    }

    /// Returns the run the collection screen shows.
    #[must_use]
    pub fn viewed_run(&self) -> Option<&CollectionState> {
        self.viewed.as_ref().and_then(|tenant| self.get(tenant))
    }

    /// Returns the run the collection screen shows, to move its cursor.
    pub fn viewed_run_mut(&mut self) -> Option<&mut CollectionState> {
        let tenant = self.viewed.clone()?;
        self.get_mut(&tenant)
    }

    /// Returns the run selected on the runs screen.
    #[must_use]
    pub fn selected_run(&self) -> Option<&CollectionState> {
        self.iter().nth(self.selected)
    }

    /// Selects the run at `index`, clamped to the list.
    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.runs.len().saturating_sub(1));
    }
}
