/** A Launchpool staking page or its records. */
import { fromVocabulary } from './kind';

export const STAKING = fromVocabulary('staking');
