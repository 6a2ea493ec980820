//! Reading a paged collection: follows `@odata.nextLink` to the end, stores every page with
//! its checkpoint as it arrives, tolerates empty pages, restarts the dataset cleanly when a
//! next link has expired, and stops on a repeated link, a link to another origin, or the page
//! cap.

use std::collections::HashSet;

use reqwest::Url;

use super::http::{CallError, Outgoing, Session};
use super::{CollectError, Sink};
use crate::model::{CollectEvent, Dataset, DatasetProgress};
use crate::store::Checkpoint;

/// Times one dataset starts over after an expired next link before it counts as failed.
const MAX_RESTARTS: u32 = 3;

/// Reads every page of a collection, starting at `first` or, when `sink` holds a checkpoint
/// with a next link, where that checkpoint left off.
///
/// # Errors
/// Returns the first call's error, or [`CallError::Failed`] when the paging itself is broken.
pub(crate) async fn read_collection(
    session: &Session<'_>,
    sink: &Sink<'_>,
    first: &Outgoing,
) -> Result<Checkpoint, CallError> {
    let origin = first.url.clone();
    let mut restarts = 0;
    let mut checkpoint = sink.resume_point()?;
    loop {
        if checkpoint.finished {
            return Ok(checkpoint);
        }
        let start = match checkpoint
            .next_link
            .as_deref()
            .map(|link| resumed_link(link, &origin))
        {
            Some(Ok(link)) => link,
            Some(Err(message)) => {
                // The endpoint changed since the link was stored (the demo's simulator gets a
                // new port on each run): the dataset starts over, dropping its stored pages.
                tracing::warn!(dataset = %sink.dataset, "{message}; reading the dataset again from its first page");
                sink.reset()?;
                checkpoint = Checkpoint::default();
                first.url.clone()
            }
            None => first.url.clone(),
        };
        match read_pages(session, sink, first, &origin, start, &mut checkpoint).await {
            Err(CallError::Rejected { error, .. })
                if checkpoint.pages > 0 && is_expired_link(&error) && restarts < MAX_RESTARTS =>
            {
                restarts += 1;
                tracing::warn!(dataset = %sink.dataset, restarts, "next link expired; reading the dataset again from its first page");
                sink.reset()?;
                checkpoint = Checkpoint::default();
            }
            other => return other.map(|()| checkpoint),
        }
    }
}

/// Reads pages from `start` until the last one, storing each.
async fn read_pages(
    session: &Session<'_>,
    sink: &Sink<'_>,
    first: &Outgoing,
    origin: &Url,
    start: Url,
    checkpoint: &mut Checkpoint,
) -> Result<(), CallError> {
    let mut seen = HashSet::new();
    let mut expected = None;
    let mut next = Some(start);
    while let Some(url) = next {
        let page = session.call(sink.dataset, &first.to(url.clone())).await?;
        let mut objects = Vec::new();
        take_values(&page, &url, &mut objects)?;
        if expected.is_none() {
            expected = page.get("@odata.count").and_then(serde_json::Value::as_u64);
        }
        seen.insert(url.to_string());
        next = next_link(&page, origin, &seen)?;
        checkpoint.pages += 1;
        checkpoint.objects += objects.len() as u64;
        checkpoint.next_link = next.as_ref().map(ToString::to_string);
        checkpoint.finished = next.is_none();
        sink.commit(&objects, checkpoint)?;
        sink.report(session, checkpoint, expected).await;
        if next.is_some() && checkpoint.pages >= session.policy.page_cap {
            return Err(CallError::Failed(format!(
                "stopped after {} pages because the service kept returning more; the page cap \
                 guards against endless paging",
                checkpoint.pages
            )));
        }
    }
    Ok(())
}

/// Parses a stored next link and checks it again against the endpoint.
fn resumed_link(link: &str, origin: &Url) -> Result<Url, String> {
    let url = Url::parse(link).map_err(|e| format!("the stored next link is not a URL: {e}"))?;
    if is_same_origin(&url, origin) {
        Ok(url)
    } else {
        Err(format!(
            "the stored next link points to {}, not to the endpoint {}",
            url.origin().ascii_serialization(),
            origin.origin().ascii_serialization()
        ))
    }
}

/// Returns true when a 4xx says that the page token of a next link expired or is unknown.
fn is_expired_link(error: &super::http::ServiceError) -> bool {
    let text = format!("{} {}", error.code, error.message).to_ascii_lowercase();
    text.contains("expired")
        || text.contains("pagetokennotfound")
        || text.contains("skiptoken")
        || text.contains("page token")
}

/// Builds the progress of a dataset from its checkpoint and the session's counters.
pub(crate) fn progress(
    session: &Session<'_>,
    dataset: Dataset,
    checkpoint: &Checkpoint,
    expected: Option<u64>,
) -> CollectEvent {
    let counters = session.counters(dataset);
    CollectEvent::Progress {
        dataset,
        progress: DatasetProgress {
            pages: checkpoint.pages,
            objects: checkpoint.objects,
            expected,
            parents_done: checkpoint.parents_done,
            throttled_ms: counters.throttled_ms,
            retries: counters.retries,
            errors: counters.errors,
        },
    }
}

/// Maps a store failure to the error that ends the run.
pub(crate) fn store_failed(error: crate::store::StoreError) -> CallError {
    CallError::Fatal(CollectError::Store(error))
}

/// Appends the page's `value` items to `objects`.
pub(crate) fn take_values(
    page: &serde_json::Value,
    url: &Url,
    objects: &mut Vec<serde_json::Value>,
) -> Result<(), CallError> {
    let values = page.get("value").and_then(serde_json::Value::as_array);
    let Some(values) = values else {
        return Err(CallError::Failed(format!(
            "the response to {} has no value array",
            url.path()
        )));
    };
    objects.extend(values.iter().cloned());
    Ok(())
}

/// Returns the page's next link, after checking that it is new and stays on `origin`.
pub(crate) fn next_link(
    page: &serde_json::Value,
    origin: &Url,
    seen: &HashSet<String>,
) -> Result<Option<Url>, CallError> {
    let link = ["@odata.nextLink", "odata.nextLink"]
        .into_iter()
        .find_map(|key| page.get(key).filter(|value| !value.is_null()));
    let Some(link) = link else {
        return Ok(None);
    };
    // A next link of another type must not end paging silently with a partial dataset.
    let Some(link) = link.as_str() else {
        return Err(CallError::Failed(format!(
            "the next link is {}, not a URL string; the dataset is incomplete",
            json_type(link)
        )));
    };
    let url = Url::parse(link)
        .map_err(|e| CallError::Failed(format!("the next link {link:?} is not a URL: {e}")))?;
    if !is_same_origin(&url, origin) {
        return Err(CallError::Failed(format!(
            "the next link points to {}, not to the endpoint {}; it was not followed so the \
             access token stays with the service",
            url.origin().ascii_serialization(),
            origin.origin().ascii_serialization(),
        )));
    }
    if seen.contains(url.as_str()) {
        return Err(CallError::Failed(format!(
            "the service returned the same next link twice ({}); paging stopped to avoid an \
             endless loop",
            url.path()
        )));
    }
    Ok(Some(url))
}

/// Decodes `body` as a page (JSON, `value` items, next link) and as an error body, the way a
/// collection run does, and discards the outcome. It is the entry point of the fuzz targets.
pub(crate) fn decode_for_fuzzing(body: &[u8]) {
    drop(super::http::service_error(body));
    let Ok(page) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    let Ok(origin) = Url::parse("https://graph.microsoft.com/v1.0/users") else {
        return;
    };
    let mut objects = Vec::new();
    drop(take_values(&page, &origin, &mut objects));
    drop(next_link(&page, &origin, &HashSet::new()));
}

/// Returns the JSON type of `value` with its article, such as "a number".
fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Returns true when `link` has the same scheme, host and port as `endpoint`.
pub(crate) fn is_same_origin(link: &Url, endpoint: &Url) -> bool {
    link.scheme() == endpoint.scheme()
        && link.host_str() == endpoint.host_str()
        && link.port_or_known_default() == endpoint.port_or_known_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap()
    }

    #[test]
    fn link_on_same_endpoint_is_followed() {
        let endpoint = url("http://127.0.0.1:8080/v1.0/users?$top=999");
        let link = url("http://127.0.0.1:8080/v1.0/users?$top=999&$skiptoken=abc");
        assert!(is_same_origin(&link, &endpoint));
    }

    #[test]
    fn link_to_other_host_is_rejected() {
        let endpoint = url("https://graph.microsoft.com/v1.0/users");
        let link = url("https://graph.example.net/v1.0/users?$skiptoken=abc");
        assert!(!is_same_origin(&link, &endpoint));
    }

    #[test]
    fn link_to_other_port_is_rejected() {
        let endpoint = url("http://127.0.0.1:8080/v1.0/users");
        let link = url("http://127.0.0.1:8081/v1.0/users");
        assert!(!is_same_origin(&link, &endpoint));
    }

    #[test]
    fn link_with_other_scheme_is_rejected() {
        let endpoint = url("https://graph.microsoft.com/v1.0/users");
        let link = url("http://graph.microsoft.com/v1.0/users");
        assert!(!is_same_origin(&link, &endpoint));
    }

    #[test]
    fn default_port_matches_explicit_port() {
        let endpoint = url("https://graph.microsoft.com/v1.0/users");
        let link = url("https://graph.microsoft.com:443/v1.0/users?$skiptoken=abc");
        assert!(is_same_origin(&link, &endpoint));
    }

    #[test]
    fn userinfo_host_trick_is_rejected() {
        let endpoint = url("https://graph.microsoft.com/v1.0/users");
        let link = url("https://graph.microsoft.com@evil.example/v1.0/users");
        assert!(!is_same_origin(&link, &endpoint));
    }

    #[test]
    fn foreign_next_link_fails_with_both_origins() {
        let endpoint = url("http://127.0.0.1:8080/v1.0/users");
        let page = serde_json::json!({
            "value": [],
            "@odata.nextLink": "http://203.0.113.9:8080/v1.0/users?$skiptoken=abc"
        });
        let Err(CallError::Failed(message)) = next_link(&page, &endpoint, &HashSet::new()) else {
            panic!("a foreign next link must fail");
        };
        assert!(message.contains("http://203.0.113.9:8080"), "{message}");
    }

    #[test]
    fn repeated_next_link_fails() {
        let endpoint = url("http://127.0.0.1:8080/v1.0/users");
        let link = "http://127.0.0.1:8080/v1.0/users?$skiptoken=abc";
        let page = serde_json::json!({"value": [], "@odata.nextLink": link});
        let seen = HashSet::from([url(link).to_string()]);
        assert!(matches!(
            next_link(&page, &endpoint, &seen),
            Err(CallError::Failed(_))
        ));
    }

    #[test]
    fn next_link_of_wrong_type_fails() {
        let origin = url("https://graph.microsoft.com/v1.0/users");
        for link in [json!(5), json!(["x"]), json!({"href": "x"}), json!(true)] {
            let page = json!({"value": [], "@odata.nextLink": link});
            let outcome = next_link(&page, &origin, &HashSet::new());
            assert!(matches!(outcome, Err(CallError::Failed(_))), "{link}");
        }
    }

    #[test]
    fn null_next_link_ends_paging() {
        let origin = url("https://graph.microsoft.com/v1.0/users");
        let page = json!({"value": [], "@odata.nextLink": null});
        assert!(matches!(
            next_link(&page, &origin, &HashSet::new()),
            Ok(None)
        ));
    }

    #[test]
    fn last_page_has_no_next_link() {
        let endpoint = url("http://127.0.0.1:8080/v1.0/users");
        let page = serde_json::json!({"value": [{"id": "1"}]});
        assert!(matches!(
            next_link(&page, &endpoint, &HashSet::new()),
            Ok(None)
        ));
    }
}
