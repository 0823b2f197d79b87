/** Delivers a one-time sign-in code (SMS gateway in production). */
export type CodeSender = (phone: string, code: string) => Promise<void>;

export interface IdentityConfig {
  sendCode: CodeSender;
  /** Session lifetime for staff (a shift or two) and for customers (a phone stays signed in). */
  staffSessionHours: number;
  customerSessionDays: number;
  codeTtlMinutes: number;
  /** Failed sign-ins per phone/username in the window before RateLimited. */
  maxFailedAttempts: number;
  attemptWindowMinutes: number;
}

export const DEFAULT_IDENTITY_CONFIG: Omit<IdentityConfig, 'sendCode'> = {
  staffSessionHours: 12,
  customerSessionDays: 30,
  codeTtlMinutes: 5,
  maxFailedAttempts: 5,
  attemptWindowMinutes: 15,
};
