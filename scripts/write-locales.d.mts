// Types for the locale test, which imports the generator to compare its output with the committed files.
export declare const LANGUAGES: readonly string[];
/** The messages.json text of `lang`, as `npm run locales` writes it. */
export declare function localeFile(lang: string): string;
