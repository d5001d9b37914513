import { allow, and, chain, deny, not, or, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../errors/graphql-errors';
import { hasRole, isApiClientViewer, Role, viewerHasScope, type Viewer } from '../auth/viewer';

export { allow, and, chain, deny, not, or, rule };
export type { IRule, IRules };

interface WithViewer {
  viewer: Viewer;
}

/**
 * Every rule here is `no_cache`: shield's `contextual` cache is keyed per request, not per
 * parent object, so an owner check cached for the first list item would answer for the rest.
 */
export const isAuthenticated: IRule = rule('isAuthenticated', { cache: 'no_cache' })((_parent, _args, ctx: WithViewer) => {
  if (!ctx.viewer.userId) return unauthenticated();
  // A signed-in person: an API client's token is not one (it gets only what its scopes open).
  return isApiClientViewer(ctx.viewer) ? forbidden(API_CLIENT_NOT_A_PERSON) : true;
});

const API_CLIENT_NOT_A_PERSON = 'API client tokens cannot act for a person: sign in as the user';

export const roleRule = (role: Role): IRule =>
  rule(`has${role}`, { cache: 'no_cache' })((_parent, _args, ctx: WithViewer) => {
    if (!ctx.viewer.userId) return unauthenticated();
    if (isApiClientViewer(ctx.viewer)) return forbidden(API_CLIENT_NOT_A_PERSON);
    return hasRole(ctx.viewer, role) ? true : forbidden(`Requires role ${role}`);
  });

export const isAdmin: IRule = roleRule(Role.ADMIN);
export const isEmployee: IRule = roleRule(Role.EMPLOYEE);
export const isCitizen: IRule = roleRule(Role.CITIZEN);

/** The caller is a third-party API client (client-credentials token), whatever its scopes. */
export const isApiClient: IRule = rule('isApiClient', { cache: 'no_cache' })((_parent, _args, ctx: WithViewer) => {
  if (!ctx.viewer.userId) return unauthenticated();
  return isApiClientViewer(ctx.viewer) ? true : forbidden('Only API clients can do this');
});

/** An API client whose token carries `scope`; anyone else (people, anonymous) is refused. */
export const hasScope = (scope: string): IRule =>
  rule(`hasScope:${scope}`, { cache: 'no_cache' })((_parent, _args, ctx: WithViewer) => {
    if (!ctx.viewer.userId) return unauthenticated();
    if (!isApiClientViewer(ctx.viewer)) return forbidden(`Requires an API client with scope ${scope}`);
    return viewerHasScope(ctx.viewer, scope) ? true : forbidden(`The API client's token lacks the scope ${scope}`);
  });

/**
 * A public catalogue: open to everyone, portal users and anonymous visitors alike, except that
 * an API client must hold `scope` (a third party reads it only as far as it was granted).
 */
export const openUnlessApiClientWithout = (scope: string): IRule =>
  rule(`openUnlessApiClientWithout:${scope}`, { cache: 'no_cache' })((_parent, _args, ctx: WithViewer) => {
    if (!isApiClientViewer(ctx.viewer) || viewerHasScope(ctx.viewer, scope)) return true;
    return forbidden(`The API client's token lacks the scope ${scope}`);
  });

/** Federation plumbing stays reachable; the entities it returns obey their own type's rules. */
const FEDERATION_RULES: IRules = {
  Query: { _service: allow, _entities: allow },
  _Service: allow,
};

/** Types of the kit that carry no data of their own (present only where a subgraph uses them). */
const KIT_TYPE_RULES: IRules = {
  PageInfo: allow,
  UserError: allow,
};

export const isRuleMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The subgraph's own rules on top of the kit's; field maps of one type are merged. Kit rules
 * for types the subgraph does not use are left out (shield refuses rules for missing types).
 */
export function mergeRules(own: IRules, typeExists: (name: string) => boolean): IRules {
  const kitRules = Object.entries({ ...KIT_TYPE_RULES, ...FEDERATION_RULES } as Record<string, unknown>).filter(([name]) => typeExists(name));
  const merged: Record<string, unknown> = Object.fromEntries(kitRules);
  for (const [typeName, typeRules] of Object.entries(own as Record<string, unknown>)) {
    const base = merged[typeName];
    merged[typeName] = isRuleMap(base) && isRuleMap(typeRules) ? { ...base, ...typeRules } : typeRules;
  }
  return merged as IRules;
}

/** The subgraph's permission layer: fail closed, so a field nobody gave a rule is refused. */
export function permissionShield(own: IRules, typeExists: (name: string) => boolean) {
  return shield(mergeRules(own, typeExists), {
    fallbackRule: deny,
    allowExternalErrors: true,
    // A new error each time: one shared instance would carry one request's path into another's.
    fallbackError: (thrown) => (thrown instanceof GraphQLError ? thrown : forbidden()),
  });
}
