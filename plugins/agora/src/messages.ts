import { defineMessages, MessageCatalogue, type MessageRef } from '@lacewire/core';
import type { CallRecord } from './calls.ts';

/** Call records as they appear in a conversation, in every language (`agora.*`). */
export const agoraMessages = defineMessages({
  authentication: { 'zh-CN': '鉴定', en: 'authentication' },
  inspection: { 'zh-CN': '验鞋', en: 'inspection' },
  consult: { 'zh-CN': '咨询', en: 'consult' },
  acceptance: { 'zh-CN': '验收', en: 'acceptance' },
  callMissed: { 'zh-CN': '未接视频通话（{purpose}）', en: 'Missed video call ({purpose})' },
  callDeclined: { 'zh-CN': '视频通话（{purpose}）已拒绝', en: 'Video call ({purpose}) declined' },
  callCancelled: { 'zh-CN': '视频通话（{purpose}）已取消', en: 'Video call ({purpose}) cancelled' },
  callEnded: { 'zh-CN': '视频通话（{purpose}） · 时长 {duration}', en: 'Video call ({purpose}) · {duration}' },
});

const own = new MessageCatalogue([{ name: 'agora', messages: agoraMessages }]);

/** What a call record says: a reference (worded per reader) and its Chinese wording. */
export function callRecordText(record: CallRecord): { body: string; text: MessageRef } {
  const purpose: MessageRef = { key: `agora.${record.purpose}` };
  const key =
    record.status === 'missed'
      ? 'callMissed'
      : record.status === 'declined'
        ? 'callDeclined'
        : record.status === 'cancelled'
          ? 'callCancelled'
          : 'callEnded';
  const s = record.durationSeconds ?? 0;
  const text: MessageRef = {
    key: `agora.${key}`,
    params: { purpose, duration: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` },
  };
  return { body: own.text(text, 'zh-CN'), text };
}
