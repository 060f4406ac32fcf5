// Builds the pages of `scaffold serve` into OUTDIR (the engine's build passes target/classes/web):
// index.html, app.js and app.css. Runs `npm ci` first, but only when node_modules is missing or older
// than package-lock.json (a stamp written after a successful install), so a build with nothing
// changed costs only the bundling (well under a second) and works offline.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] ?? join(here, '../../../target/classes/web'));
const lock = join(here, 'package-lock.json');
const stamp = join(here, 'node_modules', '.scaffold-installed');

function installed() {
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === readFileSync(lock, 'utf8');
}

if (!installed()) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const started = Date.now();
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: here, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('error: npm ci failed in ' + here + ' (Node 20+ and npm are needed to build the pages)');
    process.exit(1);
  }
  writeFileSync(stamp, readFileSync(lock, 'utf8'));
  console.log(`frontend: npm ci took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const esbuild = await import('esbuild');
mkdirSync(outdir, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.jsx' },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
});
copyFileSync(join(here, 'src', 'index.html'), join(outdir, 'index.html'));
const sizes = Object.keys(result.metafile.outputs)
  .map((file) => `${file.split('/').pop()} ${(statSync(resolve(here, file)).size / 1024).toFixed(0)} KiB`);
console.log(`frontend: ${sizes.join(', ')} -> ${outdir}`);
