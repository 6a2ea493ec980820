//! Microsoft Graph reads: a GET with the table's query, paged for collections, one entity for
//! singletons.

use reqwest::Url;

use super::Sink;
use super::http::{CallError, Outgoing, Session};
use super::paging::read_collection;
use super::spec::Shape;
use crate::store::Checkpoint;

/// Returns the Graph URL of `path_and_query`.
///
/// # Errors
/// Returns [`CallError::Failed`] when the endpoint and path do not form a URL.
pub(crate) fn graph_url(session: &Session<'_>, path_and_query: &str) -> Result<Url, CallError> {
    let text = format!("{}{path_and_query}", session.request.endpoints.graph);
    Url::parse(&text)
        .map_err(|e| CallError::Failed(format!("the Graph URL {text:?} is invalid: {e}")))
}

/// Reads one Graph dataset from `{graph}{path_and_query}` into `sink`.
///
/// # Errors
/// Returns the call's error, or [`CallError::Failed`] when the URL or the response is malformed.
pub(crate) async fn read(
    session: &Session<'_>,
    sink: &Sink<'_>,
    path_and_query: &str,
    shape: Shape,
) -> Result<Checkpoint, CallError> {
    let url = graph_url(session, path_and_query)?;
    let mut outgoing = Outgoing::graph_get(url);
    // Advanced queries need this header on every page; Graph does not carry it into the
    // next link, and `Outgoing` sends it again with each one.
    if path_and_query.contains("$count=true") || path_and_query.contains("$search=") {
        outgoing
            .headers
            .push(("ConsistencyLevel", "eventual".to_owned()));
    }
    match shape {
        Shape::Collection => read_collection(session, sink, &outgoing).await,
        Shape::Singleton => read_singleton(session, sink, &outgoing).await,
    }
}

/// Reads one entity and stores it without its `@odata.context` annotation.
async fn read_singleton(
    session: &Session<'_>,
    sink: &Sink<'_>,
    outgoing: &Outgoing,
) -> Result<Checkpoint, CallError> {
    let resumed = sink.resume_point()?;
    if resumed.finished {
        return Ok(resumed);
    }
    let mut entity = session.call(sink.dataset, outgoing).await?;
    let Some(fields) = entity.as_object_mut() else {
        return Err(CallError::Failed(format!(
            "the response to {} is not a JSON object",
            outgoing.url.path()
        )));
    };
    fields.remove("@odata.context");
    let checkpoint = Checkpoint {
        pages: 1,
        objects: 1,
        finished: true,
        ..Checkpoint::default()
    };
    sink.commit(&[entity], &checkpoint)?;
    sink.report(session, &checkpoint, Some(1)).await;
    Ok(checkpoint)
}
