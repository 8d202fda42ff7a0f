// libxml2 built with ICU includes <unicode/ucnv.h>, whose enums clash with Foundation's own ICU
// module. Nothing here touches the ICU members of xmlCharEncodingHandler (only pointers to it),
// so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
