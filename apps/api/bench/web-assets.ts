// What a browser downloads on the portal's first load, and what the lazily
// loaded console adds, measured on the production build: the entry script,
// its modulepreloads and stylesheets from index.html plus every chunk they
// import statically, each gzipped (Node's default level, as servers use).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../src/paths';

export interface AssetSizes {
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  jsRawBytes: number;
}

export interface WebAssetReport {
  distDir: string;
  portal: AssetSizes;
  /** The console chunk and what it imports that the portal entry has not already loaded. */
  console: AssetSizes;
}

/** Builds the SPA into `outDir` (not apps/web/dist, which other work may be serving). */
export function buildWeb(outDir: string): void {
  execFileSync(
    'pnpm',
    [
      '--filter',
      '@oikeus/web',
      'exec',
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** `./x.js` in `import … from"./x.js"`, `import"./x.js"` and `export … from"./x.js"`; not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

function closure(assetsDir: string, roots: string[], skip: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name) || skip.has(name)) continue;
    seen.add(name);
    const code = readFileSync(path.join(assetsDir, name), 'utf8');
    for (const spec of staticImports(code)) stack.push(path.posix.basename(spec));
  }
  return seen;
}

function sizes(assetsDir: string, js: Iterable<string>, css: Iterable<string>): AssetSizes {
  const files: string[] = [];
  let jsGzipBytes = 0;
  let jsRawBytes = 0;
  let cssGzipBytes = 0;
  for (const name of js) {
    const data = readFileSync(path.join(assetsDir, name));
    jsRawBytes += data.length;
    jsGzipBytes += gzipSync(data).length;
    files.push(name);
  }
  for (const name of css) {
    cssGzipBytes += gzipSync(readFileSync(path.join(assetsDir, name))).length;
    files.push(name);
  }
  return { files: files.sort(), jsGzipBytes, cssGzipBytes, jsRawBytes };
}

export function measureWebAssets(distDir: string): WebAssetReport {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: build the web app first`);
  const html = readFileSync(indexFile, 'utf8');
  const assetsDir = path.join(distDir, 'assets');
  const asset = (href: string) => path.posix.basename(href);
  const entryJs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) =>
    asset(m[1] as string),
  );
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => asset(m[1] as string),
  );
  const entryCss = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map(
    (m) => asset(m[1] as string),
  );
  if (entryJs.length === 0) throw new Error('no entry <script src> in index.html');
  const portalJs = closure(assetsDir, [...entryJs, ...preloads]);

  const all = readdirSync(assetsDir);
  const consoleJs = all.filter((f) => /^console-app-[\w-]+\.js$/.test(f));
  const consoleCss = all.filter((f) => /^console-app-[\w-]+\.css$/.test(f));
  if (consoleJs.length === 0) throw new Error('no console-app-*.js chunk in the build');
  return {
    distDir,
    portal: sizes(assetsDir, portalJs, entryCss),
    console: sizes(assetsDir, closure(assetsDir, consoleJs, portalJs), consoleCss),
  };
}
