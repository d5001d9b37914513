import { Route } from 'react-router-dom';

/** The citizen-account pages' routes (rendered inside the Layout by App). */
export const citizenAccountRoutes = [<Route key="citizen-account-placeholder" path="/__citizen-account" element={null} />];
