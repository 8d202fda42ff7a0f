#ifndef TONGBAO_JEMALLOC_SETTINGS_H
#define TONGBAO_JEMALLOC_SETTINGS_H

/// The options the release binary's allocator (jemalloc) starts with; see jemalloc_settings.c.
extern const char *malloc_conf;

#endif
