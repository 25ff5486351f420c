/**
 * How the diagrams encode what an account team reads at a glance, in one place so that the
 * legend can never disagree with the drawing:
 *
 * - fill colour = the person's stance toward us (green for, yellow neutral, orange/red against,
 *   white unknown); the stance is also written in the label, for print and colour blindness;
 * - border = the strength of our relationship (thick blue strong … dashed grey none);
 * - ●●● / ●●○ / ●○○ in the label = their influence on decisions;
 * - grey, dashed and struck through = no longer at the account.
 *
 * Class names and CSS here are constants; nothing from a map ever reaches them.
 */
import { LEVELS, STANCES, STRENGTHS } from '../model/account-map.js';
const OUR_BLUE = '#1565c0';
export const STANCE_STYLE = {
    advocate: { fill: '#2e7d32', color: '#ffffff', label: 'Advocate' },
    supporter: { fill: '#b9e4bf', color: '#1b1b1b', label: 'Supporter' },
    neutral: { fill: '#fff1b8', color: '#1b1b1b', label: 'Neutral' },
    skeptic: { fill: '#ffbf80', color: '#1b1b1b', label: 'Skeptic' },
    opponent: { fill: '#c62828', color: '#ffffff', label: 'Opponent' },
    unknown: { fill: '#ffffff', color: '#1b1b1b', label: 'Stance unknown' },
};
const STRENGTH_STYLE = {
    strong: { stroke: OUR_BLUE, extra: 'stroke-width:5px', label: 'Strong relationship' },
    medium: { stroke: OUR_BLUE, extra: 'stroke-width:3px', label: 'Medium relationship' },
    weak: { stroke: OUR_BLUE, extra: 'stroke-width:1.5px', label: 'Weak relationship' },
    none: {
        stroke: '#9e9e9e',
        extra: 'stroke-width:1.5px,stroke-dasharray:5 4',
        label: 'No relationship',
    },
};
export const INFLUENCE_MARK = {
    high: '●●●',
    medium: '●●○',
    low: '●○○',
    unknown: '',
};
const STANCE_CODE = {
    advocate: 'adv',
    supporter: 'sup',
    neutral: 'neu',
    skeptic: 'ske',
    opponent: 'opp',
    unknown: 'unk',
};
const STRENGTH_CODE = {
    strong: 's3',
    medium: 's2',
    weak: 's1',
    none: 's0',
};
export function stanceKey(value) {
    return value !== undefined && Object.hasOwn(STANCE_STYLE, value)
        ? value
        : 'unknown';
}
function strengthKey(value) {
    return value !== undefined && Object.hasOwn(STRENGTH_STYLE, value)
        ? value
        : 'none';
}
export function levelKey(value) {
    return value !== undefined && Object.hasOwn(INFLUENCE_MARK, value)
        ? value
        : 'unknown';
}
/** Records which classes a diagram used, defines them, and draws a legend of just those. */
export class Styles {
    chart;
    stances = new Set();
    strengths = new Set();
    influences = new Set();
    extras = new Set();
    roles = false;
    edgeKinds = new Map();
    constructor(chart) {
        this.chart = chart;
    }
    /** Class of a person of the account, by stance and our relationship strength. */
    person(stance, strength, influence) {
        const s = stanceKey(stance);
        const w = strengthKey(strength);
        this.stances.add(s);
        this.strengths.add(w);
        this.influences.add(levelKey(influence));
        const name = `${STANCE_CODE[s]}_${STRENGTH_CODE[w]}`;
        const st = STANCE_STYLE[s];
        const sw = STRENGTH_STYLE[w];
        this.chart.classDef(name, `fill:${st.fill},color:${st.color},stroke:${sw.stroke},${sw.extra}`);
        return name;
    }
    /** A named class of our own (people who left, our team, units, stubs, legend text). */
    use(name) {
        this.extras.add(name);
        this.chart.classDef(name, `${EXTRA[name].css}`);
        return name;
    }
    /** Remember that a label showed buying roles (its last line, in bold), so the legend says so. */
    usedRoles() {
        this.roles = true;
    }
    /** Remember that an edge kind appeared so that the legend explains it. */
    edgeKind(key, style, label) {
        if (!this.edgeKinds.has(key))
            this.edgeKinds.set(key, { style, label });
        return style;
    }
    /**
     * The legend: one node (no edges of its own, so it costs nothing against the edge limit) that
     * explains just the colours, borders, marks and lines this diagram used, with swatches drawn in
     * the same colours as the diagram. Its markup is constant text of our own (`trustedHtml`); colours are
     * written as `rgb()` because a `#` would be read as the start of an entity code.
     */
    legend() {
        const rows = [];
        const stances = STANCES.filter((s) => this.stances.has(s));
        if (stances.length > 0)
            rows.push('<b>Stance toward us</b>');
        // Rows stay under ~26 characters: Mermaid folds any label line wider than 200 px.
        for (let i = 0; i < stances.length; i += 2) {
            rows.push(stances
                .slice(i, i + 2)
                .map((s) => {
                const st = STANCE_STYLE[s];
                return swatch(st.label, `background:${rgb(st.fill)};color:${rgb(st.color)};border:1px solid rgb(96,125,139)`);
            })
                .join(' '));
        }
        const strengths = STRENGTHS.filter((w) => this.strengths.has(w));
        if (strengths.length > 1 || (strengths.length === 1 && strengths[0] !== 'none')) {
            const samples = strengths.map((w) => {
                const sw = STRENGTH_STYLE[w];
                const width = /stroke-width:([\d.]+)px/.exec(sw.extra)?.[1] ?? '1';
                const dashed = sw.extra.includes('dasharray') ? 'dashed' : 'solid';
                return swatch(w, `background:white;border:${width}px ${dashed} ${rgb(sw.stroke)}`);
            });
            rows.push('<b>Our relationship</b>');
            for (let i = 0; i < samples.length; i += 3)
                rows.push(samples.slice(i, i + 3).join(' '));
        }
        // `unknown` influence has no mark of its own.
        const marks = LEVELS.filter((l) => l !== 'unknown' && this.influences.has(l));
        if (marks.length > 0) {
            rows.push('<b>Influence on decisions</b>');
            rows.push(marks.map((l) => `${INFLUENCE_MARK[l]} ${l}`).join(' · '));
        }
        if (this.roles)
            rows.push('<b>Champion</b> (bold): buying role');
        // In EXTRA's order (for, mixed, against), not the order the diagram happened to use them.
        for (const name of Object.keys(EXTRA).filter((k) => this.extras.has(k))) {
            const e = EXTRA[name];
            if (e.legend)
                rows.push(swatch(e.legend, cssToInline(e.css)));
        }
        if (this.edgeKinds.size > 0)
            rows.push('<b>Lines</b>');
        const kinds = [...this.edgeKinds.entries()].sort(([a], [b]) => lineOrder(a) - lineOrder(b));
        for (const [, kind] of kinds) {
            const colour = /stroke:(#[0-9a-f]{6})/i.exec(kind.style.css ?? '')?.[1] ?? '#333333';
            // `!important`: Mermaid gives every span of a node the node's text colour.
            rows.push(`<span style='color:${rgb(colour)} !important;font-weight:bold'>${LINE_GLYPH[glyphOf(kind.style)]}</span> ${kind.label}`);
        }
        if (rows.length === 0)
            return undefined;
        this.chart.classDef('lg_box', 'fill:#fafafa,color:#37474f,stroke:#b0bec5,stroke-width:1px,text-align:left,font-size:13px');
        const id = this.chart.ids('l').of('legend');
        this.chart.node(id, [{ trustedHtml: [LEGEND_TITLE, ...rows].join('<br>') }], {
            shape: 'rect',
            cls: 'lg_box',
        });
        return id;
    }
}
/** Lines in the legend: ours strongest first, then theirs, then structure. */
const LINE_ORDER = [
    'path',
    'warm-strong',
    'warm-medium',
    'warm-weak',
    'warm-none',
    'infl-strong',
    'infl-medium',
    'infl-weak',
    'conflict',
    'knows',
    'reports',
    'dotted',
    'parent',
    'depends',
];
function lineOrder(key) {
    const i = LINE_ORDER.indexOf(key);
    return i < 0 ? LINE_ORDER.length : i;
}
const LEGEND_TITLE = "<span style='font-size:15px;font-weight:bold'>Legend</span>";
/** A sample box in the legend, styled like the thing it explains. */
function swatch(text, css) {
    // `!important` because Mermaid colours every span of a node with the node class's colour.
    const important = css.replace(/;/g, ' !important;');
    return `<span style='${important} !important;border-radius:4px;padding:0 5px;line-height:1.9'>${text}</span>`;
}
/** `#2e7d32` → `rgb(46,125,50)`. */
function rgb(hex) {
    const n = Number.parseInt(hex.slice(1), 16);
    return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
/** A classDef's CSS as inline CSS for a swatch: `fill` becomes the background, `stroke` the border. */
function cssToInline(css) {
    const get = (key) => new RegExp(`(?:^|,)${key}:([^,]+)`).exec(css)?.[1];
    const fill = get('fill') ?? '#ffffff';
    const color = get('color') ?? '#1b1b1b';
    const stroke = get('stroke') ?? '#90a4ae';
    const width = get('stroke-width') ?? '1px';
    const dashed = get('stroke-dasharray') ? 'dashed' : 'solid';
    return `background:${rgb(fill)};color:${rgb(color)};border:${width} ${dashed} ${rgb(stroke)}`;
}
function glyphOf(style) {
    if (style.arrow.startsWith('x'))
        return 'cross';
    if (style.arrow.includes('.'))
        return 'dotted';
    if (style.arrow.includes('=') || /stroke-width:\s*[4-9]/.test(style.css ?? ''))
        return 'thick';
    return 'solid';
}
const LINE_GLYPH = { solid: '──', dotted: '┄┄', thick: '━━', cross: '✕─✕' };
/** Classes of our own beyond stance × strength; `legend` is the legend text, if it has one. */
export const EXTRA = {
    gone: {
        css: 'fill:#f2f2f2,color:#8a8a8a,stroke:#b0b0b0,stroke-width:1px,stroke-dasharray:2 3',
        legend: 'Left the account',
    },
    team: {
        css: `fill:${OUR_BLUE},color:#ffffff,stroke:#0d47a1,stroke-width:2px`,
        legend: 'Our team',
    },
    stub: {
        css: 'fill:#ffffff,color:#607d8b,stroke:#90a4ae,stroke-width:1px,stroke-dasharray:3 3',
        legend: 'Shown in another diagram or outside the filter',
    },
    unit_for: {
        css: 'fill:#dcf0de,color:#1b1b1b,stroke:#2e7d32,stroke-width:2px',
        legend: 'Unit mostly for us',
    },
    unit_mixed: {
        css: 'fill:#fff6d1,color:#1b1b1b,stroke:#b08900,stroke-width:2px',
        legend: 'Unit mixed or neutral',
    },
    unit_against: {
        css: 'fill:#fbdcdc,color:#1b1b1b,stroke:#c62828,stroke-width:2px',
        legend: 'Unit mostly against us',
    },
    unit_unknown: {
        css: 'fill:#ffffff,color:#1b1b1b,stroke:#90a4ae,stroke-width:1.5px',
        legend: 'Unit: stances unknown',
    },
};
