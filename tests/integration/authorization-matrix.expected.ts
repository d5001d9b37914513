/** The kinds of caller the authorization matrix tries (see authorization-matrix.test.ts). */
export type Actor = 'anonymous' | 'citizen' | 'otherCitizen' | 'employee' | 'gibddEmployee' | 'educationEmployee' | 'admin' | 'catalogClient' | 'statsClient';

/** Any signed-in person: own records, or decided per record (the rule loads it; an id that points nowhere is 'not found' for all of them). */
const PEOPLE: Actor[] = ['citizen', 'otherCitizen', 'employee', 'gibddEmployee', 'educationEmployee', 'admin'];
/** Citizens only (role CITIZEN). */
const CITIZENS: Actor[] = ['citizen', 'otherCitizen'];
/** Everyone, but an API client needs catalog:read. */
const PUBLIC_CATALOGUE: Actor[] = ['anonymous', 'citizen', 'otherCitizen', 'employee', 'gibddEmployee', 'educationEmployee', 'admin', 'catalogClient'];
/** Administrators only. */
const ADMINS: Actor[] = ['admin'];
/** Signing in and recovering an account: anyone but API clients (not part of the public contract). */
const SIGN_IN: Actor[] = ['anonymous', 'citizen', 'otherCitizen', 'employee', 'gibddEmployee', 'educationEmployee', 'admin'];
/** Any department employee (their own department's queue). */
const EMPLOYEES: Actor[] = ['employee', 'gibddEmployee', 'educationEmployee'];
/** Employees of MINPROS (education) only. */
const MINPROS: Actor[] = ['educationEmployee'];
/** Employees of GIBDD only. */
const GIBDD: Actor[] = ['gibddEmployee'];
/** Everyone, but an API client needs stats:read. */
const PUBLIC_STATISTICS: Actor[] = ['anonymous', 'citizen', 'otherCitizen', 'employee', 'gibddEmployee', 'educationEmployee', 'admin', 'statsClient'];

/** Anyone at all, API clients too (the public contract's open checks). */
const EVERYONE: Actor[] = ['anonymous', 'citizen', 'otherCitizen', 'employee', 'gibddEmployee', 'educationEmployee', 'admin', 'catalogClient', 'statsClient'];
/** Department employees (for their own department's records) and administrators. */
const EMPLOYEES_AND_ADMINS: Actor[] = ['employee', 'gibddEmployee', 'educationEmployee', 'admin'];

/** Who may call each root field of the composed API (`employee` is MVD's). Reviewed by hand: change a row only with the rule. */
export const EXPECTED_ACCESS: Record<string, Actor[]> = {
  'Mutation.acceptKindergartenOffer': CITIZENS,
  'Mutation.addChild': PEOPLE,
  'Mutation.appealFine': CITIZENS,
  'Mutation.applyForKindergarten': CITIZENS,
  'Mutation.applyForSchoolEnrollment': CITIZENS,
  'Mutation.assignApplication': EMPLOYEES,
  'Mutation.bookAppointment': CITIZENS,
  'Mutation.cancelAppointment': CITIZENS,
  'Mutation.cancelKindergartenApplication': CITIZENS,
  'Mutation.completeApplication': EMPLOYEES,
  'Mutation.confirmEmail': SIGN_IN,
  'Mutation.confirmSmsMfa': PEOPLE,
  'Mutation.confirmTotp': PEOPLE,
  'Mutation.createInvoice': CITIZENS,
  'Mutation.createUpload': CITIZENS,
  'Mutation.decideSchoolEnrollment': MINPROS,
  'Mutation.declineKindergartenOffer': CITIZENS,
  'Mutation.deleteSavedFilter': EMPLOYEES,
  'Mutation.disableMfa': PEOPLE,
  'Mutation.disableWebhook': ADMINS,
  'Mutation.enableSmsMfa': CITIZENS,
  'Mutation.enableTotp': CITIZENS,
  'Mutation.login': SIGN_IN,
  'Mutation.logout': CITIZENS,
  'Mutation.markNotificationsRead': PEOPLE,
  'Mutation.offerKindergartenPlace': MINPROS,
  'Mutation.payInvoice': CITIZENS,
  'Mutation.provideInformation': CITIZENS,
  'Mutation.refreshToken': SIGN_IN,
  'Mutation.refundPayment': ADMINS,
  'Mutation.register': SIGN_IN,
  'Mutation.registerApiClient': CITIZENS,
  'Mutation.registerApplication': EMPLOYEES,
  'Mutation.registerWebhook': ADMINS,
  'Mutation.rejectApplication': EMPLOYEES,
  'Mutation.removeChild': PEOPLE,
  'Mutation.replayWebhookDelivery': ADMINS,
  'Mutation.revokeIssuedDocument': EMPLOYEES_AND_ADMINS,
  'Mutation.requestInformation': EMPLOYEES,
  'Mutation.requestPasswordReset': SIGN_IN,
  'Mutation.rescheduleAppointment': CITIZENS,
  'Mutation.resendEmailConfirmation': CITIZENS,
  'Mutation.resetPassword': SIGN_IN,
  'Mutation.reviewAppeal': GIBDD,
  'Mutation.revokeApiClient': PEOPLE,
  'Mutation.revokeOtherSessions': CITIZENS,
  'Mutation.revokeSession': PEOPLE,
  'Mutation.rotateApiClientSecret': PEOPLE,
  'Mutation.saveQueueFilter': EMPLOYEES,
  'Mutation.setApplicationPriority': EMPLOYEES,
  'Mutation.setDriverLicence': PEOPLE,
  'Mutation.setInn': PEOPLE,
  'Mutation.setNotificationContacts': PEOPLE,
  'Mutation.setNotificationPreference': PEOPLE,
  'Mutation.setPassport': PEOPLE,
  'Mutation.setSnils': PEOPLE,
  'Mutation.startAppealReview': GIBDD,
  'Mutation.startProcessing': EMPLOYEES,
  'Mutation.submitApplication': CITIZENS,
  'Mutation.verifyMfa': SIGN_IN,
  'Mutation.withdrawApplication': CITIZENS,
  'Query.apiClients': ADMINS,
  'Query.appeal': PEOPLE,
  'Query.appealQueue': GIBDD,
  'Query.application': PEOPLE,
  'Query.applicationDraft': CITIZENS,
  'Query.applicationStatusChangedEvent': PEOPLE,
  'Query.appointment': PEOPLE,
  'Query.auditEntry': ADMINS,
  'Query.auditJournal': ADMINS,
  'Query.clinic': PUBLIC_CATALOGUE,
  'Query.clinics': PUBLIC_CATALOGUE,
  'Query.department': PUBLIC_CATALOGUE,
  'Query.departmentQueue': EMPLOYEES,
  'Query.departmentStats': PUBLIC_STATISTICS,
  'Query.departments': PUBLIC_CATALOGUE,
  'Query.doctor': PUBLIC_CATALOGUE,
  'Query.doctors': PUBLIC_CATALOGUE,
  'Query.document': PEOPLE,
  'Query.fine': PEOPLE,
  'Query.invoice': PEOPLE,
  'Query.kindergarten': PUBLIC_CATALOGUE,
  'Query.kindergartenApplication': PEOPLE,
  'Query.kindergartenApplicationStatusChangedEvent': PEOPLE,
  'Query.kindergartenGroupQueue': MINPROS,
  'Query.kindergartens': PUBLIC_CATALOGUE,
  'Query.me': PEOPLE,
  'Query.myApiClients': PEOPLE,
  'Query.myDocuments': PEOPLE,
  'Query.mySavedFilters': EMPLOYEES,
  'Query.mySessions': PEOPLE,
  'Query.notificationAddedEvent': PEOPLE,
  'Query.notificationContacts': PEOPLE,
  'Query.notificationPreferences': PEOPLE,
  'Query.payment': PEOPLE,
  'Query.regions': PUBLIC_CATALOGUE,
  'Query.school': PUBLIC_CATALOGUE,
  'Query.schoolEnrollment': PEOPLE,
  'Query.schoolEnrollmentQueue': MINPROS,
  'Query.schools': PUBLIC_CATALOGUE,
  'Query.searchFines': CITIZENS,
  'Query.service': PUBLIC_CATALOGUE,
  'Query.services': PUBLIC_CATALOGUE,
  'Query.slot': PUBLIC_CATALOGUE,
  'Query.specialties': PUBLIC_CATALOGUE,
  'Query.taxAccrual': PEOPLE,
  'Query.user': ADMINS,
  'Query.verifyAuditChain': ADMINS,
  'Query.verifyDocument': EVERYONE,
  'Query.webhookDeliveries': ADMINS,
  'Query.webhookEndpoint': ADMINS,
  'Query.webhookEndpoints': ADMINS,
  'Query.webhookEventTypes': PEOPLE,
};
