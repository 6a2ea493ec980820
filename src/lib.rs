//! cray: a terminal workbench for assessing Microsoft 365 and Entra ID tenants.
//!
//! Module map, from the bottom layer up; a module only uses modules above it in this list.
//!
//! - [`model`]: plain domain types (tenant names, datasets, check results, findings, triage).
//! - [`paths`]: data, config and log directories, and the `--home` override.
//! - [`fsperm`]: file modes 0600 and directory modes 0700 for everything cray writes.
//! - [`display`]: makes untrusted text safe for every human-facing output.
//! - [`i18n`]: fluent texts in en-US and de-DE.
//! - [`config`]: the user's settings file (`config.toml`), such as the report's company and logo.
//! - [`keys`]: each tenant's data key, kept in the keychain, under a passphrase or in a file.
//! - [`tenant`]: registered tenants, clouds, credential references, the registry file.
//! - [`store`]: one sled database per tenant behind the `Store` trait.
//! - [`stats`]: anonymized counters per check, outcome and month, apart from the tenants.
//! - [`sim`]: the tenant simulator, an axum server that speaks Graph, Exchange and OAuth.
//! - [`collect`]: the Graph and Exchange collector; writes datasets into the store.
//! - [`import`]: reads a folder of saved Graph and Exchange responses into datasets.
//! - [`check`]: the check catalogue and rule engine; datasets in, results out.
//! - [`report`]: the report model and its PDF renderer.
//! - [`triage`]: applies stored triage to findings and compares two assessments.
//! - [`workspace`]: orchestrates tenants, runs, triage, export and purge for both front ends.
//! - [`diagnostic`]: error text for the front ends, each cause once.
//! - [`cli`]: headless commands.
//! - [`tui`]: the terminal user interface.

pub mod check;
pub mod cli;
pub mod collect;
pub mod config;
pub mod diagnostic;
pub mod display;
pub mod fsperm;
pub mod i18n;
pub mod import;
pub mod keys;
pub mod model;
pub mod paths;
pub mod report;
pub mod sim;
pub mod stats;
pub mod store;
pub mod tenant;
pub mod triage;
pub mod tui;
pub mod workspace;
