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
  LACEWIRE_FILES_DIR: z.string().default('.lacewire/files'),
  LACEWIRE_FILES_SECRET: z.string().min(32, 'Use at least 32 characters.').optional(),
  LACEWIRE_S3_ENDPOINT: z.string().url().optional(),
  LACEWIRE_S3_BUCKET: z.string().optional(),
  LACEWIRE_S3_REGION: z.string().default('us-east-1'),
  LACEWIRE_S3_ACCESS_KEY_ID: z.string().optional(),
  LACEWIRE_S3_SECRET_ACCESS_KEY: z.string().optional(),
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
  if (production && !c.LACEWIRE_FILES_SECRET) {
    throw new Error('Invalid configuration:\n  LACEWIRE_FILES_SECRET: required in production (signs download links).');
  }
  const s3 = c.LACEWIRE_S3_ENDPOINT
    ? {
        endpoint: c.LACEWIRE_S3_ENDPOINT,
        bucket: c.LACEWIRE_S3_BUCKET ?? '',
        region: c.LACEWIRE_S3_REGION,
        accessKeyId: c.LACEWIRE_S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: c.LACEWIRE_S3_SECRET_ACCESS_KEY ?? '',
      }
    : null;
  if (s3 && (!s3.bucket || !s3.accessKeyId || !s3.secretAccessKey)) {
    throw new Error('Invalid configuration:\n  LACEWIRE_S3_*: an S3 endpoint needs BUCKET, ACCESS_KEY_ID and SECRET_ACCESS_KEY.');
  }
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
    files: {
      directory: resolve(env.INIT_CWD ?? process.cwd(), c.LACEWIRE_FILES_DIR),
      // Development only: a fixed secret keeps links valid across restarts.
      secret: c.LACEWIRE_FILES_SECRET ?? 'lacewire-development-files-secret-not-for-production',
      s3,
    },
  };
}
