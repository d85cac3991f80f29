import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detect } from '@/utils/detect';

// Injected by the background into pages the content script's quick pass flagged; its value
// is the page's Detection (or null), which the background validates before use.
export default defineUnlistedScript(() => detect(document, new URL(location.href)));
