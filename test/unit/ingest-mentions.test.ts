// Entity mentions: known entities by name or alias (merges followed), possessives, and new capitalised names proposed.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/domain/model.js';
import { entity as record } from '../support/records.js';
import { readArticle } from '../../src/ingest/document.js';
import { KnownEntities } from '../../src/ingest/known-entities.js';
import { findKnownMentions } from '../../src/ingest/mentions.js';
import { findNewNames, longerName } from '../../src/ingest/names.js';

const entity = (name: string, extra: Partial<Entity> = {}): Entity => record({ id: `ent_${name.replace(/\W/g, '')}`, name, ...extra });

const known = new KnownEntities([
  entity('OpenAI'),
  entity('Codex', { kind: 'PRODUCT', aliases: ['OpenAI Codex', 'Codex agent'] }),
  entity('GPT-5.3-Codex', { kind: 'MODEL' }),
  entity('AI coding market', { kind: 'MARKET', aliases: ['AI coding'] }),
  entity('Anthropic PBC', { aliases: ['Anthropic'], mergedIntoId: 'ent_Anthropic' }),
  entity('Anthropic'),
  entity('Apple'),
  entity('cloud market', { kind: 'MARKET' }),
]);

const mentions = (text: string) =>
  findKnownMentions(readArticle(text), known).map((m) => ({ text: m.text, name: m.name, possessive: m.possessive }));

function names(text: string) {
  const doc = readArticle(text);
  return doc.sentences.flatMap((s) => findNewNames(doc, s, findKnownMentions(doc, known)).map((m) => [m.name, m.kind]));
}

describe('findKnownMentions', () => {
  it('links names and aliases, the longest first, marking possessives', () => {
    expect(mentions("OpenAI's Codex, the Codex agent, and OpenAI Codex lead AI coding.")).toEqual([
      { text: 'OpenAI', name: 'OpenAI', possessive: true },
      { text: 'Codex', name: 'Codex', possessive: false },
      { text: 'Codex agent', name: 'Codex', possessive: false },
      { text: 'OpenAI Codex', name: 'Codex', possessive: false },
      { text: 'AI coding', name: 'AI coding market', possessive: false },
    ]);
  });

  it('does not find a name inside a longer one or a version', () => {
    expect(mentions('GPT-5.3-Codex and GPT-5.3-Codex-Max shipped.').map((m) => m.text)).toEqual(['GPT-5.3-Codex']);
  });

  it('follows merges to the surviving entity', () => {
    expect(mentions('Anthropic PBC filed.')).toEqual([{ text: 'Anthropic PBC', name: 'Anthropic', possessive: false }]);
  });

  it('wants a capitalised name capitalised, and lets a lower-case one open a sentence', () => {
    expect(mentions('He ate an apple. Apple grew. ai coding grew. Cloud market grew; the cloud market too.').map((m) => m.text)).toEqual([
      'Apple',
      'Cloud market',
      'cloud market',
    ]);
  });
});

describe('findNewNames', () => {
  it('proposes capitalised names with versions, guessing a kind', () => {
    expect(names('Yesterday Google released Gemini 2.5 Pro, and Mistral AI answered with Codestral.')).toEqual([
      ['Google', 'OTHER'],
      ['Gemini 2.5 Pro', 'MODEL'],
      ['Mistral AI', 'COMPANY'],
      ['Codestral', 'OTHER'],
    ]);
  });

  it('leaves out sentence openers that are common words, title-case headlines, datelines and acronyms', () => {
    expect(names('Developers prefer it. Engineers like developers and engineers.')).toEqual([]);
    expect(names('Nimbus Labs Raises $120 Million To Grow Its Platform')).toEqual([]);
    expect(names('SAN FRANCISCO, March 4 -- the AI market grew.')).toEqual([]);
    // Acronyms for things, in the plural too, and units after a figure name no one.
    expect(names('It sells chips for desktop PCs and counts SIM cards in the 3.5 GHz band, Kestrel said.')).toEqual([['Kestrel', 'OTHER']]);
    // Words before a role and a name describe the name: "Paris AI" is no company here.
    expect(names('The round makes Paris AI start-up Lumenfold and London fintech firm Zelto rivals.')).toEqual([['Lumenfold', 'OTHER'], ['Zelto', 'OTHER']]);
  });

  it('reads no accounting standard or pretax as a name, and ends a sentence at "4G."', () => {
    expect(names('GAAP net income rose. Pretax profit was 312 billion naira, Ekoline said. IFRS rules apply.')).toEqual([['Ekoline', 'OTHER']]);
    expect(names('Data users rose 11%, of whom 22.1 million use 4G. Average monthly churn fell.')).toEqual([]);
  });

  it('reads a name the article also writes inside a sentence whole, though its first word is written in lower case too', () => {
    const text = 'The maker of climate-control systems grew. "Our Climate Solutions order book is full," she said. Climate Solutions, which makes heat pumps, was the standout.';
    expect(names(text)).toEqual([['Climate Solutions', 'OTHER'], ['Climate Solutions', 'OTHER']]);
  });

  it('reads a name ending in a demonym as a party only where a verb follows it, not "the American"', () => {
    expect(names('Anglo American said output fell.')).toEqual([['Anglo American', 'OTHER']]);
    expect(names('South Korean carmakers said exports rose.')).toEqual([]);
    expect(names('The South Korean said exports rose.')).toEqual([]);
  });

  it('runs an institution named with "of" on through it, wherever it stands, and no other name', () => {
    expect(names('Bank of America reported revenue of $25 billion.')).toEqual([['Bank of America', 'OTHER']]);
    expect(names('The figures come from the Society of Motor Retailers and the University of Oxford.')).toEqual([
      ['Society of Motor Retailers', 'OTHER'],
      ['University of Oxford', 'OTHER'],
    ]);
    expect(names('In its note the Federal Reserve Bank of New York said that growth would slow, and Royal Bank of Canada disagreed with it.')).toEqual([
      ['Federal Reserve Bank of New York', 'OTHER'],
      ['Royal Bank of Canada', 'OTHER'],
    ]);
    expect(names('The Bank of the West grew.')).toEqual([['Bank of the West', 'OTHER']]);
  });

  it('runs a public body named with "and" on through it, and no other name', () => {
    expect(names('On Monday the Securities and Exchange Commission said Halcyra had overstated revenue.')).toEqual([
      ['Securities and Exchange Commission', 'OTHER'],
      ['Halcyra', 'OTHER'],
    ]);
    expect(names('Approval by the Food and Drug Administration came in May.')).toEqual([['Food and Drug Administration', 'OTHER']]);
    expect(names('On Monday Acme and Globex said sales rose.')).toEqual([['Acme', 'OTHER'], ['Globex', 'OTHER']]);
    expect(names('On Monday Acme and Globex Bank said sales rose.')).toEqual([['Acme', 'OTHER'], ['Globex Bank', 'OTHER']]);
    // Any other word before "of" ends the name; so does a lower-case word after it.
    expect(names('Shares of Acme rose, and the Chief Executive of Globex said so.')).toEqual([
      ['Acme', 'OTHER'],
      ['Globex', 'OTHER'],
    ]);
    expect(names('Kestrel Bank of record, it said.')).toEqual([['Kestrel Bank', 'OTHER']]);
  });

  it('does not take a figure after a name as its version', () => {
    expect(names('By our estimates, Google 20% and Meta 9% follow.')).toEqual([
      ['Google', 'OTHER'],
      ['Meta', 'OTHER'],
    ]);
  });

  it('reads a known name running into a longer one as a new name', () => {
    const doc = readArticle('The company unveiled Codex Cloud Pro today.');
    const [codex] = findKnownMentions(doc, known);
    expect(longerName(doc, doc.sentences[0]!, codex!, [])?.name).toBe('Codex Cloud Pro');
  });
});
