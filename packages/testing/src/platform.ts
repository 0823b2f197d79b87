import { createPlatform, type Platform, type PlatformOptions, type PluginDefinition, type StaffRole } from '@lacewire/core';
import {
  createAccount,
  DEFAULT_IDENTITY_LIMITS,
  grantRole,
  type IdentityLimits,
  identityPlugin,
} from '@lacewire/plugin-identity';
import { createStore, type OpeningHours, storesPlugin, switchFeature } from '@lacewire/plugin-stores';
import pino from 'pino';
import { TestClient } from './client.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from './database.ts';
import { globalId, localId } from './ids.ts';

export interface TestPlatformOptions extends Omit<PlatformOptions, 'plugins' | 'databaseUrl'> {
  /** Your plugins; identity and stores are added when missing. */
  plugins?: PluginDefinition[];
  /** Use an existing database (several instances on one database). Default: a fresh one. */
  databaseUrl?: string;
  /**
   * Run on the embedded PGlite instead of the PostgreSQL server. Default: what `LACEWIRE_TEST_DB`
   * says (`embedded` or `postgres`, the default), so one suite runs on both.
   */
  embedded?: boolean;
  /** Opening hours of the stores `store()` makes (default 09:00–21:00 every day). */
  openingHours?: OpeningHours[];
}

export interface TestStore {
  id: string;
  globalId: string;
}

const PASSWORD = 'test-password-1';

/**
 * Every test client comes from 127.0.0.1, so a file that signs in a hundred customers would be one
 * client sending a hundred codes: the per-address code-sending budget is widened here. The limits'
 * own tests (test/security) pass `settings: { identity: { limits: DEFAULT_IDENTITY_LIMITS } }`.
 */
const ONE_ADDRESS_LIMITS: Partial<IdentityLimits> = {
  codeSendPerAddress: { ...DEFAULT_IDENTITY_LIMITS.codeSendPerAddress, points: 100_000 },
};

/** Sign-in codes the identity plugin "sent", by phone. */
export class CodeInbox {
  readonly codes = new Map<string, string>();
  send = async (phone: string, code: string) => {
    this.codes.set(phone, code);
  };
}

/**
 * A running platform on a real PostgreSQL database of its own (or embedded), listening on a free
 * port, with helpers to act as each role over HTTP and WebSocket. Plugin authors test with this.
 */
/** The same hours on all seven days. */
export function everyDay(opens: string, closes: string): OpeningHours[] {
  return [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens, closes }));
}

export class TestPlatform {
  readonly platform: Platform;
  readonly url: string;
  readonly inbox: CodeInbox;
  readonly #database: TestDatabase | null;
  readonly #openingHours: OpeningHours[];
  #owner: TestClient | null = null;
  #counter = 0;

  constructor(
    platform: Platform,
    url: string,
    inbox: CodeInbox,
    database: TestDatabase | null,
    openingHours: OpeningHours[] = everyDay('09:00', '21:00'),
  ) {
    this.platform = platform;
    this.url = url;
    this.inbox = inbox;
    this.#database = database;
    this.#openingHours = openingHours;
  }

  get runtime() {
    return this.platform.runtime;
  }

  anonymous(): TestClient {
    return new TestClient(this.url, null);
  }

  withToken(token: string | null): TestClient {
    return new TestClient(this.url, token);
  }

  /** The owner (HQ) account, created on first use. */
  async owner(): Promise<TestClient> {
    if (!this.#owner) {
      await this.runtime.tx((tx) =>
        createAccount(tx, { kind: 'staff', displayName: 'Owner', username: 'owner', password: PASSWORD, isOwner: true }),
      );
      this.#owner = await this.signIn('owner', PASSWORD);
    }
    return this.#owner;
  }

  async signIn(login: string, password: string): Promise<TestClient> {
    const result = await this.anonymous().query(
      `mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) { __typename ... on SignedIn { token } ... on Error { message } } }`,
      { input: { login, password } },
    );
    const token = result.signInWithPassword.token;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
    return new TestClient(this.url, token);
  }

  /** A store with every declared feature switched on (unless `features` says otherwise). */
  async store(
    name = `Store ${++this.#counter}`,
    options: { timeZone?: string; features?: 'all' | 'defaults' } = {},
  ): Promise<TestStore> {
    const store = await this.runtime.tx(async (tx) => {
      const created = await createStore(tx, {
        name,
        address: `${name} Road 1`,
        phone: '021-5555',
        timeZone: options.timeZone ?? 'Asia/Shanghai',
        openingHours: this.#openingHours,
      });
      await tx.em.flush();
      if ((options.features ?? 'all') === 'all') {
        const owner = await createAccount(tx, { kind: 'staff', displayName: 'Rollout', username: `rollout-${created.id}` });
        await tx.em.flush();
        for (const feature of this.runtime.features.keys()) await switchFeature(tx, [created.id], feature, true, owner.id);
      }
      return created;
    });
    return { id: store.id, globalId: globalId('Store', store.id) };
  }

  /** A staff member with a role in the store, signed in. */
  async staff(store: TestStore, role: StaffRole, name?: string): Promise<TestClient & { accountId: string }> {
    const username = `${role}-${++this.#counter}`;
    const account = await this.runtime.tx(async (tx) => {
      const created = await createAccount(tx, { kind: 'staff', displayName: name ?? username, username, password: PASSWORD });
      await tx.em.flush();
      await grantRole(tx, created.id, store.id, role);
      return created;
    });
    return Object.assign(await this.signIn(username, PASSWORD), { accountId: account.id });
  }

  /** A customer signed in by phone and code, as the portal does. */
  async customer(phone = `138${String(Date.now() % 1e8).padStart(8, '0')}${++this.#counter}`.slice(0, 11)) {
    const anonymous = this.anonymous();
    await anonymous.query(`mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { __typename } }`, {
      input: { phone },
    });
    const code = this.inbox.codes.get(phone);
    const result = await anonymous.query(
      `mutation($input: SignInWithCodeInput!) { signInWithCode(input: $input) { __typename ... on SignedIn { token viewer { account { id } } } ... on Error { message } } }`,
      { input: { phone, code } },
    );
    const token = result.signInWithCode.token;
    if (!token) throw new Error(`customer sign-in failed: ${JSON.stringify(result)}`);
    const accountId = localId(result.signInWithCode.viewer.account.id);
    return Object.assign(new TestClient(this.url, token), { accountId, phone });
  }

  /** Waits until every committed event is published and handled. */
  settle() {
    return this.platform.settle();
  }

  async close() {
    await this.platform.close();
    await this.#database?.drop();
  }
}

/**
 * `LACEWIRE_COMPILE_AFTER=1` runs the suite with every query and mutation compiled from its first
 * execution (the `server-embedded` project), so both executors are covered; unset: the platform's default.
 */
function compileAfterFromEnv(): number | undefined {
  const value = process.env.LACEWIRE_COMPILE_AFTER;
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`LACEWIRE_COMPILE_AFTER must be a whole number ≥ 0, not "${value}".`);
  return n;
}

export async function createTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const inbox = new CodeInbox();
  const own = options.plugins ?? [];
  const names = new Set(own.map((p) => p.name));
  const plugins = [...(names.has('identity') ? [] : [identityPlugin]), ...(names.has('stores') ? [] : [storesPlugin]), ...own];
  const embedded = !options.databaseUrl && (options.embedded ?? testDatabaseKind() === 'embedded');
  const database = embedded || options.databaseUrl ? null : await createTestDatabase();
  const { openingHours: _, embedded: __, ...platformOptions } = options;
  const platform = await createPlatform({
    ...platformOptions,
    plugins,
    // Sign-in codes land in the inbox; limits the test names replace the widened ones.
    settings: {
      ...options.settings,
      identity: {
        sendCode: inbox.send,
        ...options.settings?.identity,
        limits: { ...ONE_ADDRESS_LIMITS, ...options.settings?.identity?.limits },
      },
    },
    databaseUrl: embedded ? null : (options.databaseUrl ?? database?.url),
    dataDir: options.dataDir ?? null,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    pollMs: options.pollMs ?? 200,
    compileAfter: options.compileAfter ?? compileAfterFromEnv(),
  });
  const { url } = await platform.listen(0, '127.0.0.1');
  return new TestPlatform(platform, url, inbox, database, options.openingHours);
}
