#!/bin/sh
# Scores the reader on the third genre set: run from the package root after `swift build`.
# `score.sh [--verbose] [FILES…]` (default: every k*.txt here).
set -e
dir=Tests/BriefingReaderTests/Genre3
verbose=
if [ "$1" = "--verbose" ]; then verbose=--verbose; shift; fi
files=${*:-$dir/k*.txt}
exp=$(mktemp -d)
trap 'rm -rf "$exp"' EXIT
for f in $files; do cp "$dir/$(basename "$f" .txt).json" "$exp/"; done
# shellcheck disable=SC2086
.build/debug/tongbao parse $files --json > /tmp/genre3-parse.json || true
python3 ../shared/tools/evalparse.py /tmp/genre3-parse.json "$exp" $verbose
