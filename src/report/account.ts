/**
 * The account review: one document per map with what a review needs, in the order a review
 * runs: where we stand (summary, fit), what has gone wrong (findings) and what to do about it
 * (next actions), then who matters (stakeholders, diagrams), what we are doing together (goals,
 * opportunities, events) and the context (profile, notes).
 *
 * Every section is a small pure function of the map. Text from the map only ever reaches the
 * page through the escaping in src/text/markdown.ts.
 */
import type { AccountMap, Opportunity, Person } from '../model/account-map.js';
import { LEVEL_ORDER, STANCES, STRENGTH_ORDER } from '../model/account-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { mapIndex } from '../model/map-index.js';
import { getRule, isRedFlag, RED_FLAG_IDS } from '../rules/index.js';
import { CRITERIA } from '../score/config.js';
import { CRITERION_LABELS } from '../score/format.js';
import type { PortfolioScore, ScoredAccount } from '../score/portfolio.js';
import {
  ago,
  amount,
  capitalise,
  escapeMarkdownCell as cell,
  codeSpan,
  daysBetween,
  durationSince,
  joinAnd,
  keyLabel,
  link,
  messageMarkdown,
  money,
  oneLine,
  percent,
  plural,
  type TableColumn,
  escapeMarkdownText as t,
  words,
} from '../text/index.js';
import { type NextActionOptions, nextActions } from './actions.js';
import { type AccountChanges, writeAccountChanges } from './changes.js';
import type { ReportView } from './diagrams.js';
import type { MarkdownDoc } from './doc.js';
import type { RedactLevel } from './redact.js';
import { writeWarmPaths } from './warm-paths.js';

export interface AccountReportInput {
  /** The map as it should be shown (already redacted when redacting). */
  map: AccountMap;
  /** The map's file as the user names it. */
  file: string;
  asOf: string;
  /** This account's findings (messages already scrubbed when redacting). */
  findings: readonly Diagnostic[];
  /** This account's score, when the run scored it. */
  score?: ScoredAccount;
  /** The portfolio it was scored in; Pareto classes only mean something with more than one account. */
  portfolio?: PortfolioScore;
  diagrams: readonly ReportView[];
  /** Image files to link instead of Mermaid blocks, by diagram key (paths relative to the report). */
  images?: ReadonlyMap<string, string>;
  redaction?: RedactLevel;
  /** `report --since`: what changed in this account since then. */
  changes?: AccountChanges;
}

export interface AccountReportOptions {
  /** Heading level of the title: 1 for a document of its own, 2 inside the portfolio report. */
  level?: number;
  /** Add the account's name to section headings (keeps headings unique in a combined document). */
  combined?: boolean;
  /** Anchor key of the title, for links from the portfolio ranking. */
  titleKey?: string;
  /** Anchor key of the "Changes since …" heading, for the link from the portfolio's section. */
  changesKey?: string;
  /** Markdown of a link back to the portfolio report. */
  backLink?: string;
  /** Shown in the closing line. */
  toolVersion?: string;
  /** The file is one of a folder of reports that the next run replaces: the closing line says so. */
  replaced?: boolean;
  /** Headings already used in the document, for when two accounts share a name. */
  title?: string;
  /** The name section headings carry when `combined` (unique in the document). */
  name?: string;
}

/** Events older than this many days before the as-of date are counted, not listed. */
const RECENT_EVENT_DAYS = 365;

/** The account's name on one line, or its id when the name is blank. */
export function accountName(map: AccountMap): string {
  return oneLine(map.account.name) || map.account.id;
}

export function titleFor(name: string): string {
  return `${name}: account review`;
}

function accountTitle(map: AccountMap): string {
  return titleFor(accountName(map));
}

export function writeAccountReport(
  doc: MarkdownDoc,
  input: AccountReportInput,
  options: AccountReportOptions = {},
): void {
  const level = options.level ?? 1;
  const { map } = input;
  const name = options.name ?? accountName(map);
  const section = (title: string) => (options.combined ? `${title} (${name})` : title);
  const h2 = (title: string) => doc.heading(level + 1, section(title));
  const h3 = (title: string) => doc.heading(level + 2, section(title));

  doc.heading(level, options.title ?? accountTitle(map), options.titleKey);
  const intro = [
    `As of ${input.asOf}, from ${codeSpan(input.file)}.`,
    options.backLink ? `Part of the ${options.backLink}.` : '',
  ];
  doc.paragraph(intro.filter(Boolean).join(' '));
  if (input.redaction) doc.quote(redactionNotice(input.redaction));

  h2('Summary');
  doc.list(summaryItems(input));

  if (input.changes)
    writeAccountChanges(doc, input.changes, (title) =>
      doc.heading(level + 1, section(title), options.changesKey),
    );

  h2('Fit and Pareto class');
  writeFit(doc, input);

  h2('Red flags and findings');
  writeFindings(doc, input, h3);

  h2('Next actions');
  const actions = nextActions(map, input.findings, input.asOf, tierAdvice(input));
  if (actions.length === 0) {
    doc.paragraph('Nothing flagged: keep the map current and review it again within six months.');
  } else {
    doc.tasks(
      actions.map((a) => {
        const who = a.who ? ` Our side: ${a.who}.` : '';
        const why = a.why.map((w) => (getRule(w) ? codeSpan(w) : t(w))).join(', ');
        return `${a.text}.${who} (${why})`;
      }),
    );
  }

  h2('Stakeholders');
  writeStakeholders(doc, input, h3);

  h2('Org chart and influence map');
  writeDiagrams(doc, input);

  h2('Mutual goals');
  writeGoals(doc, input);

  h2('Opportunities');
  writeOpportunities(doc, input, h3);

  h2('Recent events');
  writeEvents(doc, input);

  if (map.profile && Object.keys(map.profile).length > 0) {
    h2('Profile');
    writeProfile(doc, map.profile, h3);
  }
  if (map.notes !== undefined && map.notes.trim() !== '') {
    h2('Notes');
    for (const para of map.notes.split(/\n\s*\n/)) doc.paragraph(t(para));
  }
  doc.paragraph(
    closingLine(
      options.toolVersion,
      `from the account map; findings come from the rules in force for ${codeSpan(input.file)} (\`acctmap rules\` lists them).`,
      options.replaced,
    ),
  );
}

/**
 * The last paragraph of every report: what made it. It also marks a file as written by
 * `acctmap report` (see `isGeneratedReport`), so a later run knows it may replace the file.
 */
export function closingLine(
  toolVersion: string | undefined,
  from: string,
  replaced = false,
): string {
  const again = replaced
    ? ' Running `acctmap report` again replaces this file: make changes in the maps.'
    : '';
  return `${GENERATED_MARK}${toolVersion ? ` ${t(toolVersion)}` : ''} ${from}${again}`;
}

/** How every report's closing line begins. */
export const GENERATED_MARK = 'Made by acctmap';

/** Whether markdown text is a report that `acctmap report` wrote (its closing line is there). */
export function isGeneratedReport(markdown: string): boolean {
  return new RegExp(`^${GENERATED_MARK}\\b`, 'm').test(markdown);
}

/** The `<meta name="generator">` value of an HTML review begins with this (see `reviewHtml`). */
export const HTML_GENERATOR = 'acctmap';

/** Whether an HTML file is a review that `acctmap report` wrote (its generator meta says so). */
export function isGeneratedHtml(html: string): boolean {
  return new RegExp(`<meta name="generator" content="${HTML_GENERATOR}\\b`).test(
    html.slice(0, 4096),
  );
}

export function redactionNotice(level: RedactLevel): string[] {
  const names =
    level === 'names'
      ? ' People at the account are named by their title (or buying role) instead of their name, their ids are replaced, and their names, in full or in part, are replaced wherever the text spells them out.'
      : '';
  return [
    `**Redacted copy.** Contact details (email, phone, LinkedIn) and notes are left out, and e-mail addresses in any text are removed.${names} Share this copy; keep the map itself within the account team.`,
  ];
}

/** What the score says about the declared tier, when the account was ranked and they disagree. */
function tierAdvice(input: AccountReportInput): NextActionOptions {
  const { score, portfolio } = input;
  if (!score?.tier_disagreement || (portfolio?.accounts.length ?? 0) < 2) return {};
  return {
    tier: {
      disagreement: score.tier_disagreement,
      declared: score.declared_tier,
      reason: score.candidate_reason,
      class: score.class,
      fit: score.fit,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Summary

function summaryItems(input: AccountReportInput): string[] {
  const { map, asOf, score } = input;
  const a = map.account;
  const r = map.relationship;
  const items: string[] = [];

  const about = [a.industry, a.country, a.segment].filter((x): x is string => !!x?.trim()).map(t);
  if (a.employees !== undefined) about.push(`${amount(a.employees)} employees`);
  if (a.website) about.push(websiteMarkdown(a.website));
  items.push(`**Account:** ${t(a.name || a.id)}${about.length ? `, ${about.join(', ')}` : ''}`);

  if (r) {
    const parts: string[] = [];
    if (r.status) parts.push(t(r.status));
    if (r.since) parts.push(`since ${r.since} (${tenure(r.since, asOf)})`);
    if (r.stage) parts.push(`${t(r.stage)} stage`);
    if (r.renewal) parts.push(`renewal ${r.renewal} (${ago(r.renewal, asOf)})`);
    if (parts.length) items.push(`**Relationship:** ${parts.join(', ')}`);
  }

  const declared = a.tier ? `declared ${codeSpan(a.tier)}` : 'no tier declared';
  const ranked = (input.portfolio?.accounts.length ?? 0) > 1;
  if (score && !ranked) {
    items.push(
      `**Tier:** ${declared}; whether it is a key-account candidate depends on its Pareto class, which needs the other accounts (report on all the maps together)`,
    );
  } else if (score) {
    const verdict = score.key_candidate
      ? 'the score makes it a key-account candidate'
      : `not a key-account candidate (${t([score.candidate_reason ?? 'below the thresholds', score.class_reason].filter(Boolean).join('; '))})`;
    const clash = score.tier_disagreement ? ': the score and the declared tier disagree' : '';
    items.push(`**Tier:** ${declared}; ${verdict}${clash}`);
  } else {
    items.push(`**Tier:** ${declared}`);
  }

  const owner = mapIndex(map).teamMember(a.owner);
  if (owner) {
    items.push(`**Account owner:** ${t(owner.name)}${owner.role ? ` (${t(owner.role)})` : ''}`);
  } else {
    items.push('**Account owner:** not named (`account.owner`)');
  }
  items.push(
    `**Last review:** ${a.reviewed ? `${a.reviewed} (${ago(a.reviewed, asOf)})` : 'never recorded (`account.reviewed`)'}`,
  );

  const numbers = revenueSummary(input);
  if (numbers) items.push(`**Revenue:** ${numbers}`);

  if (r?.long_term_interest || r?.commonality || r?.roi) {
    const parts: string[] = [];
    if (r.long_term_interest)
      parts.push(`their interest in a long-term relationship ${t(r.long_term_interest)}`);
    if (r.commonality) parts.push(`commonality ${t(r.commonality)}`);
    if (r.roi)
      parts.push(`return on the relationship: ours ${t(r.roi.ours)}, theirs ${t(r.roi.theirs)}`);
    items.push(`**Fit signals:** ${parts.join('; ')}`);
  }
  if (r?.common_ground?.length)
    items.push(`**Common ground:** ${r.common_ground.map(t).join('; ')}`);
  if (r?.competitors?.length)
    items.push(`**Competitors present:** ${r.competitors.map(t).join(', ')}`);
  if (a.tags?.length) items.push(`**Tags:** ${a.tags.map((tag) => codeSpan(tag)).join(', ')}`);

  const flags = input.findings.filter(isRedFlag);
  const other = input.findings.length - flags.length;
  const flagIds = [...new Set(flags.map((d) => d.rule))];
  const redText = flags.length
    ? `${plural(flags.length, 'red flag')} (${flagIds.map((id) => codeSpan(id)).join(', ')})`
    : 'no red flags';
  const otherText = other === 0 ? 'no other findings' : plural(other, 'other finding');
  items.push(
    `**Findings:** ${flags.length || other ? `${redText}, ${otherText}` : 'no red flags and no map-quality findings'}`,
  );
  return items;
}

/** A link when the website is an http(s) address; otherwise the text as written. */
function websiteMarkdown(website: string): string {
  const trimmed = website.trim();
  if (/^https?:\/\/[^\s<>()\\`]+$/i.test(trimmed))
    return link(t(trimmed.replace(/^https?:\/\//i, '').replace(/\/$/, '')), trimmed);
  return t(trimmed);
}

function tenure(since: string, asOf: string): string {
  if (daysBetween(since, asOf) < 0) return `starts ${ago(since, asOf)}`;
  return durationSince(since, asOf);
}

function revenueSummary(input: AccountReportInput): string | undefined {
  const { map, score, portfolio } = input;
  const f = map.financials;
  const parts: string[] = [];
  if (score && score.revenue !== null) {
    const currency = portfolio?.currency ?? f?.currency ?? null;
    parts.push(
      `${t(money(score.revenue, currency))} in the latest 12 months (${t(score.period ?? '')})`,
    );
    if (score.margin !== null) parts.push(`margin ${t(percent(score.margin))}`);
    if (score.share_of_wallet !== null && score.wallet !== null)
      parts.push(
        `${t(percent(score.share_of_wallet))} of their spend in our category (${t(money(score.wallet, currency))})`,
      );
  } else if (f?.revenue && Object.keys(f.revenue).length) {
    const periods = Object.keys(f.revenue).sort();
    const last = periods[periods.length - 1]!;
    parts.push(`${t(money(f.revenue[last]!, f.currency))} in ${t(last)}`);
  }
  if (f?.revenue && Object.keys(f.revenue).length > 1) {
    const periods = Object.keys(f.revenue).sort().slice(-5);
    parts.push(`history ${periods.map((p) => `${t(p)}: ${t(amount(f.revenue![p]!))}`).join(', ')}`);
  }
  if (f?.potential !== undefined)
    parts.push(`potential ${t(money(f.potential, f.currency))} a year`);
  return parts.length ? parts.join('; ') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fit

function writeFit(doc: MarkdownDoc, input: AccountReportInput): void {
  const { score, portfolio } = input;
  if (!score) {
    doc.paragraph('Not scored in this run.');
    return;
  }
  const band = score.band ? ` (band ${score.band})` : '';
  const fit =
    score.fit === null
      ? 'Fit: **no data**; none of the five selection criteria has data in the map.'
      : `Fit: **${score.fit}** of 100${band}${score.low_data ? `, resting on ${percent(score.data_weight)} of the weight; fill in the criteria with no data to firm it up` : ''}.`;
  doc.paragraph(fit);
  doc.table(
    [
      'Criterion',
      { header: 'Score', align: 'right' },
      { header: 'Weight', align: 'right' },
      { header: 'Points of fit', align: 'right' },
      'Basis',
    ],
    CRITERIA.map((c) => {
      const k = score.criteria[c];
      return [
        cell(CRITERION_LABELS[c]),
        k.score === null ? 'no data' : String(k.score),
        String(k.weight),
        k.contribution === null ? '–' : String(Math.round(k.contribution * 10) / 10),
        cell(k.basis),
      ];
    }),
  );
  if (portfolio && portfolio.accounts.length > 1) {
    const p = score;
    const measure = portfolio.by;
    const share = p.share === null ? '' : `, ${percent(p.share)} of the portfolio's ${measure}`;
    const cumulative =
      p.cumulative_share === null ? '' : ` (cumulative ${percent(p.cumulative_share)})`;
    const reason = p.class_reason ? ` ${t(capitalise(p.class_reason))}.` : '';
    doc.paragraph(
      `Pareto class **${p.class}** on ${measure}: rank ${p.rank} of ${portfolio.accounts.length} accounts${share}${cumulative}.${reason}`,
    );
    if (p.revenue_a_not_profit_a)
      doc.paragraph('Class A on revenue but not on profit: big, but not where the money is made.');
  } else {
    doc.paragraph(
      'Pareto class: only this account was scored, so it has no portfolio to be ranked in (run `acctmap report` over all the maps for classes; revenue history is also scored against the other accounts).',
    );
  }
  if (score.notes.length) doc.list(score.notes.map((n) => messageMarkdown(n)));
}

// ---------------------------------------------------------------------------------------------
// Findings

function writeFindings(
  doc: MarkdownDoc,
  input: AccountReportInput,
  h3: (title: string) => unknown,
): void {
  const { findings } = input;
  if (findings.length === 0) {
    doc.paragraph(`No red flags or map-quality findings as of ${input.asOf}.`);
    return;
  }
  const flags = findings.filter(isRedFlag);
  const quality = findings.filter((d) => !isRedFlag(d));
  const item = (d: Diagnostic) =>
    `${codeSpan(d.rule)} (${d.severity}, line ${d.line}): ${messageMarkdown(d.message)}`;
  h3('Red flags');
  if (flags.length) doc.list(flags.map(item));
  else {
    doc.paragraph(
      `None of the red flags shows (${RED_FLAG_IDS.map((id) => codeSpan(id)).join(', ')}).`,
    );
  }
  h3('Map quality and practice');
  if (quality.length) doc.list(quality.map(item));
  else doc.paragraph('No map-quality findings.');
}

// ---------------------------------------------------------------------------------------------
// Stakeholders

const STATUS_ORDER: Record<string, number> = { active: 0, new: 0, left: 1 };

/** Buying roles in the order a review asks about them. */
const BUYING_ROLE_ORDER = [
  'economic-buyer',
  'decision-maker',
  'sponsor',
  'champion',
  'coach',
  'technical-buyer',
  'user-buyer',
  'influencer',
  'gatekeeper',
  'procurement',
] as const;

/** The roles whose absence a review should notice. */
const KEY_ROLES = [
  'economic-buyer',
  'decision-maker',
  'champion',
  'sponsor',
  'coach',
  'technical-buyer',
  'user-buyer',
] as const;

/**
 * Names in a sentence, escaped: separated by commas, or by semicolons when a name holds a comma
 * (titles such as "Partner, fintech" stand in for names in a redacted copy).
 */
function names(list: readonly string[]): string {
  const sep = list.some((n) => n.includes(',')) ? '; ' : ', ';
  return list.map((n) => t(n)).join(sep);
}

/** A person's title, unless it only repeats the name (as in a copy with names redacted). */
function titleOf(p: Person): string | undefined {
  const title = p.title?.trim();
  return title && oneLine(title) !== oneLine(p.name) ? title : undefined;
}

function byImportance(people: readonly Person[]): Person[] {
  return people
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.p.status]! - STATUS_ORDER[b.p.status]! ||
        LEVEL_ORDER[a.p.influence]! - LEVEL_ORDER[b.p.influence]! ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

function writeStakeholders(
  doc: MarkdownDoc,
  input: AccountReportInput,
  h3: (title: string) => unknown,
): void {
  const { map, asOf } = input;
  const people = map.people ?? [];
  if (people.length === 0) {
    doc.paragraph(
      'No people on the map yet: start with whoever signs off the budget and whoever speaks for us.',
    );
    return;
  }
  const present = mapIndex(map).present;
  const left = people.length - present.length;
  const stanceCounts = STANCES.map(
    (s) => [s, present.filter((p) => p.stance === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'unknown' ? 'unknown' : n === 1 ? s : `${s}s`}`);
  doc.paragraph(
    `${plural(present.length, 'person', 'people')} at the account${left ? ` and ${left} who left` : ''}. Where they stand: ${stanceCounts.join(', ') || 'not recorded'}.`,
  );

  const roleHolders = new Map<string, Person[]>();
  for (const p of present)
    for (const r of p.roles ?? []) roleHolders.set(r, [...(roleHolders.get(r) ?? []), p]);
  const held = BUYING_ROLE_ORDER.filter((r) => roleHolders.has(r)).map(
    (role) =>
      `**${t(capitalise(words(role)))}:** ${names(roleHolders.get(role)!.map((p) => p.name))}`,
  );
  const missing = KEY_ROLES.filter((r) => !roleHolders.has(r)).map(words);
  if (missing.length) held.push(`**Nobody holds:** ${t(joinAnd(missing))}`);
  if (held.length) {
    doc.paragraph('Buying roles, among the people still at the account:');
    doc.list(held);
  }

  const team = map.team ?? [];
  if (team.length) {
    const owned = (id: string) => present.filter((p) => p.owner === id).length;
    doc.paragraph(
      `Our team: ${team
        .map((m) => {
          const parts = [
            m.role ? t(m.role) : '',
            `owns ${plural(owned(m.id), 'relationship')}`,
          ].filter(Boolean);
          return `${t(m.name)} (${parts.join(', ')})`;
        })
        .join('; ')}.`,
    );
  }

  const unit = (id: string | undefined) =>
    id === undefined ? '' : (mapIndex(map).unit(id)?.name ?? id);
  const owner = (id: string | undefined) =>
    id === undefined ? '' : (mapIndex(map).teamMember(id)?.name ?? id);
  const withUnits = people.some((p) => p.unit !== undefined);
  const withTitles = people.some((p) => titleOf(p) !== undefined);
  const columns = [
    'Name',
    ...(withTitles ? ['Title'] : []),
    ...(withUnits ? ['Unit'] : []),
    'Buying roles',
    'Stance',
    'Influence',
    'Our strength',
    'Owner',
    'Last contact',
    'Status',
  ];
  doc.table(
    columns,
    byImportance(people).map((p) => [
      cell(p.name),
      ...(withTitles ? [cell(titleOf(p) ?? '')] : []),
      ...(withUnits ? [cell(unit(p.unit))] : []),
      cell((p.roles ?? []).map(words).join(', ')),
      cell(p.stance),
      cell(p.influence),
      cell(p.strength),
      cell(owner(p.owner)),
      p.last_contact ? `${p.last_contact} (${ago(p.last_contact, asOf)})` : 'none recorded',
      p.status === 'left' ? '**left**' : cell(p.status),
    ]),
  );

  const nameOf = (id: string) =>
    mapIndex(map).teamMember(id)?.name ?? mapIndex(map).person(id)?.name ?? id;
  const isTeam = (id: string) => mapIndex(map).teamMember(id) !== undefined;
  const across = (map.connections ?? []).filter((c) => isTeam(c.from) !== isTeam(c.to));
  const friction = across.filter((c) => c.type === 'conflicts');
  const sides = (c: { from: string; to: string }) =>
    isTeam(c.from) ? [c.from, c.to] : [c.to, c.from];
  writeWarmPaths(doc, map, h3);
  const direct = across.filter((c) => c.type !== 'conflicts');
  if (direct.length) {
    h3('Our connections with their people');
    doc.paragraph('Connections between our team and their people: the introductions we can use.');
    const withNotes = direct.some((c) => c.notes?.trim());
    doc.table(
      ['Ours', 'Theirs', 'Connection', 'Strength', ...(withNotes ? ['Notes'] : [])],
      direct.map((c) => {
        const [ours, theirs] = sides(c) as [string, string];
        return [
          cell(nameOf(ours)),
          cell(nameOf(theirs)),
          cell(words(c.type)),
          cell(c.strength ?? ''),
          ...(withNotes ? [cell(c.notes ?? '')] : []),
        ];
      }),
    );
  }
  if (friction.length) {
    h3('Friction with our team');
    doc.list(
      friction.map((c) => {
        const [ours, theirs] = sides(c) as [string, string];
        const strength = c.strength ? ` (${t(c.strength)})` : '';
        const notes = c.notes?.trim() ? `: ${t(c.notes)}` : '';
        return `${t(nameOf(theirs))} is in conflict with ${t(nameOf(ours))} of our team${strength}${notes}`;
      }),
    );
  }
  const between = (map.connections ?? []).filter((c) => !isTeam(c.from) && !isTeam(c.to));
  if (between.length) {
    h3('How they relate to each other');
    doc.list(
      between.map((c) => {
        const strength = c.strength ? ` (${t(c.strength)})` : '';
        const notes = c.notes?.trim() ? `: ${t(c.notes)}` : '';
        return `${t(nameOf(c.from))} ${CONNECTION_VERBS[c.type] ?? t(words(c.type))} ${t(nameOf(c.to))}${strength}${notes}`;
      }),
    );
  }

  const detailed = byImportance(people).filter(
    (p) =>
      p.responsibilities?.length ||
      p.challenges?.length ||
      p.goals?.length ||
      p.notes ||
      p.email ||
      p.phone !== undefined ||
      p.linkedin,
  );
  if (detailed.length) {
    h3('People in detail');
    doc.list(detailed.map(personDetail));
  }
}

const CONNECTION_VERBS: Record<string, string> = {
  knows: 'knows',
  influences: 'influences',
  conflicts: 'is in conflict with',
  introduced: 'introduced us to',
  'former-colleague': 'is a former colleague of',
};

function personDetail(p: Person): string {
  const title = titleOf(p);
  const lines = [`**${t(p.name)}**${title ? `, ${t(title)}` : ''}`];
  const sub = (label: string, items: readonly string[] | undefined) => {
    if (items?.length) lines.push(`  - ${label}: ${items.map(t).join('; ')}`);
  };
  sub('Responsibilities', p.responsibilities);
  sub('Challenges', p.challenges);
  sub('Their goals', p.goals);
  if (p.notes) lines.push(`  - Notes: ${t(p.notes)}`);
  const contact: string[] = [];
  if (p.email) contact.push(t(p.email));
  if (p.phone !== undefined) contact.push(t(String(p.phone)));
  if (p.linkedin) contact.push(t(p.linkedin));
  if (contact.length) lines.push(`  - Contact: ${contact.join(', ')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Diagrams

function writeDiagrams(doc: MarkdownDoc, input: AccountReportInput): void {
  for (const view of input.diagrams) {
    for (const d of view.diagrams) {
      const title = d.parts > 1 ? `${d.title} (part ${d.part} of ${d.parts})` : d.title;
      const image = input.images?.get(d.key);
      if (image) {
        doc.paragraph(`${t(title)}.`);
        doc.paragraph(
          `![${t(title)}](${encodeURI(image).replace(/[()]/g, (c) => encodeURIComponent(c))})`,
        );
      } else {
        doc.paragraph(`${t(title)}.`);
        doc.code('mermaid', d.mermaid);
      }
    }
    if (view.notes.length) doc.quote(view.notes.map((n) => t(n)));
  }
}

// ---------------------------------------------------------------------------------------------
// Goals

function writeGoals(doc: MarkdownDoc, input: AccountReportInput): void {
  const { map, asOf } = input;
  const goals = map.goals ?? [];
  if (goals.length === 0) {
    doc.paragraph(
      'No mutual goals recorded: agree with the customer what both sides want from the relationship and how to measure it.',
    );
    return;
  }
  const person = (id: string | undefined) =>
    id === undefined ? '' : (mapIndex(map).person(id)?.name ?? id);
  const ours = (id: string | undefined) =>
    id === undefined ? '' : (mapIndex(map).teamMember(id)?.name ?? id);
  const open = (s: string) => s !== 'met' && s !== 'dropped';
  const counts = ['met', 'on-track', 'planned', 'at-risk', 'missed', 'dropped']
    .map((s) => [s, goals.filter((g) => g.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${words(s)}`);
  doc.paragraph(`${plural(goals.length, 'goal')}: ${counts.join(', ')}.`);
  doc.table(
    ['Goal', 'Status', 'Due', 'Their owner', 'Our owner', 'Measure'],
    goals.map((g) => {
      const overdue = g.due !== undefined && g.due < asOf && open(g.status);
      const status =
        g.status === 'missed' || g.status === 'at-risk' || overdue
          ? `**${words(g.status)}**`
          : words(g.status);
      return [
        cell(g.title),
        overdue ? `${status}, overdue` : status,
        g.due ? `${g.due}${open(g.status) ? ` (${ago(g.due, asOf)})` : ''}` : '',
        cell(person(g.owner)),
        cell(ours(g.our_owner)),
        cell(g.measure ?? ''),
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Opportunities

const OPEN_STAGES = ['proposed', 'qualified', 'identified'];

function writeOpportunities(
  doc: MarkdownDoc,
  input: AccountReportInput,
  h3: (title: string) => unknown,
): void {
  const { map } = input;
  const opps = map.opportunities ?? [];
  const currency = map.financials?.currency ?? null;
  const unitName = (id: string | undefined) =>
    id === undefined ? '' : (mapIndex(map).unit(id)?.name ?? id);
  const value = (o: Opportunity) => (o.value === undefined ? '' : t(amount(o.value)));
  const total = (list: readonly Opportunity[]) => list.reduce((s, o) => s + (o.value ?? 0), 0);
  if (opps.length === 0) {
    doc.paragraph('No opportunities recorded.');
  } else {
    const open = opps
      .filter((o) => OPEN_STAGES.includes(o.stage))
      .sort((a, b) => OPEN_STAGES.indexOf(a.stage) - OPEN_STAGES.indexOf(b.stage));
    const won = opps.filter((o) => o.stage === 'won');
    const lost = opps.filter((o) => o.stage === 'lost');
    const sum = (label: string, list: readonly Opportunity[]) =>
      list.length
        ? `${label} ${t(money(total(list), currency))} in ${plural(list.length, 'opportunity', 'opportunities')}`
        : `nothing ${label}`;
    doc.paragraph(
      `Open pipeline: ${sum('', open).trim()}; ${sum('won', won)}; ${sum('lost', lost)}.${currency ? '' : ' Values as written (the map names no currency).'}`,
    );
    const money_ = currency ? `Value (${currency})` : 'Value';
    // A unit column only when some opportunity names a unit.
    const withUnits = opps.some((o) => o.unit !== undefined);
    const unitCol = withUnits ? ['Unit'] : [];
    const unitCell = (o: Opportunity) => (withUnits ? [cell(unitName(o.unit))] : []);
    if (open.length) {
      h3('Open');
      doc.table(
        ['Opportunity', ...unitCol, 'Stage', { header: money_, align: 'right' }, 'Recurring'],
        open.map((o) => [
          cell(o.title),
          ...unitCell(o),
          cell(o.stage),
          value(o),
          o.recurring ? 'yes' : '',
        ]),
      );
    }
    if (won.length) {
      h3('Won');
      doc.table(
        ['Opportunity', ...unitCol, 'Closed', { header: money_, align: 'right' }, 'Recurring'],
        won.map((o) => [
          cell(o.title),
          ...unitCell(o),
          o.closed ?? '',
          value(o),
          o.recurring ? 'yes' : '',
        ]),
      );
    }
    if (lost.length) {
      h3('Lost');
      doc.table(
        [
          'Opportunity',
          ...unitCol,
          'Closed',
          { header: money_, align: 'right' },
          'Lost to',
          'Recurring',
        ],
        lost.map((o) => [
          cell(o.title),
          ...unitCell(o),
          o.closed ?? '',
          value(o),
          cell(o.lost_to ?? 'not recorded'),
          o.recurring ? '**yes**' : '',
        ]),
      );
    }
  }
  h3('White space by unit');
  writeWhiteSpace(doc, input);
}

/**
 * White space: the units where we sell nothing yet. For each unit, the business we have won, the
 * business in play and lost, and our closest relationship there, so the review sees where to grow.
 * A unit counts as white space only when neither it nor any unit below it has business: a group
 * IT department whose sub-units buy from us is not untouched ground.
 */
function writeWhiteSpace(doc: MarkdownDoc, input: AccountReportInput): void {
  const { map } = input;
  const units = map.units ?? [];
  if (units.length === 0) {
    doc.paragraph(
      "White space needs the account's departments: add them under `units` and give opportunities and people a `unit`.",
    );
    return;
  }
  const opps = map.opportunities ?? [];
  const people = mapIndex(map).present;
  const children = new Map<string, string[]>();
  for (const u of units)
    if (u.parent !== undefined) children.set(u.parent, [...(children.get(u.parent) ?? []), u.id]);
  const below = (id: string, seen = new Set<string>()): string[] => {
    const out: string[] = [];
    for (const c of children.get(id) ?? []) {
      if (seen.has(c)) continue; // parent cycles are errors, but never loop on one
      seen.add(c);
      out.push(c, ...below(c, seen));
    }
    return out;
  };
  const rows = units.map((u) => {
    const here = opps.filter((o) => o.unit === u.id);
    const won = here.filter((o) => o.stage === 'won');
    const open = here.filter((o) => OPEN_STAGES.includes(o.stage));
    const lost = here.filter((o) => o.stage === 'lost');
    const sub = new Set(below(u.id));
    const subBusiness = opps.filter((o) => o.unit !== undefined && sub.has(o.unit));
    const staff = people.filter((p) => p.unit === u.id);
    const closest = [...staff].sort(
      (a, b) => STRENGTH_ORDER[a.strength]! - STRENGTH_ORDER[b.strength]!,
    )[0];
    const state: WhiteSpaceState =
      won.length > 0
        ? 'won'
        : open.length > 0
          ? 'open'
          : lost.length > 0
            ? 'lost'
            : subBusiness.length > 0
              ? 'below'
              : 'white';
    const n = (list: readonly Opportunity[]) => (list.length ? String(list.length) : '');
    return {
      unit: u,
      state,
      closest: closest && closest.strength !== 'none' ? closest : undefined,
      cells: [
        cell(u.name),
        String(staff.length),
        closest && closest.strength !== 'none'
          ? cell(`${closest.name} (${closest.strength})`)
          : 'none',
        n(won),
        n(open),
        n(lost),
        WHITE_SPACE_TEXT[state],
      ],
    };
  });
  const unplaced = opps.filter((o) => o.unit === undefined || !units.some((u) => u.id === o.unit));
  const blank = rows.filter((r) => r.state === 'white');
  const lostOnly = rows.filter((r) => r.state === 'lost');
  const sentences: string[] = [];
  if (blank.length) {
    sentences.push(
      `White space (no business won, open or lost, here or in the units below): ${blank
        .map((r) => {
          const via = r.closest
            ? ` (closest: ${t(r.closest.name)}, ${t(r.closest.strength)})`
            : ' (nobody we know)';
          return `${t(oneLine(r.unit.name) || r.unit.id)}${via}`;
        })
        .join('; ')}.`,
    );
  } else {
    sentences.push(
      'No white space: every unit has business won, open or lost, or units below that do.',
    );
  }
  if (lostOnly.length)
    sentences.push(
      `Lost with nothing open: ${lostOnly.map((r) => t(oneLine(r.unit.name) || r.unit.id)).join('; ')}.`,
    );
  if (unplaced.length)
    sentences.push(
      `${plural(unplaced.length, 'opportunity', 'opportunities')} without a unit ${unplaced.length === 1 ? 'is' : 'are'} not counted here.`,
    );
  doc.paragraph(sentences.join(' '));
  doc.table(
    [
      'Unit',
      { header: 'People', align: 'right' },
      'Closest relationship',
      { header: 'Won', align: 'right' },
      { header: 'Open', align: 'right' },
      { header: 'Lost', align: 'right' },
      'Where we stand',
    ],
    rows.map((r) => r.cells),
  );
  const notes = units.filter((u) => u.notes?.trim());
  if (notes.length) doc.list(notes.map((u) => `**${t(u.name)}:** ${t(u.notes!)}`));
}

type WhiteSpaceState = 'won' | 'open' | 'lost' | 'below' | 'white';

const WHITE_SPACE_TEXT: Record<WhiteSpaceState, string> = {
  won: 'we sell here',
  open: 'in play, nothing won yet',
  lost: '**lost, nothing open**',
  below: 'business in units below',
  white: '**white space**',
};

// ---------------------------------------------------------------------------------------------
// Events

function writeEvents(doc: MarkdownDoc, input: AccountReportInput): void {
  const { map, asOf } = input;
  const events = map.events ?? [];
  if (events.length === 0) {
    doc.paragraph('No events recorded.');
    return;
  }
  const recent = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => daysBetween(e.date, asOf) <= RECENT_EVENT_DAYS)
    .sort((a, b) => (a.e.date < b.e.date ? 1 : a.e.date > b.e.date ? -1 : a.i - b.i))
    .map(({ e }) => e);
  const older = events.length - recent.length;
  const name = (id: string) =>
    mapIndex(map).person(id)?.name ?? mapIndex(map).teamMember(id)?.name ?? id;
  if (recent.length === 0) {
    doc.paragraph(
      `Nothing recorded in the ${RECENT_EVENT_DAYS} days before ${asOf}; ${plural(older, 'older event')} on the map.`,
    );
    return;
  }
  doc.paragraph(
    `The ${RECENT_EVENT_DAYS} days before ${asOf}, newest first${older ? `; ${plural(older, 'older event')} not shown` : ''}.`,
  );
  doc.table(
    ['Date', 'Event', 'What happened', 'People'],
    recent.map((e) => [
      e.date,
      cell(words(e.type)),
      cell(e.summary),
      names((e.people ?? []).map(name)),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Profile

/** Deepest level of a profile shown; deeper values are summarised. */
const PROFILE_DEPTH = 4;

/** A list of objects becomes a table when it has at most this many different keys. */
const PROFILE_TABLE_COLUMNS = 8;

/** Keys whose fractions are shares: `engagement_rate: 0.041` reads as `4.1 %`. */
const FRACTION_KEY = /share|rate|ratio|split|percent|proportion|margin|ownership|allocation/i;

type Scalar = string | number | boolean | Date | null | undefined;

function isScalar(value: unknown): value is Scalar {
  return value === null || value instanceof Date || typeof value !== 'object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** A fraction strictly between 0 and 1 that is not a whole number. */
function isFraction(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value < 1;
}

/**
 * A mapping that splits a whole into parts (`{women: 0.82, men: 0.15, other: 0.03}`): every value
 * a number in [0, 1] and together 1.
 */
function isSplit(value: Record<string, unknown>): boolean {
  const values = Object.values(value);
  if (values.length < 2) return false;
  if (!values.every((v) => typeof v === 'number' && v >= 0 && v <= 1)) return false;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  return Math.abs(sum - 1) <= 0.02;
}

function scalarText(value: unknown, key = '', asShare = false): string {
  if (value === null || value === undefined) return 'not set';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (isFraction(value) && (asShare || FRACTION_KEY.test(key))) return percent(value);
    return Number.isInteger(value) && Math.abs(value) >= 10000 ? amount(value) : String(value);
  }
  return String(value);
}

/** Plain values on one line when they are short; otherwise one per line. */
function inlineList(values: readonly unknown[], key: string): string | undefined {
  const texts = values.map((v) => scalarText(v, key));
  if (texts.every((x) => x.length <= 40 && !/[,;]/.test(x))) return texts.map(t).join(', ');
  return undefined;
}

/**
 * The profile: free-form facts such as a VC firm's investment preferences or a brand's audience
 * and channels. Plain values first as a list; each mapping or list under a heading of its own; a
 * list of records (influencers, channels) as a table.
 */
function writeProfile(
  doc: MarkdownDoc,
  profile: Record<string, unknown>,
  h3: (title: string) => unknown,
): void {
  let plain: string[] = [];
  const flush = () => {
    doc.list(plain);
    plain = [];
  };
  for (const [key, value] of Object.entries(profile)) {
    const label = keyLabel(key);
    if (isScalar(value)) {
      plain.push(`**${t(label)}:** ${t(scalarText(value, key))}`);
      continue;
    }
    if (Array.isArray(value) && value.every(isScalar)) {
      const line = inlineList(value, key);
      if (line !== undefined) {
        plain.push(`**${t(label)}:** ${line || 'none'}`);
        continue;
      }
    }
    flush();
    h3(label);
    const table = Array.isArray(value) ? recordTable(value) : undefined;
    if (table) doc.table(table.columns, table.rows);
    else if (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0)
      doc.paragraph('None recorded.');
    else if (Array.isArray(value)) doc.raw(listLines(value, key, 0).join('\n'));
    else
      doc.raw(
        profileLines(
          value as Record<string, unknown>,
          0,
          isSplit(value as Record<string, unknown>),
        ).join('\n'),
      );
  }
  flush();
}

/** A list of flat records as a table: one column per key, in the order they first appear. */
function recordTable(
  list: readonly unknown[],
): { columns: TableColumn[]; rows: string[][] } | undefined {
  if (list.length === 0 || !list.every(isRecord)) return undefined;
  const keys: string[] = [];
  for (const item of list as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(item)) {
      if (!isScalar(v) && !(Array.isArray(v) && v.every(isScalar))) return undefined;
      if (!keys.includes(k)) keys.push(k);
    }
  }
  if (keys.length === 0 || keys.length > PROFILE_TABLE_COLUMNS) return undefined;
  return {
    // Numbers line up on the right, as in the other tables.
    columns: keys.map((k) => {
      const values = (list as Record<string, unknown>[])
        .map((item) => item[k])
        .filter((v) => v !== undefined);
      const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
      return numeric ? { header: keyLabel(k), align: 'right' } : { header: keyLabel(k) };
    }),
    rows: (list as Record<string, unknown>[]).map((item) =>
      keys.map((k) => {
        const v = item[k];
        if (v === undefined) return '';
        if (Array.isArray(v)) return v.map((x) => cell(scalarText(x, k))).join(', ');
        return cell(scalarText(v, k));
      }),
    ),
  };
}

/** A list's items as nested list lines; a record is labelled by its first text value. */
function listLines(list: readonly unknown[], key: string, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  list.forEach((x, i) => {
    if (isScalar(x)) lines.push(`${pad}- ${t(scalarText(x, key))}`);
    else if (Array.isArray(x))
      lines.push(
        `${pad}- ${x.map((y) => (isScalar(y) ? t(scalarText(y, key)) : '…')).join(', ') || 'none'}`,
      );
    else if (depth + 1 >= PROFILE_DEPTH) lines.push(`${pad}- more detail in the map`);
    else {
      const record = x as Record<string, unknown>;
      const first = Object.entries(record).find(([, v]) => typeof v === 'string' && v.trim());
      lines.push(`${pad}- ${first ? `**${t(String(first[1]))}**` : `Item ${i + 1}`}`);
      const rest = first
        ? Object.fromEntries(Object.entries(record).filter(([k]) => k !== first[0]))
        : record;
      lines.push(...profileLines(rest, depth + 1, isSplit(rest)));
    }
  });
  return lines;
}

/** A mapping as a nested list, one line per key; short lists of plain values on one line. */
function profileLines(value: Record<string, unknown>, depth: number, split = false): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const label = `**${t(keyLabel(key))}:**`;
    if (isScalar(v)) {
      lines.push(`${pad}- ${label} ${t(scalarText(v, key, split))}`);
    } else if (Array.isArray(v) && v.every(isScalar) && inlineList(v, key) !== undefined) {
      lines.push(`${pad}- ${label} ${inlineList(v, key) || 'none'}`);
    } else if (depth + 1 >= PROFILE_DEPTH) {
      lines.push(`${pad}- ${label} more detail in the map`);
    } else if (Array.isArray(v)) {
      lines.push(`${pad}- ${label}`);
      lines.push(...listLines(v, key, depth + 1));
    } else {
      lines.push(`${pad}- ${label}`);
      const record = v as Record<string, unknown>;
      lines.push(...profileLines(record, depth + 1, isSplit(record)));
    }
  }
  return lines;
}
