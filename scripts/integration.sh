#!/usr/bin/env bash
# End-to-end checks on real input, run by `make test`: the CLI on the seeds, the notices measured
# by ../shared/tools/pdfcheck.py (GB/T 9704 profile), and the parse output scored by evalparse.py.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${TONGBAO:?set TONGBAO to the tongbao binary}"
SHARED=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
step() { printf '\n== %s\n' "$*"; }
bad() { echo "FAIL: $*"; fail=1; }

step "parse the seeds; evalparse against $SHARED/fixtures/seeds-expected"
"$TONGBAO" parse seeds/*.txt --json > "$work/parsed.json" 2> "$work/parse.err" || bad "tongbao parse exited non-zero: $(tail -n 3 "$work/parse.err")"
# evalparse always exits 0, so its scores are read and held to floors here. The seeds score 1.000
# on every field today; a drop of any field (or of the mean) below its floor fails the run.
EVAL_FLOOR_OVERALL=1.000
EVAL_FIELD_FLOORS="items=1 date=1 time_of_day=1 unit=1 meeting=1 requirements=1 people=1 measures=1 targets=1 titles=1"
if [[ -f "$SHARED/tools/evalparse.py" ]]; then
  python3 "$SHARED/tools/evalparse.py" "$work/parsed.json" "$SHARED/fixtures/seeds-expected" > "$work/eval.txt" || bad "evalparse exited non-zero"
  tail -n 12 "$work/eval.txt"
  python3 "$SHARED/tools/evalparse.py" "$work/parsed.json" "$SHARED/fixtures/seeds-expected" --json > "$work/eval.json" || bad "evalparse --json exited non-zero"
  verdict=$(python3 - "$work/eval.json" "$EVAL_FLOOR_OVERALL" "$EVAL_FIELD_FLOORS" <<'PY'
import json, sys
path, overall_floor, floors = sys.argv[1], float(sys.argv[2]), sys.argv[3].split()
line = next((l for l in open(path, encoding="utf-8") if l.lstrip().startswith("{")), None)
if line is None:
    print("evalparse printed no JSON scores"); sys.exit(0)
result = json.loads(line)
scores, problems = result.get("scores", {}), []
if result.get("overall", 0) + 1e-9 < overall_floor:
    problems.append(f"overall {result.get('overall', 0):.3f} < {overall_floor:.3f}")
for item in floors:
    field, floor = item.split("=")
    if field not in scores:
        problems.append(f"{field} not scored")
    elif scores[field] + 1e-9 < float(floor):
        problems.append(f"{field} {scores[field]:.3f} < {float(floor):.3f}")
print("; ".join(problems))
PY
)
  [[ -z "$verdict" ]] || bad "evalparse below its floors: $verdict"
elif [[ "${CI:-}" == "true" ]]; then
  bad "$SHARED/tools/evalparse.py not present (CI=true: the parse score must be checked)"
else
  echo "skipped: $SHARED/tools/evalparse.py not present"
fi

step "import the seeds and the example ledger into a fresh store; import again changes nothing"
db="$work/store.sqlite"
"$TONGBAO" import --db "$db" seeds/ || bad "import exited non-zero"
"$TONGBAO" import --db "$db" --ledger examples/ledger-example.csv || bad "ledger import exited non-zero"

step "weekly notices of every seed week"
weeks="2016-W20 2016-W44 2017-W46 2017-W47 2018-W22"
for w in $weeks; do
  out=$("$TONGBAO" weekly --db "$db" --week "$w" --output "$work/" --quiet) || bad "weekly $w exited non-zero"
  [[ "$out" == "$work/weekly-$w.pdf" && -s "$out" ]] || bad "weekly $w did not print the PDF it wrote: $out"
done
text=$(pdftotext "$work/weekly-2017-W46.pdf" - | tr -d ' \n')
for needle in 高新区 石佛办事处 梧桐办事处 沟赵办事处 双桥办事处 李金勇 11月14日 11月15日 11月16日 多次通报仍整改不到位; do
  [[ "$text" == *"$needle"* ]] || bad "2017-W46 notice lacks $needle"
done
text=$(pdftotext "$work/weekly-2017-W47.pdf" - | tr -d ' \n')
for needle in 高新区 高新实业 枫杨办事处 王新亭 王宏伟 11月20日 11月24日; do
  [[ "$text" == *"$needle"* ]] || bad "2017-W47 notice lacks $needle"
done
for pdf in "$work"/weekly-*.pdf; do
  t=$(pdftotext "$pdf" - | tr -d ' \n')
  for junk in 友情链接 版权所有 备案号 本站为 星期四 '(lián)'; do
    [[ "$t" != *"$junk"* ]] || bad "$(basename "$pdf") carries site boilerplate: $junk"
  done
done

# faithful NAME CONTENT.json SOURCES…: faithcheck must PASS and every block must name its sources.
faithful() {
  local name=$1 content=$2 status summary n k
  shift 2
  python3 "$SHARED/tools/faithcheck.py" "$content" "$@" --layout layouts/weekly-notice.toml > "$work/faith.txt" 2>&1
  status=$?
  grep -E '^(UNSUPPORTED|UNATTESTED|NOSOURCE)' "$work/faith.txt" | head -n 5
  summary=$(tail -n 1 "$work/faith.txt")
  echo "$name: $summary"
  [[ $status -eq 0 && "$summary" == *PASS* ]] || bad "faithcheck $name: $summary"
  n=$(sed -E 's/.* paragraphs=([0-9]+).*/\1/' <<< "$summary")
  k=$(sed -E 's/.* with_sources=([0-9]+).*/\1/' <<< "$summary")
  [[ "$n" == "$k" ]] || bad "faithcheck $name: $k of $n blocks name their sources"
}

step "faithcheck: every notice says only what its sources say, every block names its sources"
if [[ -f "$SHARED/tools/faithcheck.py" ]] && python3 -c "import opencc" 2>/dev/null; then
  for w in $weeks; do
    "$TONGBAO" weekly --db "$db" --week "$w" --output "$work/faith-$w.pdf" --emit-content "$work/faith-$w.json" --quiet > /dev/null \
      || bad "weekly $w --emit-content exited non-zero"
    # the ledger imported above is a source too: the 督查发现问题 section names its rows
    faithful "$w" "$work/faith-$w.json" seeds/ examples/ledger-example.csv
  done
else
  echo "skipped: $SHARED/tools/faithcheck.py or the opencc module not present"
fi

# The notices of a held-out set's weeks (pdfcheck --strict measures them below with the seed
# notices): genre_notices SET PREFIX WEEKS… writes $work/PREFIX-WEEK.pdf/.json and faithchecks them.
genre_notices() {
  local set=$1 prefix=$2; shift 2
  local db="$work/$prefix.sqlite" w
  "$TONGBAO" import --db "$db" "Tests/BriefingReaderTests/$set"/*.txt > /dev/null || bad "$set import exited non-zero"
  for w in "$@"; do
    "$TONGBAO" weekly --db "$db" --week "$w" --output "$work/$prefix-$w.pdf" --emit-content "$work/$prefix-$w.json" --quiet > /dev/null \
      || bad "$prefix weekly $w exited non-zero"
  done
  if [[ -f "$SHARED/tools/faithcheck.py" ]] && python3 -c "import opencc" 2>/dev/null; then
    for w in "$@"; do faithful "$prefix $w" "$work/$prefix-$w.json" "Tests/BriefingReaderTests/$set/"; done
  else
    echo "skipped: $SHARED/tools/faithcheck.py or the opencc module not present"
  fi
}

step "the genre notices (every week holding an item of Tests/BriefingReaderTests/Genre); faithcheck on them"
genre_weeks="2017-W44 2017-W45 2017-W46 2017-W47 2017-W48 2017-W49 2018-W15 2018-W37 2018-W41 2018-W42 2018-W43
  2018-W44 2018-W45 2018-W46 2018-W47 2018-W48 2018-W49 2019-W02 2019-W09 2019-W10 2019-W13 2019-W20 2019-W39 2019-W43
  2019-W44 2019-W49 2020-W45 2020-W46"
# shellcheck disable=SC2086
genre_notices Genre genre $genre_weeks

step "the genre-3 notices (every week holding an item of Tests/BriefingReaderTests/Genre3); faithcheck on them"
genre3_weeks="2021-W46 2021-W47 2021-W48 2021-W49"
# shellcheck disable=SC2086
genre_notices Genre3 genre3 $genre3_weeks

step "rerunning a week gives the same bytes and the same 期号"
cp "$work/weekly-2017-W46.pdf" "$work/first.pdf"
"$TONGBAO" import --db "$db" seeds/ > /dev/null
"$TONGBAO" weekly --db "$db" --week 2017-W46 --output "$work/" --quiet > /dev/null || bad "rerun exited non-zero"
cmp -s "$work/first.pdf" "$work/weekly-2017-W46.pdf" || bad "the rerun of 2017-W46 is not byte-identical"

step "pdfcheck --profile gbt9704 --strict on every A4 notice: with the ledger, from the seeds alone (as the demo writes them), reviewed, the 28 genre notices and the 4 genre-3 notices"
if [[ -f "$SHARED/tools/pdfcheck.py" ]]; then
  # the demo's notices: every week from the seeds alone, and 2017-W46 after a review correction
  pdb="$work/plain.sqlite"
  "$TONGBAO" import --db "$pdb" seeds/ > /dev/null || bad "import (plain) exited non-zero"
  for w in $weeks; do
    "$TONGBAO" weekly --db "$pdb" --week "$w" --output "$work/plain-weekly-$w.pdf" --quiet > /dev/null || bad "weekly $w (plain) exited non-zero"
  done
  "$TONGBAO" review --db "$pdb" --week 2017-W46 --output "$work/plain-review.xlsx" > /dev/null || bad "review (plain) exited non-zero"
  python3 scripts/review-edit.py "$work/plain-review.xlsx" '002_1f215ed26580ae16#2' '单位' '高新技术产业开发区' > /dev/null || bad "review-edit (plain)"
  "$TONGBAO" import --db "$pdb" --review "$work/plain-review.xlsx" > /dev/null || bad "import --review (plain) exited non-zero"
  "$TONGBAO" weekly --db "$pdb" --week 2017-W46 --output "$work/reviewed-weekly-2017-W46.pdf" --quiet > /dev/null || bad "weekly (reviewed) exited non-zero"
  # every finding fails: a text page short of 22 lines, a missing page number, a blank page
  for pdf in "$work"/weekly-*.pdf "$work"/plain-weekly-*.pdf "$work/reviewed-weekly-2017-W46.pdf" "$work"/genre-*.pdf "$work"/genre3-*.pdf; do
    python3 "$SHARED/tools/pdfcheck.py" "$pdf" --profile gbt9704 --strict > "$work/check.txt" 2>&1
    status=$?
    tail -n 1 "$work/check.txt"
    [[ $status -eq 0 ]] || { grep -E '^FAIL' "$work/check.txt"; bad "pdfcheck --strict: $(basename "$pdf")"; }
  done
  # the body is 仿宋: the font pdfcheck finds most text in is FandolFang (the open default)
  for pdf in "$work"/weekly-*.pdf; do
    body=$(python3 "$SHARED/tools/pdfcheck.py" "$pdf" --profile gbt9704 --json 2>/dev/null \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["findings"]["font_usage"][0]["font"])' 2>/dev/null || true)
    [[ "$body" == *FandolFang* ]] || bad "$(basename "$pdf"): body font is '$body', expected FandolFang"
  done
elif [[ "${CI:-}" == "true" ]]; then
  bad "$SHARED/tools/pdfcheck.py not present (CI=true: the notices must be measured)"
else
  echo "skipped: $SHARED/tools/pdfcheck.py not present"
fi

step "monthly ranking of the example air data (A4, CSV, xlsx; A3 meeting layout)"
"$TONGBAO" monthly --month 2017-01 --air examples/air/daily/ --output "$work/" --csv "$work/" --xlsx "$work/" --quiet > /dev/null \
  || bad "monthly exited non-zero"
for f in monthly-2017-01.pdf monthly-2017-01.csv monthly-2017-01.xlsx; do [[ -s "$work/$f" ]] || bad "monthly did not write $f"; done
"$TONGBAO" monthly --month 2017-01 --air examples/air/daily/ --layout layouts/monthly-ranking-meeting.toml --output "$work/" --quiet > /dev/null \
  || bad "monthly (meeting layout) exited non-zero"
if [[ -f "$SHARED/tools/pdfcheck.py" ]]; then
  # the A4 ranking is a gbt9704 page like the notices (the A3 meeting sheet is not, and is not checked)
  python3 "$SHARED/tools/pdfcheck.py" "$work/monthly-2017-01.pdf" --profile gbt9704 --strict > "$work/check.txt" 2>&1
  status=$?
  tail -n 1 "$work/check.txt"
  [[ $status -eq 0 ]] || { grep -E '^FAIL' "$work/check.txt"; bad "pdfcheck --strict monthly"; }
fi

step ".docx of the notices and the ranking: XML rules, same text as the PDF, LibreOffice's page measured (scripts/docxcheck.py)"
mkdir -p "$work/docx"
for w in $weeks; do
  "$TONGBAO" weekly --db "$db" --week "$w" --output "$work/docx/" --docx "$work/docx/" --quiet > /dev/null || bad "weekly $w --docx exited non-zero"
done
"$TONGBAO" monthly --month 2017-01 --air examples/air/daily/ --output "$work/docx/" --docx "$work/docx/" --quiet > /dev/null \
  || bad "monthly --docx exited non-zero"
if command -v soffice > /dev/null; then
  # a private profile: soffice refuses to start beside another instance using the default one
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/docx/lo" "$work"/docx/*.docx \
    > "$work/soffice.log" 2>&1 || bad "soffice could not convert the .docx files: $(tail -n 2 "$work/soffice.log")"
else
  bad "soffice (libreoffice-writer-nogui) is not installed; run make deps"
fi
for f in "$work"/docx/*.docx; do
  n=$(basename "$f" .docx)
  [[ -s "$work/docx/lo/$n.pdf" ]] || { bad "LibreOffice did not convert $n.docx"; continue; }
  SHARED=$SHARED python3 scripts/docxcheck.py "$f" "$work/docx/$n.pdf" "$work/docx/lo/$n.pdf" > "$work/docxcheck.txt" 2> /dev/null
  status=$?
  grep -E '^(FAIL|LibreOffice|PASS)' "$work/docxcheck.txt"
  [[ $status -eq 0 ]] || bad "docxcheck $n.docx"
done

step "OFD (GB/T 33190) of every notice and of the rankings, read by easyofd against the PDF (scripts/ofdcheck.py)"
od="$work/ofd"; mkdir -p "$od"
for w in $weeks; do
  "$TONGBAO" weekly --db "$db" --week "$w" --output "$od/" --ofd "$od/" --quiet > /dev/null || bad "weekly $w --ofd exited non-zero"
done
"$TONGBAO" monthly --month 2017-01 --air examples/air/daily/ --output "$od/" --ofd "$od/" --quiet > /dev/null \
  || bad "monthly --ofd exited non-zero"
"$TONGBAO" monthly --month 2017-01 --air examples/air/daily/ --layout layouts/monthly-ranking-meeting.toml --output "$od/" \
  --ofd "$od/" --quiet > /dev/null || bad "monthly (meeting) --ofd exited non-zero"
n=0
for f in "$od"/*.ofd; do
  n=$((n + 1))
  python3 scripts/ofdcheck.py "$f" "${f%.ofd}.pdf" > "$od/check.txt" 2> "$od/check.err"
  status=$?
  grep -E '^(FAIL|easyofd|SUMMARY)' "$od/check.txt" || tail -n 3 "$od/check.err"
  [[ $status -eq 0 ]] || bad "ofdcheck $(basename "$f")"
done
[[ $n -eq 7 ]] || bad "expected 7 OFD files (5 notices, 2 rankings), found $n"
# a face tongbao may not subset (OS/2 fsType: no subsetting) is refused by name; the earlier files stay
bf="$od/fonts"; mkdir -p "$bf"
for f in fonts/*.otf fonts/*.ttf fonts/*.ttc; do ln -s "$(readlink -f "$f")" "$bf/$(basename "$f")"; done
python3 - Tests/RenderingTests/Fixtures/FangSongGB2312-TestSubset.ttf "$bf/FangSongGB2312-NoSubset.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
font["OS/2"].fsType = 0x0100
font.save(sys.argv[2])
PY
cp "$od/weekly-2017-W46.pdf" "$od/before.pdf"; cp "$od/weekly-2017-W46.ofd" "$od/before.ofd"
"$TONGBAO" weekly --db "$db" --week 2017-W46 --fonts "$bf" --output "$od/" --ofd "$od/" --quiet > /dev/null 2> "$od/refused.err"
status=$?
[[ $status -eq 65 ]] || bad "a font that may not be subset: exit $status, expected 65"
grep -q '仿宋_GB2312' "$od/refused.err" && grep -q 'FangSongGB2312-NoSubset.ttf' "$od/refused.err" \
  || bad "the refusal does not name the font: $(cat "$od/refused.err")"
cmp -s "$od/before.pdf" "$od/weekly-2017-W46.pdf" && cmp -s "$od/before.ofd" "$od/weekly-2017-W46.ofd" \
  || bad "a refused OFD changed the earlier PDF or OFD"
ls -a "$od" | grep -q '\.tmp$' && bad "a refused OFD left a temporary file"
# an OFD target that cannot be written: exit 73, no PDF either
"$TONGBAO" weekly --db "$db" --week 2017-W47 --output "$od/ro-test.pdf" --ofd "$od/missing-dir/x.ofd" --quiet > /dev/null 2>&1
status=$?
[[ $status -eq 73 ]] || bad "an OFD into a missing directory: exit $status, expected 73"
[[ ! -e "$od/ro-test.pdf" ]] || bad "the PDF was written although its OFD could not be"

step "review round trip: sheet → a corrected cell (openpyxl) → import --review → the corrected notice; bad sheets refused by cell"
rv="$work/review"; mkdir -p "$rv/seeds"
cp seeds/002_1f215ed26580ae16.txt "$rv/seeds/"
rdb="$rv/store.sqlite"
"$TONGBAO" import --db "$rdb" "$rv/seeds/" > /dev/null || bad "review: import exited non-zero"
sheet=$("$TONGBAO" review --db "$rdb" --week 2017-W46 --output "$rv/") || bad "review exited non-zero"
[[ "$sheet" == "$rv/review-2017-W46.xlsx" && -s "$sheet" ]] || bad "review did not print the sheet it wrote: $sheet"
people='人员（姓名/职务/角色）'  # used by the bad-sheet case below
cp "$sheet" "$rv/edited.xlsx"
python3 scripts/review-edit.py "$rv/edited.xlsx" '002_1f215ed26580ae16#2' '单位' '高新技术产业开发区' > /dev/null || bad "review-edit"
python3 scripts/review-edit.py "$rv/edited.xlsx" '002_1f215ed26580ae16#5' '删除' '删除' > /dev/null || bad "review-edit"
"$TONGBAO" import --db "$rdb" --review "$rv/edited.xlsx" > /dev/null || bad "import --review exited non-zero"
notice() { "$TONGBAO" weekly --db "$rdb" --week 2017-W46 --output "$rv/weekly.pdf" --quiet 2> "$rv/weekly.err" > /dev/null || bad "weekly after review exited non-zero"; pdftotext "$rv/weekly.pdf" - | tr -d ' \n'; }
t=$(notice)
[[ "$t" == *（一）高新技术产业开发区* ]] || bad "the corrected unit is not in the notice"
[[ "$t" != *（五）沟赵办事处* && "$t" == *（四）石佛办事处* ]] || bad "the item marked 删除 is still in the notice"
pdfinfo "$rv/weekly.pdf" | grep -q '人工审核' || bad "the reviewed notice does not say so in its metadata"
"$TONGBAO" import --db "$rdb" "$rv/seeds/" > /dev/null || bad "re-import exited non-zero"
t=$(notice)
[[ "$t" == *（一）高新技术产业开发区* ]] || bad "re-importing the unchanged briefing lost the correction"
printf '\n' >> "$rv/seeds/002_1f215ed26580ae16.txt"
"$TONGBAO" import --db "$rdb" "$rv/seeds/" > /dev/null || bad "import of the changed briefing exited non-zero"
t=$(notice)
grep -q 'dropped: its briefing file changed' "$rv/weekly.err" || bad "a changed briefing did not drop its corrections with a warning"
[[ "$t" != *高新技术产业开发区* && "$t" == *（五）沟赵办事处* ]] || bad "a correction outlived a change of its briefing"
"$TONGBAO" review --db "$rdb" --week 2017-W46 --output "$rv/fresh.xlsx" > /dev/null || bad "review (fresh) exited non-zero"
cp "$rv/fresh.xlsx" "$rv/bad.xlsx"
python3 scripts/review-edit.py "$rv/bad.xlsx" '002_1f215ed26580ae16#2' '日期' '2017年2月30日' > /dev/null
python3 scripts/review-edit.py "$rv/bad.xlsx" '002_1f215ed26580ae16#2' "$people" '李金勇/书记/指挥' > /dev/null
"$TONGBAO" import --db "$rdb" --review "$rv/bad.xlsx" > /dev/null 2> "$rv/bad.err"; status=$?
[[ $status -eq 65 ]] || bad "a bad review sheet exited $status, not 65"
grep -q 'bad.xlsx:审核!D2' "$rv/bad.err" && grep -q 'bad.xlsx:审核!J2' "$rv/bad.err" || bad "the bad cells are not named: $(cat "$rv/bad.err")"
cp "$rv/fresh.xlsx" "$rv/moved.xlsx"
python3 scripts/review-edit.py "$rv/moved.xlsx" --move-columns
"$TONGBAO" import --db "$rdb" --review "$rv/moved.xlsx" > /dev/null 2> "$rv/moved.err" && bad "a sheet with moved columns was accepted"
grep -q 'moved.xlsx:审核!B1' "$rv/moved.err" || bad "moved columns not named by cell: $(cat "$rv/moved.err")"
[[ $(sqlite3 "$rdb" 'SELECT COUNT(*) FROM review_correction') == 0 ]] || bad "a refused sheet stored corrections"

step "an undated item (近日): named by import, counted by weekly, dated in a review sheet, then in its week's notice"
ud="$work/undated"; mkdir -p "$ud"
"$TONGBAO" import --db "$ud/s.sqlite" Tests/BriefingReaderTests/Genre/g16_jianbao_bracket_markers.txt > /dev/null 2> "$ud/import.err" \
  || bad "import of an undated item exited non-zero"
grep -q 'g16_jianbao_bracket_markers.txt:6: warning: item g16_jianbao_bracket_markers#2 .* has no date' "$ud/import.err" \
  || bad "import did not name the undated item: $(cat "$ud/import.err")"
"$TONGBAO" weekly --db "$ud/s.sqlite" --week 2017-W49 --output "$ud/before.pdf" --quiet > /dev/null 2> "$ud/weekly.err" || bad "weekly (undated) exited non-zero"
grep -q '1 stored item has no date' "$ud/weekly.err" || bad "weekly did not count the undated item: $(cat "$ud/weekly.err")"
"$TONGBAO" review --db "$ud/s.sqlite" --week 2017-W49 --output "$ud/" > /dev/null || bad "review (undated) exited non-zero"
python3 scripts/review-edit.py "$ud/review-2017-W49.xlsx" 'g16_jianbao_bracket_markers#2' '日期' '2017年12月7日' > /dev/null || bad "review-edit (undated)"
"$TONGBAO" import --db "$ud/s.sqlite" --review "$ud/review-2017-W49.xlsx" > /dev/null || bad "import --review (undated) exited non-zero"
"$TONGBAO" weekly --db "$ud/s.sqlite" --week 2017-W49 --output "$ud/after.pdf" --quiet > /dev/null 2> "$ud/weekly.err" || bad "weekly (dated) exited non-zero"
[[ ! -s "$ud/weekly.err" ]] || bad "weekly still warns after the review dated the item: $(cat "$ud/weekly.err")"
[[ "$(pdftotext "$ud/before.pdf" - | tr -d ' \n')" != *餐饮单位开展油烟专项整治* ]] || bad "the undated item was in a notice"
[[ "$(pdftotext "$ud/after.pdf" - | tr -d ' \n')" == *餐饮单位开展油烟专项整治* ]] || bad "the item dated by the review is not in its week's notice"

[[ $fail -eq 0 ]] && echo && echo "integration: all checks passed"
exit $fail
