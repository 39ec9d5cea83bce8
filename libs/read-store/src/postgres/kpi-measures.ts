/**
 * Every KPI of the period query, declared once: a count of facts matching a condition, a ratio of
 * two such counts, a sum of the facts' amounts, or the median amount of one fact. The SQL columns
 * of the fact queries, the columns of the rollup table (kpi-rollups.ts) and the response are all
 * generated from it. Counts, ratios and sums are decomposable (stored in kpi_rollups per period);
 * a median is not (computed from the facts themselves).
 */
export type Measure =
  | { readonly key: string; readonly count: string }
  | { readonly key: string; readonly ratio: readonly [numerator: string, denominator: string] }
  | { readonly key: string; readonly sum: string }
  | { readonly key: string; readonly median: string };

const RAISED = "fact = 'request.raised'";
const ASSESSED = `${RAISED} and not excluded`;
const RATED = "fact = 'request.rating' and not excluded";
const count = (key: string, fact: string): Measure => ({ key, count: `fact = '${fact}'` });

export const MEASURES: readonly Measure[] = [
  { key: 'requests.received', count: RAISED },
  { key: 'requests.excluded', count: `${RAISED} and excluded` },
  count('requests.resolved', 'request.resolved'),
  { key: 'requests.resolutionRate', ratio: [`${ASSESSED} and resolved_now`, ASSESSED] },
  { key: 'requests.responseRate', ratio: [`${ASSESSED} and in_time`, ASSESSED] },
  { key: 'requests.satisfactionRate', ratio: [`${RATED} and positive`, RATED] },
  { key: 'requests.medianHoursToResolve', median: 'request.resolved' },
  count('disputes.registered', 'dispute.registered'),
  { key: 'disputes.mediated', count: "fact = 'dispute.closed' and positive" },
  { key: 'disputes.mediationSuccessRate', ratio: ["fact = 'dispute.closed' and positive", "fact = 'dispute.closed'"] },
  count('wishes.posted', 'wish.posted'),
  count('wishes.claimed', 'wish.claimed'),
  count('wishes.fulfilled', 'wish.fulfilled'),
  count('hazards.reported', 'hazard.reported'),
  count('hazards.eliminated', 'hazard.eliminated'),
  count('commitments.made', 'commitment.made'),
  count('commitments.fulfilled', 'commitment.fulfilled'),
  count('volunteer.services', 'volunteer.service'),
  { key: 'volunteer.hours', sum: "fact = 'volunteer.service'" },
  count('welfare.applications', 'welfare.application'),
  count('welfare.granted', 'welfare.granted'),
  count('proposals.raised', 'proposal.raised'),
  count('proposals.decided', 'proposal.decided'),
  count('proposals.implemented', 'proposal.implemented'),
  count('disclosures.published', 'disclosure.published'),
  count('meetings.held', 'meeting.held'),
  // Beyond domain.md §5's list (issue 5): volunteer posts, pairings, care, re-employment, organisation life.
  count('volunteer.postsClaimed', 'volunteer.postClaimed'),
  count('volunteer.postsReleased', 'volunteer.postReleased'),
  count('pairings.started', 'pairing.started'),
  count('pairings.ended', 'pairing.ended'),
  count('care.visits', 'care.visit'),
  count('reemployment.placed', 'reemployment.placed'),
  count('orgLife.studySessions', 'orgLife.studySession'),
  { key: 'orgLife.attendees', sum: "fact = 'orgLife.studySession'" },
  count('orgLife.stars', 'orgLife.star'),
  count('orgLife.secretaryReviews', 'orgLife.secretaryReview'),
];

/** The facts some median is taken of. */
export const MEDIAN_FACTS: readonly string[] = [...new Set(MEASURES.flatMap((m) => ('median' in m ? [m.median] : [])))];
