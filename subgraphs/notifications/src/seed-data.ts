/**
 * Contacts of identity's demo accounts (ids, emails and phones as in
 * subgraphs/identity/src/seed-data.ts, DEMO_USERS): notifications keeps its own copy, since
 * events carry no contacts. A test checks the two lists agree.
 */
export interface DemoContact {
  userId: string;
  email: string;
  phone: string;
}

export const DEMO_CONTACTS: readonly DemoContact[] = [
  { userId: '00000000-0000-4000-8000-000000000001', email: 'citizen@demo.gosuslugi.local', phone: '+79990000001' },
  { userId: '00000000-0000-4000-8000-000000000002', email: 'citizen2@demo.gosuslugi.local', phone: '+79990000002' },
  { userId: '00000000-0000-4000-8000-000000000003', email: 'employee.mvd@demo.gosuslugi.local', phone: '+79990000003' },
  { userId: '00000000-0000-4000-8000-000000000004', email: 'employee.gibdd@demo.gosuslugi.local', phone: '+79990000004' },
  { userId: '00000000-0000-4000-8000-000000000005', email: 'admin@demo.gosuslugi.local', phone: '+79990000005' },
  { userId: '00000000-0000-4000-8000-000000000006', email: 'org@demo.gosuslugi.local', phone: '+79990000006' },
  { userId: '00000000-0000-4000-8000-000000000007', email: 'employee.minpros@demo.gosuslugi.local', phone: '+79990000007' },
];
