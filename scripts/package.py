#!/usr/bin/env python3
"""Lays out the release folder: the loader at a stable name (carefit.js),
the pages at stable names, everything else with content-hashed names, a
manifest with each file's SHA-384 (for Subresource Integrity; the loader,
frame document and boot script also carry the hashes of what they load) and a
package.json so the folder can be published to npm as it is.

Usage: package.py BUILD_DIR OUT_DIR   (BUILD_DIR holds carefit_bg.wasm and
carefit.js from wasm-bindgen; sources come from web/ and styles/), or
package.py minify IN OUT.
"""
import base64
import hashlib
import json
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
VERSION = re.search(r'^version = "(.+)"', (ROOT / "Cargo.toml").read_text(), re.M).group(1)


def main(build: pathlib.Path, out: pathlib.Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    names: dict[str, str] = {}

    def emit(key: str, data: bytes, stable: str | None = None) -> str:
        """Writes `data` under a hashed name (or `stable`) and records it."""
        if stable:
            name = stable
        else:
            stem, dot, ext = key.partition(".")
            name = f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{dot}{ext}"
        (out / name).write_bytes(data)
        names[key] = name
        return name

    def fill(text: str) -> bytes:
        """Replaces {{key}} with the file names (and integrity values) so far."""
        def sub(m: re.Match) -> str:
            key = m.group(1)
            if key.startswith("sri:"):
                return sri((out / names[key[4:]]).read_bytes())
            if key == "version":
                return VERSION
            return names[key]
        return re.sub(r"\{\{([a-z0-9:.\-]+)\}\}", sub, text).encode()

    web = ROOT / "web"
    emit("carefit.wasm", (build / "carefit_bg.wasm").read_bytes())
    emit("app.js", minify((build / "carefit.js").read_bytes()))
    emit("carefit.css", minify_css((ROOT / "styles" / "carefit.css").read_text()))
    # Each file names the SHA-384 of the files it loads, so one pinned hash
    # (the loader's, in the host's integrity attribute) covers them all:
    # loader -> frame document and module; frame document -> hardening,
    # stylesheet, glue and boot script; boot script -> module again.
    emit("harden.js", minify((web / "harden.js").read_bytes()))
    emit("frame-boot.js", minify(fill((web / "frame-boot.js").read_text())))
    emit("frame.html", fill((web / "frame.html").read_text()))
    emit("boot.js", minify(fill((web / "boot.js").read_text())))
    emit("loader.js", minify(fill((web / "loader.js").read_text())), stable="carefit.js")
    emit("embed-builder.js", minify(fill((web / "embed-builder.js").read_text())))
    for page in ["index.html", "privacy.html", "embed.html"]:
        emit(page, fill((web / page).read_text()), stable=page)

    files = sorted(p.name for p in out.iterdir())
    manifest = {
        "version": VERSION,
        "loader": "carefit.js",
        "files": {
            f: {"bytes": (out / f).stat().st_size, "integrity": sri((out / f).read_bytes())}
            for f in files
        },
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    package = {
        "name": "carefit-widget",
        "version": VERSION,
        "description": "CareFit: a private self-screening widget. Embed with one script tag; no data leaves the browser.",
        "license": "MIT OR Apache-2.0",
        "main": "carefit.js",
        "files": files + ["manifest.json"],
    }
    (out / "package.json").write_text(json.dumps(package, indent=2) + "\n")
    print("package:", " ".join(sorted(p.name for p in out.iterdir())))


def minify(source: bytes) -> bytes:
    """Minifies a script with terser (pinned in package.json)."""
    terser = ROOT / "node_modules" / ".bin" / "terser"
    args = [str(terser), "-c", "passes=3,unsafe=true", "-m", "--comments", "false"]
    return subprocess.run(args, input=source, capture_output=True, check=True).stdout


def minify_css(css: str) -> bytes:
    """Drops comments and the spaces the syntax does not need.

    Deliberately small: spaces around `:`, `>` and `+` stay (they can be
    part of a selector), and a stylesheet with quoted text that this could
    change is refused rather than guessed at.
    """
    for quoted in re.findall(r'"[^"]*"|\'[^\']*\'', css):
        if re.search(r"[{};,]|/\*|\s\s", quoted):
            raise SystemExit(f"minify_css: cannot safely minify around {quoted}")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,])\s*", r"\1", css)
    return (css.replace(";}", "}").strip() + "\n").encode()


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


if __name__ == "__main__":
    if sys.argv[1] == "minify":  # package.py minify IN OUT (used by scripts/bench)
        pathlib.Path(sys.argv[3]).write_bytes(minify(pathlib.Path(sys.argv[2]).read_bytes()))
    else:
        main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
