import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/verify/extract';

// Injected only into pages already found to be copies: the copy's text, to compare with the original.
export default defineUnlistedScript(() => extractArticle(document, new URL(location.href)));
