/**
 * Ids and names: how acctmap makes a slug id from a name written in any script, keeps ids unique
 * in a map, and decides that two spellings name the same person.
 *
 * Transliteration is any-ascii's (one table for every script: `Sæther` → `Saether`, `山田太郎` →
 * `ShanTianTaiLang`, `Ольга` → `Ol'ga`), so ids made by `init`, by `import` and suggested in
 * messages agree with each other and with the ids people write by hand.
 */
import anyAscii from 'any-ascii';
/** What an id looks like: lowercase letters, digits and dashes, starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** The longest id `slugify` makes; longer names are cut at a word boundary. */
const MAX_SLUG = 48;
/**
 * A slug id (`^[a-z0-9][a-z0-9-]*$`) from a name: `Ingrid Sæther` → `ingrid-saether`,
 * `Håkon Bjørnstad` → `hakon-bjornstad`, `O'Brien` → `obrien`. Empty when nothing in the text
 * can be written in letters or digits (callers choose the fallback).
 */
export function slugify(text) {
    // Emoji and other symbols are not part of a name (any-ascii would spell 🙂 as `slight_smile`).
    const slug = anyAscii(text.normalize('NFC').replace(/[\p{Extended_Pictographic}\p{S}]/gu, ' '))
        .toLowerCase()
        // An apostrophe joins a word (O'Brien, Ol'ga), it does not split it.
        .replace(/['`’]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (slug.length <= MAX_SLUG)
        return slug;
    const cut = slug.slice(0, MAX_SLUG + 1);
    const dash = cut.lastIndexOf('-');
    return (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}
/**
 * `base`, or `base-2`, `base-3`, … whichever is not taken yet. `fallback` stands in for a base
 * that is empty or not a slug (a name of emoji alone).
 */
export function uniqueId(base, taken, fallback = 'person') {
    const root = SLUG_PATTERN.test(base) ? base : fallback;
    if (!taken.has(root))
        return root;
    for (let n = 2;; n++) {
        const candidate = `${root}-${n}`;
        if (!taken.has(candidate))
            return candidate;
    }
}
/**
 * What two names must share to be the same person's: case, accents, Nordic and other Latin
 * letters (`ø`/`o`, `æ`/`ae`, `ß`/`ss`), punctuation and spacing are ignored, so `Håkon Bjørnstad`,
 * `HAKON BJORNSTAD` and `Hakon  Bjørnstad` agree. Letters of other scripts are kept as they are
 * (lower-cased): transliterating them would make different names (王 and 汪) look alike.
 */
export function nameKey(name) {
    const key = name
        .normalize('NFC')
        .replace(/\p{Script=Latin}+/gu, (latin) => anyAscii(latin))
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
        .trim();
    // A "name" of punctuation or symbols alone still names someone: compare it as written.
    return key || name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
