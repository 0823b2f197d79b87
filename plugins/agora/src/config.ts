/**
 * Agora settings. Every one is optional: without them the plugin says "not configured" and the
 * product runs on GraphQL subscriptions alone. Parts switch on independently:
 * tokens (app id + certificate), RTM push (app id + REST customer key/secret), webhook (secret).
 */
export interface AgoraConfig {
  /** 32 hex characters (Agora Console → project). */
  appId: string | null;
  /** 32 hex characters; signs RTM and RTC tokens. */
  appCertificate: string | null;
  /** RESTful API customer id/secret (Basic auth for RTM peer messages). */
  customerKey: string | null;
  customerSecret: string | null;
  /** Secret of the notification (NCS) webhook; verifies `Agora-Signature-V2`. */
  webhookSecret: string | null;
  /** REST base URL (region / test stand-in). */
  baseUrl: string;
  /** RTM token lifetime and how long before expiry clients renew. */
  rtmTokenSeconds: number;
  renewBeforeSeconds: number;
  /** RTC token lifetime for call participants. */
  rtcTokenSeconds: number;
  /** How long invitees ring before they count as missed. */
  ringSeconds: number;
  /** RTM REST: per-request timeout, retry backoff (base, cap), calls per second per app id. */
  pushTimeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  pushRatePerSecond: number;
  /** Largest payload sent inline; larger events go as a reference the client fetches. */
  maxPayloadBytes: number;
}

export const DEFAULT_AGORA_CONFIG: AgoraConfig = {
  appId: null,
  appCertificate: null,
  customerKey: null,
  customerSecret: null,
  webhookSecret: null,
  baseUrl: 'https://api.agora.io',
  rtmTokenSeconds: 3600,
  renewBeforeSeconds: 300,
  rtcTokenSeconds: 3600,
  ringSeconds: 45,
  pushTimeoutMs: 5000,
  retryBaseMs: 1000,
  retryMaxMs: 300_000,
  // Agora allows 500 peer + channel message calls per second per app id; stay below it.
  pushRatePerSecond: 400,
  maxPayloadBytes: 32 * 1024,
};

const HEX32 = /^[0-9a-f]{32}$/i;

/** Merges and validates; a malformed id or certificate is a startup error, not a silent ''. */
export function resolveAgoraConfig(input: Partial<AgoraConfig> = {}): AgoraConfig {
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== '')) as Partial<AgoraConfig>;
  const config: AgoraConfig = { ...DEFAULT_AGORA_CONFIG, ...clean };
  if (config.appId && !HEX32.test(config.appId)) {
    throw new Error('Agora app id must be 32 hexadecimal characters (AGORA_APP_ID).');
  }
  if (config.appCertificate && !HEX32.test(config.appCertificate)) {
    throw new Error('Agora app certificate must be 32 hexadecimal characters (AGORA_APP_CERTIFICATE).');
  }
  if (!!config.customerKey !== !!config.customerSecret) {
    throw new Error('Set both AGORA_CUSTOMER_KEY and AGORA_CUSTOMER_SECRET, or neither.');
  }
  if (config.renewBeforeSeconds >= config.rtmTokenSeconds) {
    throw new Error('AGORA_RENEW_BEFORE_SECONDS must be shorter than AGORA_RTM_TOKEN_SECONDS.');
  }
  config.baseUrl = config.baseUrl.replace(/\/+$/, '');
  return config;
}

export interface AgoraCapabilities {
  tokens: boolean;
  push: boolean;
  webhook: boolean;
  /** Settings still needed for the full integration (names of environment variables). */
  missing: string[];
}

export function capabilities(config: AgoraConfig): AgoraCapabilities {
  const missing: string[] = [];
  if (!config.appId) missing.push('AGORA_APP_ID');
  if (!config.appCertificate) missing.push('AGORA_APP_CERTIFICATE');
  if (!config.customerKey) missing.push('AGORA_CUSTOMER_KEY', 'AGORA_CUSTOMER_SECRET');
  if (!config.webhookSecret) missing.push('AGORA_WEBHOOK_SECRET');
  return {
    tokens: !!(config.appId && config.appCertificate),
    push: !!(config.appId && config.appCertificate && config.customerKey && config.customerSecret),
    webhook: !!config.webhookSecret,
    missing,
  };
}
