/** Text rules shared by every part of the product: what a 字 is, what a hashtag is. Pure. */
export * from './analyze';
export * from './count';
export * from './fold';
export * from './hashtags';
export * from './ranges';
export * from './tag-match';
export * from './urls';
export { showHidden, isHiddenChar } from './unicode';
