#!/usr/bin/env bash
# Converts the US states of the npm package us-atlas 3.0.1 (TopoJSON, simplified and quantized from the US Census
# Bureau's 2017 cartographic boundary files, public domain) to GeoJSON with topojson-client's topo2geo, unchanged
# otherwise. Run from this folder: ./make_us_states.sh   (needs node and npm; writes us-states.geojson).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund us-atlas@3.0.1 topojson-client@3.1.0 >/dev/null
npx topo2geo -i node_modules/us-atlas/states-10m.json states="$work/us-states.geojson"
mv "$work/us-states.geojson" "$here/us-states.geojson"
