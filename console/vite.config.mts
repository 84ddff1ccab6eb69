/**
 * The console's build. Vite 8 compiles TSX itself (Oxc), so no React plugin: JSX uses React's
 * automatic runtime. Each screen is its own chunk (routes are lazy), which keeps the initial
 * JavaScript small; antd and React share one vendor chunk the screens reuse.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // antd's rc-component packages do not declare themselves free of side effects, so importing
        // one export of a package index kept all of it: every screen with an input loaded the whole
        // form library (useForm, Field, async-validator). Their modules only define components.
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // dayjs (CommonJS) loads only with a Chinese date locale or a date picker. Left to itself the
          // bundler put its CommonJS helpers, which React needs too, in dayjs's chunk, and so dayjs
          // in every first page; in a chunk of its own, the helpers go to theirs.
          groups: [{ name: 'dayjs', test: /[\\/]node_modules[\\/]dayjs[\\/]dayjs\.min\.js$/ }],
        },
      },
      // antd marks its modules "use client" (for React Server Components); meaningless in an SPA.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
