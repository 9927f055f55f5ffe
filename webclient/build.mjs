// Bundles the browser client with esbuild into ES modules whose names carry a content hash, and
// writes manifest.json mapping each entry point to its file, for the server's pages and asset
// resource. Output: target/classes/META-INF/resources/hearth-client/ (packaged into the jar).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const out = process.argv[2] || 'target/classes/META-INF/resources/hearth-client';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// ts-mls loads the back ends of other ciphersuites on demand (optional peer dependencies that are not
// installed), and @hpke falls back to Node's crypto module where there is no WebCrypto. Hearth uses
// suite 0x0001 in browsers with WebCrypto only: such an import becomes a module that refuses, so the
// bundle holds no bare specifier a browser could try to fetch.
const otherSuitesUnavailable = {
  name: 'other-suites-unavailable',
  setup(b) {
    b.onResolve({ filter: /^((@hpke\/(chacha20poly1305|dhkem-x448|hybridkem-x-wing|ml-kem)|@noble\/post-quantum)(\/.*)?|(node:)?crypto)$/ }, (args) => ({
      path: args.path,
      namespace: 'unavailable',
    }));
    b.onLoad({ filter: /.*/, namespace: 'unavailable' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not part of Hearth's client (suite 0x0001 only)`)});`,
      loader: 'js',
    }));
  },
};

const entryPoints = {
  admin: 'src/admin-page.js',
  chat: 'src/chat-page.js',
  device: 'src/device-page.js',
  preferences: 'src/preferences-page.js',
  'help-worker': 'src/help-worker.js',
};
const result = await build({
  entryPoints,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  entryNames: '[name]-[hash]',
  chunkNames: 'shared-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  plugins: [otherSuitesUnavailable],
});

const entries = {};
const files = [];
for (const [path, output] of Object.entries(result.metafile.outputs)) {
  files.push(basename(path));
  if (output.entryPoint) {
    const name = Object.keys(entryPoints).find((n) => basename(path).startsWith(`${n}-`));
    if (name) {
      entries[name] = basename(path);
    }
  }
}
writeFileSync(`${out}/manifest.json`, JSON.stringify({ entries, files: files.sort() }, null, 2) + '\n');
console.log(`hearth-client: ${files.length} files in ${out}`);
