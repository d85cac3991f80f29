import { charsetOf, readHead } from './html-head';

/**
 * Decodes an HTML body by the charset its HTTP header names, else the one its `<meta>`
 * declares, else UTF-8. Arabic outlets still serve windows-1256.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetOf(contentType) ?? sniffMetaCharset(bytes);
  return decoderFor(declared).decode(bytes);
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  // The HTML spec looks at the first 1024 bytes for the meta charset; ASCII suffices for that.
  const prefix = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return readHead(prefix).charset;
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An unknown label must not lose the page: read it as UTF-8.
    return new TextDecoder('utf-8');
  }
}

/** Reads at most `maxBytes` of a response body; returns the bytes and whether it stopped early. */
export async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(0), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - size;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, truncated };
}
