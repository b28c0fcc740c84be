import Foundation
import ReportModel
import TestSupport
import Testing

/// A seeded, bounded fuzz run through the command as a user runs it: mutants of the samples' PDFs, of a text and an
/// HTML report, and of layout and document JSON. Each run has a time and a memory limit; none may end by a signal or
/// by the limit, exit other than 0 or 2, or leave an output behind when it fails. `scripts/fuzz` runs more cases.
@Suite(.enabled(if: Fixtures.govreportsExecutable != nil, "govreports executable not built"))
struct FuzzTests {
    /// One mutant: the command, the input bytes and the input's file name.
    struct Case {
        var command: String
        var name: String
        var bytes: Data
    }

    static let seconds = 60.0
    static let memoryKiB = 3_000_000

    /// The mutants for `seed`: a few byte-level damages of each kind of input the stages read.
    static func cases(seed: UInt64, count: Int) throws -> [Case] {
        var random = SplitMix(seed: seed)
        let samples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path)
            .filter { $0.hasSuffix(".pdf") && !$0.contains("scan") && !$0.contains("mixed") }.sorted()
        let pdfs = try samples.map { try Data(contentsOf: Fixtures.samples.appendingPathComponent($0)) }
        let text = Data(CorpusFixture.report(agency: "甲局", year: 2022, received: 12).utf8)
        let html = Data(("<html><head><meta charset=\"utf-8\"></head><body><h1>某局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
            + "<table><tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>7</td></tr><tr><td>（二）部分公开</td><td>1</td></tr></table>"
            + "<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>").utf8)
        let layout = try JSONFile.encode(Self.smallLayout())
        let document = try JSONFile.encode(Document(source: SourceInfo(path: "d.txt", sha256: "", format: .text), blocks: [
            .heading(Heading(level: 1, text: "三、收到和处理政府信息公开申请情况")),
            .table(Table(rows: [TableRow(cells: [Cell(column: 0, text: "（一）予以公开"), Cell(column: 1, text: "7")])], columnCount: 2)),
        ]))
        let inputs: [(String, String, Data)] = pdfs.map { ("run", "in.pdf", $0) }
            + [("run", "in.txt", text), ("run", "in.html", html), ("repair", "in.layout.json", layout), ("parse", "in.doc.json", document)]
        return (0..<count).map { index in
            let (command, name, original) = inputs[index % inputs.count]
            return Case(command: command, name: name, bytes: Self.mutate(original, &random))
        }
    }

    /// Flips bytes, cuts the file, or writes a huge, negative or non-finite number over a digit run.
    static func mutate(_ data: Data, _ random: inout SplitMix) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        switch random.next() % 3 {
        case 0:
            for _ in 0..<(1 + Int(random.next() % 16)) { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(random.next() % 256) }
        case 1:
            bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
        default:
            let digits = bytes.indices.filter { (48...57).contains(bytes[$0]) && ($0 == 0 || !(48...57).contains(bytes[$0 - 1])) }
            let huge: [[UInt8]] = [Array("1e40".utf8), Array("99999999999999999999".utf8), Array("-1e308".utf8), Array("9223372036854775807".utf8)]
            for _ in 0..<min(5, digits.count) {
                let at = digits[Int(random.next() % UInt64(digits.count))]
                guard at < bytes.count else { continue }
                bytes.replaceSubrange(at...at, with: huge[Int(random.next() % UInt64(huge.count))])
            }
        }
        return Data(bytes)
    }

    /// A one-page layout with a ruled two-cell table, small enough that every mutation lands somewhere that matters.
    static func smallLayout() -> LayoutDocument {
        let words = [("（一）予以公开", 100.0), ("7", 300.0)].map { text, x in
            Word(text: text, box: Box(x0: x, y0: 200, x1: x + Double(text.count) * 10, y1: 212), fontSize: 10)
        }
        let rulings = [200.0 - 4, 216].map { Ruling(orientation: .horizontal, position: $0, start: 90, end: 400) }
            + [90.0, 250, 400].map { Ruling(orientation: .vertical, position: $0, start: 196, end: 216) }
        let page = Page(number: 1, width: 595, height: 842, kind: .text, lines: [TextLine(box: Box(x0: 100, y0: 200, x1: 310, y1: 212), words: words)], rulings: rulings)
        return LayoutDocument(source: SourceInfo(path: "l.pdf", sha256: "", format: .pdf, pages: 1, pageOrigins: [.text]), pages: [page])
    }

    /// Runs one case under the limits; returns a problem, or nil when it ended as a bad input should.
    static func problem(running item: Case, in folder: URL) throws -> String? {
        let input = folder.appendingPathComponent(item.name)
        try item.bytes.write(to: input)
        let output = folder.appendingPathComponent("out.json")
        let executable = try #require(Fixtures.govreportsExecutable).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(memoryKiB); exec \"$0\" \"$@\"", executable, item.command, input.path, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return "\(item.command) \(item.name): still running after \(Int(seconds)) s"
        }
        defer { try? FileManager.default.removeItem(at: output) }
        if process.terminationReason == .uncaughtSignal { return "\(item.command) \(item.name): signal \(process.terminationStatus)" }
        let status = process.terminationStatus
        if status != 0 && status != 2 { return "\(item.command) \(item.name): exit \(status)" }
        if status != 0, FileManager.default.fileExists(atPath: output.path) { return "\(item.command) \(item.name): failed but left an output" }
        return nil
    }

    /// 200 cases from seed 2026; `scripts/fuzz` sets `GOVREPORTS_FUZZ_CASES` and `GOVREPORTS_FUZZ_SEED` for longer runs.
    @Test func mutantsEndAsBadInputShould() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["GOVREPORTS_FUZZ_CASES"].flatMap(Int.init) ?? 200
        let seed = environment["GOVREPORTS_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
        let folder = try Fixtures.temporaryFolder()
        var problems: [String] = []
        for (index, item) in try Self.cases(seed: seed, count: count).enumerated() {
            if let problem = try Self.problem(running: item, in: folder) {
                problems.append("case \(index): \(problem)")
                try item.bytes.write(to: folder.appendingPathComponent("failing-\(index)-\(item.name)"))
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10)) (inputs kept in \(folder.path))")
    }
}
