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

macro_rules! embed_check {
    ($name:literal) => {
        EmbeddedCheck {
            name: $name,
            metadata: include_str!(concat!("../../checks/", $name, ".toml")),
            rule: include_str!(concat!("../../checks/", $name, ".rego")),
        }
    };
}

/// The shared helper package `cray.lib`.
pub(super) const LIBRARY: &str = include_str!("../../checks/lib.rego");

/// Every check, sorted by id. A test keeps this list equal to the files under `checks/`.
pub(super) const CHECKS: &[EmbeddedCheck] = &[
    embed_check!("CRAY-ENTRA-001"),
    embed_check!("CRAY-ENTRA-002"),
    embed_check!("CRAY-ENTRA-003"),
    embed_check!("CRAY-ENTRA-004"),
    embed_check!("CRAY-ENTRA-005"),
    embed_check!("CRAY-ENTRA-006"),
    embed_check!("CRAY-ENTRA-007"),
    embed_check!("CRAY-ENTRA-008"),
    embed_check!("CRAY-ENTRA-009"),
    embed_check!("CRAY-ENTRA-010"),
    embed_check!("CRAY-EXO-001"),
];

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
