#!/usr/bin/env bash
# Rebuilds every sample_projects/NAME.gpkg from the CSV sources in sample_projects/NAME/,
# with the project's own `import` command. Files are rebuilt in place (atomically).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin symbiosis-explorer
bin=target/release/symbiosis-explorer
for dir in sample_projects/*/; do
  dir=${dir%/}
  name=$(basename "$dir")
  args=(--firms "$dir/firms.csv" --flows "$dir/flows.csv")
  for part in exchanges materials rules project workshops contacts stages outcomes; do
    if [ -f "$dir/$part.csv" ]; then args+=("--$part" "$dir/$part.csv"); fi
  done
  "$bin" import "${args[@]}" --out "sample_projects/$name.gpkg"
done
