import {
  BookAppointmentDocument,
  CancelAppointmentDocument,
  createEcoClient,
  DoctorsOfClinicDocument,
  DoctorsSpecialtiesDocument,
  MyAppointmentsDocument,
  RescheduleAppointmentDocument,
} from '@eco/sdk';
import { useId, useState } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { doctorsMessages } from './messages';
import { localeTag } from '../../i18n/format';

type UserErrors = { message: string }[];

/**
 * Booking a doctor: specialty → clinic → doctor → a free time → booked; my appointments with
 * cancelling, moving to another free time of the same doctor and the .ics calendar entry.
 */
export function DoctorsPage() {
  const t = useAreaMessages(doctorsMessages);
  const { locale } = useI18n();
  const { accessToken } = useSession();
  const request = useRequest();
  const ids = { specialty: useId(), clinic: useId() };
  const [specialtyId, setSpecialtyId] = useState<string>('');
  const [clinicId, setClinicId] = useState<string>('');
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const options = useQuery(DoctorsSpecialtiesDocument, { specialtyId: specialtyId || null });
  const clinic = useQuery(DoctorsOfClinicDocument, { clinicId, specialtyId: specialtyId || null });
  const mine = useQuery(MyAppointmentsDocument);
  const time = (iso: string) => new Date(iso).toLocaleString(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short' });

  /** Runs a mutation; its userErrors (or a failure) are shown, success is announced and lists reload. */
  async function act(run: () => Promise<UserErrors | undefined>, done: string) {
    setProblem(null);
    try {
      const errors = await run();
      if (errors?.length) return setProblem(new Error(errors.map((error) => error.message).join('; ')));
      setAnnouncement(done);
      mine.reload();
      clinic.reload();
    } catch (error) {
      setProblem(error);
    }
  }

  async function downloadCalendar(path: string) {
    const response = await createEcoClient({ url: new URL('/graphql', location.origin).href, token: accessToken ?? undefined, locale }).fetchFromOrigin(path);
    if (!response.ok) return setProblem(new Error(response.statusText));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = 'appointment.ics';
    link.click();
  }

  const appointments = mine.data?.me?.appointments?.edges ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p role="status" aria-live="polite" className="success">
        {announcement}
      </p>
      <ErrorMessage error={problem} />

      <section className="card" aria-labelledby="my-appointments">
        <h2 id="my-appointments">{t('mine')}</h2>
        {appointments.length === 0 ? (
          <p>{t('noAppointments')}</p>
        ) : (
          <ul>
            {appointments.map(({ node }) => (
              <li key={node.id}>
                <strong>{time(node.startsAt)}</strong> — {node.doctor.fullName}, {node.specialty.name}; {node.clinic.name}, {t('room', { room: node.doctor.room })}
                <div className="actions">
                  <button type="button" className="secondary" onClick={() => downloadCalendar(node.calendarPath)}>
                    {t('calendar')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => act(async () => (await request(CancelAppointmentDocument, { input: { appointmentId: node.id } })).cancelAppointment?.userErrors, t('cancelled'))}
                  >
                    {t('cancel')}
                  </button>
                  {node.doctor.freeSlots.edges.slice(0, 3).map(({ node: slot }) => (
                    <button
                      key={slot.id}
                      type="button"
                      className="link-button"
                      onClick={() =>
                        act(
                          async () => (await request(RescheduleAppointmentDocument, { input: { appointmentId: node.id, slotId: slot.id } })).rescheduleAppointment?.userErrors,
                          t('rescheduled', { time: time(slot.startsAt) }),
                        )
                      }
                    >
                      {t('reschedule', { time: time(slot.startsAt) })}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="book-title">
        <h2 id="book-title">{t('doctors')}</h2>
        <div className="field">
          <label htmlFor={ids.specialty}>{t('specialty')}</label>
          <select
            id={ids.specialty}
            value={specialtyId}
            onChange={(event) => {
              setSpecialtyId(event.target.value);
              // The clinics are those with this specialty: choose again among them.
              setClinicId('');
            }}
          >
            <option value="">{t('anySpecialty')}</option>
            {(options.data?.specialties ?? []).map((specialty) => (
              <option key={specialty.id} value={specialty.id}>
                {specialty.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.clinic}>{t('clinic')}</label>
          <select id={ids.clinic} value={clinicId} onChange={(event) => setClinicId(event.target.value)}>
            <option value="">{t('chooseClinic')}</option>
            {(options.data?.clinics?.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name} — {node.address}
              </option>
            ))}
          </select>
        </div>
        {clinicId && clinic.data?.clinic && (
          <div className="cards">
            {clinic.data.clinic.doctors.length === 0 && <p>{t('noDoctors')}</p>}
            {clinic.data.clinic.doctors.map((doctor) => (
              <section key={doctor.id} className="card" aria-label={t('freeSlots', { doctor: doctor.fullName })}>
                <h3>
                  {doctor.fullName}, {doctor.specialty.name}
                </h3>
                <p className="hint">{t('room', { room: doctor.room })}</p>
                {doctor.freeSlots.edges.length === 0 ? (
                  <p>{t('noSlots')}</p>
                ) : (
                  <ul className="slots">
                    {doctor.freeSlots.edges.map(({ node: slot }) => (
                      <li key={slot.id}>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => act(async () => (await request(BookAppointmentDocument, { input: { slotId: slot.id } })).bookAppointment?.userErrors, t('booked', { time: time(slot.startsAt) }))}
                        >
                          {t('book', { time: time(slot.startsAt) })}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
