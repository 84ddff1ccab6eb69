// A fresh process as Lambda starts one: load the bundle (its module init runs), answer one event,
// report when — as milliseconds since this process started (performance.now()) — and exit.
// Plain JavaScript, so nothing but the bundle is compiled or loaded on the way.
import { pathToFileURL } from 'node:url';

const [bundle] = process.argv.slice(2);
const event = JSON.parse(process.env.BENCH_EVENT);
const context = { ...JSON.parse(process.env.BENCH_CONTEXT), getRemainingTimeInMillis: () => 10000 };
const { handler } = await import(pathToFileURL(bundle).href);
const loaded = performance.now();
const result = await handler(event, context);
const answered = performance.now();
const status =
  result?.statusCode ??
  (Array.isArray(result?.batchItemFailures) ? (result.batchItemFailures.length ? 500 : 200) : 200);
process.stdout.write(`\n@@bench ${JSON.stringify({ loaded, answered, status })}\n`);
process.exit(0);
