import { isObjectType, type GraphQLSchema } from 'graphql';
import { isRuleMap, mergeRules, type IRules } from './rules';

/**
 * Every field of every object type (Query, Mutation, Subscription included) that has no explicit
 * rule — neither its own, nor its type's `'*'`, nor a rule for the whole type. Shield's fallback
 * denies those at run time; this makes the gap visible before anyone meets it.
 */
export function fieldsWithoutRule(schema: GraphQLSchema, own: IRules): string[] {
  const rules = mergeRules(own, (name) => Boolean(schema.getType(name))) as Record<string, unknown>;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRules = rules[type.name];
    if (typeRules !== undefined && !isRuleMap(typeRules)) continue;
    for (const field of Object.keys(type.getFields())) {
      if (isRuleMap(typeRules) && (typeRules[field] !== undefined || typeRules['*'] !== undefined)) continue;
      missing.push(`${type.name}.${field}`);
    }
  }
  return missing.sort();
}
