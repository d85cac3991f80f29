import { t, type MessageKey } from '../i18n';
import type { ReportReason } from '../store/db';
import type { ImageProblem } from './fetch-image';

const REASON_KEYS: Record<ReportReason, MessageKey> = {
  unrelated: 'reasonUnrelated',
  'out-of-context': 'reasonOutOfContext',
  manipulated: 'reasonManipulated',
  shocking: 'reasonShocking',
  other: 'reasonOther',
};

/** A report's reason in the UI language. */
export function reasonText(reason: ReportReason): string {
  return t(REASON_KEYS[reason]);
}

const PROBLEM_KEYS: Record<ImageProblem | 'no-page', MessageKey> = {
  'no-address': 'problemNoAddress',
  'not-found': 'problemNotFound',
  'http-error': 'problemHttpError',
  network: 'problemNetwork',
  timeout: 'problemTimeout',
  'too-large': 'problemTooLarge',
  'not-image': 'problemNotImage',
  unsupported: 'problemUnsupported',
  undecodable: 'problemUndecodable',
  'no-page': 'problemNoPage',
};

/** Why an image could not be read, as a sentence. */
export function problemText(problem: ImageProblem | 'no-page'): string {
  return t(PROBLEM_KEYS[problem]);
}

/**
 * What to tell the reader after a report: why it failed, or that the image could not be read
 * and will be recognised by its address only; null when all went well.
 */
export function reportAnswerText(answer: { error: ImageProblem | 'no-page' } | { id: number; problem?: ImageProblem }): string | null {
  if ('error' in answer) return t('reportFailed', [problemText(answer.error)]);
  return answer.problem ? t('reportAddressOnly', [problemText(answer.problem)]) : null;
}
