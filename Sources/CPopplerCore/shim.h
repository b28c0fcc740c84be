// Poppler's core library (libpoppler-private-dev). Its C++ headers are used only by CPopplerDrawing;
// this module exists so that SwiftPM adds `pkg-config poppler`'s include and link flags to that target.
