import { offerPanel } from '../gate-square.content/panel-module';
import { startPanel } from '../gate-square.content/panel';

/** The panel, loaded by the content script on Gate Square pages only (see panel-module.ts). */
export default defineUnlistedScript(() => offerPanel(startPanel));
