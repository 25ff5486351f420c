// Regenerates schemas/account-map.schema.json and schemas/config.schema.json from the zod schemas
// (`npm run schema:write` after changing src/model, src/config or a rule's options). A test fails
// if a committed file and what the zod schema generates disagree.
import { writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../dist/config/json-schema.js';
import { accountMapJsonSchemaText } from '../dist/model/json-schema.js';

writeFileSync(
  new URL('../schemas/account-map.schema.json', import.meta.url),
  accountMapJsonSchemaText(),
);
writeFileSync(new URL('../schemas/config.schema.json', import.meta.url), configJsonSchemaText());
