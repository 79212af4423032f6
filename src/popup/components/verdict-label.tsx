import type { Verdict } from '../../core/types';
import { t, type MessageKey } from '../../ui/i18n';

const LABEL_KEYS: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  mixed: 'verdictMixed',
  differing: 'verdictDiffering',
  uncorroborated: 'verdictUncorroborated',
};

export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  return <span class={`verdict verdict-${verdict}`}>{t(LABEL_KEYS[verdict])}</span>;
}
