import { defineMessages, type MessageRef } from '@lacewire/core';

/** What after-sales adds to an order's history, in every language (`aftercare.*`). */
export const aftercareMessages = defineMessages({
  acceptanceRequested: { 'zh-CN': '请远程验收（第 {round} 次）', en: 'Please accept the work remotely (round {round})' },
  accepted: { 'zh-CN': '客户已验收', en: 'The customer accepted the work' },
  acceptanceRejected: { 'zh-CN': '客户标注了 {marks} 处问题', en: 'The customer marked {marks} spot(s) to redo' },
  acceptanceRejectedComment: {
    'zh-CN': '客户标注了 {marks} 处问题：{comment}',
    en: 'The customer marked {marks} spot(s) to redo: {comment}',
  },
  reviewed: { 'zh-CN': '客户评价 {stars}', en: 'The customer rated it {stars}' },
  complaint: { 'zh-CN': '客户提交了售后问题', en: 'The customer reported an after-sales issue' },
});

export const aftercareText = (key: keyof typeof aftercareMessages, params?: MessageRef['params']): MessageRef => ({
  key: `aftercare.${key}`,
  params,
});
