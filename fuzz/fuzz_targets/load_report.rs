//! libFuzzer target: see `ndbg_dashboard_fuzz::exercise` and docs/fuzzing.md.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    ndbg_dashboard_fuzz::exercise(data);
});
