import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { schemas, senders } from '../message-schemas';
import type { MessageData, MessageName, MessageResult } from '../messages';

type Sender = Browser.runtime.MessageSender;

/** The background's handlers: one small function per message name. */
export type Handlers = {
  [N in MessageName]: (data: MessageData<N>, sender: Sender) => Promise<MessageResult<N>>;
};

function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(schemas, name);
}

function trustedSender(name: MessageName, sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (senders[name] === 'content-script') {
    // Only a top frame's content script speaks for a tab.
    return sender.tab?.id !== undefined && sender.frameId === 0 && /^https?:/.test(sender.url ?? '');
  }
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * Routes every incoming message to its handler after checking who sent it and validating its
 * argument; anything else is dropped without an answer.
 */
export function registerHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { name, data } = message as { name?: unknown; data?: unknown };
    if (!isMessageName(name) || !trustedSender(name, sender)) return undefined;
    const parsed = v.safeParse(schemas[name], data);
    if (!parsed.success) return undefined;
    const handler = handlers[name] as (data: unknown, sender: Sender) => Promise<unknown>;
    return handler(parsed.output, sender).catch((error: unknown) => {
      console.warn(`Upstream: ${name} failed`, error);
      return undefined;
    });
  });
}
