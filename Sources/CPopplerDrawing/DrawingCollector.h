// One pass of Poppler's content interpreter over a page gives both its text and its drawing: the text as
// TextOutputDev collects it (what poppler-glib's text functions read, with the same settings), and what a table
// finder needs from the drawing: horizontal and vertical segments (stroked, or filled rectangles), and whether
// anything visible or any image was drawn.
#pragma once

#include <TextOutputDev.h>
#include <vector>

#include "CPopplerDrawing.h"

class GfxState;

class DrawingCollector : public TextOutputDev {
public:
    // poppler-glib's text page: physical layout, no fixed pitch, reading order, no file.
    DrawingCollector() : TextOutputDev(nullptr, true, 0, false, false) { }

    std::vector<gr_segment> segments;
    int visiblePaths = 0;
    int images = 0;
    double imageArea = 0;
    double pageWidth = 0;
    double pageHeight = 0;

    // Device space is points from the top-left corner, y down, like poppler-glib's text boxes.
    bool upsideDown() override { return true; }
    bool interpretType3Chars() override { return false; }
    // TextOutputDev skips images and patterns, which the page's kind needs counted (they hold no text).
    bool needNonText() override { return true; }
    // Claiming tiling patterns and shadings (and then drawing nothing) keeps Poppler from decomposing them
    // into many small filled polygons, which would pass for thin rectangles. Each still counts as visible
    // paint (it fills its clip path) for telling a blank page from one that needs OCR.
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override { return painted(); }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return painted(); }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return painted(); }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return painted(); }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return painted(); }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return painted(); }

    void startPage(int pageNum, GfxState *state, XRef *xref) override;
    void stroke(GfxState *state) override;
    void fill(GfxState *state) override;
    void eoFill(GfxState *state) override;

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override;
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override;
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert,
                         bool maskInterpolate) override;
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight,
                             GfxImageColorMap *maskColorMap, bool maskInterpolate) override;

private:
    bool painted()
    {
        ++visiblePaths;
        return true;
    }
    void fillPath(GfxState *state);
    void countImage(GfxState *state);
    void add(GfxState *state, int orientation, double position, double start, double end, double width, int source);
};
