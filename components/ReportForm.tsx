import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { reasonText } from '@/utils/images/reasons';
import { REPORT_REASONS, type ReportReason } from '@/utils/store/db';

const MAX_NOTE = 500;

/** Why an image misleads (a required choice) and an optional note; a form, usable from the keyboard. */
export function ReportForm({ name, onSubmit, onCancel }: { name: string; onSubmit: (reason: ReportReason, note: string) => void; onCancel?: () => void }) {
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      class="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason) onSubmit(reason, note.trim());
      }}
    >
      <fieldset>
        <legend>{t('reportLegend')}</legend>
        {REPORT_REASONS.map((value, index) => (
          <label key={value} class="report-form__reason">
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              name={`reason-${name}`}
              value={value}
              checked={reason === value}
              required
              onChange={() => setReason(value)}
            />
            {reasonText(value)}
          </label>
        ))}
      </fieldset>
      <label class="report-form__note">
        {t('reportNote')}
        <textarea rows={2} maxLength={MAX_NOTE} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <p class="actions">
        <button type="submit" class="button" disabled={!reason}>
          {t('reportSend')}
        </button>
        {onCancel && (
          <button type="button" class="button button--quiet" onClick={onCancel}>
            {t('reportCancel')}
          </button>
        )}
      </p>
    </form>
  );
}
