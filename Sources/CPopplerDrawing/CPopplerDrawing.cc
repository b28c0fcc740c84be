// The C face of DrawingCollector: open a document, interpret one page at a time, copy out plain structs.

#include "CPopplerDrawing.h"

#include <Error.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

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

/// A font's name as poppler-glib gives it: without a subset tag (capitals and `+`), "Default" when it has none.
std::string fontName(const GooString *name)
{
    if (!name || name->getLength() == 0) return "Default";
    const std::string full = name->toStr();
    size_t capitals = 0;
    while (capitals < full.size() && full[capitals] >= 'A' && full[capitals] <= 'Z') ++capitals;
    if (capitals > 0 && capitals < full.size() && full[capitals] == '+') return full.substr(capitals + 1);
    return full;
}

/// The text page's characters in the order and with the boxes poppler-glib's `poppler_page_get_text_layout` and
/// `poppler_page_get_text_attributes` give them (the same walk over the same selection), line ends left out.
void copyText(TextPage *text, double width, double height, gr_page *page)
{
    PDFRectangle selection(0, 0, width, height);
    int lineCount = 0;
    std::vector<TextWordSelection *> **lines = text->getSelectionWords(&selection, selectionStyleGlyph, &lineCount);
    if (!lines) return;
    std::vector<gr_char> chars;
    std::vector<std::string> fonts;
    std::map<std::string, int> fontIndex;
    auto fontOf = [&](const TextWord *word, int index) {
        const std::string name = fontName(word->getFontName(index));
        auto found = fontIndex.find(name);
        if (found != fontIndex.end()) return found->second;
        fonts.push_back(name);
        fontIndex.emplace(name, static_cast<int>(fonts.size() - 1));
        return static_cast<int>(fonts.size() - 1);
    };
    for (int i = 0; i < lineCount; ++i) {
        std::vector<TextWordSelection *> *words = lines[i];
        for (size_t j = 0; j < words->size(); ++j) {
            TextWordSelection *selected = (*words)[j];
            const TextWord *word = selected->getWord();
            int font = -1;
            for (int k = selected->getBegin(); k < selected->getEnd(); ++k) {
                gr_char c {};
                c.unicode = word->getChar(k)[0];
                word->getCharBBox(k, &c.x0, &c.y0, &c.x1, &c.y1);
                c.font = font = fontOf(word, k);
                c.font_size = word->getFontSize();
                chars.push_back(c);
            }
            if (word->hasSpaceAfter() && j + 1 < words->size() && font >= 0) {
                // From this word to the next, as high as this one; in this word's font, as glib's attributes have it.
                double x0, y0, x1, y1, nextX0, nextY0, nextX1, nextY1;
                word->getBBox(&x0, &y0, &x1, &y1);
                (*words)[j + 1]->getWord()->getBBox(&nextX0, &nextY0, &nextX1, &nextY1);
                chars.push_back(gr_char { ' ', x1, y0, nextX0, y1, font, word->getFontSize() });
            }
            delete selected;
        }
        delete words;
    }
    gfree(lines);
    if (chars.empty()) return;
    page->chars = static_cast<gr_char *>(std::malloc(chars.size() * sizeof(gr_char)));
    page->font_names = static_cast<char **>(std::calloc(fonts.size(), sizeof(char *)));
    if (!page->chars || !page->font_names) return;
    std::memcpy(page->chars, chars.data(), chars.size() * sizeof(gr_char));
    page->char_count = static_cast<int>(chars.size());
    for (size_t f = 0; f < fonts.size(); ++f) page->font_names[f] = strdup(fonts[f].c_str());
    page->font_count = static_cast<int>(fonts.size());
}

} // namespace

extern "C" {

gr_drawing *gr_drawing_open(const char *path, const char *password, int *errors, gr_open_error *error)
{
    setUp();
    errorCount = 0;
    gr_drawing *result = nullptr;
    gr_open_error why { 0, 0 };
    if (path) {
        std::optional<GooString> secret;
        if (password) secret = GooString(password);
        try {
            auto document = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), secret, secret);
            if (document->isOk()) {
                result = new gr_drawing { std::move(document) };
            } else {
                why = gr_open_error { document->getErrorCode(), document->getFopenErrno() };
            }
        } catch (...) {
            ++errorCount;
            why.code = errDamaged;
        }
    }
    if (errors) *errors = errorCount;
    if (error) *error = why;
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
    page->exists = 1;
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
    TextPage *text = collector.takeText();
    copyText(text, page->width, page->height, page);
    text->decRefCnt();
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
    std::free(page->chars);
    page->chars = nullptr;
    page->char_count = 0;
    for (int f = 0; f < page->font_count; ++f) std::free(page->font_names[f]);
    std::free(page->font_names);
    page->font_names = nullptr;
    page->font_count = 0;
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
