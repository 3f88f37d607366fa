// Picks a clause's subject among its entity mentions: not an oblique ("than X", "by X"), the owned thing over its owner.
import type { ArticleDocument, Token } from './document.js';
import { AMOUNT_HEDGE } from './figures.js';
import type { Mention } from './mentions.js';
import { PERSON_TITLES } from './names.js';
import { isLandformName, isPlaceName } from './places.js';
import { asideAt, relativeAsides } from './asides.js';
import { escapeRegExp } from './regexp.js';
import type { TokenRange } from './spans.js';

/** A mention after one of these is a complement, a comparator or a source, not who the claim is about. */
const OBLIQUE = new Set([
  'by', 'from', 'of', 'than', 'to', 'with', 'over', 'against', 'versus', 'vs', 'vs.', 'like', 'including', 'as', 'for',
  'about', 'at', 'into', 'per', 'via', 'behind', 'even', 'unlike', 'beyond', 'past', 'toward', 'towards', 'in', 'on',
  'among', 'across', 'within', 'through', 'under', 'after', 'before', 'since', 'off', 'near',
  // "the Intelligent Cloud segment, which includes Azure": what a segment includes is not what the clause is about.
  'includes', 'include', 'included', 'comprises', 'spans',
  // "Halcyra told Reuters", "the company told analysts": who is told is not who the figure is about.
  'told', 'tells', 'tell', 'telling',
]);
/**
 * Prepositions whose mention is a complement unless it owns what follows: "to towns outside Nairobi" names no party of
 * the clause, but "Sales outside Acme Corp's home market rose" are Acme's.
 */
const OBLIQUE_UNLESS_OWNER = new Set(['outside', 'inside', 'amid', 'despite', 'beside', 'alongside', 'throughout', 'without']);
/** Words between a preposition and its mention: "than the previous Nimbus Cloud". */
const SKIPPABLE = new Set([
  'the', 'a', 'an', 'rival', 'competitor', 'both', 'previous', 'new', 'older', 'earlier', 'its', 'their',
  // "according to a report from research firm Canalys", "founded by former Google researchers"
  'research', 'firm', 'analyst', 'analysts', 'tracker', 'consultancy', 'data', 'provider', 'former',
  // "off eastern Scotland", "in southern China": where in a place.
  'eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);
const PRONOUNS = new Set([
  'it', 'its', 'they', 'their', 'the company', 'the firm', 'the startup', 'the model', 'the product', 'the tool', 'the platform',
  'the service', 'the app', 'the group',
]);
/** "Orbit Labs said Helios ...": a mention followed by one of these reports the claim rather than being its subject. */
const SPEECH = /^(?:said|says|say|told|tells|reported|reports|expects|expected|estimates|estimated|believes|claims|claimed|predicts|forecasts|projects|announced|announces|noted|notes|added|adds|according)$/;
/** Between a listed subject and its figure: "Cursor for 18%", "OpenAI at 25%", "Google with 20%". */
/** A verb that reports what someone said or found: "IDC said", "according to Canalys". */
export const reports = (token: Pick<Token, 'normal'> | undefined): boolean => token !== undefined && SPEECH.test(token.normal);
const GAP = new Set(['for', 'at', 'with', 'on']);

/** Words of a description that make the name after it a source of data: "aviation data firm", "research company". */
const SOURCE_DESCRIPTION = /^(?:firm|research|data|analytics|analyst|analysts|tracker|consultancy|researcher|provider)$/;

/**
 * "according to aviation data firm SkyMetric": token `i` is the "to" of a source named after a description that says
 * it supplies data. Not "According to chipmaker Halvorsen, its revenue rose": a company telling its own figures.
 */
const accordingTo = (doc: ArticleDocument, i: number, mention: Mention): boolean =>
  doc.tokens[i]!.normal === 'to' && doc.tokens[i - 1]?.normal === 'according' && doc.tokens.slice(i + 1, mention.first).some((t) => SOURCE_DESCRIPTION.test(t.normal));

/** A verb earlier in the sentence than token `i`: a main clause stands before it. */
function verbBefore(doc: ArticleDocument, i: number): boolean {
  const sentence = doc.sentences[doc.tokens[i]!.sentence]!;
  return doc.tokens.slice(sentence.first, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Words that are prepositions before a noun and conjunctions before a clause: "after Acme", "after Acme was fined" (not "as": "twice as many as rival Streamhaus has" compares). */
const SUBORDINATORS = /^(?:after|before|since|until)$/;

/** Lower-case nouns that may describe a name after a preposition: "by grocery market researcher ShopTrack". */
const MAX_DESCRIPTION_WORDS = 3;
const isDescriptionWord = (token: Token): boolean => token.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]*$/u.test(token.text);

/**
 * True for a complement: a mention after a preposition ("than X", "via X"), or listed after one that is ("via the
 * Anthropic API, Amazon Bedrock, and Vertex AI"), which `mentions` lets it look back along.
 */
export function isOblique(doc: ArticleDocument, mention: Mention, mentions: readonly Mention[] = []): boolean {
  let i = mention.first - 1;
  let described = 0;
  for (;;) {
    if (i >= 0 && SKIPPABLE.has(doc.tokens[i]!.normal)) i -= 1;
    // "by grocery market researcher ShopTrack": a description in lower case between the preposition and the name.
    else if (i >= 0 && described < MAX_DESCRIPTION_WORDS && isDescriptionWord(doc.tokens[i]!) && !SKIPPABLE.has(doc.tokens[i]!.normal)) {
      i -= 1;
      described += 1;
    }
    // "owned by India's Tata Motors": a place's possessive stands between the preposition and its mention.
    else if (i > 0 && /^['’]s$/.test(doc.tokens[i]!.normal) && /^\p{Lu}/u.test(doc.tokens[i - 1]!.text)) i -= 2;
    else break;
  }
  const before = doc.tokens[i];
  if (before === undefined || before.sentence !== doc.tokens[mention.first]!.sentence) return false;
  // A description only hides a name from a source's "by" or "from", or a place's "in" or "off" ("a 0.4% gain in the benchmark
  // KOSPI index") when the name starts no clause: "sales of its migraine pill Neravex", "Revenue at payments company
  // Zelto rose", "In the quarter chipmaker Nvidia reported" are the described party's. "According to aviation data firm
  // SkyMetric" names a source, as "by" does.
  if (described > 0 && !(/^(?:by|from)$/.test(before.normal) || accordingTo(doc, i, mention) || (/^(?:in|off|near)$/.test(before.normal) && !startsClause(doc, mention)))) return false;
  // "Shares in Stratalux Instruments fell 14%": the company the shares are in owns the move.
  // Not a stake someone is said to hold: "the group's 35% stake in the Sula Bank project" is the group's.
  if (before.normal === 'in' && /^(?:shares|stock|stake)$/.test(doc.tokens[i - 1]?.normal ?? '') && !(doc.tokens[i - 1]!.normal === 'stake' && heldBySomeone(doc, i - 1))) return false;
  // "The results come three years after Sorrel Bank was fined £48.7m": a conjunction after a main clause, opening a
  // clause its verb follows the name in. Not one that opens the sentence: "Since Globex left, Acme has won 35%".
  if (SUBORDINATORS.test(before.normal) && startsClause(doc, mention) && verbBefore(doc, i)) return false;
  if (OBLIQUE.has(before.normal) || (OBLIQUE_UNLESS_OWNER.has(before.normal) && !mention.possessive)) return true;
  if (before.text !== ',' && before.normal !== 'and' && before.normal !== 'or') return false;
  // "In Europe, Globex holds 31%", "According to Gartner, Globex leads": a name its verb follows opens the clause.
  if (before.text === ',' && startsClause(doc, mention)) return false;
  if ((before.normal === 'and' || before.normal === 'or') && doc.tokens[i - 1]?.text === ',') i -= 1;
  const listed = mentions.find((m) => m.last === i - 1 || (doc.tokens[m.last + 1] && /^['’]s$/.test(doc.tokens[m.last + 1]!.normal) && m.last === i - 2));
  return listed !== undefined && listed !== mention && isOblique(doc, listed, mentions);
}

/** The mention is followed by its verb ("Globex holds", "Globex now holds", "Globex has"): the subject of a clause. */
/** How long an aside between a clause's subject and its verb may be: "Jaguar Land Rover, owned by India's Tata Motors, reported". */
const MAX_ASIDE = 10;

export function startsClause(doc: ArticleDocument, mention: Mention): boolean {
  let i = mention.last + 1;
  if (doc.tokens[i]?.text === ',') {
    let close = i + 1;
    while (close < i + MAX_ASIDE && doc.tokens[close] && doc.tokens[close]!.text !== ',' && doc.tokens[close]!.sentence === doc.tokens[i]!.sentence) close += 1;
    if (doc.tokens[close]?.text === ',') i = close + 1;
  }
  if (doc.tokens[i]?.pos === 'ADV') i += 1;
  const next = doc.tokens[i];
  return next !== undefined && next.sentence === doc.tokens[mention.last]!.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Lower-case words that may describe what a possessive owns before its name: "Acme's rival Zeta Motors". */
const MAX_OWNED_DESCRIPTION = 3;

/**
 * "Anthropic's Claude Code", "Acme's rival Zeta Motors", "Halcyon's chat assistant Tern": the possessive owns (or
 * describes) the mention after it, which is the one the clause is about.
 */
function ownsNext(doc: ArticleDocument, mention: Mention, mentions: readonly Mention[]): boolean {
  if (!mention.possessive) return placeBeforeParty(doc, mention, mentions);
  // "Aldren's heart-failure treatment Vasclera": a hyphen glued inside a word of the description takes no place of its own.
  const hyphens = (from: number, to: number): number => doc.tokens.slice(from, to).filter((t) => t.text === '-').length;
  if (mentions.some((other) => other.first > mention.last && namedInAppositive(doc, mention, other))) return true;
  const owned = mentions.find((other) => other.first >= mention.last + 2 && other.first - hyphens(mention.last + 2, other.first) <= mention.last + 2 + MAX_OWNED_DESCRIPTION);
  if (!owned) return false;
  // The words name a kind of thing ("rival", "chat assistant"; the tagger may call "chat" a verb), not an action
  // ("Apple's revenue beat Google's").
  const description = doc.tokens.slice(mention.last + 2, owned.first).filter((t) => t.text !== '-');
  return description.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && t.pos !== 'AUX') && (description.length === 0 || /^(?:NOUN|ADJ)$/.test(description.at(-1)!.pos));
}

/** Words an appositive may describe its name with before it: "New York-based", "London-listed", "privately held". */
const MAX_APPOSITIVE_DESCRIPTION = 5;
const APPOSITIVE_DESCRIPTION = /^(?:\p{Lu}[\p{L}.]*|-|based|headquartered|listed|owned|backed|held|privately|state)$/u;

/**
 * "Halden's closest rival, New York-based Ledgerline, raised …": the possessive's kind of party (lower-case words) is
 * named in an appositive between commas, which is the one the clause is about.
 */
function namedInAppositive(doc: ArticleDocument, owner: Mention, owned: Mention): boolean {
  let comma = owner.last + 2;
  while (comma < owned.first && comma <= owner.last + 1 + MAX_OWNED_DESCRIPTION && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[comma]!.text)) comma += 1;
  if (comma === owner.last + 2 || doc.tokens[comma]?.text !== ',' || !PARTY_NOUN.test(doc.tokens[comma - 1]!.normal) && !/^(?:rival|rivals|competitor|peer|parent|owner|subsidiary|unit)$/.test(doc.tokens[comma - 1]!.normal)) return false;
  const between = doc.tokens.slice(comma + 1, owned.first);
  return between.length <= MAX_APPOSITIVE_DESCRIPTION && between.every((t) => APPOSITIVE_DESCRIPTION.test(t.text)) && doc.tokens[owned.last + 1]?.text === ',';
}

/**
 * "California startup Aurelian Auto", "Texas chipmaker Brisa": a place before a kind of party and its name describes
 * the named one.
 */
function placeBeforeParty(doc: ArticleDocument, mention: Mention, mentions: readonly Mention[]): boolean {
  const noun = doc.tokens[mention.last + 1];
  if (noun === undefined || !/^\p{Ll}/u.test(noun.text) || !PARTY_NOUN.test(noun.normal)) return false;
  return mentions.some((other) => other.first === mention.last + 2);
}

/** Between an organisation and its speaker's verb: "Bernstein analyst Tom Hale estimates". */
const SPEAKER_ROLE = /^(?:analyst|analysts|economist|strategist|researcher|spokesperson|spokesman|spokeswoman|executive|chief|ceo|cfo|director|head|partner|founder)$/;
/** Tokens a speaker's role and name may take: "Bernstein senior analyst Tom Hale". */
const MAX_SPEAKER_TOKENS = 5;
/** Words an aside describing a speaker may take: ", a payments research firm based in London,". */
const APPOSITIVE_WORDS = 8;
/** What an aside calls one who reports on others: "a payments research firm", "the analytics company", "a tracker". */
const RESEARCHER = /^(?:research|researcher|analytics|analyst|analysts|consultancy|consulting|tracker|pollster|rating|ratings)$/;

const PERSON_TITLE: ReadonlySet<string> = new Set(PERSON_TITLES);

/**
 * "Chief Financial Officer Tom Hale said revenue rose": a titled person who speaks reports on the company, and is
 * never what the figure is about.
 */
export const titledSpeaker = (doc: ArticleDocument, mention: Mention): boolean =>
  (PERSON_TITLE.has(doc.tokens[mention.first - 1]?.normal ?? '') || executiveInArticle(doc, mention)) && speaks(doc, mention);

/** An executive's title written before or after a name: "Chief Executive Fiona Marchetti", "Jane Doe, the CFO,". */
const EXECUTIVE_TITLE = String.raw`(?:chief (?:executive|financial|operating|technology)(?: officer)?|ceo|cfo|coo|cto|president|chairman|chairwoman|chairperson|managing director|co-founder|founder)`;

/**
 * "Chief Executive Fiona Marchetti told analysts … Marchetti said cement volumes rose 4.5%": a person the article
 * names with an executive's title speaks for the company, wherever the title was written (not an analyst: "an analyst
 * at Harbourside").
 */
function executiveInArticle(doc: ArticleDocument, mention: Mention): boolean {
  if (mention.kind !== 'PERSON') return false;
  const name = escapeRegExp(mention.name);
  const before = new RegExp(String.raw`\b${EXECUTIVE_TITLE}\s+${name}\b`, 'i');
  const after = new RegExp(String.raw`\b${name},\s+(?:the\s+|its\s+|the company's\s+)?${EXECUTIVE_TITLE}\b`, 'i');
  return before.test(doc.text) || after.test(doc.text);
}

/** "Sensor Tower estimates", "Bernstein analyst Tom Hale estimates": the mention reports a claim rather than being its subject. */
export function speaks(doc: ArticleDocument, mention: Mention): boolean {
  let i = mention.last + 1;
  if (SPEECH.test(doc.tokens[i]?.normal ?? '')) return true;
  // "chief executive Wanjiru Kamau, 52, told investors": a person's age between the name and the verb.
  const aged = doc.tokens[i]?.text === ',' && /^\d{2}$/.test(doc.tokens[i + 1]?.text ?? '') && doc.tokens[i + 2]?.text === ',';
  if (aged && SPEECH.test(doc.tokens[i + 3]?.normal ?? '')) return true;
  // "Caldera Insights, a payments research firm, estimates that …": a researcher's verb after the aside saying what it
  // is ("Nordvik, the Norwegian grocer, said its revenue rose" is a company speaking of itself, and stays its subject).
  if (doc.tokens[i]?.text === ',') {
    const close = doc.tokens.findIndex((t, k) => k > i && k <= i + APPOSITIVE_WORDS && (t.text === ',' || t.sentence !== doc.tokens[i]!.sentence));
    const aside = close > 0 ? doc.tokens.slice(i + 1, close) : [];
    if (doc.tokens[close]?.text === ',' && aside.some((t) => RESEARCHER.test(t.normal)) && SPEECH.test(doc.tokens[close + 1]?.normal ?? '')) return true;
  }
  if (!SPEAKER_ROLE.test(doc.tokens[i]?.normal ?? '') && !SPEAKER_ROLE.test(doc.tokens[i + 1]?.normal ?? '')) return false;
  for (; i <= mention.last + MAX_SPEAKER_TOKENS; i++) {
    const token = doc.tokens[i];
    if (!token || token.sentence !== doc.tokens[mention.last]!.sentence) return false;
    if (SPEECH.test(token.normal)) return true;
    if (!SPEAKER_ROLE.test(token.normal) && !/^\p{Lu}/u.test(token.text) && token.normal !== 'senior') return false;
  }
  return false;
}

/** Words that hand a quote to its speaker after it: '…," said Orbis analyst Daniel Ferreira'. */
const INVERTED_SPEECH = /^(?:said|says|added|adds|told|noted|wrote|writes)$/;
/** Who speaks about a company from outside it: an analyst's quote is about the company, not the analyst's firm. */
const OUTSIDE_SPEAKER = /^(?:analyst|analysts|economist|strategist|researcher)$/;

/** Where the title and firm written before a speaker's name begin: "Orbis analyst" of "said Orbis analyst Daniel Ferreira". */
const speakerWord = (t: Token): boolean => SPEAKER_ROLE.test(t.normal) || /^(?:the|a|an|senior|['’]s)$/.test(t.normal) || /^\p{Lu}/u.test(t.text);

function titleStart(doc: ArticleDocument, mention: Mention): number {
  let i = mention.first - 1;
  while (i >= 0 && i >= mention.first - MAX_SPEAKER_TOKENS && speakerWord(doc.tokens[i]!)) i -= 1;
  return i + 1;
}

/** The verb that hands a quote to the speaker named after it, back over the title: "said Orbis analyst Daniel Ferreira". */
function invertedSpeechBefore(doc: ArticleDocument, mention: Mention): number | null {
  const verb = titleStart(doc, mention) - 1;
  return INVERTED_SPEECH.test(doc.tokens[verb]?.normal ?? '') ? verb : null;
}

/**
 * '"… an $18.5bn valuation on $640m of run-rate revenue …," said Orbis analyst Daniel Ferreira': who is named after
 * the quote it closes spoke the figures; they are not the speaker's (or its firm's) own.
 */
function namedAfterQuote(doc: ArticleDocument, mention: Mention): boolean {
  const i = invertedSpeechBefore(doc, mention);
  if (i === null) return false;
  const before = doc.tokens[i - 1]?.text ?? '';
  const closesQuote = /^["”']$/.test(before) || (before === ',' && /^["”']$/.test(doc.tokens[i - 2]?.text ?? ''));
  // '"We grew revenue 20%," said Acme Corp chief executive Jane Doe': a company's own people speak for its figures.
  return closesQuote && outsideSpeaker(doc, mention);
}

/**
 * "Ana Ruiz said revenue rose", "Revenue rose 12%, Ana Ruiz said", "…, said Ana Ruiz": a person who speaks says whose
 * figures they are, and a person's own they never are.
 */
export const speakingPerson = (doc: ArticleDocument, mention: Mention): boolean =>
  mention.kind === 'PERSON' && (speaks(doc, mention) || invertedSpeechBefore(doc, mention) !== null);

/** Words after a speaker's name that make them an outsider: ", an analyst at Corbin Research", ", chief economist at". */
const OUTSIDER_APPOSITIVE_WORDS = 4;

/**
 * "said Orbis analyst Daniel Ferreira", "Maria Lopez, an analyst at Corbin Research": who speaks about a company from
 * outside it, by the title around the name (or its firm's) or the aside after it.
 */
export function outsideSpeaker(doc: ArticleDocument, mention: Mention): boolean {
  const sentence = doc.sentences[doc.tokens[mention.first]!.sentence]!;
  let titleEnd = mention.last + 1;
  while (titleEnd <= Math.min(sentence.last, mention.last + MAX_SPEAKER_TOKENS) && speakerWord(doc.tokens[titleEnd]!)) titleEnd += 1;
  const title = [...doc.tokens.slice(titleStart(doc, mention), mention.first), ...doc.tokens.slice(mention.last + 1, titleEnd)];
  if (title.some((t) => OUTSIDE_SPEAKER.test(t.normal))) return true;
  if (doc.tokens[mention.last + 1]?.text !== ',') return false;
  const aside = doc.tokens.slice(mention.last + 2, Math.min(sentence.last + 1, mention.last + 2 + OUTSIDER_APPOSITIVE_WORDS));
  return aside.some((t) => OUTSIDE_SPEAKER.test(t.normal));
}

/** "Nov 20 (Reuters) -": a name in parentheses is an aside, never what the sentence is about. */
function inParentheses(doc: ArticleDocument, mention: Mention): boolean {
  let depth = 0;
  for (let i = mention.first - 1; i >= 0 && doc.tokens[i]!.sentence === doc.tokens[mention.first]!.sentence; i--) {
    const text = doc.tokens[i]!.text;
    if (text === ')') depth += 1;
    else if (text === '(') {
      if (depth === 0) return true;
      depth -= 1;
    }
  }
  return false;
}

/**
 * The parties that may be a figure's subject in `range` (not markets, complements, owners or asides), speakers last. A name inside a relative aside is left out
 * unless the figure (at token `figure`, when known) stands in the same aside: "VietCredit Analytics, which estimated
 * MPB Finance's share at about 9 per cent, …" is still MPB Finance's.
 */
export function subjectCandidates(doc: ArticleDocument, range: TokenRange, mentions: readonly Mention[], figure?: number): Mention[] {
  const inRange = mentions.filter((m) => m.first >= range.first && m.last <= range.last);
  const parties = inRange.filter(
    (m) =>
      m.kind !== 'MARKET' &&
      !isOblique(doc, m, mentions) &&
      !ownsNext(doc, m, inRange) &&
      !inParentheses(doc, m) &&
      !namedAfterQuote(doc, m) &&
      !placeDescriptionAt(doc, m.last + 1) &&
      // "The group, which also runs an operation in Uganda, employs …": a name in an aside is not what the clause is about.
      outsideAsides(doc, m, figure),
  );
  return [...parties.filter((m) => !speaks(doc, m)), ...parties.filter((m) => speaks(doc, m))];
}

/**
 * "its 40 per cent stake": a stake spelled out in per cent is held by the owner written before its number ("a 40 per
 * cent stake in Nordlys Ferries" names none, and Nordlys is what the sentence is about).
 */
function possessedPercent(doc: ArticleDocument, holding: number): boolean {
  let i = holding - 1;
  // "its 50-per-cent stake" is the tokens "50", "-", "per", "-", "cent".
  while (i > 0 && /^(?:percent|cent|per|pct|-)$/.test(doc.tokens[i]!.normal)) i -= 1;
  if (doc.tokens[i]?.type === 'number') i -= 1;
  return /^(?:['’]s|its|their|his|her|our)$/.test(doc.tokens[i]?.normal ?? '');
}

/** "a 35% stake", "the group's stake": a stake whose holder is written before it. */
const heldBySomeone = (doc: ArticleDocument, holding: number): boolean => {
  const before = doc.tokens[holding - 1];
  if (before !== undefined && /^(?:percent|cent|pct)$/.test(before.normal)) return possessedPercent(doc, holding);
  return before !== undefined && (before.type === 'number' || before.text === '%' || /^(?:['’]s|its|their|his|her|our)$/.test(before.normal));
};

/** "Tessaro Industrial of Michigan at 6.8%": the name a name right after its "of" says where it is from. */
function nameItIsOf(doc: ArticleDocument, mention: Mention, mentions: readonly Mention[]): Mention | undefined {
  if (doc.tokens[mention.first - 1]?.normal !== 'of') return undefined;
  return mentions.find((m) => m.last === mention.first - 2 && m.kind !== 'MARKET');
}

/**
 * Between a complement and the share it holds: "ahead of Azure at 20%", "behind Vantrix with 28%", "followed by OpenAI
 * for 25%", "with AWS holding 29%", "followed by Palo Alto Networks (22%)".
 */
const HOLDER_GAP = new Set(['at', 'with', 'for', '(', 'holding', 'taking', 'having', 'controlling', 'commanding']);

/**
 * A subject listed right before its figure ("..., OpenAI 25%, Google 20%"), which beats the clause's first. A share
 * "X at N%", "X with N%" or "X (N%)" is X's even where X is a complement ("ahead of Azure at 20%"). Not money: in
 * "valued by Globex at $2 billion" the figure is the complement's subject's.
 */
function listedBefore(doc: ArticleDocument, candidates: readonly Mention[], mentions: readonly Mention[], index: number, share: boolean): Mention | undefined {
  const gap = doc.tokens[index - 1]?.normal ?? '';
  return (
    candidates.find((m) => m.last === index - 1 || (m.last === index - 2 && GAP.has(gap) && !(gap === 'for' && boughtBefore(doc, m)))) ??
    (share && HOLDER_GAP.has(gap) ? holderOf(mentions.find((m) => (m.last === index - 2 || rankedBefore(doc, m, index)) && m.kind !== 'MARKET' && !inParentheses(doc, m) && (gap !== 'for' || listedForShare(doc, m)))) : undefined)
  );
  function holderOf(found: Mention | undefined): Mention | undefined {
    return found && (nameItIsOf(doc, found, mentions) ?? found);
  }
}

/** Verbs of a deal: what is bought "for €1.35 billion" is the price's object, not who pays it. */
const DEAL_VERB = /^(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|sell|sells|sold|selling)$/;
/** Words between the deal's verb and what it buys: "to buy Latvian carrier Baltic Skyways". */
const DEAL_OBJECT_WORDS = 3;

/** "agreed to buy Latvian carrier Baltic Skyways for €1.35 billion": the mention is what a deal buys or sells. */
function boughtBefore(doc: ArticleDocument, mention: Mention): boolean {
  for (let i = mention.first - 1; i >= Math.max(0, mention.first - 1 - DEAL_OBJECT_WORDS); i--) {
    const token = doc.tokens[i]!;
    if (DEAL_VERB.test(token.normal)) return true;
    if (token.sentence !== doc.tokens[mention.first]!.sentence || !/^(?:NOUN|ADJ|PROPN|DET)$/.test(token.pos)) return false;
  }
  return false;
}

/**
 * "followed by OpenAI for 25%", "…, Google for 20%": a holder listed after others holds the share "for" it names. Not
 * "relies on Taiwan Semiconductor for 90% of its chips", where the share is the subject's.
 */
const listedForShare = (doc: ArticleDocument, mention: Mention): boolean => /^(?:by|,|and)$/.test(doc.tokens[mention.first - 1]?.normal ?? '');

/** "with Kestrel in first place at 27%": a holder, its rank, then its share. */
const rankedBefore = (doc: ArticleDocument, mention: Mention, index: number): boolean =>
  index === mention.last + 5 && doc.tokens[mention.last + 1]!.normal === 'in' && doc.tokens[mention.last + 3]!.normal === 'place';

/**
 * "Canalys put Apple's share slightly higher, at 18%, and Samsung's at 19%": whose share it is, written as an owner
 * of "share" or as a possessive standing for one ("Samsung's at 19%"), the nearest before the figure.
 */
function shareOwner(doc: ArticleDocument, candidates: readonly Mention[], index: number): Mention | undefined {
  const owners = candidates.filter((m) => {
    if (!m.possessive || m.last >= index) return false;
    const owned = doc.tokens[m.last + 2]?.normal ?? '';
    const ownsShare = owned === 'share' || (owned === 'market' && doc.tokens[m.last + 3]?.normal === 'share');
    return ownsShare || (HOLDER_GAP.has(owned) && m.last + 3 === index);
  });
  return owners[owners.length - 1];
}

/**
 * "Perplexity competes with Google, which still controls 90%": the name a relative pronoun follows is the subject
 * of what comes after it, even as the complement of the main clause.
 */
function relativeAntecedent(doc: ArticleDocument, clause: TokenRange, index: number, mentions: readonly Mention[]): Mention | undefined {
  for (let i = index - 1; i > clause.first; i--) {
    // "…, who expects a slowdown, said Acme's revenue rose": a relative clause closed before the figure says nothing of it.
    if (doc.tokens[i]!.text === ',' && asideAt(doc, i) !== undefined) return undefined;
    if (!/^(?:which|who|that)$/.test(doc.tokens[i]!.normal)) continue;
    const end = doc.tokens[i - 1]!.text === ',' ? i - 2 : i - 1;
    return mentions.find((m) => m.last === end && m.kind !== 'MARKET');
  }
  return undefined;
}

/**
 * What "the Stockholm-based company", "the South Korean carmaker", "the loss-making startup", "the Calgary-based
 * railway" call a party. Makers of goods only (not a "lawmaker" or "policymaker"); not "supplier", "producer" or
 * "exporter", which as often name another party of the story ("its single supplier", "the largest producer in OPEC")
 * or a statistic ("the producer price index").
 */
const PARTY_NOUN =
  /^(?:company|firm|startup|start-up|group|conglomerate|giant|(?:car|auto|chip|drug|plane|jet|steel|watch|toy|truck|shoe|phone|handset|tool|paper|glass|tire|tyre|wine|cement|game|bike|lens)?maker|retailer|grocer|supermarket|chain|lender|bank|neobank|fintech|insurer|streamer|operator|carrier|airline|railway|railroad|miner|refiner|utility|brewer|distiller|publisher|broadcaster|biotech|vendor|manufacturer|developer|provider|telco|platform|service|app|business|unicorn|brand)$/;
/** Words between "the" and that noun: places, nationalities and the glue of "Stockholm-based". */
const DESCRIBES_PARTY = (text: string): boolean => /^(?:-|\p{Lu}[\p{L}.]*|based|headquartered|backed|owned|listed|funded|loss|making|profitable|embattled|struggling|fast|growing|young|smaller|larger|biggest|largest|leading|private|public|state|parent)$/iu.test(text);
/** Modifier words a description of a party may have before its noun. */
const MAX_DESCRIPTION = 7;

/** What "the drug", "the new handset" call a product: like "it", the last subject, never the story's company. */
const PRODUCT_NOUN = /^(?:drug|medicine|treatment|therapy|pill|vaccine|product|device|phone|handset|smartphone|chip|processor|vehicle|car|tablet|laptop|console)$/;

/** "the smartphone market", "the car industry": a product's name before these names all who sell it. */
const WHOLE_TRADE = /^(?:market|markets|industry|sector|segment|category|makers?|sales|shipments)$/;

/** "the Stockholm-based company", "the drug": a definite description starting at `i` that points back to something already named. */
function describesNamed(doc: ArticleDocument, i: number, end: number, noun = PARTY_NOUN): boolean {
  if (doc.tokens[i]?.normal !== 'the') return false;
  for (let k = i + 1; k <= Math.min(end, i + 1 + MAX_DESCRIPTION); k++) {
    const token = doc.tokens[k]!;
    if (noun.test(token.normal)) return !WHOLE_TRADE.test(doc.tokens[k + 1]?.normal ?? '');
    // "the Austin, Texas-based chipmaker": a comma between a city and its region.
    const betweenPlaces = token.text === ',' && /^\p{Lu}/u.test(doc.tokens[k - 1]!.text) && /^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '');
    if (!DESCRIBES_PARTY(token.text) && !betweenPlaces) return false;
  }
  return false;
}

/** The mention stands in no relative aside, or in the one the figure at token `figure` stands in. */
function outsideAsides(doc: ArticleDocument, mention: Mention, figure: number | undefined): boolean {
  const aside = asideAt(doc, mention.first);
  return aside === undefined || (figure !== undefined && aside.first <= figure && figure <= aside.last);
}

/**
 * "Kenya's second-largest mobile operator said", "Germany's biggest lender": at `i`, a place's possessive before a
 * description of a party (lower-case words ending in a party noun, no name after it) speaks of a party of the story,
 * as "the company" does, and not of the place.
 */
function placeDescriptionAt(doc: ArticleDocument, i: number): boolean {
  if (!/^['’]s$/.test(doc.tokens[i]?.normal ?? '') || i < 1) return false;
  const place = doc.tokens[i - 1]!;
  const before = doc.tokens[i - 2];
  if (!isPlaceName(place.text) && !(before && isPlaceName(`${before.text} ${place.text}`))) return false;
  for (let k = i + 1; k <= i + 1 + MAX_DESCRIPTION && doc.tokens[k]?.sentence === place.sentence; k++) {
    const token = doc.tokens[k]!;
    if (PARTY_NOUN.test(token.normal)) return !/^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '') && !WHOLE_TRADE.test(doc.tokens[k + 1]?.normal ?? '');
    if (token.text !== '-' && !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return false;
  }
  return false;
}

/** What "the company", "the firm", "the Stockholm-based company" (and "the board", its board) refer to: the party a story is about. */
const COMPANY_DESCRIPTIONS = new Set(['the company', 'the firm', 'the startup', 'the group', 'the board']);

/** "The company said it repurchased …": a description, rather than "it", before `index` in the clause. */
export function companyDescriptionBefore(doc: ArticleDocument, range: TokenRange, index: number): boolean {
  const end = Math.min(index, range.last + 1);
  for (let i = range.first; i < end; i++) {
    const two = `${doc.tokens[i]!.normal} ${doc.tokens[i + 1]?.normal ?? ''}`;
    if (COMPANY_DESCRIPTIONS.has(two) || describesNamed(doc, i, end - 1)) return true;
    if (/^(?:it|its|they|their)$/.test(doc.tokens[i]!.normal)) return false;
  }
  return false;
}

/** A pronoun ("it", "its", "the company", "the Stockholm-based company") before `index` in the clause stands for an earlier subject. */
export function pronounBefore(doc: ArticleDocument, range: TokenRange, index: number): boolean {
  const end = Math.min(index, range.last + 1);
  for (let i = range.first; i < end; i++) {
    const token = doc.tokens[i]!;
    const two = `${token.normal} ${doc.tokens[i + 1]?.normal ?? ''}`;
    if (PRONOUNS.has(token.normal) || PRONOUNS.has(two) || describesNamed(doc, i, end - 1) || describesNamed(doc, i, end - 1, PRODUCT_NOUN) || placeDescriptionAt(doc, i)) return true;
  }
  return false;
}

/** "Cascade Labs said in September it had surpassed …": the first "it" after the speech verb, before any "the app". */
function firstReferenceIsPronoun(doc: ArticleDocument, from: number, to: number): boolean {
  // "Hanlin said separately that revenue at its wearables division rose": past the verb's adverbs and its "that".
  let start = from;
  while (start < to && (doc.tokens[start]!.pos === 'ADV' || (doc.tokens[start]!.normal === 'that' && start <= from + 2))) start += 1;
  for (let i = start; i < to; i++) {
    const normal = doc.tokens[i]!.normal;
    if (/^(?:it|its|they|their)$/.test(normal)) return true;
    if (normal === 'the' || normal === 'that') return false;
  }
  return false;
}

/**
 * The subject of a claim anchored at `index` in the clause: the first candidate before it; else the subject carried
 * in (`carried`: from an earlier clause of the sentence, or the article's last subject when a pronoun stands in);
 * else the first candidate after it ("42% of developers use Copilot"). `share`: the claim's figure is a share.
 */
export function subjectOf(
  doc: ArticleDocument,
  clause: TokenRange,
  index: number,
  mentions: readonly Mention[],
  carried: Mention | null,
  share = false,
): Mention | null {
  // "traffic between the Pacific coast and the Great Lakes rose 4%": a landform on a route is where, never whose (not
  // "Permian Basin oil output rose 2%", a region's figure).
  const onRoute = (m: Mention): boolean => {
    const before = doc.tokens[m.first - 1]?.normal === 'the' ? doc.tokens[m.first - 2] : doc.tokens[m.first - 1];
    return /^(?:between|and|along|across|through|from|to|via|around)$/.test(before?.normal ?? '');
  };
  const candidates = subjectCandidates(doc, clause, mentions, index).filter((m) => !(isLandformName(m.name) && onRoute(m)));
  const listed = listedBefore(doc, candidates, mentions, index, share) ?? (share ? shareOwner(doc, candidates, index) : undefined) ?? relativeAntecedent(doc, clause, index, mentions);
  if (listed) return listed;
  const before = candidates.filter((m) => m.last < index);
  // "saying its own data showed Travelle captured 31%": the party right before the verb that takes the figure.
  const takesFigure = [...before].reverse().find((m) => m !== before[0] && verbThenFigure(doc, m.last, index));
  if (takesFigure) return takesFigure;
  const firstBefore = before.find((m) => !speaks(doc, m));
  if (firstBefore) return firstBefore;
  // "Sensor Tower estimates the app has generated $3.2 million": the one who speaks is not what "the app" is; but in
  // "Volkswagen said its deliveries rose" (or "it delivered"), "its" is the speaker.
  const speakerItself = before[0] !== undefined && firstReferenceIsPronoun(doc, before[0].last + 2, index);
  if (carried && before.length > 0 && !speakerItself && pronounBefore(doc, { ...clause, first: before[0]!.last + 1 }, index)) return carried;
  if (before[0]) return before[0];
  if (carried) return carried;
  // "Shipments rose 8.1% to 75.8 million units, research firm IDC said": who reports a figure is not its subject; nor
  // is a party named in a clause of time or cause after it ("Power generation climbed to 41.2 TWh, after the Baltic
  // Hav 2 park became fully operational" is not the park's generation).
  // Nor a name that only qualifies a noun after the figure ("beating the StreetMetrics consensus of $4.22 billion"), nor
  // the subject of a relative clause after it ("hit by curbs that Acme imposed"), nor a place ("… as Beijing cut tariffs").
  return (
    candidates.find((m) => m.first > index && !speaks(doc, m) && !clauseOpensBetween(doc, index, m.first) && !qualifiesNoun(doc, m) && !relativeClauseSubject(doc, m) && !isPlaceName(m.name)) ??
    null
  );
}

/** "undertakings that Acme imposed": a name right after a relative pronoun is the subject of that clause, not the sentence's. */
export const relativeClauseSubject = (doc: ArticleDocument, m: Mention): boolean => /^(?:that|which|who|whom)$/.test(doc.tokens[m.first - 1]?.normal ?? '');

/** "the StreetMetrics consensus", "the Bloomberg estimate": a name written as a modifier of the noun after it. */
export const qualifiesNoun = (doc: ArticleDocument, m: Mention): boolean => {
  const after = doc.tokens[m.last + 1];
  return doc.tokens[m.first - 1]?.normal === 'the' && after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
};

/** Verbs a party holds or reaches a figure with, right before it: "captured 31%", "holds 20%", "took about 15%". */
const HOLDS_FIGURE = /^(?:captured|captures|holds|held|has|had|took|takes|commands|commanded|controls|controlled|accounted|reached|hit|won)$/;

/** "Travelle captured 31%": the party at `last`, then a verb of holding, then (after a hedge or "for") the figure at `index`. */
function verbThenFigure(doc: ArticleDocument, last: number, index: number): boolean {
  // "Vinvo, which sells more than half of its devices there, took 24%": past a relative aside right after the party.
  const aside = relativeAsides(doc, last + 1).find((range) => range.first === last + 1);
  const verb = aside !== undefined && aside.last < index ? aside.last + 1 : last + 1;
  if (!HOLDS_FIGURE.test(doc.tokens[verb]?.normal ?? '')) return false;
  for (let i = verb + 1; i < index; i++) if (!AMOUNT_HEDGE.test(doc.tokens[i]!.normal) && !/^(?:a|for|only)$/.test(doc.tokens[i]!.normal)) return false;
  return true;
}

/** Words that open a clause of time, cause or contrast: a party named in one is not the main clause's subject. */
const CLAUSE_OPENERS = /^(?:after|before|since|when|while|because|although|though|whereas|until|once)$/;

/** How far after "as" the verb of its clause may stand: "as unusually heavy July rains disrupted". */
const AS_CLAUSE_REACH = 8;

/**
 * "slipped 3.2% as unusually heavy July rains disrupted mining": an "as" that opens a clause of its own, with a verb
 * before any comma. Not "such as", "as well as", "as of June 30", "as part of", "as much as", "as a result".
 */
export function asOpensClause(doc: ArticleDocument, at: number): boolean {
  if (doc.tokens[at]?.normal !== 'as' || /^(?:such|well|as|so|same)$/.test(doc.tokens[at - 1]?.normal ?? '')) return false;
  if (/^(?:of|well|part|much|many|far|long|soon)$/.test(doc.tokens[at + 1]?.normal ?? '') || doc.tokens[at + 2]?.normal === 'result') return false;
  for (let i = at + 1; i <= at + AS_CLAUSE_REACH && i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.text === ',' || token.text === '.') return false;
    if (token.pos === 'VERB' && token.type !== 'number') return true;
  }
  return false;
}

/** Whether such a clause opens between tokens `from` (included) and `to` (excluded). */
export const clauseOpensBetween = (doc: ArticleDocument, from: number, to: number): boolean =>
  doc.tokens.slice(from, to).some((t, k) => CLAUSE_OPENERS.test(t.normal) || asOpensClause(doc, from + k));
