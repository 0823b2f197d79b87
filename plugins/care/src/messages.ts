import { defineMessages, formatMessage, type MessageRef } from '@lacewire/core';

/**
 * What the order's history says, in every language (the platform's catalogue, keyed `care.*`).
 * Entries keep a key and parameters and are worded when read, in the reader's language; stage
 * and service names are the store's own words and stay as the store wrote them.
 */
export const careMessages = defineMessages({
  opened: { 'zh-CN': '已收件，吊牌号 {tag}', en: 'Received, tag {tag}' },
  openedAwaitingIntake: { 'zh-CN': '已到店，待登记，吊牌号 {tag}', en: 'Arrived, awaiting intake, tag {tag}' },
  status: { 'zh-CN': '{stage}', en: '{stage}' },
  statusWithReason: { 'zh-CN': '{stage}（{reason}）', en: '{stage} ({reason})' },
  assigned: { 'zh-CN': '技师：{technician}', en: 'Technician: {technician}' },
  unassigned: { 'zh-CN': '技师：未分配（回到待认领）', en: 'Technician: none (back in the pool)' },
  claimed: { 'zh-CN': '技师：{technician}（认领）', en: 'Technician: {technician} (claimed)' },
  intakeCompleted: { 'zh-CN': '已登记：{brand}', en: 'Registered: {brand}' },
  pairEdited: { 'zh-CN': '鞋款：{pair}', en: 'Pair: {pair}' },
  servicesEdited: { 'zh-CN': '服务项目：{before} → {after}', en: 'Services: {before} → {after}' },
  promiseChanged: { 'zh-CN': '预计完成：{before} → {after}', en: 'Promised for: {before} → {after}' },
  notesEdited: { 'zh-CN': '鞋况备注：{notes}', en: 'Condition notes: {notes}' },
  notesCleared: { 'zh-CN': '鞋况备注已清空', en: 'Condition notes cleared' },
  photosEdited: {
    'zh-CN': '收件照片：新增 {added} 张，移除 {removed} 张',
    en: 'Intake photos: {added} added, {removed} removed',
  },
  stepStarted: { 'zh-CN': '{stage} 开始', en: '{stage} started' },
  stepStartedService: { 'zh-CN': '{stage} 开始：{service}', en: '{stage} started: {service}' },
  stepFinished: { 'zh-CN': '{stage} 完成（{minutes} 分钟）', en: '{stage} finished ({minutes} min)' },
  changeRequested: {
    'zh-CN': '追加项目待确认：{service} {price} — {description}',
    en: 'Extra work awaiting approval: {service} {price} — {description}',
  },
  changeApproved: { 'zh-CN': '客户已同意：{service}', en: 'The customer approved: {service}' },
  changeApprovedNote: { 'zh-CN': '客户已同意：{service}（{note}）', en: 'The customer approved: {service} ({note})' },
  changeDeclined: { 'zh-CN': '客户已拒绝：{service}', en: 'The customer declined: {service}' },
  changeDeclinedNote: { 'zh-CN': '客户已拒绝：{service}（{note}）', en: 'The customer declined: {service} ({note})' },
  changeSettledApproved: { 'zh-CN': '客户已确认追加项目', en: 'the customer approved the extra work' },
  changeSettledDeclined: { 'zh-CN': '客户未追加项目', en: 'the customer declined the extra work' },
  conditionAcknowledged: { 'zh-CN': '客户已确认收件时的鞋况', en: 'The customer confirmed the condition at intake' },
  pickupReminder: { 'zh-CN': '取件提醒（第 {count} 次）', en: 'Pickup reminder (no. {count})' },
  acceptedRemotely: { 'zh-CN': '客户已远程验收', en: 'the customer accepted remotely' },
  rework: { 'zh-CN': '返工：{comment}', en: 'rework: {comment}' },
  reworkMarked: { 'zh-CN': '返工：客户标注的问题', en: 'rework: the spots the customer marked' },
});

export type CareMessage = keyof typeof careMessages;

/** A reference into care's texts (the platform resolves `care.<key>`). */
export const careText = (key: CareMessage, params?: MessageRef['params']): MessageRef => ({ key: `care.${key}`, params });

/** A status reason as staff typed it, or one of care's own texts. */
export type Reason = string | MessageRef;

/** The Chinese wording of a reason, for events (their payload carries text, as before). */
export function reasonText(reason: Reason | null): string | null {
  if (reason === null || typeof reason === 'string') return reason;
  const message = careMessages[reason.key.replace(/^care\./, '') as CareMessage];
  return message ? formatMessage(message['zh-CN'], reason.params, (inner) => reasonText(inner) ?? '') : reason.key;
}
