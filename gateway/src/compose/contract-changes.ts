import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/**
 * A breaking change to the public contract is allowed only for what was deprecated with a
 * removal date that has passed: `@deprecated(reason: "Use title. Removal after 2026-06-30.")`.
 */
export const REMOVAL_DATE = /removal after (\d{4}-\d{2}-\d{2})/i;

export interface ContractChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  path: string | null;
  message: string;
  /** For a breaking change: the deprecation that allowed it. */
  allowedBy?: string;
}

export interface ContractReview {
  /** Breaking changes without an expired deprecation: the composition must not be written. */
  refused: ContractChange[];
  /** Everything else, for the changelog (allowed breaking removals included). */
  accepted: ContractChange[];
}

interface Deprecation {
  element: string;
  reason: string;
  removalAfter: string | null;
}

/** The deprecation of `Type.field`, `Type.field.arg`, `Input.field` or `Enum.VALUE` in a schema. */
function deprecationAt(schema: GraphQLSchema, path: string): Deprecation | null {
  const [typeName, member, argName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || !member) return null;
  let reason: string | null | undefined;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    const arg = argName && 'args' in field ? (field.args as readonly GraphQLArgument[]).find((a) => a.name === argName) : undefined;
    reason = arg?.deprecationReason ?? field?.deprecationReason;
  } else if (isEnumType(type)) {
    reason = type.getValue(member)?.deprecationReason;
  }
  if (!reason) return null;
  return { element: path, reason, removalAfter: REMOVAL_DATE.exec(reason)?.[1] ?? null };
}

/** Every `Type.field` / `Type.field.arg` / `Input.field` of the old schema whose type is `typeName`. */
function referencesTo(schema: GraphQLSchema, typeName: string): string[] {
  const paths: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type as GraphQLType).name === typeName) paths.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? (field.args as readonly GraphQLArgument[]) : []) {
        if (getNamedType(arg.type).name === typeName) paths.push(`${type.name}.${field.name}.${arg.name}`);
      }
    }
  }
  return paths;
}

const expired = (deprecation: Deprecation | null, today: string): deprecation is Deprecation =>
  !!deprecation?.removalAfter && deprecation.removalAfter < today;

/** The expired deprecation that covers a path: the element itself or the field it belongs to. */
function expiredDeprecation(schema: GraphQLSchema, path: string, today: string): Deprecation | null {
  const parts = path.split('.');
  for (let length = parts.length; length >= 2; length -= 1) {
    const deprecation = deprecationAt(schema, parts.slice(0, length).join('.'));
    if (expired(deprecation, today)) return deprecation;
  }
  return null;
}

/** A breaking change is allowed when what it touches was deprecated and its removal date passed. */
function allowance(previous: GraphQLSchema, change: Change, today: string): string | null {
  if (!change.path) return null;
  const direct = expiredDeprecation(previous, change.path, today);
  if (direct) return `deprecated: ${direct.reason}`;
  // A whole type may go once every field and argument that reached it has expired.
  if (!change.path.includes('.')) {
    const references = referencesTo(previous, change.path);
    if (references.length > 0 && references.every((ref) => expiredDeprecation(previous, ref, today))) {
      return `reached only through expired fields: ${references.join(', ')}`;
    }
  }
  return null;
}

const LEVELS: Record<CriticalityLevel, ContractChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'NON_BREAKING',
};

/** Changes that add an element; what else is said about that element is part of the addition. */
const ADDITIONS = new Set<string>([
  ChangeType.TypeAdded,
  ChangeType.FieldAdded,
  ChangeType.InputFieldAdded,
  ChangeType.FieldArgumentAdded,
  ChangeType.EnumValueAdded,
]);

/**
 * Compares the committed public contract with a new composition (@graphql-inspector/core).
 * `today` is a UTC date, YYYY-MM-DD: a removal date must be before it.
 */
export async function reviewContractChanges(previousSdl: string, nextSdl: string, today: string): Promise<ContractReview> {
  const previous = buildSchema(previousSdl);
  const changes = await diff(previous, buildSchema(nextSdl));
  const review: ContractReview = { refused: [], accepted: [] };
  // A new field's description (or deprecation, default…) is part of its addition: one line, not three.
  const added = changes.filter((change) => ADDITIONS.has(change.type) && change.path).map((change) => change.path as string);
  const partOfAddition = (change: Change) =>
    !ADDITIONS.has(change.type) && !!change.path && added.some((path) => change.path === path || change.path?.startsWith(`${path}.`));
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.NonBreaking && partOfAddition(change)) continue;
    const entry: ContractChange = { level: LEVELS[change.criticality.level], path: change.path ?? null, message: change.message };
    if (entry.level !== 'BREAKING') {
      review.accepted.push(entry);
      continue;
    }
    const allowedBy = allowance(previous, change, today);
    if (allowedBy) review.accepted.push({ ...entry, allowedBy });
    else review.refused.push(entry);
  }
  return review;
}

const LABELS: Record<ContractChange['level'], string> = {
  BREAKING: 'Removed after deprecation',
  DANGEROUS: 'Dangerous',
  NON_BREAKING: 'Added / changed',
};

/** One dated changelog section (markdown), or '' when nothing changed. */
export function changelogSection(changes: ContractChange[], today: string): string {
  if (changes.length === 0) return '';
  const order: ContractChange['level'][] = ['BREAKING', 'DANGEROUS', 'NON_BREAKING'];
  const lines = order.flatMap((level) =>
    changes
      .filter((change) => change.level === level)
      .map((change) => `- **${LABELS[level]}**${change.path ? ` \`${change.path}\`` : ''}: ${change.message}${change.allowedBy ? ` (${change.allowedBy})` : ''}`),
  );
  return `\n## ${today}\n\n${lines.join('\n')}\n`;
}

/** The changelog file's head, written when the file does not exist yet. */
export const CHANGELOG_HEADER = `# Public API changelog

Changes to the public contract (\`schema/public.graphql\`, what API clients see), appended by
\`npm run compose\` with the date of the composition. Generated: do not edit by hand. A breaking
change is refused unless the field was deprecated with a reason that names a date that has passed
("… Removal after YYYY-MM-DD."); see docs/api-clients.md «Changes and deprecations».
`;
