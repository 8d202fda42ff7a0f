#include "jemalloc_settings.h"

// jemalloc reads its options from this symbol when the process starts (the library's own is a weak
// default). Dirty pages are given back after 30 ms instead of 10 s, and an allocation of 1 MB or
// more (not 8 MB) is made from extents of its own, given back when freed: with the defaults a 50
// MB file of repeated items peaked at 2.1 times its size (the reader's target is 2; `make bench`),
// with a 100 ms decay at 1.75-2.0 times from run to run, with these at 1.72-1.76 times, at the
// same CPU time. In the debug build, which does not link jemalloc, nothing reads it.
const char *malloc_conf = "dirty_decay_ms:30,oversize_threshold:1048576";
