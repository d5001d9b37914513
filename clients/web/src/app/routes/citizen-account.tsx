import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';
import { RequireRole } from '../RequireRole';

const ApplicationPage = lazyPage(() => import('../../pages/applications/ApplicationPage'), 'ApplicationPage');
const ApplicationsList = lazyPage(() => import('../../pages/applications/ApplicationsList'), 'ApplicationsList');
const DocumentsPage = lazyPage(() => import('../../pages/documents/DocumentsPage'), 'DocumentsPage');
const PaymentsPage = lazyPage(() => import('../../pages/payments/PaymentsPage'), 'PaymentsPage');
const ProfilePage = lazyPage(() => import('../../pages/profile/ProfilePage'), 'ProfilePage');
const RegisterPage = lazyPage(() => import('../../pages/register/RegisterPage'), 'RegisterPage');
const ConfirmEmailPage = lazyPage(() => import('../../pages/register/ConfirmEmailPage'), 'ConfirmEmailPage');

/** The citizen-account pages' routes (rendered inside the Layout by App). */
export const citizenAccountRoutes = [
  <Route
    key="applications"
    path="/applications"
    element={
      <RequireRole roles={['CITIZEN']}>
        <ApplicationsList />
      </RequireRole>
    }
  />,
  <Route
    key="application"
    path="/applications/:id"
    element={
      <RequireRole roles={['CITIZEN']}>
        <ApplicationPage />
      </RequireRole>
    }
  />,
  <Route
    key="payments"
    path="/payments"
    element={
      <RequireRole roles={['CITIZEN']}>
        <PaymentsPage />
      </RequireRole>
    }
  />,
  <Route
    key="documents"
    path="/documents"
    element={
      <RequireRole roles={['CITIZEN']}>
        <DocumentsPage />
      </RequireRole>
    }
  />,
  // The menu offers the profile to employees and administrators too (Layout's MENU).
  <Route
    key="profile"
    path="/profile"
    element={
      <RequireRole roles={['CITIZEN', 'EMPLOYEE', 'ADMIN']}>
        <ProfilePage />
      </RequireRole>
    }
  />,
  // Registration is for people without an account: no sign-in required.
  <Route key="register" path="/register" element={<RegisterPage />} />,
  // Signed in (right after registering) or not: by email and the code from the letter.
  <Route key="confirm-email" path="/confirm-email" element={<ConfirmEmailPage />} />,
];
