import { defineMessages, MessageCatalogue, type MessageRef } from '@lacewire/core';

/** What the store's side says by itself in a conversation, in every language (`messaging.*`). */
export const messagingMessages = defineMessages({
  closedNow: {
    'zh-CN': '您好，{store}现在不在营业时间。我们已收到您的消息，会在营业后第一时间回复您。',
    en: 'Hello, {store} is closed right now. We have your message and will answer as soon as we open.',
  },
  closedNowHours: {
    'zh-CN': '您好，{store}现在不在营业时间（营业时间 {hours}）。我们已收到您的消息，会在营业后第一时间回复您。',
    en: 'Hello, {store} is closed right now (open {hours}). We have your message and will answer as soon as we open.',
  },
});

const own = new MessageCatalogue([{ name: 'messaging', messages: messagingMessages }]);

/**
 * A system message's body and its reference: the body is the Chinese wording (search, older
 * clients); `meta.text` keeps the reference so each reader gets it in their own language.
 */
export function systemText(key: keyof typeof messagingMessages, params?: MessageRef['params']) {
  const ref: MessageRef = { key: `messaging.${key}`, params };
  return { body: own.text(ref, 'zh-CN'), text: ref };
}
