import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { precompress } from './precompress.ts';
import { earlyScript } from './earlyScript.ts';
import { serviceWorker } from './serviceWorker.ts';

// The build lands where a jar serves static files from (META-INF/resources), so the Maven module
// packages it as-is and Spring Boot serves it at "/". `npm run dev` proxies the API to a running
// server (FLICK_SERVER, default http://localhost:8080).
const server = process.env.FLICK_SERVER ?? 'http://localhost:8080';

export default defineConfig({
  // The service worker is emitted with the bundle; every text file is then precompressed (.br, .gz).
  plugins: [preact(), earlyScript('src/early.ts'), serviceWorker(), precompress()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // hls.js is most of the code and changes least: its own chunk stays cached across releases.
        codeSplitting: { groups: [{ name: 'hls', test: /node_modules[\\/]hls\.js/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/media': server,
    },
  },
});
