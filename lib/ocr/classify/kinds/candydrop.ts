/** A CandyDrop page: the campaign, its prize pool, tasks and the writer's registration. */
import { fromVocabulary } from './kind';

export const CANDYDROP = fromVocabulary('candydrop');
