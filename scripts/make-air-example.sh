#!/usr/bin/env bash
# Rebuilds examples/air/daily/ — the small demo dataset of the 月排名 — from the Beijing
# Multi-Site Air-Quality Data (UCI, CC BY 4.0) in ../shared/airquality/prsa_beijing/.
#
# Nothing here computes by hand: tongbao reads the hourly station files, rounds the hours,
# takes the 24-hour means and O3 daily max 8-hour means (HJ 663), combines the stations of each
# district given in examples/air/station-districts.csv (the 对照点 Dingling is excluded), and
# writes the districts' daily values of the month with `monthly --days-csv`.
#
#   scripts/make-air-example.sh            # uses the debug build (swift build)
#   TONGBAO=path/to/tongbao SHARED=../shared scripts/make-air-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
data="$SHARED/airquality/prsa_beijing"
[[ -d "$data" ]] || { echo "make-air-example: $data not found" >&2; exit 66; }
TONGBAO=${TONGBAO:-$(swift build --show-bin-path)/tongbao}
[[ -x "$TONGBAO" ]] || { echo "make-air-example: build tongbao first (swift build)" >&2; exit 66; }
MONTHS=${MONTHS:-"2016-01 2016-12 2017-01"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p examples/air/daily
for m in $MONTHS; do
  # The PDF is a by-product here (written to a temporary folder); the CSV is what is kept.
  "$TONGBAO" monthly --month "$m" --air "$data"/ --area-map examples/air/station-districts.csv \
    --days-csv "examples/air/daily/beijing-districts-$m.csv" --output "$work/" --quiet --force > /dev/null
  echo "examples/air/daily/beijing-districts-$m.csv: $(($(wc -l < "examples/air/daily/beijing-districts-$m.csv") - 1)) values"
done
