//! Client side of the simulator tests: start a simulator on 127.0.0.1, get tokens with the demo
//! credentials, and send authorised GETs.
//!
//! Include it with `#[path = "common/sim_client.rs"] mod sim_client;`.

#![allow(dead_code)]

use std::net::SocketAddr;

use cray::sim::{self, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, SimConfig};
use reqwest::StatusCode;
use serde_json::Value;

/// Scope of Microsoft Graph tokens.
pub const GRAPH_SCOPE: &str = "https://graph.microsoft.com/.default";

/// Scope of Exchange Online tokens.
pub const EXCHANGE_SCOPE: &str = "https://outlook.office365.com/.default";

/// Starts a simulator on a free loopback port.
pub async fn start(config: SimConfig) -> sim::RunningSim {
    sim::start(SocketAddr::from(([127, 0, 0, 1], 0)), config)
        .await
        .expect("simulator starts")
}

/// Returns an access token for `scope` from the demo tenant's token endpoint.
pub async fn token(base: &str, scope: &str) -> String {
    let response = reqwest::Client::new()
        .post(format!("{base}/{DEMO_TENANT_ID}/oauth2/v2.0/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", DEMO_CLIENT_ID),
            ("client_secret", DEMO_CLIENT_SECRET),
            ("scope", scope),
        ])
        .send()
        .await
        .expect("token request is answered");
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.expect("token body is JSON");
    body["access_token"]
        .as_str()
        .expect("access_token")
        .to_owned()
}

/// Returns a Microsoft Graph access token.
pub async fn graph_token(base: &str) -> String {
    token(base, GRAPH_SCOPE).await
}

/// Sends a GET with the bearer token to a path below `base` or to an absolute URL.
pub async fn get(base: &str, path_or_url: &str, token: &str) -> reqwest::Response {
    let url = if path_or_url.starts_with("http") {
        path_or_url.to_owned()
    } else {
        format!("{base}{path_or_url}")
    };
    reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .expect("request is answered")
}
