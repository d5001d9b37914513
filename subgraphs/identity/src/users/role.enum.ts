import { Role } from '@eco/kit';
import { registerEnumType } from 'type-graphql';

// The kit's Role object doubles as the GraphQL enum, so tokens and schema share one list.
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do on the portal.',
  valuesConfig: {
    CITIZEN: { description: 'A person using public services for themselves and their family.' },
    EMPLOYEE: { description: 'A department employee processing applications; bound to one department.' },
    ADMIN: { description: 'A portal administrator.' },
    ORG_REPRESENTATIVE: { description: 'A person acting for an organization.' },
  },
});

export { Role };
