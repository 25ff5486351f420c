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
] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];

export type Direction = 'better' | 'worse';

/** A JSON value as it stands in a map (a field's `before` or `after`). */
export type FieldValue =
  | string
  | number
  | boolean
  | null
  | FieldValue[]
  | { [k: string]: FieldValue };

export interface Change {
  entity: ChangeEntity;
  /** The item's id (people, units, team, goals and opportunities with ids), or what names it. */
  id?: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: one entry per field; nested fields are dotted (`roi.ours`, `revenue.2025`). */
  field?: string;
  before?: FieldValue;
  after?: FieldValue;
  direction?: Direction;
}

export const SIGNALS = ['reorganization', 'people-left', 'cooling', 'revenue-drop'] as const;

export interface Signal {
  signal: (typeof SIGNALS)[number];
  message: string;
  /** The people it is about (reorganization, people-left, cooling). */
  people?: string[];
  /** revenue-drop: the latest period, the same period a year before, and both figures. */
  period?: string;
  compared_to?: string;
  revenue?: number;
  previous?: number;
}

export interface AccountDiff {
  id: string;
  name: string;
  /** The file on the `to` side (on the `from` side when the account was removed). */
  file: string;
  /** The file on the `from` side when it is another one (a renamed or moved map). */
  renamed_from?: string;
  status: 'added' | 'removed' | 'changed';
  changes: Change[];
  red_flags: { appeared: string[]; resolved: string[] };
  signals: Signal[];
}

export interface SideLabel {
  /** A short commit id, or `working tree`. */
  rev: string;
  /** YYYY-MM-DD: the commit's date, or `--as-of` for the working tree. */
  date: string;
}

/** A map that could not be read on one side: the rest is still compared. */
export interface SideProblem {
  side: 'from' | 'to';
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface DiffSummary {
  accounts_changed: number;
  accounts_added: number;
  accounts_removed: number;
  people_added: number;
  people_left: number;
  stance_worse: number;
  stance_better: number;
}

export interface DiffResult {
  from: SideLabel;
  to: SideLabel;
  accounts: AccountDiff[];
  problems: SideProblem[];
  summary: DiffSummary;
}
