#!/usr/bin/env python3
"""A small static server for the end-to-end tests.

  server.py PORT [--cors]

Serves dist/ at / and tests/e2e/hosts/ at /hosts/, as a treatment center's
own server would (no special headers), or as a CDN does (--cors adds
Access-Control-Allow-Origin: *). A few host pages get the Content-Security-
Policy header their test needs.
"""
import functools
import http.server
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADERS = {
    # A strict host: no inline script; frames and scripts from itself only.
    "/hosts/strict.html": "default-src 'self'; script-src 'self'; frame-src 'self'",
    # A host whose policy forbids frames: the widget must fall back.
    "/hosts/blocked.html": "default-src 'self'; script-src 'self'; frame-src 'none'",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    cors = False

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if clean.startswith("/hosts/"):
            return str(ROOT / "tests" / "e2e" / "hosts" / clean[len("/hosts/"):])
        return str(ROOT / "dist" / clean.lstrip("/"))

    def end_headers(self):
        clean = self.path.split("?", 1)[0]
        if clean in HEADERS:
            self.send_header("Content-Security-Policy", HEADERS[clean])
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    port = int(sys.argv[1])
    handler = type("H", (Handler,), {"cors": "--cors" in sys.argv})
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()


if __name__ == "__main__":
    main()
