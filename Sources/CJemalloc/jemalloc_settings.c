#include "jemalloc_settings.h"

// jemalloc reads its options from this symbol when the process starts (the library's own is a weak
// default). Dirty pages are given back after 30 ms instead of 10 s, an allocation of 1 MB or more
// (not 8 MB) is made from extents of its own, given back when freed, and freed address space is
// unmapped instead of kept for reuse (retain): with the defaults a 50 MB file of repeated items
// peaked at 2.1 times its size (the reader's target is 2; `make bench`) and the seeds made distinct
// at 1.9 times; with these at 1.72-1.76 and 1.73-1.79 times (glibc's allocator: 1.6-1.7), at the
// same CPU time. Those pages are given back by a background thread of jemalloc's, on time, not by
// the next allocation that finds them due: a faster reader (2026-12-05 evening) left more of them
// between its allocations, and the seeds made distinct peaked at 93 MB in six runs without it, 84
// MB with it, at the same CPU time (it touches jemalloc's own structures only, nothing of Swift's:
// the reader's single-threaded reference counts are not concerned). In the debug build, which
// does not link jemalloc, nothing reads it.
const char *malloc_conf = "dirty_decay_ms:30,oversize_threshold:1048576,retain:false,background_thread:true";
