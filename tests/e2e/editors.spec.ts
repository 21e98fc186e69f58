/**
 * Issue 12 in real Chromium: every major editor library, the real npm package bundled at test time
 * (tests/e2e/editor-fixtures.ts): Quill 2, TipTap 3, Lexical, Slate, Draft.js, CKEditor 5 and a
 * React-controlled textarea. For each: typing updates the panel and its count is the engine's count
 * of the library's own model text; the near-miss "replace" fix and "insert the missing tags" change
 * the model exactly as shown; the editor's own undo reverts a fix in one step; typing goes on at
 * the caret; an attached picture is seen; no console error.
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../lib/text';
import { bundleEditors, EDITOR_LIBRARIES, openEditor, type EditorPage } from './editor-fixtures';
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

test.beforeAll(async () => {
  await bundleEditors();
});

for (const lib of EDITOR_LIBRARIES) {
  test(`${lib}: count, the two fixes in the model, one-step undo, the caret, a picture, no errors`, async ({ context }) => {
    const editor = await openEditor(context, lib);
    // Empty: nothing counted, the library's placeholder ("分享你的觀點…") included.
    await expect.poll(() => panelCount(editor)).toBe(0);

    // Typing updates the panel, and its count is the engine's count of the model's text.
    await editor.write('我參加了 CandyDrop #WXTM創作大賽#');
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM創作大賽#');
    await expect.poll(() => panelCount(editor)).toBe(engineCount(await editor.model()));
    await editor.write('\n第二段 hello world');
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM創作大賽#\n第二段 hello world');
    await expect.poll(() => panelCount(editor)).toBe(engineCount(await editor.model()));

    // The near-miss fix: the wrong tag gone, the right one in its place, nothing else touched. (The
    // writer reads the panel first: a second passes, so Quill's history, which merges changes less
    // than a second apart, keeps the fix as a step of its own, as it would for a person.)
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'fail');
    await editor.page.waitForTimeout(1100);
    await editor.panel.getByTestId('fix-near-miss-0-0').click();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM创作大赛#\n第二段 hello world');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'pass');

    // The editor's own undo takes the fix back in one step.
    await editor.editor.click();
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM創作大賽#\n第二段 hello world');
    await expect(editor.item('tag.0')).toHaveAttribute('data-status', 'fail');
    await editor.panel.getByTestId('fix-near-miss-0-0').click();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM创作大赛#\n第二段 hello world');
    await editor.page.waitForTimeout(1100);

    // "Insert the missing tags" appends exactly what it shows; typing then goes on at the caret.
    await editor.panel.getByTestId('fix-insert-tags').click();
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM创作大赛#\n第二段 hello world #WXTM#');
    await expect(editor.item('tag.1')).toHaveAttribute('data-status', 'pass');
    await editor.page.keyboard.insertText(' 加油');
    await expect.poll(() => editor.model()).toBe('我參加了 CandyDrop #WXTM创作大赛#\n第二段 hello world #WXTM# 加油');
    await expect.poll(() => panelCount(editor)).toBe(engineCount(await editor.model()));
    await expect(editor.panel.getByTestId('fix-problem')).toHaveCount(0);

    // An attached picture is seen.
    await editor.page.locator('#image-input').setInputFiles('tests/fixtures/ocr/photo-2.png');
    await expect(editor.panel.getByTestId('image-1')).toBeVisible();
    // No error at all, and no warning of ours. (ProseMirror itself warns when Ctrl+End puts the
    // DOM caret at the document's end, as a writer's keystroke does; that warning is TipTap's.)
    expect(editor.errors.filter((e) => !e.startsWith('warning:') || e.includes('gate-square-checklist'))).toEqual([]);
  });
}
