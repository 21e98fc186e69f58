/**
 * UI language and message lookup, pure so the CLI, the tests and every entrypoint share it.
 * Messages are data: a rule returns `{ key, params }`, the UI turns it into text in the writer's
 * language. Traditional Chinese is the default (Gate Square's home audience).
 */
import type { Lang } from '../contests/schema';
import { UI_MESSAGES } from './messages/ui';

export type { Lang };
/**
 * A param is a value, or a list of message keys: the list is said in the UI language, each key
 * translated and the whole joined as alternatives ("充值記錄、交易頁面或 CandyDrop 報名",
 * "deposit record, trading page or CandyDrop registration").
 */
export type Params = Record<string, string | number | readonly string[]>;
export interface Msg {
  key: string;
  params?: Params;
}
export type MessageTable = Record<string, Record<Lang, string>>;

const TABLES: MessageTable[] = [UI_MESSAGES];

/** Register another table (each feature owns its messages). Later keys win. */
export function registerMessages(table: MessageTable): void {
  if (!TABLES.includes(table)) TABLES.unshift(table);
}

/**
 * Pick the UI language from the browser's preferred languages (navigator.languages order).
 * zh-TW/zh-HK/zh-MO/zh-Hant → zh-Hant; other zh → zh-Hans; en → en; nothing known → zh-Hant.
 */
export function pickLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      // The script, when named, decides (zh-Hans-HK is Simplified); else the region.
      return /hans/.test(lower) ? 'zh-Hans' : /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-Hant';
}

/** Whether some registered table has this key (pure lookups, e.g. a message per failure reason). */
export function hasMessage(key: string): boolean {
  return TABLES.some((table) => key in table);
}

/** "{n} / {min} 字" with params filled in; an unknown key shows itself rather than nothing. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  for (const table of TABLES) {
    const entry = table[key];
    if (entry) return fill(entry[lang] ?? entry.en, params, lang);
  }
  return key;
}

export function tm(lang: Lang, msg: Msg): string {
  return t(lang, msg.key, msg.params);
}

function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return Array.isArray(value)
      ? listOf(
          lang,
          value.map((key) => t(lang, key)),
        )
      : String(value);
  });
}

/** "A、B或C" / "A, B or C": alternatives in the UI language. */
function listOf(lang: Lang, items: readonly string[]): string {
  if (typeof Intl.ListFormat === 'function') return new Intl.ListFormat(intlLocale(lang), { type: 'disjunction' }).format(items);
  return items.join(lang === 'en' ? ', ' : '、');
}

/** Format a number in the UI language (Intl), e.g. 70,000. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

export function intlLocale(lang: Lang): string {
  return lang === 'zh-Hant' ? 'zh-TW' : lang === 'zh-Hans' ? 'zh-CN' : 'en';
}
