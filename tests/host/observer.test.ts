// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { observeHost, type HostState } from '../../lib/host/observer';

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
