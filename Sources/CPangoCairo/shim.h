#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>
/* GObject cast macros are function-like macros that Swift does not import. */
static inline PangoFcFontMap *shim_fc_font_map(PangoFontMap *fm) { return PANGO_FC_FONT_MAP(fm); }
