import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** What the shell needs offline besides index.html: the manifest and its icons (from public/). */
const STATIC_SHELL = ['/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png'];

/**
 * Emits /sw.js from src/install/service-worker.js with this build's asset list (every emitted
 * JavaScript and CSS file, lazily loaded pages included, so the app works offline after one online
 * visit) and a build id derived from it: a release with any changed asset is a new worker.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'flick-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name)).map((name) => `/${name}`).sort();
      const shell = [...assets, ...STATIC_SHELL];
      // index.html is part of the release too (it is cached as the shell page).
      const page = bundle['index.html'];
      const html = page && page.type === 'asset' ? String(page.source) : '';
      const build = createHash('sha256').update(shell.join('\n')).update(html).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./src/install/service-worker.js', import.meta.url), 'utf8');
      const source = template
        .replace('const BUILD = __FLICK_BUILD__;', `const BUILD = ${JSON.stringify(build)};`)
        .replace('const SHELL = __FLICK_SHELL__;', `const SHELL = ${JSON.stringify(shell)};`);
      if (source.includes('= __FLICK_')) this.error('service-worker.js: a placeholder was not replaced');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
