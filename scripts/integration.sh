#!/usr/bin/env bash
# End-to-end checks on real input, run by `make test`: the CLI on the seeds, the PDFs it writes
# measured by ../shared/tools/pdfcheck.py, and the parse output scored by evalparse.py.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TONGBAO:?set TONGBAO to the tongbao binary}"
SHARED=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

step() { printf '\n== %s\n' "$*"; }

step "seeds are byte-for-byte copies of $SHARED/seeds"
if [[ -d "$SHARED/seeds" ]]; then
  for f in "$SHARED"/seeds/*; do
    cmp -s "$f" "seeds/$(basename "$f")" || { echo "seeds/$(basename "$f") differs"; fail=1; }
  done
else
  echo "skipped: $SHARED/seeds not present"
fi

step "weekly notice for 2017-W46 from the seeds"
"$TONGBAO" weekly --week 2017-W46 --input seeds/ --output "$work/" > "$work/weekly.out"
pdf=$(tail -n 1 "$work/weekly.out")
[[ -f "$pdf" ]] || { echo "weekly did not print the PDF path it wrote: $(cat "$work/weekly.out")"; exit 1; }
text=$(pdftotext "$pdf" - | tr -d ' \n')
for needle in 石佛办事处 梧桐办事处 沟赵办事处 双桥办事处; do
  [[ "$text" == *"$needle"* ]] || { echo "missing in notice: $needle"; fail=1; }
done
for junk in 友情链接 版权所有 备案 本站; do
  [[ "$text" != *"$junk"* ]] || { echo "boilerplate in notice: $junk"; fail=1; }
done

step "pdfcheck --profile gbt9704"
if [[ -f "$SHARED/tools/pdfcheck.py" ]]; then
  python3 "$SHARED/tools/pdfcheck.py" "$pdf" --profile gbt9704 | tail -n 3 || fail=1
else
  echo "skipped: $SHARED/tools/pdfcheck.py not present"
fi

exit $fail
