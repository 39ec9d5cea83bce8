import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { ORGANISATION_CODE } from '../organisation-life.rules.js';
import { SESSION_KINDS, type SessionKind, type StudySessionHeld } from '../organisation-life.events.js';
import type { StudySessionState } from '../organisation-life.state.js';

export interface HoldStudySession {
  readonly kind: 'HoldStudySession';
  readonly sessionId: string;
  readonly sessionKind: SessionKind;
  readonly topic: string;
  readonly organisationId?: string | null;
  readonly speaker?: string | null;
  readonly attendees: number;
}

export function holdStudySession(command: HoldStudySession, state: StudySessionState): StudySessionHeld[] {
  requireNew(state.held ? 'held' : 'none', 'STUDY_SESSION_ALREADY_RECORDED');
  if (!Object.hasOwn(SESSION_KINDS, command.sessionKind))
    throw new DomainError(
      'INVALID_SESSION_KIND',
      'invalid',
      '学习形式应为集中学习、党课或主题党日',
      'kind must be study, party-lesson or theme-day',
      { field: 'kind' },
    );
  if (!(Number.isInteger(command.attendees) && command.attendees >= 1 && command.attendees <= 10_000)) {
    throw new DomainError(
      'INVALID_ATTENDEES',
      'invalid',
      '参加人数应为 1–10000 的整数',
      'attendees must be an integer between 1 and 10000',
      { field: 'attendees' },
    );
  }
  const organisationId = command.organisationId ?? null;
  if (organisationId !== null && !ORGANISATION_CODE.test(organisationId))
    throw new DomainError(
      'INVALID_ORGANISATION',
      'invalid',
      'organisationId 应为小写字母数字编号',
      'organisationId must be a lowercase code',
      { field: 'organisationId' },
    );
  return [
    {
      type: 'StudySessionHeld',
      data: {
        sessionId: command.sessionId,
        kind: command.sessionKind,
        topic: text(command.topic, 'topic', 2, 200),
        organisationId,
        speaker: command.speaker ? text(command.speaker, 'speaker', 1, 50) : null,
        attendees: command.attendees,
      },
    },
  ];
}
