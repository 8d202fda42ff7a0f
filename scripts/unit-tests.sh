#!/usr/bin/env bash
# `swift test` on the built tests, its output kept in .build/unit-tests.log. When the run fails,
# the last lines printed say which tests had started and not ended: a crash takes the whole test
# process down, and CI shows only the end of the output (the crashed thread's backtrace, then
# this list), so a rare crash still names its test.
set -uo pipefail
SWIFT=${SWIFT:-swift}
log=.build/unit-tests.log
mkdir -p .build
# the crashed thread's frames only, without registers or the image list: short enough to be seen
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=yes,threads=crashed,registers=none,images=none}
"$SWIFT" test --skip-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "unit tests failed (exit $status); tests started and not ended:"
  python3 - "$log" <<'PY'
import re, sys
started, ended = [], set()
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"Test (.+?) started\.", line)
    if m:
        started.append(m.group(1))
        continue
    m = re.search(r"Test (.+?) (passed|failed|skipped|recorded)", line)
    if m:
        ended.add(m.group(1))
running = [t for t in dict.fromkeys(started) if t not in ended]
print("\n".join("  " + t for t in running) or "  (none: the failure is in a test's result above)")
PY
fi
exit "$status"
