import { Route } from 'react-router-dom';

/** The citizen-services pages' routes (rendered inside the Layout by App). */
export const citizenServicesRoutes = [<Route key="citizen-services-placeholder" path="/__citizen-services" element={null} />];
