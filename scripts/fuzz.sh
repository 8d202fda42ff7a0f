#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of Fuzz/ (address sanitizer) into .build-fuzz and runs
# them for an hour-equivalent: a total of FUZZ_CPU_MINUTES (default 60) CPU-minutes of fuzzing,
# split evenly over the targets. CPU time, not wall time, so a busy or shared machine (run it
# under `nice -n 19`) does the same amount of fuzzing, only slower. Each target is run in slices
# (libFuzzer's -max_total_time is wall time) until its share of CPU time is used up; the corpus
# carries over between slices.
#   FUZZ_CPU_MINUTES=5 make fuzz            a quick pass (1 CPU-minute per target)
#   FUZZ_SECONDS=60 make fuzz               the old form: 60 s of CPU per target
#   FUZZ_TARGETS="FuzzLayout" make fuzz     one target (it gets the whole budget)
#   FUZZ_JOBS=2 make fuzz                   two targets at once (same CPU budget, less wall time)
#   FUZZ_TIMEOUT=60                         wall seconds one input may take before it counts as a
#                                           hang; a "hang" that takes under a tenth of that in CPU
#                                           time when run again alone was a starved machine, not a
#                                           hang (set aside in .build-fuzz/starved/, fuzzing goes on)
# The first build takes a few minutes (TOMLKit's toml++ and the sanitizers); later ones are incremental.
# Leak detection is off: TOMLKit 0.6.0 leaks the key arrays of every table it walks (harmless in
# a one-shot CLI, but it would stop every run).
# A crash stops that target and leaves its input in .build-fuzz/artifacts/TARGET/; the script
# then exits 1. A crash input belongs in Tests/ (see Tests/*/Regressions/) once the bug is fixed.
set -uo pipefail
# Let libFuzzer report crashes (the Swift backtracer trips the address sanitizer).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
TARGETS=${FUZZ_TARGETS:-FuzzBriefingReader FuzzLayout FuzzAirImport FuzzTables FuzzContent}
set -- $TARGETS
if [ -n "${FUZZ_SECONDS:-}" ]; then
  SECS=$FUZZ_SECONDS
else
  SECS=$(( ${FUZZ_CPU_MINUTES:-60} * 60 / $# ))
fi
case $SECS in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_SECONDS / FUZZ_CPU_MINUTES must be a positive whole number" >&2; exit 2 ;; esac
SCRATCH=$ROOT/.build-fuzz
# Release with the sanitizers runs ~15x more inputs per second than debug (FUZZ_CONFIG=debug to compare).
CONFIG=${FUZZ_CONFIG:-release}
FLAGS=(-c "$CONFIG" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

echo "fuzz: building $TARGETS ($CONFIG, sanitize=fuzzer,address) into .build-fuzz"
$SWIFT build --package-path Fuzz --scratch-path "$SCRATCH" "${FLAGS[@]}" || exit 2
BIN=$($SWIFT build --package-path Fuzz --scratch-path "$SCRATCH" "${FLAGS[@]}" --show-bin-path)

# Seed corpora: the shipped inputs, some re-encoded, the hand-made seeds and every regression input.
seed() {
  local t=$1 dir=$SCRATCH/seeds/$1
  rm -rf "$dir" && mkdir -p "$dir"
  [ -d "Fuzz/Seeds/$t" ] && cp Fuzz/Seeds/"$t"/* "$dir"/ 2>/dev/null
  case $t in
    FuzzBriefingReader)
      for f in seeds/*.txt; do
        b=$(basename "$f" .txt)
        cp "$f" "$dir/$b.txt"
        iconv -f UTF-8 -t GB18030 "$f" >"$dir/$b.gb18030" 2>/dev/null || rm -f "$dir/$b.gb18030"
        { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } >"$dir/$b.utf16" 2>/dev/null || rm -f "$dir/$b.utf16"
      done
      cp Tests/BriefingReaderTests/Regressions/* "$dir"/ 2>/dev/null ;;
    FuzzLayout)
      cp layouts/*.toml "$dir"/
      cp Tests/LayoutSpecTests/Regressions/* "$dir"/ 2>/dev/null ;;
    FuzzAirImport)
      cp examples/*.csv "$dir"/
      cp Tests/AirQualityTests/Regressions/* "$dir"/ 2>/dev/null ;;
    FuzzTables)
      # mode byte 0: a small ledger workbook (.xlsx), made with Python's zipfile
      python3 - "$dir/ledger.xlsx" <<'PY'
import sys, zipfile, io
ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
head = ["编号", "区域", "类别", "发现日期", "整改状态", "通报次数"]
row = ["DC-1", "高新区", "扬尘", None, "整改中", None]
def c(ref, v, t=True):
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>' if t else f'<c r="{ref}"><v>{v}</v></c>'
cells1 = "".join(c(f"{chr(65+i)}1", h) for i, h in enumerate(head))
cells2 = c("A2", "DC-1") + c("B2", "高新区") + c("C2", "扬尘") + c("D2", 43052, False) + c("E2", "整改中") + c("F2", "1e300", False)
sheet = f'<worksheet xmlns="{ns}"><sheetData><row r="1">{cells1}</row><row r="2">{cells2}</row></sheetData></worksheet>'
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}"><sheets><sheet name="台账" sheetId="1"/></sheets></workbook>')
    z.writestr("xl/worksheets/sheet1.xml", sheet)
open(sys.argv[1], "wb").write(b"\x00" + buf.getvalue())
PY
      cp Tests/ReportStoreTests/Regressions/* "$dir"/ 2>/dev/null ;;
    FuzzContent)
      cp Tests/TypesettingTests/Regressions/* "$dir"/ 2>/dev/null ;;
  esac
  true
}

# CPU seconds (user + system) of the last `timed` command, from bash's own `time`.
cpu_of() { awk '{ printf "%d", $1 + $2 + 0.5 }' "$1"; }

# One target: slices until its CPU share is used up, or a crash, or an interrupt. Writes its
# summary line to .build-fuzz/TARGET.summary and its CPU seconds to TARGET.total.
fuzz_one() {
  local t=$1
  seed "$t"
  local corpus=$SCRATCH/corpus/$t artifacts=$SCRATCH/artifacts/$t log=$SCRATCH/$t.log stamp=$SCRATCH/$t.started
  mkdir -p "$corpus" "$artifacts"
  touch "$stamp"
  : >"$log"
  echo "fuzz: $t for ${SECS} CPU-seconds (log: .build-fuzz/$t.log)"
  # Dictionaries: numbers at the edges for every target, hostile .xlsx structure for FuzzTables.
  local dict=$SCRATCH/$t.dict
  cat Fuzz/Dictionaries/edge-numbers.dict >"$dict"
  [ "$t" = FuzzTables ] && cat Fuzz/Dictionaries/xlsx.dict >>"$dict"
  local cpu=0 execs=0 rc=0 slices=0 starved=0 used n left began outcome
  began=$(date +%s)
  while [ $cpu -lt "$SECS" ] && [ ! -e "$SCRATCH/stop" ]; do
    left=$(( SECS - cpu ))
    touch "$SCRATCH/$t.cpu.start"
    # A slice's wall-time limit is the CPU time still owed: a single-threaded run cannot use more.
    # -timeout: an input that takes longer than TIMEOUT s (wall time) is reported as a hang.
    TIMEFORMAT='%U %S'
    { time "$BIN/$t" "$corpus" "$SCRATCH/seeds/$t" -dict="$dict" -max_total_time="$left" -timeout="$TIMEOUT" \
        -report_slow_units=100000 -rss_limit_mb=3072 -max_len=16384 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log.slice" 2>&1 ; } 2>"$SCRATCH/$t.cpu"
    rc=$?
    cat "$log.slice" >>"$log"
    slices=$((slices + 1))
    used=$(cpu_of "$SCRATCH/$t.cpu")
    cpu=$((cpu + used))
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log.slice" | grep -o '[0-9]*$' | tail -1)
    execs=$((execs + ${n:-0}))
    # libFuzzer's timeout is wall time: on a starved machine (nice 19 under load) a quick input can
    # exceed it. The input is run again alone; one that finishes within a tenth of the timeout in
    # CPU time was the machine, not a hang: it is set aside in .build-fuzz/starved/ and fuzzing goes on.
    if [ $rc -ne 0 ] && grep -q 'ERROR: libFuzzer: timeout' "$log.slice"; then
      local hang again
      hang=$(find "$artifacts" -name 'timeout-*' -newer "$SCRATCH/$t.cpu.start" -type f | head -1)
      if [ -n "$hang" ]; then
        { time "$BIN/$t" "$hang" -timeout="$TIMEOUT" -detect_leaks=0 >"$log.recheck" 2>&1 ; } 2>"$SCRATCH/$t.recheck"
        again=$?
        if [ $again -eq 0 ] && [ "$(cpu_of "$SCRATCH/$t.recheck")" -le $(( TIMEOUT / 10 )) ]; then
          mkdir -p "$SCRATCH/starved/$t"
          mv "$hang" "$SCRATCH/starved/$t/"
          echo "fuzz: $t: $(basename "$hang") took $(cat "$SCRATCH/$t.recheck") s of CPU alone: the machine was busy, not a hang" | tee -a "$log"
          starved=$((starved + 1))
          touch "$SCRATCH/$t.cpu.start"
          continue
        fi
      fi
    fi
    [ $rc -ne 0 ] && break
    # A slice that used (almost) no CPU means the machine gave none: wait instead of spinning.
    [ "$used" -lt 2 ] && sleep 5
  done
  local found
  found=$(find "$artifacts" -type f -newer "$stamp" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  # libFuzzer exits 72 when interrupted (SIGINT/SIGTERM): stopped early, not a finding.
  if [ $rc -eq 72 ] || [ $rc -eq 130 ]; then outcome="interrupted"; touch "$SCRATCH/stop"
  elif [ $rc -ne 0 ]; then outcome="FAILED (exit $rc)"
  elif [ $cpu -lt "$SECS" ]; then outcome="stopped early"
  else outcome="done"; fi
  echo "$t: ${cpu} CPU-seconds ($(( $(date +%s) - began )) s wall, ${slices} slice(s)), ${execs} executions, $outcome, $found new crash/timeout/oom input(s) in .build-fuzz/artifacts/$t/, $starved starved-not-hung"  >"$SCRATCH/$t.summary"
  echo "$cpu" >"$SCRATCH/$t.total"
  echo "fuzz: $(cat "$SCRATCH/$t.summary")"
  if [ $rc -ne 0 ] && [ "$outcome" != interrupted ]; then
    grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer)|Fatal error|SUMMARY' "$log.slice" || true
  fi
}

# Wall-time limit of one input (FUZZ_TIMEOUT, default 60 s; see the recheck above).
TIMEOUT=${FUZZ_TIMEOUT:-60}
case $TIMEOUT in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_TIMEOUT must be a positive whole number" >&2; exit 2 ;; esac

# FUZZ_JOBS targets at once (default 1): on an idle machine with spare cores the same CPU budget
# in less wall time.
JOBS=${FUZZ_JOBS:-1}
case $JOBS in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_JOBS must be a positive whole number" >&2; exit 2 ;; esac
rm -f "$SCRATCH/stop"
for t in $TARGETS; do rm -f "$SCRATCH/$t.summary" "$SCRATCH/$t.total"; done
for t in $TARGETS; do
  [ -e "$SCRATCH/stop" ] && break
  if [ "$JOBS" -gt 1 ]; then
    fuzz_one "$t" &
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
  else
    fuzz_one "$t"
  fi
done
wait

status=0 total_cpu=0
echo
for t in $TARGETS; do
  if [ -e "$SCRATCH/$t.summary" ]; then
    cat "$SCRATCH/$t.summary"
    total_cpu=$((total_cpu + $(cat "$SCRATCH/$t.total")))
    grep -q ', done, 0 new' "$SCRATCH/$t.summary" || status=1
  else
    echo "$t: not run (interrupted)"
    status=1
  fi
done
asked=$(( SECS * $(echo $TARGETS | wc -w) ))
echo "fuzz: total $((total_cpu / 60)) CPU-minutes $((total_cpu % 60)) s of $((asked / 60)) min $((asked % 60)) s asked"
exit $status
