/** Issue 2: what the built manifests ask for, and that no remote code ships in either build. */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { TAG_INSTRUCTION } from '../../lib/contests/announcement/vocabulary';
import { REVIEW_MESSAGES } from '../../lib/i18n/messages/review';

const builds = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const HOSTS = ['https://www.gate.com/*', 'https://www.gate.io/*'];
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('Chrome MV3 asks only for storage, alarms, activeTab and Gate Square, with a wasm-only CSP', () => {
  const m = manifest(builds.chrome);
  expect(m.manifest_version).toBe(3);
  expect(m.default_locale).toBe('zh_TW');
  // activeTab shows no install warning: the popup looks at the page it was opened on (mirrors).
  expect(m.permissions.sort()).toEqual(['activeTab', 'alarms', 'storage'].concat(m.permissions.includes('offscreen') ? ['offscreen'] : []).sort());
  expect(m.host_permissions).toEqual(HOSTS);
  expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '96', '128']);
  // runtime.getContexts (the offscreen OCR document) needs Chrome 116.
  expect(m.minimum_chrome_version).toBe('148');
});

test('Firefox MV2 has a stable add-on id, the same permissions and the same CSP', () => {
  const m = manifest(builds.firefox);
  expect(m.manifest_version).toBe(2);
  expect(m.browser_specific_settings.gecko.id).toBe('gate-square-checklist@contest-tools.dev');
  expect(m.permissions.sort()).toEqual(['activeTab', 'alarms', 'storage', ...HOSTS].sort());
  expect(m.content_security_policy).toBe(CSP);
  // A Chrome-only key: Firefox gives its minimum in browser_specific_settings.
  expect(m.minimum_chrome_version).toBeUndefined();
  expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
});

test('name and description exist in zh_TW, zh_CN and en', () => {
  for (const locale of ['zh_TW', 'zh_CN', 'en']) {
    for (const dir of Object.values(builds)) {
      const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(3);
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  }
});

test('no build loads code or data from a remote host', () => {
  for (const dir of Object.values(builds)) {
    for (const file of files(dir).filter((f) => /\.(m?js|html|json)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/https?:\/\/(cdn\.|unpkg\.com|[\w.]*jsdelivr\.net|tessdata\.projectnaptha\.com|raw\.githubusercontent\.com)/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  }
});

/**
 * Issue 19: the content script runs on every Gate page, so it stays within 160 KB minified (the
 * panel and the review load on Gate Square pages only, as the web-accessible gate-square-panel.js).
 * `npx tsx scripts/content-script-size.ts` says which modules take the bytes.
 */
test('the content script on every Gate page is at most 160 KB minified; the panel module is web-accessible and not listed as a content script', () => {
  const LIMIT = 160 * 1024;
  for (const dir of Object.values(builds)) {
    const m = manifest(dir);
    const scripts: string[] = m.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts).toEqual(['content-scripts/gate-square.js']);
    for (const script of scripts) expect(statSync(path.join(dir, script)).size, `${dir}/${script}`).toBeLessThanOrEqual(LIMIT);
    expect(statSync(path.join(dir, 'gate-square-panel.js')).size).toBeGreaterThan(0);
  }
  const modules = ['gate-square-panel.js', 'gate-square-review.js'];
  expect(manifest(builds.chrome).web_accessible_resources).toEqual([{ resources: modules, matches: ['https://*/*'], use_dynamic_url: true }]);
  expect(manifest(builds.firefox).web_accessible_resources).toEqual(modules);
});

/**
 * Issue 19: the review of an announced contest (its form and its messages) is needed only on a
 * post's page that offers a contest to track: it is the web-accessible gate-square-review.js, which
 * the track offer imports, and no byte of it rides in the panel module of every Gate Square page.
 * The announcement reader, its detector included, answers from the background.
 */
test('the review and its messages are in the review module only, the reader in the background, none in the panel module', () => {
  const keys = Object.keys(REVIEW_MESSAGES);
  expect(keys.length).toBeGreaterThan(20);
  for (const dir of Object.values(builds)) {
    const panel = readFileSync(path.join(dir, 'gate-square-panel.js'), 'utf8');
    const review = readFileSync(path.join(dir, 'gate-square-review.js'), 'utf8');
    for (const key of keys) {
      expect(panel, `${dir}/gate-square-panel.js has the review message ${key}`).not.toContain(`"${key}"`);
      expect(review, `${dir}/gate-square-review.js lacks the review message ${key}`).toContain(`"${key}"`);
    }
    // The review form itself (components/ContestReview.tsx) and the track offer's loader.
    expect(panel).not.toContain('"contest-review"');
    expect(review).toContain('"contest-review"');
    expect(panel).toContain('/gate-square-review.js');
    // The detector's "add the tag" pattern (lib/contests/announcement/vocabulary.ts).
    const background = readFileSync(path.join(dir, 'background.js'), 'utf8');
    expect(panel).not.toContain(TAG_INSTRUCTION.source);
    expect(background).toContain(TAG_INSTRUCTION.source);
  }
});
