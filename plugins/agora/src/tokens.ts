import agoraToken from 'agora-token';
import type { AgoraConfig } from './config.ts';

const { RtcRole, RtcTokenBuilder, RtmTokenBuilder } = agoraToken;

export type RtcRoleName = 'publisher' | 'subscriber';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  /** When the client should fetch a new token (before expiry, so nothing drops). */
  renewAt: Date;
}

function times(lifetimeSeconds: number, renewBeforeSeconds: number, now = Date.now()) {
  const expiresAt = new Date(now + lifetimeSeconds * 1000);
  const renewAt = new Date(expiresAt.getTime() - Math.min(renewBeforeSeconds, lifetimeSeconds / 2) * 1000);
  return { expiresAt, renewAt };
}

/** RTM login token (AccessToken2, "007…") for one RTM user id. */
export function rtmToken(config: AgoraConfig, rtmUserId: string): IssuedToken {
  if (!config.appId || !config.appCertificate) throw new Error('Agora tokens are not configured.');
  const token = RtmTokenBuilder.buildToken(config.appId, config.appCertificate, rtmUserId, config.rtmTokenSeconds);
  return { token, ...times(config.rtmTokenSeconds, config.renewBeforeSeconds) };
}

/** RTC token for one channel and uid; subscribers get the join privilege only. */
export function rtcToken(config: AgoraConfig, channel: string, uid: number, role: RtcRoleName): IssuedToken {
  if (!config.appId || !config.appCertificate) throw new Error('Agora tokens are not configured.');
  const token = RtcTokenBuilder.buildTokenWithUid(
    config.appId,
    config.appCertificate,
    channel,
    uid,
    role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER,
    config.rtcTokenSeconds,
    config.rtcTokenSeconds,
  );
  return { token, ...times(config.rtcTokenSeconds, config.renewBeforeSeconds) };
}
