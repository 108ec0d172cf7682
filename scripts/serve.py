#!/usr/bin/env python3
"""Serves dist/ with exactly the response headers the README asks a center
to send (standard library only). Used by scripts/serve, and by the
end-to-end tests (tests/e2e/server.py), so the tests exercise what the
README recommends.

  serve.py PORT [DIR]
"""
import functools
import http.server
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The standalone, privacy and builder pages: never inside another page's
# frame (a page of the same origin could read the answers from it), and in
# a browsing context group of their own.
PAGE_HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
}
PAGES = {"/", "/index.html", "/privacy.html", "/embed.html"}
# The frame document is only ever fetched by the loader (as data, checked
# against its SHA-384); opened as a page of its own it stays sandboxed.
FRAME_DOCUMENT = re.compile(r"^/frame-[0-9a-f]+\.html$")
FRAME_HEADERS = {
    "Content-Security-Policy": "sandbox allow-scripts allow-forms; frame-ancestors 'none'",
}


def headers_for(path: str) -> dict[str, str]:
    """The headers for one path of dist/ (without query or fragment)."""
    headers = {"X-Content-Type-Options": "nosniff"}
    if path in PAGES:
        headers.update(PAGE_HEADERS)
    else:
        # The frame has an opaque origin, so even from the center's own
        # server its files are cross-origin: the frame loads them with
        # integrity checks, which need CORS.
        headers["Access-Control-Allow-Origin"] = "*"
    if FRAME_DOCUMENT.match(path):
        headers.update(FRAME_HEADERS)
    return headers


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
    }

    def clean_path(self) -> str:
        return self.path.split("?", 1)[0].split("#", 1)[0]

    def end_headers(self):
        for k, v in self.extra_headers().items():
            self.send_header(k, v)
        super().end_headers()

    def extra_headers(self) -> dict[str, str]:
        return headers_for(self.clean_path())


def main():
    port = int(sys.argv[1])
    directory = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "dist")
    handler = functools.partial(Handler, directory=directory)
    print(f"serve: CareFit is at http://127.0.0.1:{port}/ (Ctrl-C to stop)", flush=True)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()


if __name__ == "__main__":
    main()
