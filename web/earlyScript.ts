import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Builds `entry` as an entry of its own and puts it before the app's script in index.html. Two module scripts
 * in index.html would be bundled into one entry, which runs only once all of the app's code has
 * arrived; this one is a file of a few hundred bytes that runs while the rest still downloads
 * (see src/early.ts).
 */
export function earlyScript(entry: string): Plugin {
  return {
    name: 'flick-early-script',
    apply: 'build',
    config(config) {
      const output = config.build?.rolldownOptions?.output;
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(config.root ?? '.', 'index.html'), early: resolve(config.root ?? '.', entry) },
            ...(output ? { output } : {}),
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'early');
        if (!chunk) return html;
        // Module scripts run in document order: this one goes before the app's.
        const tag = `<script type="module" src="/${chunk.fileName}"></script>\n    `;
        const app = html.indexOf('<script type="module"');
        return app < 0 ? html.replace('</head>', `${tag}</head>`) : html.slice(0, app) + tag + html.slice(app);
      },
    },
  };
}
