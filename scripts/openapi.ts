/** `npm run openapi [file]`: writes the OpenAPI document (what GET /openapi.json serves) to a file or stdout. */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../shared/openapi';

const text = `${JSON.stringify(openApiDocument({ serverUrl: process.env.API_URL }), null, 2)}\n`;
const file = process.argv[2];
if (file) writeFileSync(file, text);
else process.stdout.write(text);
