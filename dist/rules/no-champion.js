/**
 * Map quality: nobody at the account sells for us when we are not in the room. A "champion" who
 * is a skeptic or an opponent is no champion at all.
 */
import { z } from 'zod';
import { isPresent } from '../model/map-index.js';
import { joinAnd } from '../text/index.js';
import { accountOwner, adviceAbout, championCandidates, personLabel, subjectOf } from './advice.js';
import { defineRule } from './types.js';
import { peopleAnchor, who } from './util.js';
const HOSTILE = ['skeptic', 'opponent'];
export const noChampion = defineRule({
    id: 'no-champion',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'no active person holds `champion`, or every champion is a `skeptic` or `opponent`',
    help: 'Find someone at the account who wants you to win and has a reason to say so (usually a supporter or advocate with influence), build the relationship, and give them `roles: [champion]`. If a champion has turned skeptical, find out why and correct their `stance` or role.',
    options: z.strictObject({}),
    advise(map, path) {
        const candidates = championCandidates(map);
        const list = candidates.length ? `; candidates: ${joinAnd(candidates.map(personLabel))}` : '';
        return adviceAbout(map, subjectOf(map, path), `Find and develop a champion, someone with influence who speaks for us when we are not in the room${list}`, accountOwner(map));
    },
    check(map) {
        const people = map.people ?? [];
        const champions = people
            .map((person, index) => ({ person, index }))
            .filter(({ person }) => isPresent(person) && (person.roles ?? []).includes('champion'));
        if (champions.length === 0) {
            const gone = people.filter((p) => !isPresent(p) && (p.roles ?? []).includes('champion'));
            const history = gone.length ? ` (${joinAnd(gone.map(who))} was one but left)` : '';
            return [
                {
                    ...peopleAnchor(map),
                    message: `no active person on the map holds \`champion\`${history}: nobody at the account speaks for us when we are not in the room; find a supporter with influence, build the relationship and give them \`roles: [champion]\``,
                },
            ];
        }
        if (champions.every(({ person }) => HOSTILE.includes(person.stance))) {
            const first = champions[0];
            const list = joinAnd(champions.map(({ person }) => `${who(person)} is \`${person.stance}\``));
            return [
                {
                    path: ['people', first.index, 'stance'],
                    message: `every champion on the map is against us: ${list}; a champion who does not want us to win is not one; find out what changed, then correct the \`stance\` or move the role to someone who supports us`,
                },
            ];
        }
        return [];
    },
});
