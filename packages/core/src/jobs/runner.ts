import {
  type CronItem,
  parseCronItems,
  type Runner,
  run,
  runMigrations,
  type TaskList,
  Logger as WorkerLogger,
} from 'graphile-worker';
import type { Logger } from 'pino';
import type { JobContext, PluginDefinition } from '../plugin.ts';

export interface JobsOptions {
  connectionString: string;
  log: Logger;
  /** Job context for a run of a job (transactions with events). */
  context: (attempt: number) => JobContext;
  concurrency: number;
  pollInterval: number;
}

/** Creates graphile-worker's tables; needed before any transaction can enqueue a job. */
export async function prepareJobs(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(log) });
}

/** Runs every plugin's jobs (`plugin.job`) and schedules on graphile-worker. */
export async function startJobs(plugins: PluginDefinition[], options: JobsOptions): Promise<Runner> {
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
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    pollInterval: options.pollInterval,
    noHandleSignals: true,
    taskList,
    parsedCronItems: parseCronItems(cron),
    logger: workerLogger(options.log),
  });
}

function workerLogger(log: Logger) {
  return new WorkerLogger(() => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    log[method]({ ...meta, component: 'jobs' }, message);
  });
}
