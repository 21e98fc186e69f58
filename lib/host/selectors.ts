/**
 * Every selector that touches Gate Square's DOM lives here, current first then legacy, each with
 * the editor state it matches. Nobody could inspect the live composer from this machine (no
 * internet; Gate blocks automated browsers), so detection leans on generic editor shapes and the
 * writer's focus, and these selectors only rank candidates.
 */
export const COMPOSER_SELECTORS = [
  // Gate Square composer (2025): a rich-text editor inside the post box.
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
