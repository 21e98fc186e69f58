/** Page object: a fixture composer served at a Gate Square URL, and our panel beside it. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, serveFixture, watchPanelRoot } from './fixtures';

export const EDITOR_FIXTURES = ['textarea.html', 'contenteditable.html', 'draft.html', 'prosemirror.html'] as const;
export type EditorFixture = (typeof EDITOR_FIXTURES)[number];

export class ComposerPage {
  readonly errors: string[] = [];
  readonly panel: Locator;
  readonly editor: Locator;

  /** `fixture`: a hand-written host fixture, or an editor library's page (editor-fixtures.ts). */
  constructor(
    readonly page: Page,
    readonly fixture: string,
  ) {
    // The panel's root is closed: `gsc=` starts inside it (fixtures.ts, watchPanelRoot).
    this.panel = page.locator('gsc=.gsc-panel');
    this.editor = page.locator('#composer');
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(context: BrowserContext, fixture: EditorFixture, url = 'https://www.gate.com/zh-tw/post'): Promise<ComposerPage> {
    await serveFixture(context, url, fixture);
    const page = await context.newPage();
    const composer = new ComposerPage(page, fixture);
    await watchPanelRoot(page);
    await page.goto(url);
    await expect(composer.panel).toBeVisible();
    return composer;
  }

  item(id: string): Locator {
    return this.panel.getByTestId(`item-${id}`);
  }

  async status(id: string): Promise<string | null> {
    return this.item(id).getAttribute('data-status');
  }

  /** Type text the way a writer pastes or dictates it: lines as real line breaks of the editor. */
  async write(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press(process.platform === 'darwin' ? 'Meta+End' : 'Control+End');
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      if (line) await this.page.keyboard.insertText(line);
    }
  }

  /** What the host editor's own model holds (each fixture exposes it). */
  model(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { __editorModel(): string }).__editorModel());
  }

  published(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __published: number }).__published);
  }
}

/**
 * Pick an option of a `<select>` in the panel the way a writer does, from the keyboard: the
 * panel acts only on trusted events, and Playwright's selectOption() dispatches untrusted ones.
 */
export async function pickOption(select: Locator, value: string): Promise<void> {
  const { from, to } = await select.evaluate(
    (el: HTMLSelectElement, v) => ({ from: el.selectedIndex, to: [...el.options].findIndex((o) => o.value === v) }),
    value,
  );
  if (to < 0) throw new Error(`no option ${value}`);
  await select.focus();
  for (let i = from; i !== to; i += to > from ? 1 : -1) await select.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(value);
}
