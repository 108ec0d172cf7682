// Sizes of the release files, raw, gzip -9 and brotli -q 11, grouped as the
// bench reports them. Shared by the bench and the size-guard test.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
}).length;

/** Sums raw, gzip and brotli sizes of `files` in `dir`. */
function measure(dir, files) {
  const out = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const b = fs.readFileSync(path.join(dir, f));
    out.raw += b.length;
    out.gzip += gzip(b);
    out.brotli += brotli(b);
  }
  return out;
}

/** The embedded widget's files by group: what a host page's visitor loads. */
function widgetGroups(dist) {
  const ls = fs.readdirSync(dist);
  const pick = (re) => ls.filter((f) => re.test(f));
  return {
    loader: ['carefit.js'],
    'frame document': pick(/^frame-[0-9a-f]+\.html$/),
    JS: [...pick(/^app-[0-9a-f]+\.js$/), ...pick(/^frame-boot-[0-9a-f]+\.js$/), ...pick(/^harden-[0-9a-f]+\.js$/)],
    WASM: pick(/\.wasm$/),
    CSS: pick(/\.css$/),
  };
}

module.exports = { measure, widgetGroups };
