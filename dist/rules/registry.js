/**
 * The ordered registry: the four red flags of the source text first, then the map-quality
 * rules of the CLI contract, then the map-quality rules from practice. `acctmap rules`, SARIF and
 * the docs list them in this order.
 */
import { businessElsewhere } from './business-elsewhere.js';
import { championGoneQuiet } from './champion-gone-quiet.js';
import { goalsNotMet } from './goals-not-met.js';
import { leftContactDetails } from './left-contact-details.js';
import { noChampion } from './no-champion.js';
import { noEconomicBuyer } from './no-economic-buyer.js';
import { noRoi } from './no-roi.js';
import { noWarmPath } from './no-warm-path.js';
import { relationshipConcentration } from './relationship-concentration.js';
import { reorganization } from './reorganization.js';
import { singleThreaded } from './single-threaded.js';
import { staleContact } from './stale-contact.js';
import { staleMap } from './stale-map.js';
import { suppression } from './suppression.js';
import { tooManyKeyAccounts } from './too-many-key-accounts.js';
import { unknownStanceHighInfluence } from './unknown-stance-high-influence.js';
import { unmanagedOpponent } from './unmanaged-opponent.js';
import { unownedEconomicBuyer } from './unowned-economic-buyer.js';
export const RULES = [
    businessElsewhere,
    reorganization,
    noRoi,
    goalsNotMet,
    noEconomicBuyer,
    noChampion,
    singleThreaded,
    staleContact,
    staleMap,
    unmanagedOpponent,
    championGoneQuiet,
    unownedEconomicBuyer,
    noWarmPath,
    unknownStanceHighInfluence,
    relationshipConcentration,
    tooManyKeyAccounts,
    leftContactDetails,
    suppression,
];
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
export function getRule(id) {
    return BY_ID.get(id);
}
export const RULE_IDS = RULES.map((rule) => rule.id);
