// @vitest-environment happy-dom
/**
 * Gate's composer by Gate's own structure (tests/fixtures/host/gate-square.html, built to the
 * recorded DOM): which boxes are post composers, the post box, its 发布 and its pictures.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { composerBox, feedPostOf, findComposer, findPublishButton, isPostComposer, isPublishButton } from '../../lib/host/composer';
import { findPreviews } from '../../lib/host/images';

const PAGE = readFileSync('tests/fixtures/host/gate-square.html', 'utf8').replace(/<(link|script)\b[^>]*>(<\/script>)?/g, '');

/** happy-dom lays nothing out: an element is "shown" unless it (or an ancestor) is hidden. */
function layOut(): void {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const shown = !this.closest('[hidden], template') && this.isConnected;
    const size = shown ? 100 : 0;
    return { width: size, height: size, top: 0, left: 0, right: size, bottom: size, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  };
}

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(PAGE, 'text/html').documentElement.innerHTML;
  layOut();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;

function openModal(): HTMLElement {
  const template = $('#modal-composer') as HTMLTemplateElement;
  document.body.append(template.content.cloneNode(true));
  return $('#modal-editor');
}

describe('which boxes take the checklist', () => {
  test.each([
    ['the inline composer in the recorded chain', '#composer', true],
    ["a feed post's comment box", '#reply-1', false],
    ["another post's comment box", '#reply-2', false],
  ])('%s: %s is a post composer: %s', (_name, selector, expected) => {
    expect(isPostComposer($(selector))).toBe(expected);
  });

  test('the modal composer opened by the navigation’s 發文 is a post composer, and is preferred while open', () => {
    expect(findComposer(document, null)).toBe($('#composer'));
    const modal = openModal();
    expect(isPostComposer(modal)).toBe(true);
    expect(findComposer(document, null)).toBe(modal);
    document.querySelector('.post-modal')!.remove();
    expect(findComposer(document, null)).toBe($('#composer'));
  });

  test('focus in a reply box does not make it the composer', () => {
    expect(findComposer(document, $('#reply-1'))).toBe($('#composer'));
  });

  test('a box in the navigation, a side bar, the header or a search field is never a composer', () => {
    for (const [where, html] of [
      ['nav', '<nav><div contenteditable="true" id="x"></div></nav>'],
      ['aside', '<aside><div contenteditable="true" id="x"></div></aside>'],
      ['sidebar', '<div class="app-sidebar-3f"><textarea id="x"></textarea></div>'],
      ['search', '<div role="search"><textarea id="x"></textarea></div>'],
      ['searchbox', '<div contenteditable="true" role="searchbox" id="x"></div>'],
      ['chat', '<div class="chat-panel"><div contenteditable="true" id="x"></div></div>'],
    ] as const) {
      document.body.insertAdjacentHTML('beforeend', html);
      expect(isPostComposer($('#x')), where).toBe(false);
      $('#x').closest('body > *')!.remove();
    }
  });

  test('a feed with many posts around a composer without Gate’s classes still leaves it a composer', () => {
    $('#composer-box').className = 'uid-x1';
    expect(feedPostOf($('#composer'))).toBeNull();
    expect(isPostComposer($('#composer'))).toBe(true);
  });
});

describe('the post box and its 發布', () => {
  test('the box is Gate’s .editor-container, holding the bar’s picture input and 發布', () => {
    const box = composerBox($('#composer'));
    expect(box).toBe($('#composer-box'));
    expect(findPublishButton(box)).toBe($('#publish'));
    expect(box.contains($('#image-input'))).toBe(true);
  });

  test('a reply box’s 發布 is never the composer’s, even though it reads the same', () => {
    const box = composerBox($('#reply-1'));
    expect(box.contains($('#publish'))).toBe(false);
    expect(findPublishButton(box)).toBe($('#reply-send-1'));
    expect(isPublishButton($('#reply-send-1'))).toBe($('#reply-send-1'));
  });

  test('without Gate’s classes, a file input nearer the editor than 發布 does not end the box early', () => {
    document.body.innerHTML = `
      <main>
        <div id="outer">
          <div id="inner"><div contenteditable="true" id="e"></div><input type="file" accept="image/*" /></div>
          <div class="actions"><button type="button" id="go">发布</button></div>
        </div>
        <article><a class="nickname" href="/profile/a">a</a><div contenteditable="true" id="r"></div><button>发布</button></article>
      </main>`;
    const box = composerBox($('#e'));
    expect(box).toBe($('#outer'));
    expect(findPublishButton(box)).toBe($('#go'));
  });

  test('whatever the order of the bar’s children, the bar’s own 發布 is found', () => {
    const bar = $('.editor-bar');
    bar.prepend($('#publish'));
    expect(findPublishButton(composerBox($('#composer')))).toBe($('#publish'));
  });

  test('the box never reaches up into the feed: its buttons are not the composer’s', () => {
    document.body.innerHTML = `<main id="m"><div><div contenteditable="true" id="e"></div></div><article><a class="nickname" href="/profile/a">a</a><div contenteditable="true"></div><button>发布</button></article></main>`;
    const box = composerBox($('#e'));
    expect(box.contains(document.querySelector('article'))).toBe(false);
    expect(findPublishButton(box)).toBeNull();
  });
});

describe('the pictures of the post', () => {
  const preview = (src: string, attrs = '') => {
    $('#previews').insertAdjacentHTML('beforeend', `<img src="${src}" ${attrs} width="96" height="96" />`);
  };

  test('the writer’s avatar beside the composer is no attachment, also when it fails to load', () => {
    // happy-dom never loads images: every <img> here is "still loading or broken".
    expect(findPreviews(composerBox($('#composer')))).toEqual([]);
  });

  test('a blob preview is an attachment; an avatar or a toolbar icon moved into the box is not', () => {
    preview('blob:https://www.gate.com/1');
    preview('https://gavatar.staticimgs.com/avatar/other.png');
    $('.editor-bar-tools').insertAdjacentHTML(
      'beforeend',
      '<span data-icon-id="icon-x"><img src="https://www.gate.com/icons/x.png" width="96" height="96"></span>',
    );
    const found = findPreviews(composerBox($('#composer')));
    expect(found.map((img) => img.getAttribute('src'))).toEqual(['blob:https://www.gate.com/1']);
  });

  test('a feed post’s CDN picture is outside the post box', () => {
    expect(composerBox($('#composer')).contains($('.post-image'))).toBe(false);
  });
});

test.each([
  ['a search box by its label', '<div contenteditable="true" aria-label="搜尋" id="x"></div>'],
  ['a search box by its placeholder', '<textarea placeholder="Search posts" id="x"></textarea>'],
  ['a comment box by its label', '<div contenteditable="true" role="textbox" aria-label="寫評論" id="x"></div>'],
  ['a reply box by its placeholder', '<textarea placeholder="回复 @Tari" id="x"></textarea>'],
])('%s is never a composer', (_name, html) => {
  document.body.innerHTML = html;
  expect(isPostComposer($('#x'))).toBe(false);
});
