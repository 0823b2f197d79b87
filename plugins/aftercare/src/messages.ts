import { defineMessages, type MessageRef } from '@lacewire/core';

/** What after-sales adds to an order's history, in every language, for staff and (`customer`) for the customer (`aftercare.*`). */
export const aftercareMessages = defineMessages({
  acceptanceRequested: {
    'zh-CN': '已请客户远程验收（第 {round} 次）',
    en: 'Remote acceptance requested (round {round})',
    customer: { 'zh-CN': '请远程验收（第 {round} 次）', en: 'Please accept the work remotely (round {round})' },
  },
  accepted: {
    'zh-CN': '客户已验收',
    en: 'The customer accepted the work',
    customer: { 'zh-CN': '您已验收', en: 'You accepted the work' },
  },
  acceptanceRejected: {
    'zh-CN': '客户标注了 {marks} 处问题',
    en: 'The customer marked {marks} spot(s) to redo',
    customer: { 'zh-CN': '您标注了 {marks} 处问题', en: 'You marked {marks} spot(s) to redo' },
  },
  acceptanceRejectedComment: {
    'zh-CN': '客户标注了 {marks} 处问题：{comment}',
    en: 'The customer marked {marks} spot(s) to redo: {comment}',
    customer: { 'zh-CN': '您标注了 {marks} 处问题：{comment}', en: 'You marked {marks} spot(s) to redo: {comment}' },
  },
  reviewed: {
    'zh-CN': '客户评价 {stars}',
    en: 'The customer rated it {stars}',
    customer: { 'zh-CN': '您的评价 {stars}', en: 'You rated it {stars}' },
  },
  complaint: {
    'zh-CN': '客户提交了售后问题',
    en: 'The customer reported an after-sales issue',
    customer: { 'zh-CN': '您提交了售后问题', en: 'You reported an after-sales issue' },
  },
});

export const aftercareText = (key: keyof typeof aftercareMessages, params?: MessageRef['params']): MessageRef => ({
  key: `aftercare.${key}`,
  params,
});
