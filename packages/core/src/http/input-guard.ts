import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const refused = () =>
  new GraphQLError('Text may not contain NUL characters (\\u0000).', {
    extensions: { code: 'InvalidInput', http: { status: 400 } },
  });

function hasNul(value: unknown, depth = 0): boolean {
  // Beyond 20 levels no input of this API goes; a deeper one is refused as well.
  if (depth > 20) return true;
  if (typeof value === 'string') return value.includes('\u0000');
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNul(v, depth + 1));
}

/**
 * Refuses a NUL character anywhere in an operation's input (variables or string literals): no
 * text column can hold one, and PostgreSQL would fail the statement, and with it every message
 * written in the same group commit.
 */
export function rejectNulCharacters(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (inputHasNul(args)) setResultAndStopExecution({ errors: [refused()] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (inputHasNul(args)) setResultAndStopExecution({ errors: [refused()] });
    },
  };
}

function inputHasNul(args: { variableValues?: unknown; document: DocumentNode }): boolean {
  if (hasNul(args.variableValues)) return true;
  let found = false;
  visit(args.document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}
