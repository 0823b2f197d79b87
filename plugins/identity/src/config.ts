import type { RateLimit, Runtime } from '@lacewire/core';

/** Delivers a one-time sign-in code (SMS gateway in production). */
export type CodeSender = (phone: string, code: string) => Promise<void>;

/**
 * Sign-in limits (docs/security.md explains each). Every attempt takes a point before it is
 * evaluated; successful sign-ins give theirs back. Narrow keys (one login from one address) are
 * tight, wide ones (one login from anywhere) loose and short, so an attacker cannot keep the
 * rightful owner out for longer than the wide window.
 */
export interface IdentityLimits {
  passwordPerLoginAndAddress: RateLimit;
  passwordPerAddress: RateLimit;
  passwordPerLogin: RateLimit;
  codeSendPerPhoneAndAddress: RateLimit;
  codeSendPerAddress: RateLimit;
  codeSendPerPhone: RateLimit;
  codeCheckPerAddress: RateLimit;
  /** Checks of one code, right or wrong, before it is burned (a new one must be requested): the per-phone limit. */
  codeTries: number;
}

export interface IdentityConfig {
  sendCode: CodeSender;
  /** Session lifetime for staff (a shift or two) and for customers (a phone stays signed in). */
  staffSessionHours: number;
  customerSessionDays: number;
  codeTtlMinutes: number;
  limits: IdentityLimits;
}

const limit = (name: string, points: number, windowSeconds: number): RateLimit => ({ name, points, windowSeconds });

export const DEFAULT_IDENTITY_LIMITS: IdentityLimits = {
  passwordPerLoginAndAddress: limit('password.loginAddress', 5, 15 * 60),
  passwordPerAddress: limit('password.address', 30, 15 * 60),
  passwordPerLogin: limit('password.login', 20, 5 * 60),
  codeSendPerPhoneAndAddress: limit('codeSend.phoneAddress', 1, 60),
  codeSendPerAddress: limit('codeSend.address', 20, 60 * 60),
  codeSendPerPhone: limit('codeSend.phone', 10, 15 * 60),
  codeCheckPerAddress: limit('codeCheck.address', 30, 15 * 60),
  codeTries: 5,
};

export const DEFAULT_IDENTITY_CONFIG: Omit<IdentityConfig, 'sendCode'> = {
  staffSessionHours: 12,
  customerSessionDays: 30,
  codeTtlMinutes: 5,
  limits: DEFAULT_IDENTITY_LIMITS,
};

/** What the server may set: any part of the configuration, limits one by one. */
export type IdentitySettings = Partial<Omit<IdentityConfig, 'limits'>> & { limits?: Partial<IdentityLimits> };

/** The settings over the defaults. Without a sender the code goes to the log (development; production passes an SMS gateway). */
export function resolveIdentityConfig(settings: IdentitySettings | undefined, log: Runtime['log']): IdentityConfig {
  return {
    ...DEFAULT_IDENTITY_CONFIG,
    ...settings,
    sendCode: settings?.sendCode ?? (async (phone, code) => log.info({ phone, code }, 'sign-in code')),
    limits: { ...DEFAULT_IDENTITY_LIMITS, ...settings?.limits },
  };
}
