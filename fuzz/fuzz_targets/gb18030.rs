//! libFuzzer target: the dashboard's GB18030 decoder against encoding_rs's.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    ndbg_dashboard_fuzz::compare_gb18030(data);
});
