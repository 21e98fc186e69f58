/**
 * The background wires browser events to lib/. Issue-by-issue it gains the badge, alarms and the
 * OCR host; today it only records that the extension is installed.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[gate-square-checklist] ${reason}`);
  });
});
