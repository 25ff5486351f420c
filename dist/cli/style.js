/** The colours of a run that decided on colour (./color.ts decides), from chalk. */
import { Chalk } from 'chalk';
import { plainStyle } from '../format/style.js';
export function makeStyle(enabled) {
    if (!enabled)
        return plainStyle;
    const c = new Chalk({ level: 1 });
    return {
        enabled: true,
        bold: c.bold,
        dim: c.dim,
        underline: c.underline,
        red: c.red,
        yellow: c.yellow,
        green: c.green,
        blue: c.blue,
        cyan: c.cyan,
        magenta: c.magenta,
        gray: c.gray,
    };
}
