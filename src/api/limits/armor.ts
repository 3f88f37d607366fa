// graphql-armor's validation limits (depth, cost, aliases, tokens, directives) with our stable codes on their errors.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LimitErrorCode, type RequestLimits } from './request-limits.js';

/** armor throws plain GraphQLErrors; give each a stable code and a 400, so clients and metrics can tell them apart. */
const coded = (code: string) => ({
  onReject: [
    (_context: unknown, error: GraphQLError) => {
      Object.assign(error.extensions as Record<string, unknown>, { code, http: { status: 400, spec: true } });
    },
  ],
});

export function armorPlugins(limits: RequestLimits, options: { blockFieldSuggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens, ...coded(LimitErrorCode.Tokens) }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, ...coded(LimitErrorCode.Depth) }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, ignoreIntrospection: true, ...coded(LimitErrorCode.Cost) }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, ...coded(LimitErrorCode.Aliases) }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, ...coded(LimitErrorCode.Directives) }) as Plugin,
  ];
  // "Did you mean …?" tells a stranger the schema field by field, even with introspection off.
  if (options.blockFieldSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
