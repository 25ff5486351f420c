// Regenerates schemas/account-map.schema.json and schemas/config.schema.json from the zod schemas
// (`npm run schema:write` after changing src/model, src/config or a rule's options). A test fails
// if a committed file and what the zod schema generates disagree.
import { writeFileSync } from 'node:fs';

// The built code runs; its types are the sources' (specifiers the type checker does not follow,
// so that it checks src/ rather than the JavaScript in dist/).
/** @type {typeof import('../src/config/json-schema.js')} */
const { configJsonSchemaText } = await import(
  new URL('../dist/config/json-schema.js', import.meta.url).href
);
/** @type {typeof import('../src/model/json-schema.js')} */
const { accountMapJsonSchemaText } = await import(
  new URL('../dist/model/json-schema.js', import.meta.url).href
);

writeFileSync(
  new URL('../schemas/account-map.schema.json', import.meta.url),
  accountMapJsonSchemaText(),
);
writeFileSync(new URL('../schemas/config.schema.json', import.meta.url), configJsonSchemaText());
