/**
 * The diagrams an account report shows: the org chart and the influence map, built by the
 * diagram module (which splits or cuts a view to stay within GitHub's Mermaid limits). The CLI
 * may render them to images (`--images`) and hand the paths back by `key`.
 */
import { buildDiagram, type DiagramResult, type DiagramView } from '../diagram/index.js';
import type { AccountMap } from '../model/account-map.js';

const REPORT_VIEWS = ['org', 'influence'] as const satisfies readonly DiagramView[];

interface ReportDiagram {
  /** Unique within a run: `<account id>-<view>` plus `-<n>` for the parts of a split view. */
  key: string;
  view: DiagramView;
  /** What the diagram shows (plain text). */
  title: string;
  mermaid: string;
  /** Which part of a split view this is (1-based), and of how many. */
  part: number;
  parts: number;
}

export interface ReportView {
  view: DiagramView;
  diagrams: ReportDiagram[];
  /** What was split, cut or left out (plain text). */
  notes: string[];
}

export function reportDiagrams(map: AccountMap): ReportView[] {
  return REPORT_VIEWS.map((view) => {
    const result: DiagramResult = buildDiagram(map, { view });
    const parts = result.diagrams.length;
    return {
      view,
      notes: result.notes,
      diagrams: result.diagrams.map((d, i) => ({
        key: `${map.account.id}-${view}${parts > 1 ? `-${i + 1}` : ''}`,
        view,
        title: d.title,
        mermaid: d.mermaid,
        part: i + 1,
        parts,
      })),
    };
  });
}
