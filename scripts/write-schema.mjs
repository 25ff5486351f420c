// Regenerates schemas/account-map.schema.json from the zod schema (`npm run schema:write` after changing src/model).
// A test fails if the committed file and the zod schema disagree.
import { writeFileSync } from 'node:fs';
import { accountMapJsonSchemaText } from '../dist/model/json-schema.js';

writeFileSync(
  new URL('../schemas/account-map.schema.json', import.meta.url),
  accountMapJsonSchemaText(),
);
