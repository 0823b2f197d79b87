import {
  InvalidInputError,
  type Locale,
  limitAttempts,
  NotAllowedError,
  readPlain,
  rows,
  type StaffRole,
  sharedLoader,
  sql,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdentityConfig } from './config.ts';
import { Account, type IAccount, Membership, Session, SignInCode } from './entities.ts';
import { hashPassword, hashToken, newSignInCode, newToken, verifyPassword } from './passwords.ts';
import { identityState } from './state.ts';

export interface NewAccount {
  kind: 'staff' | 'customer';
  displayName: string;
  phone?: string | null;
  username?: string | null;
  password?: string | null;
  isOwner?: boolean;
  locale?: string;
}

/** Creates an account; phone and username are unique across all accounts. */
export async function createAccount(tx: Tx, input: NewAccount): Promise<IAccount> {
  const { em } = tx;
  if (input.phone && (await em.count(Account, { phone: input.phone }))) {
    throw new InvalidInputError('This phone number already has an account.', 'phone');
  }
  if (input.username && (await em.count(Account, { username: input.username }))) {
    throw new InvalidInputError('This username is taken.', 'username');
  }
  const account = em.create(Account, {
    kind: input.kind,
    displayName: input.displayName,
    phone: input.phone ?? null,
    username: input.username ?? null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    isOwner: input.isOwner ?? false,
    locale: input.locale ?? 'zh-CN',
  });
  tx.emit(
    'identity.accountCreated',
    { accountId: account.id, kind: account.kind, displayName: account.displayName, phone: account.phone ?? null },
    { accounts: [account.id] },
  );
  return account;
}

function openSession(tx: Tx, account: IAccount, config: IdentityConfig, userAgent: string | null) {
  const { token, hash } = newToken();
  const ttl = account.kind === 'customer' ? config.customerSessionDays * 24 * 3600_000 : config.staffSessionHours * 3600_000;
  const session = tx.em.create(Session, {
    accountId: account.id,
    tokenHash: hash,
    expiresAt: new Date(Date.now() + ttl),
    userAgent,
  });
  return { token, session, account };
}

/** Runs a transaction; sign-in checks happen before it, outside any transaction. */
export type RunTx = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** Where a sign-in comes from: the client's address (rate limits) and user agent (the session list). */
export interface Origin {
  address: string;
  userAgent: string | null;
}

export async function signInWithPassword(
  em: EntityManager,
  runTx: RunTx,
  login: string,
  password: string,
  config: IdentityConfig,
  origin: Origin,
) {
  const { limits } = config;
  const who = login.toLowerCase();
  const keys = [
    [limits.passwordPerLoginAndAddress, `${who}|${origin.address}`],
    [limits.passwordPerAddress, origin.address],
    [limits.passwordPerLogin, who],
  ] as const;
  return limitAttempts(
    em,
    keys,
    async () => {
      const account = await em.findOne(Account, { $or: [{ username: login }, { phone: login }], kind: 'staff' });
      const ok = (await verifyPassword(password, account?.passwordHash)) && account && !account.disabled;
      if (!ok || !account) throw new InvalidInputError('Wrong username or password.', 'password');
      return runTx(async (tx) => openSession(tx, account, config, origin.userAgent));
    },
    { refundOnSuccess: true },
  );
}

export async function requestSignInCode(em: EntityManager, runTx: RunTx, phone: string, config: IdentityConfig, origin: Origin) {
  const { limits } = config;
  const keys = [
    [limits.codeSendPerPhoneAndAddress, `${phone}|${origin.address}`],
    [limits.codeSendPerAddress, origin.address],
    [limits.codeSendPerPhone, phone],
  ] as const;
  return limitAttempts(em, keys, () =>
    runTx(async (tx) => {
      const code = newSignInCode();
      const expiresAt = new Date(Date.now() + config.codeTtlMinutes * 60_000);
      tx.em.create(SignInCode, { phone, codeHash: hashToken(`${phone}:${code}`), expiresAt });
      await config.sendCode(phone, code);
      return { phone, expiresAt };
    }),
  );
}

/**
 * Takes one of the newest live code's tries, atomically: of any number of simultaneous guesses,
 * only `codeTries` ever reach the comparison; then the code is burned. Null when there is none left.
 */
async function takeCodeTry(em: EntityManager, phone: string, tries: number) {
  const [row] = await rows<{ id: string; code_hash: string }>(
    em,
    sql`update identity_sign_in_code set attempts = attempts + 1
         where id = (select id from identity_sign_in_code
                      where phone = ${phone} and used_at is null and expires_at > now() and attempts < ${tries}
                      order by expires_at desc limit 1)
           and attempts < ${tries}
        returning id, code_hash`,
  );
  return row ?? null;
}

/** Customers sign in by phone and code; the first sign-in creates the account (no registration). */
export async function signInWithCode(
  em: EntityManager,
  runTx: RunTx,
  phone: string,
  code: string,
  config: IdentityConfig,
  origin: Origin,
) {
  const { limits } = config;
  // Per phone, the code's own tries (takeCodeTry) are the limit: they burn the code, not the account.
  return limitAttempts(
    em,
    [[limits.codeCheckPerAddress, origin.address]],
    async () => {
      const candidate = await takeCodeTry(em, phone, limits.codeTries);
      if (!candidate || candidate.code_hash !== hashToken(`${phone}:${code}`)) {
        throw new InvalidInputError('The code is wrong or has expired.', 'code');
      }
      return runTx(async (tx) => {
        // Claimed atomically: a code opens one session only.
        const claimed = await rows(
          tx.em,
          sql`update identity_sign_in_code set used_at = now() where id = ${candidate.id} and used_at is null returning id`,
        );
        if (claimed.length === 0) throw new InvalidInputError('The code is wrong or has expired.', 'code');
        let account = await tx.em.findOne(Account, { phone });
        if (account && account.kind !== 'customer') throw new NotAllowedError('Staff sign in with a password.');
        if (account?.disabled) throw new NotAllowedError('This account is disabled.');
        account ??= await createAccount(tx, { kind: 'customer', phone, displayName: `顾客${phone.slice(-4)}` });
        return openSession(tx, account, config, origin.userAgent);
      });
    },
    { refundOnSuccess: true },
  );
}

export async function revokeSession(tx: Tx, sessionId: string, accountId: string) {
  const session = await tx.em.findOne(Session, { id: sessionId, accountId, revokedAt: null });
  if (!session) return false;
  session.revokedAt = new Date();
  tx.emit('identity.sessionRevoked', { sessionId, accountId }, { accounts: [accountId] });
  tx.afterCommit((runtime) => identityState.of(runtime).sessions.forgetSession(sessionId));
  return true;
}

/** The language the account reads the server's texts in (timeline, notices, call records). */
export async function setLocale(tx: Tx, accountId: string, locale: Locale) {
  const account = await tx.em.findOneOrFail(Account, { id: accountId });
  account.locale = locale;
  tx.afterCommit((runtime) => identityState.of(runtime).sessions.forgetAccount(accountId));
  tx.emit('identity.localeChanged', { accountId, locale }, { accounts: [accountId] });
  return account;
}

/** The viewer for a token, or null when it is unknown, expired, revoked or its account disabled (from the database). */
export async function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const [row] = await rows<{
    session_id: string;
    account_id: string;
    kind: string;
    display_name: string;
    is_owner: boolean;
    locale: string;
    expires_at: Date;
    memberships: { storeId: string; role: StaffRole }[] | null;
  }>(
    em,
    sql`select s.id as session_id, a.id as account_id, a.kind, a.display_name, a.is_owner, a.locale, s.expires_at,
            (select json_agg(json_build_object('storeId', m.store_id, 'role', m.role) order by m.created_at)
               from identity_membership m where m.account_id = a.id) as memberships
       from identity_session s join identity_account a on a.id = s.account_id
      where s.token_hash = ${hashToken(token)} and s.revoked_at is null and s.expires_at > now() and not a.disabled`,
  );
  if (!row) return null;
  return {
    accountId: row.account_id,
    sessionId: row.session_id,
    displayName: row.display_name,
    customerId: row.kind === 'customer' ? row.account_id : null,
    memberships: row.memberships ?? [],
    isOwner: row.is_owner,
    locale: row.locale,
    expiresAt: new Date(row.expires_at),
  };
}

export async function grantRole(tx: Tx, accountId: string, storeId: string, role: StaffRole) {
  const account = await tx.em.findOne(Account, { id: accountId });
  if (account?.kind !== 'staff') throw new InvalidInputError('Only staff accounts can work in a store.', 'accountId');
  const existing = await tx.em.findOne(Membership, { accountId, storeId });
  if (existing?.role === role) return;
  if (existing) existing.role = role;
  else tx.em.create(Membership, { accountId, storeId, role });
  tx.afterCommit((runtime) => identityState.of(runtime).sessions.forgetAccount(accountId));
  tx.emit(
    'identity.roleChanged',
    { accountId, storeId, role },
    { accounts: [accountId], stores: [storeId], roles: ['storeAdmin'] },
  );
  // A changed role narrows or widens what open streams were authorized for: end them. A new
  // store only adds access; the next request (and the next connection) sees it.
  if (existing) await endSessions(tx, accountId);
}

export async function revokeRole(tx: Tx, accountId: string, storeId: string) {
  const existing = await tx.em.findOne(Membership, { accountId, storeId });
  if (!existing) return false;
  tx.em.remove(existing);
  tx.afterCommit((runtime) => identityState.of(runtime).sessions.forgetAccount(accountId));
  tx.emit(
    'identity.roleChanged',
    { accountId, storeId, role: null },
    { accounts: [accountId], stores: [storeId], roles: ['storeAdmin'] },
  );
  await endSessions(tx, accountId);
  return true;
}

/** Open sessions carry the old roles: end them (and their streams) so the next sign-in sees the change. */
async function endSessions(tx: Tx, accountId: string) {
  const sessions = await tx.em.find(Session, { accountId, revokedAt: null, expiresAt: { $gt: new Date() } });
  for (const session of sessions) await revokeSession(tx, session.id, accountId);
}

/** Those of the accounts who work in one of the viewer's stores. */
export async function colleaguesAmong(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  const stores = viewer.memberships.map((m) => m.storeId);
  if (stores.length === 0 || ids.length === 0) return new Set();
  const found = await rows<{ account_id: string }>(
    em,
    sql`select distinct account_id from identity_membership where account_id = any(${[...ids]}::uuid[]) and store_id = any(${stores}::uuid[])`,
  );
  return new Set(found.map((r) => r.account_id));
}

export async function membersOf(em: EntityManager, storeId: string) {
  return em.find(Membership, { storeId }, { orderBy: { createdAt: 'asc' } });
}

export async function accountsByIds(em: EntityManager, ids: readonly string[]) {
  const accounts = await readPlain(em, Account, { id: { $in: [...ids] } });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The account's own sessions among these ids, in their order (null for others' or unknown ones). */
export async function ownSessions(em: EntityManager, accountId: string, ids: readonly string[]) {
  const sessions = await readPlain(em, Session, { id: { $in: [...ids] }, accountId });
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function findAccountByPhone(em: EntityManager, phone: string) {
  return em.findOne(Account, { phone });
}

export async function findAccountByUsername(em: EntityManager, username: string) {
  return em.findOne(Account, { username });
}

/** Accounts by id, batched per operation and across concurrent ones (lists of orders, messages, staff). */
export const accountLoader = sharedLoader<string, IAccount>('identity.accounts', accountsByIds);
