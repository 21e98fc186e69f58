// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { observeHost, type HostState } from '../../lib/host/observer';
import { readEditor } from '../../lib/host/read-editor';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
});

function composer(): { editor: HTMLElement; states: HostState[] } {
  document.body.innerHTML = `
    <div class="editor-container editor-container--page" id="box">
      <div id="e" contenteditable="true" role="textbox"><p>第一段</p></div>
      <input type="file" accept="image/*" />
      <button type="button">發布</button>
    </div>`;
  const editor = document.getElementById('e')!;
  // happy-dom lays nothing out: the composer is "visible" by its size.
  editor.getBoundingClientRect = () => ({ width: 300, height: 100, top: 0, left: 0, right: 300, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
  const states: HostState[] = [];
  observeHost(document, { signal: controller.signal, onChange: (state) => states.push(state) });
  return { editor, states };
}

function type(editor: HTMLElement, text: string): void {
  editor.querySelector('p')!.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

test('each keystroke is read at once, with the same post box and the same (empty) picture list', () => {
  const { editor, states } = composer();
  expect(states.at(-1)?.reading?.text).toBe('第一段');
  const before = states.at(-1)!;
  type(editor, '第一段 a');
  type(editor, '第一段 a a');
  const [first, second] = states.slice(-2);
  expect([first.reading?.text, second.reading?.text]).toEqual(['第一段 a', '第一段 a a']);
  expect(second.box).toBe(document.getElementById('box'));
  expect(first.images).toBe(before.images);
  expect(second.images).toBe(before.images);
});

test('typing in a box the pick fits as well as another is read from that box, not the first one', () => {
  document.body.innerHTML = `
    <main>
      <div class="editor-container" id="a"><div id="ea" contenteditable="true" role="textbox"><p>甲</p></div><button>發布</button></div>
      <div class="editor-container" id="b"><div id="eb" contenteditable="true" role="textbox"><p>乙</p></div><button>發布</button></div>
    </main>`;
  const [ea, eb] = ['ea', 'eb'].map((id) => document.getElementById(id)!);
  for (const el of [ea, eb])
    el.getBoundingClientRect = () => ({ width: 300, height: 100, top: 0, left: 0, right: 300, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
  const states: HostState[] = [];
  // A pick that fits both boxes equally: among them, the one the writer is in.
  const preferred = (near: Element | null) => (near && eb.contains(near) ? eb : ea);
  observeHost(document, { signal: controller.signal, onChange: (state) => states.push(state), preferred });
  expect(states.at(-1)?.editor).toBe(ea);
  eb.querySelector('p')!.textContent = '乙乙';
  eb.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  return new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      expect(states.at(-1)?.editor).toBe(eb);
      expect(states.at(-1)?.reading?.text).toBe('乙乙');
      resolve();
    }),
  );
});

describe('a keystroke within a line reads only what it changed; anything else reads the whole editor', () => {
  function paragraphs(): { editor: HTMLElement; states: HostState[]; key(p: number, text: string): void } {
    const { editor, states } = composer();
    editor.innerHTML = '<p>第一段</p><p>第二段 <span class="x">WXTM</span> 尾</p>';
    // A price on the page that ticks (below).
    document.body.insertAdjacentHTML('beforeend', '<span id="ticker">42.0</span>');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // A keystroke as the browser makes it: the characters of the text node change, then input.
    const key = (p: number, text: string) => {
      (editor.querySelectorAll('p')[p].firstChild as Text).appendData(text);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    };
    return { editor, states, key };
  }
  const same = (state: HostState | undefined, editor: HTMLElement) => {
    const whole = readEditor(editor);
    expect(state?.reading?.text).toBe(whole.text);
    expect(state?.reading?.chipTags).toEqual(whole.chipTags);
    expect(state?.reading?.segments.map((s) => [s.node, s.start, s.end])).toEqual(whole.segments.map((s) => [s.node, s.start, s.end]));
  };

  test('typing: the lines before the change keep their very segments, and the reading is what a whole read says', () => {
    const { editor, states, key } = paragraphs();
    const before = states.at(-1)!.reading!;
    key(1, ' a');
    const after = states.at(-1)!.reading!;
    expect(after.text).toBe('第一段\n第二段  aWXTM 尾');
    same(states.at(-1), editor);
    // Read incrementally: the first line's segment is the same object, not a new reading of it.
    expect(after.segments[0]).toBe(before.segments[0]);
    // Changes elsewhere on the page (a ticking price) do not make the next keystroke read it all.
    return new Promise<void>((resolve, reject) =>
      requestAnimationFrame(() => {
        try {
          document.getElementById('ticker')!.textContent = '42.1';
          (document.getElementById('ticker')!.firstChild as Text).data = '42.2';
          key(1, 'b');
          same(states.at(-1), editor);
          expect(states.at(-1)!.reading!.segments[0]).toBe(before.segments[0]);
          resolve();
        } catch (error) {
          reject(error);
        }
      }),
    );
  });

  test('a class that makes a chip, a new line or a chip removed: the next keystroke reads the whole editor', () => {
    const { editor, states, key } = paragraphs();
    editor.querySelector('span')!.className = 'hashtag-chip';
    editor.querySelector('span')!.setAttribute('contenteditable', 'false');
    key(0, 'a');
    expect(states.at(-1)!.reading!.chipTags).toEqual(['#WXTM#']);
    same(states.at(-1), editor);
    editor.insertAdjacentHTML('beforeend', '<p>第三段</p>');
    key(0, 'b');
    expect(states.at(-1)!.reading!.text).toBe('第一段ab\n第二段  尾\n第三段');
    same(states.at(-1), editor);
    editor.querySelector('span')!.remove();
    key(2, 'c');
    expect(states.at(-1)!.reading!.chipTags).toEqual([]);
    same(states.at(-1), editor);
  });
});
