// swift-tools-version:6.0
import PackageDescription

// One module per pipeline stage; only Extraction sees Poppler and Tesseract, only Markup libxml2 and zlib.
// Linux only (Debian's packages, Glibc, /proc, FoundationNetworking, dlopen by soname), so no Apple platform is named.
let package = Package(
    name: "govreports",
    products: [
        .executable(name: "govreports", targets: ["govreports"]),
        .executable(name: "govreports-fetch", targets: ["govreports-fetch"]),
    ],
    // Exact versions, so every clone builds the same code. Package.resolved is not committed: its revision ids
    // differ between package mirrors, while a version tag means the same code everywhere.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // cairo, for the tests that draw scanned pages of their own. Extraction loads poppler-glib and cairo with dlopen
        // (PopplerGlib), when a page is rendered.
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        // Poppler's core library, for its C++ headers: the page's drawing operators (CPopplerDrawing).
        .systemLibrary(
            name: "CPopplerCore", path: "Sources/CPopplerCore", pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]),
        .target(
            name: "CPopplerDrawing", dependencies: ["CPopplerCore"],
            cxxSettings: [.unsafeFlags(["-std=c++20"])]),
        // Tesseract's C header only: the library is loaded with dlopen when a page needs OCR.
        .systemLibrary(name: "CTesseract", path: "Sources/CTesseract", providers: [.apt(["libtesseract-dev"])]),
        // libxml2's HTML and XML parsers and zlib's inflate (for Word's zip packages), seen only by Markup.
        // libxml2's header only (Debian's path, as its pkg-config gives): the library is loaded with dlopen when
        // markup is read, so that inputs without any do not load it and ICU with it.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Markup", dependencies: ["CLibXML2", "CZlib"]),
        // SHA-256's compression with the processor's SHA extensions, chosen at run time by ReportModel's SHA256.
        .target(name: "CSHA256"),
        .target(name: "ReportModel", dependencies: ["CSHA256"], resources: [.copy("Schema")]),
        .target(name: "TestSupport", dependencies: ["ReportModel"], path: "Sources/TestSupport"),
        // Stage fingerprints for the corpus cache, made at build time from the stage modules' sources.
        .target(name: "SourceFingerprint", dependencies: ["ReportModel"]),
        .executableTarget(name: "stage-fingerprint", dependencies: ["SourceFingerprint"]),
        .plugin(name: "StageFingerprintPlugin", capability: .buildTool(), dependencies: ["stage-fingerprint"]),
        .target(name: "Extraction", dependencies: ["ReportModel", "CPopplerDrawing", "CTesseract"]),
        .target(name: "Repair", dependencies: ["ReportModel", "Markup"]),
        .target(name: "ReportParser", dependencies: ["ReportModel"]),
        .target(name: "Scoring", dependencies: ["ReportModel"]),
        // Downloads report URLs into an inbox (FoundationNetworking's URLSession). Only govreports-fetch links it, so
        // that libcurl and its TLS and Kerberos libraries are not loaded by every start of govreports.
        .target(name: "Fetching", dependencies: ["ReportModel"]),
        // The commands' shared error reporting (one line, exit code 2).
        .target(
            name: "CommandSupport",
            dependencies: ["ReportModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(
            name: "Corpus",
            dependencies: [
                "ReportModel", "Extraction", "Repair", "ReportParser",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            plugins: ["StageFingerprintPlugin"]),
        .executableTarget(
            name: "govreports",
            dependencies: [
                "ReportModel", "Extraction", "Repair", "ReportParser", "Scoring", "Corpus", "CommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `govreports fetch` runs this executable (see Fetching).
        .executableTarget(
            name: "govreports-fetch",
            dependencies: [
                "ReportModel", "Fetching", "CommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ReportModelTests", dependencies: ["TestSupport", "ReportModel"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["TestSupport", "Extraction", "ReportModel", "CCairo"]),
        .testTarget(name: "RepairTests", dependencies: ["TestSupport", "Repair", "Extraction", "ReportModel"]),
        .testTarget(name: "ReportParserTests", dependencies: ["TestSupport", "ReportParser", "Repair", "Scoring", "ReportModel", "Markup"]),
        .testTarget(name: "ScoringTests", dependencies: ["TestSupport", "Scoring", "ReportModel"]),
        .testTarget(name: "FetchingTests", dependencies: ["TestSupport", "Fetching", "ReportModel"]),
        .testTarget(name: "SourceFingerprintTests", dependencies: ["TestSupport", "SourceFingerprint"]),
        .testTarget(
            name: "CorpusTests",
            dependencies: [
                "TestSupport", "Corpus", "ReportModel", "SourceFingerprint",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)

// libxml2's headers live in their own folder; its pkg-config entry would give that folder and also link the library,
// which is loaded with dlopen instead (see CLibXML2). Every Swift module that sees Markup's module map needs the folder.
//
// Generic types bound to concrete ones (`[Int: [Int]]`, `Set<String>`) get their metadata from accessor functions that
// are handed the witness tables, not from mangled names: a name is demangled at its first use, and each conformance it
// needs is looked up by a scan over every conformance record of the statically linked runtime and Foundation (about
// 6,600), some 400,000 instructions each. That was 4% of a born-digital run; the records come out the same.
for target in package.targets where target.type == .regular || target.type == .executable || target.type == .test {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xcc", "-I/usr/include/libxml2"]),
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
    ]
}
