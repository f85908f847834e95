//! Runs the fuzz pipeline over files, or every file in folders, without libFuzzer: to replay
//! a corpus or a crash on the stable toolchain, e.g.
//! `cargo run --release --bin replay -- corpus/load_report artifacts/load_report`.
//! Prints each file that panics and exits 1 if any did.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = Vec::new();
    for arg in std::env::args().skip(1) {
        let path = PathBuf::from(arg);
        match std::fs::read_dir(&path) {
            Ok(entries) => files.extend(entries.filter_map(|e| e.ok().map(|e| e.path()))),
            Err(_) => files.push(path),
        }
    }
    files.sort();
    let mut failed = 0;
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else {
            eprintln!("cannot read {}", file.display());
            failed += 1;
            continue;
        };
        if catch_unwind(AssertUnwindSafe(|| ndbg_dashboard_fuzz::exercise(&bytes))).is_err() {
            eprintln!("PANIC {}", file.display());
            failed += 1;
        }
    }
    println!("{} files, {failed} failed", files.len());
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
