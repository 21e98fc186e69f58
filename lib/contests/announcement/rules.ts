/**
 * Rule lines the writer should see with the contest: originality, real-name verification (實名,
 * KYC), no bots or farming, disqualification, "Gate reserves the right". Lines another field read
 * (a prize, the window) are not rules; at most twelve are kept.
 */
import type { Lang, LocalizedText } from '../schema';
import type { Line } from './lines';
import type { Notes } from './notes';
import { localize } from './script';
import { RULE } from './vocabulary';

const MAX_RULES = 12;

export function readRules(lines: Line[], lang: Lang, notes: Notes): LocalizedText[] {
  const rules: LocalizedText[] = [];
  for (const line of lines) {
    if (rules.length >= MAX_RULES) break;
    if (notes.isUsed(line) || line.text.length > 200 || !line.text.trim() || !RULE.test(line.n)) continue;
    rules.push(localize(line.text.trim(), lang));
    notes.use(line, 'rules');
    notes.find(`rules.${rules.length - 1}`, line.text.trim(), line);
  }
  if (rules.length === 0) notes.miss('rules', '[]', 'no rule lines found (originality, real-name verification…)');
  return rules;
}
