import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP GET through `URLSession`, waited for: redirects followed, the body kept up to a limit (a larger
/// one is cancelled as soon as it shows, by its Content-Length or by what has arrived), no cache, no cookies.
struct HTTPDownload {
    enum Result {
        case response(HTTPURLResponse, Data)
        case tooLarge(HTTPURLResponse?, bytes: Int)
        case failed(URLError)
    }

    var timeout: Double
    var maximumBytes: Int

    func get(_ request: URLRequest) -> Result {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = timeout
        let receiver = Receiver(maximumBytes: maximumBytes)
        let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = request
        request.timeoutInterval = timeout
        session.dataTask(with: request).resume()
        return receiver.wait()
    }

    /// Collects one task's answer on URLSession's delegate queue; `wait` blocks the fetching thread until done.
    private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maximumBytes: Int
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var body = Data()
        private var response: HTTPURLResponse?
        private var overLimit = false
        private var error: Error?

        init(maximumBytes: Int) {
            self.maximumBytes = maximumBytes
        }

        func wait() -> Result {
            done.wait()
            lock.lock()
            defer { lock.unlock() }
            if overLimit { return .tooLarge(response, bytes: max(body.count, Int(response?.expectedContentLength ?? 0))) }
            if let error {
                return .failed(error as? URLError ?? URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: "\(error)"]))
            }
            guard let response else { return .failed(URLError(.badServerResponse)) }
            return .response(response, body)
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
        ) {
            lock.lock()
            self.response = response as? HTTPURLResponse
            let declared = response.expectedContentLength
            if declared > maximumBytes { overLimit = true }
            let allow = !overLimit
            lock.unlock()
            completionHandler(allow ? .allow : .cancel)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            lock.lock()
            body.append(data)
            let over = body.count > maximumBytes
            if over { overLimit = true }
            lock.unlock()
            if over { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            lock.lock()
            self.error = error
            if response == nil { response = task.response as? HTTPURLResponse }
            lock.unlock()
            done.signal()
        }
    }
}
