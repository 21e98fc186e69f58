/**
 * The writer's settings: one zod schema, defaults, and a parser that never throws. Pure; the
 * storage adapter (lib/settings/storage.ts) reads and writes them.
 */
import * as z from 'zod/mini';

/** The language the screenshots are in; `auto` follows the Gate page's language. */
export const OCR_LANGUAGE_CHOICES = ['auto', 'zh-Hant', 'zh-Hans', 'en'] as const;
export type OcrLanguageChoice = (typeof OCR_LANGUAGE_CHOICES)[number];

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const Hostname = z.string().check(z.trim(), z.toLowerCase(), z.regex(HOSTNAME, 'a host name such as www.gate.com'));

/** A host name the writer typed ("www.gate.example"), as the settings will accept it. */
export function isHostname(host: string): boolean {
  return HOSTNAME.test(host.trim().toLowerCase());
}

export const SettingsSchema = z.object({
  /** Ask "publish anyway?" when a required item fails and the writer clicks 發布. */
  publishGuard: z.boolean(),
  /** Hosts where the writer hid the panel. */
  disabledHosts: z.array(Hostname),
  /** Gate mirror hosts the writer added (each granted through an optional host permission). */
  extraHosts: z.array(Hostname),
  ocrLanguages: z.enum(OCR_LANGUAGE_CHOICES),
  /** Notifications 24 h and 1 h before the deadline (opt-in). */
  notifications: z.boolean(),
  /**
   * Keep each entry's text with its receipt (lib/settings/entries.ts); off, only its fingerprint.
   * Added after version 2 without a migration: settings stored before read it as its default.
   */
  keepEntryText: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  publishGuard: true,
  disabledHosts: [],
  extraHosts: [],
  ocrLanguages: 'auto',
  notifications: false,
  keepEntryText: false,
};

export type SettingsRead = { settings: Settings; problem: null } | { settings: Settings; problem: 'corrupt' };

/**
 * Stored settings as the extension can trust them: missing fields take their defaults; data that
 * is not settings at all (corrupt, or written by something else) falls back to the defaults and
 * says so, so the UI can tell the writer.
 */
export function parseSettings(stored: unknown): SettingsRead {
  if (stored == null) return { settings: DEFAULT_SETTINGS, problem: null };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { settings: DEFAULT_SETTINGS, problem: 'corrupt' };
  const merged = { ...DEFAULT_SETTINGS, ...(stored as Record<string, unknown>) };
  const result = SettingsSchema.safeParse(merged);
  return result.success ? { settings: result.data, problem: null } : { settings: DEFAULT_SETTINGS, problem: 'corrupt' };
}

/**
 * Version 1 stored the OCR languages as tesseract model lists ("chi_tra+eng"); version 2 stores the
 * language the screenshots are in ("zh-Hant"), which the OCR host turns into models. Anything else
 * passes through untouched, for parseSettings to judge.
 */
export function migrateSettingsV2(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const v1 = stored as Record<string, unknown>;
  const langs: Record<string, OcrLanguageChoice> = {
    'chi_tra+eng': 'zh-Hant',
    'chi_sim+eng': 'zh-Hans',
    eng: 'en',
    'chi_tra+chi_sim+eng': 'auto',
  };
  const ocr = typeof v1.ocrLanguages === 'string' ? langs[v1.ocrLanguages] : undefined;
  return ocr ? { ...v1, ocrLanguages: ocr } : v1;
}
