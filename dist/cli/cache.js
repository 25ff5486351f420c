/**
 * `acctmap validate --cache`, as ESLint's: what checking each file gave is kept between runs, and
 * a file is checked again only when something its result depends on has changed. The key of a
 * file's result:
 *
 * - the SHA-256 of its bytes (not its time stamp alone: a checkout or a copy changes those, and
 *   an edit within the same tick of the clock would not). A file whose stat fingerprint (device,
 *   inode, size, mtime and ctime; see `statFingerprint`) is the one it had when its bytes were
 *   hashed is not read again: that is git's test of an unchanged file, ctime included, which
 *   no tool can set back, and kept only for files not changed within two seconds of being read;
 * - the name it is shown by (its findings carry it) and its absolute path;
 * - the severity and options of every rule for that file (the config's `rules`, the `overrides`
 *   that match it, `--rule`), as the rules resolve them;
 * - for the whole run: acctmap's version, the format of this file, whether rules run, the
 *   largest file acctmap reads (`max_file_mb`) and, whenever rules run, the `--as-of` date
 *   (always, not only for the rules that read it: nearly every map has a date rule that can
 *   fire, and a key that always holds the date can never be stale). A change in any of these
 *   starts the cache afresh.
 *
 * What is kept is each file's `CheckedFile` with only the `account` of each map (what the
 * portfolio rules read): the portfolio rules, duplicate ids and the stale-suppression reports
 * that depend on them always run again over every map. The cache is one JSON file, written
 * whole or not at all; one that cannot be read, is not JSON, or was written by another version
 * or format is ignored (and replaced), never an error.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { describeSystemError } from './errors.js';
import { readFileBytes, writeFileAtomic } from './io.js';
import { contentHash, statFingerprint } from './parallel-protocol.js';
/** Changes whenever what is kept changes shape. */
const FORMAT = 1;
const KIND = 'acctmap validate cache';
const digests = new Map();
/** A rule-settings key (about 1 kB of JSON) as a short digest, to keep per file. */
function digest(settings) {
    let d = digests.get(settings);
    if (d === undefined) {
        d = createHash('sha256').update(settings).digest('base64url');
        digests.set(settings, d);
    }
    return d;
}
export class RunCache {
    file;
    run;
    entries;
    changed = false;
    constructor(file, run, entries) {
        this.file = file;
        this.run = run;
        this.entries = entries;
    }
    /** The cache at `file` for a run with `key`; empty when there is none or it cannot be used. */
    static open(file, key) {
        const run = JSON.stringify([
            key.version,
            FORMAT,
            key.rules,
            key.rules ? key.asOf : null,
            key.maxBytes,
        ]);
        return new RunCache(file, run, readEntries(file, run));
    }
    /**
     * The kept result of a file, if its bytes, name and rule settings are those it was kept for.
     * A file with the stat fingerprint it was kept with is not read; any other is read for its
     * hash. One that cannot be read is left to checking, which says why.
     */
    lookup(target, settings, maxBytes) {
        const entry = this.entries.get(target.path);
        if (!entry || entry.file !== target.file || entry.settings !== digest(settings)) {
            return undefined;
        }
        if (entry.stat !== undefined) {
            let now;
            try {
                now = fs.statSync(target.path);
            }
            catch {
                return undefined;
            }
            if (now.isFile() && statFingerprint(now) === entry.stat)
                return entry.check;
        }
        const read = readFileBytes(target.path, maxBytes);
        if (!('bytes' in read) || contentHash(read.bytes) !== entry.hash)
            return undefined;
        // The same bytes with new times (a checkout, a copy): known by the new ones from now on.
        const stat = statFingerprint(read.stat);
        if (stat !== entry.stat) {
            if (stat === undefined)
                delete entry.stat;
            else
                entry.stat = stat;
            this.changed = true;
        }
        return entry.check;
    }
    /** Keeps what checking a file gave, for the next run. */
    store(target, settings, { hash, stat }, check) {
        this.entries.set(target.path, {
            file: target.file,
            hash,
            ...(stat === undefined ? {} : { stat }),
            settings: digest(settings),
            check,
        });
        this.changed = true;
    }
    /**
     * Writes the cache when anything changed, whole or not at all. A cache that cannot be
     * written costs speed, not correctness: the reason comes back for a note on stderr.
     */
    save() {
        if (!this.changed)
            return undefined;
        const stored = {
            kind: KIND,
            format: FORMAT,
            run: this.run,
            entries: Object.fromEntries(this.entries),
        };
        try {
            writeFileAtomic(this.file, JSON.stringify(stored));
            this.changed = false;
            return undefined;
        }
        catch (error) {
            return error instanceof Error ? error.message : describeSystemError(error);
        }
    }
}
/** The entries of the cache at `file` when it is one this run can use; else none. */
function readEntries(file, run) {
    const entries = new Map();
    let stored;
    try {
        stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch {
        return entries; // none yet, unreadable, or not JSON: start afresh
    }
    if (!isRecord(stored) ||
        stored.kind !== KIND ||
        stored.format !== FORMAT ||
        stored.run !== run ||
        !isRecord(stored.entries)) {
        return entries;
    }
    for (const [at, entry] of Object.entries(stored.entries)) {
        if (isEntry(entry))
            entries.set(at, entry);
    }
    return entries;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The shape of an entry, checked as far as a damaged file could break the run. */
function isEntry(value) {
    if (!isRecord(value) || !isRecord(value.check))
        return false;
    const { check } = value;
    return (typeof value.file === 'string' &&
        typeof value.hash === 'string' &&
        (value.stat === undefined || typeof value.stat === 'string') &&
        typeof value.settings === 'string' &&
        isRecord(check.summary) &&
        check.summary.file === value.file &&
        Array.isArray(check.summary.maps) &&
        Array.isArray(check.diagnostics) &&
        check.diagnostics.every(isRecord) &&
        Array.isArray(check.maps) &&
        check.maps.every((m) => isRecord(m) &&
            isRecord(m.map) &&
            isRecord(m.map.account) &&
            typeof m.map.account.id === 'string' &&
            isRecord(m.anchors) &&
            Array.isArray(m.suppressions) &&
            Array.isArray(m.used)));
}
