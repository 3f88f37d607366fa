// Proposes new entities from capitalised names no known entity covers ("Gemini 2.5 Pro", "Mistral AI", "GPT-5.3-Codex").
import type { EntityKind } from '../domain/model.js';
import { CURRENCY_CODES_BEFORE_FIGURES, RAND_AMOUNT } from '../domain/quantity.js';
import { factsOf, hyphenJoins, verbTagOnModifier, type ArticleDocument, type Sentence, type Token } from './document.js';
import { opensParagraph, sentenceStart } from './clauses.js';
import { possessiveAfter, type Mention } from './mentions.js';
import { isPlaceName, LANDFORM } from './places.js';
import { currencyCodeAt } from './currency-codes.js';
import { countsInRand } from './rand.js';
import { TokenMask, type TokenRange } from './spans.js';

/** Titles and honorifics before a person's name ("Chief Executive Dr. Aisha Okafor"), not part of it. */
export const PERSON_TITLES = [
  'chief', 'executive', 'officer', 'president', 'vice', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder',
  'director', 'ceo', 'cfo', 'cto', 'coo', 'dr.', 'mr.', 'ms.', 'mrs.', 'prof.', 'spokesperson', 'spokesman', 'spokeswoman',
] as const;

/** Banking measures written in capitals ("NIM was 1.97%"), which also open a few names ("NII Holdings", "NIM Capital"). */
const MEASURE_ACRONYMS = ['nim', 'nii', 'npl', 'cet1', 'rote', 'gtv', 'tpv', 'aum', 'asp', 'asps'];
/** Adjectives that open a measure's name ("Underlying Operating Profit"), and the profit words that end one. */
const MEASURE_OPENER = /^(?:adjusted|underlying|core|normali[sz]ed|recurring|comparable|reported|headline|operating|net|gross)$/;
const PROFIT_AT_END = /^(?:profits?|income|earnings|revenues?|sales|margins?|loss(?:es)?)$/;
/** Measures a capitalised run may end in ("Adjusted EBITDA"): the run is the measure, not a name. */
const MEASURE_AT_END = new RegExp(`^(?:ebitda|ebitdaal|ebitdar|ebita|ebit|eps|arpu|capex|opex|gmv|rpo|crpo|arr|nrr|fcf|aum|tpv|ffo|${MEASURE_ACRONYMS.join('|')})$`);

/** Capitalised words that open sentences or name no one. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'when', 'while', 'but', 'yet', 'and', 'or', 'so', 'first', 'second',
  'third', 'finally', 'both', 'neither', 'either', 'its', 'it', 'their', 'they', 'we', 'our', 'i', 'he', 'she', 'his', 'her',
  'in', 'on', 'at', 'for', 'as', 'after', 'before', 'since', 'if', 'although', 'though', 'however', 'meanwhile', 'today',
  'now', 'also', 'still', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'each', 'every', 'all', 'some', 'many',
  'most', 'more', 'less', 'not', 'no', 'one', 'instead', 'yes', 'by', 'with', 'from', 'to', 'of', 'about', 'over', 'under',
  'according', 'despite', 'until', 'during', 'last', 'next', 'earlier', 'later', 'then', 'thus', 'overall', 'together',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'ms', 'mrs', 'dr',
  'yesterday', 'tomorrow', 'tonight', 'recently', 'currently', 'previously', 'separately', 'additionally', 'furthermore',
  'moreover', 'nevertheless', 'indeed', 'notably', 'similarly', 'likewise', 'elsewhere',
  // Role nouns written before a name at a sentence's start ("Rival Legora raised ..."), not part of it.
  'rival', 'rivals', 'competitor', 'competitors', 'peer', 'startup', 'chipmaker', 'carmaker', 'automaker', 'retailer',
  'analyst', 'analysts', 'researcher', 'researchers', 'investor', 'investors', 'customer', 'customers', 'partner',
  // Words that describe a party at a sentence's start ("Embattled Boeing said", "Young Chinese spent", "Record Airbus
  // deliveries"), hardly ever the first word of a name.
  'beleaguered', 'embattled', 'troubled', 'struggling', 'ailing', 'battered', 'storied', 'venerable', 'resurgent', 'record',
  'weak', 'weaker', 'strong', 'stronger', 'young', 'younger', 'elderly', 'older', 'wealthy', 'affluent', 'rich', 'poor',
  'mainland', 'rural', 'urban', 'domestic', 'foreign', 'overseas', 'local',
  // Only role nouns that are hardly ever part of a name ("Giant Eagle", "Society of Motor Retailers" are).
  'lender', 'lenders', 'insurer', 'insurers', 'reinsurer', 'broker', 'brewer', 'miner', 'drugmaker', 'drugmakers',
  'conglomerate', 'regulator', 'refiner', 'streamer', 'shipbuilder', 'chipmakers', 'carmakers', 'automakers',
  ...PERSON_TITLES,
  // "Global PC shipments", "common equity Tier 1 ratio": words that open descriptions, not names.
  'global', 'worldwide', 'tier',
  // Measures a sentence opens with ("Traffic measured in revenue passenger kilometers (RPK) grew 9.7%").
  'traffic', 'capacity', 'demand', 'revenue', 'revenues', 'sales', 'turnover', 'shipments', 'deliveries', 'passengers',
  'volumes', 'bookings',
  // An airline's measures: revenue passenger kilometres, available seat kilometres, unit revenue and cost.
  'rpk', 'rpks', 'ask', 'asks', 'prask', 'rask', 'trask', 'casm', 'cask', 'rasm', 'prasm',
  // Acronyms for things, not parties to a claim.
  'ai', 'api', 'apis', 'llm', 'llms', 'ceo', 'cto', 'cfo', 'coo', 'us', 'u.s.', 'uk', 'eu', 'gpu', 'gpus', 'cpu', 'saas',
  'arr', 'ipo', 'ml', 'it', 'hr', 'pr', 'sdk', 'ide', 'cli', 'ui', 'ux', 'os', 'pc', 'tv', 'yoy', 'suv', 'suvs', 'ev', 'evs',
  'sim', 'esim', 'lte', '5g', '4g', 'arpu', 'ebitda', 'ebitdaal', 'ebitdar', 'ebita', 'ebit', 'eps', ...MEASURE_ACRONYMS, 'gmv', 'capex', 'opex', 'cagr', 'roe', 'roi', 'kpi', 'kpis',
  'ppa', 'ppas', 'gdp', 'cpi', 'r&d',
  // Accounting standards a figure is measured under ("GAAP net income rose to $1.08 billion").
  'gaap', 'non-gaap', 'ifrs',
  // A profit's adjective opening a sentence ("Pretax profit was 312 billion naira"), which the lexicon does not know.
  'pretax',
  // Kinds of chip, screen, drive or fuel, which are products and markets, not parties ("DRAM revenue rose 44%").
  'dram', 'nand', 'hbm', 'ssd', 'ssds', 'hdd', 'hdds', 'asic', 'asics', 'fpga', 'fpgas', 'soc', 'socs', 'npu', 'npus', 'tpu', 'tpus',
  'oled', 'lcd', 'led', 'leds', 'lng', 'lpg', 'bev', 'bevs', 'phev', 'phevs', 'hev', 'nev', 'nevs',
  // Units written after a figure ("the 3.5 GHz band", "a 100 MW plant").
  // Not the two-letter ones: "KB Financial Group" is a company.
  'ghz', 'mhz', 'khz', 'kwh', 'mwh', 'gwh', 'twh',
  // Three-letter currency codes read before a figure ("CHF 2.1 billion", "RMB 3.5 billion"), and "Rs". Not the codes
  // that are also words or names ("Ars Technica"), nor "RM" and "Rp" ("RM Sotheby's"): those are no name only
  // before a number (currency-codes.ts).
  ...CURRENCY_CODES_BEFORE_FIGURES.filter((code) => code.length === 3), 'rs', 'rs.',
]);

/** Business nouns that open sentences ("Revenue rose 20%") though they may continue a name ("Synergy Research"). */
const COMMON_OPENERS = new Set([
  'revenue', 'profit', 'demand', 'growth', 'adoption', 'usage', 'funding', 'spending', 'income', 'stock', 'margin',
  'data', 'research', 'analysis', 'pricing', 'competition', 'investment', 'enterprise', 'enterprises',
  // "Headcount rose to 9,850", "Workforce", "Capex", "Shipments": measures, not names.
  'headcount', 'workforce', 'capex', 'shipments', 'deliveries', 'bookings', 'sales', 'earnings', 'passengers',
]);

/** Capitalised names of the markets or the public at large, which hold no figure of their own. */
const NOT_PARTIES = new Set(['wall street', 'main street', 'dalal street', 'the street']);

/**
 * Holidays and shopping days, which move sales but hold no figure: "The Mid-Autumn Festival fell two weeks earlier",
 * "Lunar New Year", "Golden Week", "Singles' Day", "Black Friday".
 */
const HOLIDAY = /(?:\bFestival|\bNew Year|\bGolden Week|\bSingles['’]? Day|\bBlack Friday|\bCyber Monday|\bPrime Day|\bThanksgiving|\bChristmas|\bDiwali|\bRamadan|\bEid(?: al-\w+)?|\bHanukkah|\bEaster)$/;

/** "Amazon Web Services", "GPT-5.3-Codex" (three tokens), "Claude 3.5 Sonnet": names are short. */
const MAX_NAME_TOKENS = 8;

const VERSION = /^v?\d+(?:\.\d+)*[a-z]?$/i;
const COMPANY_ENDINGS = /\b(?:inc\.?|corp\.?|corporation|ltd\.?|llc|plc|gmbh|labs?|technologies|systems|group|holdings|ai)$/i;

/** Brands written with a lower-case first letter: "iFood", "eBay", "iPhone" (not units such as "kWh" or "mAh"). */
const LOWER_FIRST_BRAND = /^\p{Ll}\p{Lu}\p{Ll}{2,}/u;
const capitalised = (token: Token): boolean => (/^\p{Lu}/u.test(token.text) || LOWER_FIRST_BRAND.test(token.text)) && !NOT_NAMES.has(token.normal);

/**
 * Headlines in title case capitalise every word; names cannot be told apart there. A headline has no full stop;
 * a sentence crowded with names has one.
 */
function isTitleCase(doc: ArticleDocument, sentence: Sentence): boolean {
  const words = doc.tokens.slice(sentence.first, sentence.last + 1).filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length;
  const headline = !/^[.!?"”)]$/.test(doc.tokens[sentence.last]!.text);
  return words.length >= 4 && capitalised >= (headline ? 0.6 : 0.85);
}

/** "Stockholm-based", "SoftBank-backed": a name glued to one of these describes something else, and is no party itself. */
const DESCRIBING = /^(?:based|headquartered|born|backed|owned|funded|led|listed|controlled|made|built|focused|native)$/;
const gluedDescribing = (doc: ArticleDocument, last: number): boolean =>
  doc.tokens[last + 1]?.text === '-' && doc.tokens[last + 1]!.start === doc.tokens[last]!.end && DESCRIBING.test(doc.tokens[last + 2]?.normal ?? '');
/** Words a region's name may have: "Texas", "North Carolina". */
const MAX_REGION_WORDS = 3;

/** "The Austin, Texas-based chipmaker", "Raleigh, North Carolina-based": a city before its region's description is part of it. */
function describes(doc: ArticleDocument, last: number): boolean {
  if (gluedDescribing(doc, last)) return true;
  if (doc.tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < last + 2 + MAX_REGION_WORDS && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? ''); k++) if (gluedDescribing(doc, k)) return true;
  return false;
}

/** Nouns for what a party is, written between a description and its name ("Paris AI start-up Lumenfold"). */
const ROLE_NOUN =
  /^(?:startup|start-up|company|firm|maker|chipmaker|carmaker|automaker|insurer|bank|lender|retailer|operator|developer|provider|unicorn|group|rival|competitor)$/;

/** The last token of a role noun at `k` ("start-up" is three tokens, glued), or -1. */
function roleEnd(doc: ArticleDocument, k: number): number {
  if (doc.tokens[k]?.normal === 'start' && doc.tokens[k + 1]?.text === '-' && doc.tokens[k + 2]?.normal === 'up') return k + 2;
  return ROLE_NOUN.test(doc.tokens[k]?.normal ?? '') ? k : -1;
}

/** "Paris AI start-up Lumenfold", "London fintech firm Zelto": the capitalised words describe the name after the role. */
function describesRoleHolder(doc: ArticleDocument, last: number): boolean {
  // "fintech firm", "AI chip maker": up to two lower-case words may come before the role.
  for (let k = last + 1; k <= last + 3; k++) {
    const end = roleEnd(doc, k);
    if (end >= 0) return /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '');
    // Only nouns and adjectives describe the role: "Acme sued the startup Zelto" and "Acme beat rival Globex" name two.
    const word = doc.tokens[k];
    if (!word || !/^\p{Ll}+$/u.test(word.text) || (word.pos !== 'NOUN' && word.pos !== 'ADJ')) return false;
  }
  return false;
}

/** "The South Korean company", "Swedish rival Spotify": a nationality before a common noun is an adjective, not a name. */
const DEMONYM =
  /^(?:american|chinese|japanese|korean|german|french|british|swedish|indian|european|asian|african|canadian|australian|italian|spanish|dutch|swiss|israeli|taiwanese|brazilian|russian|finnish|norwegian|danish|irish|mexican|vietnamese|indonesian|saudi|emirati|singaporean|nordic|scandinavian|latin|arab|turkish|polish|belgian|austrian|egyptian|nigerian|kenyan|thai|malaysian|philippine|filipino|czech|hungarian|chilean|colombian|argentine|argentinian|peruvian|pakistani|qatari)$/;

/** "GPT-5" "." "3-Codex": punctuation inside a name is glued on both sides. */
function gluedInside(doc: ArticleDocument, i: number): boolean {
  const token = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  const after = doc.tokens[i + 2];
  if (!next || next.start !== token.end || /^['’]s?$/.test(next.normal) || describes(doc, i)) return false;
  if (/^\p{L}|^\p{N}/u.test(next.text)) return true;
  // Joiners inside names ("GPT-5.3", "AT&T", "Claude.ai"); a dash ("Sonnet—our") separates words.
  return /^[.\-_/&+]$/.test(next.text) && after !== undefined && after.start === next.end && /^[\p{L}\p{N}]/u.test(after.text);
}

/** "Opus 4.6", "Windows 11": a version number continues a name; a figure ("OpenAI 25%") or a year does not. */
function isVersion(doc: ArticleDocument, i: number): boolean {
  const token = doc.tokens[i]!;
  const after = doc.tokens[i + 1];
  if (!VERSION.test(token.text) || /^(?:19|20)\d{2}$/.test(token.text)) return false;
  return !(after && /^(?:%|percent|per|x|times|million|billion|thousand|trillion|bn|m|k)$/.test(after.normal));
}

/** Titles and places written in capitals that follow a name without being part of it ("Anthropic CEO Dario Amodei"). */
const NEVER_IN_NAMES = new Set(['ceo', 'cto', 'cfo', 'coo', 'vp', 'svp', 'evp', 'us', 'u.s.', 'uk', 'eu']);

/** Later words of a name may be acronyms ("Mistral AI") though an acronym alone names no one. */
const continuesName = (token: Token): boolean =>
  capitalised(token) || (/^\p{Lu}{2,}$/u.test(token.text) && !NEVER_IN_NAMES.has(token.normal));

/**
 * Institutions whose names run on through "of" ("Bank of America", "University of Oxford", "Society of Motor Retailers",
 * "Federal Reserve Bank of New York"): the word before "of" says so. Any other word stops a name there ("Shares of Acme").
 */
const NAMED_WITH_OF = new Set([
  'bank', 'society', 'university', 'institute', 'department', 'ministry', 'office', 'council', 'board', 'bureau', 'commission',
  'chamber', 'college', 'agency', 'authority', 'association', 'federation', 'academy', 'school', 'court', 'house', 'league',
  'union', 'state', 'states', 'republic', 'kingdom', 'museum', 'port', 'government', 'city',
]);

/** Where a name continued through "of" at `of` ends its first word after it ("of [the] America"), or -1. */
function throughOf(doc: ArticleDocument, sentence: Sentence, of: number, blocked: TokenMask): number {
  const head = doc.tokens[of - 1]!;
  if (doc.tokens[of]!.text !== 'of' || !capitalised(head) || !NAMED_WITH_OF.has(head.normal)) return -1;
  const after = doc.tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
  const word = doc.tokens[after];
  return after <= sentence.last && word && !blocked.has(after) && !blocked.has(of + 1) && capitalised(word) ? after : -1;
}

/** Head words of a public body's name, which may join two words with "and": "Food and Drug Administration". */
const BODY_HEADS = new Set(['commission', 'authority', 'administration', 'agency', 'board', 'bureau', 'council', 'department', 'ministry', 'office', 'service', 'institute']);
/** Words after "and" in such a name before its head: "Securities and Exchange Commission", "Competition and Markets Authority". */
const MAX_BODY_WORDS_AFTER_AND = 3;

/**
 * "Securities and Exchange Commission", "Competition and Markets Authority": at the "and" at `and`, the name runs on
 * when the capitalised words after it end in a public body's head word. Returns that head's index, or -1 (an "and"
 * between two names, "Acme and Globex", stops the name).
 */
function throughAnd(doc: ArticleDocument, sentence: Sentence, and: number, blocked: TokenMask): number {
  if (doc.tokens[and]!.text !== 'and') return -1;
  for (let k = and + 1; k <= Math.min(sentence.last, and + MAX_BODY_WORDS_AFTER_AND); k++) {
    const word = doc.tokens[k]!;
    if (blocked.has(k) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return -1;
    if (BODY_HEADS.has(word.normal)) return k;
  }
  return -1;
}

function extend(doc: ArticleDocument, sentence: Sentence, first: number, blocked: TokenMask): number {
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next > sentence.last || blocked.has(next)) return last;
    const token = doc.tokens[next]!;
    const spaced = doc.tokens[last]!.end < token.start && !/[.,;:]$/.test(doc.tokens[last]!.text);
    const ofName = spaced ? throughOf(doc, sentence, next, blocked) : -1;
    const andName = spaced && ofName < 0 ? throughAnd(doc, sentence, next, blocked) : -1;
    if (ofName >= 0 || andName >= 0) {
      last = Math.max(ofName, andName);
      continue;
    }
    // "Procter & Gamble", "Harlow & Finch Co": an ampersand between capitalised words joins one name.
    const joined = doc.tokens[next + 1];
    if (token.text === '&' && spaced && joined && joined.index <= sentence.last && !blocked.has(joined.index) && capitalised(joined)) last = next + 1;
    else if (gluedInside(doc, last)) last = next;
    else if (spaced && (continuesName(token) || isVersion(doc, next))) last = next;
    else return last;
  }
}

export function guessKind(name: string): EntityKind {
  if (COMPANY_ENDINGS.test(name)) return 'COMPANY';
  if (/\d/.test(name)) return 'MODEL';
  return 'OTHER';
}

/** Words the article also writes in lower case are common words, even where they open a sentence ("Developers ..."). */
const lowerCaseWords = new WeakMap<ArticleDocument, Set<string>>();
function writtenLowerCase(doc: ArticleDocument, word: string): boolean {
  let words = lowerCaseWords.get(doc);
  if (!words) {
    words = new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal));
    lowerCaseWords.set(doc, words);
  }
  return words.has(word);
}

/**
 * Words the article writes capitalised inside a sentence, opening a name there: names it uses, wherever else they
 * stand. A later word of a name says nothing of the word alone: "Halvard Power" makes no name of "Power generation".
 */
const midSentenceNames = new WeakMap<ArticleDocument, Set<string>>();
function capitalisedMidSentence(doc: ArticleDocument, word: string): boolean {
  let words = midSentenceNames.get(doc);
  if (!words) {
    const opensName = (t: Token, before: Token): boolean => before.sentence === t.sentence && !/^["“'‘(—–:-]$/.test(before.text) && !/^\p{Lu}/u.test(before.text);
    words = new Set(doc.tokens.filter((t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && opensName(t, doc.tokens[i - 1]!)).map((t) => t.normal));
    midSentenceNames.set(doc, words);
  }
  return words.has(word);
}

/**
 * "Climate Solutions, which makes heat pumps, …" in an article that also writes "climate-control" and "Our Climate
 * Solutions order book": the two capitalised words written together inside another sentence are a name, though the
 * article writes the first alone in lower case.
 */
function runWrittenInside(doc: ArticleDocument, token: Token): boolean {
  const next = doc.tokens[token.index + 1];
  if (next === undefined || next.sentence !== token.sentence || !/^\p{Lu}\p{Ll}/u.test(next.text) || doc.text.slice(token.end, next.start) !== ' ') return false;
  const run = `${token.text} ${next.text}`;
  for (let at = doc.text.indexOf(run); at >= 0; at = doc.text.indexOf(run, at + 1)) {
    if (at === token.start) continue;
    // Not another sentence's opening: a word or a comma stands before it.
    if (/[\p{L}\p{N},]\s+$/u.test(doc.text.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

/** Endings of abstract nouns ("Competition", "Investment"), which open sentences far more often than names do. */
const ABSTRACT = /(?:tion|sion|ment|ness|ance|ence|ship|ism|ure|ing|ity)$/;

/**
 * A sentence's first word might just be capitalised for standing first. It opens a name if a capitalised word
 * follows ("Amazon Web Services"), if the article also capitalises it mid-sentence, or if the language does not know
 * it ("Nvidia"); a word it knows, if it stands as a subject ("Acme holds", "Oracle, which") and does not look like an
 * abstract noun ("Competition intensified"). Never a word the article writes lower-case, nor an inflected one
 * ("Shares", "Teams": plurals, as the lemma of the lower-cased word shows).
 */
function nameOpensSentence(doc: ArticleDocument, token: Token): boolean {
  if (writtenLowerCase(doc, token.normal) && !runWrittenInside(doc, token)) return false;
  // "Annualising third-quarter revenue gives …", "Excluding one-offs, …": a verb's -ing form opening its phrase (a
  // lower-case word after it that is no verb). Known as a verb's form, or made with -ise/-ize; not "Boeing on
  // Tuesday reported", "Kering shares fell", "Harding said".
  const after = doc.tokens[token.index + 1];
  const gerund = /ing$/.test(token.normal) && (factsOf(token.normal).lemma !== token.normal || /i[sz]ing$/.test(token.normal));
  if (gerund && after?.sentence === token.sentence && /^\p{Ll}/u.test(after.text) && after.pos !== 'VERB' && after.pos !== 'AUX') return false;
  // "Tessellate AI said …": a word the tagger reads as a verb at the start is a name when the article capitalises it
  // mid-sentence too ("a day after Tessellate released"), which it would not do to a verb, or when a capitalised word
  // runs on from it into a subject ("Tessellate AI said", "Tessellate AI, the start-up, …").
  // Not a word in capitals ("SHANGHAI, Oct 28 (Reuters) -" is a dateline, even where "Shanghai" is a name later).
  const verbAsName = token.pos === 'VERB' && !/^\p{Lu}+$/u.test(token.text) && (capitalisedMidSentence(doc, token.normal) || namesSubject(doc, token));
  // "Home Depot reported …", "Best Buy said …", "Wells Fargo reported …", "Marks & Spencer said …": a common word
  // opening a run of capitalised words that is the subject of a verb is the first word of the name.
  // Not a word that looks like an abstract noun or a gerund ("Streaming Netflix"), unless the tagger reads it as a name.
  const opensNamedSubject = namesSubject(doc, token) && (token.pos === 'PROPN' || !ABSTRACT.test(token.normal));
  if (token.pos !== 'PROPN' && !verbAsName && !(opensNamedSubject && /^(?:NOUN|ADJ|VERB|ADV)$/.test(token.pos))) return false;
  const facts = factsOf(token.normal);
  // An inflected word ("Shares": "share") is no name. The lexicon gives a few places' lemmas capitalised ("Taiwan"),
  // which are read as the places other countries are; other words with such lemmas ("Kenya", "Jordan") stay out.
  if (facts.lemma !== token.normal && !(facts.lemma.toLowerCase() === token.normal && isPlaceName(token.normal)) && !opensNamedSubject) return false;
  const next = doc.tokens[token.index + 1];
  const sameSentence = next !== undefined && next.sentence === token.sentence;
  const runsOn = sameSentence && next.start > token.end && continuesName(next);
  // "Apple's shipments jumped": a sentence opens with a name's possessive far more often than a common noun's.
  const possessive = sameSentence && /^['’]s$/.test(next.normal);
  if (runsOn || possessive || opensNamedSubject || capitalisedMidSentence(doc, token.normal) || !facts.inLexicon) return true;
  // "Monthly churn improved", "Quarterly sales rose", "Roughly 40% of …": how often or about how much, not a name
  // (a closed list: "Ally", "Bally" are companies).
  if (/^(?:dai|week|month|quarter|year|annual|hour|night|near|rough|approximate|initial|previous|recent|current|final|ear)ly$/.test(token.normal)) return false;
  // "Annual recurring revenue has passed …": a word before a participle that modifies a noun is an adjective; and
  // before a "verb" another verb follows ("Gross churn fell"), which makes the first a noun and the word its adjective.
  const modifies = next !== undefined && next.pos === 'VERB' && verbTagOnModifier(doc, next.index);
  const asSubject = sameSentence && !modifies && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',');
  return asSubject && !ABSTRACT.test(token.normal);
}

/** Verbs a sentence opens with as a command to the reader: "Consider Nvidia, which …", "Take Brambleway, whose …". */
const IMPERATIVE_OPENERS =
  /^(?:consider|take|meet|compare|expect|see|look|watch|read|note|ask|imagine|remember|think|join|let|make|try|keep|call|visit|follow|check|find|get|give|tell|say|put|use|buy|sell|add|mind|picture|contrast|forget)$/;

/** Titles and words a sentence opens with before a name that are no part of it: "Chief Executive Tim Cook said". */
const NOT_NAME_OPENERS = new Set<string>([
  ...PERSON_TITLES, 'chair', 'analyst', 'analysts', 'senior', 'managing', 'minister', 'secretary', 'governor', 'head',
  'economist', 'professor', 'dr', 'mr', 'mrs', 'ms', 'sir', 'lord', 'judge', 'senator', 'commissioner', 'shares',
  'investors', 'sales', 'revenue', 'revenues', 'net', 'operating', 'monthly', 'data', 'rival', 'rivals', 'peer', 'peers',
  'customers', 'users', 'former', 'then', 'new', 'both', 'only', 'even', 'also', 'meanwhile', 'still', 'today', 'here', 'there',
]);
/** Words of a name after its first, at most: "Tata Consultancy Services", "Goldman Sachs Group". */
const RUN_AFTER_FIRST_WORD = 3;

/**
 * "Tessellate AI said", "Tessellate AI, the …", "Ford Motor Co reported", "Wells Fargo's revenue": the word, one to
 * three capitalised words glued on after it ("&" between them: "Marks & Spencer"), then a verb, a comma or a possessive.
 */
function namesSubject(doc: ArticleDocument, token: Token): boolean {
  if (IMPERATIVE_OPENERS.test(token.normal) || NOT_NAME_OPENERS.has(token.normal)) return false;
  let k = token.index + 1;
  let words = 0;
  while (words < RUN_AFTER_FIRST_WORD) {
    const next = doc.tokens[k];
    // "Marks & Spencer"; "Rolls-Royce", "Mercedes-Benz" (a hyphen glued on both sides).
    const joined = doc.tokens[k + 1];
    if ((next?.text === '&' || hyphenJoins(doc, k)) && joined && /^\p{Lu}/u.test(joined.text)) {
      k += 1;
      continue;
    }
    if (next === undefined || next.sentence !== token.sentence || !/^\p{Lu}/u.test(next.text) || !continuesName(next)) break;
    words += 1;
    k += 1;
  }
  const after = doc.tokens[k];
  if (words === 0 || after === undefined || after.sentence !== token.sentence) return false;
  return after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX' || /^['’]s$/.test(after.normal) || REPORTING_VERB.test(after.normal);
}

/** Verbs a company's name is the subject of, whatever the tagger reads them as ("Best Buy said": "said" tagged ADJ). */
const REPORTING_VERB = /^(?:said|says|reported|reports|posted|posts|announced|announces|expects|expected|added|raised|has|had|is|was|will)$/;

/**
 * A known name that runs on into a longer one ("Nimbus" in "Nimbus Serverless", "GitHub" in "GitHub Copilot") names
 * something else: the longer name, proposed as a new entity. Null when the known name stands alone.
 */
export function longerName(doc: ArticleDocument, sentence: Sentence, known: Mention, blocked: readonly TokenRange[]): Mention | null {
  if (known.possessive || isTitleCase(doc, sentence)) return null;
  const last = extend(doc, sentence, known.last, new TokenMask(sentence, blocked));
  if (last === known.last || last - known.first >= MAX_NAME_TOKENS) return null;
  const text = doc.text.slice(known.start, doc.tokens[last]!.end);
  return { first: known.first, last, start: known.start, end: doc.tokens[last]!.end, text, name: text, kind: guessKind(text), entity: null, possessive: possessiveAfter(doc, last) };
}

/** Units written in capitals, never a party: "15.6 GW", "41.2 TWh", "a 5,000 mAh battery" (not bytes: "KB Financial"). */
const UNIT_SYMBOLS = /^(?:[kMGT]Wh?|Wh|mAh|[MG]bps|[kMG]Hz|[MG]Wp)$/;

/** The text glued together from token `i` on ("R12", ".", "4bn" is "R12.4bn"), and the token after it. */
function gluedFrom(doc: ArticleDocument, i: number): { text: string; next: Token | undefined } {
  let text = doc.tokens[i]!.text;
  let k = i + 1;
  while (doc.tokens[k] && doc.tokens[k]!.start === doc.tokens[k - 1]!.end && doc.tokens[k]!.sentence === doc.tokens[i]!.sentence) text += doc.tokens[k++]!.text;
  return { text, next: doc.tokens[k] };
}

/** "R12.4bn", "R1.7 billion" (or any "R96" in an article in rand): an amount in rand starts at token `i`. */
function randAmountAt(doc: ArticleDocument, i: number): boolean {
  if (!/^R\d/.test(doc.tokens[i]!.text)) return false;
  // In an article in rand every "R96" is an amount.
  if (countsInRand(doc)) return true;
  const glued = gluedFrom(doc, i);
  // A full stop glued on after the amount closes the sentence: "… to R15.1bn."
  return RAND_AMOUNT_AT_START.test(`${glued.text.replace(/\.$/, '')} ${glued.next?.text ?? ''}`);
}

/** The value parser's rand amount (RAND_AMOUNT), at the start of a text. */
const RAND_AMOUNT_AT_START = new RegExp(`^${RAND_AMOUNT}`);

/**
 * "South Korean carmakers", "the American said": a run ending in a demonym before a lower-case word describes, and
 * names no party. "Anglo American said …", a longer name a verb follows, is a party's.
 */
function describedByDemonym(doc: ArticleDocument, first: number, last: number): boolean {
  const following = doc.tokens[last + 1];
  if (!DEMONYM.test(doc.tokens[last]!.normal) || following?.sentence !== doc.tokens[first]!.sentence || !/^\p{Ll}/u.test(following.text)) return false;
  const namedParty = last > first && doc.tokens[first - 1]?.normal !== 'the' && /^(?:VERB|AUX)$/.test(following.pos);
  return !namedParty;
}

/**
 * "MARINA Pacific Bank Group (MPB) posted …": some papers set a paragraph's first word in capitals. A name opening a
 * paragraph whose first word alone is in capitals, with words in title case after it, is the name in title case
 * ("Marina Pacific Bank Group") where the article also writes that word so ("Marina Pacific Bank FY profit up 4%").
 * Not an acronym ("ICICI Bank", "HUDCO Ltd", "IBM Research"), which the article writes in capitals throughout; nor
 * "the STOXX Europe 600" inside a sentence.
 */
function withoutDropCap(doc: ArticleDocument, text: string): string {
  const match = /^(\p{Lu})(\p{Lu}{4,})(\s+\p{Lu}\p{Ll})/u.exec(text);
  if (!match) return text;
  const titled = `${match[1]}${match[2]!.toLowerCase()}`;
  return new RegExp(`\\b${titled}\\b`).test(doc.text) ? `${titled}${text.slice(titled.length)}` : text;
}

/** Capitalised names in the sentence outside `blocked` (known mentions, dates); a sentence's first word only if tagged a proper noun. */
export function findNewNames(doc: ArticleDocument, sentence: Sentence, blocked: readonly TokenRange[]): Mention[] {
  if (isTitleCase(doc, sentence)) return [];
  const names: Mention[] = [];
  const mask = new TokenMask(sentence, blocked);
  // "DALLAS (AP) — Crestline Airways said …": a dateline's place is no party.
  const proper = sentenceStart(doc, sentence);
  for (let i = proper; i <= sentence.last; i++) {
    const token = doc.tokens[i]!;
    // "NII Holdings said …": a measure's acronym opens a name when a word of a name in title case follows it.
    // So does "Global" where a name it opens is the subject of a verb: "Global Payments said", not "Global PC shipments".
    const opensLongerName =
      (MEASURE_ACRONYMS.includes(token.normal) && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '') && doc.tokens[i + 1]!.sentence === token.sentence) ||
      (token.normal === 'global' && namesSubject(doc, token));
    if (mask.has(i) || (!capitalised(token) && !opensLongerName) || COMMON_OPENERS.has(token.normal) || UNIT_SYMBOLS.test(token.text)) continue;
    // "draws up to 700 W": watts after a number (not "W Hotels").
    if (/^W\.?$/.test(token.text) && doc.tokens[i - 1]?.type === 'number') continue;
    // "SAN FRANCISCO": a word in capitals next to another is a dateline or shouting, not a name.
    const caps = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
    if (caps(token) && (caps(doc.tokens[i - 1]) || caps(doc.tokens[i + 1]))) continue;
    // "R12.4bn", "R8bn": the rand's sign and its amount, not a name; nor "RM2.6 billion", "SAR 400 billion", "VND190".
    if (randAmountAt(doc, i) || currencyCodeAt(token, doc.tokens[i + 1])) continue;
    // "$500M", "9B": a letter glued to a number is its unit; "HK$3 billion": letters glued to "$" name a dollar.
    const previous = doc.tokens[i - 1];
    if (previous && previous.end === token.start && /\p{N}$/u.test(previous.text)) continue;
    const sign = doc.tokens[i + 1];
    if (sign && sign.start === token.end && sign.text === '$') continue;
    // wink's one token for "A$", "C$", "NT$": a dollar's sign, not a name.
    if (/^\p{Lu}{1,3}\$$/u.test(token.text)) continue;
    const opensSentence = i === sentence.first || /^["“'‘(—–:-]$/.test(doc.tokens[i - 1]?.text ?? '');
    // "Bank of America reported …": an institution named with "of" is a name wherever it stands.
    if (opensSentence && !LOWER_FIRST_BRAND.test(token.text) && !nameOpensSentence(doc, token) && throughOf(doc, sentence, i + 1, mask) < 0) continue;
    const last = extend(doc, sentence, i, mask);
    const start = token.start;
    const end = doc.tokens[last]!.end;
    const text = doc.text.slice(start, end);
    i = last;
    // "SAN FRANCISCO": several words in capitals are a dateline or shouting, not a name; one letter names nothing.
    if (/\s/.test(text) && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) continue;
    // "topped Wall Street's profit expectations": the markets, never a party a figure belongs to.
    if (NOT_PARTIES.has(text.toLowerCase()) || HOLIDAY.test(text)) continue;
    // "between the Pacific coast and …", "the Gulf coast": a name after "the" and before a landform in lower case is part
    // of a place (not "Maersk ocean revenue", a segment).
    if (doc.tokens[token.index - 1]?.normal === 'the' && LANDFORM.test(doc.tokens[last + 1]?.text ?? '')) continue;
    // "Adjusted EBITDA was $241 million", "Underlying EPS": a run ending in a measure is the measure, not a name; so is
    // one a measure's adjective opens and a profit word ends ("Underlying Operating Profit rose"; not "Realty Income").
    if (MEASURE_AT_END.test(doc.tokens[last]!.normal)) continue;
    if (MEASURE_OPENER.test(token.normal) && PROFIT_AT_END.test(doc.tokens[last]!.normal)) continue;
    // "desktop PCs", "SIMs", "GPUs": an acronym in the plural is a kind of thing, not a party.
    if (/^\p{Lu}{2,}s$/u.test(text)) continue;
    // One letter names nothing; a long capitalised run is a title, not a name.
    if (text.length < 2 || last - token.index >= MAX_NAME_TOKENS || text.length > 100) continue;
    // "Chief Financial Officer", "Chief Operating Officer": the middle of a title.
    if (doc.tokens[i - 1]?.normal === 'chief' && doc.tokens[last + 1]?.normal === 'officer') continue;
    // "The Series F round", "a $27 million Series A in March": a funding round's name is no party ("A" is no name
    // word, so the run may stop before it).
    if (/^Series(?: [A-H]\d?)?$/.test(text)) continue;
    // "The Stockholm-based company", "SoftBank-backed Acme": the glued-on word makes it a description.
    if (describes(doc, last) || describesRoleHolder(doc, last)) continue;
    if (describedByDemonym(doc, token.index, last)) continue;
    const name = opensSentence && opensParagraph(doc, token.index) ? withoutDropCap(doc, text) : text;
    names.push({ first: token.index, last, start, end, text, name, kind: guessKind(name), entity: null, possessive: possessiveAfter(doc, last) });
  }
  return names;
}
