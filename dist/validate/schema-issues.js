import { describe } from '../model/account-map.js';
import { formatPath } from '../model/diagnostic.js';
import { closest, listSome } from '../text/index.js';
/** The per-parse error map: it only words issues the schema did not word itself. */
export function errorMessage(iss) {
    switch (iss.code) {
        case 'invalid_type': {
            if (iss.input === undefined)
                return 'missing';
            return `expected ${article(String(iss.expected))}, got ${describe(iss.input)}`;
        }
        case 'invalid_value': {
            if (iss.input === undefined)
                return 'missing';
            const values = iss.values.map(String);
            // A mapping or list is described, not printed (one with a `toString` key cannot be).
            const scalar = ['string', 'number', 'boolean'].includes(typeof iss.input);
            const input = scalar
                ? `\`${String(iss.input)}\` is not allowed here`
                : `got ${describe(iss.input)}`;
            const guess = typeof iss.input === 'string' ? closest(iss.input, values) : undefined;
            return guess
                ? `${input}; did you mean \`${guess}\`?`
                : `${input}; use one of ${listSome(values, 12)}`;
        }
        case 'too_small':
            return iss.origin === 'number'
                ? `must be ${iss.inclusive ? 'at least' : 'more than'} ${String(iss.minimum)}, got ${String(iss.input)}`
                : undefined;
        case 'too_big':
            return iss.origin === 'number'
                ? `must be ${iss.inclusive ? 'at most' : 'less than'} ${String(iss.maximum)}, got ${String(iss.input)}`
                : undefined;
        default:
            return undefined;
    }
}
function article(expected) {
    const words = {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping (keys with values)',
        record: 'a mapping (keys with values)',
    };
    return words[expected] ?? expected;
}
/** Turn the issues of one parse into findings; `root` is the schema that was parsed against. */
export function issuesToFindings(issues, root, data) {
    const findings = [];
    for (const issue of issues)
        findings.push(...issueToFindings(issue, root, data));
    return findings;
}
function issueToFindings(issue, root, data) {
    const path = issue.path.filter((s) => typeof s !== 'symbol');
    const where = path.length ? formatPath(path) : 'the top level';
    // A required key that is absent reads the same whatever schema it has (text, enum, list, …).
    if (issue.message === 'missing' && valueAt(data, path) === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        return [
            {
                rule: 'schema',
                path: parent,
                message: `missing required key \`${String(path[path.length - 1])}\` ${parent.length ? `in ${formatPath(parent)}` : 'at the top level'}`,
            },
        ];
    }
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = objectKeys(schemaAt(root, path));
            return issue.keys.map((key) => {
                const guess = closest(key, known);
                const tail = guess
                    ? `did you mean \`${guess}\`?`
                    : `allowed keys here: ${listSome(known, 20)}${path.length === 0 ? ' (put free-form facts under `profile`)' : ''}`;
                return {
                    rule: 'schema',
                    path: [...path, key],
                    target: 'key',
                    message: `unknown key \`${key}\` ${path.length ? `in ${where}` : 'at the top level'}; ${tail}`,
                };
            });
        }
        case 'invalid_type': {
            return [{ rule: 'schema', path, message: `${where}: ${issue.message}` }];
        }
        case 'invalid_union': {
            // Report the branch that got furthest: its issues are the ones about what was meant.
            // Zod words a branch's issues relative to the union itself.
            const branches = issue.errors
                .filter((b) => b.length > 0)
                .map((b) => b.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
            const best = branches.sort((a, b) => depth(b) - depth(a))[0];
            if (best && depth(best) > path.length) {
                return best.flatMap((i) => issueToFindings(i, root, data));
            }
            if (best?.[0] && !best[0].message.startsWith('expected')) {
                return [{ rule: 'schema', path, message: `${where}: ${best[0].message}` }];
            }
            return [
                {
                    rule: 'schema',
                    path,
                    message: `${where}: ${issue.message === 'Invalid input' ? `got ${describe(valueAt(data, path))}, which does not fit here` : issue.message}`,
                },
            ];
        }
        case 'invalid_key': {
            // A record key that is not allowed (a revenue period written `FY2025`): point at the key.
            const inner = issue.issues[0]?.message ?? issue.message;
            return [{ rule: 'schema', path, target: 'key', message: `${where}: ${inner}` }];
        }
        case 'custom': {
            const target = issue.params?.target;
            return [
                {
                    rule: 'schema',
                    path,
                    message: `${where}: ${issue.message}`,
                    ...(target ? { target } : {}),
                },
            ];
        }
        default:
            return [{ rule: 'schema', path, message: `${where}: ${issue.message}` }];
    }
}
function depth(issues) {
    return Math.max(...issues.map((i) => i.path.length));
}
export function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
function def(schema) {
    return schema._zod.def;
}
function unwrap(schema) {
    let s = schema;
    for (;;) {
        const d = def(s);
        if (d.innerType)
            s = d.innerType;
        else if (d.type === 'pipe' && d.in)
            s = d.in;
        else
            return s;
    }
}
/** The schema that applies at `path`, following objects, lists, records and wrappers. */
function schemaAt(root, path) {
    let s = unwrap(root);
    for (const seg of path) {
        if (!s)
            return undefined;
        const d = def(s);
        if (d.type === 'object' && d.shape)
            s = d.shape[String(seg)];
        else if (d.type === 'array')
            s = d.element;
        else if (d.type === 'record')
            s = d.valueType;
        else if (d.type === 'union')
            s = d.options?.find((o) => ['object', 'record', 'array'].includes(def(unwrap(o)).type));
        else
            return undefined;
        if (s)
            s = unwrap(s);
    }
    return s;
}
function objectKeys(schema) {
    if (!schema)
        return [];
    const d = def(unwrap(schema));
    return d.type === 'object' && d.shape ? Object.keys(d.shape).filter((k) => k !== '$schema') : [];
}
