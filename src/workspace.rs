//! Placeholder; filled in by the workspace work.
