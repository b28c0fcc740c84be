/// How scanned pages are recognised.
public struct OCROptions: Hashable, Sendable {
    /// Resolution pages are rendered at for recognition; 300 is where Tesseract's Chinese model reads best.
    public var dpi: Double
    /// A number read with less confidence than this (0–100) is reported as `ocr.lowConfidence`. Calibrated on the
    /// scanned samples: every correctly read number scored ≥ 77, the one silent misreading (5 as 3) scored 72.
    var minimumConfidence: Double
    /// Pages recognised at the same time, each worker with its own Tesseract engines; nil for one per core, counted
    /// only when a document has pages to recognise (reading the cgroup's CPU quota costs a born-digital run 2%).
    public var workers: Int?
    /// The tessdata directory; nil = `TESSDATA_PREFIX`, then the usual system places.
    var tessdata: String?

    public init(
        dpi: Double = 300, minimumConfidence: Double = 75,
        workers: Int? = nil, tessdata: String? = nil
    ) {
        self.dpi = dpi
        self.minimumConfidence = minimumConfidence
        self.workers = workers
        self.tessdata = tessdata
    }
}
