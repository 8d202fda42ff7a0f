#!/usr/bin/env python3
"""make bench: tongbao against the plain pango/cairo floor and Typst, same documents, same run.

usage: bench.py TONGBAO_BIN SHARED_DIR WORK_DIR [--runs N]
Prints per document: median ms over N runs, ms per page, peak RSS, PDF bytes, and the ratios.
Timings are reported, never asserted (the machine is shared and noisy: compare ratios)."""
import os, statistics, subprocess, sys, time

tongbao, shared, work = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
bench = os.path.join(shared, "bench")
os.makedirs(work, exist_ok=True)
subprocess.run([sys.executable, os.path.join(bench, "make_doc.py"), os.path.join(os.getcwd(), "seeds"), work],
               check=True, stderr=subprocess.DEVNULL)
subprocess.run(["make", "-s", "-C", os.path.join(bench, "limit"), f"OUT={os.path.abspath(work)}"], check=True)
try:
    import typst  # noqa: F401
    have_typst = True
except ImportError:
    have_typst = False


def measure(cmd, out):
    """Median wall ms and max peak RSS (MB) of `cmd` over `runs` runs (one warm-up)."""
    times, rss = [], 0
    for i in range(runs + 1):
        if os.path.exists(out):
            os.remove(out)
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        dt = (time.perf_counter() - t0) * 1000
        err = p.stderr.read().decode(errors="replace")
        if status != 0 or not os.path.exists(out):
            return None, None, f"failed: {err.strip()[:200]}"
        if i > 0:
            times.append(dt)
            rss = max(rss, usage.ru_maxrss / 1024)
    return statistics.median(times), rss, None


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


rows = []
for name in ("tiny", "doc12", "doc100"):
    src = os.path.join(work, name)
    tools = {
        "tongbao": [tongbao, "render", src + ".json", "--output", src + ".tongbao.pdf"],
        "floor": [os.path.join(work, "pcpdf"), src + ".txt", src + ".floor.pdf"],
    }
    if have_typst:
        tools["typst"] = [sys.executable, os.path.join(bench, "peers", "typst_run.py"), src + ".typ", src + ".typst.pdf"]
    result = {}
    for tool, cmd in tools.items():
        out = cmd[-1]
        ms, rss, err = measure(cmd, out)
        result[tool] = (ms, rss, os.path.getsize(out) if ms else 0, pages(out) if ms else 0, err)
    rows.append((name, result))

print(f"{'doc':7} {'tool':8} {'ms':>8} {'ms/page':>8} {'pages':>5} {'RSS MB':>7} {'PDF KB':>8}   ratio ms (vs floor, vs typst)")
for name, result in rows:
    for tool, (ms, rss, size, n, err) in result.items():
        if ms is None:
            print(f"{name:7} {tool:8} {err}")
            continue
        ratios = []
        for ref in ("floor", "typst"):
            if tool != ref and ref in result and result[ref][0]:
                ratios.append(f"{ms / result[ref][0]:.2f}x {ref}")
        print(f"{name:7} {tool:8} {ms:8.0f} {ms / max(n, 1):8.1f} {n:5d} {rss:7.0f} {size / 1024:8.0f}   {', '.join(ratios)}")
if not have_typst:
    print("typst: not installed (pip install typst) — Typst column skipped")
