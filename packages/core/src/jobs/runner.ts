import {
  type CronItem,
  parseCronItems,
  type Runner,
  run,
  runMigrations,
  type TaskList,
  Logger as WorkerLogger,
} from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import type { JobContext, PluginDefinition } from '../plugin.ts';

export interface JobsOptions {
  connectionString: string;
  log: Logger;
  /** Job context for a run of a job (transactions with events). */
  context: (attempt: number) => JobContext;
  concurrency: number;
  pollInterval: number;
  /**
   * False on the embedded database: its sockets share one session, so a named statement one
   * connection prepared "already exists" for the next ("get_job/graphile_worker").
   */
  preparedStatements: boolean;
}

/** Creates graphile-worker's tables; needed before any transaction can enqueue a job. */
export async function prepareJobs(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(log) });
}

/** Runs every plugin's jobs (`plugin.job`) and schedules on graphile-worker; `stop` ends them and their connections. */
export async function startJobs(plugins: PluginDefinition[], options: JobsOptions): Promise<{ stop(): Promise<void> }> {
  const taskList: TaskList = {};
  const cron: CronItem[] = [];
  for (const plugin of plugins) {
    for (const [name, handler] of Object.entries(plugin.jobs ?? {})) {
      taskList[`${plugin.name}.${name}`] = async (payload, helpers) => {
        await handler((payload ?? {}) as Record<string, unknown>, options.context(helpers.job.attempts));
      };
    }
    // Cron items rather than a crontab text: crontab lines refuse task names with dots.
    for (const [name, match] of Object.entries(plugin.schedules ?? {})) {
      cron.push({ task: `${plugin.name}.${name}`, match, identifier: `${plugin.name}.${name}` });
    }
  }
  // Our own pool, so a connection the server ends (a restart, a failover, a dropped database)
  // is logged: graphile-worker stops listening to a client's errors when it releases it, and an
  // 'error' event nobody listens to ends the process.
  const pgPool = new pg.Pool({ connectionString: options.connectionString, max: options.concurrency + 2 });
  const lost = (error: Error) => options.log.warn({ err: error, component: 'jobs' }, 'job database connection lost');
  pgPool.on('error', lost);
  pgPool.on('connect', (client) => client.on('error', lost));
  const runner: Runner = await run({
    pgPool,
    concurrency: options.concurrency,
    pollInterval: options.pollInterval,
    noHandleSignals: true,
    noPreparedStatements: !options.preparedStatements,
    taskList,
    parsedCronItems: parseCronItems(cron),
    logger: workerLogger(options.log),
  });
  return {
    async stop() {
      await runner.stop();
      await runner.promise.catch(() => {});
      await pgPool.end();
    },
  };
}

function workerLogger(log: Logger) {
  return new WorkerLogger(() => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    log[method]({ ...meta, component: 'jobs' }, message);
  });
}
