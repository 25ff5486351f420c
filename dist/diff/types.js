/**
 * What `acctmap diff` finds between two states of the maps, as data: the JSON format is exactly
 * this (docs/history.md, the contract in cli.md "Added 2026-12-02" → `acctmap diff`).
 */
/** The parts of a map a change can be about. */
export const CHANGE_ENTITIES = [
    'account',
    'relationship',
    'financials',
    'team',
    'unit',
    'person',
    'connection',
    'goal',
    'opportunity',
    'event',
    'profile',
];
export const SIGNALS = ['reorganization', 'people-left', 'cooling', 'revenue-drop'];
