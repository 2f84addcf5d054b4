#!/usr/bin/env bash
# Copies the reference data the app ships from ../shared/data into assets/.
# Run it when shared/data changes; the copies are committed, so builds and tests never need ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DATA:-../shared/data}
[ -d "$shared" ] || { echo "error: $shared not found (set SHARED_DATA)" >&2; exit 1; }
cp "$shared/ewc_codes.csv" "$shared/nace_rev2.csv" assets/
echo "copied ewc_codes.csv ($(($(wc -l < assets/ewc_codes.csv) - 1)) codes) and nace_rev2.csv ($(($(wc -l < assets/nace_rev2.csv) - 1)) codes) into assets/"
