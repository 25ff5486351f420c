/**
 * The account review: one document per map with what a review needs, in the order a review
 * runs: where we stand (summary, fit), what has gone wrong (findings) and what to do about it
 * (next actions), then who matters (stakeholders, diagrams), what we are doing together (goals,
 * opportunities, events) and the context (profile, notes).
 *
 * Every section is a small pure function of the map. Text from the map only ever reaches the
 * page through the escaping in util/markdown.ts.
 */
import type { AccountMap, Opportunity, Person } from '../model/account-map.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ruleCatalog } from '../rules/index.js';
import { CRITERIA } from '../score/config.js';
import { CRITERION_LABELS } from '../score/format.js';
import type { PortfolioScore, ScoredAccount } from '../score/portfolio.js';
import {
  codeSpan,
  escapeMarkdownCell as cell,
  link,
  messageMarkdown,
  oneLineText,
  escapeMarkdownText as t,
} from '../util/markdown.js';
import { nextActions } from './actions.js';
import type { ReportView } from './diagrams.js';
import { MarkdownDoc } from './doc.js';
import type { RedactLevel } from './redact.js';
import {
  ago,
  amount,
  daysBetween,
  joinAnd,
  keyLabel,
  LEVEL_ORDER,
  money,
  percent,
  plural,
  words,
} from './text.js';

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
}

export interface AccountReportOptions {
  /** Heading level of the title: 1 for a document of its own, 2 inside the portfolio report. */
  level?: number;
  /** Add the account's name to section headings (keeps headings unique in a combined document). */
  combined?: boolean;
  /** Anchor key of the title, for links from the portfolio ranking. */
  titleKey?: string;
  /** Markdown of a link back to the portfolio report. */
  backLink?: string;
  /** Shown in the closing line. */
  toolVersion?: string;
  /** Headings already used in the document, for when two accounts share a name. */
  title?: string;
  /** The name section headings carry when `combined` (unique in the document). */
  name?: string;
}

/** Events older than this many days before the as-of date are counted, not listed. */
export const RECENT_EVENT_DAYS = 365;

const RULES = new Map(ruleCatalog().map((r) => [r.id, r]));

/** The account's name on one line, or its id when the name is blank. */
export function accountName(map: AccountMap): string {
  return oneLineText(map.account.name) || map.account.id;
}

export function titleFor(name: string): string {
  return `${name}: account review`;
}

export function accountTitle(map: AccountMap): string {
  return titleFor(accountName(map));
}

export function accountReport(
  input: AccountReportInput,
  options: AccountReportOptions = {},
): string {
  const doc = new MarkdownDoc();
  writeAccountReport(doc, input, options);
  return doc.toString();
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

  h2('Fit and Pareto class');
  writeFit(doc, input);

  h2('Red flags and findings');
  writeFindings(doc, input, h3);

  h2('Next actions');
  const actions = nextActions(map, input.findings, input.asOf);
  if (actions.length === 0) {
    doc.paragraph('Nothing flagged: keep the map current and review it again within six months.');
  } else {
    doc.tasks(
      actions.map((a) => {
        const who = a.who ? ` Our side: ${a.who}.` : '';
        const why = a.why.map((w) => (RULES.has(w) ? codeSpan(w) : t(w))).join(', ');
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
    doc.raw(profileLines(map.profile, 0).join('\n'));
  }
  if (map.notes !== undefined && map.notes.trim() !== '') {
    h2('Notes');
    for (const para of map.notes.split(/\n\s*\n/)) doc.paragraph(t(para));
  }
  const by = options.toolVersion ? `acctmap ${options.toolVersion}` : 'acctmap';
  doc.paragraph(
    `Made by ${t(by)} from the account map; findings come from the rules in force for ${codeSpan(input.file)} (\`acctmap rules\` lists them).`,
  );
}

export function redactionNotice(level: RedactLevel): string[] {
  const names =
    level === 'names'
      ? ' People at the account are named by their title (or buying role) instead of their name, their ids are replaced, and their full names are replaced wherever the text spells them out.'
      : '';
  return [
    `**Redacted copy.** Contact details (email, phone, LinkedIn) and notes are left out, and e-mail addresses in any text are removed.${names} Share this copy; keep the map itself within the account team.`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Summary

function teamMember(map: AccountMap, id: string | undefined) {
  return id === undefined ? undefined : map.team?.find((m) => m.id === id);
}

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
      : `not a key-account candidate (${t(score.candidate_reason ?? 'below the thresholds')})`;
    const clash =
      score.tier_disagreement === 'declared-key-not-candidate'
        ? '; declared key but not a candidate: discuss the tier at this review'
        : score.tier_disagreement === 'candidate-not-declared-key'
          ? '; a candidate not declared key: discuss the tier at this review'
          : '';
    items.push(`**Tier:** ${declared}; ${verdict}${clash}`);
  } else {
    items.push(`**Tier:** ${declared}`);
  }

  const owner = teamMember(map, a.owner);
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

  const flags = input.findings.filter((d) => RULES.get(d.rule)?.category === 'red-flag');
  const other = input.findings.length - flags.length;
  const flagIds = [...new Set(flags.map((d) => d.rule))];
  items.push(
    `**Findings:** ${flags.length ? `${plural(flags.length, 'red flag')} (${flagIds.map((id) => codeSpan(id)).join(', ')})` : 'no red flags'}, ${plural(other, 'other finding')}`,
  );
  return items;
}

/** A link when the website is an http(s) address; otherwise the text as written. */
function websiteMarkdown(website: string): string {
  const trimmed = website.trim();
  if (/^https?:\/\/[^\s<>()\\`]+$/i.test(trimmed)) return link(t(trimmed), trimmed);
  return t(trimmed);
}

function tenure(since: string, asOf: string): string {
  const days = daysBetween(since, asOf);
  if (days < 0) return `starts ${ago(since, asOf)}`;
  const years = Math.floor(days / 365.25);
  if (years >= 1) return plural(years, 'year');
  const months = Math.floor(days / 30.44);
  return months >= 1 ? plural(months, 'month') : plural(days, 'day');
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
    const reason = p.class_reason ? ` ${t(p.class_reason)}.` : '';
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
  const flags = findings.filter((d) => RULES.get(d.rule)?.category === 'red-flag');
  const quality = findings.filter((d) => RULES.get(d.rule)?.category !== 'red-flag');
  const item = (d: Diagnostic) =>
    `${codeSpan(d.rule)} (${d.severity}, line ${d.line}): ${messageMarkdown(d.message)}`;
  h3('Red flags');
  if (flags.length) doc.list(flags.map(item));
  else doc.paragraph('None of the four red flags shows.');
  h3('Map quality and practice');
  if (quality.length) doc.list(quality.map(item));
  else doc.paragraph('No map-quality findings.');
}

// ---------------------------------------------------------------------------------------------
// Stakeholders

const STATUS_ORDER: Record<string, number> = { active: 0, new: 0, left: 1 };

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
  const present = people.filter((p) => p.status !== 'left');
  const left = people.length - present.length;
  const stances = ['advocate', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const;
  const stanceCounts = stances
    .map((s) => [s, present.filter((p) => p.stance === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'unknown' ? 'unknown' : n === 1 ? s : `${s}s`}`);
  doc.paragraph(
    `${plural(present.length, 'person', 'people')} at the account${left ? ` and ${left} who left` : ''}. Where they stand: ${stanceCounts.join(', ') || 'not recorded'}.`,
  );

  const roleHolders = new Map<string, Person[]>();
  for (const p of present)
    for (const r of p.roles ?? []) roleHolders.set(r, [...(roleHolders.get(r) ?? []), p]);
  const keyRoles = [
    'economic-buyer',
    'decision-maker',
    'champion',
    'sponsor',
    'coach',
    'technical-buyer',
    'user-buyer',
  ];
  const held = [...roleHolders.entries()].map(
    ([role, ps]) => `${t(words(role))}: ${ps.map((p) => t(p.name)).join(', ')}`,
  );
  const missing = keyRoles.filter((r) => !roleHolders.has(r)).map(words);
  const roleLines: string[] = [];
  if (held.length) roleLines.push(`Buying roles held: ${held.join('; ')}.`);
  if (missing.length) roleLines.push(`Nobody at the account holds: ${t(joinAnd(missing))}.`);
  doc.paragraph(roleLines.join(' '));

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
    id === undefined ? '' : (map.units?.find((u) => u.id === id)?.name ?? id);
  const owner = (id: string | undefined) =>
    id === undefined ? '' : (teamMember(map, id)?.name ?? id);
  doc.table(
    [
      'Name',
      'Title',
      'Unit',
      'Buying roles',
      'Stance',
      'Influence',
      'Our strength',
      'Owner',
      'Last contact',
      'Status',
    ],
    byImportance(people).map((p) => [
      cell(p.name),
      cell(p.title ?? ''),
      cell(unit(p.unit)),
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
    teamMember(map, id)?.name ?? people.find((p) => p.id === id)?.name ?? id;
  const isTeam = (id: string) => teamMember(map, id) !== undefined;
  const warm = (map.connections ?? []).filter((c) => isTeam(c.from) !== isTeam(c.to));
  if (warm.length) {
    h3('Warm paths');
    doc.paragraph('Connections between our team and their people: the introductions we can use.');
    doc.table(
      ['Ours', 'Theirs', 'Connection', 'Strength', 'Notes'],
      warm.map((c) => {
        const [ours, theirs] = isTeam(c.from) ? [c.from, c.to] : [c.to, c.from];
        return [
          cell(nameOf(ours)),
          cell(nameOf(theirs)),
          cell(words(c.type)),
          cell(c.strength ?? ''),
          cell(c.notes ?? ''),
        ];
      }),
    );
  }
  const between = (map.connections ?? []).filter((c) => !isTeam(c.from) && !isTeam(c.to));
  if (between.length) {
    h3('How they relate to each other');
    doc.list(
      between.map((c) => {
        const strength = c.strength ? ` (${t(c.strength)})` : '';
        const notes = c.notes ? `: ${t(c.notes)}` : '';
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
  const lines = [`**${t(p.name)}**${p.title ? `, ${t(p.title)}` : ''}`];
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
    id === undefined ? '' : (map.people?.find((p) => p.id === id)?.name ?? id);
  const ours = (id: string | undefined) =>
    id === undefined ? '' : (teamMember(map, id)?.name ?? id);
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
    id === undefined ? '' : (map.units?.find((u) => u.id === id)?.name ?? id);
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
    if (open.length) {
      h3('Open');
      doc.table(
        ['Opportunity', 'Unit', 'Stage', { header: money_, align: 'right' }, 'Recurring'],
        open.map((o) => [
          cell(o.title),
          cell(unitName(o.unit)),
          cell(o.stage),
          value(o),
          o.recurring ? 'yes' : '',
        ]),
      );
    }
    if (won.length) {
      h3('Won');
      doc.table(
        ['Opportunity', 'Unit', 'Closed', { header: money_, align: 'right' }, 'Recurring'],
        won.map((o) => [
          cell(o.title),
          cell(unitName(o.unit)),
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
          'Unit',
          'Closed',
          { header: money_, align: 'right' },
          'Lost to',
          'Recurring',
        ],
        lost.map((o) => [
          cell(o.title),
          cell(unitName(o.unit)),
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
 */
function writeWhiteSpace(doc: MarkdownDoc, input: AccountReportInput): void {
  const { map } = input;
  const units = map.units ?? [];
  if (units.length === 0) {
    doc.paragraph(
      "The map has no units, so white space cannot be shown: add the account's departments under `units` and give opportunities and people a `unit`.",
    );
    return;
  }
  const opps = map.opportunities ?? [];
  const people = (map.people ?? []).filter((p) => p.status !== 'left');
  const rank: Record<string, number> = { strong: 0, medium: 1, weak: 2, none: 3 };
  const rows = units.map((u) => {
    const here = opps.filter((o) => o.unit === u.id);
    const won = here.filter((o) => o.stage === 'won');
    const open = here.filter((o) => OPEN_STAGES.includes(o.stage));
    const lost = here.filter((o) => o.stage === 'lost');
    const staff = people.filter((p) => p.unit === u.id);
    const closest = [...staff].sort((a, b) => rank[a.strength]! - rank[b.strength]!)[0];
    const space =
      won.length > 0
        ? ''
        : open.length > 0
          ? 'in play, nothing won yet'
          : lost.length > 0
            ? '**lost, nothing open**'
            : '**white space**';
    const n = (list: readonly Opportunity[]) => (list.length ? String(list.length) : '');
    return [
      cell(u.name),
      String(staff.length),
      closest && closest.strength !== 'none'
        ? cell(`${closest.name} (${closest.strength})`)
        : 'none',
      n(won),
      n(open),
      n(lost),
      space,
    ];
  });
  const unplaced = opps.filter((o) => o.unit === undefined || !units.some((u) => u.id === o.unit));
  const blank = rows.filter((r) => r[6] === '**white space**').length;
  doc.paragraph(
    `${plural(blank, 'unit')} of ${units.length} with no business won, open or lost.${unplaced.length ? ` ${plural(unplaced.length, 'opportunity', 'opportunities')} without a unit ${unplaced.length === 1 ? 'is' : 'are'} not counted here.` : ''}`,
  );
  doc.table(
    [
      'Unit',
      { header: 'People', align: 'right' },
      'Closest relationship',
      { header: 'Won', align: 'right' },
      { header: 'Open', align: 'right' },
      { header: 'Lost', align: 'right' },
      'White space',
    ],
    rows,
  );
  const notes = units.filter((u) => u.notes?.trim());
  if (notes.length) doc.list(notes.map((u) => `**${t(u.name)}:** ${t(u.notes!)}`));
}

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
    map.people?.find((p) => p.id === id)?.name ?? teamMember(map, id)?.name ?? id;
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
      cell((e.people ?? []).map(name).join(', ')),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Profile

/** Deepest level of a profile shown; deeper values are summarised. */
const PROFILE_DEPTH = 4;

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) >= 10000 ? amount(value) : String(value);
  return String(value);
}

function isScalar(value: unknown): boolean {
  return value === null || value instanceof Date || typeof value !== 'object';
}

/** The profile as a nested list, one line per key; lists of plain values on one line. */
function profileLines(value: Record<string, unknown>, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const label = `**${t(keyLabel(key))}:**`;
    if (isScalar(v)) {
      lines.push(`${pad}- ${label} ${t(scalarText(v))}`);
    } else if (Array.isArray(v) && v.every(isScalar)) {
      lines.push(`${pad}- ${label} ${v.map((x) => t(scalarText(x))).join(', ') || 'none'}`);
    } else if (depth + 1 >= PROFILE_DEPTH) {
      lines.push(`${pad}- ${label} more detail in the map`);
    } else if (Array.isArray(v)) {
      lines.push(`${pad}- ${label}`);
      v.forEach((x, i) => {
        if (isScalar(x)) lines.push(`${pad}  - ${t(scalarText(x))}`);
        else if (Array.isArray(x))
          lines.push(`${pad}  - ${x.map((y) => t(isScalar(y) ? scalarText(y) : '…')).join(', ')}`);
        else {
          lines.push(`${pad}  - Item ${i + 1}`);
          lines.push(...profileLines(x as Record<string, unknown>, depth + 2));
        }
      });
    } else {
      lines.push(`${pad}- ${label}`);
      lines.push(...profileLines(v as Record<string, unknown>, depth + 1));
    }
  }
  return lines;
}
