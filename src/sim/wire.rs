//! Small helpers shared by the routes: base64url, skip tokens, timestamps and SplitMix64.

use time::OffsetDateTime;
use time::macros::format_description;

/// Prefix inside every skip token, so that tokens of other servers are rejected.
const SKIP_TOKEN_PREFIX: &str = "cray-sim";

/// Builds the opaque skip token for the page of `listing` that starts at `offset`.
pub fn encode_skip_token(listing: &str, offset: usize) -> String {
    base64url(format!("{SKIP_TOKEN_PREFIX}:{listing}:{offset}").as_bytes())
}

/// Returns the offset in a skip token, or `None` if it is malformed or belongs to another
/// listing.
pub fn decode_skip_token(listing: &str, token: &str) -> Option<usize> {
    let bytes = base64url_decode(token)?;
    let text = String::from_utf8(bytes).ok()?;
    let rest = text.strip_prefix(SKIP_TOKEN_PREFIX)?.strip_prefix(':')?;
    let (token_listing, offset) = rest.rsplit_once(':')?;
    (token_listing == listing).then_some(())?;
    offset.parse().ok()
}

/// Returns the current UTC time as `2025-11-19T01:31:47Z`.
pub fn utc_timestamp() -> String {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    OffsetDateTime::now_utc()
        .format(format)
        .unwrap_or_else(|_| String::from("1970-01-01T00:00:00Z"))
}

/// Advances a SplitMix64 state and returns the next output: the mixer behind every derived id
/// and seeded draw of the simulator.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Encodes bytes as base64url without padding (RFC 4648, section 5).
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..=chunk.len() {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Decodes base64url without padding; `None` on any character outside the alphabet.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        Some(u32::from(v))
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for text in ["", "a", "ab", "abc", "abcd", "Zoë Ünal ~~~ ???"] {
            let encoded = base64url(text.as_bytes());
            assert_eq!(base64url_decode(&encoded).as_deref(), Some(text.as_bytes()));
        }
    }

    #[test]
    fn base64url_matches_rfc_vector() {
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn skip_token_round_trips() {
        let token = encode_skip_token("users", 20);
        assert_eq!(decode_skip_token("users", &token), Some(20));
    }

    #[test]
    fn skip_token_of_other_listing_is_rejected() {
        let token = encode_skip_token("groups", 20);
        assert_eq!(decode_skip_token("users", &token), None);
    }

    #[test]
    fn garbage_skip_token_is_rejected() {
        assert_eq!(decode_skip_token("users", "not a token!"), None);
    }
}
