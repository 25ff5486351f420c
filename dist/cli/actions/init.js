import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { starterMap } from '../../init/starter.js';
import { SLUG_PATTERN } from '../../model/account-map.js';
import { note } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeNewFile } from '../io.js';
import { isMapFileName } from '../map-files.js';
import { outputTarget } from '../output.js';
import { today } from '../today.js';
/** `--id` names an account: it must be a slug. */
export function checkIdOption(id) {
    if (id !== undefined && !SLUG_PATTERN.test(id)) {
        throw new UsageError(`--id must be a slug: lowercase letters, digits and dashes (for example acme-corp), got \`${id}\``);
    }
}
export function init(file, options) {
    checkIdOption(options.id);
    const target = outputTarget(file, process.cwd(), {
        command: 'acctmap init',
        example: 'account.acctmap.yaml',
        flag: '',
    });
    const schema = target.kind === 'stdout' ? undefined : findSchema(path.dirname(path.resolve(file)));
    const { id, name } = options;
    const text = starterMap({
        ...(id !== undefined ? { id } : {}),
        ...(name !== undefined ? { name } : {}),
        today: today(),
        ...(schema ? { schema } : {}),
    });
    // `acctmap init -`: the starter on stdout, for a pipe or an editor buffer.
    if (target.kind === 'stdout') {
        process.stdout.write(text);
        return EXIT.ok;
    }
    writeNewFile(file, text);
    note(options, `acctmap: wrote ${file}; fill it in, then run \`acctmap validate ${file}\`${isMapFileName(file) ? '' : ' (name map files *.acctmap.yaml so that `acctmap validate` finds them by itself)'}`);
    return EXIT.ok;
}
/** Where a repository keeps the schema, seen from a folder of it (first match wins). */
const SCHEMA_PLACES = [
    'account-map.schema.json',
    'schemas/account-map.schema.json',
    'node_modules/acctmap/schemas/account-map.schema.json',
];
/**
 * The schema as a path relative to the new map's folder, so that editors with yaml-language-server
 * complete and check the map from its first line. Looks in the map's folder and its parents up to
 * the repository root (the folder with `.git`); undefined when there is none to point at.
 */
export function findSchema(folder) {
    for (let dir = folder;; dir = path.dirname(dir)) {
        for (const place of SCHEMA_PLACES) {
            const candidate = path.join(dir, place);
            if (existsSync(candidate)) {
                const relative = path.relative(folder, candidate).split(path.sep).join('/');
                return relative.startsWith('.') ? relative : `./${relative}`;
            }
        }
        if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir)
            return undefined;
    }
}
