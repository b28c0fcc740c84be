#ifndef GOVREPORTS_CPOPPLERDRAWING_H
#define GOVREPORTS_CPOPPLERDRAWING_H

// Plain C access to a PDF page's text and vector drawing, read with Poppler's core library in one pass of its
// content interpreter. Coordinates are points from the top-left of the page's crop box after its /Rotate, y down:
// the same space as poppler-glib's text boxes.

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gr_drawing gr_drawing;

/// Where a candidate ruling came from.
typedef enum {
    GR_SOURCE_STROKE = 0,     ///< a straight stroked segment
    GR_SOURCE_THIN_FILL = 1,  ///< a filled rectangle no thicker than GR_THIN_FILL points
    GR_SOURCE_FILL_EDGE = 2,  ///< one side of a larger filled rectangle
} gr_source;

/// One horizontal (orientation 0) or vertical (1) segment.
typedef struct {
    int orientation;
    /// y of a horizontal segment, x of a vertical one.
    double position;
    /// x range of a horizontal segment, y range of a vertical one; start <= end.
    double start;
    double end;
    /// Stroke width, or the thickness of a thin filled rectangle; 0 for the side of a larger one.
    double width;
    int source;
} gr_segment;

/// One character of the text layer, in poppler-glib's order (lines in reading order, words left to right), with the
/// space between two words of a line as a character of its own, boxed from one word to the next. Line ends are not
/// characters.
typedef struct {
    unsigned int unicode;
    double x0, y0, x1, y1;
    /// Index into the page's `font_names`.
    int font;
    double font_size;
} gr_char;

typedef struct {
    /// 0 when the page could not be interpreted (its other fields are then zero).
    int ok;
    double width;
    double height;
    gr_segment *segments;
    int segment_count;
    /// Painted paths in a visible (not white, not transparent) colour, straight or not, and shadings and patterns.
    int visible_paths;
    /// Images and image masks drawn, and the share of the page their bounding boxes cover (0...1).
    int images;
    double image_share;
    /// Messages Poppler reported while interpreting the page.
    int errors;
    /// 0 when the document has no such page (Poppler cannot read its page object).
    int exists;
    gr_char *chars;
    int char_count;
    /// Font names without their subset tag (`ABCDEF+`), "Default" for a font without a name.
    char **font_names;
    int font_count;
} gr_page;

/// Why a document did not open: Poppler's error code (`errOpenFile` 1, `errBadCatalog` 2, `errDamaged` 3,
/// `errEncrypted` 4, others), and for errOpenFile the errno of opening the file.
typedef struct {
    int code;
    int open_errno;
} gr_open_error;

/// Opens `path`; nil when Poppler cannot open it, with the reason in `*error` (may be nil). `*errors` counts
/// Poppler's messages either way (may be nil).
gr_drawing *gr_drawing_open(const char *path, const char *password, int *errors, gr_open_error *error);
int gr_drawing_page_count(const gr_drawing *drawing);
/// Interprets page `index` (0-based) into `page`; free what it holds with gr_drawing_page_free.
void gr_drawing_page(gr_drawing *drawing, int index, gr_page *page);
void gr_drawing_page_free(gr_page *page);
void gr_drawing_free(gr_drawing *drawing);

/// Routes Poppler's messages, for the rest of the process, into a count per thread instead of standard error
/// (poppler-glib prints "some font thing failed" and the like for damaged files otherwise). Idempotent.
void gr_messages_route(void);
/// The messages Poppler reported on the calling thread since the last call (or the last gr_drawing_* call),
/// and starts the count again.
int gr_messages_take(void);

#ifdef __cplusplus
}
#endif

#endif
