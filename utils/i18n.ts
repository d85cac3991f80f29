import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every string key; English is the reference and the tests check the other languages have each. */
export type MessageKey = keyof typeof messages;

/** The UI string `key` in the browser's language, with `$1`-style substitutions. */
export function t(key: MessageKey, substitutions?: string[]): string {
  // browser.i18n.getMessage's types only know the manifest's keys.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The UI language (e.g. "fr", "ar"), for dates and numbers. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** `YYYY-MM-DD` or ISO 8601 as a date in the UI language ("30 oct. 2023"). */
export function formatDate(value: string | number, withTime = false): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  const dateOnly = typeof value === 'string' && value.length === 10;
  return new Intl.DateTimeFormat(uiLanguage(), {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** `rtl` for Arabic and other right-to-left UI languages. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** A number in the UI language's digits and grouping. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}
