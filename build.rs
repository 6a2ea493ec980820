//! Generates the list of embedded checks from the files under `checks/`, so that adding a check
//! means adding its two files and nothing else.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = env::var("CARGO_MANIFEST_DIR")?;
    let checks = Path::new(&manifest).join("checks");
    println!("cargo::rerun-if-changed={}", checks.display());
    let mut names: Vec<String> = fs::read_dir(&checks)?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    names.sort();
    let mut list = String::from("&[\n");
    for name in &names {
        let toml = checks.join(format!("{name}.toml"));
        let rego = checks.join(format!("{name}.rego"));
        writeln!(
            list,
            "    EmbeddedCheck {{ name: {name:?}, metadata: include_str!({:?}), rule: \
             include_str!({:?}) }},",
            toml.display().to_string(),
            rego.display().to_string(),
        )?;
    }
    list.push(']');
    let out = Path::new(&env::var("OUT_DIR")?).join("embedded_checks.rs");
    fs::write(out, list)?;
    Ok(())
}
