import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../../test/helpers/mermaid.js';
import { escapeText, labelText, truncateText, wrapText } from './escape.js';

/** Undo our escaping by hand (the entity table from facts.md), to check nothing was lost. */
function undoEscape(label: string): string {
  const names: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return label
    .replace(/<br>/g, '\n')
    .replace(/#(\w+);/g, (_, name: string) =>
      /^\d+$/.test(name) ? String.fromCodePoint(Number(name)) : names[name]!,
    )
    .replace(/\u2060/g, '');
}

describe('escapeText', () => {
  it('writes every character that can end or bend a quoted label as an entity code', () => {
    expect(escapeText('a "b" #1 %% c | `d` <e> & f')).toBe(
      'a #quot;b#quot; #35;1 #37;#37; c #124; #96;d#96; #lt;e#gt; #amp; f',
    );
  });

  it('keeps text that mermaid would rewrite as written: \\n, $$math$$, fa:fa- icons', () => {
    expect(escapeText('C:\\new\\old')).toBe('C:\\\u2060new\\old');
    expect(escapeText('$$x^2$$ costs $5')).toBe('$\u2060$x^2$\u2060$ costs $5');
    expect(escapeText('fa:fa-car fab:fa-github sofa:fa-x')).toBe(
      'fa:\u2060fa-car fab:\u2060fa-github sofa:\u2060fa-x',
    );
  });

  it('turns every kind of line break into <br> and drops control characters', () => {
    expect(escapeText('one\ntwo\r\nthree\rfour\u2028five')).toBe(
      'one<br>two<br>three<br>four<br>five',
    );
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(escapeText('tab\there')).toBe('tab here');
  });

  it("breaks mermaid's own entity markers with an invisible word joiner", () => {
    expect(escapeText('ﬂ°°35¶ß')).toBe('ﬂ\u2060°°35¶\u2060ß');
    expect(escapeText('ﬂ and ¶ alone')).toBe('ﬂ and ¶ alone');
  });

  it('never leaves a raw quote, percent, pipe, backtick, angle bracket or newline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = escapeText(text).replace(/<br>/g, '');
        expect(out).not.toMatch(/["%|`<>\n\r]|\\n|\$\$|fa:fa-/);
        expect(undoEscape(escapeText(text))).toBe(
          text
            .replace(/\r\n?|\u2028|\u2029/g, '\n')
            .replace(/\t/g, ' ')
            // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeText drops
            .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ''),
        );
      }),
    );
  });
});

describe('wrapText', () => {
  it('folds at spaces and keeps every word', () => {
    expect(wrapText('Head of IT infrastructure and operations', 20)).toEqual([
      'Head of IT',
      'infrastructure and',
      'operations',
    ]);
  });

  it('cuts a word longer than the width without splitting a grapheme', () => {
    const lines = wrapText(`${'👩🏽‍💻'.repeat(5)}x`, 2);
    expect(lines).toEqual(['👩🏽‍💻👩🏽‍💻', '👩🏽‍💻👩🏽‍💻', '👩🏽‍💻x']);
  });

  it('keeps all the text of a 300-character name', () => {
    const name = `Maximilian ${'Alexander-'.repeat(29)}`.slice(0, 300);
    expect(wrapText(name, 23).join('').replace(/\s/g, '')).toBe(name.replace(/\s/g, ''));
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual(['']);
    expect(wrapText(' \n \n', 10)).toEqual(['']);
  });
});

describe('labelText', () => {
  it('folds box titles onto two lines at most, and says when it cut', () => {
    expect(labelText([{ text: 'Sales and operations planning', wrap: 22, maxLines: 2 }])).toBe(
      'Sales and operations<br>planning',
    );
    expect(
      labelText([
        {
          text: 'Operational technology (SCADA and plant networks)',
          wrap: 22,
          maxLines: 2,
          style: 'b',
        },
      ]),
    ).toBe('<b>Operational technology</b><br><b>(SCADA and plant net…</b>');
  });

  it('escapes what it folds, and never gives an empty label', () => {
    expect(labelText([{ text: 'a "b"', style: 'i' }, { text: '<c>' }])).toBe(
      '<i>a #quot;b#quot;</i><br>#lt;c#gt;',
    );
    expect(labelText([{ text: '' }])).toBe('#160;');
  });
});

describe('truncateText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncateText('Finance', 10)).toBe('Finance');
    expect(truncateText('Operational technology', 10)).toBe('Operation…');
    expect(truncateText('a\nb', 10)).toBe('a b');
  });
});

describe('labels in the real Mermaid parser', () => {
  it('accepts the nastiest names as node, subgraph and edge labels', async () => {
    const nasty = [
      'end',
      '"quoted" [brackets] (parens) {braces}',
      '%% comment %%{init: {"theme":"dark"}}%%',
      '<script>alert(1)</script>',
      'A --> B -.-> C ==> D x--x E o--o F',
      'click p1 call alert(1)',
      'line\nbreak',
      '#quot; #35; ﬂ°°35¶ß',
      'محمد 王小明 👩🏽‍💻',
      'style p1 fill:#f00;',
    ];
    for (const text of nasty) {
      const label = labelText([{ text, style: 'b' }]);
      await parseMermaid(
        `flowchart TB\n  subgraph g1["${label}"];\n    p1("${label}");\n  end\n  p1 -->|"${escapeText(text)}"| p2["${label}"];\n`,
      );
    }
  });

  it('accepts any text at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 120 }), async (text) => {
        await parseMermaid(
          `flowchart TB\n  p1("${labelText([{ text }])}");\n  p1 --- p2["${labelText([{ text, wrap: 20, maxLines: 2 }])}"];\n`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
