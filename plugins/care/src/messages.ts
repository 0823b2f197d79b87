import { defineMessages, formatMessage, type MessageRef } from '@lacewire/core';
import { CANCELLED, labelOf, ON_HOLD, type Stage } from './pipeline.ts';

/**
 * What the order's history says, in every language (the platform's catalogue, keyed `care.*`).
 * Entries keep a key and parameters and are worded when read, in the reader's language and for
 * the reader: staff read the shop's side ("客户已同意"), the customer is addressed ("您已同意")
 * where the `customer` variant says so. Stage and service names are the store's own words and
 * stay as the store wrote them.
 */
export const careMessages = defineMessages({
  opened: { 'zh-CN': '已收件，吊牌号 {tag}', en: 'Received, tag {tag}' },
  openedAwaitingIntake: {
    'zh-CN': '已到店，待登记，吊牌号 {tag}',
    en: 'Arrived, awaiting intake, tag {tag}',
    customer: {
      'zh-CN': '您已到店，正在为您登记，吊牌号 {tag}',
      en: 'You have arrived; we are registering your pair, tag {tag}',
    },
  },
  status: { 'zh-CN': '{stage}', en: '{stage}' },
  onHold: {
    'zh-CN': '等待客户确认',
    en: 'Waiting for the customer',
    customer: { 'zh-CN': '等待您确认', en: 'Waiting for your answer' },
  },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  statusWithReason: { 'zh-CN': '{stage}（{reason}）', en: '{stage} ({reason})' },
  assigned: { 'zh-CN': '技师：{technician}', en: 'Technician: {technician}' },
  unassigned: {
    'zh-CN': '技师：未分配（回到待认领）',
    en: 'Technician: none (back in the pool)',
    customer: { 'zh-CN': '技师：待安排', en: 'Technician: to be assigned' },
  },
  claimed: {
    'zh-CN': '技师：{technician}（认领）',
    en: 'Technician: {technician} (claimed)',
    customer: { 'zh-CN': '技师：{technician}', en: 'Technician: {technician}' },
  },
  intakeCompleted: {
    'zh-CN': '已登记：{brand}',
    en: 'Registered: {brand}',
    customer: { 'zh-CN': '您的鞋已登记：{brand}', en: 'Your pair is registered: {brand}' },
  },
  pairEdited: { 'zh-CN': '鞋款：{pair}', en: 'Pair: {pair}' },
  servicesEdited: { 'zh-CN': '服务项目：{before} → {after}', en: 'Services: {before} → {after}' },
  promiseChanged: {
    'zh-CN': '预计完成：{before} → {after}',
    en: 'Promised for: {before} → {after}',
    customer: { 'zh-CN': '预计完成时间已调整：{before} → {after}', en: 'Expected to be done by {after} (was {before})' },
  },
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
    customer: {
      'zh-CN': '追加项目等您确认：{service} {price} — {description}',
      en: 'Extra work awaiting your approval: {service} {price} — {description}',
    },
  },
  changeApproved: {
    'zh-CN': '客户已同意：{service}',
    en: 'The customer approved: {service}',
    customer: { 'zh-CN': '您已同意：{service}', en: 'You approved: {service}' },
  },
  changeApprovedNote: {
    'zh-CN': '客户已同意：{service}（{note}）',
    en: 'The customer approved: {service} ({note})',
    customer: { 'zh-CN': '您已同意：{service}（{note}）', en: 'You approved: {service} ({note})' },
  },
  changeDeclined: {
    'zh-CN': '客户已拒绝：{service}',
    en: 'The customer declined: {service}',
    customer: { 'zh-CN': '您已拒绝：{service}', en: 'You declined: {service}' },
  },
  changeDeclinedNote: {
    'zh-CN': '客户已拒绝：{service}（{note}）',
    en: 'The customer declined: {service} ({note})',
    customer: { 'zh-CN': '您已拒绝：{service}（{note}）', en: 'You declined: {service} ({note})' },
  },
  changeSettledApproved: {
    'zh-CN': '客户已确认追加项目',
    en: 'the customer approved the extra work',
    customer: { 'zh-CN': '您已确认追加项目', en: 'you approved the extra work' },
  },
  changeSettledDeclined: {
    'zh-CN': '客户未追加项目',
    en: 'the customer declined the extra work',
    customer: { 'zh-CN': '您未追加项目', en: 'you declined the extra work' },
  },
  conditionAcknowledged: {
    'zh-CN': '客户已确认收件时的鞋况',
    en: 'The customer confirmed the condition at intake',
    customer: { 'zh-CN': '您已确认收件时的鞋况', en: 'You confirmed the condition at intake' },
  },
  pickupReminder: { 'zh-CN': '取件提醒（第 {count} 次）', en: 'Pickup reminder (no. {count})' },
  acceptedRemotely: {
    'zh-CN': '客户已远程验收',
    en: 'the customer accepted remotely',
    customer: { 'zh-CN': '您已远程验收', en: 'you accepted remotely' },
  },
  rework: { 'zh-CN': '返工：{comment}', en: 'rework: {comment}' },
  reworkMarked: {
    'zh-CN': '返工：客户标注的问题',
    en: 'rework: the spots the customer marked',
    customer: { 'zh-CN': '返工：您标注的问题', en: 'rework: the spots you marked' },
  },
  duplicateClosed: {
    'zh-CN': '重复的在店订单，这双鞋在 {tag} 继续',
    en: 'a duplicate active order; the pair continues on {tag}',
    customer: {
      'zh-CN': '重复的订单已关闭，您的鞋在订单 {tag} 继续护理',
      en: 'a duplicate order; your pair continues on order {tag}',
    },
  },
});

export type CareMessage = keyof typeof careMessages;

/** A reference into care's texts (the platform resolves `care.<key>`). */
export const careText = (key: CareMessage, params?: MessageRef['params']): MessageRef => ({ key: `care.${key}`, params });

/** A stage in a text: the store's own label, or care's words (for the reader) for on hold and cancelled. */
export function stageText(pipeline: Stage[], status: string): string | MessageRef {
  const own = pipeline.some((s) => s.key === status);
  return !own && (status === ON_HOLD || status === CANCELLED) ? careText(status) : labelOf(pipeline, status);
}

/** A status reason as staff typed it, or one of care's own texts. */
export type Reason = string | MessageRef;

/** The Chinese wording of a reason, for events (their payload carries text, as before). */
export function reasonText(reason: Reason | null): string | null {
  if (reason === null || typeof reason === 'string') return reason;
  const message = careMessages[reason.key.replace(/^care\./, '') as CareMessage];
  return message ? formatMessage(message['zh-CN'], reason.params, (inner) => reasonText(inner) ?? '') : reason.key;
}
