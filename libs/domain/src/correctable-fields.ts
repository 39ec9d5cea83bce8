import type { CorrectableFields, FieldRule } from './shared/corrections.js';
import { REQUEST_CATEGORIES, REQUEST_CHANNELS } from './requests/requests.events.js';
import { DISPUTE_KINDS } from './disputes/index.js';
import { HAZARD_KINDS } from './hazards/index.js';
import { DISCLOSURE_KINDS, MEETING_KINDS } from './deliberation/index.js';
import { CARE_OCCASIONS } from './welfare/index.js';
import { REVIEW_GRADES, SESSION_KINDS } from './organisation-life/index.js';

const description = (max = 500): FieldRule => ({ kind: 'text', min: 2, max });
const name = (max = 50): FieldRule => ({ kind: 'text', min: 1, max });
const yuan: FieldRule = { kind: 'number', min: 0, max: 1_000_000_000, integer: true, nullable: true };
const enumOf = (values: object): FieldRule => ({ kind: 'enum', values: Object.keys(values) });

/**
 * What a correction (EventCorrected) may replace, per event type, beyond `occurredAt` (which
 * every event allows). Identity fields — record ids, member ids, the kind that defines a record
 * (welfare kind, works kind, star kind, review kind), decisions and votes — are never listed:
 * a wrong one is voided and recorded again. Quantities, hours, amounts, categories and
 * descriptions are.
 */
export const CORRECTABLE_FIELDS: CorrectableFields = {
  RequestRaised: {
    category: enumOf(REQUEST_CATEGORIES),
    channel: { kind: 'enum', values: REQUEST_CHANNELS },
    description: description(1000),
    location: { kind: 'text', min: 1, max: 200, nullable: true },
  },
  RequestResolved: { note: description() },
  DisputeRegistered: { kind: enumOf(DISPUTE_KINDS), summary: description() },
  DisputeMediationHeld: { venue: description(50), mediator: name() },
  DisputeMediated: { agreement: description() },
  WishPosted: { description: description(), beneficiaryPii: { kind: 'text', min: 1, max: 50, nullable: true } },
  WishFulfilled: { note: description() },
  HazardReported: { kind: enumOf(HAZARD_KINDS), location: name(100), description: description() },
  HazardEliminated: { measures: description() },
  WorksCompleted: {
    quantity: { kind: 'number', min: 0.01, max: 10_000_000 },
    description: description(),
    amountSpentYuan: yuan,
  },
  ConsultationMeetingHeld: {
    kind: enumOf(MEETING_KINDS),
    heldOn: { kind: 'date' },
    attendees: { kind: 'number', min: 0, max: 100_000, integer: true },
  },
  ProposalRaised: { title: description(100), description: description(2000) },
  DisclosurePublished: {
    kind: enumOf(DISCLOSURE_KINDS),
    summary: description(),
    amountRaisedYuan: yuan,
    amountSpentYuan: yuan,
  },
  WelfareApplied: { applicantPii: name(), circumstancesPii: description() },
  PartyMemberRegistered: { namePii: name() },
  CommitmentMade: { text: description() },
  CommitmentFulfilled: { note: description() },
  VolunteerServiceLogged: { hours: { kind: 'number', min: 0.25, max: 24 }, description: description() },
  VolunteerPostClaimed: { postName: description(50) },
  FamilyPairingStarted: { familyPii: name(100), circumstancesPii: description() },
  FamilyPairingEnded: { outcome: description() },
  CareVisitRecorded: {
    occasion: enumOf(CARE_OCCASIONS),
    visitedPii: name(100),
    circumstancesPii: { kind: 'text', min: 2, max: 500, nullable: true },
    visitors: name(200),
    gifts: name(200),
    giftValueYuan: yuan,
  },
  ReemploymentRecorded: {
    personPii: name(),
    employer: description(100),
    position: { kind: 'text', min: 1, max: 50, nullable: true },
    startedOn: { kind: 'date' },
  },
  StudySessionHeld: {
    kind: enumOf(SESSION_KINDS),
    topic: description(200),
    speaker: { kind: 'text', min: 1, max: 50, nullable: true },
    attendees: { kind: 'number', min: 1, max: 10_000, integer: true },
  },
  MonthlyStarAwarded: { month: { kind: 'month' }, personPii: name(), citation: description() },
  BranchSecretaryReviewed: {
    secretaryPii: name(),
    comment: description(),
    score: { kind: 'number', min: 0, max: 100, whenSet: true },
    grade: { ...enumOf(REVIEW_GRADES), whenSet: true },
  },
  BranchClassedWeak: { reason: description() },
  BranchRectified: { measures: description() },
  ThreeZeroStatusGranted: { grantedBy: description(100), note: description() },
};
