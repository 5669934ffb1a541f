// Vite 8 build of the web interface (React 19 SPA). Built from the repository root with
// `vite build --config apps/web/vite.config.ts`; the API serves apps/web/dist at `/`.
// A plain object (no import of 'vite') so the repository-wide `tsc` (CommonJS, node resolution)
// can type-check this file too; Vite accepts it as is.
const config = {
  root: __dirname,
  base: '/',
  publicDir: false as const,
  // The shared vocabulary and API contracts are plain TypeScript outside this folder; the aliases match apps/web/tsconfig.json.
  resolve: {
    alias: {
      '@auditor/vocabulary': `${__dirname}/../../libs/vocabulary/src/index.ts`,
      '@auditor/contracts': `${__dirname}/../../libs/contracts/src/index.ts`,
    },
  },
  // Vite 8 transforms .tsx with Oxc: the automatic runtime imports react/jsx-runtime itself.
  oxc: { jsx: { runtime: 'automatic' as const } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets or the module-preload polyfill as scripts: the page runs under a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      // react-router ships a "use client" directive, meaningless in a client-only bundle.
      onwarn(warning: { code?: string }, warn: (w: { code?: string }) => void) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
};

export default config;
