import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * Built by scripts/build-console.mjs (through `npm run build`) and served by the server at
 * /console (packages/server/src/http/console.ts).
 */
export default defineConfig({
  base: '/console/',
  plugins: [
    react(),
    // React Aria ships strings for 34 locales; the console speaks English and Simplified Chinese.
    { ...optimizeLocales.vite({ locales: ['en-US', 'zh-CN'] }), enforce: 'pre' },
  ],
  resolve: {
    // `@tessera/server/schemas` resolves to the server's TypeScript source. The condition has our
    // own name: React Aria's packages export their TypeScript sources under plain "source".
    conditions: [...defaultClientConditions, 'tessera-source'],
    // One zod for the server's schemas and the console, so `z.config` in zod-setup.ts applies to both.
    dedupe: ['zod', 'react', 'react-dom'],
  },
  build: {
    // The server reads the manifest; the bundle test measures the first screen from it.
    manifest: true,
    // The polyfill is an inline script, which the console's CSP (script-src 'self') refuses.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
