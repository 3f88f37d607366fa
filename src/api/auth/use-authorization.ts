// Enforces OPERATION_ROLES before anything executes: the whole operation is refused if any root field is not allowed.
import {
  getOperationAST,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator, Identity } from './authenticator.js';
import { requiredRole, type RootType } from './operation-roles.js';
import { satisfies, type Role } from './roles.js';

/** What the request context carries for this plugin (set by the context factory from the Authorization header). */
export interface AuthContext {
  identity?: Identity;
}

const ROOT: Record<string, RootType> = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

/**
 * Every root field of the selection, through fragments. @skip/@include are ignored on purpose: a field
 * that might run is checked as if it will (stricter, never looser).
 */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...rootFields(selection.selectionSet, fragments, seen));
    else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        seen.add(name);
        fields.push(...rootFields(fragment.selectionSet, fragments, seen));
      }
    }
  }
  return fields;
}

/**
 * The field's arguments as written, variables substituted, uncoerced: enough for a role rule to count ids.
 * Pure AST work, so it does not care which copy of graphql built the schema. The executor still
 * validates and coerces them; a rule only ever sees them to pick a stricter or looser role.
 */
function argumentsOf(node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of node.arguments ?? []) values[argument.name.value] = valueFromASTUntyped(argument.value, variables);
  return values;
}

const fragmentsOf = (document: DocumentNode): Map<string, FragmentDefinitionNode> =>
  new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/** The refusal for this operation, or null when the caller may run all of it. */
export function checkOperation(auth: Authenticator, args: ExecutionArgs): GraphQLError | null {
  const operation = getOperationAST(args.document, args.operationName);
  // No single operation: the executor refuses it without running anything.
  if (!operation) return null;
  const type = ROOT[operation.operation]!;
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const identity: Identity = (args.contextValue as AuthContext | undefined)?.identity ?? { kind: 'anonymous' };

  // The strictest role any root field needs, and that field's name for the message.
  let needed: Role = 'viewer';
  let what: string | null = null;
  for (const node of rootFields(operation.selectionSet, fragmentsOf(args.document))) {
    const field = node.name.value;
    if (field === '__typename') continue;
    const role = requiredRole(type, field, argumentsOf(node, variables));
    if (what === null || !satisfies(needed, role)) {
      needed = role;
      what = `${operation.operation} ${field}`;
    }
  }
  return auth.check(identity, needed, what ?? operation.operation);
}

export function useAuthorization(auth: Authenticator): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = checkOperation(auth, args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = checkOperation(auth, args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
