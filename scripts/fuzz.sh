#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of Fuzz/ (address sanitizer) into .build-fuzz and runs
# each for FUZZ_SECONDS (default 60) on a corpus grown from the seeds, the layouts and Fuzz/Seeds.
#   FUZZ_SECONDS=600 make fuzz              longer runs
#   FUZZ_TARGETS="FuzzLayout" make fuzz     one target
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
SECS=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-FuzzBriefingReader FuzzLayout FuzzAirImport FuzzTables FuzzContent}
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

status=0
summary=""
for t in $TARGETS; do
  seed "$t"
  corpus=$SCRATCH/corpus/$t
  artifacts=$SCRATCH/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  log=$SCRATCH/$t.log
  stamp=$SCRATCH/$t.started
  touch "$stamp"
  echo "fuzz: $t for ${SECS}s (log: .build-fuzz/$t.log)"
  # Dictionaries: numbers at the edges for every target, hostile .xlsx structure for FuzzTables.
  dict=$SCRATCH/$t.dict
  cat Fuzz/Dictionaries/edge-numbers.dict >"$dict"
  [ "$t" = FuzzTables ] && cat Fuzz/Dictionaries/xlsx.dict >>"$dict"
  # -timeout: an input that takes longer than 20 s is reported as a hang.
  "$BIN/$t" "$corpus" "$SCRATCH/seeds/$t" -dict="$dict" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=3072 \
    -max_len=16384 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$(find "$artifacts" -type f -newer "$stamp" | wc -l)
  line="$t: ${execs:-?} executions, exit $rc, $found new crash/timeout/oom input(s) in .build-fuzz/artifacts/$t/"
  echo "fuzz: $line"
  summary+="$line"$'\n'
  if [ $rc -ne 0 ]; then
    status=1
    grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer)|Fatal error|SUMMARY' "$log" || true
  fi
done
printf '\n%s' "$summary"
exit $status
