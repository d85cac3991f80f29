import { t, type MessageKey } from '@/utils/i18n';
import type { Comparison } from '@/utils/verify/compare';

const UNKNOWN_REASON: Record<NonNullable<Comparison['reason']>, MessageKey> = {
  'original-empty': 'verdictUnknownOriginal',
  'copy-empty': 'verdictUnknownCopy',
  'other-language': 'verdictUnknownLanguage',
};

/** Whether the copy says what the original says, and what changed on the way. */
export function Verdict({ comparison }: { comparison: Comparison }) {
  const percent = String(Math.round(comparison.score * 100));
  const changes = [
    comparison.titleChanged ? t('changeTitle') : '',
    comparison.paragraphsCut > 0 ? t('changeCut', [String(comparison.paragraphsCut)]) : '',
    comparison.paragraphsAdded > 0 ? t('changeAdded', [String(comparison.paragraphsAdded)]) : '',
  ].filter(Boolean);
  return (
    <div class={`verdict verdict--${comparison.verdict}`} data-testid="verdict">
      <p class="verdict__headline">
        {comparison.verdict === 'verified' && t('verdictVerified', [percent])}
        {comparison.verdict === 'edited' && t('verdictEdited', [percent, String(Math.round(comparison.kept * 100))])}
        {comparison.verdict === 'different' && t('verdictDifferent', [percent])}
        {comparison.verdict === 'unknown' && t(UNKNOWN_REASON[comparison.reason ?? 'original-empty'])}
      </p>
      {comparison.verdict === 'edited' && changes.length > 0 && (
        <ul class="verdict__changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
