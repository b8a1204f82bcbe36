// Renders the app icons (public/icons/*.png, for the web app manifest) from the favicon's drawing
// in Debian's Chromium: `node scripts/icons.mjs`. The PNGs are committed; run this after changing
// the logo. The maskable icon has a full-bleed background and the mark inside the 80% safe zone.
import { mkdirSync } from 'node:fs';
import { launch } from '../e2e/browser.mjs';

const MARK = '<path d="M24 18v28l22-14z" fill="#ff2d55"/><path d="M20 16v28l22-14z" fill="#25f4ee" opacity=".85"/>';
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#111"/>${MARK}</svg>`;
const MASKABLE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#111"/>`
  + `<g transform="translate(32 32) scale(0.6) translate(-32 -32)">${MARK}</g></svg>`;

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const browser = await launch();
try {
  for (const [name, svg, size] of [['icon-192.png', ICON, 192], ['icon-512.png', ICON, 512], ['maskable-512.png', MASKABLE, 512]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: new URL(name, out).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
