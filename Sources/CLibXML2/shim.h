// libxml2 built with ICU would pull in the system's ICU headers, which clash with the copy Foundation
// carries; nothing here uses libxml2's ICU converters, so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
