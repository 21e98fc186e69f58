/**
 * Every selector that touches Gate Square's DOM lives here, current first then legacy, each with
 * the editor state it matches. Gate's composer was recorded in 2026 by two public publisher bots
 * that post through a real browser (../shared/DESIGN.md, "Facts about the real Gate Square page"):
 * those plain class words come first; structural fallbacks (an editable beside a picture input and
 * a publish button) and the writer's own pick take over when Gate changes. Each is exercised by a
 * fixture in tests/fixtures/host/ (see tests/host/selectors.test.ts for the expected match counts).
 */

/**
 * Gate's composer frame, as recorded: `.editor-container.editor-container--page > .editor-compose >
 * .editor-input-row > .editor-container-wrapper > .editor-container-div[contenteditable="true"]`.
 * The inline composer on /post carries `--page`; the modal one the navigation's 发文 opens is
 * believed to reuse the same component without it (its DOM is not recorded).
 */
export const GATE_CONTAINER = '.editor-container';
export const GATE_PAGE_CONTAINER = '.editor-container--page';
export const GATE_EDITOR = '.editor-container .editor-container-div[contenteditable="true"]';
/** The composer's toolbar (picture, video and topic icons at its left, 发布 at its right). */
export const GATE_BAR = '.editor-bar, .editor-actions';

/** Editors, most specific first. The focused post composer always wins over this ranking. */
export const COMPOSER_SELECTORS = [
  // Gate Square's recorded composer (2026).
  GATE_EDITOR,
  // ProseMirror / TipTap editors.
  '.ProseMirror[contenteditable="true"]',
  // Draft.js editors.
  '.public-DraftEditor-content[contenteditable="true"]',
  // Any other rich editor, then a plain textarea (legacy composer, mobile layout).
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable="true"]',
  'textarea',
] as const;

/**
 * Where no post is written: the navigation (its own 发文 opens the modal composer, it is no
 * composer itself), side bars, search, the page header, chat. The bots that post to Gate avoid
 * the same places.
 */
export const NOT_COMPOSER_CONTEXT = 'nav, aside, header, [role="navigation"], [role="search"], [role="complementary"], [class*="sidebar" i], [class*="chat" i]';
/** Fields that are never a post: search boxes, combo boxes, boxes that say they take a comment or a reply. */
export const NOT_COMPOSER_FIELD = [
  '[role="searchbox"]',
  '[role="combobox"]',
  '[type="search"]',
  ...['search', '搜尋', '搜索', 'comment', '評論', '评论', 'reply', '回覆', '回复'].flatMap((word) => [
    `[aria-label*="${word}" i]`,
    `[placeholder*="${word}" i]`,
    `[aria-placeholder*="${word}" i]`,
  ]),
].join(', ');
/** A post in the feed: its author's link and its own status link. A box inside one post is a reply box. */
export const FEED_POST_MARKERS = 'a.nickname, a[href*="/post/status/"]';
/** A dialog over the page (the modal composer opened by the navigation's 发文). */
export const DIALOG_SELECTOR = '[role="dialog"], [aria-modal="true"], dialog[open]';

/** Any element that can be the composer (used to follow focus). */
export const EDITABLE_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/**
 * Placeholder text rendered as elements (not ::before content): never counted.
 * Draft.js renders it beside the editor; some editors render it inside.
 * Like the chips and trailing breaks below, each is told by an attribute: the editor reader
 * matches none of them on a bare element (tests/host/selectors.test.ts keeps this true).
 */
export const PLACEHOLDER_SELECTORS = [
  '.public-DraftEditorPlaceholder-root',
  '[class*="placeholder" i]:not([contenteditable="true"])',
  '[data-placeholder-text]',
  // Slate draws it inside the editable, as a non-editable span.
  '[data-slate-placeholder]',
] as const;

/**
 * Topic tags rendered as elements: Gate's topic links and editor chips (non-editable islands).
 * Their text is read as a tag even when the # signs are drawn by CSS.
 */
export const TAG_CHIP_SELECTORS = [
  'a[href*="/post/topic/"]',
  'a[href*="/topic/"]',
  '[data-topic]',
  '[class*="topic" i][contenteditable="false"]',
  '[class*="hashtag" i][contenteditable="false"]',
  // A topic chosen from a `#` suggestion list in a TipTap editor: @tiptap/extension-mention's
  // node with `#` as its trigger (`<span data-type="mention" data-id="WXTM创作大赛"
  // data-mention-suggestion-char="#" contenteditable="false">`), whose text may be the name alone.
  '[data-mention-suggestion-char="#"]',
  '[data-mention-suggestion-char="＃"]',
  // Topic or hashtag nodes of other editors, told by their node type.
  '[data-type="topic" i]',
  '[data-type="hashtag" i]',
] as const;

/**
 * Non-editable entity islands that may hold a topic or something else (a mention of a person, an
 * embed): a ProseMirror mention without its trigger sign recorded, a Lexical decorator node. Read
 * as a tag when their text starts with a `#` (or `＃`), else as the text they show.
 */
export const ENTITY_CHIP_SELECTORS = ['[data-type="mention"][contenteditable="false"]', '[data-lexical-decorator][contenteditable="false"]'] as const;

/**
 * A suggestion list (the topic or mention typeahead an editor opens on `#` or `@`): its rows are
 * offers, never the post's text, also when an editor draws the list inside its own box.
 */
export const SUGGESTION_LIST_SELECTORS = ['[role="listbox"]', '[role="menu"]', '[role="option"]'] as const;

/** Block-level elements: each ends a line in the text the writer sees. */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'HR',
]);

/** Elements whose content is never text: skipped whole. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME']);

/** Breaks that editors add only to keep an empty line open (not a line of the post). */
export const TRAILING_BREAK_SELECTOR = 'br.ProseMirror-trailingBreak, br[data-cke-filler]';

/**
 * The post box around the editor: Gate's `.editor-container`, else the nearest ancestor that holds
 * the publish button (an ancestor holding only a file input is the fallback). Looked for at most
 * this many levels up, and never past an ancestor that holds another editor.
 */
export const COMPOSER_BOX_MAX_DEPTH = 8;

/** The publish button, by its label in each language Gate Square uses. */
export const PUBLISH_LABELS = /^(發布|发布|發佈|发表|發表|Post|Publish|Send|投稿)$/i;
export const PUBLISH_BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"]';

/** Image previews inside the post box (uploaded pictures), not avatars or emoji. */
export const IMAGE_PREVIEW_SELECTOR = 'img[src^="blob:"], img[src^="data:image/"], img[src^="https:"]';
export const IMAGE_PREVIEW_MIN_SIDE = 48;

/**
 * Pictures in the post box that are never attachments, even while loading or broken (a slow CDN
 * or a content blocker leaves a broken avatar in the composer's row): Gate's avatars, anything
 * named an avatar, and the toolbar's icons.
 */
export const NOT_ATTACHMENT_IMAGE =
  'img[src*="gavatar."], img[class*="avatar" i], [class*="avatar" i] img, [data-icon-id] img, .editor-bar img, .editor-actions img';

export const FILE_INPUT_SELECTOR = 'input[type="file"]';

/** A topic link in a published post (Gate renders a post's topics as links to `/post/topic/{TAG}`). */
export const POST_TOPIC_LINK = 'a[href*="/post/topic/"]';
/** The writer's own profile link in Gate's navigation (recorded by the publisher bots). */
export const OWN_PROFILE_LINK = 'a[href*="/profile/"]:has(.post-nav-item)';

/**
 * A post's own page (`/post/status/{id}`): which block is the post, where it ends, who wrote it and
 * when (lib/host/post-page.ts). Gate's post markup is not recorded beyond what its feed shows (an
 * author link `a.nickname` and a `/post/status/{id}` link with a relative time per post; comment
 * and reply boxes under each post; a pinned official announcement may sit above a user's post), and
 * the rest of its classes are CSS-module hashes: structure and plain words decide, never hashes.
 */
/** A post that marks itself as one: its end is the element's end. */
export const POST_ARTICLE_SELECTOR = 'article, [role="article"]';
/**
 * A post's author: the feed's recorded author link, or any profile link (an avatar and a name may
 * both link to the same profile: one author), taken in document order. Two authors in a block are
 * two posts, or a post and a comment.
 */
export const POST_AUTHOR_SELECTORS = ['a.nickname', 'a[href*="/profile/"]'] as const;
/** Where no post is: the page's navigation, header, side bars (their "hot posts" carry authors too). */
export const NOT_POST_CONTEXT = 'nav, aside, header, footer, [role="navigation"], [role="complementary"], [role="banner"], [class*="sidebar" i]';
/** The page's main content: an author's block is looked for below it, never as the whole of it. */
export const MAIN_CONTENT_SELECTOR = 'main, [role="main"]';
/**
 * What comes after a post's text and is not the post: comment lists and reply boxes (any field
 * the reader could type in), a nested post, the post's action bar. The post is read up to the
 * first of them. Plain words only (Gate's comment classes are not recorded; hashed names never).
 */
export const POST_END_SELECTORS = [
  // Reply boxes: a field, an editor, a form.
  'textarea',
  'input:not([type="hidden"])',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[contenteditable="plaintext-only"]',
  'form',
  '[role="textbox"]',
  // A nested post (a quoted or replied post, a comment drawn as an article).
  'article',
  '[role="article"]',
  // Comment lists and replies, told by a plain word.
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="reply" i]',
  '[data-testid*="comment" i]',
  ...['comment', '評論', '评论', '留言', 'reply', '回覆', '回复'].map((word) => `[aria-label*="${word}" i]`),
].join(', ');
/** Parts of a post's block that are no text of it: buttons (follow, like, share, translate). */
export const NOT_POST_TEXT = 'button, [role="button"], [role="menu"], [role="tooltip"]';
/** The post's date, where its block gives one in machine form. */
export const POST_TIME_SELECTOR = 'time[datetime]';
/** A post's own link, which the feed labels with its relative time ("3小時前", "2h"). */
export const POST_STATUS_LINK = 'a[href*="/post/status/"]';
/**
 * A mark that the author is an official account, near the author's name: a badge told by its
 * class, label, title or picture text. Only explicit words count ("unverified" does not).
 */
export const OFFICIAL_BADGE_SELECTOR = [
  ...['official', 'verified', 'certified'].flatMap((word) => [
    `[class*="${word}" i]:not([class*="un${word}" i])`,
    `[aria-label*="${word}" i]:not([aria-label*="not ${word}" i])`,
    `[title*="${word}" i]:not([title*="not ${word}" i])`,
    `img[alt*="${word}" i]`,
  ]),
  ...['官方', '認證', '认证'].flatMap((word) => [`[aria-label*="${word}"]`, `[title*="${word}"]`, `img[alt*="${word}"]`]),
].join(', ');
/**
 * Names only Gate's own accounts carry ("Gate广场官方", "Gate Square", "Gate官方", "Gate.io
 * Official"): "Gate" followed only by words of office, nothing of a person's.
 */
export const OFFICIAL_NAME = /^gate(?:\.io|\.com)?(?:[\s_·-]*(?:官方|official|square|广场|廣場|中文|华语|華語|english|team|团队|團隊|announcements?|公告))+$/i;

/**
 * What the panel must not cover (lib/host/obstacles.ts), as one combined selector so one
 * querySelectorAll finds it all. Controls: anything a writer clicks, types in or tabs to, Gate's
 * toolbar icons (`[data-icon-id]` in `.editor-bar`, which may be plain elements with click handlers)
 * and the toolbar itself. Landmarks: the navigation (left bar on desktop, bottom bar on phones),
 * sidebars and headers, whole, so the space between their links counts as taken too. A landmark
 * that holds the composer is a layout wrapper, not an obstacle: the collector drops it.
 */
export const OBSTACLE_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'label',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="toolbar"]',
  '[data-icon-id]',
  '.editor-bar',
  '.editor-actions',
  'iframe',
  'video',
  'nav',
  'aside',
  'header',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[class*="sidebar" i]',
].join(', ');
