/** A trading page or its records: spot trading, open orders, order and trade history. */
import { fromVocabulary } from './kind';

export const TRADE = fromVocabulary('trade');
