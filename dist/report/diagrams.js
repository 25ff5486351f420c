/**
 * The diagrams an account report shows: the org chart and the influence map, built by the
 * diagram module (which splits or cuts a view to stay within GitHub's Mermaid limits). The CLI
 * may render them to images (`--images`) and hand the paths back by `key`.
 */
import { buildDiagram } from '../diagram/index.js';
const REPORT_VIEWS = ['org', 'influence'];
export function reportDiagrams(map) {
    return REPORT_VIEWS.map((view) => {
        const result = buildDiagram(map, { view });
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
