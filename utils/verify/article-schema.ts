import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** An ExtractedArticle handed over by a page script or the offscreen document: never trusted. */
export const articleSchema = v.object({
  url: v.pipe(text(2048), v.check((value) => /^https?:\/\//i.test(value), 'only http(s) URLs')),
  title: v.optional(text(300)),
  siteName: v.optional(text(120)),
  byline: v.optional(text(200)),
  publishedAt: v.optional(text(40)),
  language: v.optional(text(12)),
  paragraphs: v.pipe(v.array(text(20_000)), v.maxLength(2000)),
});
