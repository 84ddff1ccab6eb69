/**
 * How a function is bundled — the one description, for CDK's NodejsFunction and for the
 * benchmark, so the sizes and cold starts measured are those of what is deployed.
 *
 * LAMBDA_BUNDLING has the shape of aws-cdk-lib's `nodejs.BundlingOptions` (its enum values are
 * these strings: OutputFormat.ESM = 'esm', Charset.UTF8 = 'utf8'); esbuildOptions() is the same
 * thing as the esbuild build options CDK passes on its command line
 * (`--bundle --platform=node --format=esm --target=node20 --minify --sourcemap
 * --sources-content=false --main-fields=module,main --charset=utf8 --banner:js=…`).
 * No import of aws-cdk-lib or esbuild here, so both sides can import it cheaply.
 */
import type { BuildOptions } from 'esbuild';

/** An esbuild target both the local Node 20 and the Lambda runtime run. */
export const ESBUILD_TARGET = 'node20';

/** ESM has no `require`; bundled CommonJS dependencies still call it. */
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Spread into NodejsFunction's `bundling` (cast format/charset to the CDK enums). */
export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: ESBUILD_TARGET,
  platform: 'node',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  charset: 'utf8',
  banner: REQUIRE_BANNER,
  // Bundle everything, the AWS SDK v3 included: it is tree-shaken and pinned by our lock file.
  externalModules: [] as string[],
} as const;

/** The file NodejsFunction writes for an ESM bundle (Lambda loads it as a module). */
export const BUNDLE_FILE = 'index.mjs';

/** esbuild's build options equal to LAMBDA_BUNDLING (entry and output aside), with a metafile. */
export const ESBUILD_OPTIONS = {
  bundle: true,
  format: LAMBDA_BUNDLING.format,
  target: LAMBDA_BUNDLING.target,
  platform: LAMBDA_BUNDLING.platform,
  minify: LAMBDA_BUNDLING.minify,
  sourcemap: LAMBDA_BUNDLING.sourceMap,
  sourcesContent: LAMBDA_BUNDLING.sourcesContent,
  mainFields: [...LAMBDA_BUNDLING.mainFields],
  charset: LAMBDA_BUNDLING.charset,
  banner: { js: LAMBDA_BUNDLING.banner },
  external: [...LAMBDA_BUNDLING.externalModules],
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

/** One function, as CDK builds it: entry → outfile (…/index.mjs). */
export const esbuildOptions = (entry: string, outfile: string): BuildOptions => ({
  ...ESBUILD_OPTIONS,
  entryPoints: [entry],
  outfile,
});
