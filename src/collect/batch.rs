//! Datasets read once per parent object, such as the members of every group, through Graph's
//! `$batch` endpoint: up to 20 parents per POST, several POSTs in flight, each parent's pages
//! followed to the end, and every object stored with a `parentId` property.
//!
//! Graph checks every sub-request of a batch against its limits separately, so a batch can
//! come back as HTTP 200 with some sub-responses 429 (with their own `Retry-After`) or 5xx;
//! only those sub-requests are sent again. Batches are committed in parent order, each with a
//! checkpoint of how many parents are done, so a resumed run skips exactly those.

use std::collections::HashSet;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::FuturesOrdered;
use reqwest::Url;
use serde_json::{Value, json};

use super::Sink;
use super::graph::graph_url;
use super::http::{CallError, Outgoing, ServiceError, Session};
use super::paging::{next_link, store_failed, take_values};
use super::retry::parse_retry_after;
use crate::model::Dataset;
use crate::store::Checkpoint;

/// Most sub-requests Graph accepts in one `$batch` request.
pub(crate) const MAX_BATCH: usize = 20;

/// Reads `path_and_query` (with an `{id}` placeholder) for every stored object of `parent`.
///
/// # Errors
/// Returns [`CallError::Denied`] when a sub-request is denied, [`CallError::Throttled`] or
/// [`CallError::Failed`] when retries run out, and the errors of [`Session::call`].
pub(crate) async fn read_per_object(
    session: &Session<'_>,
    sink: &Sink<'_>,
    parent: Dataset,
    path_and_query: &str,
) -> Result<Checkpoint, CallError> {
    let mut checkpoint = sink.resume_point()?;
    if checkpoint.finished {
        return Ok(checkpoint);
    }
    let (version, relative) = split_version(path_and_query)?;
    let batch_url = graph_url(session, &format!("/{version}/$batch"))?;
    let origin = graph_url(session, &format!("/{version}/"))?;
    let parents = parent_ids(sink, parent)?;
    let expected = Some(parents.len() as u64);
    let done = usize::try_from(checkpoint.parents_done).unwrap_or(usize::MAX);
    let remaining: Vec<&[String]> = parents
        .get(done..)
        .unwrap_or_default()
        .chunks(MAX_BATCH)
        .collect();
    let context = Context {
        session,
        dataset: sink.dataset,
        batch_url: &batch_url,
        origin: &origin,
        relative,
    };
    let limit = session.policy.batches_in_flight.max(1);
    let mut queue = remaining.into_iter();
    let mut running = FuturesOrdered::new();
    loop {
        while running.len() < limit {
            let Some(chunk) = queue.next() else { break };
            running.push_back(context.fetch_chunk(chunk));
        }
        let Some(result) = running.next().await else {
            break;
        };
        let (parents_in_chunk, objects) = result?;
        checkpoint.pages += 1;
        checkpoint.objects += objects.len() as u64;
        checkpoint.parents_done += parents_in_chunk as u64;
        sink.commit(&objects, &checkpoint)?;
        sink.report(session, &checkpoint, expected).await;
    }
    checkpoint.finished = true;
    sink.commit(&[], &checkpoint)?;
    Ok(checkpoint)
}

/// Splits `/v1.0/groups/{id}/members` into `v1.0` and `/groups/{id}/members`.
fn split_version(path_and_query: &str) -> Result<(&str, &str), CallError> {
    let rest = path_and_query.trim_start_matches('/');
    match rest.split_once('/') {
        Some((version, _)) if !version.is_empty() => {
            Ok((version, &path_and_query[version.len() + 1..]))
        }
        _ => Err(CallError::Failed(format!(
            "the per-object path {path_and_query:?} has no API version"
        ))),
    }
}

/// Returns the ids of the stored objects of `parent`, in stored order.
// NOTE: only ids are loaded, so memory grows far slower than the objects do. By estimate, a
// tenant with a million parents needs some 50 MB here.
fn parent_ids(sink: &Sink<'_>, parent: Dataset) -> Result<Vec<String>, CallError> {
    let mut ids = Vec::new();
    let mut seen = HashSet::new();
    sink.store
        .for_each_page(sink.assessment, parent, &mut |page| {
            for object in page {
                if let Some(id) = object.get("id").and_then(Value::as_str)
                    && seen.insert(id.to_owned())
                {
                    ids.push(id.to_owned());
                }
            }
            Ok(())
        })
        .map_err(store_failed)?;
    Ok(ids)
}

/// Context shared by every batch of one dataset.
struct Context<'c, 's> {
    session: &'c Session<'s>,
    dataset: Dataset,
    batch_url: &'c Url,
    /// Graph endpoint with its version, which every next link must stay on.
    origin: &'c Url,
    /// Path below the version, with `{id}`.
    relative: &'c str,
}

/// One sub-request still waiting for its response.
struct Pending<'p> {
    parent: &'p str,
    attempts: u32,
}

impl Context<'_, '_> {
    /// Reads every object of the parents in `chunk`; returns the number of parents and the
    /// objects, each with `parentId`.
    async fn fetch_chunk(&self, chunk: &[String]) -> Result<(usize, Vec<Value>), CallError> {
        let mut objects = Vec::new();
        let mut pending: Vec<Pending<'_>> = chunk
            .iter()
            .map(|parent| Pending {
                parent,
                attempts: 0,
            })
            .collect();
        let policy = self.session.policy;
        while !pending.is_empty() {
            let answers = self.post(&pending).await?;
            let mut again = Vec::new();
            let mut throttle_wait: Option<Duration> = None;
            let mut failed_wait: Option<Duration> = None;
            let mut local_throttle = false;
            for (index, mut item) in pending.into_iter().enumerate() {
                item.attempts += 1;
                let answer = answers.get(&index.to_string());
                let body = answer
                    .and_then(|a| a.get("body"))
                    .cloned()
                    .unwrap_or(Value::Null);
                // A success whose body is not a page (cut short or garbled on the way) is read
                // again, like a sub-request without a response.
                let status = answer
                    .and_then(|a| a.get("status"))
                    .and_then(Value::as_u64)
                    .filter(|status| !(200..300).contains(status) || is_page(&body))
                    .unwrap_or(0);
                match status {
                    200..=299 => {
                        self.take_parent(item.parent, &body, &mut objects).await?;
                    }
                    // The parent was deleted between the list and this read: nothing to store.
                    404 => {}
                    429 | 500..=599 | 0 => {
                        if item.attempts >= policy.max_attempts {
                            return Err(if status == 429 {
                                CallError::Throttled
                            } else {
                                CallError::Failed(format!(
                                    "a $batch sub-request failed {} times (last status {status}); \
                                     try again later",
                                    item.attempts
                                ))
                            });
                        }
                        let hint = answer.and_then(sub_retry_after);
                        let wait = hint.unwrap_or_else(|| policy.backoff(item.attempts));
                        // A 429 with `x-ms-throttle-scope` applies to the whole scope, so the lane
                        // pauses. One without a scope waits alone while other batches go on.
                        let scoped = answer.is_some_and(has_throttle_scope);
                        let slot = if status == 429 && scoped {
                            &mut throttle_wait
                        } else {
                            if status == 429 {
                                local_throttle = true;
                            }
                            &mut failed_wait
                        };
                        *slot = Some(slot.map_or(wait, |old: Duration| old.max(wait)));
                        again.push(item);
                    }
                    401 | 403 => {
                        return Err(CallError::Denied {
                            status: status_code(status),
                            error: body_error(&body),
                        });
                    }
                    _ => {
                        return Err(CallError::Rejected {
                            status: status_code(status),
                            error: body_error(&body),
                        });
                    }
                }
            }
            if let Some(wait) = throttle_wait {
                self.session
                    .throttled(self.dataset, super::throttle::Lane::Graph, wait)
                    .await;
            } else if let Some(wait) = failed_wait {
                if local_throttle {
                    self.session.throttled_alone(self.dataset, wait).await;
                } else {
                    self.session.retried(self.dataset);
                }
                self.session.sleep(wait).await?;
            }
            pending = again;
        }
        Ok((chunk.len(), objects))
    }

    /// Sends one `$batch` with the pending sub-requests (ids are their positions) and returns
    /// the sub-responses by id.
    async fn post(
        &self,
        pending: &[Pending<'_>],
    ) -> Result<std::collections::HashMap<String, Value>, CallError> {
        let requests: Vec<Value> = pending
            .iter()
            .enumerate()
            .map(|(index, item)| {
                json!({
                    "id": index.to_string(),
                    "method": "GET",
                    "url": self.relative.replace("{id}", item.parent),
                })
            })
            .collect();
        let outgoing = Outgoing {
            method: reqwest::Method::POST,
            body: Some(json!({ "requests": requests }).to_string()),
            ..Outgoing::graph_get(self.batch_url.clone())
        };
        let envelope = self.session.call(self.dataset, &outgoing).await?;
        let responses = envelope
            .get("responses")
            .and_then(Value::as_array)
            .ok_or_else(|| {
                CallError::Failed("the $batch response has no responses array".to_owned())
            })?;
        Ok(responses
            .iter()
            .filter_map(|r| Some((r.get("id")?.as_str()?.to_owned(), r.clone())))
            .collect())
    }

    /// Adds the objects of one parent's first page, and of every further page, to `objects`.
    async fn take_parent(
        &self,
        parent: &str,
        first: &Value,
        objects: &mut Vec<Value>,
    ) -> Result<(), CallError> {
        let mut page_objects = Vec::new();
        take_values(first, self.batch_url, &mut page_objects)?;
        let mut seen = HashSet::new();
        let mut next = next_link(first, self.origin, &seen)?;
        let mut pages = 1;
        while let Some(url) = next {
            if pages >= self.session.policy.page_cap {
                return Err(CallError::Failed(format!(
                    "stopped after {pages} pages of one parent object; the page cap guards \
                     against endless paging"
                )));
            }
            let page = self
                .session
                .call(self.dataset, &Outgoing::graph_get(url.clone()))
                .await?;
            take_values(&page, &url, &mut page_objects)?;
            seen.insert(url.to_string());
            next = next_link(&page, self.origin, &seen)?;
            pages += 1;
        }
        for mut object in page_objects {
            if let Some(fields) = object.as_object_mut() {
                fields.insert("parentId".to_owned(), Value::String(parent.to_owned()));
            }
            objects.push(object);
        }
        Ok(())
    }
}

/// True when a sub-response names the throttle scope it was throttled in.
fn has_throttle_scope(answer: &Value) -> bool {
    answer
        .get("headers")
        .and_then(Value::as_object)
        .is_some_and(|headers| {
            headers
                .keys()
                .any(|name| name.eq_ignore_ascii_case("x-ms-throttle-scope"))
        })
}

/// True for a body with a `value` array: the first page of a parent's objects.
fn is_page(body: &Value) -> bool {
    body.get("value").is_some_and(Value::is_array)
}

/// Reads the `Retry-After` header of a sub-response; header names are case-insensitive.
fn sub_retry_after(answer: &Value) -> Option<Duration> {
    let headers = answer.get("headers")?.as_object()?;
    let value = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))?
        .1;
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    parse_retry_after(&text, time::OffsetDateTime::now_utc())
}

fn status_code(status: u64) -> reqwest::StatusCode {
    u16::try_from(status)
        .ok()
        .and_then(|s| reqwest::StatusCode::from_u16(s).ok())
        .unwrap_or(reqwest::StatusCode::BAD_GATEWAY)
}

/// Extracts the error of a sub-response body, which Graph sends as JSON.
fn body_error(body: &Value) -> ServiceError {
    super::http::service_error(body.to_string().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_split_from_the_path() {
        let (version, relative) = split_version("/v1.0/groups/{id}/members?$select=id").unwrap();
        assert_eq!(version, "v1.0");
        assert_eq!(relative, "/groups/{id}/members?$select=id");
    }

    #[test]
    fn sub_response_retry_after_is_read_in_any_case() {
        let answer = json!({"id": "1", "status": 429, "headers": {"retry-after": "2.5"}});
        assert_eq!(sub_retry_after(&answer), Some(Duration::from_millis(2500)));
        let answer = json!({"id": "1", "status": 429, "headers": {"Retry-After": 3}});
        assert_eq!(sub_retry_after(&answer), Some(Duration::from_secs(3)));
        let answer = json!({"id": "1", "status": 429, "headers": {"Retry-After": "soon"}});
        assert_eq!(sub_retry_after(&answer), None);
    }
}
