const same = (s) => s;
export const plainStyle = {
    enabled: false,
    bold: same,
    dim: same,
    underline: same,
    red: same,
    yellow: same,
    green: same,
    blue: same,
    cyan: same,
    magenta: same,
    gray: same,
};
