import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: one thread per connection, one request per
/// connection, answers scripted by the test. It notes every request and how many were in flight at once.
final class LocalHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var path: String
        var headers: [String: String]
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var body = Data()
        /// Seconds to wait before answering.
        var delay = 0.0
        /// Send no Content-Length and close after the body.
        var omitLength = false
    }

    let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (Request, Int) -> Reply
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var log: [Request] = []
    private var inFlight = 0
    private var mostInFlight = 0

    /// `handler` gets the request and how many times its path has been asked for (1 the first time).
    init(handler: @escaping @Sendable (Request, Int) -> Reply) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptLoop() }.start()
    }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    var requests: [Request] { lock.withLock { log } }
    var largestConcurrency: Int { lock.withLock { mostInFlight } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            received.append(contentsOf: buffer[0..<count])
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head[0].split(separator: " ")
        guard requestLine.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(path: String(requestLine[1]), headers: headers)
        let count: Int = lock.withLock {
            counts[request.path, default: 0] += 1
            log.append(request)
            inFlight += 1
            mostInFlight = max(mostInFlight, inFlight)
            return counts[request.path]!
        }
        defer { lock.withLock { inFlight -= 1 } }
        let reply = handler(request, count)
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        var text = "HTTP/1.1 \(reply.status) \(reply.status == 200 ? "OK" : "Status")\r\nConnection: close\r\n"
        for (name, value) in reply.headers { text += "\(name): \(value)\r\n" }
        if !reply.omitLength { text += "Content-Length: \(reply.body.count)\r\n" }
        send(Data((text + "\r\n").utf8), to: client)
        send(reply.body, to: client)
    }

    /// Writes all of `data`, quietly stopping when the client has gone (no SIGPIPE).
    private func send(_ data: Data, to client: Int32) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = Glibc.send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return }
                offset += sent
            }
        }
    }
}
