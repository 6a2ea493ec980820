//! Feeds arbitrary bytes to the collector's response decoding: the JSON page, its `value`
//! items and next link, and the service error body.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    cray::collect::decode_for_fuzzing(body);
});
