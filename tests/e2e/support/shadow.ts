import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

// Upstream's covers and banner live in closed shadow roots, out of reach of page scripts and of
// Playwright's selectors; the DevTools protocol sees through them.

async function documentTree(page: Page): Promise<{ root: DomNode; send: (method: string, params: object) => Promise<unknown>; close: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const send = (method: string, params: object) => cdp.send(method as 'DOM.getDocument', params);
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return { root, send, close: () => cdp.detach() };
}

function find(node: DomNode, test: (node: DomNode, inHost: boolean) => boolean, hostAttribute: string, inHost = false): DomNode | undefined {
  const host = inHost || (node.attributes ?? []).includes(hostAttribute);
  if (test(node, host)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test, hostAttribute, host);
    if (found) return found;
  }
  return undefined;
}

/** The markup inside the closed shadow root of the first element carrying `hostAttribute`. */
export async function shadowHtml(page: Page, hostAttribute: string): Promise<string | null> {
  const tree = await documentTree(page);
  try {
    const host = find(tree.root, (node) => (node.attributes ?? []).includes(hostAttribute), hostAttribute);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const parts = await Promise.all(
      (shadow.children ?? []).map(async (child) => ((await tree.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string }).outerHTML),
    );
    return parts.join('');
  } finally {
    await tree.close();
  }
}

/** Clicks the first element named `nodeName` inside a shadow host carrying `hostAttribute`. */
export async function clickInShadow(page: Page, hostAttribute: string, nodeName: string): Promise<void> {
  const tree = await documentTree(page);
  try {
    const target = find(tree.root, (node, inHost) => inHost && node.nodeName === nodeName, hostAttribute);
    if (!target) throw new Error(`no ${nodeName} inside [${hostAttribute}]`);
    const { model } = (await tree.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await tree.close();
  }
}
