import { describe, expect, it } from 'vitest';
import { nameKey, SLUG_PATTERN, slugify, uniqueId } from './ids.js';

describe('slugify', () => {
  it.each([
    ['Ingrid Sæther', 'ingrid-saether'],
    ['Håkon Bjørnstad', 'hakon-bjornstad'],
    ['Ærlig Øystein Åsen', 'aerlig-oystein-asen'],
    ['José Núñez', 'jose-nunez'],
    ['Jürgen Groß', 'jurgen-gross'],
    ['Þórður Guðmundsson', 'thordur-gudmundsson'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ["Siobhán O'Brien-Smith, Jr.", 'siobhan-obrien-smith-jr'],
    ['王小明', 'wangxiaoming'],
    ['Ольга Петрова', 'olga-petrova'],
    ['  --Head of IT--  ', 'head-of-it'],
    ['🙂', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('makes a slug or nothing, whatever the text', () => {
    for (const text of ['山田太郎', 'محمد علي', 'Nguyễn Văn An', 'a'.repeat(200), '1st', 'Ωmega']) {
      const slug = slugify(text);
      expect(slug === '' || SLUG_PATTERN.test(slug), `${text} → ${slug}`).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(48);
    }
  });

  it('cuts a long name at a word boundary', () => {
    const slug = slugify('Vice President of Operational Technology and Industrial Control Systems');
    expect(slug).toBe('vice-president-of-operational-technology-and');
  });
});

describe('uniqueId', () => {
  it('numbers an id that is taken and stands in for an empty one', () => {
    expect(uniqueId('ola', new Set())).toBe('ola');
    expect(uniqueId('ola', new Set(['ola', 'ola-2']))).toBe('ola-3');
    expect(uniqueId('', new Set(['person']))).toBe('person-2');
    expect(uniqueId('', new Set(), 'unit')).toBe('unit');
  });
});

describe('nameKey', () => {
  it('ignores case, accents, Nordic letters, punctuation and spacing', () => {
    const key = nameKey('Håkon Bjørnstad');
    for (const other of [
      'HAKON BJORNSTAD',
      'Hakon  Bjørnstad',
      'håkon bjørnstad ',
      'Håkon\tBjørnstad',
    ])
      expect(nameKey(other)).toBe(key);
    expect(nameKey('Ingrid Sæther')).toBe(nameKey('Ingrid Saether'));
    expect(nameKey('Tor-Arne Solberg')).toBe(nameKey('Tor Arne Solberg'));
  });

  it('keeps different names apart, in any script', () => {
    expect(nameKey('Ola Nordmann')).not.toBe(nameKey('Ola Nordman'));
    expect(nameKey('王小明')).not.toBe(nameKey('汪小明'));
    expect(nameKey('Ольга')).toBe(nameKey('ОЛЬГА'));
    expect(nameKey(':)')).toBe(':)');
    expect(nameKey(':)')).not.toBe(nameKey('?'));
  });
});
