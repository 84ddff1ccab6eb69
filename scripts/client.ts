/**
 * The typed client's types, generated from the OpenAPI document (the same one GET /openapi.json
 * serves) by openapi-typescript into shared/api-types.generated.ts, which is committed so the
 * console and other clients compile without running anything first. shared/api-client.ts wraps
 * them in an openapi-fetch client.
 *
 *   npm run client            regenerate the file after changing routes, contracts or schemas
 *   npm run client -- --check exit 1 when the committed file is stale (npm test runs this)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../shared/openapi';

export const GENERATED_TYPES = join(__dirname, '..', 'shared', 'api-types.generated.ts');

const HEADER = `/**
 * Types of the Talent Exchange API, generated from its OpenAPI document by \`npm run client\`
 * (scripts/client.ts, openapi-typescript). Do not edit: change the route table, contracts or
 * schemas and regenerate. Use them through shared/api-client.ts (openapi-fetch).
 */
`;

export async function generateTypes(): Promise<string> {
  // The document's server URL does not reach the types, so any base URL gives the same file.
  const document = openApiDocument();
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: false });
  return `${HEADER}\n${astToString(ast)}`;
}

async function main() {
  const generated = await generateTypes();
  let committed = '';
  try {
    committed = readFileSync(GENERATED_TYPES, 'utf8');
  } catch {
    // not generated yet
  }
  if (process.argv.includes('--check')) {
    if (committed !== generated) {
      console.error(`${GENERATED_TYPES} is stale: run \`npm run client\` and commit the result`);
      process.exit(1);
    }
    console.log(`${GENERATED_TYPES} is up to date`);
    return;
  }
  if (committed === generated) console.log(`${GENERATED_TYPES} is up to date`);
  else {
    writeFileSync(GENERATED_TYPES, generated);
    console.log(`wrote ${GENERATED_TYPES}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
