// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { locateOffset, readEditor, rereadChanged, type EditorReading } from '../../lib/host/read-editor';

function editor(html: string, attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="e" ${attrs}>${html}</div>`;
  return document.getElementById('e')!;
}

describe('readEditor reads what the writer wrote, line breaks included', () => {
  test.each([
    ['a plain line', 'WXTM 很好', 'WXTM 很好'],
    ['paragraphs', '<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
    ['an empty paragraph between two is a blank line', '<p>一</p><p><br></p><p>二</p>', '一\n\n二'],
    ["Chrome's divs", '第一行<div>第二行</div><div><br></div><div>第四行</div>', '第一行\n第二行\n\n第四行'],
    ['line breaks inside a paragraph', '<p>一<br>二<br>三</p>', '一\n二\n三'],
    ['a trailing break keeps no extra line', '<p>一<br></p><p>二</p>', '一\n二'],
    ['nested blocks make one line each', '<div><div>一</div></div><div>二</div>', '一\n二'],
    ['inline formatting is text', '<p><b>粗</b>體與<i>斜</i>體</p>', '粗體與斜體'],
    ['scripts and styles are not text', '<p>字<style>p{}</style><script>1</script></p>', '字'],
  ])('%s', (_name, html, expected) => {
    expect(readEditor(editor(html)).text).toBe(expected);
  });

  test('a Draft.js structure reads block by block, without its placeholder', () => {
    document.body.innerHTML = `
      <div class="DraftEditor-root">
        <div class="public-DraftEditorPlaceholder-root">分享你的觀點</div>
        <div class="public-DraftEditor-content" id="e" contenteditable="true"><div data-contents="true">
          <div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">第一段 #WXTM#</span></span></div></div>
          <div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>
          <div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">第三段</span></span></div></div>
        </div></div>
      </div>`;
    const reading = readEditor(document.getElementById('e')!);
    expect(reading.kind).toBe('draft');
    expect(reading.text).toBe('第一段 #WXTM#\n\n第三段');
  });

  test('a ProseMirror structure ignores trailing breaks and its CSS placeholder', () => {
    const el = editor(
      '<p class="is-editor-empty" data-placeholder="分享你的觀點"><br class="ProseMirror-trailingBreak"></p>',
      'class="ProseMirror" contenteditable="true"',
    );
    expect(readEditor(el)).toMatchObject({ kind: 'prosemirror', text: '' });
    el.innerHTML = '<p>一<br class="ProseMirror-trailingBreak"></p><p><br class="ProseMirror-trailingBreak"></p><p>三</p>';
    expect(readEditor(el).text).toBe('一\n\n三');
  });

  test('a textarea is read as its value', () => {
    document.body.innerHTML = '<textarea id="t" placeholder="分享你的觀點"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    expect(readEditor(t)).toMatchObject({ kind: 'textarea', text: '' });
    t.value = '一\n二';
    expect(readEditor(t).text).toBe('一\n二');
  });

  test.each([
    ['a chip with its # signs', '<span class="topic-chip" contenteditable="false" data-topic="WXTM">WXTM</span>', '#WXTM#'],
    ['a topic link', '<a href="https://www.gate.com/post/topic/WXTM创作大赛">#WXTM创作大赛#</a>', '#WXTM创作大赛#'],
    ['a chip whose # signs are drawn by CSS', '<span class="hashtag-chip" contenteditable="false">WXTM</span>', '#WXTM#'],
  ])('%s counts as a tag and not as text', (_name, chip, tag) => {
    const reading = readEditor(editor(`<p>正文 ${chip} 結尾</p>`));
    expect(reading.chipTags).toEqual([tag]);
    expect(reading.text).toBe('正文  結尾');
  });
});

describe('topics chosen from a suggestion list (issue 16.7): what each editor keeps, read as the tag', () => {
  test.each([
    // @tiptap/extension-mention with "#" as its trigger: the name alone, the signs drawn by CSS.
    [
      'a TipTap mention chip of a topic, its name alone',
      '<span data-type="mention" data-id="WXTM创作大赛" data-label="WXTM创作大赛" data-mention-suggestion-char="#" class="mention" contenteditable="false">WXTM创作大赛</span>',
      '#WXTM创作大赛#',
    ],
    [
      'a TipTap mention chip holding its sign as Mention renders it',
      '<span data-type="mention" data-id="WXTM" data-mention-suggestion-char="#" contenteditable="false">#WXTM</span>',
      '#WXTM',
    ],
    ['a mention island whose text is a topic', '<span data-type="mention" contenteditable="false">#WXTM創作大賽#</span>', '#WXTM創作大賽#'],
    ['a Lexical decorator node holding a topic', '<span data-lexical-decorator="true" contenteditable="false">＃WXTM＃</span>', '＃WXTM＃'],
    ['a node typed as a topic', '<span data-type="topic" contenteditable="false">WXTM</span>', '#WXTM#'],
  ])('%s is a chip, left out of the text at its place', (_name, chip, tag) => {
    const reading = readEditor(editor(`<p>正文 ${chip} 結尾</p>`));
    expect(reading.chipTags).toEqual([tag]);
    expect(reading.text).toBe('正文  結尾');
    expect(reading.chips).toHaveLength(1);
    expect(reading.chips[0].at).toBe(3);
    expect(reading.chips[0].element.tagName).toBe('SPAN');
  });

  test.each([
    ['a mention of a person', '<span data-type="mention" data-mention-suggestion-char="@" contenteditable="false">@alice</span>', '正文 @alice 結尾'],
    ['a decorator node that is no topic', '<span data-lexical-decorator="true" contenteditable="false">WXTM</span>', '正文 WXTM 結尾'],
    // The Lexical playground's MentionNode: a TextNode in segmented mode, editable text in the DOM.
    [
      'a Lexical segmented topic node',
      '<span class="editor-topic" spellcheck="false" data-lexical-text="true">#WXTM创作大赛#</span>',
      '正文 #WXTM创作大赛# 結尾',
    ],
  ])('%s is read as the text it shows, not as a chip', (_name, html, text) => {
    const reading = readEditor(editor(`<p>正文 ${html} 結尾</p>`));
    expect(reading.chipTags).toEqual([]);
    expect(reading.text).toBe(text);
  });

  test('a suggestion list drawn inside the editor is never the post, its rows of tags included', () => {
    const reading = readEditor(
      editor(
        '<p>正文 #WXTM</p><ul role="listbox"><li role="option">#WXTM创作大赛#</li><li role="option">#WXTM#</li></ul>' +
          '<div role="menu" contenteditable="false"><div>#WXTM創作大賽#</div></div>',
      ),
    );
    expect(reading).toMatchObject({ text: '正文 #WXTM', chipTags: [] });
  });

  test('a row of the list on its own (an option without its list) is not read either', () => {
    expect(readEditor(editor('<p>正文<span role="option">#WXTM#</span></p>')).text).toBe('正文');
  });

  test('a chip alone on the last line keeps its line, and stands at the end of the text', () => {
    const chip = '<span data-type="mention" data-mention-suggestion-char="#" contenteditable="false">WXTM创作大赛</span>';
    const reading = readEditor(editor(`<p>正文</p><p>${chip}</p>`));
    expect(reading.text).toBe('正文\n');
    expect(reading.chips.map((c) => c.at)).toEqual([3]);
    // Between two lines it reads as the line it is, as before.
    expect(readEditor(editor(`<p>一</p><p>${chip}</p><p>二</p>`)).text).toBe('一\n\n二');
  });
});

test('locateOffset maps text offsets back to the DOM across blocks', () => {
  const el = editor('<p>ab</p><p>c<b>de</b></p>');
  const reading = readEditor(el);
  expect(reading.text).toBe('ab\ncde');
  const at = (offset: number) => {
    const pos = locateOffset(reading, offset)!;
    return [pos.node.data, pos.offset];
  };
  expect(at(0)).toEqual(['ab', 0]);
  expect(at(2)).toEqual(['ab', 2]);
  expect(at(3)).toEqual(['c', 0]);
  expect(at(4)).toEqual(['de', 0]);
  expect(at(6)).toEqual(['de', 2]);
  expect(locateOffset(readEditor(editor('')), 0)).toBeNull();
});

describe('a keystroke within a line reads only the text nodes it changed (rereadChanged)', () => {
  const mention = (name: string) => `<span data-type="mention" data-mention-suggestion-char="#" contenteditable="false">${name}</span>`;
  const structures = [
    'WXTM 很好',
    '<p>第一段</p><p>第二段</p>',
    '<p>一</p><p><br></p><p>二</p>',
    '第一行<div>第二行</div><div><br></div><div>第四行</div>',
    '<p>一<br>二<br>三</p>',
    '<p>一<br></p><p>二</p>',
    '<div><div>一</div></div><div>二</div>',
    '<p><b>粗</b>體與<i>斜</i>體</p>',
    `<p>正文 ${mention('WXTM')} 結尾</p><p>${mention('Gate')}</p><p>後 <a href="/post/topic/X">#X#</a> 記</p>`,
    // An island of text that is a chip once it starts with "#" (ENTITY_CHIP_SELECTORS).
    '<p>前 <span data-lexical-decorator="true" contenteditable="false">WXTM</span> 後</p>',
    '\n  <p>縮排</p>\n  <p>之間</p>\n',
    '<p>pre-wrap\n</p><p>行</p>',
    '<p>甲<span class="placeholder-x">提示</span>乙</p>',
  ];
  const replacements = ['', ' ', 'a', '很長的一段字 and words', '#WXTM', '＃話題＃', '行\n', '\n', 'x\ny', '  前後  '];

  /** What a reading says, node by node, in a form toEqual compares. */
  const shape = (r: EditorReading) => ({
    text: r.text,
    chipTags: r.chipTags,
    chips: r.chips.map((c) => [c.element, c.at]),
    segments: r.segments.map((s) => [s.node, s.start, s.end]),
  });

  test('whenever it answers, it answers what reading the whole editor says; otherwise it says it cannot', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let answered = 0;
    let declined = 0;
    for (const html of structures) {
      for (let round = 0; round < 40; round++) {
        const root = editor(html);
        const prev = readEditor(root);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        // One node or two, each given new characters (some typed, some that change the lines).
        const changed = new Set<Text>();
        for (let k = 1 + random(2); k > 0; k--) {
          const node = nodes[random(nodes.length)];
          node.data = random(3) ? node.data + replacements[random(replacements.length)] : replacements[random(replacements.length)];
          changed.add(node);
        }
        const quick = rereadChanged(root, prev, changed);
        if (quick === null) declined++;
        else {
          answered++;
          expect(shape(quick), `${html} → ${[...changed].map((n) => JSON.stringify(n.data)).join(', ')}`).toEqual(shape(readEditor(root)));
        }
      }
    }
    // Both paths are exercised: most keystrokes are answered, a change of lines or chips is not.
    expect(answered).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(50);
  });

  test.each([
    ['a node emptied', '<p>一</p><p>二</p>', ''],
    ['a node left only spaces', '<p>一</p><p>二</p>', '  '],
    ['a node that now ends its line', '<p>一</p><p>二</p>', '二\n'],
    ['a text that becomes a chip', '<p>前 <span data-lexical-decorator="true" contenteditable="false">WXTM</span></p>', '#WXTM'],
  ])('it declines %s', (_name, html, data) => {
    const root = editor(html);
    const prev = readEditor(root);
    const node = [...root.querySelectorAll('p, span')].at(-1)!.firstChild as Text;
    node.data = data;
    expect(rereadChanged(root, prev, new Set([node]))).toBeNull();
  });

  test('nothing changed is the same reading; a node it never read is declined', () => {
    const root = editor('<p>一</p><p>二</p>');
    const prev = readEditor(root);
    expect(rereadChanged(root, prev, new Set())).toBe(prev);
    const stray = document.createTextNode('外');
    expect(rereadChanged(root, prev, new Set([stray]))).toBeNull();
  });

  test('lines before the change keep their places; chips after it move with the text', () => {
    const root = editor(`<p>一</p><p>二 ${mention('WXTM')} 三</p>`);
    const prev = readEditor(root);
    const second = root.querySelectorAll('p')[1].firstChild as Text;
    second.data = '二二二 ';
    const quick = rereadChanged(root, prev, new Set([second]))!;
    expect(quick.text).toBe('一\n二二二  三');
    expect(quick.segments[0]).toBe(prev.segments[0]);
    expect(quick.chips[0].at).toBe(prev.chips[0].at + 2);
    expect(quick.chipTags).toBe(prev.chipTags);
  });
});
