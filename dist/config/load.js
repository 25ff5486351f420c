import { parseSource } from '../parse/source.js';
import { fileDiagnostic, place } from '../validate/check.js';
import { errorMessage, issuesToFindings } from '../validate/schema-issues.js';
import { ConfigSchema, defaultConfig } from './schema.js';
/**
 * The config in `text`, or what is wrong with it: YAML, shape, then the `checks` (run only on a
 * config of the right shape), each placed on its line.
 */
export function parseConfig(file, text, checks = []) {
    const parsed = parseSource(text);
    const diagnostics = parsed.problems.map((p) => fileDiagnostic(file, 'yaml', p.message, p));
    if (diagnostics.length)
        return { config: defaultConfig(), diagnostics };
    const docs = parsed.documents.filter((d) => !d.empty);
    if (docs.length === 0)
        return { config: defaultConfig(), diagnostics };
    if (docs.length > 1) {
        const message = 'a config file holds one YAML document; remove the extra `---` section';
        diagnostics.push(fileDiagnostic(file, 'schema', message, docs[1].locate([])));
        return { config: defaultConfig(), diagnostics };
    }
    const doc = docs[0];
    const result = ConfigSchema.safeParse(doc.data, { error: errorMessage });
    const findings = result.success
        ? checks.flatMap((check) => check(result.data))
        : issuesToFindings(result.error.issues, ConfigSchema, doc.data);
    for (const f of findings)
        diagnostics.push(place(file, doc.locate, f, 'error', undefined));
    if (result.success && diagnostics.length === 0)
        return { config: result.data, diagnostics };
    return { config: defaultConfig(), diagnostics };
}
