// Installable, checked the way Lighthouse's PWA audit did: a valid manifest with fetchable icons of
// the sizes it states, a service worker that controls the page, and the app shell offline.
export default async function install(t) {
  const { base, page, step, check } = t;

  await step('the page links a manifest with a name, start URL, standalone display, colours and icons', async () => {
    await page.goto(base);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const response = await page.request.get(new URL(href, base).href);
    check(response.ok(), `manifest answered ${response.status()}`);
    check(response.headers()['content-type'].startsWith('application/manifest+json'), `manifest type ${response.headers()['content-type']}`);
    const manifest = await response.json();
    for (const field of ['name', 'short_name', 'start_url', 'display', 'theme_color', 'background_color']) {
      check(manifest[field], `manifest has no ${field}`);
    }
    check(manifest.display === 'standalone', `display ${manifest.display}`);
    check(new URL(manifest.start_url, base).origin === new URL(base).origin, 'start_url is on this site');
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) check(sizes.includes(wanted), `icons: ${sizes}`);
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, base).href);
      check(image.ok() && image.headers()['content-type'] === 'image/png', `${icon.src}: ${image.status()} ${image.headers()['content-type']}`);
      const png = await image.body();
      const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`; // the IHDR chunk's width and height
      check(size === icon.sizes, `${icon.src} is ${size}, the manifest says ${icon.sizes}`);
    }
  });

  await step('a service worker is registered and controls the page', async () => {
    await page.goto(base);
    await t.playing();
    // Installing caches the whole app shell (hls.js among it): slow on a loaded CI machine, so wait generously.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    check(scope === `${base}/`, `service worker scope ${scope}`);
  });

  await step('it cached the app shell and nothing from the API or media', async () => {
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    check(cached.includes('/') && cached.some((path) => /^\/assets\/.+\.js$/.test(path)), `cached: ${cached.join(', ')}`);
    const personal = cached.filter((path) => /^\/(api|media)\//.test(path));
    check(personal.length === 0, `cached API answers or media: ${personal.join(', ')}`);
  });

  await step('offline, a reload still shows the app, which says in words that it is offline', async () => {
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText(/offline/i).first().waitFor();
    await page.context().setOffline(false);
    // The feed's requests failed while offline, as they had to.
    t.expectErrors((error) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(error));
  });
}
