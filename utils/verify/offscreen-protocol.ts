/** The one request the background sends its offscreen document. */
export interface ParseRequest {
  target: 'upstream-offscreen';
  html: string;
  url: string;
}

export function isParseRequest(message: unknown): message is ParseRequest {
  if (typeof message !== 'object' || message === null) return false;
  const request = message as Partial<ParseRequest>;
  return request.target === 'upstream-offscreen' && typeof request.html === 'string' && typeof request.url === 'string';
}
