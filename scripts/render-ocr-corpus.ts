/**
 * Renders the OCR test corpus: HTML imitations of Gate pages (scripts/ocr-corpus/pages.ts) taken as
 * screenshots by Chromium into tests/fixtures/ocr/, with tests/fixtures/ocr/labels.json saying what
 * each image shows. Deterministic (seeded), so re-rendering changes nothing unless a template does.
 *
 *   npm run render:ocr-corpus            # all images
 *   npm run render:ocr-corpus -- deposit # only files whose name contains "deposit"
 *   npm run render:ocr-corpus -- --world # only the world-render fixtures (sharp, no browser), labels merged
 *
 * Besides the HTML pages, a few world renders (tests/ocr/world-cases.ts worldFixtures(): words from
 * tests/ocr/gate-ui-strings.ts, phones at 1× and 3×, login and API-key pages) are written by sharp.
 *
 * Desktop: 1280×800 at DPR 1 → PNG. Phone: 390×844 at DPR 3 (1170×2532) → JPEG q80, as phones save
 * and messengers forward them. A few extra sizes imitate what writers really attach (a retina
 * desktop, a phone picture recompressed at 720 px wide, crops of a phone screen, a 1920×1080
 * desktop, a JPEG at quality 40). Negatives: other coins' deposit/trade pages
 * and CandyDrop, Square posts and news that mention WXTM, an unrelated page, photo-like pictures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderPage, renderPhoto, type PageId, type Size, type Theme } from './ocr-corpus/pages';
import type { CorpusLang } from './ocr-corpus/strings';
import { worldFixtures, type WorldFixtureLabel } from '../tests/ocr/world-cases';
import { cliArgs } from './cli-input';

export interface CorpusLabel {
  file: string;
  /** What the page is, as the classifier must say it. */
  kind: 'deposit' | 'trade' | 'candydrop' | 'none';
  /** True when the image is proof of activity in the contest's token (WXTM). */
  token: boolean;
  lang: CorpusLang | 'none';
  theme: Theme | 'photo';
  size: Size | 'retina' | 'phone-720' | 'phone-crop' | 'desktop-1920' | 'desktop-q40' | 'photo' | WorldFixtureLabel['size'];
  page: PageId | 'photo' | WorldFixtureLabel['page'];
  coin: string;
}

/** The world-render fixtures (sharp, no browser): written when their name passes the filter; their labels always listed. */
async function writeWorld(filter: string[]): Promise<CorpusLabel[]> {
  const labels: CorpusLabel[] = [];
  for (const { label, make } of worldFixtures()) {
    labels.push(label);
    if (filter.length && !filter.some((f) => label.file.includes(f))) continue;
    const buf = await make();
    writeFileSync(join(OUT, label.file), buf);
    console.log(`${label.file}  ${(buf.length / 1024).toFixed(0)} KiB`);
  }
  return labels;
}

interface Shot {
  label: CorpusLabel;
  html: string;
  viewport: { width: number; height: number };
  dpr: number;
  type: 'png' | 'jpeg';
  quality?: number;
  /** Part of the page only, in CSS px (a writer's crop). */
  clip?: { x: number; y: number; width: number; height: number };
}

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'ocr');
const LANGS: CorpusLang[] = ['zh-Hant', 'zh-Hans', 'en'];
const THEMES: Theme[] = ['dark', 'light'];
const SIZES: Size[] = ['desktop', 'phone'];

const KIND_OF: Record<PageId, CorpusLabel['kind']> = {
  deposit: 'deposit',
  'deposit-records': 'deposit',
  spot: 'trade',
  orders: 'trade',
  candydrop: 'candydrop',
  square: 'none',
  news: 'none',
  security: 'none',
};

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

type ShotSize = Size | 'retina' | 'phone-720' | 'phone-crop' | 'desktop-1920' | 'desktop-q40';

function shot(page: PageId, coin: string, lang: CorpusLang, theme: Theme, size: ShotSize, seed: number): Shot {
  const layout: Size = size.startsWith('phone') ? 'phone' : 'desktop';
  const kind = KIND_OF[page];
  const ext = layout === 'phone' || size === 'retina' || size === 'desktop-q40' ? 'jpg' : 'png';
  const file = `${page}-${slug(coin)}-${slug(lang)}-${theme}-${size}.${ext}`;
  const dpr = { phone: 3, 'phone-720': 720 / 390, 'phone-crop': 3, retina: 2, desktop: 1, 'desktop-1920': 1, 'desktop-q40': 1 }[size];
  return {
    label: { file, kind, token: kind !== 'none' && coin === 'WXTM', lang, theme, size, page, coin },
    html: renderPage({ page, coin, lang, theme, size: layout }, seed),
    viewport: layout === 'phone' ? { width: 390, height: 844 } : size === 'desktop-1920' ? { width: 1920, height: 1080 } : { width: 1280, height: 800 },
    dpr,
    type: ext === 'png' ? 'png' : 'jpeg',
    quality: size === 'phone-720' ? 70 : size === 'desktop-q40' ? 40 : 80,
    // A crop of the middle of a phone screen: landscape-shaped, so its size says nothing of its DPR.
    clip: size === 'phone-crop' ? { x: 0, y: 60, width: 390, height: 330 } : undefined,
  };
}

function corpus(): Shot[] {
  const shots: Shot[] = [];
  let i = 0;
  // Positives: every kind × language × theme × size, alternating the two pages of deposit and trade.
  for (const lang of LANGS)
    for (const theme of THEMES)
      for (const size of SIZES) {
        const alt = i++ % 2 === 1;
        shots.push(shot(alt ? 'deposit-records' : 'deposit', 'WXTM', lang, theme, size, i));
        shots.push(shot(alt ? 'spot' : 'orders', 'WXTM', lang, theme, size, i + 100));
        shots.push(shot('candydrop', 'WXTM', lang, theme, size, i + 200));
      }
  // What writers really attach besides: a retina desktop, a phone shot recompressed to 720 px.
  shots.push(shot('spot', 'WXTM', 'zh-Hant', 'dark', 'retina', 301));
  shots.push(shot('deposit-records', 'WXTM', 'zh-Hans', 'dark', 'phone-720', 302));
  shots.push(shot('deposit-records', 'WXTM', 'zh-Hant', 'dark', 'phone-crop', 303));
  shots.push(shot('candydrop', 'WXTM', 'en', 'dark', 'phone-crop', 304));
  shots.push(shot('orders', 'WXTM', 'zh-Hans', 'light', 'desktop-1920', 305));
  shots.push(shot('candydrop', 'WXTM', 'zh-Hant', 'light', 'desktop-q40', 306));
  // Negatives: other coins (activity, but not WXTM activity).
  shots.push(shot('deposit', 'BTC', 'zh-Hant', 'dark', 'desktop', 401));
  shots.push(shot('deposit-records', 'USDT', 'en', 'light', 'phone', 402));
  shots.push(shot('deposit', 'ETH', 'zh-Hans', 'light', 'phone', 403));
  shots.push(shot('spot', 'ETH', 'zh-Hans', 'dark', 'desktop', 404));
  shots.push(shot('orders', 'SOL', 'en', 'dark', 'phone', 405));
  shots.push(shot('spot', 'BTC', 'zh-Hant', 'light', 'phone', 406));
  shots.push(shot('candydrop', 'SAHARA', 'zh-Hant', 'dark', 'phone', 407));
  shots.push(shot('deposit', 'BTC', 'en', 'dark', 'phone-crop', 408));
  // Negatives: pages that mention WXTM (and even deposits, trading, CandyDrop) without proving anything.
  shots.push(shot('square', 'WXTM', 'zh-Hant', 'light', 'desktop', 501));
  shots.push(shot('square', 'WXTM', 'en', 'dark', 'phone', 502));
  shots.push(shot('square', 'WXTM', 'zh-Hans', 'dark', 'desktop', 503));
  shots.push(shot('news', 'WXTM', 'zh-Hans', 'light', 'desktop', 504));
  shots.push(shot('news', 'WXTM', 'zh-Hant', 'dark', 'phone', 505));
  shots.push(shot('news', 'WXTM', 'en', 'light', 'desktop', 506));
  // Negatives: unrelated pages and photos.
  shots.push(shot('security', 'WXTM', 'zh-Hant', 'dark', 'desktop', 601));
  shots.push(shot('security', 'WXTM', 'en', 'light', 'phone', 602));
  for (const [n, w, h, type] of [
    [1, 1600, 1200, 'jpeg'],
    [2, 800, 600, 'png'],
  ] as const) {
    const file = `photo-${n}.${type === 'jpeg' ? 'jpg' : 'png'}`;
    shots.push({
      label: { file, kind: 'none', token: false, lang: 'none', theme: 'photo', size: 'photo', page: 'photo', coin: '' },
      html: renderPhoto(w, h, 700 + n),
      viewport: { width: w, height: h },
      dpr: 1,
      type,
      quality: 85,
    });
  }
  return shots;
}

async function main(): Promise<void> {
  const { values, positionals: filter } = cliArgs({
    options: { world: { type: 'boolean', default: false } },
    allowPositionals: true,
    usage: 'usage: npm run render:ocr-corpus -- [--world] [WORD...]',
  });
  mkdirSync(OUT, { recursive: true });
  if (values.world) {
    // Only the world fixtures: their labels replace same-named entries in labels.json, the rest stay.
    const world = await writeWorld(filter);
    const names = new Set(world.map((l) => l.file));
    const kept = (JSON.parse(readFileSync(join(OUT, 'labels.json'), 'utf8')) as CorpusLabel[]).filter((l) => !names.has(l.file));
    writeFileSync(join(OUT, 'labels.json'), `${JSON.stringify([...kept, ...world], null, 1)}\n`);
    console.log(`${kept.length + world.length} labels → ${join(OUT, 'labels.json')}`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
  const shots = corpus();
  const labels: CorpusLabel[] = [];
  try {
    for (const s of shots) {
      labels.push(s.label);
      if (filter.length && !filter.some((f) => s.label.file.includes(f))) continue;
      const context = await browser.newContext({ viewport: s.viewport, deviceScaleFactor: s.dpr });
      const page = await context.newPage();
      // No request may leave: the templates are self-contained.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(s.html, { waitUntil: 'load' });
      // The templates lay out 1280 or 390 CSS px; a wider desktop window stretches the page.
      if (s.viewport.width > 1280) await page.addStyleTag({ content: `body { width: ${s.viewport.width}px; height: ${s.viewport.height}px; }` });
      await page.evaluate(() => document.fonts.ready);
      const buf = await page.screenshot({
        type: s.type,
        quality: s.type === 'jpeg' ? s.quality : undefined,
        fullPage: false,
        clip: s.clip,
      });
      writeFileSync(join(OUT, s.label.file), buf);
      await context.close();
      console.log(`${s.label.file}  ${(buf.length / 1024).toFixed(0)} KiB`);
    }
  } finally {
    await browser.close();
  }
  labels.push(...(await writeWorld(filter)));
  writeFileSync(join(OUT, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`${labels.length} labels → ${join(OUT, 'labels.json')}`);
}

await main();
