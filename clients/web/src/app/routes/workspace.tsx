import { Route } from 'react-router-dom';

/** The workspace pages' routes (rendered inside the Layout by App). */
export const workspaceRoutes = [<Route key="workspace-placeholder" path="/__workspace" element={null} />];
