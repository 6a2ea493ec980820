//! Placeholder; filled in by the collect work.
