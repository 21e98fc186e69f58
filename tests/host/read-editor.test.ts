// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { locateOffset, readEditor } from '../../lib/host/read-editor';

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
