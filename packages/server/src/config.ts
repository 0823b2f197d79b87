import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting comes from the environment, is validated here, and is listed in the README. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LACEWIRE_DATA_DIR: z.string().default('.lacewire/data'),
  REDIS_URL: z.string().url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LACEWIRE_SEED: bool.optional(),
  LACEWIRE_JOBS: bool.default(true),
  LACEWIRE_PUBLIC_URL: z.string().url().optional(),
});

export type ServerConfig = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL ?? null,
    // Relative to where the command was typed (pnpm runs scripts inside the package).
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), c.LACEWIRE_DATA_DIR),
    redisUrl: c.REDIS_URL ?? null,
    production,
    logLevel: c.LOG_LEVEL,
    // Demo data by default in development, never by surprise in production.
    seed: c.LACEWIRE_SEED ?? !production,
    jobs: c.LACEWIRE_JOBS,
    publicUrl: c.LACEWIRE_PUBLIC_URL ?? null,
  };
}
