/** How browser trouble reaches the user: exit 2 with what to do, never an "internal error". */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { browserFailure } from './renderer.js';

const chromium = { path: '/usr/bin/chromium', source: 'the PATH' };

describe('browserFailure', () => {
  it('turns a stalled or crashed browser into a usage error naming the browser and the way out', () => {
    const stalled = new Error(
      "Page.captureScreenshot timed out. Increase the 'protocolTimeout' setting\nmore",
    );
    const e = browserFailure(stalled, chromium, 'png');
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe(
      "the browser at /usr/bin/chromium stopped answering while rendering a png (Page.captureScreenshot timed out. Increase the 'protocolTimeout' setting); run again, pass another browser with --chromium PATH, or write Mermaid text with --format mmd",
    );
    expect(
      browserFailure(new Error('Protocol error: Target closed'), chromium, 'svg'),
    ).toBeInstanceOf(UsageError);
  });

  it('passes anything else on unchanged (a bug of ours stays a bug)', () => {
    const other = new TypeError('cannot read properties of undefined');
    expect(browserFailure(other, chromium, 'svg')).toBe(other);
  });
});
