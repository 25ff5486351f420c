/**
 * Colour is decided here, not by chalk: `--no-color`, NO_COLOR and NODE_DISABLE_COLORS (Node's
 * own switch; any non-empty value) turn it off, FORCE_COLOR turns it on, otherwise it follows
 * whether the stream is a terminal. (chalk alone ignores NO_COLOR.) The colours themselves:
 * ./style.ts (apart, so that deciding loads no chalk: ./replay.ts decides before anything loads).
 */
export function useColor(stream, flag, env = process.env) {
    if (flag === false)
        return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '')
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    return stream.isTTY === true && env.TERM !== 'dumb';
}
