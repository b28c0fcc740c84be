#ifndef GOVREPORTS_CPOPPLERDRAWING_H
#define GOVREPORTS_CPOPPLERDRAWING_H

// Plain C access to the vector drawing of a PDF page, read with Poppler's core library.
// Coordinates are points from the top-left of the page's crop box after its /Rotate, y down:
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
} gr_page;

/// Opens `path`; nil when Poppler cannot open it (`*errors` counts its messages either way; may be nil).
gr_drawing *gr_drawing_open(const char *path, const char *password, int *errors);
int gr_drawing_page_count(const gr_drawing *drawing);
/// Interprets page `index` (0-based) into `page`; free its segments with gr_drawing_page_free.
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
