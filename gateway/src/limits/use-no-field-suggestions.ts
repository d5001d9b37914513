import type { ApolloServerPlugin } from '@apollo/server';

/**
 * In production, "Cannot query field "pasport" … Did you mean "passport"?" would let anyone map
 * the schema with introspection switched off: the suggestion is cut from every message.
 */
export function useNoFieldSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(/ ?Did you mean .+\?$/, '');
        },
      };
    },
  };
}
