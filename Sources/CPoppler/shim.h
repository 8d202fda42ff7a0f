#include <glib-object.h>
#include <dlfcn.h>

/* poppler is opened when a PDF is read, not linked: linked, it and the ~30 libraries it brings
 * (NSS, lcms, TIFF, OpenJPEG, GIO, ...) were loaded and their ~7,000 symbols bound at the start of
 * every command, ~3 ms of CPU before anything ran (`LD_DEBUG=statistics`). The release build
 * (Package.swift) takes only glib's flags from pkg-config, so nothing links libpoppler-glib. dlopen of a library
 * already open only counts a reference, so each call opens it again and no handle is kept. */
#define SHIM_POPPLER_LIBRARY "libpoppler-glib.so.8"

/* The little of poppler-glib's API the PDF decoder uses, as its headers declare it (not included:
 * nothing here may make the build link the library). */
typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
typedef struct _PopplerRectangle { gdouble x1; gdouble y1; gdouble x2; gdouble y2; } PopplerRectangle;

static inline void *shim_poppler_symbol(const char *name) {
    void *lib = dlopen(SHIM_POPPLER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    return lib ? dlsym(lib, name) : NULL;
}

/* NULL when poppler can be used, else why not (dlerror's message). */
static inline const char *shim_poppler_unavailable(void) {
    if (dlopen(SHIM_POPPLER_LIBRARY, RTLD_NOW | RTLD_LOCAL)) return NULL;
    const char *why = dlerror();
    return why ? why : "cannot open " SHIM_POPPLER_LIBRARY;
}

static inline PopplerDocument *shim_poppler_document_new_from_bytes(GBytes *bytes, const char *password, GError **error) {
    PopplerDocument *(*f)(GBytes *, const char *, GError **) =
        (PopplerDocument * (*)(GBytes *, const char *, GError **)) shim_poppler_symbol("poppler_document_new_from_bytes");
    return f ? f(bytes, password, error) : NULL;
}

static inline int shim_poppler_document_get_n_pages(PopplerDocument *doc) {
    int (*f)(PopplerDocument *) = (int (*)(PopplerDocument *))shim_poppler_symbol("poppler_document_get_n_pages");
    return f ? f(doc) : 0;
}

static inline PopplerPage *shim_poppler_document_get_page(PopplerDocument *doc, int index) {
    PopplerPage *(*f)(PopplerDocument *, int) =
        (PopplerPage * (*)(PopplerDocument *, int)) shim_poppler_symbol("poppler_document_get_page");
    return f ? f(doc, index) : NULL;
}

static inline char *shim_poppler_page_get_text(PopplerPage *page) {
    char *(*f)(PopplerPage *) = (char *(*)(PopplerPage *))shim_poppler_symbol("poppler_page_get_text");
    return f ? f(page) : NULL;
}

static inline gboolean shim_poppler_page_get_text_layout(PopplerPage *page, PopplerRectangle **rects, guint *n) {
    gboolean (*f)(PopplerPage *, PopplerRectangle **, guint *) =
        (gboolean(*)(PopplerPage *, PopplerRectangle **, guint *))shim_poppler_symbol("poppler_page_get_text_layout");
    return f ? f(page, rects, n) : FALSE;
}
