import { describe, expect, it } from 'vitest';
import { checkSources } from './check.js';

const map = (people: string) =>
  `acctmap: 1\naccount:\n  id: acme\n  name: Acme\npeople:\n${people}`;

function check(text: string) {
  const result = checkSources([{ file: 'a.acctmap.yaml', text }]);
  return {
    phone: result.diagnostics
      .filter((d) => d.path.at(-1) === 'phone')
      .map((d) => `${d.line}:${d.column} ${d.message}`),
    valid: result.maps.map((m) => m.valid),
  };
}

describe('phone numbers YAML changed', () => {
  it('stops a map whose unquoted phone number lost a leading + or 0, pointing at it', () => {
    const result = check(
      map(
        '  - id: kari\n    name: Kari\n    phone: 004791234567 # mobile\n' +
          '  - id: ola\n    name: Ola\n    phone: +4755001001\n',
      ),
    );
    expect(result.phone).toEqual([
      '8:12 phone `004791234567` is read as the number 4791234567: YAML drops a leading `+` or `0` from a number written without quotes; quote it to keep it as written: `phone: "004791234567"`',
      '11:12 phone `+4755001001` is read as the number 4755001001: YAML drops a leading `+` or `0` from a number written without quotes; quote it to keep it as written: `phone: "+4755001001"`',
    ]);
    expect(result.valid).toEqual([false]);
  });

  it('takes a number that is just as written, and quoted text', () => {
    const result = check(
      map(
        '  - id: per\n    name: Per\n    phone: 91234567\n' +
          '  - id: liv\n    name: Liv\n    phone: "0047 55 00 10 01"\n',
      ),
    );
    expect(result.phone).toEqual([]);
    expect(result.valid).toEqual([true]);
  });

  it('reads the text the same way from a flow mapping (the yaml package reads those)', () => {
    const result = check(
      'acctmap: 1\naccount: {id: acme, name: Acme}\npeople: [{id: kari, name: Kari, phone: 0047}]\n',
    );
    expect(result.phone).toEqual([
      '3:40 phone `0047` is read as the number 47: YAML drops a leading `+` or `0` from a number written without quotes; quote it to keep it as written: `phone: "0047"`',
    ]);
  });
});
