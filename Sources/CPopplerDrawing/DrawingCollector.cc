#include "DrawingCollector.h"

#include <GfxState.h>

#include <algorithm>
#include <cmath>

namespace {

/// A filled rectangle no thicker than this is a line: Word, WPS and LibreOffice draw cell borders as
/// filled rectangles as thick as the border (0.25-1.5 pt, the widths their border menus offer), while any
/// shaded area holds at least a line of text. Not fitted to samples: it is the border widths the suites offer.
constexpr double thinFill = 2.0;

/// Coordinates closer than this are equal: floating-point noise of the transformations, far below what can be seen.
constexpr double noise = 0.01;

struct Point {
    double x, y;
};

/// White paint on white paper draws nothing a reader sees: Word and WPS paint every cell's white
/// background and sometimes white borders for "no border". 8-bit white, as the colour was written.
bool isWhite(const GfxRGB &rgb)
{
    const double white = 254.5 / 255;
    return colToDbl(rgb.r) >= white && colToDbl(rgb.g) >= white && colToDbl(rgb.b) >= white;
}

bool fillVisible(GfxState *state)
{
    if (state->getFillOpacity() <= 0) return false;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    return !isWhite(rgb);
}

bool strokeVisible(GfxState *state)
{
    if (state->getStrokeOpacity() <= 0) return false;
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    return !isWhite(rgb);
}

/// The subpath's points in device space, each marked when it ends a curve (a Bézier's control points are dropped).
std::vector<std::pair<Point, bool>> devicePoints(GfxState *state, const GfxSubpath *subpath)
{
    std::vector<std::pair<Point, bool>> points;
    const int count = subpath->getNumPoints();
    for (int i = 0; i < count; ++i) {
        if (subpath->getCurve(i)) continue;  // control point
        Point point;
        state->transform(subpath->getX(i), subpath->getY(i), &point.x, &point.y);
        bool endsCurve = i > 0 && subpath->getCurve(i - 1);
        points.push_back({ point, endsCurve });
    }
    return points;
}

} // namespace

void DrawingCollector::startPage(int pageNum, GfxState *state, XRef *xref)
{
    TextOutputDev::startPage(pageNum, state, xref);
    pageWidth = state ? state->getPageWidth() : 0;
    pageHeight = state ? state->getPageHeight() : 0;
}

void DrawingCollector::add(GfxState *state, int orientation, double position, double start, double end, double width, int source)
{
    // A piece no longer than it is thick is a dot, not a line.
    if (end - start <= std::max(width, noise)) return;
    // Drop what the clip (which includes the crop box) hides entirely; partly hidden lines are kept whole.
    double xMin, yMin, xMax, yMax;
    state->getClipBBox(&xMin, &yMin, &xMax, &yMax);
    const double half = width / 2;
    double x0 = orientation == 0 ? start : position - half;
    double x1 = orientation == 0 ? end : position + half;
    double y0 = orientation == 0 ? position - half : start;
    double y1 = orientation == 0 ? position + half : end;
    if (x1 < xMin || x0 > xMax || y1 < yMin || y0 > yMax) return;
    segments.push_back(gr_segment { orientation, position, start, end, width, source });
}

void DrawingCollector::stroke(GfxState *state)
{
    if (!state || !state->getPath() || !strokeVisible(state)) return;
    ++visiblePaths;
    const double width = state->getTransformedLineWidth();
    // A segment is horizontal (vertical) when it stays inside the band an axis-aligned stroke of its own
    // width would paint. A dashed segment counts over its whole length: the dashes draw one border.
    const double band = std::max(width / 2, noise);
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        auto points = devicePoints(state, path->getSubpath(s));
        for (size_t i = 1; i < points.size(); ++i) {
            if (points[i].second) continue;  // a curve, not a straight segment
            const Point a = points[i - 1].first;
            const Point b = points[i].first;
            if (std::fabs(b.y - a.y) <= band && std::fabs(b.x - a.x) > band) {
                add(state, 0, (a.y + b.y) / 2, std::min(a.x, b.x), std::max(a.x, b.x), width, GR_SOURCE_STROKE);
            } else if (std::fabs(b.x - a.x) <= band && std::fabs(b.y - a.y) > band) {
                add(state, 1, (a.x + b.x) / 2, std::min(a.y, b.y), std::max(a.y, b.y), width, GR_SOURCE_STROKE);
            }
        }
    }
}

void DrawingCollector::fill(GfxState *state)
{
    fillPath(state);
}

void DrawingCollector::eoFill(GfxState *state)
{
    fillPath(state);
}

void DrawingCollector::fillPath(GfxState *state)
{
    if (!state || !state->getPath() || !fillVisible(state)) return;
    ++visiblePaths;
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        auto points = devicePoints(state, path->getSubpath(s));
        if (std::any_of(points.begin(), points.end(), [](const auto &point) { return point.second; })) continue;
        // Corners of the (implicitly closed) outline, without repeated points.
        std::vector<Point> corners;
        for (const auto &[point, curve] : points) {
            if (!corners.empty() && std::fabs(point.x - corners.back().x) <= noise && std::fabs(point.y - corners.back().y) <= noise) continue;
            corners.push_back(point);
        }
        if (corners.size() == 5 && std::fabs(corners[4].x - corners[0].x) <= noise && std::fabs(corners[4].y - corners[0].y) <= noise) corners.pop_back();
        if (corners.size() != 4) continue;  // only rectangles are lines or cells
        bool axisAligned = true;
        for (size_t i = 0; i < 4; ++i) {
            const Point a = corners[i];
            const Point b = corners[(i + 1) % 4];
            if (std::fabs(a.x - b.x) > noise && std::fabs(a.y - b.y) > noise) axisAligned = false;
        }
        if (!axisAligned) continue;
        double x0 = corners[0].x, x1 = x0, y0 = corners[0].y, y1 = y0;
        for (const Point &corner : corners) {
            x0 = std::min(x0, corner.x);
            x1 = std::max(x1, corner.x);
            y0 = std::min(y0, corner.y);
            y1 = std::max(y1, corner.y);
        }
        // Only the part inside the clip is painted, so that is where the colour changes (exact for the
        // rectangular clips office suites set around each cell, a bounding box otherwise).
        double cxMin, cyMin, cxMax, cyMax;
        state->getClipBBox(&cxMin, &cyMin, &cxMax, &cyMax);
        x0 = std::max(x0, cxMin);
        y0 = std::max(y0, cyMin);
        x1 = std::min(x1, cxMax);
        y1 = std::min(y1, cyMax);
        if (x1 <= x0 || y1 <= y0) continue;
        const double w = x1 - x0;
        const double h = y1 - y0;
        if (std::min(w, h) <= thinFill) {
            if (w >= h) {
                add(state, 0, (y0 + y1) / 2, x0, x1, h, GR_SOURCE_THIN_FILL);
            } else {
                add(state, 1, (x0 + x1) / 2, y0, y1, w, GR_SOURCE_THIN_FILL);
            }
        } else {
            // Where a shaded area ends the colour changes as sharply as at a drawn line (pdfplumber counts
            // these edges too); the area itself is no line.
            add(state, 0, y0, x0, x1, 0, GR_SOURCE_FILL_EDGE);
            add(state, 0, y1, x0, x1, 0, GR_SOURCE_FILL_EDGE);
            add(state, 1, x0, y0, y1, 0, GR_SOURCE_FILL_EDGE);
            add(state, 1, x1, y0, y1, 0, GR_SOURCE_FILL_EDGE);
        }
    }
}

void DrawingCollector::countImage(GfxState *state)
{
    if (!state) return;
    ++images;
    // An image fills the unit square of its CTM.
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    const double corners[4][2] = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
    for (int i = 0; i < 4; ++i) {
        double x, y;
        state->transform(corners[i][0], corners[i][1], &x, &y);
        if (i == 0 || x < xMin) xMin = x;
        if (i == 0 || x > xMax) xMax = x;
        if (i == 0 || y < yMin) yMin = y;
        if (i == 0 || y > yMax) yMax = y;
    }
    double cxMin, cyMin, cxMax, cyMax;
    state->getClipBBox(&cxMin, &cyMin, &cxMax, &cyMax);
    xMin = std::max({ xMin, cxMin, 0.0 });
    yMin = std::max({ yMin, cyMin, 0.0 });
    xMax = std::min({ xMax, cxMax, pageWidth });
    yMax = std::min({ yMax, cyMax, pageHeight });
    if (xMax > xMin && yMax > yMin) imageArea += (xMax - xMin) * (yMax - yMin);
}

// Each image is counted, then handed to OutputDev, which skips the data of inline images.

void DrawingCollector::drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg)
{
    countImage(state);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
}

void DrawingCollector::drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg)
{
    countImage(state);
    OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
}

void DrawingCollector::drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight,
                                       bool maskInvert, bool maskInterpolate)
{
    countImage(state);
    OutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskInvert, maskInterpolate);
}

void DrawingCollector::drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight,
                                           GfxImageColorMap *maskColorMap, bool maskInterpolate)
{
    countImage(state);
    OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskColorMap, maskInterpolate);
}
