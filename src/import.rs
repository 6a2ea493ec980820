//! Reads a folder of saved Graph and Exchange responses into datasets, for `cray import`.
//!
//! A file is matched to a dataset by its folder first (`group_members/<group id>.json` for the
//! per-object datasets), then by its `@odata.context`, then by its file name. A file name is
//! the dataset key or the Exchange cmdlet, with an optional page suffix such as `users.2.json`.
//! Pages of one dataset are merged, and objects with the same id are kept once.
//! docs/IMPORT.md describes the layout for users.
//!
//! The module only reads: it returns the records, and the workspace stores them.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use time::OffsetDateTime;

use crate::collect::{Call, Shape, dataset_request};
use crate::model::{Dataset, DatasetRecord, DatasetState, NotCollected};

/// Reason stored for a dataset that the import folder lacks.
pub const NOT_IN_FOLDER: &str = "not in the import folder";

/// Largest file the import reads; a saved response is far smaller.
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Errors of reading an import folder; each names the path and the fix.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The folder does not exist or is not a folder.
    #[error(
        "import folder {0} does not exist or is not a folder; give the folder that holds the saved responses"
    )]
    MissingFolder(PathBuf),
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}; check that the file exists and is readable")]
    Unreadable {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A `.json` file is not valid JSON.
    #[error("{path} is not valid JSON ({message}); save the response body unchanged")]
    NotJson {
        /// The file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// A file contains an error response instead of data.
    #[error(
        "{path} contains an error response ({code}: {message}) instead of data; save a \
         successful response or remove the file"
    )]
    ErrorBody {
        /// The file.
        path: PathBuf,
        /// The service's error code.
        code: String,
        /// The service's error message.
        message: String,
    },
    /// A file's JSON has a shape no response has.
    #[error("{path} does not look like a {dataset} response: {reason}")]
    UnexpectedShape {
        /// The file.
        path: PathBuf,
        /// The dataset it was matched to.
        dataset: Dataset,
        /// What is wrong.
        reason: String,
    },
    /// Objects of a per-object dataset without their parent.
    #[error(
        "{path} contains {dataset} objects without a parentId property; add parentId to each \
         object or save the file as {dataset}/<parent id>.json"
    )]
    MissingParent {
        /// The file.
        path: PathBuf,
        /// The per-object dataset.
        dataset: Dataset,
    },
}

/// A file of the folder that matched no dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedFile {
    /// The file, relative to the import folder.
    pub path: PathBuf,
    /// Why it was skipped.
    pub reason: String,
}

/// Contents of an import folder: one record for every dataset cray knows, and the skipped
/// files.
#[derive(Debug, Clone)]
pub struct ImportedFolder {
    /// Every dataset of [`Dataset::ALL`]: complete if the folder had it, else not collected.
    pub records: Vec<DatasetRecord>,
    /// Files that matched no dataset.
    pub skipped: Vec<SkippedFile>,
}

impl ImportedFolder {
    /// Returns the datasets that the folder contained.
    #[must_use]
    pub fn imported(&self) -> Vec<Dataset> {
        self.records
            .iter()
            .filter(|record| record.is_complete())
            .map(|record| record.dataset)
            .collect()
    }
}

/// One file matched to a dataset.
struct Page {
    dataset: Dataset,
    /// Parent id from the folder layout or the `@odata.context`.
    parent: Option<String>,
    /// Page number from the file name; 1 without a suffix.
    number: u32,
    path: PathBuf,
    objects: Vec<Value>,
}

/// Reads every response file of `dir` and returns the datasets they hold.
///
/// # Errors
/// Fails when the folder is missing, a file cannot be read, a `.json` file is not JSON or holds
/// an error response, or per-object objects lack their parent. Nothing is returned half-read.
pub fn read_folder(dir: &Path) -> Result<ImportedFolder, ImportError> {
    if !dir.is_dir() {
        return Err(ImportError::MissingFolder(dir.to_owned()));
    }
    let mut pages = Vec::new();
    let mut skipped = Vec::new();
    for entry in sorted_entries(dir)? {
        let name = file_name(&entry);
        if entry.is_dir() {
            let per_object = Dataset::from_key(&name).filter(|d| is_per_object(*d));
            let Some(dataset) = per_object else {
                skipped.push(skip(
                    dir,
                    &entry,
                    "a folder that is not a per-object dataset",
                ));
                continue;
            };
            for file in sorted_entries(&entry)? {
                if !is_json_file(&file) {
                    skipped.push(skip(dir, &file, "not a .json file"));
                    continue;
                }
                let (stem, number) = split_page(&stem(&file));
                let body = read_json(&file)?;
                let objects = objects_of(&file, dataset, body)?;
                pages.push(Page {
                    dataset,
                    parent: Some(stem),
                    number,
                    path: file,
                    objects,
                });
            }
        } else if !is_json_file(&entry) {
            skipped.push(skip(dir, &entry, "not a .json file"));
        } else {
            let body = read_json(&entry)?;
            let (base, number) = split_page(&stem(&entry));
            let from_context = body
                .get("@odata.context")
                .and_then(Value::as_str)
                .and_then(dataset_of_context);
            let matched = from_context.or_else(|| dataset_of_name(&base).map(|d| (d, None)));
            let Some((dataset, parent)) = matched else {
                skipped.push(skip(dir, &entry, "matches no dataset"));
                continue;
            };
            let objects = objects_of(&entry, dataset, body)?;
            pages.push(Page {
                dataset,
                parent,
                number,
                path: entry,
                objects,
            });
        }
    }
    let records = merge(pages)?;
    Ok(ImportedFolder { records, skipped })
}

/// Lists a folder's entries in name order, so that the import is deterministic.
fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let unreadable = |source| ImportError::Unreadable {
        path: dir.to_owned(),
        source,
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        entries.push(entry.map_err(unreadable)?.path());
    }
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_json_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("json"))
}

fn skip(dir: &Path, path: &Path, reason: &str) -> SkippedFile {
    SkippedFile {
        path: path.strip_prefix(dir).unwrap_or(path).to_owned(),
        reason: reason.to_owned(),
    }
}

fn is_per_object(dataset: Dataset) -> bool {
    matches!(dataset_request(dataset).call, Call::PerObject { .. })
}

/// Splits a page suffix off a file stem: `users.2` and `users-page-2` are page 2 of `users`.
fn split_page(stem: &str) -> (String, u32) {
    let suffixes = [".", "-page-", "_page_", "-page", "_page"];
    for suffix in suffixes {
        if let Some((base, number)) = stem.rsplit_once(suffix)
            && !base.is_empty()
            && let Ok(number) = number.parse::<u32>()
        {
            return (base.to_owned(), number);
        }
    }
    (stem.to_owned(), 1)
}

/// Reads and parses one file.
fn read_json(path: &Path) -> Result<Value, ImportError> {
    let unreadable = |source| ImportError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        let message = format!("the file has {size} bytes, more than a response can have");
        return Err(unreadable(std::io::Error::other(message)));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    // PowerShell's Out-File and Set-Content write a byte order mark by default.
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    serde_json::from_slice(text).map_err(|error| ImportError::NotJson {
        path: path.to_owned(),
        message: error.to_string(),
    })
}

/// Maps a Graph or Exchange `@odata.context` to its dataset and, for a per-object read such as
/// `servicePrincipals('…')/appRoleAssignments`, the parent id.
#[must_use]
pub fn dataset_of_context(context: &str) -> Option<(Dataset, Option<String>)> {
    let (_, fragment) = context.split_once("$metadata#")?;
    if let Some(type_name) = fragment
        .strip_prefix("Collection(Exchange.")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        return exchange_dataset_of_type(type_name).map(|dataset| (dataset, None));
    }
    let fragment = fragment.strip_suffix("/$entity").unwrap_or(fragment);
    let mut segments = Vec::new();
    let mut parent = None;
    for segment in fragment.split('/') {
        let (name, key) = split_key(segment);
        if let Some(key) = key {
            parent = Some(key);
            segments.push("{id}".to_owned());
            segments.insert(segments.len() - 1, name);
        } else {
            segments.push(name);
        }
    }
    let path = segments.join("/");
    let dataset = Dataset::ALL
        .into_iter()
        .find(|dataset| graph_path(*dataset).is_some_and(|known| known == path))?;
    Some((dataset, parent))
}

/// Splits `servicePrincipals('id')` into the name and the key, and drops a `(select)` list.
fn split_key(segment: &str) -> (String, Option<String>) {
    let Some((name, rest)) = segment.split_once('(') else {
        return (segment.to_owned(), None);
    };
    let inner = rest.strip_suffix(')').unwrap_or(rest);
    let key = inner
        .strip_prefix('\'')
        .and_then(|key| key.strip_suffix('\''))
        .map(str::to_owned);
    (name.to_owned(), key)
}

/// Returns a Graph dataset's path without version and query, `{id}` where the parent goes.
fn graph_path(dataset: Dataset) -> Option<String> {
    let path = match dataset_request(dataset).call {
        Call::Graph { path_and_query } | Call::PerObject { path_and_query, .. } => path_and_query,
        Call::Exchange { .. } => return None,
    };
    let path = path.split('?').next().unwrap_or(path);
    let path = path.trim_start_matches('/');
    let (_, rest) = path.split_once('/')?;
    Some(rest.to_owned())
}

/// Maps an Exchange result type such as `AcceptedDomain` to the dataset of its cmdlet.
fn exchange_dataset_of_type(type_name: &str) -> Option<Dataset> {
    Dataset::ALL.into_iter().find(|dataset| {
        cmdlet_of(*dataset).is_some_and(|cmdlet| {
            cmdlet
                .strip_prefix("Get-")
                .is_some_and(|noun| noun.eq_ignore_ascii_case(type_name))
        })
    })
}

fn cmdlet_of(dataset: Dataset) -> Option<&'static str> {
    match dataset_request(dataset).call {
        Call::Exchange { cmdlet, .. } => Some(cmdlet),
        Call::Graph { .. } | Call::PerObject { .. } => None,
    }
}

/// Maps a file name without extension and page suffix to a dataset: its key or its cmdlet.
#[must_use]
pub fn dataset_of_name(base: &str) -> Option<Dataset> {
    Dataset::from_key(base).or_else(|| {
        Dataset::ALL.into_iter().find(|dataset| {
            cmdlet_of(*dataset).is_some_and(|cmdlet| cmdlet.eq_ignore_ascii_case(base))
        })
    })
}

/// Returns the objects of one response body for `dataset`.
fn objects_of(path: &Path, dataset: Dataset, body: Value) -> Result<Vec<Value>, ImportError> {
    let shape_error = |reason: &str| ImportError::UnexpectedShape {
        path: path.to_owned(),
        dataset,
        reason: reason.to_owned(),
    };
    match body {
        Value::Array(items) => Ok(items),
        Value::Object(mut fields) => {
            if fields.contains_key("error") && !fields.contains_key("value") {
                let error = &fields["error"];
                let text = |key: &str| {
                    error[key]
                        .as_str()
                        .map_or_else(|| "unknown".to_owned(), str::to_owned)
                };
                return Err(ImportError::ErrorBody {
                    path: path.to_owned(),
                    code: text("code"),
                    message: text("message"),
                });
            }
            if let Some(value) = fields.remove("value") {
                return match value {
                    Value::Array(items) => Ok(items),
                    _ => Err(shape_error("its value is not an array")),
                };
            }
            if dataset_request(dataset).shape == Shape::Singleton {
                fields.remove("@odata.context");
                Ok(vec![Value::Object(fields)])
            } else {
                Err(shape_error("a collection response has a value array"))
            }
        }
        _ => Err(shape_error(
            "the file contains neither an object nor an array",
        )),
    }
}

/// Merges the pages of each dataset and builds a record for every dataset cray reads.
fn merge(mut pages: Vec<Page>) -> Result<Vec<DatasetRecord>, ImportError> {
    pages.sort_by(|a, b| {
        (a.dataset, &a.parent, a.number, &a.path).cmp(&(b.dataset, &b.parent, b.number, &b.path))
    });
    let mut grouped: BTreeMap<Dataset, (Vec<Value>, u32, HashSet<String>)> = BTreeMap::new();
    for page in pages {
        let per_object = is_per_object(page.dataset);
        let (objects, count, seen) = grouped.entry(page.dataset).or_default();
        *count += 1;
        for mut object in page.objects {
            if per_object {
                if let (Some(parent), Value::Object(fields)) = (&page.parent, &mut object) {
                    fields.insert("parentId".into(), Value::String(parent.clone()));
                }
                if object.get("parentId").and_then(Value::as_str).is_none() {
                    return Err(ImportError::MissingParent {
                        path: page.path,
                        dataset: page.dataset,
                    });
                }
            }
            let duplicate = identity(&object).is_some_and(|key| !seen.insert(key));
            if !duplicate {
                objects.push(object);
            }
        }
    }
    let now = OffsetDateTime::now_utc();
    let records = Dataset::ALL
        .into_iter()
        .map(|dataset| match grouped.remove(&dataset) {
            Some((objects, pages, _)) => DatasetRecord {
                dataset,
                state: DatasetState::Complete,
                objects,
                pages,
                collected_at: now,
            },
            None => DatasetRecord {
                dataset,
                state: DatasetState::NotCollected(NotCollected::Failed {
                    message: NOT_IN_FOLDER.to_owned(),
                }),
                objects: Vec::new(),
                pages: 0,
                collected_at: now,
            },
        })
        .collect();
    Ok(records)
}

/// Returns the key that identifies an object across pages: its Graph `id` (with its parent for
/// per-object data) or its Exchange `Guid` or `Identity`.
fn identity(object: &Value) -> Option<String> {
    let id = ["id", "Guid", "ExchangeObjectId", "Identity"]
        .into_iter()
        .find_map(|key| object.get(key).and_then(Value::as_str))?;
    let parent = object
        .get("parentId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    Some(format!("{parent}\u{1f}{id}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_suffixes_split() {
        assert_eq!(split_page("users.2"), ("users".to_owned(), 2));
        assert_eq!(split_page("users-page-3"), ("users".to_owned(), 3));
        assert_eq!(split_page("users"), ("users".to_owned(), 1));
        assert_eq!(
            split_page("Get-AcceptedDomain"),
            ("Get-AcceptedDomain".to_owned(), 1)
        );
    }

    #[test]
    fn graph_contexts_name_their_dataset() {
        let cases = [
            (
                "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName)",
                Dataset::Users,
            ),
            (
                "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies",
                Dataset::ConditionalAccessPolicies,
            ),
            (
                "https://graph.microsoft.com/v1.0/$metadata#policies/authorizationPolicy/$entity",
                Dataset::AuthorizationPolicy,
            ),
            (
                "https://graph.microsoft.com/v1.0/$metadata#policies/roleManagementPolicies(rules())",
                Dataset::RoleManagementPolicies,
            ),
            (
                "https://graph.microsoft.com/beta/$metadata#policies/deviceRegistrationPolicy/$entity",
                Dataset::DeviceRegistrationPolicy,
            ),
        ];
        for (context, dataset) in cases {
            assert_eq!(
                dataset_of_context(context),
                Some((dataset, None)),
                "{context}"
            );
        }
    }

    #[test]
    fn per_object_context_names_parent() {
        let context = "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('e5b8')/appRoleAssignments";
        assert_eq!(
            dataset_of_context(context),
            Some((
                Dataset::ServicePrincipalAppRoleAssignments,
                Some("e5b8".to_owned())
            ))
        );
    }

    #[test]
    fn exchange_contexts_need_a_typed_collection() {
        let generic = "https://outlook.office365.com/adminapi/beta/x/$metadata#Collection(Exchange.GenericHashTable)";
        assert_eq!(dataset_of_context(generic), None);
        let typed = "https://outlook.office365.com/adminapi/beta/x/$metadata#Collection(Exchange.AcceptedDomain)";
        assert_eq!(
            dataset_of_context(typed),
            Some((Dataset::ExoAcceptedDomains, None))
        );
    }

    #[test]
    fn names_match_keys_and_cmdlets() {
        assert_eq!(dataset_of_name("users"), Some(Dataset::Users));
        assert_eq!(dataset_of_name("get-mailbox"), Some(Dataset::ExoMailboxes));
        assert_eq!(dataset_of_name("notes"), None);
    }
}
