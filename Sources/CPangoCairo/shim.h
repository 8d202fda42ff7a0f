#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <hb-subset.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <stdlib.h>
#include <string.h>
/* GObject cast macros are function-like macros that Swift does not import. */
static inline PangoFcFontMap *shim_fc_font_map(PangoFontMap *fm) { return PANGO_FC_FONT_MAP(fm); }
static inline PangoFcFont *shim_fc_font(PangoFont *f) {
    return PANGO_IS_FC_FONT(f) ? PANGO_FC_FONT(f) : NULL;
}

/* A cairo font face on a copy of `len` bytes of font data (an OpenType file, face `index`).
 * The face owns its own FreeType library and the copy; cairo frees all three when it drops the
 * face (it may keep faces in its caches after the caller's last reference, so the lifetime is
 * cairo's to decide). Returns NULL when FreeType cannot open the data. */
typedef struct { FT_Library library; FT_Face face; void *bytes; } shim_ft_memory_face;
static void shim_ft_memory_face_destroy(void *p) {
    shim_ft_memory_face *m = (shim_ft_memory_face *)p;
    FT_Done_Face(m->face);
    FT_Done_FreeType(m->library);
    free(m->bytes);
    free(m);
}
static inline cairo_font_face_t *shim_cairo_face_from_memory(const unsigned char *data, size_t len, int index,
                                                             int synthesize_bold) {
    static const cairo_user_data_key_t key;
    shim_ft_memory_face *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->bytes = malloc(len ? len : 1);
    if (!m->bytes || FT_Init_FreeType(&m->library) != 0) { free(m->bytes); free(m); return NULL; }
    memcpy(m->bytes, data, len);
    if (FT_New_Memory_Face(m->library, m->bytes, (FT_Long)len, index, &m->face) != 0) {
        FT_Done_FreeType(m->library); free(m->bytes); free(m); return NULL;
    }
    cairo_font_face_t *cf = cairo_ft_font_face_create_for_ft_face(m->face, 0);
    if (cairo_font_face_status(cf) != CAIRO_STATUS_SUCCESS ||
        cairo_font_face_set_user_data(cf, &key, m, shim_ft_memory_face_destroy) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(cf);
        shim_ft_memory_face_destroy(m);
        return NULL;
    }
    if (synthesize_bold) cairo_ft_font_face_set_synthesize(cf, CAIRO_FT_SYNTHESIZE_BOLD);
    return cf;
}
