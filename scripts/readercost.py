#!/usr/bin/env python3
"""The reader's cost, for work on its speed: output identity and instruction counts.

usage: readercost.py TONGBAO_BIN [--snapshot DIR | --compare DIR] [--profile]

Run from the repository root (with ../shared beside it). Makes two mixed inputs in
.build/readercost/ the way bench.py makes its 50 MB files (each copy's number put before every 。,
so that every item is kept): gd2.txt, 2 MB of the genre corpora (Tests/BriefingReaderTests/Genre*,
the UTF-8 .txt files), and d3.txt, 3 MB of the seeds made distinct.

--snapshot DIR  writes `parse --json` of every corpus file (seeds/, ../shared/seeds,
                Tests/BriefingReaderTests) and of both mixes into DIR: stdout, stderr, exit code.
--compare DIR   does the same into a scratch directory and compares it with DIR, file by file;
                prints IDENTICAL (exit 0) or each file that differs (exit 1). Paths are given
                relative to the repository root, so a snapshot of one worktree's binary compares
                with another's.
--profile       counts the instructions of `parse --json` on both mixes with valgrind's callgrind
                (apt-get install valgrind) and prints the total and the inclusive cost of the
                reader's stages, the numbers the reader's speed work is measured by (steadier
                than time on a shared machine). The raw file stays in .build/readercost/ for
                `callgrind_annotate --tree=caller`.

Never asserted by `make test`: a tool for a session that changes the reader.
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys

if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
    sys.exit(__doc__)
tongbao = os.path.abspath(sys.argv[1])
args = sys.argv[2:]
work = os.path.join(".build", "readercost")
os.makedirs(work, exist_ok=True)


def mix(name, source, limit, separator=b""):
    """`source` repeated to `limit` bytes, each copy made distinct; the path, relative."""
    path = os.path.join(work, name)
    with open(path, "wb") as f:
        k = 0
        while f.tell() < limit:
            k += 1
            f.write(source.replace("。".encode(), str(k).encode() + "。".encode()) + separator)
    return path


corpora = os.path.join("Tests", "BriefingReaderTests")
genre = []
for d in ("Genre", "Genre2", "Genre3"):
    for n in sorted(os.listdir(os.path.join(corpora, d))):
        if not n.endswith(".txt"):
            continue
        data = open(os.path.join(corpora, d, n), "rb").read()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # one encoding per file: the GB18030 / UTF-16 ones are not concatenated
        genre.append(data.replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n\n")
seeds = b"".join(open(os.path.join("seeds", n), "rb").read() for n in sorted(os.listdir("seeds")))
mixes = [mix("gd2.txt", b"".join(genre), 2 << 20), mix("d3.txt", seeds, 3 << 20, b"\n")]


def corpus():
    """Every input the snapshot holds, relative to the repository root, in a fixed order."""
    kinds = (".txt", ".html", ".htm", ".docx", ".doc", ".pdf")
    files = []
    for top in ("seeds", os.path.join("..", "shared", "seeds"), corpora):
        for root, _, names in os.walk(top):
            files += [os.path.join(root, n) for n in names if n.endswith(kinds)]
    return sorted(files) + mixes


def snapshot(out):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    files = corpus()
    with open(os.path.join(out, "files.txt"), "w") as f:
        f.write("\n".join(files) + "\n")
    for k, path in enumerate(files):
        r = subprocess.run([tongbao, "parse", "--json", path], capture_output=True)
        for ext, data in ((".out", r.stdout), (".err", r.stderr), (".rc", str(r.returncode).encode())):
            with open(os.path.join(out, f"{k:04d}{ext}"), "wb") as f:
                f.write(data)
    return files


if "--snapshot" in args:
    out = args[args.index("--snapshot") + 1]
    print(f"{len(snapshot(out))} files written to {out}")
if "--compare" in args:
    base = args[args.index("--compare") + 1]
    scratch = os.path.join(work, "compare")
    files = snapshot(scratch)
    if open(os.path.join(base, "files.txt")).read() != open(os.path.join(scratch, "files.txt")).read():
        sys.exit("the snapshot holds other files than the corpus now: make it again from the old binary")
    names = sorted(n for n in os.listdir(base) if n != "files.txt")
    _, differ, missing = filecmp.cmpfiles(base, scratch, names, shallow=False)
    for n in differ + missing:
        print(f"DIFFERS: {files[int(n[:4])]} ({n[4:]})")
    if differ or missing:
        sys.exit(1)
    print(f"IDENTICAL ({len(files)} files)")

# the reader's stages, by the mangled names of the functions that hold them (inclusive cost)
STAGES = [
    ("reader, all of it", r"BriefingReaderAAV7extract33_.*DiagnosticLog"),
    ("  pass 1: Cleaner.scan", r"CleanerV4scan6source4file"),
    ("    LineScreen.add", r"LineScreenV3add__2to8warnings"),
    ("    LineJoiner.add", r"LineJoinerV3addyAA9Paragraph"),
    ("  items' paragraphs made again", r"SegmenterV8ItemPlanV5draft"),
    ("  SpanLocator.spans", r"SpanLocatorV5spans3for5draft6header4full11ReportModel0A5SpansVAI0A0V_AA9ItemDraftVSayAA9ParagraphVGSays7UnicodeO6ScalarVGSgtF$"),
    ("  TargetExtractor", r"TargetExtractorV7extract_4year"),
    ("  PeopleExtractor", r"PeopleExtractorV7extract_6speech"),
    ("  MeasureClassifier", r"MeasureClassifierV8classify_2in"),
    ("  RequirementExtractor", r"RequirementExtractorV7extractySaySS"),
    ("  MeetingExtractor", r"MeetingExtractorV7extract8headline"),
    ("  DateExtractor", r"DateExtractorV7extract_7context"),
    ("  MeasureExtractor", r"MeasureExtractorV7extractySaySS"),
    ("  DeadlineExtractor", r"DeadlineExtractorV7extract_4year"),
    ("  TopicExtractor", r"TopicExtractorV7extractySaySS"),
    ("JSON writer (parse --json)", r"ParseJSONWriterV3add"),
    ("swift_release (all callers)", r"^swift_release$"),
    ("swift_allocObject (all callers)", r"^swift_allocObject$"),
]

if "--profile" in args:
    if shutil.which("valgrind") is None:
        sys.exit("--profile needs valgrind (apt-get install valgrind)")
    # valgrind gives up on the release build's DWARF ("possibly corrupted debuginfo"): a copy without it
    stripped = os.path.join(work, "tongbao-stripped")
    shutil.copyfile(tongbao, stripped)
    os.chmod(stripped, 0o755)
    subprocess.run(["objcopy", "--strip-debug", stripped], check=True)
    for path in mixes:
        cg = os.path.join(work, os.path.basename(path) + ".cg")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", stripped, "parse", "--json", path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        listing = subprocess.run(["callgrind_annotate", "--inclusive=yes", cg], capture_output=True, text=True).stdout
        costs = {}
        total = None
        for line in listing.splitlines():
            t = re.match(r"\s*([\d,]+) .*PROGRAM TOTALS", line)
            if t:
                total = int(t.group(1).replace(",", ""))
                continue
            m = re.match(r"\s*([\d,]+) \(.*?\)\s+(\S+):(\S+)", line)
            if m:
                costs.setdefault(m.group(3), int(m.group(1).replace(",", "")))
        total = total or max(costs.values(), default=0)
        print(f"{path} ({os.path.getsize(path) / 1e6:.1f} MB): {total / 1e6:,.1f} M instructions "
              f"({total / os.path.getsize(path):,.0f} a byte)")
        for label, pattern in STAGES:
            found = [v for name, v in costs.items() if re.search(pattern, name)]
            if found:
                v = max(found)
                print(f"  {label:34} {v / 1e6:9,.1f} M  {100 * v / total:5.1f} %")
        print(f"  raw: {cg} (callgrind_annotate --tree=caller|calling)")
