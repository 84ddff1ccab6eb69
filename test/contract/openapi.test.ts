/**
 * The OpenAPI document lints clean with Redocly (recommended rules) and Spectral (spectral:oas),
 * every operation of the route table has its description and examples (shared/openapi-docs.ts),
 * and every example is valid against the schema it illustrates. That every real response matches
 * the document is checked by the integration tests (test/support/contract-check.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../shared/openapi';
import { operationDocs } from '../../shared/openapi-docs';
import { routes } from '../../shared/routes';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
type Json = Record<string, any>;

const document = openApiDocument({ serverUrl: 'https://api.talent-exchange.ha.example' }) as Json;
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run a linter; resolve with its output whatever its exit code. */
async function lint(command: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules', '.bin', command), args, {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

it('passes Redocly lint (recommended) with no errors', async () => {
  const result = await lint('redocly', ['lint', file, '--format=json']);
  const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[];
  };
  const errors = report.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
  expect(errors).toEqual([]);
  expect(report.totals.errors).toBe(0);
}, 60000);

it('passes Spectral lint (spectral:oas) with no errors', async () => {
  const result = await lint('spectral', ['lint', file, '--ruleset', '.spectral.yaml', '-f', 'json', '--quiet']);
  const text = result.stdout.trim();
  const findings = (text.startsWith('[') ? JSON.parse(text) : []) as {
    code: string;
    message: string;
    severity: number;
    path: string[];
  }[];
  if (!text.startsWith('[') && result.code !== 0) throw new Error(`spectral failed: ${result.stderr}${text}`);
  const errors = findings.filter((f) => f.severity === 0).map((f) => `${f.code}: ${f.message} at ${f.path.join('.')}`);
  expect(errors).toEqual([]);
}, 60000);

describe('every operation is described', () => {
  const operations = routes.map((route) => ({
    route,
    operation: document.paths[route.path][route.method.toLowerCase()],
  }));

  it('has a description and examples for every operation of the route table (shared/openapi-docs.ts)', () => {
    const missing: string[] = [];
    for (const { route, operation } of operations) {
      const docs = operationDocs[route.operationId];
      if (!docs?.description) missing.push(`${route.operationId}: description`);
      if (operation.requestBody && docs?.request === undefined) missing.push(`${route.operationId}: request example`);
      const success = Object.entries(operation.responses as Json).find(([status]) => status.startsWith('2'))?.[1];
      if (success?.content && docs?.response === undefined) missing.push(`${route.operationId}: response example`);
    }
    const unknown = Object.keys(operationDocs).filter((id) => !routes.some((r) => r.operationId === id));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it('has examples that match the schemas they illustrate', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: 'https://contract.test/openapi.json' });
    const pointer = (...segments: string[]) =>
      `https://contract.test/openapi.json#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
    const invalid: string[] = [];
    let checked = 0;
    for (const { route, operation } of operations) {
      const at = ['paths', route.path, route.method.toLowerCase()];
      const media: [string[], Json][] = [];
      for (const [type, content] of Object.entries((operation.requestBody?.content ?? {}) as Json))
        media.push([[...at, 'requestBody', 'content', type], content]);
      for (const [status, response] of Object.entries(operation.responses as Json))
        for (const [type, content] of Object.entries((response.content ?? {}) as Json))
          media.push([[...at, 'responses', status, 'content', type], content]);
      for (const [location, content] of media) {
        const examples = [
          ...(content.example === undefined ? [] : [content.example]),
          ...Object.values((content.examples ?? {}) as Json).map((e) => e.value),
        ];
        const validate = ajv.compile({ $ref: pointer(...location, 'schema') });
        for (const example of examples) {
          checked++;
          if (!validate(example))
            invalid.push(`${route.operationId} ${location.slice(4).join(' ')}: ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    expect(invalid).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(routes.length);
  });

  it('declares every tag it uses and formats every timestamp as date-time', () => {
    const declared = new Set((document.tags as { name: string }[]).map((t) => t.name));
    expect(routes.filter((r) => !declared.has(r.group))).toEqual([]);
    const timestamps: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Json)) {
        if (['createdAt', 'updatedAt', 'at', 'sentAt', 'time'].includes(key) && path.endsWith('properties')) {
          if ((value as Json).format !== 'date-time') timestamps.push(`${path}.${key}`);
        }
        visit(value, `${path}.${key}`);
      }
    };
    visit(document.components.schemas, 'components.schemas');
    expect(timestamps).toEqual([]);
  });
});

it("shows the document's own examples in the README's curl examples", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const { updateRotation, createRotation } = operationDocs;
  if (!updateRotation || !createRotation) throw new Error('updateRotation and createRotation need their docs');
  const idempotencyKey = document.components.parameters.IdempotencyKey.example;
  for (const expected of [
    `$API/v1/rotations/${updateRotation.pathExample?.rotationId}`,
    `-d '${JSON.stringify(updateRotation.request)}'`,
    `etag: "${(updateRotation.response as { version: number }).version}"`,
    `$API/v1/placements/${createRotation.pathExample?.placementId}/rotations`,
    `-d '${JSON.stringify(createRotation.request)}'`,
    `Idempotency-Key: ${idempotencyKey}`,
    `location: /v1/rotations/${(createRotation.response as { rotationId: string }).rotationId}`,
  ])
    expect(readme).toContain(expected);
});

it('names the API as its server, without the trailing slash of an API Gateway stage URL', () => {
  const deployed = openApiDocument({ serverUrl: 'https://abc123.execute-api.ap-east-1.amazonaws.com/' }) as Json;
  expect(deployed.servers).toEqual([
    { url: 'https://abc123.execute-api.ap-east-1.amazonaws.com', description: 'This API' },
  ]);
});
