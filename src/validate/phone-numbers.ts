/**
 * Phone numbers that YAML changed. `phone` takes text or a number (plenty of maps write
 * `phone: 91234567`), but YAML reads `+4791234567` or `004791234567` without quotes as the
 * number 4791234567: the map no longer holds what was written, and every report and diagram
 * shows the wrong number. Only the text can tell (the number itself looks fine), so this
 * compares each number with the text it was read from.
 */
import type { AccountMap } from '../model/account-map.js';
import type { Finding, Path, Position } from '../model/diagnostic.js';
import { offsetAt } from '../text/index.js';

/** The text as written between a position and its end. */
export type WrittenAt = (path: Path) => string;

export function changedPhoneNumbers(map: AccountMap, written: WrittenAt): Finding[] {
  const findings: Finding[] = [];
  (map.people ?? []).forEach((person, i) => {
    if (typeof person.phone !== 'number') return;
    const path = ['people', i, 'phone'];
    const text = written(path);
    if (text === String(person.phone)) return;
    findings.push({
      rule: 'schema',
      path,
      message: `phone \`${text}\` is read as the number ${person.phone}: YAML drops a leading \`+\` or \`0\` from a number written without quotes; quote it to keep it as written: \`phone: "${text}"\``,
    });
  });
  return findings;
}

/** `WrittenAt` for a text and a locator of its document. */
export function writtenIn(text: string, locate: (path: Path) => Position): WrittenAt {
  return (path) => {
    const at = locate(path);
    const start = offsetAt(text, at.line, at.column);
    const end =
      at.endLine === undefined || at.endColumn === undefined
        ? start
        : offsetAt(text, at.endLine, at.endColumn);
    return text.slice(start, end);
  };
}
