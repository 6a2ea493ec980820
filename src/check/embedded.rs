//! The check files compiled into the binary, so it runs without the repository.

/// One check's two files.
pub(super) struct EmbeddedCheck {
    /// File stem, which is the check id.
    pub name: &'static str,
    /// Contents of `<name>.toml`.
    pub metadata: &'static str,
    /// Contents of `<name>.rego`.
    pub rule: &'static str,
}

/// The shared helper package `cray.lib`.
pub(super) const LIBRARY: &str = include_str!("../../checks/lib.rego");

/// Every check, sorted by id; `build.rs` lists the files under `checks/`. A check whose
/// `.rego` file is missing fails the build.
pub(super) const CHECKS: &[EmbeddedCheck] =
    include!(concat!(env!("OUT_DIR"), "/embedded_checks.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_matches_checks_directory() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/checks");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut embedded = vec!["lib.rego".to_owned()];
        for check in CHECKS {
            embedded.push(format!("{}.toml", check.name));
            embedded.push(format!("{}.rego", check.name));
        }
        embedded.sort();
        assert_eq!(embedded, on_disk);
    }
}
