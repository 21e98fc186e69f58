/**
 * The host UI words the screenshot check reads pages by, from one versioned data file
 * (host-words.json: Gate's words first, other exchanges' after), validated here once at load. Pure.
 *
 * Contests keep only their policy (which kinds of proof, the token, optional extra words): the
 * words of Gate's pages are the same for every contest and live only here.
 */
import * as z from 'zod/mini';
import data from './host-words.json';

const Word = z.string().check(z.minLength(1), z.maxLength(60));
const Words = z.array(Word).check(z.maxLength(80));
const LangWords = z.strictObject({ 'zh-Hans': z.optional(Words), 'zh-Hant': z.optional(Words), en: z.optional(Words) });
/** Words per host (gate, okx, binance…), each per language. */
const ByHost = z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), LangWords);
const Comment = z.optional(z.string());

const KindWords = z.strictObject({
  /** Headings that name the page (充值記錄, Deposit History). */
  titles: ByHost,
  /** Headings of a records table of this kind (its rows are proof by themselves). */
  recordTitles: z.optional(ByHost),
  /** Things that page shows (an address and a network for a deposit, an order book for a trade). */
  distinctive: ByHost,
  /** What only this page shows, never its look-alike (deposit: the address to send to, not a field). */
  only: z.optional(ByHost),
  /** What the page and its look-alike both show (the coin picker): never enough alone. */
  shared: z.optional(ByHost),
});

/** A page that is evidence of something else: `need` of its words, one of them a `key` word. */
const OtherPageWords = z.strictObject({ need: z.int().check(z.positive()), key: ByHost, words: ByHost });

const VocabularySchema = z.strictObject({
  $comment: Comment,
  version: z.literal(1),
  /** The host's navigation and tab bar: runs of these are chrome, never a page's subject. */
  chrome: ByHost,
  kinds: z.strictObject({ deposit: KindWords, trade: KindWords, candydrop: KindWords, staking: KindWords }),
  records: z.strictObject({ $comment: Comment, done: ByHost, pending: ByHost }),
  withdraw: z.strictObject({ titles: ByHost, recordTitles: ByHost, only: ByHost, shared: ByHost }),
  pages: z.strictObject({
    $comment: Comment,
    login: OtherPageWords,
    apiKeys: OtherPageWords,
    assets: OtherPageWords,
    menu: OtherPageWords,
    post: OtherPageWords,
  }),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;
type HostWords = z.infer<typeof ByHost>;

/** Validate vocabulary data; throws with the path of the first problem. */
export function parseVocabulary(raw: unknown): Vocabulary {
  const parsed = VocabularySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`host-words.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export const VOCABULARY: Vocabulary = parseVocabulary(data);

/** Every word of every host and language, hosts in the file's order (Gate's first), each once. */
export function allWords(byHost: HostWords | undefined): string[] {
  const out = new Set<string>();
  for (const langs of Object.values(byHost ?? {})) for (const list of Object.values(langs)) for (const w of list ?? []) out.add(w);
  return [...out];
}

/** The pages that are evidence of something else, in the order they are tried. */
export const OTHER_PAGES = ['login', 'apiKeys', 'menu', 'assets', 'post'] as const;
export type OtherPage = (typeof OTHER_PAGES)[number];
