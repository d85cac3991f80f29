import * as v from 'valibot';

/**
 * Reads a file the reader chose to import: refused whole when it is too large, is not JSON,
 * or does not fit `schema` (another tool's file, a damaged one).
 */
export function readJsonFile<T>(text: string, maxChars: number, schema: v.GenericSchema<unknown, T>): { data: T } | { error: 'too-large' | 'not-json' | 'wrong-file' } {
  if (text.length > maxChars) return { error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  const parsed = v.safeParse(schema, data);
  return parsed.success ? { data: parsed.output } : { error: 'wrong-file' };
}
