import { isUniqueViolationOn, keysetOrder, schoolEnrollmentStatusChanged, type Outbox, type PageWindow, type SqlSchema } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { ChildrenClient } from '../children/children-client';
import { MINPROS_DEPARTMENT } from '../events/status-events';
import type { Prisma, PrismaClient, SchoolEnrollment } from '../generated/prisma/client';
import type { Page } from '../kindergartens/kindergartens.service';
import { ageInMonths, day } from '../shared/calendar';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type EducationProblem, type Outcome } from '../shared/problems';
import { enrollmentWindowAt, windowDays } from './enrollment-windows';
import { territoryCovers } from './schools.service';

export type SchoolEnrollmentRow = SchoolEnrollment;
export type PriorityRightValue = 'SIBLING' | 'MILITARY_FAMILY' | 'POLICE_FAMILY' | 'JUSTICE_OFFICIAL_FAMILY';

export interface ApplyForSchoolInput {
  childId: string;
  schoolId: string;
  registeredAddress?: string | null;
  priorityRight?: PriorityRightValue | null;
}

/** On 1 September: not younger than 6 years 6 months, not yet 8 (Law on Education, art. 67). */
export const MIN_AGE_MONTHS = 78;
export const MAX_AGE_MONTHS = 96;
const MAX_ADDRESS = 500;
const MAX_COMMENT = 2_000;
const ONE_PER_YEAR_INDEX = 'school_enrollment_one_per_child_and_year';

/** A parent's enrollments, newest first. */
export const PARENT_ENROLLMENTS_ORDER = keysetOrder<SchoolEnrollmentRow>('school-enrollments', [['submittedAt', 'desc'], ['id', 'asc']]);
/** A school's enrollments: by basis (priority), then first come first served. */
export const SCHOOL_ENROLLMENTS_ORDER = keysetOrder<SchoolEnrollmentRow>('school-enrollments-of-school', [['basis', 'asc'], ['submittedAt', 'asc'], ['id', 'asc']]);

/**
 * First-grade enrollment. An application is accepted only inside the window open to the
 * applicant (enrollment-windows.ts), for a child of school age on 1 September, once per child and
 * campaign year; MINPROS then enrolls or refuses it. Status changes commit with their events.
 */
export class SchoolEnrollmentsService {
  constructor(
    private readonly deps: { prisma: PrismaClient; sql: SqlSchema; outbox: Outbox; children: ChildrenClient; now: () => Date },
  ) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async byIds(ids: readonly string[]): Promise<(SchoolEnrollmentRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.schoolEnrollment.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listForParent(parentId: string, window: PageWindow): Promise<Page<SchoolEnrollmentRow>> {
    const where = { parentId };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.schoolEnrollment.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.schoolEnrollment.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** A school's applications for the employees: priority rights, then territory, then the rest; oldest first. */
  async forSchool(schoolId: string, statuses: readonly string[] | null | undefined, window: PageWindow): Promise<Page<SchoolEnrollmentRow>> {
    if (!isUuid(schoolId)) return { nodes: [], totalCount: 0 };
    const where = { schoolId, status: { in: (statuses?.length ? statuses : ['SUBMITTED']) as SchoolEnrollmentRow['status'][] } };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.schoolEnrollment.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.schoolEnrollment.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  async apply(parentId: string, token: string | null, input: ApplyForSchoolInput, requestId?: string): Promise<Outcome<SchoolEnrollmentRow>> {
    const at = this.deps.now();
    const problems: EducationProblem[] = [];
    const address = input.registeredAddress?.trim() || null;
    if (address && address.length > MAX_ADDRESS) problems.push(problem('registeredAddress', 'TOO_LONG', { limit: MAX_ADDRESS }));
    const school = isUuid(input.schoolId) ? await this.prisma.school.findUnique({ where: { id: input.schoolId } }) : null;
    if (!school) problems.push(problem('schoolId', 'SCHOOL_NOT_FOUND'));
    const child = isUuid(input.childId) ? await this.deps.children.childOfCaller(input.childId, token, requestId) : null;
    if (!child) problems.push(problem('childId', 'CHILD_NOT_FOUND'));
    if (!school || !child) return failure(problems);

    const onTerritory = territoryCovers(school.territory, address);
    const basis = input.priorityRight ? 'PRIORITY_RIGHT' : onTerritory ? 'TERRITORY' : 'GENERAL';
    const decision = enrollmentWindowAt(at, basis !== 'GENERAL');
    if (!decision.open) problems.push(problem(null, 'ENROLLMENT_WINDOW_CLOSED', windowDays(decision.next)));
    const year = decision.year;
    const birthDate = day(child.birthDate);
    const months = ageInMonths(birthDate, day(`${year}-09-01`));
    if (months < MIN_AGE_MONTHS || months >= MAX_AGE_MONTHS) problems.push(problem('childId', 'CHILD_AGE_NOT_ELIGIBLE', { year }));
    const existing = await this.prisma.schoolEnrollment.findFirst({ where: { childId: child.id, campaignYear: year, status: { in: ['SUBMITTED', 'ENROLLED'] } }, select: { id: true } });
    if (existing) problems.push(problem('childId', 'ENROLLMENT_ALREADY_SUBMITTED', { year }));
    if (problems.length > 0) return failure(problems);

    try {
      return await this.prisma.$transaction(async (tx) => {
        const enrollment = await tx.schoolEnrollment.create({
          data: {
            id: randomUUID(),
            parentId,
            childId: child.id,
            childBirthDate: birthDate,
            schoolId: school.id,
            campaignYear: year,
            registeredAddress: address,
            priorityRight: input.priorityRight ?? null,
            basis,
            status: 'SUBMITTED',
            submittedAt: at,
          },
        });
        await this.recordChange(tx, enrollment, null, at);
        return success(enrollment);
      });
    } catch (error) {
      if (isUniqueViolationOn(error, ONE_PER_YEAR_INDEX)) return failure([problem('childId', 'ENROLLMENT_ALREADY_SUBMITTED', { year })]);
      throw error;
    }
  }

  /** MINPROS enrolls (while the school has first-grade places) or refuses; a decision is final. */
  async decide(employeeId: string, input: { enrollmentId: string; decision: 'ENROLLED' | 'REFUSED'; comment?: string | null }): Promise<Outcome<SchoolEnrollmentRow>> {
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > MAX_COMMENT) return failure([problem('comment', 'TOO_LONG', { limit: MAX_COMMENT })]);
    if (!isUuid(input.enrollmentId)) return failure([problem('enrollmentId', 'ENROLLMENT_NOT_FOUND')]);
    const at = this.deps.now();
    return this.prisma.$transaction(async (tx) => {
      const enrollment = await tx.schoolEnrollment.findUnique({ where: { id: input.enrollmentId } });
      if (!enrollment) return failure<SchoolEnrollmentRow>([problem('enrollmentId', 'ENROLLMENT_NOT_FOUND')]);
      if (input.decision === 'ENROLLED') {
        // The guard is in the UPDATE: two decisions cannot both take the last place.
        const s = this.deps.sql.qualified('school');
        const taken = await tx.$executeRaw`UPDATE ${s} SET enrolled = enrolled + 1 WHERE id = ${enrollment.schoolId}::uuid AND enrolled < first_grade_places`;
        if (taken !== 1) return failure<SchoolEnrollmentRow>([problem('enrollmentId', 'NO_FREE_PLACES')]);
      }
      const { count } = await tx.schoolEnrollment.updateMany({
        where: { id: enrollment.id, status: 'SUBMITTED' },
        data: { status: input.decision, decidedAt: at, decidedBy: employeeId, comment },
      });
      if (count !== 1) throw new AlreadyDecided();
      const decided = await tx.schoolEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
      await this.recordChange(tx, decided, 'SUBMITTED', at);
      return success(decided);
    }).catch((error: unknown) => {
      // Thrown (not returned) so that the place taken above is rolled back with it.
      if (error instanceof AlreadyDecided) return failure<SchoolEnrollmentRow>([problem('enrollmentId', 'ENROLLMENT_ALREADY_DECIDED')]);
      throw error;
    });
  }

  private async recordChange(tx: Prisma.TransactionClient, enrollment: SchoolEnrollmentRow, from: SchoolEnrollmentRow['status'] | null, at: Date): Promise<void> {
    const school = await tx.school.findUniqueOrThrow({ where: { id: enrollment.schoolId }, select: { number: true, name: true } });
    await this.deps.outbox.append(tx, schoolEnrollmentStatusChanged, {
      subject: { type: 'SchoolEnrollment', id: enrollment.id },
      audience: { userIds: [enrollment.parentId], departmentIds: [MINPROS_DEPARTMENT] },
      payload: {
        enrollmentId: enrollment.id,
        parentId: enrollment.parentId,
        childId: enrollment.childId,
        schoolId: enrollment.schoolId,
        schoolNumber: school.number,
        schoolName: school.name,
        from,
        to: enrollment.status,
        at: at.toISOString(),
        comment: enrollment.comment,
      },
      at,
    });
  }
}

class AlreadyDecided extends Error {}
