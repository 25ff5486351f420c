/**
 * The rule under which problems with suppression comments are reported: a suppression without a
 * reason, one that names an unknown rule, or one that suppresses nothing. It has no check of its
 * own; the runner reports for it (see ./suppressions.ts).
 */
import { z } from 'zod';
import { defineRule } from './types.js';
export const suppression = defineRule({
    id: 'suppression',
    defaultSeverity: 'warning',
    category: 'map-quality',
    description: 'a suppression comment (`# acctmap-disable-next-line RULE -- reason`) without a reason, naming an unknown rule, or suppressing nothing',
    help: 'Give every suppression a reason after ` -- `, name rules that exist (`acctmap rules` lists them), and delete suppressions that no longer suppress anything.',
    options: z.strictObject({}),
});
