/// What the corpus's HTML pages (`summary.html`, the inspect pages) share.
enum HTMLPage {
    /// The head of a page: its title, and a script that writes any script error into `#script-errors`, so that a
    /// test in a real browser (or a person) sees it in the page itself.
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <script>
        window.onerror = function (message, source, line) {
          var out = document.getElementById("script-errors");
          if (out) { out.hidden = false; out.textContent += message + " (line " + line + ")\\n"; }
        };
        </script>
        """
    }

    /// Where `head`'s script writes errors; first in the body.
    static let errorOutput = "<pre id=\"script-errors\" hidden></pre>"

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
