/**
 * Which severity and options each rule has for one file: defaults, then `rules:` in the config,
 * then every `overrides:` entry whose `files` match (later wins), then `--rule` (wins over all).
 * Also the checks on the config's rule settings and on `--rule` values, which the CLI turns into
 * exit 2 with line and column.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { isBuiltInCheck } from '../model/diagnostic.js';
import { closest, listSome } from '../text/index.js';
import { errorMessage, valueAt } from '../validate/schema-issues.js';
import { RULE_SEVERITIES } from './config.js';
import { getRule, RULE_IDS, RULES } from './registry.js';
/**
 * Returns a function from a map's file name (as `LoadedMap.file` has it) to the settings of
 * every rule for that file; `undefined` gives the settings without any override, which is what
 * portfolio rules take their options from.
 */
export function createSettingsResolver(source) {
    const applying = overridesFor(source);
    const cache = new Map();
    // Files that match the same overrides share their settings: resolved once per combination.
    const byOverrides = new Map();
    return (file) => {
        const key = file ?? '\0';
        const known = cache.get(key);
        if (known)
            return known;
        const matched = applying(file);
        const combination = matched.join(',');
        let settings = byOverrides.get(combination);
        if (!settings) {
            const layers = layersFor(source, matched);
            const resolved = new Map();
            for (const rule of RULES)
                resolved.set(rule.id, resolve(rule, layers, source.cli));
            settings = resolved;
            byOverrides.set(combination, settings);
        }
        cache.set(key, settings);
        return settings;
    };
}
/**
 * The settings of every rule for `file` (as `createSettingsResolver` gives them) and why: which
 * overrides apply and where each severity was set. For `acctmap config FILE`.
 */
export function explainSettings(source, file) {
    const indices = overridesFor(source)(file);
    const layers = layersFor(source, indices);
    return {
        overrides: indices.map((index) => ({ index, files: source.config.overrides[index].files })),
        rules: RULES.map((rule) => {
            const resolved = resolve(rule, layers, source.cli);
            let from = { from: 'default' };
            layers.forEach((layer, i) => {
                const setting = layer[rule.id];
                const sets = typeof setting === 'string' ||
                    (setting !== undefined && typeof setting === 'object' && setting.severity !== undefined);
                if (sets)
                    from = i === 0 ? { from: 'rules' } : { from: 'override', index: indices[i - 1] };
            });
            if (source.cli.some(([id]) => id === rule.id))
                from = { from: '--rule' };
            return {
                id: rule.id,
                severity: resolved.severity,
                defaultSeverity: rule.defaultSeverity,
                source: from,
                options: resolved.options,
            };
        }),
    };
}
/** A function from a file name to the indices of the `overrides:` entries that apply to it. */
function overridesFor(source) {
    // Without overrides no file needs its path resolved (15 ms of a 1,000-map run).
    if (source.config.overrides.length === 0)
        return () => [];
    // Without `cwd`, relative file names are taken to be relative to an absolute `configDir`
    // (the config sits in the folder the run started in), or to the same base as a relative one.
    const dir = slashes(source.configDir);
    const root = absolute(source.cwd ?? (dir.startsWith('/') ? dir : '/'));
    const configDir = posix.resolve(root, slashes(source.configDir));
    const matchers = source.config.overrides.map((o) => picomatch(o.files, { dot: true }));
    return (file) => {
        if (file === undefined)
            return [];
        const rel = posix.relative(configDir, posix.resolve(root, slashes(file)));
        const inside = rel !== '' && !rel.startsWith('../') && rel !== '..' && !posix.isAbsolute(rel);
        if (!inside)
            return [];
        return matchers.flatMap((match, i) => (match(rel) ? [i] : []));
    };
}
function layersFor(source, overrides) {
    return [source.config.rules, ...overrides.map((i) => source.config.overrides[i].rules)];
}
function resolve(rule, layers, cli) {
    let severity = rule.defaultSeverity;
    let given = {};
    for (const layer of layers) {
        const setting = layer[rule.id];
        if (setting === undefined)
            continue;
        if (typeof setting === 'string') {
            severity = setting;
            continue;
        }
        const { severity: s, ...options } = setting;
        if (s !== undefined)
            severity = s;
        given = { ...given, ...options };
    }
    for (const [id, s] of cli)
        if (id === rule.id)
            severity = s;
    // checkRulesConfig reports bad options before any run; should one slip through, defaults hold.
    const parsed = rule.options.safeParse(given);
    const options = (parsed.success ? parsed.data : rule.options.parse({}));
    return { rule, severity, options };
}
/** Forward slashes; a Windows drive path becomes `/C:/...` so that posix calls see it as absolute. */
function slashes(path) {
    const p = path.replace(/\\/g, '/');
    return /^[A-Za-z]:\//.test(p) ? `/${p}` : p;
}
function absolute(path) {
    const p = slashes(path);
    return p.startsWith('/') ? p : `/${p}`;
}
/**
 * Problems with `rules:` and `overrides[].rules` in a config that parsed: unknown rule ids (with
 * "did you mean") and options a rule does not take or that have the wrong type. Paths point into
 * the config file; every finding is an error (a broken config is exit 2).
 */
export function checkRulesConfig(config) {
    const sections = [
        [['rules'], config.rules],
        ...config.overrides.map((o, i) => [['overrides', i, 'rules'], o.rules]),
    ];
    const findings = [];
    for (const [base, rules] of sections) {
        for (const [id, setting] of Object.entries(rules)) {
            const at = [...base, id];
            const rule = getRule(id);
            if (!rule) {
                findings.push({
                    rule: 'schema',
                    severity: 'error',
                    path: at,
                    target: 'key',
                    message: unknownRule(id),
                });
                continue;
            }
            if (typeof setting === 'string')
                continue;
            const { severity: _severity, ...options } = setting;
            const parsed = rule.options.safeParse(options, { error: errorMessage });
            if (parsed.success)
                continue;
            for (const issue of parsed.error.issues) {
                findings.push(...optionFindings(rule, at, issue, options));
            }
        }
    }
    return findings;
}
function optionFindings(rule, at, issue, given) {
    const path = issue.path.filter((s) => typeof s !== 'symbol');
    const names = Object.keys(rule.options.shape);
    const takes = names.length
        ? `it takes ${listSome(names, 12)} besides \`severity\``
        : 'it takes no options, only `severity`';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const guess = closest(key, [...names, 'severity']);
            return {
                rule: 'schema',
                severity: 'error',
                path: [...at, ...path, key],
                target: 'key',
                message: `rule \`${rule.id}\` has no option \`${key}\`; ${guess ? `did you mean \`${guess}\`?` : takes} (see docs/rules/${rule.id}.md)`,
            };
        });
    }
    const option = path.length ? `option \`${path.join('.')}\`` : 'the options';
    const input = valueAt(given, path);
    if (issue.code === 'invalid_value' && typeof input === 'string') {
        const allowed = issue.values.map(String);
        const g = guess(input, allowed);
        const tail = g ? `did you mean \`${g}\`?` : `use one of ${listSome(allowed, 12)}`;
        return [
            {
                rule: 'schema',
                severity: 'error',
                path: [...at, ...path],
                message: `${option} of rule \`${rule.id}\`: \`${input}\` is not allowed here; ${tail} (see docs/rules/${rule.id}.md)`,
            },
        ];
    }
    return [
        {
            rule: 'schema',
            severity: 'error',
            path: [...at, ...path],
            message: `${option} of rule \`${rule.id}\`: ${issue.message} (see docs/rules/${rule.id}.md)`,
        },
    ];
}
function unknownRule(id) {
    if (isBuiltInCheck(id)) {
        return `\`${id}\` findings are always errors and cannot be configured: fix the map instead`;
    }
    const guess = closest(id, RULE_IDS);
    return `unknown rule \`${id}\`; ${guess ? `did you mean \`${guess}\`?` : 'run `acctmap rules` to list the rules'}`;
}
/** One `--rule ID=SEVERITY` value; the CLI collects them in order and exits 2 on a bad one. */
export function parseRuleFlag(text) {
    const eq = text.indexOf('=');
    if (eq < 0) {
        return {
            ok: false,
            message: `\`--rule ${text}\` needs a severity: write \`--rule ID=SEVERITY\` with SEVERITY one of ${listSome(RULE_SEVERITIES)}, for example \`--rule ${text || 'stale-contact'}=off\``,
        };
    }
    const id = text.slice(0, eq).trim();
    const severity = text.slice(eq + 1).trim();
    if (!getRule(id))
        return { ok: false, message: `\`--rule ${text}\`: ${unknownRule(id)}` };
    if (!RULE_SEVERITIES.includes(severity)) {
        const g = guess(severity, RULE_SEVERITIES);
        return {
            ok: false,
            message: `\`--rule ${text}\`: \`${severity}\` is not a severity; ${g ? `did you mean \`${g}\`?` : `use one of ${listSome(RULE_SEVERITIES)}`}`,
        };
    }
    return { ok: true, value: [id, severity] };
}
/** A typo's correction, or what a shortened word (`warn`) is short for. */
function guess(input, candidates) {
    const near = closest(input, candidates);
    if (near)
        return near;
    const lower = input.toLowerCase();
    return lower.length >= 3 ? candidates.find((c) => c.startsWith(lower)) : undefined;
}
