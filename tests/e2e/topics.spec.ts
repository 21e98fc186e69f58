/**
 * Issue 16, point 7, in real Chromium: topics chosen from a `#` suggestion list, on composers built
 * from the real editor libraries (tests/e2e/editor-fixtures.ts, tests/fixtures/editors/topic-menu.ts):
 * Lexical keeps a chosen topic as a segmented TextNode (`#WXTM创作大赛#` as text, one entity), TipTap
 * as an inline atom chip holding only the name (the `#` signs drawn by CSS). For each: the open list
 * is never read as the post (its rows hold the very tags, and a traditional look-alike); a required
 * tag chosen from it counts; a topic chosen with traditional characters is explained and its fix
 * lands in the model exactly, or the panel says what to type; "insert the missing tags" lands after
 * a chosen topic, also when the topic is the last thing written.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../lib/text';
import { bundleEditors, openEditor, type EditorLibrary, type EditorPage } from './editor-fixtures';
import { expect, test } from './fixtures';

const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));

/** THE count (lib/text, as the length rule calls it for the built-in contest) of the model's text. */
function engineCount(text: string): number {
  return analyzeText(text, { unit: wxtm.length.unit, tags: wxtm.tags.map((t: object) => ({ alternatives: [], ...t })) }).count.count;
}

async function panelCount(editor: EditorPage): Promise<number> {
  const text = (await editor.item('length').textContent()) ?? '';
  return Number(/字數 (\d+)/.exec(text)?.[1] ?? NaN);
}

/**
 * No error at all, and no warning of ours. (ProseMirror itself warns when a click or Ctrl+End puts
 * the DOM caret at the document's end, as a writer's keystroke does; that warning is TipTap's.)
 */
const ownErrors = (editor: EditorPage) => editor.errors.filter((e) => !e.startsWith('warning:') || e.includes('gate-square-checklist'));

const TOPIC_LIBRARIES: EditorLibrary[] = ['lexical-topics', 'tiptap-topics'];

const list = (editor: EditorPage) => editor.page.locator('#topic-typeahead[role="listbox"]');
const option = (editor: EditorPage, topic: string) => list(editor).getByRole('option', { name: new RegExp(`^#${topic}#`) });

/** Type `#query` at the end of the post, the way a writer starts a topic: the list opens. */
async function startTopic(editor: EditorPage, query: string): Promise<void> {
  await editor.editor.click();
  await editor.page.keyboard.press('Control+End');
  await editor.page.keyboard.insertText(`#${query}`);
  await expect(list(editor)).toBeVisible();
}

test.beforeAll(async () => {
  await bundleEditors();
});

for (const lib of TOPIC_LIBRARIES) {
  test(`${lib}: a required tag chosen from the suggestion list counts, and the open list is never read as the post`, async ({ context }) => {
    const editor = await openEditor(context, lib);
    await editor.write('我參加了 CandyDrop 活動,');

    // The list is open, its rows showing both tags and the traditional look-alike: none of it is the
    // post. Nothing passes, no near miss is made of a row, its icons are no attachment, and the count
    // is the engine's count of the model.
    await startTopic(editor, 'WXTM');
    await expect(option(editor, 'WXTM创作大赛')).toBeVisible();
    await expect(option(editor, 'WXTM創作大賽')).toBeVisible();
    await expect(option(editor, 'WXTM')).toBeVisible();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop 活動,#WXTM');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'fail');
    await expect(editor.item('tag.0')).toContainText('缺少標籤 #WXTM创作大赛#');
    await expect(editor.item('tag.0')).not.toContainText('創作大賽');
    await expect(editor.item('tag.1')).toHaveAttribute('data-status', 'fail');
    await expect.poll(() => panelCount(editor)).toBe(engineCount(await editor.model()));
    await expect(editor.panel.getByTestId('image-1')).toHaveCount(0);

    // A click on the row: the typed "#WXTM" becomes the topic, and the tag counts.
    await option(editor, 'WXTM创作大赛').click();
    await expect(list(editor)).toBeHidden();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop 活動,#WXTM创作大赛# ');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'pass');
    await expect(editor.item('tag.0')).toContainText('已加標籤 #WXTM创作大赛#');

    // From the keyboard: the second row ("#WXTM#") with the arrow key, Enter to choose it.
    await editor.page.keyboard.insertText('#WXT');
    await expect(option(editor, 'WXTM')).toBeVisible();
    await editor.page.keyboard.press('ArrowDown');
    await expect(option(editor, 'WXTM')).toHaveAttribute('aria-selected', 'true');
    await editor.page.keyboard.press('Enter');
    await expect(list(editor)).toBeHidden();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop 活動,#WXTM创作大赛# #WXTM# ');
    await expect(editor.item('tag.1')).toHaveAttribute('data-status', 'pass');
    // Typing goes on after the topics, and the count stays the engine's count of the model.
    await editor.page.keyboard.insertText('加油');
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop 活動,#WXTM创作大赛# #WXTM# 加油');
    await expect.poll(() => panelCount(editor)).toBe(engineCount(await editor.model()));
    await expect(editor.panel.getByTestId('fix-insert-tags')).toHaveCount(0);
    expect(ownErrors(editor)).toEqual([]);
  });

  test(`${lib}: a topic chosen with traditional characters is explained, and its fix lands in the model`, async ({ context }) => {
    const editor = await openEditor(context, lib);
    await editor.write('正文內容,');
    await startTopic(editor, 'WXTM創');
    await editor.page.keyboard.press('Enter');
    await expect(list(editor)).toBeHidden();
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM創作大賽# ');

    // The near miss names what was chosen and why it is not the tag.
    const item = editor.item('tag.0');
    await expect(item).toHaveAttribute('data-status', 'fail');
    await expect(item).toContainText('#WXTM創作大賽# 用了繁體字,活動標籤是簡體的 #WXTM创作大赛#');
    const chip = lib === 'tiptap-topics';
    // A chip is one block in the editor: the panel says it is a chosen topic and how it goes away.
    await expect(editor.panel.getByTestId('near-miss-hint-0-0')).toHaveCount(chip ? 1 : 0);
    if (chip) await expect(editor.panel.getByTestId('near-miss-hint-0-0')).toContainText('#WXTM創作大賽# 是從建議清單選入的話題');

    // The fix replaces the whole topic with the tag as it must be written, through the editor.
    await editor.page.waitForTimeout(1100);
    await expect(editor.panel.getByTestId('fix-near-miss-0-0')).toHaveText('改成 #WXTM创作大赛#');
    await editor.panel.getByTestId('fix-near-miss-0-0').click();
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM创作大赛# ');
    await expect(item).toHaveAttribute('data-status', 'pass');
    await expect(editor.panel.getByTestId('fix-problem')).toHaveCount(0);
    // Chip or text, the topic of the wrong tag is gone from the editor's DOM too.
    await expect(editor.editor).not.toContainText('創作大賽');

    // The editor's own undo brings the chosen topic back, and the panel explains it again.
    await editor.editor.click();
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM創作大賽# ');
    await expect(item).toHaveAttribute('data-status', 'fail');
    expect(ownErrors(editor)).toEqual([]);
  });

  test(`${lib}: "insert the missing tags" lands after a chosen topic, also when it is the last thing written`, async ({ context }) => {
    const editor = await openEditor(context, lib);
    await editor.write('正文內容,');
    await startTopic(editor, 'WXTM创');
    await option(editor, 'WXTM创作大赛').click();
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM创作大赛# ');
    // The topic is the last thing written: the space the list left after it is deleted.
    await editor.page.keyboard.press('Backspace');
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM创作大赛#');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'pass');
    await expect(editor.panel.getByTestId('fix-insert-tags')).toContainText('#WXTM#');
    await editor.page.waitForTimeout(1100);
    await editor.panel.getByTestId('fix-insert-tags').click();
    await expect.poll(() => editor.model()).toBe('正文內容,#WXTM创作大赛# #WXTM#');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'pass');
    await expect(editor.item('tag.1')).toHaveAttribute('data-status', 'pass');
    await expect(editor.panel.getByTestId('fix-problem')).toHaveCount(0);
    expect(ownErrors(editor)).toEqual([]);
  });
}

test('tiptap-topics: an editor that keeps its chosen topics from being replaced: nothing changes, and the panel says to delete the topic and type the tag', async ({
  context,
}) => {
  const editor = await openEditor(context, 'tiptap-topics');
  // The host protects its topic chips: a transaction that would take one away is refused (a
  // ProseMirror filterTransaction; the Plugin class is taken from the editor's own plugins).
  await editor.page.evaluate(() => {
    type Doc = { descendants(f: (n: { type: { name: string } }) => void): void };
    type Tr = { docChanged: boolean; before: Doc; doc: Doc };
    const tiptap = (window as unknown as { __editor: { view: { state: { plugins: object[] } }; registerPlugin(p: object): void } }).__editor;
    const Plugin = tiptap.view.state.plugins[0].constructor as new (spec: object) => object;
    const topics = (doc: Doc) => {
      let n = 0;
      doc.descendants((node) => void (node.type.name === 'topic' && n++));
      return n;
    };
    tiptap.registerPlugin(new Plugin({ filterTransaction: (tr: Tr) => !tr.docChanged || topics(tr.doc) >= topics(tr.before) }));
  });
  await editor.write('正文內容,');
  await startTopic(editor, 'WXTM創');
  await editor.page.keyboard.press('Enter');
  await expect.poll(() => editor.model()).toBe('正文內容,#WXTM創作大賽# ');
  await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'fail');
  await editor.panel.getByTestId('fix-near-miss-0-0').click();
  await expect(editor.panel.getByTestId('fix-problem')).toHaveText('這個編輯器沒有讓擴充功能換掉話題 #WXTM創作大賽#:請刪掉這個話題,再輸入 #WXTM创作大赛#');
  await expect.poll(() => editor.model()).toBe('正文內容,#WXTM創作大賽# ');
  await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'fail');
  expect(ownErrors(editor)).toEqual([]);
});
