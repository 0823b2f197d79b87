import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TimeoutError } from '../errors.ts';

/** What the context carries so a transaction can see that its operation was given up. */
interface HasDeadline {
  deadline?: AbortController;
}

/**
 * Bounds every query and mutation (HTTP and WebSocket; subscriptions stream on): past `ms` the
 * client gets a `Timeout` error and the operation's deadline is aborted, so a transaction still
 * under way rolls back instead of committing (see runInTransaction). Listed last, it wraps
 * whatever execution the other plugins chose (compiled or not).
 */
export function operationDeadline(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const deadline = (args.contextValue as HasDeadline).deadline;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            deadline?.abort();
            const error = new TimeoutError();
            resolve({ errors: [new GraphQLError(error.message, { extensions: { code: error.name } })] });
          }, ms);
        });
        try {
          return await Promise.race([executeFn(args), late]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
