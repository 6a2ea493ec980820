//! Checks JSON bodies against the Microsoft Graph v1.0 property schema extracted from
//! Microsoft's published CSDL (`tests/data/graph-schema/v1.0.json`).
//!
//! The schema file lists, per resource type, every property (inherited ones included) with its
//! type, collection flag and enum members. The check walks a body from a root type:
//! - an object's `@odata.type` switches to that type, which must be the expected type or derive
//!   from it;
//! - annotation keys (starting with `@` or containing `@odata.`) are skipped;
//! - every other key must be a property of the type, compared case-sensitively;
//! - complex and navigation values are checked recursively, collections element by element;
//! - enum values must be members, and flags enums are split on commas;
//! - primitive values must have the JSON kind of their Edm type; `null` is accepted anywhere.
//!
//! The check proves that names and enum values are real. It cannot prove that a property is
//! present in a real response, because that depends on `$select`, licences and permissions.
//!
//! Include it with `#[path = "common/schema.rs"] mod schema;`.

#![allow(dead_code)]

use std::collections::HashSet;
use std::path::Path;

use serde_json::{Map, Value};

/// Path of the v1.0 schema file, relative to the crate root.
pub const V1_SCHEMA_FILE: &str = "tests/data/graph-schema/v1.0.json";
/// Path of the beta schema file, relative to the crate root.
pub const BETA_SCHEMA_FILE: &str = "tests/data/graph-schema/beta.json";

/// The loaded schema: types with flattened properties, enums and the flags enums.
pub struct Schema {
    types: Map<String, Value>,
    enums: Map<String, Value>,
    flags_enums: HashSet<String>,
}

impl Schema {
    /// Loads the v1.0 schema from `tests/data`.
    pub fn v1() -> Self {
        Self::load(V1_SCHEMA_FILE)
    }

    /// Loads the beta schema from `tests/data`.
    pub fn beta() -> Self {
        Self::load(BETA_SCHEMA_FILE)
    }

    /// Loads a schema file given relative to the crate root.
    fn load(file: &str) -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
        let document: Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{} is not JSON: {error}", path.display()));
        Self::from_document(&document)
    }

    /// Builds the schema from a parsed schema document.
    pub fn from_document(document: &Value) -> Self {
        let object = |key: &str| document[key].as_object().cloned().unwrap_or_default();
        let flags_enums = document["flagsEnums"]
            .as_array()
            .map(|names| {
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Self {
            types: object("types"),
            enums: object("enums"),
            flags_enums,
        }
    }

    /// Checks whether the schema defines this resource or complex type.
    pub fn has_type(&self, name: &str) -> bool {
        self.types.contains_key(name)
    }

    /// Checks one resource of `root_type`; returns one line per problem, empty when clean.
    pub fn check(&self, root_type: &str, value: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        self.check_value(root_type, false, value, "$", &mut problems);
        problems
    }

    fn check_value(
        &self,
        type_name: &str,
        collection: bool,
        value: &Value,
        path: &str,
        problems: &mut Vec<String>,
    ) {
        if value.is_null() {
            return;
        }
        if collection {
            let Some(items) = value.as_array() else {
                problems.push(format!("{path}: expected a collection of {type_name}"));
                return;
            };
            for (index, item) in items.iter().enumerate() {
                self.check_value(
                    type_name,
                    false,
                    item,
                    &format!("{path}[{index}]"),
                    problems,
                );
            }
            return;
        }
        if let Some(members) = self.enums.get(type_name) {
            self.check_enum(type_name, members, value, path, problems);
        } else if self.types.contains_key(type_name) {
            self.check_object(type_name, value, path, problems);
        } else if let Some(expected_kind) = primitive_kind(type_name) {
            if !expected_kind.matches(value) {
                problems.push(format!("{path}: {value} is not a valid {type_name}"));
            }
        } else {
            problems.push(format!(
                "{path}: type {type_name} is not defined in the schema"
            ));
        }
    }

    fn check_enum(
        &self,
        type_name: &str,
        members: &Value,
        value: &Value,
        path: &str,
        problems: &mut Vec<String>,
    ) {
        let Some(text) = value.as_str() else {
            problems.push(format!(
                "{path}: enum {type_name} needs a string, got {value}"
            ));
            return;
        };
        let members: Vec<&str> = members
            .as_array()
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let parts: Vec<&str> = if self.flags_enums.contains(type_name) {
            text.split(',').map(str::trim).collect()
        } else {
            vec![text]
        };
        for part in parts {
            if !members.contains(&part) {
                problems.push(format!(
                    "{path}: '{part}' is not a member of enum {type_name}"
                ));
            }
        }
    }

    fn check_object(
        &self,
        expected_type: &str,
        value: &Value,
        path: &str,
        problems: &mut Vec<String>,
    ) {
        let Some(fields) = value.as_object() else {
            problems.push(format!(
                "{path}: expected an object of type {expected_type}"
            ));
            return;
        };
        let type_name = match fields.get("@odata.type").and_then(Value::as_str) {
            Some(cast) => match self.resolve_cast(expected_type, cast) {
                Ok(derived) => derived,
                Err(problem) => {
                    problems.push(format!("{path}: {problem}"));
                    return;
                }
            },
            None => expected_type.to_owned(),
        };
        let properties = &self.types[&type_name]["properties"];
        for (key, field) in fields {
            if is_annotation(key) {
                continue;
            }
            let field_path = format!("{path}.{key}");
            let Some(property) = properties.get(key) else {
                problems.push(format!("{field_path}: not a property of {type_name}"));
                continue;
            };
            let Some(property_type) = property["type"].as_str() else {
                continue;
            };
            let collection = property["collection"].as_bool().unwrap_or(false);
            self.check_value(property_type, collection, field, &field_path, problems);
        }
    }

    /// Returns the type named by an `@odata.type` cast if it is `expected` or derives from it.
    fn resolve_cast(&self, expected: &str, cast: &str) -> Result<String, String> {
        let name = cast
            .strip_prefix("#microsoft.graph.")
            .or_else(|| cast.strip_prefix("#"))
            .unwrap_or(cast);
        if !self.types.contains_key(name) {
            return Err(format!("@odata.type {cast} is not defined in the schema"));
        }
        let mut current = Some(name.to_owned());
        while let Some(type_name) = current {
            if type_name == expected {
                return Ok(name.to_owned());
            }
            current = self.types[&type_name]["base"].as_str().map(str::to_owned);
            if current
                .as_deref()
                .is_some_and(|base| !self.types.contains_key(base))
            {
                break;
            }
        }
        Err(format!(
            "@odata.type {cast} does not derive from {expected}"
        ))
    }
}

/// Checks whether a key is an OData or instance annotation rather than a property.
fn is_annotation(key: &str) -> bool {
    key.starts_with('@') || key.contains("@odata.")
}

/// JSON kinds that Edm primitive types serialize to.
#[derive(Clone, Copy)]
enum JsonKind {
    String,
    Bool,
    Integer,
    Number,
    Any,
}

impl JsonKind {
    fn matches(self, value: &Value) -> bool {
        match self {
            Self::String => value.is_string(),
            Self::Bool => value.is_boolean(),
            Self::Integer => value.is_i64() || value.is_u64(),
            // Edm.Double may be written as "NaN", "INF" or "-INF".
            Self::Number => value.is_number() || value.is_string(),
            Self::Any => true,
        }
    }
}

/// Returns the JSON kind of an Edm primitive type name, or `None` for a non-primitive name.
fn primitive_kind(type_name: &str) -> Option<JsonKind> {
    let kind = match type_name {
        "String" | "Guid" | "DateTimeOffset" | "Date" | "TimeOfDay" | "Duration" | "Binary" => {
            JsonKind::String
        }
        "Boolean" => JsonKind::Bool,
        "Int16" | "Int32" | "Int64" | "Byte" | "SByte" => JsonKind::Integer,
        "Double" | "Single" | "Decimal" => JsonKind::Number,
        "Stream" | "Untyped" => JsonKind::Any,
        _ => return None,
    };
    Some(kind)
}
