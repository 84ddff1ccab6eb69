/**
 * Every response the integration tests receive is checked against the OpenAPI document the API
 * serves (GET /openapi.json): the operation the request matched, the status (documented for that
 * operation), the content type, the body (ajv, JSON Schema 2020-12 with formats) and the
 * documented headers (required ones present, every one matching its schema). harness.ts calls it
 * for each request, so a response that the document does not describe fails the test that got it.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  responses: Record<string, Json>;
}

export interface CheckedResponse {
  status: number;
  headers: Headers;
  text: string;
}

const DOCUMENT_ID = 'https://contract.test/openapi.json';

/** JSON pointer of a document location, as a URI fragment. */
const pointer = (...segments: string[]) =>
  `#/${segments.map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

export class ContractCheck {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp }[];

  constructor(private readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    // Literal paths first: /v1/me/rotations before a template that could also match it.
    this.templates = Object.keys(document.paths as Json)
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
      .map((template) => ({
        template,
        pattern: new RegExp(
          `^${template
            .split(/(\{\w+\})/)
            .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('')}$`,
        ),
      }));
  }

  static async load(baseUrl: string): Promise<ContractCheck> {
    const response = await fetch(`${baseUrl}/openapi.json`);
    if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
    return new ContractCheck((await response.json()) as Json);
  }

  private validator(...location: string[]): ValidateFunction {
    const ref = `${DOCUMENT_ID}${pointer(...location)}`;
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    return validate;
  }

  private resolve(value: Json): Json {
    const target = value.$ref;
    if (typeof target !== 'string') return value;
    let node: unknown = this.document;
    for (const segment of target.replace(/^#\//, '').split('/'))
      node = (node as Json)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    return this.resolve(node as Json);
  }

  /** The mismatches between a response and the document; empty when it is described exactly. */
  mismatches(method: string, url: string, response: CheckedResponse): string[] {
    const path = new URL(url, 'http://x').pathname;
    const template = this.templates.find((t) => t.pattern.test(path))?.template;
    const operation = template
      ? ((this.document.paths as Record<string, Json>)[template]?.[method.toLowerCase()] as Operation | undefined)
      : undefined;
    if (!template || !operation) {
      // No such route: the gateway's 404, a problem like every other.
      if (response.status !== 404) return [`${method} ${path} is no operation, yet answered ${response.status}`];
      return this.body(response, ['components', 'schemas', 'Problem'], 'application/problem+json', 'no route');
    }
    const where = `${operation.operationId} (${method} ${template}) ${response.status}`;
    const status = String(response.status);
    const spec = operation.responses[status] ?? operation.responses.default;
    if (!spec) {
      return [
        `${where}: status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`,
      ];
    }
    const problems: string[] = [];
    const specKey = operation.responses[status] ? status : 'default';
    for (const [name, value] of Object.entries((spec.headers ?? {}) as Record<string, Json>)) {
      const header = this.resolve(value);
      const actual = response.headers.get(name);
      if (actual === null) {
        if (header.required) problems.push(`${where}: required header ${name} is missing`);
        continue;
      }
      const validate = this.ajv.compile(header.schema as Json);
      if (!validate(actual))
        problems.push(`${where}: header ${name}: ${JSON.stringify(actual)} ${this.ajv.errorsText(validate.errors)}`);
    }
    const content = spec.content as Record<string, Json> | undefined;
    if (method === 'HEAD') {
      if (response.text !== '') problems.push(`${where}: a HEAD answer has a body`);
      return problems;
    }
    if (!content) {
      if (response.text !== '') problems.push(`${where}: documents no body, got ${response.text.slice(0, 200)}`);
      return problems;
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!content[mediaType]) {
      problems.push(`${where}: content type ${mediaType || '(none)'} is not documented (${Object.keys(content)})`);
      return problems;
    }
    const location = ['paths', template, method.toLowerCase(), 'responses', specKey, 'content', mediaType, 'schema'];
    problems.push(...this.body(response, location, mediaType, where));
    return problems;
  }

  private body(response: CheckedResponse, location: string[], mediaType: string, where: string): string[] {
    if (!/json/.test(mediaType)) return [];
    const actualType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim();
    if (actualType !== mediaType) return [`${where}: content type ${actualType}, documented ${mediaType}`];
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return [`${where}: the body is not JSON: ${response.text.slice(0, 200)}`];
    }
    const validate = this.validator(...location);
    if (validate(body)) return [];
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath || '(body)'} ${e.message} ${e.params ? JSON.stringify(e.params) : ''}`);
    return [
      `${where}: the body does not match the document:\n    ${errors.join('\n    ')}\n    body: ${response.text.slice(0, 600)}`,
    ];
  }

  /** Throw when the response is not what the document describes. */
  assert(method: string, url: string, response: CheckedResponse): void {
    const problems = this.mismatches(method, url, response);
    if (problems.length > 0)
      throw new Error(`The response differs from the OpenAPI document:\n  ${problems.join('\n  ')}`);
  }
}
