//! Microsoft Graph reads: a GET with the table's query, paged for collections, one entity for
//! singletons.

use reqwest::Url;

use super::http::{CallError, Session};
use super::paging::{Collected, read_collection};
use super::spec::Shape;
use super::token::Audience;
use crate::model::{CollectEvent, Dataset};

/// Reads one Graph dataset from `{graph}{path_and_query}`.
///
/// # Errors
/// Returns the call's error, or [`CallError::Failed`] when the URL or the response is malformed.
pub(crate) async fn read(
    session: &mut Session<'_>,
    dataset: Dataset,
    path_and_query: &str,
    shape: Shape,
) -> Result<Collected, CallError> {
    let text = format!("{}{path_and_query}", session.request.endpoints.graph);
    let url = Url::parse(&text)
        .map_err(|e| CallError::Failed(format!("the Graph URL {text:?} is invalid: {e}")))?;
    let build = |client: &reqwest::Client, token: &str, url: &Url| {
        client.get(url.clone()).bearer_auth(token)
    };
    match shape {
        Shape::Collection => read_collection(session, dataset, Audience::Graph, url, &build).await,
        Shape::Singleton => read_singleton(session, dataset, &url).await,
    }
}

/// Reads one entity and stores it without its `@odata.context` annotation.
async fn read_singleton(
    session: &mut Session<'_>,
    dataset: Dataset,
    url: &Url,
) -> Result<Collected, CallError> {
    let build = |client: &reqwest::Client, token: &str| client.get(url.clone()).bearer_auth(token);
    let mut entity = session.call(dataset, Audience::Graph, &build).await?;
    let Some(fields) = entity.as_object_mut() else {
        return Err(CallError::Failed(format!(
            "the response to {} is not a JSON object",
            url.path()
        )));
    };
    fields.remove("@odata.context");
    session
        .emit(CollectEvent::PageRead {
            dataset,
            pages: 1,
            objects: 1,
        })
        .await;
    Ok(Collected {
        objects: vec![entity],
        pages: 1,
    })
}
