// Shapes of the api's read responses the pages use (the OpenAPI document types requests; these
// mirror what the read models return: libs/read-store, apps/api/src/*/ *.controller.ts).

export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}
export type KpiValue = number | Ratio | null;
export type Kpis = Record<string, KpiValue>;

export interface KpiResponse {
  readonly level: string;
  readonly unitId: string;
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly definitionVersion: number;
  readonly projectionPosition: number;
  /** The moment the figures are as recorded at; null for today's (restated) figures. */
  readonly asOf?: string | null;
  readonly periods: readonly { readonly period: string; readonly kpis: Kpis }[];
  /** Stocks at the end of the range (domain.md §5): party members reported in by mode, coverage shares of compounds, counts. */
  readonly stocks: {
    readonly at: string;
    readonly 'partyMembers.reportedIn': Record<string, number>;
    readonly 'coverage.partyBranch'?: Ratio;
    readonly 'coverage.ownersCommittee'?: Ratio;
    readonly 'coverage.propertyService'?: Ratio;
    readonly 'branches.weak'?: number;
    readonly 'threeZero.communities'?: number;
    readonly 'requests.overdue'?: number;
  };
}

export interface KpiChange {
  readonly position: number;
  readonly eventId: string | null;
  readonly type: string;
  readonly communityId: string;
  readonly recordKind: string | null;
  readonly recordId: string | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}
/** A figure as recorded at asOf beside today's, and the events recorded since that changed it. */
export interface KpiDiffResponse {
  readonly key: string;
  readonly asOf: string;
  readonly then: KpiValue;
  readonly now: KpiValue;
  readonly total: number;
  readonly changes: readonly KpiChange[];
  readonly next: number | null;
}

export interface UnitRow {
  readonly unitId: string;
  readonly name: string;
  readonly streetId: string | null;
  readonly kpis: Kpis;
}
export interface UnitTableResponse {
  readonly units: readonly UnitRow[];
  readonly projectionPosition: number;
  readonly definitionVersion: number;
}

export interface CommunityAlert {
  readonly communityId: string;
  readonly name: string;
  readonly open: number;
  readonly overdue: number;
  readonly escalated: number;
}
export interface DistrictOverview {
  readonly districtId: string;
  readonly asOf: string;
  readonly streets: readonly {
    readonly streetId: string;
    readonly name: string;
    readonly communities: readonly CommunityAlert[];
  }[];
}
export interface StreetOverview {
  readonly streetId: string;
  readonly asOf: string;
  readonly communities: readonly CommunityAlert[];
}

export interface DirectoryUnit {
  readonly unitId: string;
  readonly kind: string;
  readonly name: string;
  readonly districtId: string | null;
  readonly streetId: string | null;
}
export interface DistrictDirectory {
  readonly district: DirectoryUnit;
  readonly streets: readonly DirectoryUnit[];
  readonly communities: readonly DirectoryUnit[];
}

export interface RankedUnit {
  readonly rank: number;
  readonly unitId: string;
  readonly name: string;
  readonly received: number;
  readonly score: number;
  readonly classes: readonly string[];
}
export interface Ranking {
  readonly month: string;
  readonly policy: {
    readonly responseWeight: number;
    readonly resolutionWeight: number;
    readonly satisfactionWeight: number;
    readonly minimumRequests: number;
  };
  readonly ranked: readonly RankedUnit[];
  readonly insufficientData: readonly { readonly unitId: string; readonly name: string; readonly received: number }[];
  readonly publishedAt?: string;
}

export interface ExplainRecord {
  readonly communityId: string;
  readonly recordId: string;
  readonly fact: string;
  readonly occurredAt: string;
  readonly excluded: boolean;
  readonly inNumerator: boolean;
  readonly resolvedNow: boolean | null;
  readonly inTime: boolean | null;
  readonly positive: boolean | null;
}
export interface ExplainResponse {
  readonly key: string;
  readonly records: readonly ExplainRecord[];
  readonly next: string | null;
}

export interface QueueItem {
  readonly requestId: string;
  readonly status: string;
  readonly category: string;
  readonly channel: string;
  readonly description: string;
  readonly raisedAt: string;
  readonly assigneeName: string | null;
  readonly resolveBy: string | null;
  readonly overdue: boolean;
  readonly excluded: boolean;
}
export interface QueuePage {
  readonly items: readonly QueueItem[];
  readonly next: string | null;
}

export interface RecordedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly tenantSequence: number;
  readonly globalPosition: number;
  readonly streamId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly role: string; readonly userId: string };
  readonly data: Record<string, unknown>;
  readonly hash: string;
  readonly prevHash: string;
  readonly voided?: boolean;
}
export interface RequestView {
  readonly id: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly version: number;
  readonly state: {
    readonly assignee: { readonly name: string; readonly kind: string } | null;
    readonly lastRating: string | null;
    readonly excluded: boolean;
  };
  readonly timeline: readonly RecordedEvent[];
}
export interface HistoryPage {
  readonly events: readonly RecordedEvent[];
  readonly nextAfter: number;
}
export interface Verification {
  readonly ok: boolean;
  readonly eventCount: number;
  readonly lastSequence: number;
  readonly algorithm: string;
  readonly firstBad?: { readonly tenantSequence?: number; readonly problem?: string };
}
export interface CommandOutcome {
  readonly position: number;
  readonly duplicate: boolean;
  readonly requestId?: string;
  /** The new record's id (disputes, wishes, hazards, works, members). */
  readonly id?: string;
}
export interface Me {
  readonly subject: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly roleLabels: readonly string[];
  readonly scope: { readonly districtId?: string; readonly streetId?: string; readonly communityId?: string };
}
export interface DemoUser {
  readonly subject: string;
  readonly name: string;
  readonly role: string;
  readonly roleLabel: string;
  readonly scope: Me['scope'];
}

/** A record of a community's register (GET …/disputes, …/wishes, …/hazards, …/works, …/members). */
export interface RegisterItem {
  readonly id: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly createdAt: string;
  readonly lastEventAt: string;
  readonly eventCount: number;
  /** What the record's first event recorded (`…Pii` fields masked outside the community's staff). */
  readonly created: Record<string, unknown>;
}
export interface RegisterPage {
  readonly items: readonly RegisterItem[];
  readonly next: string | null;
}
/** One record with its full timeline (GET …/disputes/{id} and the like). */
export interface RecordView {
  readonly id: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly version: number;
  readonly state: Record<string, unknown>;
  readonly timeline: readonly RecordedEvent[];
}

export interface OrganisationNode {
  readonly organisationId: string;
  readonly name: string;
  readonly level: string;
  readonly levelLabel: string;
  readonly compoundId: string | null;
  readonly children: readonly OrganisationNode[];
}
export interface CompoundNode {
  readonly compoundId: string;
  readonly name: string;
  readonly buildings: readonly { readonly buildingId: string; readonly name: string }[];
  readonly grids: readonly { readonly gridId: string; readonly name: string }[];
  readonly partyBranches: readonly { readonly organisationId: string; readonly name: string }[];
  readonly ownersCommittee: {
    readonly status: string;
    readonly terms: number;
    readonly members?: number;
    readonly partyMembers?: number;
  } | null;
  readonly supervisoryCommittee: {
    readonly formedOn: string;
    readonly members: number;
    readonly partyMembers: number;
  } | null;
  readonly propertyService: {
    readonly status: string;
    readonly serviceKind: string;
    readonly serviceKindLabel: string;
    readonly companyName: string | null;
    readonly startedOn: string;
  } | null;
  readonly alliance: readonly {
    readonly memberKind: string;
    readonly memberId: string;
    readonly name: string;
    readonly joinedOn: string;
  }[];
  readonly coverage: {
    readonly partyBranch: boolean;
    readonly ownersCommittee: boolean;
    readonly propertyService: boolean;
  };
}
/** GET /communities/{c}/structure: compounds with their bodies and coverage flags, the four-level party organisations, staff. */
export interface StructureView {
  readonly communityId: string;
  readonly version: number;
  readonly compounds: readonly CompoundNode[];
  readonly grids: readonly { readonly gridId: string; readonly name: string }[];
  readonly partyOrganisations: readonly OrganisationNode[];
  readonly propertyCompanies: readonly { readonly companyId: string; readonly name: string }[];
  readonly staff: readonly {
    readonly staffId: string;
    readonly namePii: string;
    readonly post: string;
    readonly postLabel: string;
    readonly gridId: string | null;
  }[];
  readonly coverage: {
    readonly compounds: number;
    readonly partyBranch: Ratio;
    readonly ownersCommittee: Ratio;
    readonly propertyService: Ratio;
  };
}

/** What each GET path the pages read answers, keyed by the OpenAPI path. */
export interface GetResponses {
  '/api/v1/me': Me;
  '/api/v1/demo/users': { readonly users: readonly DemoUser[] };
  '/api/v1/districts/{districtId}': DistrictDirectory;
  '/api/v1/districts/{districtId}/overview': DistrictOverview;
  '/api/v1/streets/{streetId}/overview': StreetOverview;
  '/api/v1/districts/{districtId}/kpis': KpiResponse;
  '/api/v1/streets/{streetId}/kpis': KpiResponse;
  '/api/v1/communities/{communityId}/kpis': KpiResponse;
  '/api/v1/districts/{districtId}/kpis/units': UnitTableResponse;
  '/api/v1/streets/{streetId}/kpis/units': UnitTableResponse;
  '/api/v1/districts/{districtId}/kpis/explain': ExplainResponse;
  '/api/v1/streets/{streetId}/kpis/explain': ExplainResponse;
  '/api/v1/communities/{communityId}/kpis/explain': ExplainResponse;
  '/api/v1/districts/{districtId}/kpis/diff': KpiDiffResponse;
  '/api/v1/districts/{districtId}/rankings': Ranking;
  '/api/v1/districts/{districtId}/rankings/published': Ranking;
  '/api/v1/communities/{communityId}/requests': QueuePage;
  '/api/v1/communities/{communityId}/requests/{requestId}': RequestView;
  '/api/v1/communities/{communityId}/history': HistoryPage;
  '/api/v1/communities/{communityId}/verify': Verification;
  '/api/v1/communities/{communityId}/structure': StructureView;
  '/api/v1/communities/{communityId}/disputes': RegisterPage;
  '/api/v1/communities/{communityId}/wishes': RegisterPage;
  '/api/v1/communities/{communityId}/hazards': RegisterPage;
  '/api/v1/communities/{communityId}/works': RegisterPage;
  '/api/v1/communities/{communityId}/members': RegisterPage;
  '/api/v1/communities/{communityId}/disputes/{id}': RecordView;
  '/api/v1/communities/{communityId}/wishes/{id}': RecordView;
  '/api/v1/communities/{communityId}/hazards/{id}': RecordView;
  '/api/v1/communities/{communityId}/works/{id}': RecordView;
  '/api/v1/communities/{communityId}/members/{memberId}': RecordView;
}

export interface ImportProgress {
  readonly importId: string;
  readonly fileName: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly percent: number;
  readonly rowsPerSecond: number | null;
  readonly etaSeconds: number | null;
  readonly error: string | null;
  readonly duplicate?: boolean;
}
export interface ImportRowError {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** POST paths answering something other than a command outcome. */
export interface PostResponses {
  '/api/v1/demo/sign-in': { readonly token: string; readonly user: DemoUser };
}
