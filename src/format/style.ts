/**
 * Colour as data: formatters get style functions and never decide colour themselves (the CLI
 * does, from --no-color, NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and whether the output is a
 * terminal).
 */
export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  gray(s: string): string;
}

const same = (s: string) => s;

export const plainStyle: Style = {
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
