import { mountReview } from '../gate-square.content/review';
import { offerReview } from '../gate-square.content/review-module';

/** The contest review, loaded by the panel's track offer on a post's page that offers one (see review-module.ts). */
export default defineUnlistedScript(() => offerReview(mountReview));
