#!/usr/bin/env bash
# Seeds the fuzz corpus with the bundled reports and the bad-input corpus.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load_report
cp ../public/reports/*.json ../tests/fixtures/bad/*.json corpus/load_report/
rm -f corpus/load_report/expected.json corpus/load_report/index.json
ls corpus/load_report | wc -l
