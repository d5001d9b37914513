import { errorCodeOf, localeFromAcceptLanguage, type TokenVerifier } from '@eco/kit';
import type { Express } from 'express';
import { appointmentCalendar } from './appointment-calendar';
import type { AppointmentsService } from './appointments.service';

/**
 * GET /appointments/<id>.ics, for the patient only (Authorization: Bearer, verified like every
 * GraphQL request). Anyone else gets 403, whether or not the appointment exists.
 */
export function mountCalendarRoutes(app: Express, deps: { tokenVerifier: TokenVerifier; appointments: AppointmentsService; now: () => Date }): void {
  app.get('/appointments/:file', async (req, res) => {
    const match = /^([0-9a-f-]{36})\.ics$/i.exec(String(req.params.file));
    res.setHeader('cache-control', 'private, no-store');
    if (!match) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'No such calendar entry' });
      return;
    }
    let userId: string | null;
    try {
      userId = (await deps.tokenVerifier.viewerFromAuthorization(req.headers.authorization)).userId;
    } catch (error) {
      res.status(401).json({ error: errorCodeOf(error) ?? 'UNAUTHENTICATED', message: error instanceof Error ? error.message : 'Invalid token' });
      return;
    }
    if (!userId) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Authentication required' });
      return;
    }
    const [appointment] = await deps.appointments.byIds([match[1]]);
    if (!appointment || appointment.patientId !== userId) {
      res.status(403).json({ error: 'FORBIDDEN', message: 'Only the patient can download this calendar entry' });
      return;
    }
    const visit = await deps.appointments.visitOf(appointment);
    const body = appointmentCalendar(appointment, visit, localeFromAcceptLanguage(req.headers['accept-language']), deps.now());
    res.setHeader('content-disposition', `attachment; filename="appointment-${appointment.id}.ics"`);
    res.type('text/calendar; charset=utf-8').send(body);
  });
}
