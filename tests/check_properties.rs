//! Every property name the Rego rules read exists in Microsoft's Graph v1.0 schema or, for
//! the Exchange datasets, among the keys of real Exchange cmdlet output.
//!
//! Names are taken from the `.rego` sources with a small tokenizer: identifiers after a `.`
//! (outside builtin and helper namespaces), strings inside `["..."]`, and camelCase or
//! PascalCase string literals (names passed to `object.get` and the helper functions). Rego
//! keywords, the rules' own names, their object-literal keys and the dataset keys are left
//! out.

// The fixture readers below are test helpers; a missing or malformed fixture should panic.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

use cray::model::Dataset;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Punct(char),
}

/// Splits Rego source into identifiers, string literals and punctuation; drops comments.
fn tokenize(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '"' || c == '`' {
            let (text, next) = read_string(&chars, i);
            tokens.push(Token::Str(text));
            i = next;
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(Token::Ident(chars[start..i].iter().collect()));
        } else {
            if !c.is_whitespace() {
                tokens.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    tokens
}

/// Reads a string literal starting at `start` (a quote or backtick); returns it and the
/// index after its closing delimiter.
fn read_string(chars: &[char], start: usize) -> (String, usize) {
    let quote = chars[start];
    let mut text = String::new();
    let mut i = start + 1;
    while i < chars.len() && chars[i] != quote {
        if quote == '"' && chars[i] == '\\' {
            i += 1;
        }
        text.push(chars[i]);
        i += 1;
    }
    (text, i + 1)
}

/// Namespaces whose members are builtins, helpers or documents, not data properties.
const SKIPPED_ROOTS: [&str; 17] = [
    "object", "strings", "array", "regex", "time", "json", "sets", "units", "net", "glob",
    "semver", "base64", "crypto", "lib", "data", "input", "cray",
];

const KEYWORDS: [&str; 17] = [
    "package", "import", "default", "if", "else", "some", "every", "in", "contains", "not", "with",
    "as", "true", "false", "null", "rego", "v1",
];

/// Returns true for a camelCase or PascalCase word: letters and digits with a lowercase
/// letter followed by an uppercase one.
fn is_mixed_case(text: &str) -> bool {
    let letters_only = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric());
    let chars: Vec<char> = text.chars().collect();
    let has_hump = chars
        .windows(2)
        .any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase());
    letters_only && has_hump
}

/// Returns the root identifier of the reference chain that ends before `dot`.
fn chain_root(tokens: &[Token], dot: usize) -> Option<&str> {
    let mut j = dot.checked_sub(1)?;
    loop {
        let Token::Ident(name) = &tokens[j] else {
            return None;
        };
        if j >= 2 && tokens[j - 1] == Token::Punct('.') {
            j -= 2;
        } else {
            return Some(name);
        }
    }
}

/// Property names that the source reads, before removing the rules' own names.
fn read_names(tokens: &[Token]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (i, token) in tokens.iter().enumerate() {
        match (token, tokens.get(i + 1), tokens.get(i + 2)) {
            (Token::Punct('.'), Some(Token::Ident(name)), _) => {
                let skipped =
                    chain_root(tokens, i).is_some_and(|root| SKIPPED_ROOTS.contains(&root));
                if !skipped {
                    names.insert(name.clone());
                }
            }
            (Token::Punct('['), Some(Token::Str(name)), Some(Token::Punct(']'))) => {
                names.insert(name.clone());
            }
            (Token::Str(text), _, _) if is_mixed_case(text) => {
                names.insert(text.clone());
            }
            _ => {}
        }
    }
    names
}

/// Names the rules define themselves: rule and function heads at the start of a line, and
/// keys of the object literals they build.
fn own_names(source: &str, tokens: &[Token]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in source.lines() {
        let head: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !head.is_empty() {
            names.insert(head);
        }
    }
    for pair in tokens.windows(2) {
        if let [Token::Str(key), Token::Punct(':')] = pair {
            names.insert(key.clone());
        }
    }
    names
}

/// Names read by `sources` that are neither known properties nor the rules' own names.
fn unknown_names(sources: &[String], known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut read = BTreeSet::new();
    let mut own: BTreeSet<String> = KEYWORDS.iter().map(|k| (*k).to_owned()).collect();
    own.extend(Dataset::ALL.iter().map(|d| d.key().to_owned()));
    for source in sources {
        let tokens = tokenize(source);
        read.extend(read_names(&tokens));
        own.extend(own_names(source, &tokens));
    }
    read.into_iter()
        .filter(|name| !own.contains(name) && !known.contains(name))
        .filter(|name| !name.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"))
}

/// Property names and enum members of every type in the Graph v1.0 schema.
fn graph_names() -> BTreeSet<String> {
    let text = std::fs::read_to_string(data_dir().join("graph-schema/v1.0.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut names = BTreeSet::new();
    for ty in schema["types"].as_object().unwrap().values() {
        names.extend(ty["properties"].as_object().unwrap().keys().cloned());
    }
    for members in schema["enums"].as_object().unwrap().values() {
        for member in members.as_array().unwrap() {
            names.insert(member.as_str().unwrap().to_owned());
        }
    }
    names
}

/// Keys of the objects in the Exchange cmdlet outputs, without OData annotations.
fn exchange_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(data_dir().join("exo")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let output: serde_json::Value = serde_json::from_str(&text).unwrap();
        for object in output["value"].as_array().unwrap() {
            let keys = object.as_object().unwrap().keys();
            names.extend(keys.filter(|key| !key.contains('@')).cloned());
        }
    }
    names
}

/// String values that rules compare against and that the schema types as plain strings
/// rather than enums, plus the one property cray adds to per-object datasets.
const DATA_VALUES: [&str; 10] = [
    // Added by the collector to every object of a per-object dataset.
    "parentId",
    // oAuth2PermissionGrant.consentType and application.signInAudience.
    "AllPrincipals",
    "AzureADMyOrg",
    // unifiedRoleManagementPolicyEnablementRule.enabledRules.
    "MultiFactorAuthentication",
    // Names in the values of the directory settings Password Rule Settings and Group.Unified.
    "BannedPasswordList",
    "EnableBannedPasswordCheck",
    "LockoutDurationInSeconds",
    "LockoutThreshold",
    "EnableGroupCreation",
    "GroupCreationAllowedGroupId",
];

/// Keys of `input.facts`, which cray computes in src/check/facts.rs: every lowercase string
/// literal there, such as `"applies_to_no_users"`.
fn fact_names() -> BTreeSet<String> {
    let source = include_str!("../src/check/facts.rs");
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            !text.is_empty()
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_owned)
        .collect()
}

fn known_names() -> BTreeSet<String> {
    let mut names = graph_names();
    names.extend(exchange_names());
    names.extend(DATA_VALUES.iter().map(|value| (*value).to_owned()));
    names.extend(fact_names());
    names
}

fn rule_sources() -> Vec<String> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/checks"));
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "rego") {
            sources.push(std::fs::read_to_string(path).unwrap());
        }
    }
    sources
}

#[test]
fn rules_read_only_real_properties() {
    let unknown = unknown_names(&rule_sources(), &known_names());
    assert!(unknown.is_empty(), "unknown property names: {unknown:?}");
}

#[test]
fn rules_read_many_properties() {
    // Guards the tokenizer: an extractor that finds nothing would pass the test above.
    let mut read = BTreeSet::new();
    for source in rule_sources() {
        read.extend(read_names(&tokenize(&source)));
    }
    for name in [
        "includeUsers",
        "requirementsSatisfied",
        "AutoForwardingMode",
        "onPremisesSyncEnabled",
    ] {
        assert!(read.contains(name), "{name} not extracted");
    }
}

#[test]
fn misspelled_graph_property_is_caught() {
    let rule = "package x\n\nok if input.datasets.p[0].grantControls.authenticationStrenth.requirementsSatisfied == \"mfa\"\n".to_owned();
    let unknown = unknown_names(&[rule], &known_names());
    assert_eq!(
        unknown,
        BTreeSet::from(["authenticationStrenth".to_owned()])
    );
}

#[test]
fn misspelled_exchange_property_is_caught() {
    let rule = "package x\n\nmode(p) := object.get(p, \"AutoForwardMode\", \"\")\n".to_owned();
    let unknown = unknown_names(&[rule], &known_names());
    assert_eq!(unknown, BTreeSet::from(["AutoForwardMode".to_owned()]));
}

#[test]
fn bracket_property_is_checked() {
    let rule = "package x\n\nok if input.datasets.users[0][\"dispalyName\"] == \"x\"\n".to_owned();
    let unknown = unknown_names(&[rule], &known_names());
    assert_eq!(unknown, BTreeSet::from(["dispalyName".to_owned()]));
}
