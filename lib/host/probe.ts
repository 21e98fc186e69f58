/**
 * Runs inside the active tab's page, sent there by the popup (Chrome `scripting.executeScript`
 * serialises it; Firefox `tabs.executeScript` gets its source): so it is self-contained, reads one
 * fact and nothing of the writer's text. `selector` is lib/host/mirrors.ts GATE_COMPOSER_PROBE.
 */
export function pageHasComposer(selector: string): boolean {
  return document.querySelector(selector) !== null;
}
