import { ErrorCode } from '@eco/kit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from 'graphql';
import type { QueryLimits } from './query-limits';

/** Which limit a refusal hit, as clients read it from `extensions.limit`. */
export interface LimitDetails {
  name: 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost';
  maximum: number;
}

const CODE_OF: Record<LimitDetails['name'], string> = {
  depth: ErrorCode.DEPTH_LIMIT_EXCEEDED,
  aliases: ErrorCode.ALIAS_LIMIT_EXCEEDED,
  tokens: ErrorCode.TOKEN_LIMIT_EXCEEDED,
  directives: ErrorCode.DIRECTIVE_LIMIT_EXCEEDED,
  cost: ErrorCode.COST_LIMIT_EXCEEDED,
};

export function limitError(message: string, limit: LimitDetails): GraphQLError {
  // GraphQL Armor words its refusals as syntax errors; they are not.
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), { extensions: { code: CODE_OF[limit.name], limit, http: { status: 400 } } });
}

/** GraphQL Armor reports through these instead of its generic BAD_USER_INPUT. */
const reportAs = (limit: LimitDetails) => (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(error.message, limit));

/**
 * Depth, aliases and directives are checked while the document is validated (GraphQL Armor's
 * rules), before any planning or subgraph call. Introspection counts like any query.
 */
export function queryShapeRules(limits: QueryLimits): ValidationRule[] {
  const rule = (name: LimitDetails['name'], n: number) => ({ n, exposeLimits: true, propagateOnRejection: false, onReject: [reportAs({ name, maximum: n })] });
  return [
    maxDepthRule({ ...rule('depth', limits.maxDepth), flattenFragments: true, ignoreIntrospection: true }),
    // Every aliased field counts, `__typename` too: Armor's default lets 500 of those through.
    maxAliasesRule({ ...rule('aliases', limits.maxAliases), allowList: [] }),
    maxDirectivesRule(rule('directives', limits.maxDirectives)),
  ];
}

/**
 * Apollo Server re-codes every validation error as GRAPHQL_VALIDATION_FAILED; a limit refusal
 * gets its own code back, so clients can tell "too deep" from "no such field".
 */
export function restoreLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limit = formatted.extensions?.limit as LimitDetails | undefined;
  if (!limit || !(limit.name in CODE_OF)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: CODE_OF[limit.name] } };
}
