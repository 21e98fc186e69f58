/**
 * The tests render components through preact/compat, as every page of the extension does
 * (wxt.config.ts aliases React to it for the builds): `react` resolves here, which adds the `act`
 * React's test helpers take from `react` (Preact keeps it in `preact/test-utils`).
 */
export * from 'preact/compat';
export { default } from 'preact/compat';
export { act } from 'preact/test-utils';
