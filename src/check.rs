//! Placeholder; filled in by the check work.
