import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, compareSentences, prepareDocument } from '../../src/core';

// Real seed sentences, and copies with one detail changed the way a careless or hostile rewrite would.
const BOMBERS =
  'During his visit to Russia, Kim inspected Russian nuclear-capable strategic bombers, hypersonic missiles and warships on Saturday, accompanied by Russian defence minister Sergei Shoigu.';
const FORMED =
  'Russia has gone out of its way to publicise the visit and to drop repeated hints about the prospect of military cooperation with North Korea, which was formed in 1948 with the backing of the Soviet Union.';
const EXERCISES =
  'Shoigu told Russian media earlier that Moscow is discussing joint military exercises with North Korea.';
const SOURCES =
  'Kim has been traveling in Russia since Sep. 12 but it is not yet known which day he will leave the country.';
const SUBMARINE =
  'Earlier this month, North Korea launched its first operational "tactical nuclear attack submarine".';

describe('conflict copies of seed sentences', () => {
  it.each([
    [BOMBERS, BOMBERS.replace('Saturday', 'Monday'), 'date', 'Saturday', 'Monday'],
    [FORMED, FORMED.replace('1948', '1958'), 'date', '1948', '1958'],
    [SOURCES, SOURCES.replace('Sep. 12', 'Sep. 14'), 'date', 'Sep 12', 'Sep 14'],
    [BOMBERS, BOMBERS.replace('Sergei Shoigu', 'Sergei Lavrov'), 'name', 'Shoigu', 'Lavrov'],
    [EXERCISES, EXERCISES.replace('Moscow', 'Beijing'), 'name', 'Moscow', 'Beijing'],
    [
      BOMBERS,
      BOMBERS.replace('Kim inspected', 'Kim did not inspect'),
      'negation',
      'no negation',
      'not inspect',
    ],
    [
      SOURCES,
      SOURCES.replace('it is not yet known', 'it is known'),
      'negation',
      'not yet',
      'no negation',
    ],
  ])('%#: differs on the changed detail', (a, b, kind, here, there) => {
    const judgment = compareSentences(a, b);
    expect(judgment.relation).toBe('differs');
    expect(judgment.details).toContainEqual({ kind, here, there });
  });

  it('ignores a negation in a clause the other sentence does not state', () => {
    const met = 'Kim met Russian President Vladimir Putin on Wednesday in the Far East.';
    const judgment = compareSentences(
      met,
      `${met.slice(0, -1)}, but it is not yet known when he will leave.`,
    );
    expect(judgment.relation).toBe('corroborates');
    // The same negation where the other sentence states what it negates is still a difference.
    const known = 'Kim met Putin on Wednesday, and it is known when he will leave.';
    expect(
      compareSentences(known, known.replace('it is known', 'it is not known')).details,
    ).toEqual([{ kind: 'negation', here: 'no negation', there: 'not known' }]);
  });

  it('reads a changed count as a number difference', () => {
    const a = 'The ministry said 120 soldiers were wounded in the attack on the base.';
    const judgment = compareSentences(a, a.replace('120', '210'));
    expect(judgment).toMatchObject({
      relation: 'differs',
      details: [{ kind: 'number', here: '120', there: '210' }],
    });
  });

  it('reads a changed magnitude or a vague count as a quantity difference', () => {
    const a = 'The fund lost 3 million dollars in the first quarter, the company said.';
    expect(compareSentences(a, a.replace('million', 'billion')).details[0]?.kind).toBe('quantity');
    const b = 'Two countries signed the agreement in Geneva on Tuesday.';
    expect(compareSentences(b, b.replace('Two', 'Several')).details[0]?.kind).toBe('quantity');
  });

  it.each([BOMBERS, FORMED, EXERCISES, SOURCES, SUBMARINE])(
    'corroborates an unchanged copy: %s',
    (a) => {
      expect(compareSentences(a, a).relation).toBe('corroborates');
    },
  );

  it('matches name variants: Sergey/Sergei, Kim Jong-un/Kim Jong Un, defense/defence', () => {
    const variant = BOMBERS.replace('Sergei', 'Sergey')
      .replace('defence', 'defense')
      .replace('Kim', 'Kim Jong-un');
    expect(compareSentences(BOMBERS.replace('Kim', 'Kim Jong Un'), variant).relation).toBe(
      'corroborates',
    );
  });

  it('reports a changed copy in the corpus as a difference of the claim', async () => {
    const store = new MemoryCorpusStore();
    const changed = `Kim visits Russia\n\n${BOMBERS.replace('Saturday', 'Monday')}\n\n${FORMED}`;
    await store.addDocuments([prepareDocument({ title: 'changed', text: changed })]);
    const report = await checkArticle({ title: 'article', text: `${BOMBERS}\n\n${FORMED}` }, store);
    expect(report.claims.map((c) => c.verdict)).toEqual(['differing', 'corroborated']);
    expect(report.claims[0]?.differences[0]?.details).toEqual([
      { kind: 'date', here: 'Saturday', there: 'Monday' },
    ]);
  });
});
