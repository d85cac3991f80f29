import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface CitationFacts {
  title?: string;
  publisher?: string;
  publishedAt?: string;
  originalUrl: string;
  copyUrl?: string;
  checkedAt: number;
}

/** A citation of the original, for a fact-check: plain text or Markdown. */
export function citation(facts: CitationFacts, markdown: boolean): string {
  const title = facts.title ?? facts.originalUrl;
  const checked = new Date(facts.checkedAt).toISOString();
  const parts = [markdown ? `[${title.replace(/[[\]]/g, '')}](${facts.originalUrl})` : `“${title}”`, facts.publisher, facts.publishedAt?.slice(0, 10)];
  const head = parts.filter(Boolean).join(', ');
  const copy = facts.copyUrl ? ` Republished at ${markdown ? `<${facts.copyUrl}>` : facts.copyUrl}.` : '';
  return `${head}.${markdown ? '' : ` ${facts.originalUrl}`}${copy} Checked ${checked}.`;
}

/** "Copy citation" in plain text and in Markdown. */
export function CitationButtons({ facts }: { facts: CitationFacts }) {
  const [copied, setCopied] = useState<'text' | 'markdown' | null>(null);
  const copy = (markdown: boolean) =>
    void navigator.clipboard.writeText(citation(facts, markdown)).then(() => setCopied(markdown ? 'markdown' : 'text'));
  return (
    <p class="actions">
      <button type="button" class="button button--quiet" onClick={() => copy(false)}>
        {copied === 'text' ? t('copied') : t('copyCitation')}
      </button>
      <button type="button" class="button button--quiet" onClick={() => copy(true)}>
        {copied === 'markdown' ? t('copied') : t('copyMarkdown')}
      </button>
    </p>
  );
}
