#include "jemalloc_settings.h"

// jemalloc reads its options from this symbol when the process starts (the library's own is a weak
// default). Dirty pages are given back after 30 ms instead of 10 s, an allocation of 1 MB or more
// (not 8 MB) is made from extents of its own, given back when freed, and freed address space is
// unmapped instead of kept for reuse (retain): with the defaults a 50 MB file of repeated items
// peaked at 2.1 times its size (the reader's target is 2; `make bench`) and the seeds made distinct
// at 1.9 times; with these at 1.72-1.76 and 1.73-1.79 times (glibc's allocator: 1.6-1.7), at the
// same CPU time. In the debug build, which does not link jemalloc, nothing reads it.
const char *malloc_conf = "dirty_decay_ms:30,oversize_threshold:1048576,retain:false";
