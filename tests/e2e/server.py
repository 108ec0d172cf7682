#!/usr/bin/env python3
"""The server of the end-to-end tests.

  server.py PORT

Serves dist/ at / with the headers of scripts/serve.py (what the README
asks a center to send), and tests/e2e/hosts/ at /hosts/ as example host
pages, a few of them with the Content-Security-Policy their test needs.
Playwright starts two: the center's own server, and a "CDN" on the next
port. Both also serve /tamper/KIND/…: the release files with one of them
altered (KIND: wasm, app, boot, harden, css, frame; none for
the untouched copy), for the tamper tests.
"""
import http.server
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402

HOST_CSP = {
    # A strict host: no inline script; scripts, styles and frames from
    # itself only, plus what CareFit's frame needs ('wasm-unsafe-eval').
    "/hosts/strict.html": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-src 'self'",
    # A host that forgot 'wasm-unsafe-eval', which the frame inherits: the
    # module cannot start inside the frame, and the widget must fall back.
    "/hosts/nowasm.html": "default-src 'self'; script-src 'self'",
    # A host whose policy forbids frames: the widget must fall back.
    "/hosts/blocked.html": "default-src 'self'; script-src 'self'; frame-src 'none'",
}
EVIL = b"parent.postMessage({carefit:'pwned'},'*');document.title='pwned';\n"
TAMPER = {
    "none": (re.compile(r"^$"), lambda b: b),
    "wasm": (re.compile(r"^carefit-[0-9a-f]+\.wasm$"), lambda b: b[:-1] + bytes([b[-1] ^ 1])),
    "app": (re.compile(r"^app-[0-9a-f]+\.js$"), lambda b: EVIL + b),
    "boot": (re.compile(r"^frame-boot-[0-9a-f]+\.js$"), lambda b: EVIL + b),
    "harden": (re.compile(r"^harden-[0-9a-f]+\.js$"), lambda b: EVIL + b),
    "css": (re.compile(r"^carefit-[0-9a-f]+\.css$"), lambda b: b + b"body{background:red!important}\n"),
    "frame": (re.compile(r"^frame-[0-9a-f]+\.html$"), lambda b: b.replace(b"<head>", b"<head><script>" + EVIL + b"</script>", 1)),
}


class Handler(serve.Handler):
    def translate_path(self, path):
        clean = self.clean_path()
        if clean.startswith("/hosts/"):
            return str(ROOT / "tests" / "e2e" / "hosts" / clean[len("/hosts/"):])
        return str(ROOT / "dist" / clean.lstrip("/"))

    def extra_headers(self):
        clean = self.clean_path()
        if clean.startswith("/hosts/"):
            h = {"Cache-Control": "no-store"}
            if clean in HOST_CSP:
                h["Content-Security-Policy"] = HOST_CSP[clean]
            return h
        m = re.match(r"^/tamper/[a-z]+(/.*)$", clean)
        h = serve.headers_for(m.group(1) if m else clean)
        h["Cache-Control"] = "no-store"
        return h

    def do_GET(self):
        m = re.match(r"^/tamper/([a-z]+)/([A-Za-z0-9.\-]+)$", self.clean_path())
        if not m:
            return super().do_GET()
        kind, name = m.groups()
        path = ROOT / "dist" / name
        if kind not in TAMPER or not path.is_file():
            return self.send_error(404)
        data = path.read_bytes()
        pattern, change = TAMPER[kind]
        if pattern.match(name):
            data = change(data)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(name))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def main():
    port = int(sys.argv[1])
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
