//! The naive collector of the benchmark: the approach most peers take, written here only to
//! compare against. One cursor at a time, one request per object for members, owners and app
//! role assignments, no `$batch`, and a wait of `Retry-After` (or 1 s) on every 429.
//!
//!   cargo run --release --example naive_collect -- BASE_URL TENANT_ID CLIENT_ID
//!
//! The client secret comes from the environment variable `CRAY_NAIVE_SECRET`. It prints the
//! objects read per dataset, the requests sent and the seconds spent, as one JSON line. With
//! `CRAY_NAIVE_LIMIT_SECONDS` set it stops the per-object reads after that many seconds and
//! projects the full time from the share of parents it got through, because on a large tenant
//! the naive way takes hours.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// Lists read with one cursor each, before the per-object reads.
const LISTS: &[(&str, &str)] = &[
    (
        "users",
        "/v1.0/users?$select=id,displayName,userPrincipalName,userType&$top=999",
    ),
    ("groups", "/v1.0/groups?$select=id,displayName&$top=999"),
    (
        "applications",
        "/v1.0/applications?$select=id,displayName&$top=999",
    ),
    (
        "service_principals",
        "/v1.0/servicePrincipals?$select=id,displayName&$top=999",
    ),
    (
        "conditional_access_policies",
        "/v1.0/identity/conditionalAccess/policies",
    ),
];

/// Per-object reads: dataset key, parent list and path with `{id}`.
const PER_OBJECT: &[(&str, &str, &str)] = &[
    (
        "group_members",
        "groups",
        "/v1.0/groups/{id}/members?$select=id",
    ),
    (
        "group_owners",
        "groups",
        "/v1.0/groups/{id}/owners?$select=id",
    ),
    (
        "application_owners",
        "applications",
        "/v1.0/applications/{id}/owners?$select=id",
    ),
    (
        "service_principal_owners",
        "service_principals",
        "/v1.0/servicePrincipals/{id}/owners?$select=id",
    ),
    (
        "service_principal_app_role_assignments",
        "service_principals",
        "/v1.0/servicePrincipals/{id}/appRoleAssignments",
    ),
];

struct Naive {
    client: reqwest::Client,
    base: String,
    token: String,
    requests: u64,
}

impl Naive {
    /// Reads every page of `path` and returns the items.
    async fn list(&mut self, path: &str) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        let mut next = Some(format!("{}{path}", self.base));
        while let Some(url) = next.take() {
            let page = self.get(&url).await?;
            if let Some(values) = page["value"].as_array() {
                items.extend(values.iter().cloned());
            }
            next = page["@odata.nextLink"].as_str().map(str::to_owned);
        }
        Ok(items)
    }

    /// Sends one GET, waiting out every 429 and retrying 5xx after a second.
    async fn get(&mut self, url: &str) -> Result<Value> {
        for _ in 0..100 {
            self.requests += 1;
            let response = self.client.get(url).bearer_auth(&self.token).send().await;
            let Ok(response) = response else {
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            };
            let status = response.status();
            if status.as_u16() == 429 || status.is_server_error() {
                let wait = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .unwrap_or(1.0);
                tokio::time::sleep(Duration::from_secs_f64(wait.min(60.0))).await;
                continue;
            }
            if !status.is_success() {
                bail!("GET {url} returned {status}");
            }
            match response.json::<Value>().await {
                Ok(body) => return Ok(body),
                Err(_) => continue,
            }
        }
        bail!("GET {url} kept failing")
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, tenant, client_id] = args.as_slice() else {
        bail!("usage: naive_collect BASE_URL TENANT_ID CLIENT_ID (secret in CRAY_NAIVE_SECRET)");
    };
    let secret = std::env::var("CRAY_NAIVE_SECRET").context("set CRAY_NAIVE_SECRET")?;
    let client = reqwest::Client::new();
    let base = base.trim_end_matches('/').to_owned();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", client_id.as_str()),
        ("client_secret", secret.as_str()),
        ("scope", "https://graph.microsoft.com/.default"),
    ];
    let token: Value = client
        .post(format!("{base}/{tenant}/oauth2/v2.0/token"))
        .form(&form)
        .send()
        .await?
        .json()
        .await?;
    let token = token["access_token"]
        .as_str()
        .context("the token response has no access_token")?
        .to_owned();
    let mut naive = Naive {
        client,
        base,
        token,
        requests: 0,
    };
    let started = Instant::now();
    let mut counts = BTreeMap::new();
    let mut parents: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (key, path) in LISTS {
        let items = naive.list(path).await?;
        counts.insert(key.to_string(), items.len());
        let ids = items
            .iter()
            .filter_map(|item| item["id"].as_str().map(str::to_owned))
            .collect();
        parents.insert(key, ids);
    }
    let limit = std::env::var("CRAY_NAIVE_LIMIT_SECONDS")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .map(Duration::from_secs_f64);
    let lists_done = started.elapsed();
    let planned: usize = PER_OBJECT
        .iter()
        .map(|(_, parent, _)| parents.get(parent).map_or(0, Vec::len))
        .sum();
    let mut done = 0usize;
    let mut stopped = false;
    'reads: for (key, parent, template) in PER_OBJECT {
        let mut total = 0;
        for id in parents.get(parent).map(Vec::as_slice).unwrap_or_default() {
            if limit.is_some_and(|limit| started.elapsed() > limit) {
                stopped = true;
                counts.insert(key.to_string(), total);
                break 'reads;
            }
            total += naive.list(&template.replace("{id}", id)).await?.len();
            done += 1;
        }
        counts.insert(key.to_string(), total);
    }
    let seconds = started.elapsed().as_secs_f64();
    let projected = if stopped && done > 0 {
        let lists = lists_done.as_secs_f64();
        lists + (seconds - lists) * planned as f64 / done as f64
    } else {
        seconds
    };
    let summary = serde_json::json!({
        "seconds": seconds,
        "projected_seconds": projected,
        "complete": !stopped,
        "per_object_reads": {"done": done, "planned": planned},
        "requests": naive.requests,
        "objects": counts,
    });
    println!("{summary}");
    Ok(())
}
