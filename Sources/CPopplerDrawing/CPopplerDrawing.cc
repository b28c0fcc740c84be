// The C face of DrawingCollector: open a document, interpret one page at a time, copy out plain structs.

#include "CPopplerDrawing.h"

#include <Error.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <goo/GooString.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

#include "DrawingCollector.h"

struct gr_drawing {
    std::unique_ptr<PDFDoc> document;
};

namespace {

/// Poppler's messages for the calls running on this thread, counted instead of printed.
thread_local int errorCount = 0;

void countError(ErrorCategory, Goffset, const char *)
{
    ++errorCount;
}

/// Poppler's global state, for the rest of the process. poppler-glib counts its documents and destroys
/// GlobalParams when the last one closes, under our open documents; holding one initialiser (never released)
/// keeps the count above zero. Its mutex also makes the first creation safe against poppler-glib's.
void setUp()
{
    static std::once_flag once;
    std::call_once(once, [] {
        new GlobalParamsIniter(countError);
        // Set again: poppler-glib installs its own when it is first.
        setErrorCallback(countError);
    });
}

/// Annotations are not part of the page's content (pdfplumber skips them too); form fields draw boxes of their own.
bool noAnnotations(Annot *, void *)
{
    return false;
}

} // namespace

extern "C" {

gr_drawing *gr_drawing_open(const char *path, const char *password, int *errors)
{
    setUp();
    errorCount = 0;
    gr_drawing *result = nullptr;
    if (path) {
        std::optional<GooString> secret;
        if (password) secret = GooString(password);
        try {
            auto document = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), secret, secret);
            if (document->isOk()) result = new gr_drawing { std::move(document) };
        } catch (...) {
            ++errorCount;
        }
    }
    if (errors) *errors = errorCount;
    return result;
}

int gr_drawing_page_count(const gr_drawing *drawing)
{
    return drawing && drawing->document ? drawing->document->getNumPages() : 0;
}

void gr_drawing_page(gr_drawing *drawing, int index, gr_page *page)
{
    if (!page) return;
    std::memset(page, 0, sizeof *page);
    if (!drawing || !drawing->document || index < 0 || index >= drawing->document->getNumPages()) return;
    setUp();
    errorCount = 0;
    Page *source = drawing->document->getPage(index + 1);
    if (!source) {
        page->errors = errorCount;
        return;
    }
    DrawingCollector collector;
    try {
        // The crop box with the page's /Rotate, upside down: the space poppler-glib gives text boxes in.
        drawing->document->displayPage(&collector, index + 1, 72, 72, 0, false, true, false, nullptr, nullptr, noAnnotations, nullptr);
    } catch (...) {
        // No exception may cross into Swift: the page gives nothing, and the caller reports it.
        page->errors = errorCount + 1;
        return;
    }
    page->ok = 1;
    page->width = collector.pageWidth;
    page->height = collector.pageHeight;
    page->visible_paths = collector.visiblePaths;
    page->images = collector.images;
    const double area = collector.pageWidth * collector.pageHeight;
    page->image_share = area > 0 ? std::min(1.0, collector.imageArea / area) : 0;
    page->errors = errorCount;
    if (!collector.segments.empty()) {
        const size_t count = collector.segments.size();
        page->segments = static_cast<gr_segment *>(std::malloc(count * sizeof(gr_segment)));
        if (page->segments) {
            std::memcpy(page->segments, collector.segments.data(), count * sizeof(gr_segment));
            page->segment_count = static_cast<int>(count);
        }
    }
}

void gr_drawing_page_free(gr_page *page)
{
    if (!page) return;
    std::free(page->segments);
    page->segments = nullptr;
    page->segment_count = 0;
}

void gr_drawing_free(gr_drawing *drawing)
{
    delete drawing;
}

void gr_messages_route(void)
{
    setUp();
}

int gr_messages_take(void)
{
    int taken = errorCount;
    errorCount = 0;
    return taken;
}

} // extern "C"
