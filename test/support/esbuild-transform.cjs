/**
 * Jest transform: TypeScript and ESM-only packages (middy 6, jose 6) to CommonJS with esbuild,
 * which the project already uses to bundle the functions. (swc would also do, but its native
 * builds for other platforms are not all on the registry this project installs from, and
 * `npm ci` then refuses the lockfile.)
 */
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
const { version } = require('esbuild/package.json');

const loaderOf = (file) =>
  file.endsWith('.tsx') ? 'tsx' : file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts') ? 'ts' : 'js';

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, {
      loader: loaderOf(file),
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: file,
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
  getCacheKey(source, file) {
    return createHash('sha256').update(version).update(file).update(source).digest('hex');
  },
};
