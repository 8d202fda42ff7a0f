#!/bin/sh
# Scores the reader on the held-out genre set: run from the package root after `swift build`.
set -e
dir=Tests/BriefingReaderTests/Genre
.build/debug/tongbao parse "$dir"/*.txt --json > /tmp/genre-parse.json
python3 ../shared/tools/evalparse.py /tmp/genre-parse.json "$dir" "$@"
