/**
 * Every selector that touches Gate Square's DOM lives here, current first then legacy, each with
 * the editor state it matches. Nobody could inspect the live composer from this machine (no
 * internet; Gate blocks automated browsers), so detection leans on generic editor shapes and on the
 * writer's focus; these selectors only rank candidates. Each is exercised by a fixture in
 * tests/fixtures/host/ (see tests/host/selectors.test.ts for the expected match counts).
 */

/** Editors, most specific first. The focused editor always wins over this ranking. */
export const COMPOSER_SELECTORS = [
  // Gate Square's post box (2025): a rich-text editor inside the publish area.
  '[class*="post-editor" i] [contenteditable="true"]',
  '[class*="publish" i] [contenteditable="true"]',
  // ProseMirror / TipTap editors.
  '.ProseMirror[contenteditable="true"]',
  // Draft.js editors.
  '.public-DraftEditor-content[contenteditable="true"]',
  // Any other rich editor, then a plain textarea (legacy composer, mobile layout).
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable="true"]',
  'textarea',
] as const;

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
export const ENTITY_CHIP_SELECTORS = [
  '[data-type="mention"][contenteditable="false"]',
  '[data-lexical-decorator][contenteditable="false"]',
] as const;

/**
 * A suggestion list (the topic or mention typeahead an editor opens on `#` or `@`): its rows are
 * offers, never the post's text, also when an editor draws the list inside its own box.
 */
export const SUGGESTION_LIST_SELECTORS = ['[role="listbox"]', '[role="menu"]', '[role="option"]'] as const;

/** Block-level elements: each ends a line in the text the writer sees. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR',
]);

/** Elements whose content is never text: skipped whole. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME']);

/** Breaks that editors add only to keep an empty line open (not a line of the post). */
export const TRAILING_BREAK_SELECTOR = 'br.ProseMirror-trailingBreak, br[data-cke-filler]';

/**
 * The post box around the editor: the nearest ancestor that also holds the publish button or an
 * image input. Looked for at most this many levels up.
 */
export const COMPOSER_BOX_MAX_DEPTH = 8;

/** The publish button, by its label in each language Gate Square uses. */
export const PUBLISH_LABELS = /^(發布|发布|發佈|发表|發表|Post|Publish|Send|投稿)$/i;
export const PUBLISH_BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"]';

/** Image previews inside the post box (uploaded pictures), not avatars or emoji. */
export const IMAGE_PREVIEW_SELECTOR = 'img[src^="blob:"], img[src^="data:image/"], img[src^="https:"]';
export const IMAGE_PREVIEW_MIN_SIDE = 48;

export const FILE_INPUT_SELECTOR = 'input[type="file"]';

/**
 * A post's own page (`/post/status/{id}`): where its text is, most specific first. Gate's markup is
 * unknown here (hashed class names), so structure decides: an article, else the main content.
 */
export const POST_BODY_SELECTORS = ['article', '[role="article"]', 'main'] as const;
/** The post's date, where the page gives one in machine form. */
export const POST_TIME_SELECTOR = 'time[datetime]';
