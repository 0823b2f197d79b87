import { createHmac, timingSafeEqual } from 'node:crypto';
import { type HttpRoute, type Runtime, rows, sql } from '@lacewire/core';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { type CallHooks, finishCall, markJoined, markLeft } from './calls.ts';
import { AgoraCall, AgoraCallParticipant } from './entities.ts';
import { agoraState } from './state.ts';

export const WEBHOOK_PATH = '/webhooks/agora';

/** Channel event types of Agora's notification service (RTC). */
export const JOIN_EVENTS = new Set([103, 105, 107]);
export const LEAVE_EVENTS = new Set([104, 106, 108]);
export const CHANNEL_DESTROYED = 102;

export function signatureV2(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/** Constant-time check of `Agora-Signature-V2` (HMAC-SHA256, hex) over the raw body. */
export function verifySignatureV2(secret: string, rawBody: Buffer, header: string | null): boolean {
  if (!header || !/^[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = Buffer.from(signatureV2(secret, rawBody), 'hex');
  const given = Buffer.from(header.trim().toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Agora's notices are a few hundred bytes; anything far larger is refused unread (413). */
export const WEBHOOK_MAX_BYTES = 64 * 1024;

/** A notice as Agora sends it; a field of the wrong type is a 400 (Agora does not retry a 4xx). */
const NoticeSchema = z.looseObject({
  noticeId: z.string().min(1).max(200),
  productId: z.number().optional(),
  eventType: z.number().int(),
  notifyMs: z.number().optional(),
  sid: z.string().optional(),
  payload: z
    .looseObject({
      channelName: z.string().max(200).optional(),
      uid: z.number().int().optional(),
      ts: z.number().optional(),
      reason: z.number().optional(),
      clientSeq: z.number().optional(),
    })
    .optional(),
});
type Notice = z.infer<typeof NoticeSchema>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * POST /webhooks/agora: Agora's notification callback. The signature is checked over the exact
 * bytes received; a notice is processed once (noticeId), in one transaction with its effects, so
 * a failure answers 500 and Agora's retry processes it again.
 */
export function webhookRoute(runtime: Runtime): HttpRoute {
  const { config, hooks } = agoraState.of(runtime);
  return {
    prefix: WEBHOOK_PATH,
    maxBodyBytes: WEBHOOK_MAX_BYTES,
    async handle(request) {
      if (new URL(request.url).pathname !== WEBHOOK_PATH) return null;
      if (request.method !== 'POST') return json(405, { error: 'POST only' });
      if (!config.webhookSecret) return json(404, { error: 'Agora webhook is not configured' });
      const raw = Buffer.from(await request.arrayBuffer());
      if (!verifySignatureV2(config.webhookSecret, raw, request.headers.get('agora-signature-v2'))) {
        runtime.log.warn({ path: WEBHOOK_PATH }, 'agora webhook: bad or missing signature');
        return json(401, { error: 'bad signature' });
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return json(400, { error: 'body is not JSON' });
      }
      const parsed = NoticeSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return json(400, { error: `${issue.path.join('.') || 'body'}: ${issue.message}` });
      }
      const notice = parsed.data;
      try {
        const duplicate = await runtime.tx(async (tx) => {
          const inserted = await rows<{ notice_id: string }>(
            tx.em,
            sql`insert into agora_webhook_notice (notice_id, event_type, channel, uid, body)
                values (${notice.noticeId}, ${notice.eventType}, ${notice.payload?.channelName ?? null}, ${notice.payload?.uid ?? null},
                        ${JSON.stringify(notice)}::jsonb)
                on conflict (notice_id) do nothing returning notice_id`,
          );
          if (inserted.length === 0) return true;
          await applyNotice(tx, notice, hooks);
          return false;
        });
        return json(200, { ok: true, duplicate });
      } catch (error) {
        runtime.log.error({ err: error, noticeId: notice.noticeId }, 'agora webhook: processing failed');
        return json(500, { error: 'processing failed' });
      }
    },
  };
}

async function applyNotice(tx: Parameters<Parameters<Runtime['tx']>[0]>[0], notice: Notice, hooks: CallHooks) {
  const channel = notice.payload?.channelName;
  if (!channel) return;
  const call = await tx.em.findOne(AgoraCall, { channel }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!call) return;
  const open = call.status === 'ringing' || call.status === 'active';
  if (notice.eventType === CHANNEL_DESTROYED) {
    if (open && call.connectedAt) await finishCall(tx, call, 'ended', null, hooks);
    return;
  }
  const uid = notice.payload?.uid;
  if (typeof uid !== 'number') return;
  const participant = await tx.em.findOne(AgoraCallParticipant, { callId: call.id, rtcUid: uid });
  if (!participant) return; // a uid we never gave a token: nothing to confirm
  if (JOIN_EVENTS.has(notice.eventType)) {
    if (open) await markJoined(tx, call, participant, 'webhook');
  } else if (LEAVE_EVENTS.has(notice.eventType)) {
    await markLeft(tx, call, participant, 'webhook', hooks, notice.payload?.reason ?? null);
  }
}
