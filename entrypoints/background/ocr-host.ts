/**
 * Wires the tabs' OCR ports to the OCR host (lib/ocr/relay.ts decides): Firefox's background page
 * runs the engine itself; Chrome's service worker relays to the offscreen document.
 */
import type { Browser } from 'wxt/browser';
import { createExtensionOcrEngine } from '../../lib/ocr/extension-paths';
import { OCR_HOST_CALL } from '../../lib/ocr/messages';
import { relayToOffscreen, serveOcrInPage, type PortPlatform, type RelayPort } from '../../lib/ocr/relay';

export function serveOcr(): void {
  const ports: PortPlatform = {
    extensionId: browser.runtime.id,
    onConnect: (listener) => browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => listener(port as RelayPort)),
  };
  if (import.meta.env.FIREFOX) {
    serveOcrInPage(ports, createExtensionOcrEngine(browser.runtime.getURL('/')));
    return;
  }
  const documentUrl = browser.runtime.getURL('/offscreen.html');
  relayToOffscreen({
    ...ports,
    documentUrl,
    offscreen: {
      exists: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [documentUrl] })).length > 0,
      create: () =>
        browser.offscreen.createDocument({
          url: documentUrl,
          reasons: ['WORKERS'],
          justification: 'Reads attached screenshots with tesseract.js (local OCR) in a web worker.',
        }),
      close: () => browser.offscreen.closeDocument(),
      call: () => browser.runtime.sendMessage({ type: OCR_HOST_CALL }),
    },
  });
}
