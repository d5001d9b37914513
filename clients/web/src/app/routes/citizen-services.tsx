import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';
import { RequireRole } from '../RequireRole';

const Apply = lazyPage(() => import('../../pages/apply/Apply'), 'Apply');
const Catalog = lazyPage(() => import('../../pages/catalog/Catalog'), 'Catalog');
const ServicePage = lazyPage(() => import('../../pages/catalog/ServicePage'), 'ServicePage');
const DoctorsPage = lazyPage(() => import('../../pages/doctors/DoctorsPage'), 'DoctorsPage');
const EducationPage = lazyPage(() => import('../../pages/education/EducationPage'), 'EducationPage');

/**
 * The citizen-services pages' routes (rendered inside the Layout by App): the catalog and a
 * service's page are open to everyone; applying is for citizens. `:serviceId` is an id or a code.
 */
export const citizenServicesRoutes = [
  <Route key="catalog" path="/catalog" element={<Catalog />} />,
  <Route key="catalog-service" path="/catalog/:serviceId" element={<ServicePage />} />,
  <Route
    key="catalog-apply"
    path="/catalog/:serviceId/apply"
    element={
      <RequireRole roles={['CITIZEN']}>
        <Apply />
      </RequireRole>
    }
  />,
  <Route
    key="doctors"
    path="/doctors"
    element={
      <RequireRole roles={['CITIZEN']}>
        <DoctorsPage />
      </RequireRole>
    }
  />,
  <Route
    key="education"
    path="/education"
    element={
      <RequireRole roles={['CITIZEN']}>
        <EducationPage />
      </RequireRole>
    }
  />,
];
