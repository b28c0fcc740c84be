// Types and constants only: the functions are loaded with dlopen (Extraction's TesseractLibrary), so that runs
// without OCR do not load libtesseract and its dependencies.
#include <tesseract/capi.h>
