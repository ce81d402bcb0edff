// Every language file has every message English has — the promise that adding a language is
// adding one file. Each file is checked by its tag in LANGUAGES, so a new language is checked
// the moment it is listed.
import { expect } from '@open-wc/testing';
import en, { type Messages } from '../src/i18n/en.js';
import { LANGUAGES } from '../src/internal/languages.js';

/**
 * How `other` differs from the English catalog, one line per problem naming the key: a missing
 * or extra key, a different kind of value, a message taking more arguments than the widgets
 * pass (one that needs fewer is fine: a language without plurals ignores the count), empty
 * text, or an Intl option this browser refuses.
 */
function differences(reference: unknown, other: unknown, path = ''): string[] {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (typeof reference === 'string') {
    if (typeof other !== 'string') return [`${path}: should be text, is ${typeof other}`];
    return other.trim() ? [] : [`${path}: is empty`];
  }
  if (typeof reference === 'function') {
    if (typeof other !== 'function') return [`${path}: should be a message function`];
    return other.length > reference.length
      ? [`${path}: takes ${other.length} arguments; the widgets pass ${reference.length}`]
      : [];
  }
  if (!other || typeof other !== 'object') return [`${path}: should be a group of messages`];
  const problems = Object.keys(reference as object).flatMap((k) =>
    k in other
      ? differences(
          (reference as Record<string, unknown>)[k],
          (other as Record<string, unknown>)[k],
          at(k),
        )
      : [`${at(k)}: is missing`],
  );
  for (const k of Object.keys(other))
    if (!(k in (reference as object))) problems.push(`${at(k)}: is not in English (a typo?)`);
  return problems;
}

/** The language file for `tag`, as the widgets would load it. */
const catalog = async (tag: string): Promise<Messages> =>
  (await import(/* @vite-ignore */ `../src/i18n/${tag}.ts`)).default;

describe('language files', () => {
  it('the check names the language and the key a file misses or gets wrong', () => {
    const { taList, ...rest } = en;
    const broken = {
      ...rest,
      taList: { ...taList, clear: undefined, status: { ...taList.status, open: '' } },
      petitionCounter: {
        ...en.petitionCounter,
        tally: (a: number, b: number, c: string) => `${a}${b}${c}`,
      },
      extra: 'x',
    };
    expect(differences(en, broken)).to.deep.equal([
      'petitionCounter.tally: takes 3 arguments; the widgets pass 2',
      'taList.status.open: is empty',
      'taList.clear: should be text, is undefined',
      'extra: is not in English (a typo?)',
    ]);
    const { clear: _clear, ...withoutClear } = taList;
    expect(differences(en, { ...en, taList: withoutClear })).to.deep.equal([
      'taList.clear: is missing',
    ]);
  });

  for (const tag of LANGUAGES.filter((l) => l !== 'en'))
    it(`${tag} has every message English has`, async () => {
      const messages = await catalog(tag);
      expect(differences(en, messages).map((p) => `${tag}: ${p}`)).to.deep.equal([]);
      // The Intl options are options this browser takes.
      expect(() =>
        new Intl.DateTimeFormat(tag, { timeZoneName: messages.intl.timeZoneName }).format(0),
      ).not.to.throw();
    });
});
