import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, importDocuments } from '../../src/core';
import { analyseSentence } from '../../src/core/features';
import { findNameRoles, roleWords } from '../../src/core/features/name-roles';
import { alignWords } from '../../src/core/judge/alignment';
import { judgePair } from '../../src/core/judge/judge';

const story = [
  'North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday.',
  'He was met by Russian Defence Minister Sergei Shoigu at the airport.',
  'Shoigu showed Kim the warships of the Pacific Fleet on Saturday.',
];

describe('name roles', () => {
  it('reads what a document calls the people it names', () => {
    const roles = findNameRoles(story, 'en');
    // The role, then the rest of the full name.
    expect(roles.kim).toEqual(['north', 'korean', 'leader', 'jong', 'un']);
    expect(roles.shoigu).toEqual(['russian', 'defence', 'minister', 'sergei']);
    expect(roles.sergei).toEqual(['russian', 'defence', 'minister', 'shoigu']);
  });

  it('takes no verb or adjective for a role', () => {
    const roles = findNameRoles(
      ['Kim visited Vladivostok and inspected Russian bombers.', 'He met Russian President Putin.'],
      'en',
    );
    expect(roles.vladivostok).toBeUndefined();
    expect(roles.bombers).toBeUndefined();
    // "met" is not part of the president's role.
    expect(roles.putin).toEqual(['russian', 'president']);
  });

  it('lets a sentence that names the person state the role, through its document', () => {
    const claim = analyseSentence(
      "Russia's defence minister showed the warships to the visitor.",
      'en',
    );
    const plain = analyseSentence(story[2] ?? '', 'en');
    const withRoles = { ...plain, roles: roleWords(findNameRoles(story, 'en'), 'en') };
    const matched = (evidence: typeof plain) =>
      alignWords(claim, evidence)
        .filter((w) => w.kind !== 'none')
        .map((w) => claim.tokens[w.token]?.text);
    expect(matched(plain)).not.toContain('minister');
    expect(matched(withRoles)).toEqual(expect.arrayContaining(['defence', 'minister']));
  });

  it('are stored with the document and read in a check', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, [{ title: 'Visit', text: story.join(' '), language: 'en' }]);
    const [document] = await store.listDocuments();
    expect(document?.roles?.shoigu).toEqual(['russian', 'defence', 'minister', 'sergei']);
    const text =
      "Russia's defence minister showed Kim the warships of the Pacific Fleet on Saturday.";
    const report = await checkArticle({ title: 'Claim', text, language: 'en' }, store);
    const stated = report.claims[0]?.support[0]?.stated?.claim.map(([s, e]) => text.slice(s, e));
    expect(stated).toEqual(expect.arrayContaining(['defence', 'minister']));
  });

  it('lets a surname state the full name its document gave', () => {
    const claim = analyseSentence('Kim Jong Un showed the warships to the visitor.', 'en');
    const evidence = {
      ...analyseSentence(story[2] ?? '', 'en'),
      roles: roleWords(findNameRoles(story, 'en'), 'en'),
    };
    const stated = alignWords(claim, evidence)
      .filter((w) => w.kind !== 'none')
      .map((w) => claim.tokens[w.token]?.text);
    expect(stated).toEqual(expect.arrayContaining(['Kim', 'Jong', 'Un']));
  });
});

describe('names alone', () => {
  it('do not corroborate: a Ukrainian sentence that shares only the names with the claim', () => {
    const judgment = judgePair(
      analyseSentence(
        'Kim Jong Un inspected Russian strategic bombers and warships in Vladivostok on Saturday with Sergei Shoigu.',
        'en',
      ),
      analyseSentence(
        'Як повідомляв Укрінформ, лідер КНДР Кім Чен Ин перебуває з візитом у Росії.',
        'uk',
      ),
    );
    expect(judgment.relation).toBe('unrelated');
  });
});
