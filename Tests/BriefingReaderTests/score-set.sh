#!/bin/sh
# Scores the reader on one held-out set with evalparse: run from the package root after `swift build`.
# `Tests/BriefingReaderTests/score-set.sh Genre|Genre2|Genre3 [--verbose] [FILES…]`
# (default: every .txt of the set that has its expected .json).
set -e
dir=Tests/BriefingReaderTests/${1:?which set: Genre, Genre2 or Genre3}
shift
verbose=
if [ "$1" = "--verbose" ]; then verbose=--verbose; shift; fi
exp=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$exp" "$out"' EXIT
files=$*
if [ -z "$files" ]; then
  for f in "$dir"/*.txt; do [ -f "${f%.txt}.json" ] && files="$files $f"; done
fi
for f in $files; do cp "$dir/$(basename "$f" .txt).json" "$exp/"; done
# shellcheck disable=SC2086
.build/debug/tongbao parse $files --json > "$out" || true
python3 ../shared/tools/evalparse.py "$out" "$exp" $verbose
