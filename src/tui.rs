//! Placeholder; filled in by the tui work.
